import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NumberFromText } from '../common/number-text';
import { IsCursor, IsLimit } from '../common/pagination/page-query';
import { IsCoordinate, NEARBY_RADIUS } from '../common/location';

export const SEARCH_LIMIT = { default: 20, max: 100 };
export const NEARBY_LIMIT = { default: 20, max: 100 };
export const KEYWORD_MIN = 3;
/**
 * A name keyword ranks at most this many of its matches (the first the trigram index yields, in
 * table order, plus an exact username): each is a table row read and scored, so a keyword shared by
 * half the app costs little more than a rare one, and its pages end after this many users.
 */
export const SEARCH_CANDIDATES = 200;
export const KEYWORD_MAX = 64;

/** Query of GET /roster/search and GET /group/search (our extensions). */
export class SearchQueryDto {
  @ApiProperty({ minLength: KEYWORD_MIN, maxLength: KEYWORD_MAX, description: 'part of a name; or an id prefix (digits); or a whole email address' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: '$property: must be a string' })
  @MinLength(KEYWORD_MIN, { message: `$property: must be at least ${KEYWORD_MIN} characters` })
  @MaxLength(KEYWORD_MAX, { message: `$property: must be at most ${KEYWORD_MAX} characters` })
  keyword!: string;

  @IsCursor()
  cursor?: string;

  @IsLimit(SEARCH_LIMIT)
  limit: number = SEARCH_LIMIT.default;
}

/** Query of GET /roster/nearby and GET /group/nearby (our extensions): where the caller is now; not stored. */
export class NearbyQueryDto {
  @IsCoordinate('latitude', { fromText: true })
  latitude!: number;

  @IsCoordinate('longitude', { fromText: true })
  longitude!: number;

  @ApiPropertyOptional({ minimum: 100, maximum: NEARBY_RADIUS.max, default: NEARBY_RADIUS.default, description: 'metres' })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: '$property: must be a whole number of metres' })
  @Min(100, { message: '$property: must be at least 100 metres' })
  @Max(NEARBY_RADIUS.max, { message: `$property: must be at most ${NEARBY_RADIUS.max} metres` })
  radius: number = NEARBY_RADIUS.default;

  @IsCursor()
  cursor?: string;

  @IsLimit(NEARBY_LIMIT)
  limit: number = NEARBY_LIMIT.default;
}

/** Body of POST/PUT /user/location (our extension): share where the user is. */
export class UserLocationUpdateDto {
  @IsCoordinate('latitude')
  latitude!: number;

  @IsCoordinate('longitude')
  longitude!: number;
}

/** The caller's own shared location, as stored (snapped to the grid). */
export class UserLocationDto {
  @ApiProperty({ description: 'snapped to 0.01°' }) latitude!: number;
  @ApiProperty({ description: 'snapped to 0.01°' }) longitude!: number;
  @ApiProperty({ format: 'int64', description: 'when it was shared, epoch milliseconds' }) located_at!: number;
  @ApiProperty({ format: 'int64', description: 'seconds since it was shared' }) location_age!: number;
}

/** A user found by GET /roster/search: public fields only, never email or mobile. */
export class UserSearchItemDto {
  @ApiProperty({ format: 'int64' }) user_id!: number;
  @ApiProperty() username!: string;
  @ApiProperty({ type: 'string', nullable: true }) nick_name!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) avatar!: string | null;
}

/** A public group found by GET /group/search. */
export class GroupSearchItemDto {
  @ApiProperty({ format: 'int64' }) group_id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'string', nullable: true }) avatar!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) description!: string | null;
  @ApiProperty({ format: 'int64', description: 'members now' }) count!: number;
  @ApiProperty({ format: 'int64', description: 'most members the group holds' }) capacity!: number;
  @ApiProperty({ enum: [0, 1, 2], description: 'how applications are handled: 0 accept all, 1 admin approval, 2 refuse all' }) apply_approval!: number;
}

/** A user near the caller (GET /roster/nearby): the cell of their shared location, never the exact point. */
export class NearbyUserDto extends UserSearchItemDto {
  @ApiProperty({ description: 'the centre of the user’s 0.01° cell' }) latitude!: number;
  @ApiProperty({ description: 'the centre of the user’s 0.01° cell' }) longitude!: number;
  @ApiProperty({ format: 'int64', description: 'metres from the caller to the cell, in steps of 100' }) distance!: number;
  @ApiProperty({ format: 'int64', description: 'when the location was shared, epoch milliseconds' }) located_at!: number;
  @ApiProperty({ format: 'int64', description: 'seconds since the location was shared' }) location_age!: number;
}

/** A public group near the caller (GET /group/nearby). */
export class NearbyGroupDto extends GroupSearchItemDto {
  @ApiProperty() latitude!: number;
  @ApiProperty() longitude!: number;
  @ApiProperty({ type: 'string', nullable: true }) address!: string | null;
  @ApiProperty({ format: 'int64', description: 'metres from the caller, in steps of 100' }) distance!: number;
}
