import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { HotStateCache, hotStateTag } from '../common/cache/hot-state.cache';
import { ApiError } from '../common/errors/error-codes';
import { UserNoticeType } from '../notice/notice.types';
import { DeviceResponseDto, mapDevice, OnlineStatusResponseDto } from './device.dto';
import { DeviceRepository } from './device.repository';
import { PresenceService } from './presence.service';
import { UserSessionsService } from './user-sessions.service';

/** The acting user's devices; ending their sessions always goes through UserSessionsService. */
@Injectable()
export class DeviceService {
  constructor(
    private readonly devices: DeviceRepository,
    private readonly sessions: UserSessionsService,
    private readonly presence: PresenceService,
    private readonly cache: HotStateCache,
  ) {}

  async list(caller: CallerContext): Promise<DeviceResponseDto[]> {
    const devices = await this.devices.listForUser(caller.appId, caller.requireUserId());
    return devices.map(mapDevice);
  }

  /** Revokes first: a failure then leaves a device without sessions, never live tokens of a deleted device. */
  async remove(caller: CallerContext, deviceSn: number): Promise<boolean> {
    const userId = caller.requireUserId();
    await this.assertOwnDevice(caller.appId, userId, deviceSn);
    await this.sessions.revoke(caller.appId, userId, UserNoticeType.DeviceRemoved, { deviceSn });
    if (!(await this.devices.delete(caller.appId, userId, deviceSn))) throw noSuchDevice(deviceSn);
    // Every process forgets the guid's number (DeviceLogins): the guid's next login registers afresh.
    await this.cache.invalidate([hotStateTag.user(caller.appId, userId)]);
    return true;
  }

  /**
   * Ends the sessions of one device, or of every device. The user kicking all its devices keeps
   * the token it calls with; an admin acting as the user keeps nothing.
   */
  async kick(caller: CallerContext, deviceSnInQuery: number | undefined, deviceSnInBody: number | undefined): Promise<boolean> {
    const userId = caller.requireUserId();
    if (deviceSnInQuery !== undefined && deviceSnInBody !== undefined && deviceSnInQuery !== deviceSnInBody) {
      throw ApiError.badParameter(`device_sn: the query says ${deviceSnInQuery} and the body ${deviceSnInBody}; send it once`);
    }
    const deviceSn = deviceSnInQuery ?? deviceSnInBody;
    if (deviceSn !== undefined) {
      await this.assertOwnDevice(caller.appId, userId, deviceSn);
      await this.sessions.revoke(caller.appId, userId, UserNoticeType.KickedByOtherDevice, { deviceSn });
      return true;
    }
    const keep = caller.isAdmin || caller.tokenId === null ? {} : { exceptTokenId: caller.tokenId, exceptDeviceSn: caller.deviceSn ?? undefined };
    await this.sessions.revoke(caller.appId, userId, UserNoticeType.KickedByOtherDevice, keep);
    return true;
  }

  async onlineStatus(caller: CallerContext): Promise<OnlineStatusResponseDto> {
    return { online: await this.presence.isOnline(caller.appId, caller.requireUserId()) };
  }

  private async assertOwnDevice(appId: string, userId: number, deviceSn: number): Promise<void> {
    if (!(await this.devices.exists(appId, userId, deviceSn))) throw noSuchDevice(deviceSn);
  }
}

export function noSuchDevice(deviceSn: number, field = 'device_sn'): ApiError {
  return ApiError.badParameter(`${field}: this user has no device ${deviceSn}`);
}
