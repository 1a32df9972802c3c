import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min } from 'class-validator';
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
