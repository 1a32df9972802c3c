import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rethrowDuplicateKey } from '../common/database/duplicate-key';
import { DeviceEntity } from './device.entity';
import { insertNextDevice, NewDevice } from './device.repository';
import { AudiencePage, AudiencePosition, PushTarget } from './push-identity.dto';
import { UserSettingsEntity } from './user-settings.entity';

export type TagAddResult = { added: number } | { overLimit: { held: number; adding: number } };

export interface CreatedPushUser {
  settings: UserSettingsEntity;
  pushToken: string | null;
}

/** The device values the per-device push setters write. */
export type DevicePushFields = { alias: string } | { badge: number };

const TARGET_COLUMNS = `d.user_id AS "userId", d.device_sn AS "deviceSn", d.platform, d.notifier_name AS "notifierName",
  d.device_token AS "deviceToken", d.push_token AS "pushToken", d.badge`;

/**
 * Push identity: vendor bindings, alias and badge on devices, tags on users, and the audience
 * lookups of the push pipeline. Every lookup is led by app_id and served by an index of the
 * UserAccountData migration (bench/push-audience.bench.ts shows the plans on 1,000,000 devices).
 */
@Injectable()
export class PushIdentityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Binds the vendor token to the device, taking it from whichever device of the app held it (the
   * same phone, another account). The advisory lock serialises binds of one token, so two
   * concurrent binds cannot both clear and then collide on the unique index. False: no such device.
   */
  bindVendorToken(appId: string, userId: number, deviceSn: number, notifierName: string, deviceToken: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`${appId}\n${notifierName}\n${deviceToken}`]);
      const target = await manager.query(`SELECT 1 FROM devices WHERE app_id = $1 AND user_id = $2 AND device_sn = $3 FOR UPDATE`, [
        appId,
        userId,
        deviceSn,
      ]);
      if (target.length === 0) return false;
      await manager.query(
        `UPDATE devices SET notifier_name = NULL, device_token = NULL
          WHERE app_id = $1 AND notifier_name = $2 AND device_token = $3 AND NOT (user_id = $4 AND device_sn = $5)`,
        [appId, notifierName, deviceToken, userId, deviceSn],
      );
      await manager.query(`UPDATE devices SET notifier_name = $4, device_token = $5 WHERE app_id = $1 AND user_id = $2 AND device_sn = $3`, [
        appId,
        userId,
        deviceSn,
        notifierName,
        deviceToken,
      ]);
      return true;
    });
  }

  /** False when the device has no vendor binding (or does not exist). */
  async clearVendorToken(appId: string, userId: number, deviceSn: number): Promise<boolean> {
    const result = await this.dataSource.query(
      `UPDATE devices SET notifier_name = NULL, device_token = NULL
        WHERE app_id = $1 AND user_id = $2 AND device_sn = $3 AND device_token IS NOT NULL`,
      [appId, userId, deviceSn],
    );
    return result[1] > 0;
  }

  async findDeviceSnByPushToken(appId: string, userId: number, pushToken: string): Promise<number | null> {
    const rows = await this.dataSource.query(`SELECT device_sn FROM devices WHERE app_id = $1 AND push_token = $2 AND user_id = $3`, [
      appId,
      pushToken,
      userId,
    ]);
    return rows[0]?.device_sn ?? null;
  }

  /** Writes to one device, or to every device of the user when deviceSn is null; answers how many. */
  async updateDevices(appId: string, userId: number, deviceSn: number | null, fields: DevicePushFields): Promise<number> {
    const where = deviceSn === null ? { appId, userId } : { appId, userId, deviceSn };
    const result = await this.dataSource.getRepository(DeviceEntity).update(where, fields);
    return result.affected ?? 0;
  }

  async listTags(appId: string, userId: number): Promise<string[]> {
    const rows: { tag: string }[] = await this.dataSource.query(
      `SELECT tag FROM user_push_tags WHERE app_id = $1 AND user_id = $2 ORDER BY tag COLLATE "C"`,
      [appId, userId],
    );
    return rows.map((row) => row.tag);
  }

  /**
   * Adds the tags the user does not hold yet, unless that would take it past `maxPerUser`; the
   * user row is locked so two concurrent adds cannot both pass the limit.
   */
  addTags(appId: string, userId: number, tags: string[], maxPerUser: number): Promise<TagAddResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM users WHERE app_id = $1 AND id = $2 FOR UPDATE`, [appId, userId]);
      const held: { tag: string }[] = await manager.query(`SELECT tag FROM user_push_tags WHERE app_id = $1 AND user_id = $2`, [appId, userId]);
      const heldTags = new Set(held.map((row) => row.tag));
      const adding = tags.filter((tag) => !heldTags.has(tag));
      if (heldTags.size + adding.length > maxPerUser) return { overLimit: { held: heldTags.size, adding: adding.length } };
      if (adding.length === 0) return { added: 0 };
      const inserted: unknown[] = await manager.query(
        `INSERT INTO user_push_tags (app_id, user_id, tag) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING RETURNING tag`,
        [appId, userId, adding],
      );
      return { added: inserted.length };
    });
  }

  async removeTags(appId: string, userId: number, tags: string[] | null): Promise<number> {
    const result =
      tags === null
        ? await this.dataSource.query(`DELETE FROM user_push_tags WHERE app_id = $1 AND user_id = $2`, [appId, userId])
        : await this.dataSource.query(`DELETE FROM user_push_tags WHERE app_id = $1 AND user_id = $2 AND tag = ANY($3::text[])`, [
            appId,
            userId,
            tags,
          ]);
    return result[1];
  }

  async findAppSecret(appId: string): Promise<string | null> {
    const rows = await this.dataSource.query(`SELECT secret FROM apps WHERE id = $1`, [appId]);
    return rows[0]?.secret ?? null;
  }

  /**
   * Creates the user, its settings and (when given) its first device in one transaction, so a
   * refused device leaves no user behind. Throws DuplicateKeyError on a taken username or push token.
   */
  async createPushUser(appId: string, user: { username: string; passwordHash: string }, device: NewDevice | null): Promise<CreatedPushUser> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [{ id }] = await manager.query(`INSERT INTO users (app_id, username, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
          appId,
          user.username,
          user.passwordHash,
        ]);
        await manager.getRepository(UserSettingsEntity).insert({ userId: id, appId });
        const created = device ? await insertNextDevice(manager, appId, id, device) : null;
        const settings = await manager.getRepository(UserSettingsEntity).findOneByOrFail({ appId, userId: id });
        return { settings, pushToken: created?.pushToken ?? null };
      });
    } catch (error) {
      rethrowDuplicateKey(error);
    }
  }

  /**
   * One page of the devices of the users holding `tag`, in (user_id, device_sn) order after
   * `after`. Keyset paging keeps every page as cheap as the first on any audience size; the
   * bound is repeated on d.user_id so a merge join starts both index scans at the page, not at
   * the app's first user.
   */
  async devicesByTag(appId: string, tag: string, after: AudiencePosition | null, limit: number): Promise<AudiencePage> {
    const rows: PushTarget[] = await this.dataSource.query(
      `SELECT ${TARGET_COLUMNS}
         FROM user_push_tags t
         JOIN devices d ON d.app_id = t.app_id AND d.user_id = t.user_id
        WHERE t.app_id = $1 AND t.tag = $2
          AND t.user_id >= $3 AND d.user_id >= $3 AND (t.user_id > $3 OR d.device_sn > $4)
        ORDER BY t.user_id, d.device_sn
        LIMIT $5`,
      [appId, tag, after?.userId ?? 0, after?.deviceSn ?? 0, limit + 1],
    );
    const targets = rows.slice(0, limit);
    const last = targets[targets.length - 1];
    return { targets, next: rows.length > limit ? { userId: last.userId, deviceSn: last.deviceSn } : null };
  }

  devicesByAliases(appId: string, aliases: string[]): Promise<PushTarget[]> {
    return this.dataSource.query(
      `SELECT ${TARGET_COLUMNS} FROM devices d WHERE d.app_id = $1 AND d.alias = ANY($2::text[]) ORDER BY d.user_id, d.device_sn`,
      [appId, aliases],
    );
  }

  devicesByUserIds(appId: string, userIds: number[]): Promise<PushTarget[]> {
    return this.dataSource.query(
      `SELECT ${TARGET_COLUMNS} FROM devices d WHERE d.app_id = $1 AND d.user_id = ANY($2::bigint[]) ORDER BY d.user_id, d.device_sn`,
      [appId, userIds],
    );
  }

  devicesByPushTokens(appId: string, pushTokens: string[]): Promise<PushTarget[]> {
    return this.dataSource.query(
      `SELECT ${TARGET_COLUMNS} FROM devices d WHERE d.app_id = $1 AND d.push_token = ANY($2::text[]) ORDER BY d.user_id, d.device_sn`,
      [appId, pushTokens],
    );
  }
}
