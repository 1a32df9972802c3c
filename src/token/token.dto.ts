import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsId } from '../common/validation';

abstract class TokenRequestBase {
  @ApiProperty()
  @IsString({ message: 'password: must be a string' })
  @IsNotEmpty({ message: 'password: must not be empty' })
  @MaxLength(128, { message: 'password: must be at most 128 characters' })
  password!: string;

  @ApiPropertyOptional({ description: "the client's device id; when set, the device is registered and push_token returned" })
  @IsOptional()
  @IsString({ message: 'device_guid: must be a string' })
  @IsNotEmpty({ message: 'device_guid: must not be empty when sent' })
  @MaxLength(128, { message: 'device_guid: must be at most 128 characters' })
  device_guid?: string;
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
