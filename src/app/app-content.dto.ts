import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NumberFromText } from '../common/number-text';
import { IsId } from '../common/validation';

/** Limits of operator content (ours). */
export const APP_CONTENT_LIMITS = {
  settingsPerApp: 200,
  settingName: /^[a-z0-9_.-]{1,64}$/,
  settingValueLength: 4096,
  discoverItemsPerApp: 100,
  discoverNameLength: 64,
  discoverUrlLength: 2048,
  discoverLogoLength: 1024,
  position: 1_000_000,
} as const;

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

/** Body of PUT /app/configs: the names to set, each to a string, or to null to remove it. */
export class AppClientConfigUpdateDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true, maxLength: APP_CONTENT_LIMITS.settingValueLength },
    example: { discover_name: 'Discover', register_sms: 'true', obsolete_flag: null },
    description: `names of 1–64 characters a-z 0-9 _ . -; a string sets the value, null removes the name; at most ${APP_CONTENT_LIMITS.settingsPerApp} names per app`,
  })
  @IsObject({ message: 'configs: must be an object of names to string values (or null to remove)' })
  configs!: Record<string, unknown>;
}

/** The app's client configuration (IM v1 `/configs`): every value is a string, as there. */
export class AppClientConfigDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'name → value, by name' })
  configs!: Record<string, string>;
}

/** Body of POST /app/discovers. */
export class AppDiscoverCreateDto {
  @ApiProperty({ minLength: 1, maxLength: APP_CONTENT_LIMITS.discoverNameLength })
  @IsString({ message: 'name: must be a string' })
  @MinLength(1, { message: 'name: must not be empty' })
  @MaxLength(APP_CONTENT_LIMITS.discoverNameLength, { message: `name: must be at most ${APP_CONTENT_LIMITS.discoverNameLength} characters` })
  name!: string;

  @ApiProperty({ maxLength: APP_CONTENT_LIMITS.discoverUrlLength, description: 'an http or https URL' })
  @IsString({ message: 'url: must be a string' })
  @MaxLength(APP_CONTENT_LIMITS.discoverUrlLength, { message: `url: must be at most ${APP_CONTENT_LIMITS.discoverUrlLength} characters` })
  @IsUrl(URL_OPTIONS, { message: 'url: must be an http or https URL' })
  url!: string;

  @ApiPropertyOptional({ maxLength: APP_CONTENT_LIMITS.discoverLogoLength, description: 'a URL or file-store key; "" clears it' })
  @IsOptional()
  @IsString({ message: 'logo: must be a string' })
  @MaxLength(APP_CONTENT_LIMITS.discoverLogoLength, { message: `logo: must be at most ${APP_CONTENT_LIMITS.discoverLogoLength} characters` })
  logo?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: APP_CONTENT_LIMITS.position, default: 0, description: 'smaller first; ties by creation' })
  @IsOptional()
  @IsInt({ message: 'position: must be an integer' })
  @Min(0, { message: 'position: must be at least 0' })
  @Max(APP_CONTENT_LIMITS.position, { message: `position: must be at most ${APP_CONTENT_LIMITS.position}` })
  position?: number;
}

/** Body of PUT /app/discovers: the fields sent change. */
export class AppDiscoverUpdateDto {
  @IsId({ description: 'an item of this app' })
  discover_id!: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: APP_CONTENT_LIMITS.discoverNameLength })
  @IsOptional()
  @IsString({ message: 'name: must be a string' })
  @MinLength(1, { message: 'name: must not be empty' })
  @MaxLength(APP_CONTENT_LIMITS.discoverNameLength, { message: `name: must be at most ${APP_CONTENT_LIMITS.discoverNameLength} characters` })
  name?: string;

  @ApiPropertyOptional({ maxLength: APP_CONTENT_LIMITS.discoverUrlLength })
  @IsOptional()
  @IsString({ message: 'url: must be a string' })
  @MaxLength(APP_CONTENT_LIMITS.discoverUrlLength, { message: `url: must be at most ${APP_CONTENT_LIMITS.discoverUrlLength} characters` })
  @IsUrl(URL_OPTIONS, { message: 'url: must be an http or https URL' })
  url?: string;

  @ApiPropertyOptional({ maxLength: APP_CONTENT_LIMITS.discoverLogoLength, description: '"" clears it' })
  @IsOptional()
  @IsString({ message: 'logo: must be a string' })
  @MaxLength(APP_CONTENT_LIMITS.discoverLogoLength, { message: `logo: must be at most ${APP_CONTENT_LIMITS.discoverLogoLength} characters` })
  logo?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: APP_CONTENT_LIMITS.position })
  @IsOptional()
  @IsInt({ message: 'position: must be an integer' })
  @Min(0, { message: 'position: must be at least 0' })
  @Max(APP_CONTENT_LIMITS.position, { message: `position: must be at most ${APP_CONTENT_LIMITS.position}` })
  position?: number;
}

/** Query of DELETE /app/discovers. */
export class AppDiscoverQueryDto {
  @NumberFromText()
  @IsId({ description: 'an item of this app' })
  discover_id!: number;
}

/** A link of the app's discover page (IM v1 `/discovers` item, without its access password). */
export class AppDiscoverItemDto {
  @ApiProperty({ format: 'int64' }) discover_id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() url!: string;
  @ApiPropertyOptional({ description: 'absent when unset' }) logo?: string;
  @ApiProperty() position!: number;
  @ApiProperty({ format: 'int64', description: 'epoch milliseconds' }) created_time!: number;
  @ApiProperty({ format: 'int64', description: 'epoch milliseconds' }) updated_time!: number;
}
