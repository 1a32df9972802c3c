import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { RosterGroupCreateDto, RosterGroupDto, RosterGroupMembersDto, RosterGroupQueryDto, RosterGroupRenameDto } from './roster-group.dto';
import { RosterGroupService } from './roster-group.service';

/** Named friend groups (our extension, IM v1 /friends/groups*): every route acts as the caller, on its own groups only. */
@ApiTags('roster')
@ApiHeader({ name: 'app_id', required: true })
@Controller('roster')
export class RosterGroupController {
  constructor(private readonly groups: RosterGroupService) {}

  @Get('groups')
  @OurExtension()
  @ApiData([RosterGroupDto])
  @ApiOperation({ summary: "Our extension (IM v1 GET /friends/groups): the caller's friend groups, oldest first, each with its current friends" })
  list(@Caller() caller: CallerContext) {
    return this.groups.list(caller);
  }

  @Get('group')
  @OurExtension()
  @ApiData(RosterGroupDto)
  @ApiOperation({ summary: 'Our extension (IM v1 GET /friends/group): one friend group of the caller' })
  get(@Caller() caller: CallerContext, @Query() query: RosterGroupQueryDto) {
    return this.groups.get(caller, query.friend_group_id);
  }

  @Post('groups')
  @OurExtension()
  @ApiData(RosterGroupDto)
  @ApiOperation({ summary: 'Our extension (IM v1 POST /friends/groups): create a friend group, optionally with friends in it' })
  create(@Caller() caller: CallerContext, @Body() body: RosterGroupCreateDto) {
    return this.groups.create(caller, body);
  }

  @Delete('groups')
  @OurExtension()
  @ApiData({ type: 'boolean' })
  @ApiOperation({ summary: 'Our extension (IM v1 DELETE /friends/groups): delete a friend group (the friendships stay)' })
  delete(@Caller() caller: CallerContext, @Query() query: RosterGroupQueryDto) {
    return this.groups.delete(caller, query.friend_group_id);
  }

  @Put('groups/name')
  @OurExtension()
  @ApiData(RosterGroupDto)
  @ApiOperation({ summary: 'Our extension (IM v1 PUT /friends/groups/name): rename a friend group' })
  rename(@Caller() caller: CallerContext, @Body() body: RosterGroupRenameDto) {
    return this.groups.rename(caller, body);
  }

  @Post('groups/members')
  @OurExtension()
  @ApiData(RosterGroupDto)
  @ApiOperation({ summary: 'Our extension (IM v1 POST /friends/groups/members): put friends in a friend group' })
  addMembers(@Caller() caller: CallerContext, @Body() body: RosterGroupMembersDto) {
    return this.groups.addMembers(caller, body);
  }

  @Delete('groups/members')
  @OurExtension()
  @ApiData(RosterGroupDto)
  @ApiOperation({ summary: 'Our extension (IM v1 DELETE /friends/groups/members): take users out of a friend group' })
  removeMembers(@Caller() caller: CallerContext, @Body() body: RosterGroupMembersDto) {
    return this.groups.removeMembers(caller, body);
  }
}
