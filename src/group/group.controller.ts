import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { OurExtension } from '../common/openapi/extension.decorator';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';
import { GroupCreateDto, GroupCreateResponseDto, GroupTransferDto } from './group-core.dto';
import { GroupAppListItemDto, GroupAppListQueryDto, GroupBatchResultDto, GroupCommonQueryDto, GroupIdQueryDto } from './group.dto';
import { GroupService } from './group.service';

@ApiTags('group')
@ApiHeader({ name: 'app_id', required: true })
@Controller('group')
export class GroupController {
  constructor(private readonly groups: GroupService) {}

  @Post('create')
  @ApiOperation({ summary: 'Create a group owned by the caller; user_list members are added, or invited when they confirm invitations' })
  @ApiData(GroupCreateResponseDto)
  @ApiErrors(ErrorCode.AppGroupLimit, ErrorCode.UserCreatedGroupLimit, ErrorCode.UserJoinedGroupLimit)
  create(@Caller() caller: CallerContext, @Body() body: GroupCreateDto) {
    return this.groups.create(caller, body);
  }

  @Post('destroy')
  @ApiOperation({ summary: 'Destroy the group (owner); members are notified and every later call about it answers 20001' })
  @ApiData({ type: 'boolean' })
  destroy(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.groups.destroy(caller, query.group_id);
  }

  @Delete('destroy')
  @ApiOperation({ summary: 'Destroy the group (owner) (same as POST)' })
  @ApiData({ type: 'boolean' })
  destroyByDelete(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.groups.destroy(caller, query.group_id);
  }

  @Post('transfer')
  @ApiOperation({ summary: 'Hand the group to another member (owner); the old owner becomes a member' })
  @ApiData(GroupBatchResultDto)
  @ApiErrors(ErrorCode.TransferTargetNotMember)
  transfer(@Caller() caller: CallerContext, @Body() body: GroupTransferDto) {
    return this.groups.transfer(caller, body);
  }

  @Put('transfer')
  @ApiOperation({ summary: 'Hand the group to another member (owner) (same as POST)' })
  @ApiData(GroupBatchResultDto)
  @ApiErrors(ErrorCode.TransferTargetNotMember)
  transferByPut(@Caller() caller: CallerContext, @Body() body: GroupTransferDto) {
    return this.groups.transfer(caller, body);
  }

  @Get('user_joined')
  @ApiOperation({ summary: 'Ids of the groups the caller belongs to (unpaged)' })
  @ApiData({ type: 'array', items: { type: 'integer', format: 'int64' } })
  userJoined(@Caller() caller: CallerContext) {
    return this.groups.userJoined(caller);
  }

  @Get('common')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: ids of the groups the caller and user_id are both in, ascending (unpaged)' })
  @ApiData({ type: 'array', items: { type: 'integer', format: 'int64' } })
  common(@Caller() caller: CallerContext, @Query() query: GroupCommonQueryDto) {
    return this.groups.commonWith(caller, query.user_id);
  }

  @Get('app_list')
  @AdminOnly()
  @OurExtension()
  @ApiOperation({ summary: "Our extension (admin token): the app's live groups, newest first, optionally those whose name contains the keyword" })
  @ApiPage(GroupAppListItemDto, 'A cursor page (no total). On failure, a business error in `code`.')
  appList(@Caller() caller: CallerContext, @Query() query: GroupAppListQueryDto) {
    return this.groups.appList(caller, query);
  }

  @Get('public_list')
  @ApiOperation({ summary: "Ids of the app's public groups (unpaged)" })
  @ApiData({ type: 'array', items: { type: 'integer', format: 'int64' } })
  publicList(@Caller() caller: CallerContext) {
    return this.groups.publicList(caller);
  }
}
