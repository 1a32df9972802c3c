import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import { TokenService } from '../common/auth/token.service';

/** Which of a user's sessions ended: every device's, or one device's; `exceptTokenId` survives. */
export interface EndedSessions {
  appId: string;
  userId: number;
  deviceSn: number | null;
  exceptTokenId: string | null;
}

export interface SessionScope {
  deviceSn?: number;
  exceptTokenId?: string;
}

const SESSIONS_ENDED = 'sessions-ended';

/**
 * The one way a user's sessions end (kick, device removal, password change, disable, delete).
 * REST callers are stopped by revoking tokens; the realtime gateway subscribes with
 * `onSessionsEnded` to close the matching sockets in this process.
 */
@Injectable()
export class UserSessionsService {
  private readonly events = new EventEmitter();

  constructor(private readonly tokens: TokenService) {
    this.events.setMaxListeners(0);
  }

  /** Revokes the scoped tokens, so the next request with one gets 402, and closes their sockets. */
  async revoke(appId: string, userId: number, scope: SessionScope = {}): Promise<number> {
    const revoked = await this.tokens.revokeUserTokens(appId, userId, scope);
    this.disconnect(appId, userId, scope);
    return revoked;
  }

  /** Closes the scoped sockets without revoking tokens (a disabled user's tokens work again once enabled). */
  disconnect(appId: string, userId: number, scope: SessionScope = {}): void {
    const ended: EndedSessions = {
      appId,
      userId,
      deviceSn: scope.deviceSn ?? null,
      exceptTokenId: scope.exceptTokenId ?? null,
    };
    this.events.emit(SESSIONS_ENDED, ended);
  }

  /** Returns the function that unsubscribes. */
  onSessionsEnded(listener: (ended: EndedSessions) => void): () => void {
    this.events.on(SESSIONS_ENDED, listener);
    return () => this.events.off(SESSIONS_ENDED, listener);
  }
}
