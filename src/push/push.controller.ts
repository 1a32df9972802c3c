import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ErrorCode } from '../common/errors/error-codes';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { PushCertificateCreateDto, PushCertificateDeleteDto, PushCertificateQueryDto, PushCertificateResponseDto, PushCertificateUpdateDto } from './push-certificate.dto';
import { PushCertificateService } from './push-certificate.service';
import { PUSH_TASK_DETAIL_SCHEMA, PushNotifyDto, PushNotifyResponseDto, PushTaskDetailDto, PushTaskListQueryDto, PushTaskSummaryDto } from './push.dto';
import { PushService } from './push.service';

@ApiTags('push')
@ApiHeader({ name: 'app_id', required: true })
@Controller('push')
export class PushController {
  constructor(
    private readonly push: PushService,
    private readonly certificates: PushCertificateService,
  ) {}

  @Post('notify')
  @AdminOnly()
  @ApiOperation({ summary: 'Queue a notification to an audience; answers {task_id} at once (admin token; 12006 until the app stores a certificate)' })
  @ApiData(PushNotifyResponseDto)
  @ApiErrors(ErrorCode.PushNotEnabled, ErrorCode.PushTargetListTooLong, ErrorCode.PushImageUrlInvalid, ErrorCode.ServiceUnavailable)
  notify(@Caller() caller: CallerContext, @Body() body: PushNotifyDto) {
    return this.push.notify(caller, body);
  }

  @Post('task/detail')
  @AdminOnly()
  @ApiOperation({ summary: 'Per task and channel: target, sent and received counts (admin token)' })
  @ApiData({ type: 'array', items: PUSH_TASK_DETAIL_SCHEMA })
  taskDetail(@Caller() caller: CallerContext, @Body() body: PushTaskDetailDto) {
    return this.push.taskDetail(caller, body);
  }

  @Get('task/list')
  @AdminOnly()
  @OurExtension()
  @ApiOperation({ summary: "Ours: the app's push tasks, newest first: status, audience, title, counts per channel (admin token)" })
  @ApiPage(PushTaskSummaryDto)
  taskList(@Caller() caller: CallerContext, @Query() query: PushTaskListQueryDto) {
    return this.push.taskList(caller, query);
  }

  @Get('certificate')
  @AdminOnly()
  @ApiOperation({ summary: "The app's certificate for a provider and environment, secrets masked (admin token)" })
  @ApiData(PushCertificateResponseDto)
  certificate(@Caller() caller: CallerContext, @Query() query: PushCertificateQueryDto) {
    return this.certificates.find(caller, query);
  }

  @Post('certificate')
  @AdminOnly()
  @ApiOperation({ summary: 'Ours: store a vendor certificate; its name is the notifier_name of /user/token/bind (admin token)' })
  @ApiData(PushCertificateResponseDto)
  @ApiErrors(ErrorCode.AlreadyBound)
  createCertificate(@Caller() caller: CallerContext, @Body() body: PushCertificateCreateDto) {
    return this.certificates.create(caller, body);
  }

  @Put('certificate')
  @AdminOnly()
  @ApiOperation({ summary: 'Ours: replace fields of the named certificate (admin token)' })
  @ApiData(PushCertificateResponseDto)
  updateCertificate(@Caller() caller: CallerContext, @Body() body: PushCertificateUpdateDto) {
    return this.certificates.update(caller, body);
  }

  @Delete('certificate')
  @AdminOnly()
  @ApiOperation({ summary: 'Ours: delete the named certificate (admin token)' })
  @ApiData({ type: 'boolean' })
  deleteCertificate(@Caller() caller: CallerContext, @Body() body: PushCertificateDeleteDto) {
    return this.certificates.delete(caller, body.name);
  }
}
