import { Injectable } from '@nestjs/common';
import { HotStateCache, HotStateRegion, hotStateTag } from '../cache/hot-state.cache';
import { ApiError, ErrorCode } from '../errors/error-codes';
import { parseDecimalId } from '../number-text';
import { AuthRepository, SigningAppRow, TokenState } from './auth.repository';
import { CallerContext } from './caller';
import { TokenService } from './token.service';

export interface Credentials {
  appId?: string;
  token?: string;
  userIdHeader?: string;
  groupIdHeader?: string;
  /** The route accepts callers without a token. */
  tokenOptional: boolean;
}

/** The app and a token's row, as read together by the guard. */
interface AppWithToken {
  app: SigningAppRow;
  token: TokenState | null;
}

function parseIdHeader(name: string, raw: string): number {
  const value = parseDecimalId(raw.trim());
  if (value === null) throw ApiError.badParameter(`${name} header: must be a positive integer id, got ${JSON.stringify(raw)}`);
  return value;
}

/**
 * Resolves the caller of a request from its headers. Denies by default: a missing app, token or
 * impersonation target is an error, never a fall-back to a weaker identity. The websocket
 * handshake resolves its callers through this same method.
 */
@Injectable()
export class AuthService {
  private readonly apps: HotStateRegion<SigningAppRow>;
  private readonly credentials: HotStateRegion<AppWithToken>;

  constructor(
    private readonly repository: AuthRepository,
    private readonly tokens: TokenService,
    cache: HotStateCache,
  ) {
    this.apps = cache.region('apps', { max: 1_000 });
    this.credentials = cache.region('tokens', { max: 50_000 });
  }

  async authenticate(credentials: Credentials): Promise<CallerContext> {
    const appId = credentials.appId?.trim();
    if (!appId) throw ApiError.badParameter('app_id header: required on every call');
    // With a token, the app and the token's row are read in one round trip (the token's id is read
    // unverified to name the row; verify() checks the signature before the row is believed).
    const claimedTokenId = credentials.token ? this.tokens.claimedTokenId(appId, credentials.token) : null;
    const found = await this.findAppWithToken(appId, claimedTokenId);
    const app = found?.app ?? (await this.findApp(appId));
    if (!app) throw ApiError.appNotFound(appId);
    const callerApp = { id: app.id, registrationOpen: app.registrationOpen };

    const impersonating = Boolean(credentials.userIdHeader || credentials.groupIdHeader);
    if (!credentials.token) {
      if (!credentials.tokenOptional) throw new ApiError(ErrorCode.TokenMissing, 'access-token header: required for this operation');
      if (impersonating) throw ApiError.noPermission('user_id and group_id headers need an app admin access-token');
      return new CallerContext(callerApp, null, null, null, null, null);
    }

    const token = await this.tokens.verify(app, credentials.token, found ? { tokenId: claimedTokenId!, state: found.token } : undefined);
    if (token.kind === 'user') {
      if (impersonating) throw ApiError.noPermission('user_id and group_id headers need an app admin access-token, not a user token');
      return new CallerContext(callerApp, token.tokenId, 'user', token.userId, null, token.deviceSn);
    }

    if (credentials.userIdHeader && credentials.groupIdHeader) {
      throw ApiError.badParameter('user_id and group_id headers: send one of them, not both');
    }
    if (credentials.userIdHeader) {
      const userId = parseIdHeader('user_id', credentials.userIdHeader);
      if (!(await this.repository.userExists(app.id, userId))) throw ApiError.userNotFound(userId);
      return new CallerContext(callerApp, token.tokenId, 'admin', userId, null, null);
    }
    if (credentials.groupIdHeader) {
      const groupId = parseIdHeader('group_id', credentials.groupIdHeader);
      if (!(await this.repository.groupExists(app.id, groupId))) {
        throw new ApiError(ErrorCode.GroupNotFound, `group ${groupId} does not exist in this app`);
      }
      return new CallerContext(callerApp, token.tokenId, 'admin', null, groupId, null);
    }
    return new CallerContext(callerApp, token.tokenId, 'admin', null, null, null);
  }

  /**
   * authenticate() without a promise when everything it reads is at hand: a token naming no other
   * user or group, whose app and row are cached and whose signature is remembered. The same caller
   * or error as authenticate(), or undefined when it would have to wait for something.
   */
  authenticateKnown(credentials: Credentials): CallerContext | undefined {
    const appId = credentials.appId?.trim();
    if (!appId || !credentials.token || credentials.userIdHeader || credentials.groupIdHeader) return undefined;
    const claimedTokenId = this.tokens.claimedTokenId(appId, credentials.token);
    const found = claimedTokenId ? this.credentials.cached(`${appId} ${claimedTokenId}`) : undefined;
    if (!found) return undefined;
    const token = this.tokens.verifyKnown(found.app, credentials.token, { tokenId: claimedTokenId!, state: found.token });
    if (!token) return undefined;
    const callerApp = { id: found.app.id, registrationOpen: found.app.registrationOpen };
    return token.kind === 'user'
      ? new CallerContext(callerApp, token.tokenId, 'user', token.userId, null, token.deviceSn)
      : new CallerContext(callerApp, token.tokenId, 'admin', null, null, null);
  }

  /** The app and the claimed token's row, from the hot-state cache when there; an unknown token is never cached. */
  private async findAppWithToken(appId: string, tokenId: string | null): Promise<AppWithToken | null> {
    if (!tokenId) return null;
    return this.credentials.read(
      `${appId} ${tokenId}`,
      () => this.repository.findAppWithToken(appId, tokenId),
      ({ token }) => {
        if (!token) return null;
        const tags = [hotStateTag.app(appId), hotStateTag.token(appId, tokenId)];
        return token.userId === null ? tags : [...tags, hotStateTag.user(appId, token.userId)];
      },
    );
  }

  private findApp(appId: string): Promise<SigningAppRow | null> {
    return this.apps.read(
      appId,
      async () => {
        const app = await this.repository.findApp(appId);
        return app && { id: app.id, secret: app.secret, registrationOpen: app.registrationOpen };
      },
      () => [hotStateTag.app(appId)],
    );
  }
}
