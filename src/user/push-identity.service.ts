import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { DuplicateKeyError } from '../common/database/duplicate-key';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { DeviceRepository } from './device.repository';
import { noSuchDevice } from './device.service';
import { PasswordService } from './password.service';
import {
  AudiencePage,
  AudiencePosition,
  PushAliasDto,
  PushBadgeDto,
  PushTarget,
  PushTokenBindDto,
  PushUserRegisterDto,
} from './push-identity.dto';
import { DevicePushFields, PushIdentityRepository } from './push-identity.repository';
import { mapUserSettings, UserSettingsResponseDto } from './user-settings.dto';

/** Ours: enough for any segmentation, few enough that a user's tags stay one small read. */
export const MAX_TAGS_PER_USER = 100;

/** Largest page devicesByTag() hands out. */
export const MAX_AUDIENCE_PAGE = 10_000;

/**
 * The signature /user/register/push expects: lowercase hex HMAC-SHA256, keyed by the app secret,
 * over app_id, username, device_guid, push_token and alias joined by "\n" (absent ones as "").
 */
export function pushRegisterSign(appId: string, secret: string, request: Omit<PushUserRegisterDto, 'password' | 'sign'>): string {
  const message = [appId, request.username, request.device_guid ?? '', request.push_token ?? '', request.alias ?? ''].join('\n');
  return createHmac('sha256', secret).update(message, 'utf8').digest('hex');
}

/**
 * What the push pipeline needs to know about users and devices: vendor bindings, aliases, badges
 * and tags, kept by the /user routes and read back as audiences by tag, alias, user and push token.
 */
@Injectable()
export class PushIdentityService {
  constructor(
    private readonly repository: PushIdentityRepository,
    private readonly devices: DeviceRepository,
    private readonly passwords: PasswordService,
  ) {}

  async bindVendorToken(caller: CallerContext, request: PushTokenBindDto): Promise<boolean> {
    const userId = caller.requireUserId();
    const bound = await this.repository.bindVendorToken(caller.appId, userId, request.device_sn, request.notifier_name, request.device_token);
    if (!bound) throw noSuchDevice(request.device_sn);
    return true;
  }

  async unbindVendorToken(caller: CallerContext, deviceSn: number): Promise<boolean> {
    const userId = caller.requireUserId();
    if (await this.repository.clearVendorToken(caller.appId, userId, deviceSn)) return true;
    if (!(await this.devices.exists(caller.appId, userId, deviceSn))) throw noSuchDevice(deviceSn, 'deviceSn');
    throw ApiError.badParameter(`deviceSn: device ${deviceSn} has no vendor token bound`);
  }

  setAlias(caller: CallerContext, request: PushAliasDto): Promise<boolean> {
    return this.updateDeviceScope(caller, request.push_token, { alias: request.alias }, 'alias');
  }

  setBadge(caller: CallerContext, request: PushBadgeDto): Promise<boolean> {
    return this.updateDeviceScope(caller, undefined, { badge: request.badge }, 'badge');
  }

  listTags(caller: CallerContext): Promise<string[]> {
    return this.repository.listTags(caller.appId, caller.requireUserId());
  }

  async addTags(caller: CallerContext, tags: string[]): Promise<boolean> {
    const result = await this.repository.addTags(caller.appId, caller.requireUserId(), [...new Set(tags)], MAX_TAGS_PER_USER);
    if ('overLimit' in result) {
      const { held, adding } = result.overLimit;
      throw ApiError.badParameter(
        `tags: a user holds at most ${MAX_TAGS_PER_USER} push tags; this user has ${held} and ${adding} of these are new`,
      );
    }
    if (result.added === 0) throw ApiError.badParameter('tags: this user already has all of these tags');
    return true;
  }

  async removeTags(caller: CallerContext, tags: string[]): Promise<boolean> {
    if ((await this.repository.removeTags(caller.appId, caller.requireUserId(), [...new Set(tags)])) === 0) {
      throw ApiError.badParameter('tags: this user has none of these tags');
    }
    return true;
  }

  async removeAllTags(caller: CallerContext): Promise<boolean> {
    if ((await this.repository.removeTags(caller.appId, caller.requireUserId(), null)) === 0) {
      throw ApiError.badParameter('tags: this user has no push tags to remove');
    }
    return true;
  }

  /**
   * Registers a push-only user, and its device when device_guid is sent. The app secret's
   * signature stands in for the app's consent, so a signed request registers even when the app
   * closed self-registration; without a signature only the admin token may register.
   */
  async registerPushUser(caller: CallerContext, request: PushUserRegisterDto, userAgent: string | null): Promise<UserSettingsResponseDto> {
    for (const field of ['push_token', 'alias'] as const) {
      if (request[field] !== undefined && request.device_guid === undefined) {
        throw ApiError.badParameter(`${field}: belongs to a device; send device_guid with it`);
      }
    }
    await this.assertSigned(caller, request);
    const passwordHash = await this.passwords.hash(request.password);
    const device =
      request.device_guid === undefined ? null : { deviceGuid: request.device_guid, userAgent, pushToken: request.push_token, alias: request.alias };
    try {
      const created = await this.repository.createPushUser(caller.appId, { username: request.username, passwordHash }, device);
      return mapUserSettings(created.settings, created.pushToken);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      if (error.constraint === 'users_app_username_key') {
        throw new ApiError(ErrorCode.UserExists, `username ${JSON.stringify(request.username)} is already taken in this app`);
      }
      throw new ApiError(ErrorCode.AlreadyBound, 'push_token: already the push token of another device');
    }
  }

  /** One page of the devices of the users tagged `tag`; pass the previous page's `next` as `after`. */
  devicesByTag(appId: string, tag: string, after: AudiencePosition | null = null, limit = 1000): Promise<AudiencePage> {
    return this.repository.devicesByTag(appId, tag, after, Math.min(Math.max(1, Math.trunc(limit)), MAX_AUDIENCE_PAGE));
  }

  /** Every device holding one of the aliases (aliases are not unique: all of them are reached). */
  async devicesByAliases(appId: string, aliases: string[]): Promise<PushTarget[]> {
    return aliases.length === 0 ? [] : this.repository.devicesByAliases(appId, [...new Set(aliases)]);
  }

  async devicesByUserIds(appId: string, userIds: number[]): Promise<PushTarget[]> {
    return userIds.length === 0 ? [] : this.repository.devicesByUserIds(appId, [...new Set(userIds)]);
  }

  async devicesByPushTokens(appId: string, pushTokens: string[]): Promise<PushTarget[]> {
    return pushTokens.length === 0 ? [] : this.repository.devicesByPushTokens(appId, [...new Set(pushTokens)]);
  }

  /**
   * Writes alias or badge to the device the push token names, else to the device the caller's
   * token belongs to, else (a token without a device, or an admin acting as the user) to all.
   */
  private async updateDeviceScope(caller: CallerContext, pushToken: string | undefined, fields: DevicePushFields, field: string): Promise<boolean> {
    const userId = caller.requireUserId();
    let deviceSn = caller.deviceSn;
    if (pushToken !== undefined) {
      deviceSn = await this.repository.findDeviceSnByPushToken(caller.appId, userId, pushToken);
      if (deviceSn === null) throw ApiError.badParameter("push_token: not the push token of one of this user's devices");
    }
    if ((await this.repository.updateDevices(caller.appId, userId, deviceSn, fields)) > 0) return true;
    if (deviceSn !== null) throw noSuchDevice(deviceSn);
    throw ApiError.badParameter(`${field}: this user has no device to set it on; log in with device_guid first`);
  }

  private async assertSigned(caller: CallerContext, request: PushUserRegisterDto): Promise<void> {
    if (request.sign === undefined) {
      if (caller.isAdmin) return;
      throw ApiError.badParameter('sign: is required unless the app admin access-token is sent');
    }
    const secret = await this.repository.findAppSecret(caller.appId);
    if (secret === null) throw ApiError.appNotFound(caller.appId);
    const expected = Buffer.from(pushRegisterSign(caller.appId, secret, request));
    const given = Buffer.from(request.sign);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw ApiError.noPermission(
        'sign: does not match; sign app_id, username, device_guid, push_token and alias joined by "\\n" with HMAC-SHA256 keyed by the app secret, as lowercase hex',
      );
    }
  }
}
