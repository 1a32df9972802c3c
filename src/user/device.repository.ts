import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DeviceEntity, platformFromUserAgent } from './device.entity';

export interface DeviceLogin {
  deviceGuid: string;
  userAgent: string | null;
  /** Said by the client itself (the realtime login's os_type); wins over the guess from the user agent. */
  platform?: number | null;
}

/** A known device's login stored behind (DeviceLogins): null fields leave the stored value. */
export interface DeviceLoginTouch {
  appId: string;
  userId: number;
  deviceSn: number;
  userAgent: string | null;
  platform: number | null;
  loginAt: Date | null;
}

/** A device created outside a login (push-only registration) may bring its own push token and alias. */
export interface NewDevice extends DeviceLogin {
  pushToken?: string;
  alias?: string;
}

/**
 * Inserts the user's device with the next free device_sn. The caller's transaction must hold the
 * user's row lock, so two first logins of one user cannot take the same number.
 */
export async function insertNextDevice(manager: EntityManager, appId: string, userId: number, device: NewDevice): Promise<DeviceEntity> {
  const [{ next }] = await manager.query(`SELECT coalesce(max(device_sn), 0) + 1 AS next FROM devices WHERE app_id = $1 AND user_id = $2`, [
    appId,
    userId,
  ]);
  const devices = manager.getRepository(DeviceEntity);
  const created = devices.create({
    appId,
    userId,
    deviceSn: next,
    deviceGuid: device.deviceGuid,
    userAgent: device.userAgent,
    platform: device.platform ?? platformFromUserAgent(device.userAgent),
    pushToken: device.pushToken ?? randomBytes(24).toString('base64url'),
    alias: device.alias ?? null,
  });
  await devices.insert(created);
  return created;
}

@Injectable()
export class DeviceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns the user's device for this guid, creating it with the next free device_sn. */
  register(appId: string, userId: number, login: DeviceLogin): Promise<DeviceEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM users WHERE app_id = $1 AND id = $2 FOR UPDATE`, [appId, userId]);
      const devices = manager.getRepository(DeviceEntity);
      const existing = await devices.findOneBy({ appId, userId, deviceGuid: login.deviceGuid });
      if (!existing) return insertNextDevice(manager, appId, userId, login);
      const userAgent = login.userAgent ?? existing.userAgent;
      const platform = login.platform ?? platformFromUserAgent(userAgent) ?? existing.platform;
      await devices.update({ appId, userId, deviceSn: existing.deviceSn }, { lastLoginAt: new Date(), userAgent, platform });
      return { ...existing, userAgent, platform };
    });
  }

  /**
   * A login of a device the user already has, in one statement: its login time, user agent and
   * platform as `register` records them; null when the guid is new (then `register`).
   */
  async loginKnown(appId: string, userId: number, login: DeviceLogin): Promise<number | null> {
    const [rows]: [{ device_sn: number }[], number] = await this.dataSource.query(
      `UPDATE devices SET last_login_at = now(), user_agent = COALESCE($4, user_agent), platform = COALESCE($5, platform)
        WHERE app_id = $1 AND user_id = $2 AND device_guid = $3 RETURNING device_sn`,
      [appId, userId, login.deviceGuid, login.userAgent, login.platform ?? platformFromUserAgent(login.userAgent)],
    );
    return rows.length > 0 ? Number(rows[0].device_sn) : null;
  }

  /** Stores many known devices' logins in one statement (DeviceLogins' write-behind). */
  async touchLogins(touches: readonly DeviceLoginTouch[]): Promise<void> {
    if (touches.length === 0) return;
    await this.dataSource.query(
      `UPDATE devices d SET last_login_at = COALESCE(t.login_at, d.last_login_at), user_agent = COALESCE(t.user_agent, d.user_agent),
              platform = COALESCE(t.platform, d.platform)
         FROM unnest($1::text[], $2::bigint[], $3::int[], $4::text[], $5::smallint[], $6::timestamptz[])
              AS t(app_id, user_id, device_sn, user_agent, platform, login_at)
        WHERE d.app_id = t.app_id AND d.user_id = t.user_id AND d.device_sn = t.device_sn`,
      [
        touches.map((t) => t.appId),
        touches.map((t) => t.userId),
        touches.map((t) => t.deviceSn),
        touches.map((t) => t.userAgent),
        touches.map((t) => t.platform),
        touches.map((t) => t.loginAt),
      ],
    );
  }

  /** Records the platform a client states for a device it already has (a token issued with its device_guid). */
  async recordPlatform(appId: string, userId: number, deviceSn: number, platform: number): Promise<void> {
    await this.dataSource.getRepository(DeviceEntity).update({ appId, userId, deviceSn }, { platform });
  }

  /** The user's devices in device_sn order; a user has a handful, so the list is not paged. */
  listForUser(appId: string, userId: number): Promise<DeviceEntity[]> {
    return this.dataSource.getRepository(DeviceEntity).find({ where: { appId, userId }, order: { deviceSn: 'ASC' } });
  }

  exists(appId: string, userId: number, deviceSn: number): Promise<boolean> {
    return this.dataSource.getRepository(DeviceEntity).existsBy({ appId, userId, deviceSn });
  }

  async delete(appId: string, userId: number, deviceSn: number): Promise<boolean> {
    const result = await this.dataSource.getRepository(DeviceEntity).delete({ appId, userId, deviceSn });
    return (result.affected ?? 0) > 0;
  }
}
