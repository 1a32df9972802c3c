import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import {
  GroupBriefWithoutNullsDto,
  GroupInfoBatchDto,
  GroupInfoResponseDto,
  GroupInfoResponseWithoutNullsDto,
  GroupSetApplyApprovalDto,
  GroupSetAvatarDto,
  GroupSetDescriptionDto,
  GroupSetExtDto,
  GroupSetLocationDto,
  GroupSetNameDto,
  GroupSetSettingDto,
} from './group-info.dto';
import { GroupInfoService } from './group-info.service';
import { GroupIdQueryDto } from './group.dto';
import { OmitNullFields } from '../common/envelope/envelope';
import { ApiData } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';

const INFO_SETTER = 'admins, or every member while member_modify is on';

@ApiTags('group')
@ApiHeader({ name: 'app_id', required: true })
// Nest maps a handler to one HTTP method, so where MaxIM offers POST and PUT each has a handler.
@Controller('group')
export class GroupInfoController {
  constructor(private readonly info: GroupInfoService) {}

  @Get('info')
  @OmitNullFields()
  @ApiOperation({ summary: "A group's info and settings with the caller's own message modes (public groups: anyone of the app; others: members)" })
  @ApiData(GroupInfoResponseWithoutNullsDto, 'Unset fields are left out. On failure, a business error in `code`.')
  groupInfo(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.info.groupInfo(caller, query.group_id);
  }

  @Post('info/batch')
  @OmitNullFields()
  @ApiOperation({ summary: 'Brief info of up to 100 groups; groups the caller may not view, or that do not exist, are left out' })
  @ApiData([GroupBriefWithoutNullsDto], 'Unset fields are left out. On failure, a business error in `code`.')
  groupInfoBatch(@Caller() caller: CallerContext, @Body() body: GroupInfoBatchDto) {
    return this.info.groupInfoBatch(caller, body.group_list);
  }

  @Post('location')
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: `Our extension: set where the group meets (latitude, longitude, address), shown in its info; public groups are then found by /group/nearby (${INFO_SETTER})` })
  setLocation(@Caller() caller: CallerContext, @Body() body: GroupSetLocationDto) {
    return this.info.setLocation(caller, body.group_id, body);
  }

  @Put('location')
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: `Our extension: set where the group meets (${INFO_SETTER}; same as POST)` })
  setLocationByPut(@Caller() caller: CallerContext, @Body() body: GroupSetLocationDto) {
    return this.info.setLocation(caller, body.group_id, body);
  }

  @Delete('location')
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: `Our extension: clear the group's location (${INFO_SETTER})` })
  clearLocation(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.info.setLocation(caller, query.group_id, null);
  }

  @Post('info/name')
  @ApiOperation({ summary: `Rename the group, 1-64 characters (${INFO_SETTER})` })
  @ApiData({ type: 'boolean' })
  setName(@Caller() caller: CallerContext, @Body() body: GroupSetNameDto) {
    return this.info.setInfo(caller, body.group_id, 'name', body.value);
  }

  @Put('info/name')
  @ApiOperation({ summary: `Rename the group, 1-64 characters (${INFO_SETTER}; same as POST)` })
  @ApiData({ type: 'boolean' })
  setNameByPut(@Caller() caller: CallerContext, @Body() body: GroupSetNameDto) {
    return this.info.setInfo(caller, body.group_id, 'name', body.value);
  }

  @Post('info/avatar')
  @ApiOperation({ summary: `Set the avatar, up to 1024 characters; "" clears it (${INFO_SETTER})` })
  @ApiData({ type: 'boolean' })
  setAvatar(@Caller() caller: CallerContext, @Body() body: GroupSetAvatarDto) {
    return this.info.setInfo(caller, body.group_id, 'avatar', body.value);
  }

  @Put('info/avatar')
  @ApiOperation({ summary: `Set the avatar, up to 1024 characters; "" clears it (${INFO_SETTER}; same as POST)` })
  @ApiData({ type: 'boolean' })
  setAvatarByPut(@Caller() caller: CallerContext, @Body() body: GroupSetAvatarDto) {
    return this.info.setInfo(caller, body.group_id, 'avatar', body.value);
  }

  @Post('info/description')
  @ApiOperation({ summary: `Set the description, up to 1024 characters; "" clears it (${INFO_SETTER})` })
  @ApiData({ type: 'boolean' })
  setDescription(@Caller() caller: CallerContext, @Body() body: GroupSetDescriptionDto) {
    return this.info.setInfo(caller, body.group_id, 'description', body.value);
  }

  @Put('info/description')
  @ApiOperation({ summary: `Set the description, up to 1024 characters; "" clears it (${INFO_SETTER}; same as POST)` })
  @ApiData({ type: 'boolean' })
  setDescriptionByPut(@Caller() caller: CallerContext, @Body() body: GroupSetDescriptionDto) {
    return this.info.setInfo(caller, body.group_id, 'description', body.value);
  }

  @Post('info/ext')
  @ApiOperation({ summary: `Set the extension, up to 4096 characters; "" clears it (${INFO_SETTER})` })
  @ApiData({ type: 'boolean' })
  setExt(@Caller() caller: CallerContext, @Body() body: GroupSetExtDto) {
    return this.info.setInfo(caller, body.group_id, 'ext', body.value);
  }

  @Put('info/ext')
  @ApiOperation({ summary: `Set the extension, up to 4096 characters; "" clears it (${INFO_SETTER}; same as POST)` })
  @ApiData({ type: 'boolean' })
  setExtByPut(@Caller() caller: CallerContext, @Body() body: GroupSetExtDto) {
    return this.info.setInfo(caller, body.group_id, 'ext', body.value);
  }

  @Get('settings')
  @ApiOperation({ summary: "A group's settings, answered with its info as GET /group/info (public groups: anyone of the app; others: members)" })
  @ApiData(GroupInfoResponseDto)
  settings(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.info.groupInfo(caller, query.group_id);
  }

  @Post('settings/allow_member_invitation')
  @ApiOperation({ summary: 'Let members invite (member_invite; admins)' })
  @ApiData({ type: 'boolean' })
  allowMemberInvitation(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'member_invite', body.value);
  }

  @Put('settings/allow_member_invitation')
  @ApiOperation({ summary: 'Let members invite (member_invite; admins; same as POST)' })
  @ApiData({ type: 'boolean' })
  allowMemberInvitationByPut(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'member_invite', body.value);
  }

  @Post('settings/allow_member_modify')
  @ApiOperation({ summary: 'Let members change name, avatar, description and ext (member_modify; admins)' })
  @ApiData({ type: 'boolean' })
  allowMemberModify(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'member_modify', body.value);
  }

  @Put('settings/allow_member_modify')
  @ApiOperation({ summary: 'Let members change name, avatar, description and ext (member_modify; admins; same as POST)' })
  @ApiData({ type: 'boolean' })
  allowMemberModifyByPut(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'member_modify', body.value);
  }

  @Post('settings/enable_read_ack')
  @ApiOperation({ summary: 'Turn read receipts for group messages on or off (read_ack; admins)' })
  @ApiData({ type: 'boolean' })
  enableReadAck(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'read_ack', body.value);
  }

  @Put('settings/enable_read_ack')
  @ApiOperation({ summary: 'Turn read receipts for group messages on or off (read_ack; admins; same as POST)' })
  @ApiData({ type: 'boolean' })
  enableReadAckByPut(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'read_ack', body.value);
  }

  @Post('settings/history_visible')
  @ApiOperation({ summary: 'Let new members read the history from before they joined (history_visible; admins)' })
  @ApiData({ type: 'boolean' })
  historyVisible(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'history_visible', body.value);
  }

  @Put('settings/history_visible')
  @ApiOperation({ summary: 'Let new members read the history from before they joined (history_visible; admins; same as POST)' })
  @ApiData({ type: 'boolean' })
  historyVisibleByPut(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'history_visible', body.value);
  }

  @Post('settings/hide_member_info')
  @ApiOperation({ summary: "Hide members' details from each other (hide_member_info; admins)" })
  @ApiData({ type: 'boolean' })
  hideMemberInfo(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'hide_member_info', body.value);
  }

  @Put('settings/hide_member_info')
  @ApiOperation({ summary: "Hide members' details from each other (hide_member_info; admins; same as POST)" })
  @ApiData({ type: 'boolean' })
  hideMemberInfoByPut(@Caller() caller: CallerContext, @Body() body: GroupSetSettingDto) {
    return this.info.setSetting(caller, body.group_id, 'hide_member_info', body.value);
  }

  @Post('settings/require_admin_approval')
  @ApiOperation({ summary: 'How join applications are handled: 0 accept all, 1 admins approve, 2 refuse all (apply_approval; admins)' })
  @ApiData({ type: 'boolean' })
  requireAdminApproval(@Caller() caller: CallerContext, @Body() body: GroupSetApplyApprovalDto) {
    return this.info.setApplyApproval(caller, body.group_id, body.apply_approval);
  }

  @Put('settings/require_admin_approval')
  @ApiOperation({ summary: 'How join applications are handled: 0 accept all, 1 admins approve, 2 refuse all (apply_approval; admins; same as POST)' })
  @ApiData({ type: 'boolean' })
  requireAdminApprovalByPut(@Caller() caller: CallerContext, @Body() body: GroupSetApplyApprovalDto) {
    return this.info.setApplyApproval(caller, body.group_id, body.apply_approval);
  }
}
