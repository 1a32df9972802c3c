import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import {
  GroupBanAllDto,
  GroupBanAllResponseDto,
  GroupBanDto,
  GroupBannedMemberDto,
  GroupBlockedUserDto,
  GroupModerationListQueryDto,
  GroupUnbanAllDto,
} from './group-moderation.dto';
import { GroupModerationService } from './group-moderation.service';
import { GroupBatchResultDto, GroupUserListDto } from './group.dto';

@ApiTags('group')
@ApiHeader({ name: 'app_id', required: true })
@Controller('group')
export class GroupModerationController {
  constructor(private readonly moderation: GroupModerationService) {}

  @Post('ban')
  @ApiOperation({ summary: 'Ban members from sending for `duration` minutes (admins; only the owner may ban admins)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  ban(@Caller() caller: CallerContext, @Body() body: GroupBanDto) {
    return this.moderation.ban(caller, body);
  }

  @Post('unban')
  @ApiOperation({ summary: "Lift members' bans (admins; only the owner may unban admins)" })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  unban(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.moderation.unban(caller, body);
  }

  @Get('banned_list')
  @ApiOperation({ summary: 'Members whose ban has not expired, with its end in milliseconds (members; cursor-paginated)' })
  @ApiPage(GroupBannedMemberDto)
  bannedList(@Caller() caller: CallerContext, @Query() query: GroupModerationListQueryDto) {
    return this.moderation.bannedList(caller, query);
  }

  @Post('settings/ban_all')
  @ApiOperation({ summary: 'Let only the owner and admins send for `duration` minutes, -1 for no end (admins)' })
  @ApiData(GroupBanAllResponseDto)
  banAll(@Caller() caller: CallerContext, @Body() body: GroupBanAllDto) {
    return this.moderation.banAll(caller, body);
  }

  @Post('settings/unban_all')
  @ApiOperation({ summary: 'End the ban-all (admins)' })
  @ApiData({ type: 'boolean' })
  unbanAll(@Caller() caller: CallerContext, @Body() body: GroupUnbanAllDto) {
    return this.moderation.unbanAll(caller, body);
  }

  @Post('block')
  @ApiOperation({ summary: 'Block users: members are removed, and nobody blocked may rejoin, apply or be invited (admins)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  block(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.moderation.block(caller, body);
  }

  @Post('unblock')
  @ApiOperation({ summary: 'Take users off the blocklist (admins)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  unblock(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.moderation.unblock(caller, body);
  }

  @Delete('unblock')
  @ApiOperation({ summary: 'Take users off the blocklist (admins) (same as POST)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  unblockByDelete(@Caller() caller: CallerContext, @Body() body: GroupUserListDto) {
    return this.moderation.unblock(caller, body);
  }

  @Get('blocked_list')
  @ApiOperation({ summary: "The group's blocklist (admins; cursor-paginated)" })
  @ApiPage(GroupBlockedUserDto)
  blockedList(@Caller() caller: CallerContext, @Query() query: GroupModerationListQueryDto) {
    return this.moderation.blockedList(caller, query);
  }
}
