import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { NumberFromText } from '../common/number-text';
import { IsId } from '../common/validation';

/** Paging of GET /user/favgroups (ours). */
export const FAVOURITE_GROUPS_LIMIT = { default: 100, max: 500 } as const;

/** Query of POST and DELETE /user/favgroups. */
export class FavouriteGroupQueryDto {
  @NumberFromText()
  @IsId({ description: 'a group the caller is a member of' })
  group_id!: number;
}

/** Query of GET /user/favgroups. */
export class FavouriteGroupListQueryDto {
  @ApiPropertyOptional({ description: 'the cursor of the previous page; none for the first page' })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: FAVOURITE_GROUPS_LIMIT.max, default: FAVOURITE_GROUPS_LIMIT.default })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be an integer' })
  @Min(1, { message: '$property: must be at least 1' })
  @Max(FAVOURITE_GROUPS_LIMIT.max, { message: `$property: must be at most ${FAVOURITE_GROUPS_LIMIT.max}` })
  limit: number = FAVOURITE_GROUPS_LIMIT.default;
}

/** A saved group as the list shows it (SealTalk's favgroups item, in MaxIM's field names). */
export class FavouriteGroupDto {
  @ApiProperty({ format: 'int64' }) group_id!: number;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ description: 'absent when the group has none' }) avatar?: string;
  @ApiProperty({ format: 'int64' }) owner_id!: number;
  @ApiProperty() member_count!: number;
  @ApiProperty({ format: 'int64', description: 'when the caller saved it, epoch milliseconds' }) saved_time!: number;
}
