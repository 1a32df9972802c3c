import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData } from '../common/openapi/envelope.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';
import {
  GroupFileDeleteDto,
  GroupFileDeleteResultDto,
  GroupFileDto,
  GroupFileQueryDto,
  GroupFileRenameDto,
  GroupFileUploadDto,
} from './group-file.dto';
import { GroupFileService } from './group-file.service';
import { GroupIdQueryDto } from './group.dto';

@ApiTags('group')
@ApiHeader({ name: 'app_id', required: true })
// Nest maps a handler to one HTTP method, so where MaxIM offers POST and PUT (or DELETE) each has a handler.
@Controller('group')
export class GroupFileController {
  constructor(private readonly files: GroupFileService) {}

  @Post('file/upload')
  @ApiOperation({ summary: 'Record a shared file already stored at `url`: name, size, type (members)' })
  @ApiData(GroupFileDto)
  upload(@Caller() caller: CallerContext, @Body() body: GroupFileUploadDto) {
    return this.files.upload(caller, body);
  }

  @Get('file/list')
  @ApiOperation({ summary: "The group's shared files, newest first, unpaged (public groups: anyone of the app; others: members)" })
  @ApiData([GroupFileDto])
  list(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.files.list(caller, query.group_id);
  }

  @Get('file')
  @ApiOperation({ summary: 'One shared file of the group (public groups: anyone of the app; others: members)' })
  @ApiData(GroupFileDto)
  @ApiErrors(ErrorCode.SharedFileNotFound)
  get(@Caller() caller: CallerContext, @Query() query: GroupFileQueryDto) {
    return this.files.get(caller, query.group_id, query.file_id);
  }

  @Post('file/update_name')
  @ApiOperation({ summary: "Rename a shared file (its uploader, or the group's admins and owner)" })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.SharedFileNotFound, ErrorCode.SharedFileNoPermission)
  rename(@Caller() caller: CallerContext, @Body() body: GroupFileRenameDto) {
    return this.files.rename(caller, body);
  }

  @Put('file/update_name')
  @ApiOperation({ summary: "Rename a shared file (its uploader, or the group's admins and owner; same as POST)" })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.SharedFileNotFound, ErrorCode.SharedFileNoPermission)
  renameByPut(@Caller() caller: CallerContext, @Body() body: GroupFileRenameDto) {
    return this.files.rename(caller, body);
  }

  @Post('file/delete')
  @ApiOperation({ summary: "Delete shared files, each answered on its own (its uploader, or the group's admins and owner)" })
  @ApiData([GroupFileDeleteResultDto], 'One result per distinct file id, each success or fail with its reason. On failure, a business error in `code`.')
  delete(@Caller() caller: CallerContext, @Body() body: GroupFileDeleteDto) {
    return this.files.delete(caller, body);
  }

  @Delete('file/delete')
  @ApiOperation({ summary: "Delete shared files, each answered on its own (its uploader, or the group's admins and owner; same as POST)" })
  @ApiData([GroupFileDeleteResultDto], 'One result per distinct file id, each success or fail with its reason. On failure, a business error in `code`.')
  deleteByDelete(@Caller() caller: CallerContext, @Body() body: GroupFileDeleteDto) {
    return this.files.delete(caller, body);
  }
}
