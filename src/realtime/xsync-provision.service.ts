import { Injectable } from '@nestjs/common';
import { AuthService } from '../common/auth/auth.service';
import { TokenService } from '../common/auth/token.service';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { DeviceLogins } from '../user/device-logins.service';
import { RealtimeRepository } from './realtime.repository';
import { Handshake } from './transports/xsync-connection';
import { XsyncIdentity } from './xsync-session';
import { statusOf } from './xsync-status';
import { Provision, Status, StatusCode } from './xsync.codec';

/** OsType of the PROVISION frame; its numbers are the device `platform` values (1 iOS … 6 web). */
const KNOWN_PLATFORMS = new Set([1, 2, 3, 4, 5, 6]);

export type ProvisionOutcome = { identity: XsyncIdentity } | { status: Status };

const DEVICE_GUID_LIMIT = 128;

/** A JWT's claims, read without verifying: only used once verification has judged the token. */
function unverifiedClaims(token: string): { sub?: unknown; exp?: unknown } {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as unknown;
    return typeof claims === 'object' && claims !== null ? claims : {};
  } catch {
    return {};
  }
}

/** When an authentic token stops being valid (its signed `exp`), epoch ms; null when it never does. */
function expiryOf(token: string): number | null {
  const exp = unverifiedClaims(token).exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : null;
}

/**
 * PROVISION: the socket's login. The token is checked by AuthService.authenticate, the function
 * the HTTP guard uses (its token state cached, so a known token costs no statement); the device
 * number comes from the token (a login with device_guid) or from the frame's device_guid, registered
 * like a login's (DeviceLogins: a device this process knows costs no statement either).
 */
@Injectable()
export class XsyncProvisionService {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
    private readonly devices: DeviceLogins,
    private readonly repository: RealtimeRepository,
  ) {}

  async provision(request: Provision, handshake: Handshake): Promise<ProvisionOutcome> {
    const token = request.token?.trim();
    if (!token) return { status: { code: StatusCode.InvalidToken, reason: 'token: required; get one from /token/user or /token/id' } };
    // MaxIM's SDK opens the socket without naming its app: the token's own (signed, checked below) claim names it.
    const appId = handshake.appId ?? this.tokens.tokenIdOf(token)?.appId ?? null;
    if (!appId) return { status: { code: StatusCode.InvalidToken, reason: 'token: not an access-token of this server' } };

    let caller;
    try {
      caller = await this.auth.authenticate({ appId, token, tokenOptional: false });
    } catch (error) {
      return { status: await this.refusal(error, appId, token) };
    }
    if (caller.tokenKind !== 'user' || caller.userId === null || caller.tokenId === null) {
      return { status: { code: StatusCode.Unauthorized, reason: 'PROVISION needs a user token, not the app admin token' } };
    }
    const claimed = Number(request.xid?.uid ?? 0);
    if (claimed && claimed !== caller.userId) {
      return { status: { code: StatusCode.InvalidToken, reason: `xid.uid: the token belongs to user ${caller.userId}, not ${claimed}` } };
    }

    const platform = KNOWN_PLATFORMS.has(Number(request.os_type)) ? Number(request.os_type) : null;
    let deviceSn = caller.deviceSn;
    if (deviceSn !== null && platform !== null) await this.devices.recordPlatform(appId, caller.userId, deviceSn, platform);
    if (deviceSn === null) {
      const guid = request.device_guid?.trim();
      if (!guid) {
        return { status: { code: StatusCode.InvalidParameter, reason: 'device_guid: required when the token was issued without one' } };
      }
      if (guid.length > DEVICE_GUID_LIMIT) {
        return { status: { code: StatusCode.InvalidParameter, reason: `device_guid: must be at most ${DEVICE_GUID_LIMIT} characters` } };
      }
      deviceSn = await this.devices.deviceOf(appId, caller.userId, { deviceGuid: guid, userAgent: handshake.userAgent, platform });
    }
    return { identity: { appId, userId: caller.userId, deviceSn, tokenId: caller.tokenId, tokenExpiresAt: expiryOf(token) } };
  }

  /** 402 also covers a disabled user's live token; the SDK needs USER_FROZEN to stop retrying. */
  private async refusal(error: unknown, appId: string, token: string): Promise<Status> {
    if (error instanceof ApiError && error.code === ErrorCode.TokenExpired) {
      const subject = unverifiedClaims(token).sub;
      const userId = typeof subject === 'string' ? Number(subject) : NaN;
      if (Number.isSafeInteger(userId) && userId > 0 && (await this.repository.userStatus(appId, userId)) === 1) {
        return { code: StatusCode.UserFrozen, reason: 'this user is disabled; an admin can enable it with /user/enable' };
      }
    }
    return statusOf(error);
  }
}
