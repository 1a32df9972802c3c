import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsId } from '../common/validation';
import { DestinationDto } from '../verification/verification.dto';

/** The longest lifetime /token/issue gives: a year, like USER_TOKEN_TTL_SECONDS' own cap. */
export const ISSUED_TOKEN_TTL_MAX = 365 * 24 * 3600;

class DeviceGuidDto {
  @ApiPropertyOptional({ description: "the client's device id; when set, the device is registered and push_token returned" })
  @IsOptional()
  @IsString({ message: 'device_guid: must be a string' })
  @IsNotEmpty({ message: 'device_guid: must not be empty when sent' })
  @MaxLength(128, { message: 'device_guid: must be at most 128 characters' })
  device_guid?: string;
}

abstract class TokenRequestBase extends DeviceGuidDto {
  @ApiProperty()
  @IsString({ message: 'password: must be a string' })
  @IsNotEmpty({ message: 'password: must not be empty' })
  @MaxLength(128, { message: 'password: must be at most 128 characters' })
  password!: string;

  @ApiPropertyOptional({ description: 'ours: from GET /user/captcha/image, when the app asks for a captcha after failed logins (10016)' })
  @IsOptional()
  @IsString({ message: 'captcha_id: must be a string' })
  @MaxLength(64, { message: 'captcha_id: must be at most 64 characters' })
  captcha_id?: string;

  @ApiPropertyOptional({ description: 'ours: the characters in the captcha image, any case' })
  @IsOptional()
  @IsString({ message: 'captcha: must be a string' })
  @MaxLength(16, { message: 'captcha: must be at most 16 characters' })
  captcha?: string;
}

export class TokenByCodeDto extends IntersectionType(DestinationDto, DeviceGuidDto) {
  @ApiProperty({ description: 'the 6-digit login code from /user/send_code, or a verification_token of purpose login' })
  @IsString({ message: 'verification_code: must be a string' })
  @IsNotEmpty({ message: 'verification_code: must not be empty' })
  @MaxLength(128, { message: 'verification_code: must be at most 128 characters' })
  verification_code!: string;
}

export class TokenIssueDto extends DeviceGuidDto {
  @IsId()
  user_id!: number;

  @ApiPropertyOptional({ description: `lifetime in seconds, 60 to ${ISSUED_TOKEN_TTL_MAX} (default USER_TOKEN_TTL_SECONDS)` })
  @IsOptional()
  @IsInt({ message: `ttl: must be a whole number of seconds from 60 to ${ISSUED_TOKEN_TTL_MAX}` })
  @Min(60, { message: `ttl: must be a whole number of seconds from 60 to ${ISSUED_TOKEN_TTL_MAX}` })
  @Max(ISSUED_TOKEN_TTL_MAX, { message: `ttl: must be a whole number of seconds from 60 to ${ISSUED_TOKEN_TTL_MAX}` })
  ttl?: number;
}

export class TokenByUsernameDto extends TokenRequestBase {
  @ApiProperty({ description: 'username' })
  @IsString({ message: 'name: must be a string' })
  @IsNotEmpty({ message: 'name: must not be empty' })
  @MaxLength(64, { message: 'name: must be at most 64 characters' })
  name!: string;
}

export class TokenByUserIdDto extends TokenRequestBase {
  @IsId()
  user_id!: number;
}

export class TokenByLoginNameDto extends TokenRequestBase {
  @ApiProperty({ description: 'username, mobile or email' })
  @IsString({ message: 'login_name: must be a string' })
  @IsNotEmpty({ message: 'login_name: must not be empty' })
  @MaxLength(254, { message: 'login_name: must be at most 254 characters' })
  login_name!: string;
}

export class TokenResponseDto {
  @ApiProperty({ description: 'send as the access-token header' }) token!: string;
  @ApiProperty({ format: 'int64' }) user_id!: number;
  @ApiProperty({ format: 'int64', description: 'expiry, epoch milliseconds' }) expire!: number;
  @ApiPropertyOptional({ description: 'only when device_guid was sent' }) push_token?: string;
  @ApiPropertyOptional({ format: 'int32', description: 'device number of device_guid for this user' }) device_sn?: number;
  @ApiProperty({ description: 'download credential for /file/download/* (query store_token) where the access-token header cannot be sent; expires and is revoked with token' })
  store_token!: string;
  @ApiProperty({ format: 'int32', description: '0: connections are not end-to-end encrypted' }) encrypt_type!: number;
  @ApiProperty({ description: 'always "": no encrypted connection is offered (encrypt_type 0), so there is no key; MaxIM answers the field and its SDK stores it' })
  public_key!: string;
}
