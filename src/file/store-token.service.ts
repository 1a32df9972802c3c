import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { FileRepository } from './file.repository';
import { FileSigner } from './file-signer.service';
import { StoreTokenClaims } from './file.types';

/** The user a valid store token stands for, and the login it came with. */
export interface StoreTokenHolder {
  userId: number;
  tokenId: string;
}

/**
 * `store_token`, returned by /token/*: a download credential for the user's files, for clients
 * that cannot set the access-token header (an <img> or <audio> element, a download manager). It
 * is an HMAC-signed (FileSigner, purpose "store") `{user, login token id, expiry}`; it expires with
 * its login token and dies when that token is revoked (logout, kick, password change, disable),
 * and it grants nothing but GET /file/download/*.
 */
@Injectable()
export class StoreTokenService {
  constructor(
    private readonly signer: FileSigner,
    private readonly repository: FileRepository,
    private readonly clock: Clock,
  ) {}

  issue(appId: string, userId: number, tokenId: string, expireMs: number): Promise<string> {
    const claims: StoreTokenClaims = { u: userId, t: tokenId, e: Math.floor(expireMs / 1000) };
    return this.signer.sign(appId, 'store', claims);
  }

  /** 10008 for tokens this app did not sign; 402 for expired or revoked ones and disabled users. */
  async verify(appId: string, token: string): Promise<StoreTokenHolder> {
    const claims = await this.signer.verify<StoreTokenClaims>(appId, 'store', token);
    if (!claims || !Number.isSafeInteger(claims.u) || typeof claims.t !== 'string' || !Number.isSafeInteger(claims.e)) {
      throw new ApiError(ErrorCode.TokenInvalid, 'store_token: not a valid store token of this app');
    }
    if (claims.e * 1000 <= this.clock.now().getTime()) {
      throw new ApiError(ErrorCode.TokenExpired, 'store_token: has expired; log in again for a new one');
    }
    const login = await this.repository.loginState(appId, claims.t);
    if (!login || login.kind !== 'user' || login.userId !== claims.u) {
      throw new ApiError(ErrorCode.TokenInvalid, 'store_token: not a valid store token of this app');
    }
    if (login.revokedAt) throw new ApiError(ErrorCode.TokenExpired, 'store_token: its login was revoked; log in again');
    if (login.userStatus !== 0) throw new ApiError(ErrorCode.TokenExpired, 'store_token: belongs to a disabled user');
    return { userId: claims.u, tokenId: claims.t };
  }
}
