import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HotStateCache, HotStateRegion, hotStateTag } from '../common/cache/hot-state.cache';
import { platformFromUserAgent } from './device.entity';
import { DeviceLogin, DeviceLoginTouch, DeviceRepository } from './device.repository';

/** How often known devices' login times, user agents and platforms are stored (one statement for all). */
export const DEVICE_LOGIN_FLUSH_MS = 1000;

interface KnownDevice {
  deviceSn: number;
}

/**
 * Devices logging in over the realtime socket (src/user/README.md "Devices"). The first login of a
 * device in a process stores it at once, as a REST login does; later logins of a device this
 * process knows (the hot-state region `device-logins`) cost no statement: their login time, user
 * agent and platform are stored within DEVICE_LOGIN_FLUSH_MS, many devices per statement. A
 * removed device (DeviceService.remove) or user drops its entries everywhere (the user's tag).
 */
@Injectable()
export class DeviceLogins implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('DeviceLogins');
  private readonly known: HotStateRegion<KnownDevice>;
  /** Per device: its latest login not stored yet. */
  private pending = new Map<string, DeviceLoginTouch>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly devices: DeviceRepository,
    cache: HotStateCache,
  ) {
    this.known = cache.region('device-logins', { max: 50_000 });
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), DEVICE_LOGIN_FLUSH_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  /** The device number of the user's device `login.deviceGuid`, registered as a login's when new. */
  async deviceOf(appId: string, userId: number, login: DeviceLogin): Promise<number> {
    let stored = false;
    const device = await this.known.read(
      `guid ${appId} ${userId} ${login.deviceGuid}`,
      async () => {
        stored = true;
        const known = await this.devices.loginKnown(appId, userId, login);
        return { deviceSn: known ?? (await this.devices.register(appId, userId, login)).deviceSn };
      },
      () => [hotStateTag.user(appId, userId)],
    );
    const deviceSn = device!.deviceSn;
    if (!stored) this.later({ appId, userId, deviceSn, userAgent: login.userAgent, platform: login.platform ?? platformFromUserAgent(login.userAgent), loginAt: new Date() });
    return deviceSn;
  }

  /** Records the platform a client states for a device its token names (a token issued with device_guid). */
  async recordPlatform(appId: string, userId: number, deviceSn: number, platform: number): Promise<void> {
    let stored = false;
    await this.known.read(
      `sn ${appId} ${userId} ${deviceSn}`,
      async () => {
        stored = true;
        await this.devices.recordPlatform(appId, userId, deviceSn, platform);
        return { deviceSn };
      },
      () => [hotStateTag.user(appId, userId)],
    );
    if (!stored) this.later({ appId, userId, deviceSn, userAgent: null, platform, loginAt: null });
  }

  private later(touch: DeviceLoginTouch): void {
    const key = `${touch.appId} ${touch.userId} ${touch.deviceSn}`;
    const earlier = this.pending.get(key);
    this.pending.set(key, earlier ? { ...touch, loginAt: touch.loginAt ?? earlier.loginAt, userAgent: touch.userAgent ?? earlier.userAgent, platform: touch.platform ?? earlier.platform } : touch);
  }

  /** One statement for every pending login; what fails is logged and dropped (the next login records it again). */
  flush(): Promise<void> {
    if (this.pending.size === 0) return this.flushing;
    const touches = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = this.flushing.then(() =>
      this.devices.touchLogins(touches).catch((error: Error) => this.logger.warn(`storing ${touches.length} device logins failed: ${error.message}`)),
    );
    return this.flushing;
  }
}
