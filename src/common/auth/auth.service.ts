import { Injectable } from '@nestjs/common';
import { ApiError, ErrorCode } from '../errors/error-codes';
import { parseDecimalId } from '../number-text';
import { AuthRepository } from './auth.repository';
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
  constructor(
    private readonly repository: AuthRepository,
    private readonly tokens: TokenService,
  ) {}

  async authenticate(credentials: Credentials): Promise<CallerContext> {
    const appId = credentials.appId?.trim();
    if (!appId) throw ApiError.badParameter('app_id header: required on every call');
    // With a token, the app and the token's row are read in one round trip (the token's id is read
    // unverified to name the row; verify() checks the signature before the row is believed).
    const claimedTokenId = credentials.token ? this.tokens.claimedTokenId(appId, credentials.token) : null;
    const found = claimedTokenId ? await this.repository.findAppWithToken(appId, claimedTokenId) : null;
    const app = found?.app ?? (await this.repository.findApp(appId));
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
}
