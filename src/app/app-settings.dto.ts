import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

/** The largest group cap and file quota the operator CLI takes (9 and 15 digits), so both paths accept the same values. */
export const MAX_GROUPS_LIMIT = 999_999_999;
export const FILE_QUOTA_LIMIT = 999_999_999_999_999;

const MAX_GROUPS_RULE = `max_groups: must be a whole number from 0 to ${MAX_GROUPS_LIMIT}, or null to lift the cap`;
const FILE_QUOTA_RULE = `file_quota_bytes: must be a whole number of bytes from 0 to ${FILE_QUOTA_LIMIT}, or null for the server default`;

/** The app's settings the operator changes (GET and POST /app/settings, our extension). */
export class AppSettingsDto {
  @ApiProperty({ description: 'false: /user/register* needs the admin token' }) registration_open!: boolean;
  @ApiProperty({ description: 'false: users who are not friends cannot message each other' }) stranger_messages!: boolean;
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true, description: 'live groups the app may hold (20007 at the cap); null: no cap' }) max_groups!: number | null;
  @ApiProperty({ type: 'integer', format: 'int64', nullable: true, description: "the app's own storage quota in bytes (0: nothing may be stored); null: file_quota_default_bytes applies" })
  file_quota_bytes!: number | null;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'the server default quota (FILE_APP_QUOTA_BYTES); 0: no quota' }) file_quota_default_bytes!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'bytes the app stores now (thumbnails not counted)' }) file_used_bytes!: number;
}

/**
 * Body of POST /app/settings: any subset of the settings, at least one. A switch takes true or
 * false (null is refused: there is no default to fall back to); a limit takes null to lift it.
 */
export class AppSettingsUpdateDto {
  @ApiPropertyOptional({ type: 'boolean' })
  @ValidateIf((body: AppSettingsUpdateDto) => body.registration_open !== undefined)
  @IsBoolean({ message: 'registration_open: must be true or false' })
  registration_open?: boolean;

  @ApiPropertyOptional({ type: 'boolean' })
  @ValidateIf((body: AppSettingsUpdateDto) => body.stranger_messages !== undefined)
  @IsBoolean({ message: 'stranger_messages: must be true or false' })
  stranger_messages?: boolean;

  @ApiPropertyOptional({ type: 'integer', format: 'int64', minimum: 0, maximum: MAX_GROUPS_LIMIT, nullable: true, description: 'null lifts the cap' })
  @IsOptional()
  @IsInt({ message: MAX_GROUPS_RULE })
  @Min(0, { message: MAX_GROUPS_RULE })
  @Max(MAX_GROUPS_LIMIT, { message: MAX_GROUPS_RULE })
  max_groups?: number | null;

  @ApiPropertyOptional({ type: 'integer', format: 'int64', minimum: 0, maximum: FILE_QUOTA_LIMIT, nullable: true, description: 'null falls back to the server default' })
  @IsOptional()
  @IsInt({ message: FILE_QUOTA_RULE })
  @Min(0, { message: FILE_QUOTA_RULE })
  @Max(FILE_QUOTA_LIMIT, { message: FILE_QUOTA_RULE })
  file_quota_bytes?: number | null;
}

export const APP_SETTINGS_FIELDS = ['registration_open', 'stranger_messages', 'max_groups', 'file_quota_bytes'] as const;
