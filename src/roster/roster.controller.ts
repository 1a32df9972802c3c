import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { OurExtension } from '../common/openapi/extension.decorator';
import { RosterApplicationService } from './roster-application.service';
import {
  RosterApplicationDto,
  RosterApplicationListQueryDto,
  RosterApplyBatchItemDto,
  RosterApplyBatchPipe,
  RosterApplyBatchResultDto,
  RosterApplyDto,
  RosterDeclineDto,
  RosterDetailsDto,
  RosterExtDto,
  RosterItemDto,
  RosterItemWithoutNullsDto,
  RosterListQueryDto,
  RosterMayMessageQueryDto,
  RosterMobileSearchDto,
  RosterRelationshipDto,
  RosterSearchMobileDto,
  RosterSearchNameDto,
  RosterUserQueryDto,
} from './roster.dto';
import { RosterService } from './roster.service';
import { OmitNullFields } from '../common/envelope/envelope';

/**
 * Every route acts as the caller: a user token, or an admin token with the user_id header. Nest
 * keeps one HTTP method per handler (a second method decorator on the same handler replaces the
 * first), so each path MaxIM serves with two methods has a twin handler making the same call.
 */
@ApiTags('roster')
@ApiHeader({ name: 'app_id', required: true })
@Controller('roster')
export class RosterController {
  constructor(
    private readonly roster: RosterService,
    private readonly applications: RosterApplicationService,
  ) {}

  @Post('apply')
  @ApiOperation({ summary: "Ask a user to become a friend; the target's auth_mode decides (friends at once, pending request, answer, refused)" })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.AlreadyInRoster, ErrorCode.UserBlocked, ErrorCode.FriendRequestsRefused)
  apply(@Caller() caller: CallerContext, @Body() body: RosterApplyDto) {
    return this.applications.apply(caller, body);
  }

  @Post('apply/batch')
  @ApiBody({ type: [RosterApplyBatchItemDto] })
  @ApiOperation({ summary: 'Up to 100 applications, each succeeding or failing on its own; with an admin token acting as a user, friends at once' })
  @ApiData(RosterApplyBatchResultDto, 'Each item succeeds or fails on its own; failed items are in `fails` with their reason. On failure, a business error in `code`.')
  applyBatch(@Caller() caller: CallerContext, @Body(RosterApplyBatchPipe) items: unknown[]) {
    return this.applications.applyBatch(caller, items);
  }

  @Get('apply/list')
  @ApiOperation({ summary: 'Friend requests the caller received, newest first (status 0 pending, 1 accepted, 2 declined, 3 expired)' })
  @ApiPage(RosterApplicationDto)
  listApplications(@Caller() caller: CallerContext, @Query() query: RosterApplicationListQueryDto) {
    return this.applications.listReceived(caller, query);
  }

  @Post('accept')
  @ApiOperation({ summary: 'Accept the pending friend request of user_id' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.UserBlocked, ErrorCode.ApplicationMissing)
  accept(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.applications.accept(caller, query.user_id);
  }

  @Put('accept')
  @ApiOperation({ summary: 'Accept the pending friend request of user_id' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.UserBlocked, ErrorCode.ApplicationMissing)
  acceptByPut(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.applications.accept(caller, query.user_id);
  }

  @Post('decline')
  @ApiOperation({ summary: 'Decline the pending friend request of user_id, with an optional reason told to the applicant' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.ApplicationMissing)
  decline(@Caller() caller: CallerContext, @Body() body: RosterDeclineDto) {
    return this.applications.decline(caller, body);
  }

  @Put('decline')
  @ApiOperation({ summary: 'Decline the pending friend request of user_id, with an optional reason told to the applicant' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.ApplicationMissing)
  declineByPut(@Caller() caller: CallerContext, @Body() body: RosterDeclineDto) {
    return this.applications.decline(caller, body);
  }

  @Post('ignore')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: drop the friend request of user_id from the list without telling the applicant' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.ApplicationMissing)
  ignore(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.applications.ignore(caller, query.user_id);
  }

  @Get('list')
  @ApiOperation({ summary: "The caller's friend ids, in id order (cursor paginated)" })
  @ApiPage({ type: 'integer', format: 'int64' }, 'Friend user ids. On failure, a business error in `code`.')
  list(@Caller() caller: CallerContext, @Query() query: RosterListQueryDto) {
    return this.roster.listFriendIds(caller, query);
  }

  @Post('list')
  @OmitNullFields()
  @ApiOperation({ summary: 'Public profiles of the given users with the relation to the caller and its private alias, ext and mute flag' })
  @ApiData([RosterItemWithoutNullsDto], 'In the order asked; ids of nobody are left out, and so are unset fields. On failure, a business error in `code`.')
  details(@Caller() caller: CallerContext, @Body() body: RosterDetailsDto) {
    return this.roster.details(caller, body.list);
  }

  @Post('delete')
  @ApiOperation({ summary: 'End the friendship with user_id on both sides' })
  @ApiData({ type: 'boolean' })
  remove(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.remove(caller, query.user_id);
  }

  @Delete('delete')
  @ApiOperation({ summary: 'End the friendship with user_id on both sides' })
  @ApiData({ type: 'boolean' })
  removeByDelete(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.remove(caller, query.user_id);
  }

  @Post('ext')
  @ApiOperation({ summary: "Set the caller's private alias, ext and mute flag for a friend (only the fields sent)" })
  @ApiData({ type: 'boolean' })
  ext(@Caller() caller: CallerContext, @Body() body: RosterExtDto) {
    return this.roster.updateExt(caller, body);
  }

  @Put('ext')
  @ApiOperation({ summary: "Set the caller's private alias, ext and mute flag for a friend (only the fields sent)" })
  @ApiData({ type: 'boolean' })
  extByPut(@Caller() caller: CallerContext, @Body() body: RosterExtDto) {
    return this.roster.updateExt(caller, body);
  }

  @Post('block')
  @ApiOperation({ summary: 'Block user_id: no friend requests or messages from them; a friendship stays' })
  @ApiData({ type: 'boolean' })
  block(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.block(caller, query.user_id);
  }

  @Put('block')
  @ApiOperation({ summary: 'Block user_id: no friend requests or messages from them; a friendship stays' })
  @ApiData({ type: 'boolean' })
  blockByPut(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.block(caller, query.user_id);
  }

  @Post('unblock')
  @ApiOperation({ summary: 'Remove user_id from the blocklist' })
  @ApiData({ type: 'boolean' })
  unblock(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.unblock(caller, query.user_id);
  }

  @Delete('unblock')
  @ApiOperation({ summary: 'Remove user_id from the blocklist' })
  @ApiData({ type: 'boolean' })
  unblockByDelete(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.unblock(caller, query.user_id);
  }

  @Get('blocked_list')
  @ApiOperation({ summary: 'Ids the caller blocks, newest first (unpaged)' })
  @ApiData({ type: 'array', items: { type: 'integer', format: 'int64' } })
  blockedList(@Caller() caller: CallerContext) {
    return this.roster.blockedIds(caller);
  }

  @Get('may_message')
  @ApiOperation({ summary: 'Whether user_id may message roster_id: not blocked by them, and friends or the app allows strangers' })
  @ApiData({ type: 'boolean' })
  mayMessage(@Caller() caller: CallerContext, @Query() query: RosterMayMessageQueryDto) {
    return this.roster.mayMessageFor(caller, query.user_id, query.roster_id);
  }

  @Get('id')
  @ApiOperation({ summary: "A user's public profile by id, with the relation to the caller" })
  @ApiData(RosterItemDto)
  searchById(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.searchById(caller, query.user_id);
  }

  @Get('name')
  @ApiOperation({ summary: "A user's public profile by exact username, with the relation to the caller" })
  @ApiData(RosterItemDto)
  searchByName(@Caller() caller: CallerContext, @Query() query: RosterSearchNameDto) {
    return this.roster.searchByUsername(caller, query.username);
  }

  @Get('mobile')
  @ApiOperation({ summary: "A user's public profile by mobile number, only if that user allows mobile search (never shows the number)" })
  @ApiData(RosterItemDto)
  searchByMobile(@Caller() caller: CallerContext, @Query() query: RosterSearchMobileDto) {
    return this.roster.searchByMobile(caller, query.mobile);
  }

  @Get('mobile_search')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: whether others may find the caller by mobile number (the switch set below)' })
  @ApiData({ type: 'boolean' })
  mobileSearch(@Caller() caller: CallerContext) {
    return this.roster.mobileSearchable(caller);
  }

  @Post('mobile_search')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: allow (true, default) or refuse (false) being found by mobile number' })
  @ApiData({ type: 'boolean' })
  setMobileSearch(@Caller() caller: CallerContext, @Query() query: RosterMobileSearchDto) {
    return this.roster.setMobileSearchable(caller, query.value);
  }

  @Put('mobile_search')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: allow (true, default) or refuse (false) being found by mobile number' })
  @ApiData({ type: 'boolean' })
  setMobileSearchByPut(@Caller() caller: CallerContext, @Query() query: RosterMobileSearchDto) {
    return this.roster.setMobileSearchable(caller, query.value);
  }

  @Post('star')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: star the friend user_id (private to the caller; idempotent)' })
  @ApiData({ type: 'boolean' })
  star(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.setStarred(caller, query.user_id, true);
  }

  @Put('star')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: star the friend user_id (private to the caller; idempotent)' })
  @ApiData({ type: 'boolean' })
  starByPut(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.setStarred(caller, query.user_id, true);
  }

  @Post('unstar')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: remove the star from the friend user_id (idempotent)' })
  @ApiData({ type: 'boolean' })
  unstar(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.setStarred(caller, query.user_id, false);
  }

  @Delete('unstar')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: remove the star from the friend user_id (idempotent)' })
  @ApiData({ type: 'boolean' })
  unstarByDelete(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.setStarred(caller, query.user_id, false);
  }

  @Get('star_list')
  @OurExtension()
  @ApiOperation({ summary: "Our extension: the caller's starred friends' ids, in id order (unpaged)" })
  @ApiData({ type: 'array', items: { type: 'integer', format: 'int64' } })
  starList(@Caller() caller: CallerContext) {
    return this.roster.starredIds(caller);
  }

  @Get('relation')
  @OurExtension()
  @ApiOperation({ summary: 'Our extension: whether the caller and user_id are friends, and whether either blocks the other' })
  @ApiData(RosterRelationshipDto)
  relation(@Caller() caller: CallerContext, @Query() query: RosterUserQueryDto) {
    return this.roster.relationship(caller, query.user_id);
  }
}
