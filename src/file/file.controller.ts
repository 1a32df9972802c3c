import { applyDecorators, Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppIdInQuery, Caller, GroupAdminMayAct, Public, TokenInQuery } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ErrorCode } from '../common/errors/error-codes';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ApiData, ERROR_ENVELOPE } from '../common/openapi/envelope.decorator';
import { sendDelivery } from './file-delivery';
import { FileDownloadService } from './file-download.service';
import { FileUploadService } from './file-upload.service';
import { FileDownloadAvatarQueryDto, FileDownloadChatQueryDto, FileForwardQueryDto, FileGroupAvatarQueryDto, FileUploadChatQueryDto, FileUploadResponseDto } from './file.dto';
import { FileStorage } from './storage/file-storage';

/** A download answers the bytes or a redirect; a refusal is the envelope with its business code (HTTP 200 too). */
const ApiDownload = () =>
  applyDecorators(
    ApiProduces('*/*'),
    ApiOkResponse({
      description: 'The bytes, or a business error in the envelope',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } }, 'application/json': { schema: ERROR_ENVELOPE } },
    }),
    ApiResponse({ status: 206, description: 'The requested byte range (Range header)', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }),
    ApiResponse({ status: 302, description: 'To the stored object (object storage), by a signed URL in Location' }),
    ApiResponse({ status: 416, description: 'The Range lies outside the object; Content-Range names its size' }),
  );

@ApiTags('file')
@ApiHeader({ name: 'app_id', required: true })
@Controller('file')
export class FileController {
  constructor(
    private readonly uploads: FileUploadService,
    private readonly downloads: FileDownloadService,
    private readonly storage: FileStorage,
  ) {}

  @Get('upload/avatar/user')
  @ApiOperation({ summary: "Upload URL for the caller's avatar" })
  @ApiData(FileUploadResponseDto)
  userAvatar(@Caller() caller: CallerContext) {
    return this.uploads.userAvatar(caller);
  }

  @Get('upload/avatar/group')
  @TokenInQuery()
  @ApiOperation({ summary: "Upload URL for a group's avatar (who may change the group's info)" })
  @GroupAdminMayAct()
  @ApiData(FileUploadResponseDto)
  @ApiErrors(ErrorCode.NeedsMember, ErrorCode.NeedsAdmin)
  groupAvatar(@Caller() caller: CallerContext, @Query() query: FileGroupAvatarQueryDto) {
    return this.uploads.groupAvatar(caller, query.group_id);
  }

  @Get('upload/chat')
  @ApiOperation({ summary: 'Upload URL for a chat or group shared file (who may send to the conversation)' })
  @GroupAdminMayAct()
  @ApiData(FileUploadResponseDto)
  @ApiErrors(ErrorCode.NotGroupMember)
  chat(@Caller() caller: CallerContext, @Query() query: FileUploadChatQueryDto) {
    return this.uploads.chat(caller, query);
  }

  @Get('upload/forward')
  @TokenInQuery()
  @ApiOperation({ summary: 'Download URL of a stored chat file for another conversation, without uploading again' })
  @GroupAdminMayAct()
  @ApiData(FileUploadResponseDto)
  @ApiErrors(ErrorCode.NotGroupMember)
  forward(@Caller() caller: CallerContext, @Query() query: FileForwardQueryDto) {
    return this.uploads.forward(caller, query);
  }

  @Get('download/chat')
  @Public()
  @AppIdInQuery()
  @TokenInQuery()
  @ApiDownload()
  @ApiOperation({ summary: 'Download a chat file (access-token header or query, or store_token); 302 to the object store or the bytes' })
  async downloadChat(@Caller() caller: CallerContext, @Query() query: FileDownloadChatQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await sendDelivery(request, reply, this.storage, await this.downloads.chat(caller, query));
  }

  @Get('download/avatar')
  @Public()
  @AppIdInQuery()
  @TokenInQuery()
  @ApiDownload()
  @ApiOperation({ summary: 'Download an avatar (access-token header or query, or store_token); 302 to the object store or the bytes' })
  async downloadAvatar(@Caller() caller: CallerContext, @Query() query: FileDownloadAvatarQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    await sendDelivery(request, reply, this.storage, await this.downloads.avatar(caller, query));
  }
}
