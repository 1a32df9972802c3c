import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCursor, IsLimit } from '../common/pagination/page-query';
import { IsId, MAX_ID } from '../common/validation';
import { NumberFromText } from '../common/number-text';

/** Most users one batch group operation (invite, kick, admins, ban, block…) takes. */
export const GROUP_BATCH_MAX = 500;

/** Query `?group_id=` of the group routes that read one group. */
export class GroupIdQueryDto {
  @IsId()
  @NumberFromText()
  group_id!: number;
}

/** Query of GET /group/common (our extension): the other user. */
export class GroupCommonQueryDto {
  @IsId()
  @NumberFromText()
  user_id!: number;
}

export const APP_GROUP_LIST_LIMIT = { default: 20, max: 100 };
export const APP_GROUP_KEYWORD_MAX = 64;

/** Query of GET /group/app_list (our extension, admin token); an empty keyword lists every live group. */
export class GroupAppListQueryDto {
  @ApiPropertyOptional({ maxLength: APP_GROUP_KEYWORD_MAX, description: 'part of the group name, any case; absent or empty: every live group' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsOptional()
  @IsString({ message: 'keyword: must be a string' })
  @MaxLength(APP_GROUP_KEYWORD_MAX, { message: `keyword: must be at most ${APP_GROUP_KEYWORD_MAX} characters` })
  keyword?: string;

  @IsCursor()
  cursor?: string;

  @IsLimit(APP_GROUP_LIST_LIMIT)
  limit: number = APP_GROUP_LIST_LIMIT.default;
}

/** A live group of the app in GET /group/app_list. */
export class GroupAppListItemDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) group_id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'integer', format: 'int64' }) owner_id!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'members now' }) member_count!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'most members the group holds' }) capacity!: number;
  @ApiProperty({ type: 'integer', enum: [0, 1, 2], description: '0 private, 1 public, 2 chatroom (as in /group/info)' }) type!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds' }) created_at!: number;
}

/** Body `{group_id, user_list}` of the batch member operations. */
export class GroupUserListDto {
  @IsId()
  group_id!: number;

  @ApiProperty({ type: 'integer', format: 'int64', isArray: true, maxItems: GROUP_BATCH_MAX, description: 'user ids' })
  @IsArray({ message: 'user_list: must be an array of user ids' })
  @ArrayMinSize(1, { message: 'user_list: must hold at least one user id' })
  @ArrayMaxSize(GROUP_BATCH_MAX, { message: `user_list: must hold at most ${GROUP_BATCH_MAX} user ids` })
  @IsInt({ each: true, message: 'user_list: every item must be an integer user id' })
  @Min(1, { each: true, message: 'user_list: every item must be a positive user id' })
  @Max(MAX_ID, { each: true, message: `user_list: every item must be at most ${MAX_ID}` })
  user_list!: number[];
}

/** One user's outcome in a batch group operation (maxim-semantics.md "Paging and limits"). */
export class GroupBatchResultDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty({ type: 'string', enum: ['success', 'fail'] }) result!: 'success' | 'fail';
  @ApiProperty({ type: 'string', nullable: true }) reason!: string | null;
}

export function batchSuccess(userId: number): GroupBatchResultDto {
  return { user_id: userId, result: 'success', reason: null };
}

export function batchFailure(userId: number, reason: string): GroupBatchResultDto {
  return { user_id: userId, result: 'fail', reason };
}

/** The ids in first-seen order without repeats: a batch acts once per user. */
export function distinctIds(ids: number[]): number[] {
  return [...new Set(ids)];
}
