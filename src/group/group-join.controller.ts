import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../common/auth/auth.decorators';
import { CallerContext } from '../common/auth/caller';
import { ApiData, ApiPage } from '../common/openapi/envelope.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ErrorCode } from '../common/errors/error-codes';
import {
  GroupApplicationDto,
  GroupApplicationListDto,
  GroupApplyDto,
  GroupApprovalDto,
  GroupInvitationDto,
  GroupInviteDto,
  GroupQrCodeDto,
  GroupQrInviteDto,
  GroupRequestListQueryDto,
} from './group-join.dto';
import { GroupJoinService } from './group-join.service';
import { GroupQrCodeService } from './group-qrcode.service';
import { GroupBatchResultDto, GroupIdQueryDto } from './group.dto';

const INVITE_HANDLE = 'The invitee accepts (joins) or declines the pending invitation of user_id to group_id';
const APPLY_HANDLE = 'An admin accepts (the applicant joins) or declines the pending application of user_id';

// Nest maps a handler to one HTTP method, so where MaxIM offers POST and PUT each has a handler.
/** Invitations, applications and QR codes: the ways into a group after its creation. */
@ApiTags('group')
@ApiHeader({ name: 'app_id', required: true })
@Controller('group')
export class GroupJoinController {
  constructor(
    private readonly join: GroupJoinService,
    private readonly qrCodes: GroupQrCodeService,
  ) {}

  @Post('invite')
  @ApiOperation({ summary: 'Invite users: those with group_confirm on get an invitation, the others join at once (members may invite only when member_invite is on)' })
  @ApiData([GroupBatchResultDto], 'One result per distinct user asked about, each success or fail with its reason. On failure, a business error in `code`.')
  invite(@Caller() caller: CallerContext, @Body() body: GroupInviteDto) {
    return this.join.invite(caller, body);
  }

  @Post('invite/handle')
  @ApiOperation({ summary: INVITE_HANDLE })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.GroupInvitationHandled, ErrorCode.GroupFull, ErrorCode.UserJoinedGroupLimit, ErrorCode.AlreadyGroupMember, ErrorCode.BlockedByGroup)
  handleInvitation(@Caller() caller: CallerContext, @Body() body: GroupApprovalDto) {
    return this.join.handleInvitation(caller, body);
  }

  @Put('invite/handle')
  @ApiOperation({ summary: INVITE_HANDLE })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.GroupInvitationHandled, ErrorCode.GroupFull, ErrorCode.UserJoinedGroupLimit, ErrorCode.AlreadyGroupMember, ErrorCode.BlockedByGroup)
  handleInvitationOnPut(@Caller() caller: CallerContext, @Body() body: GroupApprovalDto) {
    return this.join.handleInvitation(caller, body);
  }

  @Get('invitation_list')
  @ApiOperation({ summary: "The caller's group invitations, newest first (status 0 pending, 1 accepted, 2 declined, 3 expired)" })
  @ApiPage(GroupInvitationDto)
  listInvitations(@Caller() caller: CallerContext, @Query() query: GroupRequestListQueryDto) {
    return this.join.listInvitations(caller, query);
  }

  @Post('apply')
  @ApiOperation({ summary: "Ask to join a group: apply_approval 0 joins at once, 1 leaves a pending application, 2 refuses (10010)" })
  @ApiData(GroupBatchResultDto, 'success with reason null when the user joined at once, success with a reason when the application waits for the admins. On failure, a business error in `code`.')
  @ApiErrors(ErrorCode.GroupFull, ErrorCode.UserJoinedGroupLimit, ErrorCode.AlreadyGroupMember, ErrorCode.BlockedByGroup)
  apply(@Caller() caller: CallerContext, @Body() body: GroupApplyDto) {
    return this.join.apply(caller, body);
  }

  @Post('apply/handle')
  @ApiOperation({ summary: APPLY_HANDLE })
  @ApiData(GroupBatchResultDto)
  @ApiErrors(ErrorCode.GroupApplicationHandled)
  handleApplication(@Caller() caller: CallerContext, @Body() body: GroupApprovalDto) {
    return this.join.handleApplication(caller, body);
  }

  @Put('apply/handle')
  @ApiOperation({ summary: APPLY_HANDLE })
  @ApiData(GroupBatchResultDto)
  @ApiErrors(ErrorCode.GroupApplicationHandled)
  handleApplicationOnPut(@Caller() caller: CallerContext, @Body() body: GroupApprovalDto) {
    return this.join.handleApplication(caller, body);
  }

  @Post('application_list')
  @ApiOperation({ summary: 'Applications to the listed groups (all must be groups the caller administers), newest first' })
  @ApiPage(GroupApplicationDto)
  listApplications(@Caller() caller: CallerContext, @Body() body: GroupApplicationListDto, @Query() query: GroupRequestListQueryDto) {
    return this.join.listApplications(caller, body, query);
  }

  @Get('qrcode/sign')
  @ApiOperation({ summary: 'A signed invitation to show as a QR code, valid 7 days, for those who may invite' })
  @ApiData(GroupQrCodeDto)
  signQrCode(@Caller() caller: CallerContext, @Query() query: GroupIdQueryDto) {
    return this.qrCodes.sign(caller, query.group_id);
  }

  @Post('qrcode/invite')
  @ApiOperation({ summary: 'Join the group of a signed QR code (no approval needed; blocklist and capacity apply)' })
  @ApiData({ type: 'boolean' })
  @ApiErrors(ErrorCode.InvalidGroupQrCode, ErrorCode.GroupQrCodeExpired, ErrorCode.GroupFull, ErrorCode.UserJoinedGroupLimit, ErrorCode.AlreadyGroupMember, ErrorCode.BlockedByGroup)
  joinByQrCode(@Caller() caller: CallerContext, @Body() body: GroupQrInviteDto) {
    return this.qrCodes.invite(caller, body);
  }
}
