import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NumberFromText } from '../common/number-text';

export const MAX_STATS_DAYS = 90;

/** Query of GET /app/stats. */
export class AppStatsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_STATS_DAYS, default: 14, description: 'UTC days in `days`, today included' })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: `days: must be an integer from 1 to ${MAX_STATS_DAYS}` })
  @Min(1, { message: `days: must be an integer from 1 to ${MAX_STATS_DAYS}` })
  @Max(MAX_STATS_DAYS, { message: `days: must be an integer from 1 to ${MAX_STATS_DAYS}` })
  days: number = 14;
}

export class AppStatsDayDto {
  @ApiProperty({ example: '2026-12-06', description: 'the UTC day' }) day!: string;
  @ApiProperty({ description: 'messages stored that day (operations such as recalls and read receipts left out)' }) messages!: number;
  @ApiProperty({ description: 'users registered that day' }) new_users!: number;
}

export class AppStatsDto {
  @ApiProperty({ description: 'every user of the app, disabled ones included' }) users!: number;
  @ApiProperty() disabled_users!: number;
  @ApiProperty({ description: 'groups not dissolved' }) groups!: number;
  @ApiProperty({ description: 'messages stored since 00:00 UTC' }) messages_today!: number;
  @ApiProperty({ description: 'realtime connections with a recent heartbeat, on every server process' }) live_sockets!: number;
  @ApiProperty({ description: 'notifications queued by POST /push/notify (pushes of messages to offline devices are not counted)' }) push_tasks!: number;
  @ApiProperty({ type: [AppStatsDayDto], description: 'oldest first, one entry per day, days without activity included' }) days!: AppStatsDayDto[];
}
