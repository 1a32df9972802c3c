import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UserSettingsEntity } from './user-settings.entity';

export class UserSettingsResponseDto {
  @ApiProperty({ format: 'int64' }) id!: number;
  @ApiProperty({ format: 'int64' }) user_id!: number;
  @ApiProperty({ enum: [0, 1, 2, 3] }) auth_mode!: number;
  @ApiPropertyOptional() auth_question!: string | null;
  @ApiPropertyOptional() auth_answer!: string | null;
  @ApiProperty() auto_download!: boolean;
  @ApiProperty() group_confirm!: boolean;
  @ApiProperty() no_push!: boolean;
  @ApiProperty() no_push_detail!: boolean;
  @ApiPropertyOptional() no_push_start_hour!: number | null;
  @ApiPropertyOptional() no_push_end_hour!: number | null;
  @ApiProperty() no_sounds!: boolean;
  @ApiProperty() vibratory!: boolean;
  @ApiPropertyOptional() push_nick_name!: string | null;
  @ApiPropertyOptional() silence_start_time!: number | null;
  @ApiPropertyOptional() silence_end_time!: number | null;
  @ApiPropertyOptional({ description: "the calling device's push token; null when the token names no device" })
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
