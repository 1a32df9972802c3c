import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import { TokenService } from '../common/auth/token.service';
import { NoticeService } from '../notice/notice.service';
import { NoticeNamespace, UserNoticeType } from '../notice/notice.types';

/**
 * Which of a user's sessions ended and why: every device's, or one device's; `exceptTokenId`
 * survives. `reason` is the UserNotice the gateway sends a socket before closing it.
 */
export interface EndedSessions {
  appId: string;
  userId: number;
  deviceSn: number | null;
  exceptTokenId: string | null;
  /** Set when only the sockets opened with this one token end (logout); the other fields then only describe it. */
  onlyTokenId?: string;
  reason: UserNoticeType;
}

export interface SessionScope {
  deviceSn?: number;
  exceptTokenId?: string;
  /** The device of the surviving token, so its own notice stream does not tell it to log out. */
  exceptDeviceSn?: number;
}

const SESSIONS_ENDED = 'sessions-ended';

/**
 * The one way a user's sessions end (kick, device removal, password change, disable, delete).
 * REST callers are stopped by revoking tokens; the user's stream gets the UserNotice, so its
 * other devices learn why on their next sync; and the realtime gateway subscribes with
 * `onSessionsEnded` to close the matching sockets in this process.
 */
@Injectable()
export class UserSessionsService {
  private readonly events = new EventEmitter();

  constructor(
    private readonly tokens: TokenService,
    private readonly notices: NoticeService,
  ) {
    this.events.setMaxListeners(0);
  }

  /** Revokes the scoped tokens, so the next request with one gets 402, and closes their sockets. */
  async revoke(appId: string, userId: number, reason: UserNoticeType, scope: SessionScope = {}): Promise<number> {
    const revoked = await this.tokens.revokeUserTokens(appId, userId, scope);
    await this.tell(appId, userId, reason, scope);
    this.announce(appId, userId, reason, scope);
    return revoked;
  }

  /**
   * Logout: revokes the one token and closes the sockets opened with it. The user's other devices
   * are not told (nothing changed for them), so no notice is stored.
   */
  async endToken(appId: string, userId: number, tokenId: string, deviceSn: number | null): Promise<void> {
    await this.tokens.revokeToken(appId, tokenId);
    this.events.emit(SESSIONS_ENDED, { appId, userId, deviceSn, exceptTokenId: null, onlyTokenId: tokenId, reason: UserNoticeType.DeviceLogout } satisfies EndedSessions);
  }

  /** Closes the scoped sockets without revoking tokens (a disabled user's tokens work again once enabled). */
  async disconnect(appId: string, userId: number, reason: UserNoticeType, scope: SessionScope = {}): Promise<void> {
    await this.tell(appId, userId, reason, scope);
    this.announce(appId, userId, reason, scope);
  }

  /** Closes every socket of a user that no longer exists: there is no stream left to store a notice in. */
  disconnectDeleted(appId: string, userId: number): void {
    this.announce(appId, userId, UserNoticeType.Removed, {});
  }

  /** Returns the function that unsubscribes. */
  onSessionsEnded(listener: (ended: EndedSessions) => void): () => void {
    this.events.on(SESSIONS_ENDED, listener);
    return () => this.events.off(SESSIONS_ENDED, listener);
  }

  private async tell(appId: string, userId: number, reason: UserNoticeType, scope: SessionScope): Promise<void> {
    // The sparing token names the kicker too: a web login has no device, so its device number alone cannot spare it.
    const content =
      scope.deviceSn !== undefined
        ? JSON.stringify({ device_sn: scope.deviceSn })
        : scope.exceptDeviceSn !== undefined || scope.exceptTokenId !== undefined
          ? JSON.stringify({ except_device_sn: scope.exceptDeviceSn, except_token_id: scope.exceptTokenId })
          : null;
    await this.notices.publish(appId, { namespace: NoticeNamespace.User, type: reason, fromId: null, toIds: [userId], content }, [userId]);
  }

  private announce(appId: string, userId: number, reason: UserNoticeType, scope: SessionScope): void {
    const ended: EndedSessions = {
      appId,
      userId,
      deviceSn: scope.deviceSn ?? null,
      exceptTokenId: scope.exceptTokenId ?? null,
      reason,
    };
    this.events.emit(SESSIONS_ENDED, ended);
  }
}
