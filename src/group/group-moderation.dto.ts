import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, Min, ValidateIf } from 'class-validator';
import { IsId, MAX_ID } from '../common/validation';
import { GroupIdQueryDto, GroupUserListDto } from './group.dto';
import { NumberFromText } from '../common/number-text';

/** Longest ban, for one member or the whole group (ours; MaxIM publishes none): one year, in minutes. */
export const BAN_DURATION_MAX_MINUTES = 525_600;

/** `duration` of ban-all that never ends; the group's `ban_expire_time` becomes -1. */
export const BAN_FOREVER = -1;

/** banned_list and blocked_list page sizes (maxim-semantics.md "Paging and limits"). */
export const MODERATION_LIST_LIMIT = { default: 1000, max: 1000 };

/** Body of POST /group/ban (MaxIM GroupBannedMemberRequest). */
export class GroupBanDto extends GroupUserListDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: BAN_DURATION_MAX_MINUTES, description: 'minutes the members may not send messages' })
  @IsInt({ message: '$property: must be an integer number of minutes' })
  @Min(1, { message: '$property: must be at least 1 minute' })
  @Max(BAN_DURATION_MAX_MINUTES, { message: `$property: must be at most ${BAN_DURATION_MAX_MINUTES} minutes (one year)` })
  duration!: number;
}

const BAN_ALL_DURATION_RULE = `$property: must be ${BAN_FOREVER} (forever) or 1 to ${BAN_DURATION_MAX_MINUTES} minutes`;

/** Body of POST /group/settings/ban_all (MaxIM GroupBanAllRequest). */
export class GroupBanAllDto {
  @IsId()
  group_id!: number;

  @ApiProperty({ type: 'integer', description: `minutes only admins may send; ${BAN_FOREVER} for no end`, example: 60 })
  // -1 skips the range rules below; every other value must be a duration in range.
  @ValidateIf((body: GroupBanAllDto) => body.duration !== BAN_FOREVER)
  @IsInt({ message: '$property: must be an integer number of minutes' })
  @Min(1, { message: BAN_ALL_DURATION_RULE })
  @Max(BAN_DURATION_MAX_MINUTES, { message: BAN_ALL_DURATION_RULE })
  duration!: number;
}

/** Body of POST /group/settings/unban_all (MaxIM GroupUnBanAllRequest). */
export class GroupUnbanAllDto {
  @IsId()
  group_id!: number;
}

/** Query of GET /group/banned_list and GET /group/blocked_list. */
export class GroupModerationListQueryDto extends GroupIdQueryDto {
  @ApiPropertyOptional({ description: 'the cursor of the previous page; none for the first page' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MODERATION_LIST_LIMIT.max, default: MODERATION_LIST_LIMIT.default })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(1, { message: '$property: must be at least 1' })
  @Max(MODERATION_LIST_LIMIT.max, { message: `$property: must be at most ${MODERATION_LIST_LIMIT.max}` })
  limit: number = MODERATION_LIST_LIMIT.default;

  @ApiPropertyOptional({ type: 'integer', description: 'reserved by MaxIM; accepted and ignored' })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(0, { message: '$property: must be at least 0' })
  @Max(MAX_ID, { message: `$property: must be at most ${MAX_ID}` })
  version?: number;
}

/** Answer of POST /group/settings/ban_all (MaxIM GroupBanAllResponse). */
export class GroupBanAllResponseDto {
  @ApiProperty({ type: 'integer', format: 'int64', description: 'end of the ban-all in epoch seconds; -1 forever' })
  ban_expire_time!: number;
}

/** An item of GET /group/banned_list (MaxIM 群成员格式). */
export class GroupBannedMemberDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty({ type: 'string', nullable: true, description: "the member's display name in the group" }) display_name!: string | null;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'when the member joined, epoch milliseconds' }) join_time!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'when the ban ends, epoch milliseconds' }) expired_time!: number;
}

/** An item of GET /group/blocked_list (MaxIM GroupBlockedListItem). */
export class GroupBlockedUserDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) group_id!: number;
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty({ format: 'date-time', description: 'when the user was blocked (ISO 8601, as the swagger types it)' }) created_at!: string;
}

export interface BannedMemberRow {
  userId: number;
  displayName: string | null;
  joinTime: Date;
  bannedUntil: Date;
}

export interface BlockedUserRow {
  groupId: number;
  userId: number;
  createdAt: Date;
}

export function mapBannedMember(row: BannedMemberRow): GroupBannedMemberDto {
  return { user_id: row.userId, display_name: row.displayName, join_time: row.joinTime.getTime(), expired_time: row.bannedUntil.getTime() };
}

export function mapBlockedUser(row: BlockedUserRow): GroupBlockedUserDto {
  return { group_id: row.groupId, user_id: row.userId, created_at: row.createdAt.toISOString() };
}
