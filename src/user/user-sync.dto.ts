import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { NumberFromText } from '../common/number-text';
import { MAX_ID } from '../common/validation';

/** Paging of GET /user/sync: one page holds at most this many changes. */
export const SYNC_LIMIT = { default: 500, max: 1000 } as const;

/** What an address-book change is about; the values name the lists of SealTalk's sync answer. */
export enum AddressBookKind {
  Friend = 1,
  Block = 2,
  Group = 3,
  GroupMember = 4,
}

export const ADDRESS_BOOK_KIND_NAMES: Record<AddressBookKind, SyncChangeType> = {
  [AddressBookKind.Friend]: 'friend',
  [AddressBookKind.Block]: 'block',
  [AddressBookKind.Group]: 'group',
  [AddressBookKind.GroupMember]: 'group_member',
};

export type SyncChangeType = 'friend' | 'block' | 'group' | 'group_member';

/** Query of GET /user/sync (our extension). */
export class UserSyncQueryDto {
  @ApiPropertyOptional({ minimum: 0, default: 0, format: 'int64', description: 'the version of the last sync (the answer\'s `version`); 0 for everything' })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(0, { message: '$property: must be at least 0' })
  @Max(MAX_ID, { message: `$property: must be at most ${MAX_ID}` })
  version: number = 0;

  @ApiPropertyOptional({ description: 'the cursor of the previous page; none for the first page' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: SYNC_LIMIT.max, default: SYNC_LIMIT.default })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(1, { message: '$property: must be at least 1' })
  @Max(SYNC_LIMIT.max, { message: `$property: must be at most ${SYNC_LIMIT.max}` })
  limit: number = SYNC_LIMIT.default;
}

/**
 * One entry of the caller's address book that changed since the version asked for, with its
 * current details when present (left out when unset or removed).
 */
export class UserSyncChangeDto {
  @ApiProperty({ enum: ['friend', 'block', 'group', 'group_member'], description: 'friend: a friendship; block: the caller\'s blocklist; group: the caller\'s membership of a group or the group\'s information; group_member: a member of a group the caller is in' })
  type!: SyncChangeType;

  @ApiPropertyOptional({ format: 'int64', description: 'the friend, the blocked user or the member; absent for type group' })
  user_id?: number;

  @ApiPropertyOptional({ format: 'int64', description: 'the group; present for types group and group_member' })
  group_id?: number;

  @ApiProperty({ description: 'the entry went away: friendship ended, unblocked, left or dissolved group, member gone' })
  removed!: boolean;

  @ApiProperty({ format: 'int64', description: 'the version of this change' })
  version!: number;

  @ApiPropertyOptional({ description: "friend: the caller's alias for the friend, when set" })
  alias?: string;

  @ApiPropertyOptional({ description: "group: the group's name" })
  name?: string;

  @ApiPropertyOptional({ description: "group: the group's avatar, when set" })
  avatar?: string;

  @ApiPropertyOptional({ enum: [0, 1, 2], description: "group: the caller's role; group_member: the member's role (0 member, 1 admin, 2 owner)" })
  role?: number;

  @ApiPropertyOptional({ description: "group: the caller's display name there; group_member: the member's; when set" })
  display_name?: string;
}
