import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import {
  GroupDisplayNameDto,
  GroupMemberDto,
  GroupMemberListQueryDto,
  GroupMemberWithoutNullsDto,
  GroupMuteModeDto,
  GroupNotDisturbDto,
  GroupPushModeDto,
} from './group-core.dto';
import { GroupMemberService } from './group-member.service';
import { GroupBatchResultDto, GroupIdQueryDto, GroupUserListDto } from './group.dto';
import { OmitNullFields } from '../common/envelope/envelope';
import { OurExtension } from '../common/openapi/extension.decorator';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';

@ApiTags('group')
@ApiHeader({ name: 'app_id', required: true })
@Controller('group')
export class GroupMemberController {
  constructor(private readonly members: GroupMemberService) {}

  @Post('leave')
  @ApiOperation({ summary: 'Leave the group (members; the owner must transfer it first: 20004)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.OwnerCannotLeave)
  leave(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.members.leave(caller, query.group_id);
  }

  @Delete('leave')
  @ApiOperation({ summary: 'Leave the group (same as POST)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.OwnerCannotLeave)
  leaveByDelete(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.members.leave(caller, query.group_id);
  }

  @Post('kick')
  @ApiOperation({ summary: 'Remove members (admins; only the owner may kick admins)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  kick(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.members.kick(caller, body);
  }

  @Delete('kick')
  @ApiOperation({ summary: 'Remove members (same as POST)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  kickByDelete(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.members.kick(caller, body);
  }

  @Post('admin/add')
  @ApiOperation({ summary: 'Make members admins (owner)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  addAdmins(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.members.addAdmins(caller, body);
  }

  @Post('admin/remove')
  @ApiOperation({ summary: 'Make admins members again (owner)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  removeAdmins(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.members.removeAdmins(caller, body);
  }

  @Delete('admin/remove')
  @ApiOperation({ summary: 'Make admins members again (owner) (same as POST)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  removeAdminsByDelete(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.members.removeAdmins(caller, body);
  }

  @Get('admin_list')
  @ApiOperation({ summary: "The group's admins, without the owner (whoever may view the group; unpaged)" })
  @ApiData([GroupMemberDto])
  adminList(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.members.adminList(caller, query.group_id);
  }

  @Get('member_list')
  @OmitNullFields()
  @ApiOperation({ summary: 'Members by user id with display name and join time (members; cursor-paginated, limit 1–1000, default 1000)' })
  @ApiPage(GroupMemberWithoutNullsDto, 'One page; unset fields are left out. On failure, a business error in `code`.')
  memberList(@Caller() caller: CallerContext, @Query() query: GroupMemberListQueryDto) {
    return this.members.memberList(caller, query);
  }

  @Post('members/display_name')
  @ApiOperation({ summary: 'Display names of the listed members (members); non-members are left out' })
  @ApiData([GroupMemberDto])
  displayNames(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.members.displayNames(caller, body);
  }

  @Post('display_name')
  @ApiOperation({ summary: "Set the caller's own display name in the group; \"\" clears it (members)" })
  @ApiData({ type: 'boolean' })
  setDisplayName(@Caller() caller: CallerContext, @Body() body: GroupDisplayNameDto) {
    return this.members.setDisplayName(caller, body);
  }

  @Put('display_name')
  @ApiOperation({ summary: "Set the caller's own display name in the group (same as POST)" })
  @ApiData({ type: 'boolean' })
  setDisplayNameByPut(@Caller() caller: CallerContext, @Body() body: GroupDisplayNameDto) {
    return this.members.setDisplayName(caller, body);
  }

  @Post('msg/mute_mode')
  @ApiOperation({ summary: "Set the caller's own mute mode for the group: 0 none, 1 no local notification, 2 do not receive (members)" })
  @ApiData({ type: 'boolean' })
  setMuteMode(@Caller() caller: CallerContext, @Body() body: GroupMuteModeDto) {
    return this.members.setMuteMode(caller, body);
  }

  @Post('msg/not_disturb')
  @OurExtension()
  @ApiOperation({ summary: "Do-not-disturb for the caller in the group, as MaxIM's web SDK sends it: true sets mute mode 1, false mute mode 0" })
  @ApiData({ type: 'boolean' })
  setNotDisturb(@Caller() caller: CallerContext, @Body() body: GroupNotDisturbDto) {
    return this.members.setNotDisturb(caller, body);
  }

  @Put('msg/mute_mode')
  @ApiOperation({ summary: "Set the caller's own mute mode for the group (same as POST)" })
  @ApiData({ type: 'boolean' })
  setMuteModeByPut(@Caller() caller: CallerContext, @Body() body: GroupMuteModeDto) {
    return this.members.setMuteMode(caller, body);
  }

  @Post('msg/push_mode')
  @ApiOperation({ summary: "Set the caller's own push mode for the group, 0–4 (members; other values 20003)" })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.InvalidPushMode)
  setPushMode(@Caller() caller: CallerContext, @Body() body: GroupPushModeDto) {
    return this.members.setPushMode(caller, body);
  }

  @Put('msg/push_mode')
  @ApiOperation({ summary: "Set the caller's own push mode for the group (same as POST)" })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.InvalidPushMode)
  setPushModeByPut(@Caller() caller: CallerContext, @Body() body: GroupPushModeDto) {
    return this.members.setPushMode(caller, body);
  }
}
