import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsPassword, IsUsername } from '../common/validation';
import { IsDeviceSn, IsDeviceSnQuery } from './device.dto';

export const MAX_BADGE = 99_999;
export const MAX_TAGS_PER_REQUEST = 100;
export const MAX_TAG_LENGTH = 64;
export const MAX_ALIAS_LENGTH = 64;

export class PushTokenBindDto {
  @IsDeviceSn()
  device_sn!: number;

  @ApiProperty({ minLength: 1, maxLength: 512, description: "the vendor's token for the installation (APNs device token, FCM registration token, …)" })
  @IsString({ message: 'device_token: must be a string' })
  @MinLength(1, { message: 'device_token: must be 1 to 512 characters' })
  @MaxLength(512, { message: 'device_token: must be 1 to 512 characters' })
  device_token!: string;

  @ApiProperty({ minLength: 1, maxLength: 64, description: "name of the app's push certificate for the vendor" })
  @IsString({ message: 'notifier_name: must be a string' })
  @MinLength(1, { message: 'notifier_name: must be 1 to 64 characters' })
  @MaxLength(64, { message: 'notifier_name: must be 1 to 64 characters' })
  notifier_name!: string;
}

/** MaxIM spells this query parameter in camelCase. */
export class PushTokenUnbindDto {
  @IsDeviceSnQuery()
  deviceSn!: number;
}

const PUSH_TOKEN_DOC = { minLength: 1, maxLength: 128, description: 'a push_token a login with device_guid returned' };

export class PushAliasDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_ALIAS_LENGTH })
  @IsString({ message: 'alias: must be a string' })
  @MinLength(1, { message: `alias: must be 1 to ${MAX_ALIAS_LENGTH} characters` })
  @MaxLength(MAX_ALIAS_LENGTH, { message: `alias: must be 1 to ${MAX_ALIAS_LENGTH} characters` })
  alias!: string;

  @ApiPropertyOptional({ ...PUSH_TOKEN_DOC, description: 'set the alias of this device of the user only' })
  @IsOptional()
  @IsString({ message: 'push_token: must be a string' })
  @MinLength(1, { message: 'push_token: must be 1 to 128 characters' })
  @MaxLength(128, { message: 'push_token: must be 1 to 128 characters' })
  push_token?: string;
}

export class PushBadgeDto {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: MAX_BADGE })
  @IsInt({ message: 'badge: must be an integer' })
  @Min(0, { message: `badge: must be 0 to ${MAX_BADGE}` })
  @Max(MAX_BADGE, { message: `badge: must be 0 to ${MAX_BADGE}` })
  badge!: number;
}

export class PushTagListDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_TAGS_PER_REQUEST, description: `each 1 to ${MAX_TAG_LENGTH} characters` })
  @IsArray({ message: 'tags: must be an array of strings' })
  @ArrayMinSize(1, { message: 'tags: must hold at least one tag' })
  @ArrayMaxSize(MAX_TAGS_PER_REQUEST, { message: `tags: must hold at most ${MAX_TAGS_PER_REQUEST} tags` })
  @IsString({ each: true, message: 'tags: every tag must be a string' })
  @MinLength(1, { each: true, message: `tags: every tag must be 1 to ${MAX_TAG_LENGTH} characters` })
  @MaxLength(MAX_TAG_LENGTH, { each: true, message: `tags: every tag must be 1 to ${MAX_TAG_LENGTH} characters` })
  tags!: string[];
}

export class PushUserRegisterDto {
  @IsUsername()
  username!: string;

  @IsPassword()
  password!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 128, description: "the client's device id; when set, the user's first device is created" })
  @IsOptional()
  @IsString({ message: 'device_guid: must be a string' })
  @MinLength(1, { message: 'device_guid: must be 1 to 128 characters' })
  @MaxLength(128, { message: 'device_guid: must be 1 to 128 characters' })
  device_guid?: string;

  @ApiPropertyOptional({ ...PUSH_TOKEN_DOC, description: "the device's push token (needs device_guid); generated when absent" })
  @IsOptional()
  @IsString({ message: 'push_token: must be a string' })
  @MinLength(1, { message: 'push_token: must be 1 to 128 characters' })
  @MaxLength(128, { message: 'push_token: must be 1 to 128 characters' })
  push_token?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_ALIAS_LENGTH, description: "the device's alias (needs device_guid)" })
  @IsOptional()
  @IsString({ message: 'alias: must be a string' })
  @MinLength(1, { message: `alias: must be 1 to ${MAX_ALIAS_LENGTH} characters` })
  @MaxLength(MAX_ALIAS_LENGTH, { message: `alias: must be 1 to ${MAX_ALIAS_LENGTH} characters` })
  alias?: string;

  @ApiPropertyOptional({
    description:
      'lowercase hex HMAC-SHA256 with the app secret as key over app_id, username, device_guid, push_token and alias joined by "\\n" (absent fields as ""); not needed with the app admin access-token',
  })
  @IsOptional()
  @IsString({ message: 'sign: must be a string' })
  @MaxLength(128, { message: 'sign: must be at most 128 characters' })
  sign?: string;
}

/** What a push channel needs to reach one device. */
export interface PushTarget {
  userId: number;
  deviceSn: number;
  platform: number | null;
  notifierName: string | null;
  deviceToken: string | null;
  pushToken: string;
  badge: number;
}

/** Where the next page of a tag audience starts (keyset on user_id, device_sn). */
export interface AudiencePosition {
  userId: number;
  deviceSn: number;
}

export interface AudiencePage {
  targets: PushTarget[];
  /** Null on the last page. */
  next: AudiencePosition | null;
}
