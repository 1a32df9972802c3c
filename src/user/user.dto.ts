import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsPassword, IsUsername } from '../common/validation';
import { UserEntity } from './user.entity';

export const MOBILE_PATTERN = /^(\+[0-9]{8,}|1[3-9][0-9]\d{8})$/;
export const REGISTER_BATCH_MAX = 100;

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
  @Matches(MOBILE_PATTERN, { message: 'mobile: must be a mainland China mobile number or +<country code><number>' })
  mobile?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'email: must be an email address' })
  @MaxLength(254, { message: 'email: must be at most 254 characters' })
  email?: string;

  @ApiPropertyOptional({ description: 'accepted for compatibility; this server sends no verification codes (see README)' })
  @IsOptional()
  @IsString({ message: 'verification_code: must be a string' })
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
  @ApiPropertyOptional({ format: 'int64' }) user_id!: number | null;
  @ApiPropertyOptional() username!: string | null;
  @ApiProperty() success!: boolean;
  @ApiPropertyOptional() reason!: string | null;
}

export class UserProfileResponseDto {
  @ApiProperty({ format: 'int64' }) user_id!: number;
  @ApiProperty() username!: string;
  @ApiPropertyOptional() nick_name!: string | null;
  @ApiPropertyOptional() avatar!: string | null;
  @ApiPropertyOptional() description!: string | null;
  @ApiPropertyOptional() mobile!: string | null;
  @ApiPropertyOptional() email!: string | null;
  @ApiPropertyOptional() public_info!: string | null;
  @ApiPropertyOptional({ description: 'only to the user itself, or an admin acting as it' }) private_info?: string | null;
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
  };
  if (ownView) profile.private_info = user.privateInfo;
  return profile;
}
