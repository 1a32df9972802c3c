import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsId, MAX_ID } from '../common/validation';
import { GroupApplicationEntity, GroupInvitationEntity, GroupRequestStatus } from './group-request.entity';
import { GroupUserListDto } from './group.dto';
import { NumberFromText } from '../common/number-text';

/** Longest reason of an application or an invitation (ours, as for friend requests). */
export const GROUP_REQUEST_REASON_MAX = 256;

/** application_list and invitation_list page sizes (maxim-semantics.md "Paging and limits"; the maximum is ours). */
export const GROUP_REQUEST_LIST_LIMIT = { default: 100, max: 100 };

/** Most groups one application_list call reads (ours). */
export const APPLICATION_LIST_GROUPS_MAX = 100;

/** `status` 3 of the lists: a request still pending past its expiry (ours; MaxIM shows `expired_time` only). */
export const GROUP_REQUEST_EXPIRED = 3;

function IsReason(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ type: 'string', maxLength: GROUP_REQUEST_REASON_MAX, description }),
    IsOptional(),
    IsString({ message: '$property: must be a string' }),
    MaxLength(GROUP_REQUEST_REASON_MAX, { message: `$property: must be at most ${GROUP_REQUEST_REASON_MAX} characters` }),
  );
}

/** Body of POST /group/invite (MaxIM GroupInvitationRequest). */
export class GroupInviteDto extends GroupUserListDto {
  @IsReason('shown to the invitees')
  reason?: string | null;
}

/** Body of POST/PUT /group/invite/handle and /group/apply/handle (MaxIM ApprovalRequest). */
export class GroupApprovalDto {
  @IsId()
  group_id!: number;

  @IsId({ description: 'invite/handle: the inviter; apply/handle: the applicant' })
  user_id!: number;

  @ApiProperty({ description: 'true accepts, false declines' })
  @IsBoolean({ message: '$property: must be true or false' })
  approval!: boolean;
}

/** Body of POST /group/apply (MaxIM GroupApplicationRequest). */
export class GroupApplyDto {
  @IsId()
  group_id!: number;

  @IsReason("shown to the group's admins")
  reason?: string | null;
}

/** Body of POST /group/application_list (MaxIM GroupIdListRequest). */
export class GroupApplicationListDto {
  @ApiProperty({ type: 'integer', format: 'int64', isArray: true, maxItems: APPLICATION_LIST_GROUPS_MAX, description: 'group ids (int64)' })
  @IsArray({ message: 'group_list: must be an array of group ids' })
  @ArrayMinSize(1, { message: 'group_list: must hold at least one group id' })
  @ArrayMaxSize(APPLICATION_LIST_GROUPS_MAX, { message: `group_list: must hold at most ${APPLICATION_LIST_GROUPS_MAX} group ids` })
  @IsInt({ each: true, message: 'group_list: every item must be an integer group id' })
  @Min(1, { each: true, message: 'group_list: every item must be a positive group id' })
  @Max(MAX_ID, { each: true, message: `group_list: every item must be at most ${MAX_ID}` })
  group_list!: number[];
}

/** Query `?cursor=&limit=&version=` of application_list and invitation_list. */
export class GroupRequestListQueryDto {
  @ApiPropertyOptional({ description: 'the cursor of the previous page; none for the first page' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: GROUP_REQUEST_LIST_LIMIT.max, default: GROUP_REQUEST_LIST_LIMIT.default })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(1, { message: '$property: must be at least 1' })
  @Max(GROUP_REQUEST_LIST_LIMIT.max, { message: `$property: must be at most ${GROUP_REQUEST_LIST_LIMIT.max}` })
  limit: number = GROUP_REQUEST_LIST_LIMIT.default;

  @ApiPropertyOptional({ type: 'integer', description: 'reserved by MaxIM; ignored' })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(0, { message: '$property: must be at least 0' })
  @Max(MAX_ID, { message: `$property: must be at most ${MAX_ID}` })
  version?: number;
}

/** Body of POST /group/qrcode/invite (MaxIM QrInviteRequest). */
export class GroupQrInviteDto {
  @ApiProperty({ description: 'the qr_info of GET /group/qrcode/sign' })
  @IsString({ message: '$property: must be a string' })
  @MaxLength(2048, { message: '$property: must be at most 2048 characters' })
  qr_info!: string;
}

/** MaxIM GroupInvitation: an invitation the caller received. */
export class GroupInvitationDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) group_id!: number;
  @ApiProperty({ type: 'integer', format: 'int64' }) inviter_id!: number;
  @ApiProperty({ type: 'integer', format: 'int64' }) invitee_id!: number;
  @ApiProperty({ type: 'string', nullable: true }) reason!: string | null;
  @ApiProperty({ type: 'integer', description: '0 pending; 1 accepted; 2 declined; 3 expired (ours)' }) status!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'when a pending invitation expires, epoch milliseconds' }) expired_time!: number;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

/** MaxIM GroupApplication: an application to one of the groups listed. */
export class GroupApplicationDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) applicant_id!: number;
  @ApiProperty({ type: 'integer', format: 'int64' }) group_id!: number;
  @ApiProperty({ type: 'string', nullable: true }) reason!: string | null;
  @ApiProperty({ type: 'integer', description: '0 pending; 1 accepted; 2 declined; 3 expired (ours)' }) status!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'when a pending application expires, epoch milliseconds' }) expired_time!: number;
}

/** MaxIM QrCodeDto. */
export class GroupQrCodeDto {
  @ApiProperty({ description: 'the opaque text to show as a QR code; POST /group/qrcode/invite takes it back' }) qr_info!: string;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds' }) create_at!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds; joining after it answers 20025' }) expire_at!: number;
}

/** The status a list shows: a pending request past its expiry reads as 3. */
function shownStatus(status: GroupRequestStatus, expiresAt: Date, now: Date): number {
  return status === GroupRequestStatus.Pending && expiresAt.getTime() <= now.getTime() ? GROUP_REQUEST_EXPIRED : status;
}

export function mapGroupInvitation(row: GroupInvitationEntity, now: Date): GroupInvitationDto {
  return {
    group_id: row.groupId,
    inviter_id: row.inviterId,
    invitee_id: row.inviteeId,
    reason: row.reason,
    status: shownStatus(row.status, row.expiresAt, now),
    expired_time: row.expiresAt.getTime(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export function mapGroupApplication(row: GroupApplicationEntity, now: Date): GroupApplicationDto {
  return {
    applicant_id: row.userId,
    group_id: row.groupId,
    reason: row.reason,
    status: shownStatus(row.status, row.expiresAt, now),
    expired_time: row.expiresAt.getTime(),
  };
}
