import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsId } from '../common/validation';
import { AuthMode, UserSettingsEntity } from './user-settings.entity';

export const AUTH_TEXT_MAX_LENGTH = 256;
export const PUSH_NICK_NAME_MAX_LENGTH = 64;
const AUTH_MODES = [AuthMode.Anyone, AuthMode.Approval, AuthMode.Answer, AuthMode.RefuseAll];
const AUTH_MODE_DOC = '0 anyone may add; 1 approval needed; 2 correct auth_answer needed; 3 refuse all';

// Query strings arrive as text and the global pipe converts nothing implicitly: these turn exactly
// "true"/"false" and whole numbers into values and leave anything else as it came, so the
// validators below refuse it with their own message.
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toWholeNumber = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value);

function IsSwitch(options: { optional?: boolean; description?: string } = {}) {
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional({ type: 'boolean', description: options.description })] : [ApiProperty({ type: 'boolean', description: options.description })]),
    IsBoolean({ message: '$property: must be true or false' }),
  );
}

function IsHour(options: { optional?: boolean; description?: string } = {}) {
  const doc = { type: 'integer', minimum: 0, maximum: 23, description: options.description } as const;
  const message = '$property: must be a whole hour from 0 to 23';
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional({ ...doc, nullable: true })] : [ApiProperty(doc)]),
    IsInt({ message }),
    Min(0, { message }),
    Max(23, { message }),
  );
}

function IsSettingText(maxLength: number, description: string, options: { optional?: boolean } = {}) {
  const doc = { type: 'string', minLength: 1, maxLength, description } as const;
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional({ ...doc, nullable: true })] : [ApiProperty(doc)]),
    IsString({ message: '$property: must be a string' }),
    MinLength(1, { message: options.optional ? '$property: must not be empty; send null to clear it' : '$property: must not be empty' }),
    MaxLength(maxLength, { message: `$property: must be at most ${maxLength} characters` }),
  );
}

/**
 * The body of POST/PUT /user/settings: MaxIM's UserSettings object, every field optional. Only the
 * fields sent change; null clears a nullable field. `id`, `user_id` and `push_token` are accepted
 * because the SDKs send the whole object back, but they cannot change anything (README).
 */
export class UserSettingsUpdateDto {
  @IsId({ optional: true, description: 'the acting user; must be that user when sent' })
  id?: number | null;

  @IsId({ optional: true, description: 'the acting user; must be that user when sent' })
  user_id?: number | null;

  @ApiPropertyOptional({ type: 'integer', enum: AUTH_MODES, description: AUTH_MODE_DOC })
  @IsOptional()
  @IsInt({ message: '$property: must be 0, 1, 2 or 3' })
  @IsIn(AUTH_MODES, { message: '$property: must be 0, 1, 2 or 3' })
  auth_mode?: AuthMode | null;

  @IsSettingText(AUTH_TEXT_MAX_LENGTH, 'the question asked when auth_mode is 2', { optional: true })
  auth_question?: string | null;

  @IsSettingText(AUTH_TEXT_MAX_LENGTH, 'the answer expected when auth_mode is 2', { optional: true })
  auth_answer?: string | null;

  @IsSwitch({ optional: true, description: 'download thumbnails and files automatically' })
  auto_download?: boolean | null;

  @IsSwitch({ optional: true, description: 'group invitations wait for the user to accept' })
  group_confirm?: boolean | null;

  @IsSwitch({ optional: true, description: 'no push notifications at all' })
  no_push?: boolean | null;

  @IsSwitch({ optional: true, description: 'push notifications without the message text' })
  no_push_detail?: boolean | null;

  @IsHour({ optional: true, description: 'start of the daily no-push hours' })
  no_push_start_hour?: number | null;

  @IsHour({ optional: true, description: 'end of the daily no-push hours' })
  no_push_end_hour?: number | null;

  @IsSwitch({ optional: true, description: 'no sound for new messages' })
  no_sounds?: boolean | null;

  @IsSwitch({ optional: true, description: 'vibrate for new messages' })
  vibratory?: boolean | null;

  @IsSettingText(PUSH_NICK_NAME_MAX_LENGTH, 'the sender name shown in push notifications', { optional: true })
  push_nick_name?: string | null;

  @IsHour({ optional: true, description: 'start of the daily silent-push hours' })
  silence_start_time?: number | null;

  @IsHour({ optional: true, description: 'end of the daily silent-push hours' })
  silence_end_time?: number | null;

  @ApiPropertyOptional({ type: 'string', description: "read-only: accepted only when equal to the calling device's push token" })
  @IsOptional()
  @IsString({ message: '$property: must be a string' })
  push_token?: string | null;
}

/** Query of /user/authmode. */
export class UserSettingsAuthModeDto {
  @ApiProperty({ type: 'integer', enum: AUTH_MODES, description: AUTH_MODE_DOC })
  @Transform(toWholeNumber)
  @IsInt({ message: '$property: must be 0, 1, 2 or 3' })
  @IsIn(AUTH_MODES, { message: '$property: must be 0, 1, 2 or 3' })
  value!: AuthMode;
}

/** Query of the on/off setters: /user/download, /user/push, /user/push/detail, /user/sounds, /user/vibratory. */
export class UserSettingsSwitchDto {
  @Transform(toBoolean)
  @IsSwitch({ description: 'exactly true or false' })
  value!: boolean;
}

/** Query of /user/push/limit. */
export class UserSettingsPushLimitDto {
  @Transform(toWholeNumber)
  @IsHour({ description: 'start of the daily no-push hours' })
  no_push_start_hour!: number;

  @Transform(toWholeNumber)
  @IsHour({ description: 'end of the daily no-push hours' })
  no_push_end_hour!: number;
}

/** Query of /user/push/nickname. */
export class UserSettingsPushNicknameDto {
  @IsSettingText(PUSH_NICK_NAME_MAX_LENGTH, 'the sender name shown in push notifications')
  value!: string;
}

export class UserSettingsResponseDto {
  @ApiProperty({ type: 'integer', format: 'int64', description: 'the user id (MaxIM keeps a settings id; ours is the user id)' }) id!: number;
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty({ type: 'integer', enum: AUTH_MODES, description: AUTH_MODE_DOC }) auth_mode!: number;
  @ApiProperty({ type: 'string', nullable: true }) auth_question!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) auth_answer!: string | null;
  @ApiProperty() auto_download!: boolean;
  @ApiProperty() group_confirm!: boolean;
  @ApiProperty() no_push!: boolean;
  @ApiProperty() no_push_detail!: boolean;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 23 }) no_push_start_hour!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 23 }) no_push_end_hour!: number | null;
  @ApiProperty() no_sounds!: boolean;
  @ApiProperty() vibratory!: boolean;
  @ApiProperty({ type: 'string', nullable: true }) push_nick_name!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 23, description: 'start hour of the daily silent-push hours' }) silence_start_time!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, maximum: 23, description: 'end hour of the daily silent-push hours' }) silence_end_time!: number | null;
  @ApiProperty({ type: 'string', nullable: true, description: "the calling device's push token; null when the token names no device" })
  push_token!: string | null;
}

export function mapUserSettings(settings: UserSettingsEntity, pushToken: string | null): UserSettingsResponseDto {
  return {
    id: settings.userId,
    user_id: settings.userId,
    auth_mode: settings.authMode,
    auth_question: settings.authQuestion,
    auth_answer: settings.authAnswer,
    auto_download: settings.autoDownload,
    group_confirm: settings.groupConfirm,
    no_push: settings.noPush,
    no_push_detail: settings.noPushDetail,
    no_push_start_hour: settings.noPushStartHour,
    no_push_end_hour: settings.noPushEndHour,
    no_sounds: settings.noSounds,
    vibratory: settings.vibratory,
    push_nick_name: settings.pushNickName,
    silence_start_time: settings.silenceStartTime,
    silence_end_time: settings.silenceEndTime,
    push_token: pushToken,
  };
}

/** Body of POST/PUT /user/privacy (our extension): only the switches sent change. */
export class UserPrivacyUpdateDto {
  @IsSwitch({ optional: true, description: 'others may find the user by mobile number (GET /roster/mobile)' })
  mobile_searchable?: boolean;

  @IsSwitch({ optional: true, description: 'others may find the user by exact username (GET /roster/name)' })
  username_searchable?: boolean;

  @IsSwitch({ optional: true, description: 'the user accepts pokes; clients check it before sending one' })
  poke_allowed?: boolean;
}

/**
 * Answer of GET /user/privacy (our extension): our switches, and MaxIM's two settings that are
 * privacy too (friend verification is auth_mode, direct add to groups is group_confirm false), so
 * a client reads every privacy choice in one call; those two are still set through /user/settings.
 */
export class UserPrivacyDto {
  @ApiProperty() mobile_searchable!: boolean;
  @ApiProperty() username_searchable!: boolean;
  @ApiProperty() poke_allowed!: boolean;
  @ApiProperty({ type: 'integer', enum: AUTH_MODES, description: 'friend verification: 0 anyone may add; 1 approval needed; 2 correct answer needed; 3 refuse all' }) auth_mode!: number;
  @ApiProperty({ description: 'true: a group invitation waits for the user to accept; false: others add the user to groups directly' }) group_confirm!: boolean;
}

export function mapUserPrivacy(settings: UserSettingsEntity): UserPrivacyDto {
  return {
    mobile_searchable: settings.mobileSearchable,
    username_searchable: settings.usernameSearchable,
    poke_allowed: settings.pokeAllowed,
    auth_mode: settings.authMode,
    group_confirm: settings.groupConfirm,
  };
}
