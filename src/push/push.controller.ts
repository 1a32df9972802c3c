import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { PushCertificateCreateDto, PushCertificateDeleteDto, PushCertificateQueryDto, PushCertificateUpdateDto } from './push-certificate.dto';
import { PushCertificateService } from './push-certificate.service';
import { PushNotifyDto, PushTaskDetailDto } from './push.dto';
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
  notify(@Caller() caller: CallerContext, @Body() body: PushNotifyDto) {
    return this.push.notify(caller, body);
  }

  @Post('task/detail')
  @AdminOnly()
  @ApiOperation({ summary: 'Per task and channel: target, sent and received counts (admin token)' })
  taskDetail(@Caller() caller: CallerContext, @Body() body: PushTaskDetailDto) {
    return this.push.taskDetail(caller, body);
  }

  @Get('certificate')
  @AdminOnly()
  @ApiOperation({ summary: "The app's certificate for a provider and environment, secrets masked (admin token)" })
  certificate(@Caller() caller: CallerContext, @Query() query: PushCertificateQueryDto) {
    return this.certificates.find(caller, query);
  }

  @Post('certificate')
  @AdminOnly()
  @ApiOperation({ summary: 'Ours: store a vendor certificate; its name is the notifier_name of /user/token/bind (admin token)' })
  createCertificate(@Caller() caller: CallerContext, @Body() body: PushCertificateCreateDto) {
    return this.certificates.create(caller, body);
  }

  @Put('certificate')
  @AdminOnly()
  @ApiOperation({ summary: 'Ours: replace fields of the named certificate (admin token)' })
  updateCertificate(@Caller() caller: CallerContext, @Body() body: PushCertificateUpdateDto) {
    return this.certificates.update(caller, body);
  }

  @Delete('certificate')
  @AdminOnly()
  @ApiOperation({ summary: 'Ours: delete the named certificate (admin token)' })
  deleteCertificate(@Caller() caller: CallerContext, @Body() body: PushCertificateDeleteDto) {
    return this.certificates.delete(caller, body.name);
  }
}
