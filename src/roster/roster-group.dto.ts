import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NumberFromText } from '../common/number-text';
import { IsId, MAX_ID } from '../common/validation';

/** Limits of friend groups (ours). */
export const FRIEND_GROUP_LIMITS = { groupsPerUser: 100, nameLength: 64, membersPerRequest: 500 } as const;

function IsFriendGroupName() {
  return applyDecorators(
    ApiProperty({ minLength: 1, maxLength: FRIEND_GROUP_LIMITS.nameLength, description: "unique among the caller's friend groups; trimmed" }),
    IsString({ message: 'name: must be a string' }),
    MinLength(1, { message: 'name: must not be empty' }),
    MaxLength(FRIEND_GROUP_LIMITS.nameLength, { message: `name: must be at most ${FRIEND_GROUP_LIMITS.nameLength} characters` }),
  );
}

function IsFriendList(options: { optional: boolean }) {
  const limit = FRIEND_GROUP_LIMITS.membersPerRequest;
  return applyDecorators(
    ApiProperty({ type: 'integer', format: 'int64', isArray: true, required: !options.optional, maxItems: limit, description: "friends' user ids" }),
    ...(options.optional ? [IsOptional()] : [ArrayMinSize(1, { message: 'members: must hold at least one user id' })]),
    IsArray({ message: 'members: must be an array of user ids' }),
    ArrayMaxSize(limit, { message: `members: must hold at most ${limit} user ids` }),
    IsInt({ each: true, message: 'members: every item must be an integer user id' }),
    Min(1, { each: true, message: 'members: every item must be a positive user id' }),
    Max(MAX_ID, { each: true, message: `members: every item must be at most ${MAX_ID}` }),
  );
}

/** Body of POST /roster/groups (IM v1 POST /friends/groups). */
export class RosterGroupCreateDto {
  @IsFriendGroupName()
  name!: string;

  @IsFriendList({ optional: true })
  members?: number[];
}

/** Query of GET /roster/group and DELETE /roster/groups. */
export class RosterGroupQueryDto {
  @NumberFromText()
  @IsId({ description: 'one of the caller\'s friend groups' })
  friend_group_id!: number;
}

/** Body of PUT /roster/groups/name. */
export class RosterGroupRenameDto {
  @IsId({ description: 'one of the caller\'s friend groups' })
  friend_group_id!: number;

  @IsFriendGroupName()
  name!: string;
}

/** Body of POST and DELETE /roster/groups/members. */
export class RosterGroupMembersDto {
  @IsId({ description: 'one of the caller\'s friend groups' })
  friend_group_id!: number;

  @IsFriendList({ optional: false })
  members!: number[];
}

/** A friend group of the caller: its members are those of its friends still friends, in id order. */
export class RosterGroupDto {
  @ApiProperty({ format: 'int64' }) friend_group_id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', format: 'int64', isArray: true, description: 'current friends in the group, ascending' }) members!: number[];
}
