import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DeviceEntity } from './device.entity';
import { NumberFromText } from '../common/number-text';

const MAX_INT32 = 2_147_483_647;

/**
 * A device number in a query string (`?device_sn=2`). Query values arrive as text and the global
 * pipe converts nothing implicitly, hence the explicit Number conversion.
 */
export function IsDeviceSnQuery(options: { optional?: boolean } = {}) {
  const doc = { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_INT32 } as const;
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]),
    NumberFromText(),
    IsInt({ message: '$property: must be an integer device number' }),
    Min(1, { message: '$property: must be a positive device number' }),
    Max(MAX_INT32, { message: `$property: must be at most ${MAX_INT32}` }),
  );
}

/** A device number in a JSON body: a JSON number, never a string. */
export function IsDeviceSn() {
  return applyDecorators(
    ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_INT32 }),
    IsInt({ message: '$property: must be an integer device number' }),
    Min(1, { message: '$property: must be a positive device number' }),
    Max(MAX_INT32, { message: `$property: must be at most ${MAX_INT32}` }),
  );
}

/** Body of /user/kick: MaxIM's web SDK (userKick) sends device_sn in the JSON body, not the query. */
export class DeviceKickBodyDto {
  @IsOptional()
  @IsDeviceSn()
  device_sn?: number;
}

export class DeviceRemoveDto {
  @IsDeviceSnQuery()
  device_sn!: number;
}

export class DeviceKickDto {
  @IsDeviceSnQuery({ optional: true })
  device_sn?: number;
}

export class DeviceResponseDto {
  @ApiProperty({ type: 'integer', format: 'int32' }) device_sn!: number;
  @ApiProperty({ type: 'integer', enum: [1, 2, 3, 4, 5, 6, null], nullable: true, description: '1 iOS, 2 Android, 3 Windows, 4 macOS, 5 Linux, 6 web; null when the login named no known platform' })
  platform!: number | null;
  @ApiProperty({ type: 'string', nullable: true }) user_agent!: string | null;
  @ApiProperty({ type: 'integer', format: 'int64' }) user_id!: number;
  @ApiProperty({ description: "the client's own id for the installation, sent as device_guid at login" }) device_guid!: string;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds' }) created_at!: number;
  @ApiProperty({ type: 'integer', format: 'int64', description: 'epoch milliseconds of the latest login with this device' }) last_login_at!: number;
}

export function mapDevice(device: DeviceEntity): DeviceResponseDto {
  return {
    device_sn: device.deviceSn,
    platform: device.platform,
    user_agent: device.userAgent,
    user_id: device.userId,
    device_guid: device.deviceGuid,
    created_at: device.createdAt.getTime(),
    last_login_at: device.lastLoginAt.getTime(),
  };
}

export class OnlineStatusResponseDto {
  @ApiProperty({ description: 'true while the user has a live realtime session' }) online!: boolean;
}
