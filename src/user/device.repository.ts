import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeviceEntity } from './device.entity';

export interface DeviceLogin {
  deviceGuid: string;
  userAgent: string | null;
}

@Injectable()
export class DeviceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Returns the user's device for this guid, creating it with the next free device_sn. The user
   * row is locked so two first logins of one user cannot take the same number.
   */
  register(appId: string, userId: number, login: DeviceLogin): Promise<DeviceEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM users WHERE app_id = $1 AND id = $2 FOR UPDATE`, [appId, userId]);
      const devices = manager.getRepository(DeviceEntity);
      const existing = await devices.findOneBy({ appId, userId, deviceGuid: login.deviceGuid });
      if (existing) {
        await devices.update({ userId, deviceSn: existing.deviceSn }, { lastLoginAt: new Date(), userAgent: login.userAgent ?? existing.userAgent });
        return existing;
      }
      const [{ next }] = await manager.query(`SELECT coalesce(max(device_sn), 0) + 1 AS next FROM devices WHERE user_id = $1`, [userId]);
      const device = devices.create({
        appId,
        userId,
        deviceSn: next,
        deviceGuid: login.deviceGuid,
        userAgent: login.userAgent,
        pushToken: randomBytes(24).toString('base64url'),
      });
      await devices.insert(device);
      return device;
    });
  }
}
