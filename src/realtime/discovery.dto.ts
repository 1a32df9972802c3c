import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NumberFromText } from '../common/number-text';

/** `GET /v2/app_dns?app_id=&source=`: the app is the `app_id` header's; the query copy must name the same app. */
export class AppDnsQueryDto {
  @ApiPropertyOptional({ description: 'the app (MaxIM sends it in the query too); must equal the app_id header' })
  @IsOptional()
  @IsString({ message: 'app_id: must be a string' })
  @MaxLength(64, { message: 'app_id: must be at most 64 characters' })
  app_id?: string;

  @ApiPropertyOptional({ enum: ['sdk', 'app'], description: 'who asks; answered the same either way' })
  @IsOptional()
  @IsIn(['sdk', 'app'], { message: 'source: must be sdk or app' })
  source?: string;
}

/** `GET /app/config?platform=6`. */
export class AppConfigQueryDto {
  @ApiPropertyOptional({ enum: [1, 2, 3, 4, 5, 6], description: '1 iOS, 2 Android, 3 Windows, 4 macOS, 5 Linux, 6 web' })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: 'platform: must be an integer from 1 to 6' })
  @Min(1, { message: 'platform: must be an integer from 1 to 6' })
  @Max(6, { message: 'platform: must be an integer from 1 to 6' })
  platform?: number;
}

export class ServerAddressDto {
  @ApiProperty({ enum: ['http', 'https'] }) protocol!: string;
  @ApiProperty({ description: 'host[:port], plus the base path for ratel when PUBLIC_URL has one' }) host!: string;
  @ApiPropertyOptional({ type: [String] }) ip_list?: string[];
}

export class ClusterDto {
  @ApiProperty({ type: [ServerAddressDto], description: 'REST base' }) ratel!: ServerAddressDto[];
  @ApiProperty({ type: [ServerAddressDto], description: 'socket.io endpoint of the xsync gateway' }) webim!: ServerAddressDto[];
  @ApiProperty({ type: [ServerAddressDto], description: 'RTC host (this server; it runs no media server)' }) rtc!: ServerAddressDto[];
}

export class DnsGroupDto {
  @ApiProperty({ description: 'the SDK uses the group with level 0' }) group_level!: number;
  @ApiProperty({ type: [ClusterDto] }) clusters!: ClusterDto[];
}

export class AppDnsResponseDto {
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'normal; the SDK stops on banned, frozen or revoked' }) app_status!: string;
  @ApiProperty({ type: [DnsGroupDto] }) dns_list!: DnsGroupDto[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, maxItems: 0, description: 'always empty: this server is its own DNS' }) dns_server_list!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, maxItems: 0, description: 'always empty' }) link_server_list!: object[];
}

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'] }) status!: string;
}

export class AppConfigResponseDto {
  @ApiProperty() app_id!: string;
  @ApiProperty() platform!: number;
  @ApiProperty({ description: 'hide member profiles in groups app-wide (this server: never)' }) hide_member_info!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: "ours: the app's client configuration set by its operator (PUT /app/configs); public like the rest of this answer",
  })
  configs!: Record<string, string>;
}
