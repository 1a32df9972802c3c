import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MOBILE_PATTERN } from '../user/user.dto';
import { SenderVendor } from './senders/code-sender';
import { SenderTemplates } from './verification.repository';
import { VerificationChannel, VerificationPolicy, VerificationPurpose, VERIFICATION_POLICIES, VERIFICATION_PURPOSES } from './verification.types';

const POLICIES_SCHEMA = { type: 'object' as const, additionalProperties: { type: 'string' as const, enum: [...VERIFICATION_POLICIES] } };
const STRINGS_SCHEMA = { type: 'object', additionalProperties: { type: 'string' } } as const;
const TEMPLATES_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'object', properties: { text: { type: 'string' }, subject: { type: 'string' }, template_id: { type: 'string' } } },
} as const;

const MOBILE_MESSAGE = 'mobile: must be a mainland China mobile number or +<country code><number>';

/** A mobile or an email: exactly one (checked by destinationOf). */
export class DestinationDto {
  @ApiPropertyOptional({ pattern: MOBILE_PATTERN.source, description: 'send this or email' })
  @IsOptional()
  @IsString({ message: 'mobile: must be a string' })
  @Matches(MOBILE_PATTERN, { message: MOBILE_MESSAGE })
  mobile?: string;

  @ApiPropertyOptional({ description: 'send this or mobile' })
  @IsOptional()
  @IsEmail({}, { message: 'email: must be an email address' })
  @MaxLength(254, { message: 'email: must be at most 254 characters' })
  email?: string;
}

export class CaptchaAnswerDto extends DestinationDto {
  @ApiPropertyOptional({ description: 'from GET /user/captcha/image, when the app asks for a captcha' })
  @IsOptional()
  @IsString({ message: 'captcha_id: must be a string' })
  @MaxLength(64, { message: 'captcha_id: must be at most 64 characters' })
  captcha_id?: string;

  @ApiPropertyOptional({ description: 'the characters in the captcha image, any case' })
  @IsOptional()
  @IsString({ message: 'captcha: must be a string' })
  @MaxLength(16, { message: 'captcha: must be at most 16 characters' })
  captcha?: string;
}

export class VerificationSendDto extends CaptchaAnswerDto {
  @ApiProperty({ enum: VERIFICATION_PURPOSES })
  @IsIn(VERIFICATION_PURPOSES, { message: `purpose: must be one of ${VERIFICATION_PURPOSES.join(', ')}` })
  purpose!: VerificationPurpose;

  @ApiPropertyOptional({ description: 'language of the message, e.g. en or zh-CN (default en)' })
  @IsOptional()
  @IsString({ message: 'language: must be a string' })
  @Matches(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$/, { message: 'language: must be a language tag such as en or zh-CN' })
  language?: string;
}

export class VerificationVerifyDto extends DestinationDto {
  @ApiProperty({ enum: VERIFICATION_PURPOSES })
  @IsIn(VERIFICATION_PURPOSES, { message: `purpose: must be one of ${VERIFICATION_PURPOSES.join(', ')}` })
  purpose!: VerificationPurpose;

  @ApiProperty({ pattern: '^\\d{6}$' })
  @IsString({ message: 'code: must be a string of 6 digits' })
  @Matches(/^\d{6}$/, { message: 'code: must be 6 digits' })
  code!: string;
}

export class CodeSentResponseDto {
  @ApiProperty({ format: 'int64', description: 'when the code stops working, epoch milliseconds' }) expire!: number;
  @ApiProperty({ description: 'seconds before another code may be sent to this destination' }) resend_after!: number;
}

export class VerificationTokenResponseDto {
  @ApiProperty({ description: 'single use; send as verification_token (or verification_code) of the action it was verified for' }) verification_token!: string;
  @ApiProperty({ format: 'int64', description: 'epoch milliseconds' }) expire!: number;
}

export class CaptchaResponseDto {
  @ApiProperty() captcha_id!: string;
  @ApiProperty({ description: 'the image, a data: URL of an SVG' }) image!: string;
  @ApiProperty({ format: 'int64', description: 'epoch milliseconds' }) expire!: number;
}

export class VerificationSettingsDto {
  @ApiPropertyOptional({ ...POLICIES_SCHEMA, description: `per purpose (${VERIFICATION_PURPOSES.join(', ')}): ${VERIFICATION_POLICIES.join(', ')}`, example: { register: 'required' } })
  @IsOptional()
  @IsObject({ message: 'policies: must be an object {purpose: policy}' })
  policies?: Partial<Record<VerificationPurpose, VerificationPolicy>>;

  @ApiPropertyOptional({ description: 'an image captcha before every code send' })
  @IsOptional()
  @IsBoolean({ message: 'captcha_before_send: must be true or false' })
  captcha_before_send?: boolean;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'an image captcha with password logins once the account has this many recent failures; null: never' })
  @IsOptional()
  @IsInt({ message: 'captcha_after_failed_logins: must be a whole number from 1 to 1000, or null' })
  @Min(1, { message: 'captcha_after_failed_logins: must be a whole number from 1 to 1000, or null' })
  @Max(1000, { message: 'captcha_after_failed_logins: must be a whole number from 1 to 1000, or null' })
  captcha_after_failed_logins?: number | null;

  @ApiPropertyOptional({ description: 'POST /token/code creates the user when no user has the mobile or email (and self-registration is open)' })
  @IsOptional()
  @IsBoolean({ message: 'signup_by_code: must be true or false' })
  signup_by_code?: boolean;
}

export class VerificationSettingsResponseDto {
  @ApiProperty(POLICIES_SCHEMA) policies!: Record<VerificationPurpose, VerificationPolicy>;
  @ApiProperty() captcha_before_send!: boolean;
  @ApiProperty({ type: 'integer', nullable: true }) captcha_after_failed_logins!: number | null;
  @ApiProperty() signup_by_code!: boolean;
}

const CHANNELS: VerificationChannel[] = ['sms', 'email'];
const VENDORS = Object.values(SenderVendor);

export class VerificationChannelDto {
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS, { message: 'channel: must be sms or email' })
  channel!: VerificationChannel;
}

export class VerificationSenderDto extends VerificationChannelDto {
  @ApiProperty({ enum: VENDORS })
  @IsIn(VENDORS, { message: `vendor: must be one of ${VENDORS.join(', ')}` })
  vendor!: SenderVendor;

  @ApiPropertyOptional({ ...STRINGS_SCHEMA, description: "the vendor's non-secret fields (src/verification/README.md \"Senders\")", example: { access_key_id: 'LTAI…', sign_name: 'MyApp' } })
  @IsOptional()
  @IsObject({ message: 'settings: must be an object of strings' })
  settings?: Record<string, string>;

  @ApiPropertyOptional({ description: 'the one secret (access key secret, SecretKey, apikey, auth token, SMTP password); sealed at rest' })
  @IsOptional()
  @IsString({ message: 'secret: must be a string' })
  @MaxLength(4096, { message: 'secret: must be at most 4096 characters' })
  secret?: string;

  @ApiPropertyOptional({ ...TEMPLATES_SCHEMA, description: 'per language: {text, subject, template_id}; {code} and {minutes} are filled in', example: { zh: { template_id: 'SMS_1234' } } })
  @IsOptional()
  @IsObject({ message: 'templates: must be an object {language: {text, subject, template_id}}' })
  templates?: SenderTemplates;
}

export class VerificationSenderResponseDto {
  @ApiProperty({ enum: CHANNELS }) channel!: VerificationChannel;
  @ApiProperty({ enum: VENDORS }) vendor!: SenderVendor;
  @ApiProperty(STRINGS_SCHEMA) settings!: Record<string, string>;
  @ApiProperty({ type: String, nullable: true, description: 'masked' }) secret!: string | null;
  @ApiProperty(TEMPLATES_SCHEMA) templates!: SenderTemplates;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class RegionNamesDto {
  @ApiProperty({ example: 'China' }) en!: string;
  @ApiProperty({ example: '中国' }) zh!: string;
}

export class RegionResponseDto {
  @ApiProperty({ description: 'dialling code without +' }) region!: string;
  @ApiProperty({ type: RegionNamesDto }) locale!: RegionNamesDto;
}
