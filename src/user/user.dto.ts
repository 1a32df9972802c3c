import { PipeTransform } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { ApiError } from '../common/errors/error-codes';
import { IsId, IsPassword, IsUsername, MAX_ID } from '../common/validation';
import { Gender, GENDERS, UserEntity, UserStatus } from './user.entity';
import { NumberFromText } from '../common/number-text';
import { Transform } from 'class-transformer';
import { IsCursor, IsLimit } from '../common/pagination/page-query';

export const MOBILE_PATTERN = /^(\+[0-9]{8,}|1[3-9][0-9]\d{8})$/;
export const REGISTER_BATCH_MAX = 100;

/** Profile field limits (ours; MaxIM publishes none), in characters. */
export const NICK_NAME_MAX = 64;
export const DESCRIPTION_MAX = 1024;
export const INFO_MAX = 4096;
export const AVATAR_MAX = 1024;
export const PROFILE_BATCH_MAX = 100;
export const STATUS_LIST_MAX = 1000;
export const LIST_PAGE_SIZE_MAX = 200;
export const OPEN_ID_TYPE_MAX = 32;
export const OPEN_ID_MAX = 256;
export const REGION_MAX = 64;
/** The earliest birthday taken; a later one must not be in the future. */
export const EARLIEST_BIRTHDAY = '1900-01-01';

/** "" (clear), or a real calendar day (no 2023-02-30) between EARLIEST_BIRTHDAY and today (UTC). */
function isBirthday(value: unknown): boolean {
  if (value === '') return true;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  const today = new Date().toISOString().slice(0, 10);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value && value >= EARLIEST_BIRTHDAY && value <= today;
}

const MOBILE_MESSAGE = 'mobile: must be a mainland China mobile number or +<country code><number>';

export class UserRegisterV2Dto {
  @IsUsername()
  username!: string;

  @IsPassword()
  password!: string;
}

export class UserRegisterDto extends UserRegisterV2Dto {
  @ApiPropertyOptional({ pattern: MOBILE_PATTERN.source })
  @IsOptional()
  @IsString({ message: 'mobile: must be a string' })
  @Matches(MOBILE_PATTERN, { message: MOBILE_MESSAGE })
  mobile?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email: must be an email address' })
  @MaxLength(254, { message: 'email: must be at most 254 characters' })
  email?: string;

  @ApiPropertyOptional({ description: 'proof of the mobile (else the email): the 6-digit register code from /user/send_code, or a verification_token of purpose register; required when the app says so (10015)' })
  @IsOptional()
  @IsString({ message: 'verification_code: must be a string' })
  @MaxLength(128, { message: 'verification_code: must be at most 128 characters' })
  verification_code?: string;
}

export class UserRegisterBatchDto {
  @ApiProperty({ type: [UserRegisterV2Dto], maxItems: REGISTER_BATCH_MAX })
  @IsArray({ message: 'list: must be an array of {username, password}' })
  @ArrayMinSize(1, { message: 'list: must hold at least one user' })
  @ArrayMaxSize(REGISTER_BATCH_MAX, { message: `list: must hold at most ${REGISTER_BATCH_MAX} users` })
  @IsObject({ each: true, message: 'list: every item must be an object {username, password}' })
  list!: Record<string, unknown>[];
}

export class UserRegisterBatchResultDto {
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true, description: 'null when the item failed' }) user_id!: number | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'as sent; null when the item sent no string username' }) username!: string | null;
  @ApiProperty() success!: boolean;
  @ApiProperty({ type: 'string', nullable: true, description: 'why the item failed; null on success' }) reason!: string | null;
}

/** GET /user/profile leaves out unset fields (@OmitNullFields), so they are optional rather than nullable. */
export class UserProfileResponseDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty() username!: string;
  @ApiProperty({ type: 'string', required: false }) nick_name!: string | null;
  @ApiProperty({ type: 'string', required: false }) avatar!: string | null;
  @ApiProperty({ type: 'string', required: false }) description!: string | null;
  @ApiProperty({ type: 'string', required: false }) mobile!: string | null;
  @ApiProperty({ type: 'string', required: false }) email!: string | null;
  @ApiProperty({ type: 'string', required: false }) public_info!: string | null;
  @ApiProperty({ type: 'string', required: false, description: 'only to the user itself, or an admin acting as it' }) private_info?: string | null;
  @ApiProperty({ type: 'string', enum: GENDERS, required: false, description: 'ours (extended profile)' }) gender?: Gender | null;
  @ApiProperty({ type: 'string', format: 'date', example: '1990-04-30', required: false, description: 'ours (extended profile): YYYY-MM-DD' }) birthday?: string | null;
  @ApiProperty({ type: 'string', maxLength: REGION_MAX, required: false, description: 'ours (extended profile): free text, for example "CN-Shanghai"' }) region?: string | null;
}

/** `ownView` adds the fields only the user itself (or an admin acting as it) may see. */
export function mapUserProfile(user: UserEntity, ownView: boolean): UserProfileResponseDto {
  const profile: UserProfileResponseDto = {
    user_id: user.id,
    username: user.username,
    nick_name: user.nickName,
    avatar: user.avatar,
    description: user.description,
    mobile: ownView ? user.mobile : null,
    email: ownView ? user.email : null,
    public_info: user.publicInfo,
    gender: user.gender,
    birthday: user.birthday,
    region: user.region,
  };
  if (ownView) profile.private_info = user.privateInfo;
  return profile;
}

export const PROFILE_FIELDS = ['description', 'nick_name', 'private_info', 'public_info', 'gender', 'birthday', 'region'] as const;

/**
 * Only the fields sent with a value change: an absent or null field is left as it is (MaxIM
 * updates "only the fields with content"), an empty string clears it.
 */
export class UserUpdateProfileDto {
  @ApiPropertyOptional({ type: 'string', maxLength: DESCRIPTION_MAX })
  @IsOptional()
  @IsString({ message: 'description: must be a string' })
  @MaxLength(DESCRIPTION_MAX, { message: `description: must be at most ${DESCRIPTION_MAX} characters` })
  description?: string | null;

  @ApiPropertyOptional({ type: 'string', maxLength: NICK_NAME_MAX })
  @IsOptional()
  @IsString({ message: 'nick_name: must be a string' })
  @MaxLength(NICK_NAME_MAX, { message: `nick_name: must be at most ${NICK_NAME_MAX} characters` })
  nick_name?: string | null;

  @ApiPropertyOptional({ type: 'string', maxLength: INFO_MAX, description: 'seen only by the user itself' })
  @IsOptional()
  @IsString({ message: 'private_info: must be a string' })
  @MaxLength(INFO_MAX, { message: `private_info: must be at most ${INFO_MAX} characters` })
  private_info?: string | null;

  @ApiPropertyOptional({ type: 'string', maxLength: INFO_MAX, description: 'seen by everyone' })
  @IsOptional()
  @IsString({ message: 'public_info: must be a string' })
  @MaxLength(INFO_MAX, { message: `public_info: must be at most ${INFO_MAX} characters` })
  public_info?: string | null;

  @ApiPropertyOptional({ enum: [...GENDERS, ''], description: 'ours (extended profile); "" clears it' })
  @IsOptional()
  @IsIn([...GENDERS, ''], { message: `gender: must be one of ${GENDERS.join(', ')}, or "" to clear it` })
  gender?: Gender | '' | null;

  @ApiPropertyOptional({ type: 'string', format: 'date', example: '1990-04-30', description: `ours (extended profile): YYYY-MM-DD, from ${EARLIEST_BIRTHDAY} to today; "" clears it` })
  @IsOptional()
  @IsString({ message: 'birthday: must be a string' })
  @ValidateBy({ name: 'isBirthday', validator: { validate: isBirthday } }, { message: `birthday: must be a date YYYY-MM-DD from ${EARLIEST_BIRTHDAY} to today, or "" to clear it` })
  birthday?: string | null;

  @ApiPropertyOptional({ type: 'string', maxLength: REGION_MAX, description: 'ours (extended profile): free text; "" clears it' })
  @IsOptional()
  @IsString({ message: 'region: must be a string' })
  @MaxLength(REGION_MAX, { message: `region: must be at most ${REGION_MAX} characters` })
  region?: string | null;
}

export class UserUpdateProfileBatchItemDto extends UserUpdateProfileDto {
  @IsId()
  user_id!: number;
}

export class UserUpdateProfileBatchDto {
  @ApiProperty({ type: [UserUpdateProfileBatchItemDto], maxItems: PROFILE_BATCH_MAX })
  @IsArray({ message: 'list: must be an array of {user_id, description, nick_name, private_info, public_info}' })
  @ArrayMinSize(1, { message: 'list: must hold at least one user' })
  @ArrayMaxSize(PROFILE_BATCH_MAX, { message: `list: must hold at most ${PROFILE_BATCH_MAX} users` })
  @IsObject({ each: true, message: 'list: every item must be an object {user_id, description, nick_name, private_info, public_info}' })
  list!: Record<string, unknown>[];
}

/** An avatar is a URL or a key of this server's file store, so any string up to the limit is taken. */
export class UserSetAvatarDto {
  @ApiProperty({ maxLength: AVATAR_MAX, description: 'avatar URL or file-store key' })
  @IsString({ message: 'avatar: must be a string' })
  @MaxLength(AVATAR_MAX, { message: `avatar: must be at most ${AVATAR_MAX} characters` })
  avatar!: string;
}

export class UserSetAvatarBatchItemDto extends UserSetAvatarDto {
  @IsId()
  user_id!: number;
}

export class UserSetAvatarBatchDto {
  @ApiProperty({ type: [UserSetAvatarBatchItemDto], maxItems: PROFILE_BATCH_MAX })
  @IsArray({ message: 'list: must be an array of {user_id, avatar}' })
  @ArrayMinSize(1, { message: 'list: must hold at least one user' })
  @ArrayMaxSize(PROFILE_BATCH_MAX, { message: `list: must hold at most ${PROFILE_BATCH_MAX} users` })
  @IsObject({ each: true, message: 'list: every item must be an object {user_id, avatar}' })
  list!: Record<string, unknown>[];
}

export class UserBatchResultDto {
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true, description: 'null when the item named no valid user id' }) user_id!: number | null;
  @ApiProperty() success!: boolean;
  @ApiProperty({ type: 'string', nullable: true, description: 'why the item failed; null on success' }) reason!: string | null;
}

export class UserSetNicknameDto {
  @ApiProperty({ minLength: 1, maxLength: NICK_NAME_MAX })
  @IsString({ message: 'nick_name: must be a string' })
  @MinLength(1, { message: 'nick_name: must not be empty; clear it with /user/profile {"nick_name": ""}' })
  @MaxLength(NICK_NAME_MAX, { message: `nick_name: must be at most ${NICK_NAME_MAX} characters` })
  nick_name!: string;
}

export class UserSetUsernameDto {
  @IsUsername()
  username!: string;
}

export class UserSetMobileDto {
  @ApiProperty({ pattern: MOBILE_PATTERN.source })
  @IsString({ message: 'mobile: must be a string' })
  @Matches(MOBILE_PATTERN, { message: MOBILE_MESSAGE })
  mobile!: string;

  @ApiPropertyOptional({ description: 'ours: the 6-digit bind_mobile code, or a verification_token of purpose bind_mobile; required when the app says so (10015)' })
  @IsOptional()
  @IsString({ message: 'verification_code: must be a string' })
  @MaxLength(128, { message: 'verification_code: must be at most 128 characters' })
  verification_code?: string;
}

export class UserSetEmailDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email: must be an email address' })
  @MaxLength(254, { message: 'email: must be at most 254 characters' })
  email!: string;

  @ApiPropertyOptional({ description: 'the 6-digit bind_email code, or a verification_token of purpose bind_email; required when the app says so (10015)' })
  @IsOptional()
  @IsString({ message: 'verification_code: must be a string' })
  @MaxLength(128, { message: 'verification_code: must be at most 128 characters' })
  verification_code?: string;
}

export class UserMobileDto {
  @ApiProperty({ pattern: MOBILE_PATTERN.source })
  @IsString({ message: 'mobile: must be a string' })
  @Matches(MOBILE_PATTERN, { message: MOBILE_MESSAGE })
  mobile!: string;
}

export class UserResetPasswordDto {
  @ApiProperty({ description: 'from /user/verify_code with purpose reset_password' })
  @IsString({ message: 'verification_token: must be a string' })
  @MaxLength(128, { message: 'verification_token: must be at most 128 characters' })
  verification_token!: string;

  @IsPassword()
  password!: string;
}

/**
 * /user/public and /user/private take the info as the whole body, a bare string (the swagger's
 * `info`): a JSON string ("...") or a text/plain body. The global pipe leaves string-typed bodies
 * alone, so this pipe is what refuses objects, numbers and missing bodies.
 */
export class UserInfoBodyPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (value === undefined || value === null) {
      throw ApiError.badParameter('info: is required; send the info as a JSON string body or as text/plain');
    }
    if (typeof value !== 'string') {
      throw ApiError.badParameter('info: must be a string; send it as a JSON string body ("...") or as text/plain, not as an object');
    }
    if (value.length > INFO_MAX) throw ApiError.badParameter(`info: must be at most ${INFO_MAX} characters`);
    return value;
  }
}

export class UserChangePasswordDto {
  @ApiProperty()
  @IsString({ message: 'old_password: must be a string' })
  @MaxLength(128, { message: 'old_password: must be at most 128 characters' })
  old_password!: string;

  @IsPassword()
  new_password!: string;
}

export class UserChangePasswordAdminDto {
  @IsPassword()
  password!: string;
}

export class UserDeleteDto {
  @ApiPropertyOptional({ description: 'required with a user token; not needed with an admin token' })
  @IsOptional()
  @IsString({ message: 'password: must be a string' })
  @MaxLength(128, { message: 'password: must be at most 128 characters' })
  password?: string;
}

export class UserIdListDto {
  @ApiProperty({ type: 'integer', format: 'int64', isArray: true, maxItems: STATUS_LIST_MAX, description: 'user ids (int64)' })
  @IsArray({ message: 'list: must be an array of integer user ids' })
  @ArrayMinSize(1, { message: 'list: must hold at least one user id' })
  @ArrayMaxSize(STATUS_LIST_MAX, { message: `list: must hold at most ${STATUS_LIST_MAX} user ids` })
  @IsInt({ each: true, message: 'list: must be an array of integer user ids' })
  @Min(1, { each: true, message: 'list: every item must be a positive user id' })
  @Max(MAX_ID, { each: true, message: `list: every item must be at most ${MAX_ID}` })
  list!: number[];
}

export class UserListDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: 'page_num: must be an integer' })
  @Min(1, { message: 'page_num: must be at least 1' })
  @Max(MAX_ID, { message: `page_num: must be at most ${MAX_ID}` })
  page_num: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: LIST_PAGE_SIZE_MAX, default: 50 })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: 'page_size: must be an integer' })
  @Min(1, { message: 'page_size: must be at least 1' })
  @Max(LIST_PAGE_SIZE_MAX, { message: `page_size: must be at most ${LIST_PAGE_SIZE_MAX}` })
  page_size: number = 50;
}

export class UserListItemDto {
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty() username!: string;
  @ApiProperty({ type: 'integer', enum: [0, 1], description: '0 normal, 1 disabled' }) status!: UserStatus;
}

export const ADMIN_SEARCH_LIMIT = { default: 20, max: 100 };
export const ADMIN_SEARCH_KEYWORD_MAX = 64;

/** Query of GET /user/search (our extension, admin token). */
export class UserAdminSearchDto {
  @ApiProperty({ minLength: 1, maxLength: ADMIN_SEARCH_KEYWORD_MAX, description: 'part of a username or nick name (any case); also an exact user id, or an exact email address' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'keyword: must be a string' })
  @MinLength(1, { message: 'keyword: is required; send 1 to 64 characters' })
  @MaxLength(ADMIN_SEARCH_KEYWORD_MAX, { message: `keyword: must be at most ${ADMIN_SEARCH_KEYWORD_MAX} characters` })
  keyword!: string;

  @IsCursor()
  cursor?: string;

  @IsLimit(ADMIN_SEARCH_LIMIT)
  limit: number = ADMIN_SEARCH_LIMIT.default;
}

/** A user found by GET /user/search: the /user/list item with the names and avatar the console shows. */
export class UserAdminSearchItemDto extends UserListItemDto {
  @ApiProperty({ type: 'string', nullable: true }) nick_name!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) avatar!: string | null;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'registration time, epoch milliseconds' }) created_at!: number;
}

export class UserBindOpenIdDto {
  @ApiProperty({ minLength: 1, maxLength: OPEN_ID_MAX })
  @IsString({ message: 'open_id: must be a string' })
  @MinLength(1, { message: 'open_id: must not be empty' })
  @MaxLength(OPEN_ID_MAX, { message: `open_id: must be at most ${OPEN_ID_MAX} characters` })
  open_id!: string;

  @ApiProperty({ minLength: 1, maxLength: OPEN_ID_TYPE_MAX, description: 'the third party, e.g. wechat or apple' })
  @IsString({ message: 'type: must be a string' })
  @MinLength(1, { message: 'type: must not be empty' })
  @MaxLength(OPEN_ID_TYPE_MAX, { message: `type: must be at most ${OPEN_ID_TYPE_MAX} characters` })
  type!: string;
}
