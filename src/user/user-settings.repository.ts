import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeviceEntity } from './device.entity';
import { AuthMode, UserSettingsEntity, UserSettingsPatch } from './user-settings.entity';

export interface FriendPolicyRow {
  authMode: AuthMode;
  authQuestion: string | null;
  authAnswer: string | null;
}

export interface PushPreferencesRow {
  userId: number;
  noPush: boolean;
  noPushDetail: boolean;
  noPushStartHour: number | null;
  noPushEndHour: number | null;
  silenceStartHour: number | null;
  silenceEndHour: number | null;
  pushNickName: string | null;
  noSounds: boolean;
}

@Injectable()
export class UserSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(appId: string, userId: number): Promise<UserSettingsEntity | null> {
    return this.dataSource.getRepository(UserSettingsEntity).findOneBy({ appId, userId });
  }

  async findDevicePushToken(appId: string, userId: number, deviceSn: number): Promise<string | null> {
    const device = await this.dataSource.getRepository(DeviceEntity).findOne({
      select: { pushToken: true },
      where: { appId, userId, deviceSn },
    });
    return device?.pushToken ?? null;
  }

  /**
   * Applies the patch `decide` returns for the current row, with the row locked so that rules
   * spanning several fields (auth_mode 2 needs a question and an answer) hold against concurrent
   * updates. An error thrown by `decide` rolls back. False when the user has no settings row.
   */
  modify(appId: string, userId: number, decide: (current: UserSettingsEntity) => UserSettingsPatch): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const settings = manager.getRepository(UserSettingsEntity);
      const current = await settings.findOne({ where: { appId, userId }, lock: { mode: 'pessimistic_write' } });
      if (!current) return false;
      await settings.update({ appId, userId }, decide(current));
      return true;
    });
  }

  async findFriendPolicy(appId: string, userId: number): Promise<FriendPolicyRow | null> {
    const rows: FriendPolicyRow[] = await this.dataSource.query(
      `SELECT auth_mode AS "authMode", auth_question AS "authQuestion", auth_answer AS "authAnswer"
         FROM user_settings WHERE app_id = $1 AND user_id = $2`,
      [appId, userId],
    );
    return rows[0] ?? null;
  }

  /** One array parameter rather than one parameter per user: the push pipeline passes large audiences. */
  findPushPreferences(appId: string, userIds: number[]): Promise<PushPreferencesRow[]> {
    return this.dataSource.query(
      `SELECT user_id AS "userId", no_push AS "noPush", no_push_detail AS "noPushDetail",
              no_push_start_hour AS "noPushStartHour", no_push_end_hour AS "noPushEndHour",
              silence_start_time AS "silenceStartHour", silence_end_time AS "silenceEndHour",
              push_nick_name AS "pushNickName", no_sounds AS "noSounds"
         FROM user_settings WHERE app_id = $1 AND user_id = ANY($2::bigint[])`,
      [appId, userIds],
    );
  }
}
