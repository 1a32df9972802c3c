import { createSecretKey, KeyObject, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { LRUCache } from 'lru-cache';
import { HotStateCache, hotStateTag } from '../cache/hot-state.cache';
import { AppConfig, APP_CONFIG } from '../config/config';
import { ApiError, ErrorCode } from '../errors/error-codes';
import { TokenKind } from './access-token.entity';
import { AuthRepository, TokenState } from './auth.repository';

interface TokenClaims {
  /** Token kind, signed so a user token can never pass as an admin token. */
  knd: TokenKind;
  app: string;
  sub?: string;
  jti: string;
  /** Expiry in epoch seconds; admin tokens have none. */
  exp?: number;
}

/** A token whose signature was checked with `secret`, and what it claims. */
interface VerifiedSignature {
  secret: string;
  claims: TokenClaims;
}

export interface IssuedToken {
  token: string;
  tokenId: string;
  /** Expiry in epoch milliseconds; null for admin tokens, which live until revoked. */
  expire: number | null;
}

export interface VerifiedToken extends TokenState {
  tokenId: string;
}

/** Token ids are UUIDs (randomUUID): anything else cannot name a token row. */
const TOKEN_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Verification keys kept (one per app secret); beyond this the cache starts over. */
const MAX_CACHED_KEYS = 1000;

/** Tokens whose signature is remembered as checked; the least recently used go first (about 0.7 KB each, src/common/README.md "Memory"). */
export const VERIFIED_TOKENS_MAX = 50_000;

const EXPIRED_MESSAGE = 'access-token has expired; get a new one from /token/user, /token/id or /token/login';

interface SigningApp {
  id: string;
  secret: string;
}

/**
 * Issues and checks access tokens. A token is a JWT signed with its app's secret and backed by an
 * access_tokens row: the signature proves the app and the kind, the row decides whether the token
 * is still alive (revocation on disable, device removal, password change, operator revoke).
 */
@Injectable()
export class TokenService {
  /**
   * Verification keys by app secret. Given the secret as a string, jsonwebtoken first tries to read
   * it as a public key and builds the secret key only after that throws, on every request.
   */
  private readonly keys = new Map<string, KeyObject>();

  /**
   * Tokens already verified, by their exact text. A signature is a pure function of the text and the
   * app secret, so checking it again on each request (a JSON parse, an HMAC and @nestjs/jwt's option
   * merging: 7% of the server's time under GET /user/profile) proves nothing new. Expiry is still
   * judged on every request, and revocation, kind and user status by the token's row (hot-state
   * cache), as for a token verified afresh. Not part of HotStateCache: nothing here can go stale, so
   * there is nothing to invalidate.
   */
  private readonly verifiedSignatures = new LRUCache<string, VerifiedSignature>({ max: VERIFIED_TOKENS_MAX });

  constructor(
    private readonly jwt: JwtService,
    private readonly repository: AuthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: HotStateCache,
  ) {}

  /** `ttlSeconds`: the token's lifetime (POST /token/issue); USER_TOKEN_TTL_SECONDS otherwise. */
  async issueUserToken(appId: string, userId: number, deviceSn: number | null, ttlSeconds = this.config.userTokenTtlSeconds): Promise<IssuedToken> {
    const app = await this.signingApp(appId);
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const tokenId = randomUUID();
    await this.repository.insertToken({ id: tokenId, appId: app.id, kind: 'user', userId, deviceSn, expiresAt });
    const token = await this.jwt.signAsync(
      { knd: 'user', app: app.id, sub: String(userId) },
      { secret: app.secret, jwtid: tokenId, expiresIn: ttlSeconds, algorithm: 'HS256' },
    );
    return { token, tokenId, expire: expiresAt.getTime() };
  }

  async issueAdminToken(appId: string): Promise<IssuedToken> {
    const app = await this.signingApp(appId);
    const tokenId = randomUUID();
    await this.repository.insertToken({ id: tokenId, appId: app.id, kind: 'admin', userId: null, deviceSn: null, expiresAt: null });
    const token = await this.jwt.signAsync({ knd: 'admin', app: app.id }, { secret: app.secret, jwtid: tokenId, algorithm: 'HS256' });
    return { token, tokenId, expire: null };
  }

  private async signingApp(appId: string): Promise<SigningApp> {
    const app = await this.repository.findApp(appId);
    if (!app) throw ApiError.appNotFound(appId);
    return app;
  }

  /**
   * The token id a token claims for this app, read WITHOUT checking its signature (null when it
   * names another app or no UUID): only to fetch its row alongside the app; verify() decides.
   */
  claimedTokenId(appId: string, token: string): string | null {
    let claims: TokenClaims | null = this.verifiedSignatures.peek(token)?.claims ?? null;
    try {
      claims ??= this.jwt.decode<TokenClaims | null>(token);
    } catch {
      return null;
    }
    return claims?.app === appId && typeof claims.jti === 'string' && TOKEN_ID_PATTERN.test(claims.jti) ? claims.jti : null;
  }

  /**
   * Refuses forged, foreign or unknown tokens with 10008 and expired or revoked ones with 402.
   * `loaded` is the row of the token id the token claimed, read before its signature was checked;
   * it is used only when the verified id is that id.
   */
  async verify(app: SigningApp, token: string, loaded?: { tokenId: string; state: TokenState | null }): Promise<VerifiedToken> {
    const claims = this.rememberedClaims(app, token) ?? (await this.checkSignature(app, token));
    let state: TokenState | null = null;
    if (claims.app === app.id && claims.jti) {
      state = loaded && loaded.tokenId === claims.jti ? loaded.state : await this.repository.findTokenState(app.id, claims.jti);
    }
    return this.accept(claims, state);
  }

  /**
   * verify() without a promise, for a token whose signature is remembered and whose row was loaded
   * (the guard's fast path): the same answer or error, or undefined when verify() would have to
   * prove the signature or read the row.
   */
  verifyKnown(app: SigningApp, token: string, loaded: { tokenId: string; state: TokenState | null }): VerifiedToken | undefined {
    const claims = this.rememberedClaims(app, token);
    if (!claims) return undefined;
    const ownToken = claims.app === app.id && Boolean(claims.jti);
    if (ownToken && loaded.tokenId !== claims.jti) return undefined;
    return this.accept(claims, ownToken ? loaded.state : null);
  }

  /** The token's row checked against its proven claims: refused with 10008 or 402, or the verified token. */
  private accept(claims: TokenClaims, state: TokenState | null): VerifiedToken {
    if (!state || state.kind !== claims.knd || (state.userId !== null && String(state.userId) !== claims.sub)) {
      throw new ApiError(ErrorCode.TokenInvalid, 'access-token is not a valid token of this app');
    }
    if (state.revokedAt) {
      throw new ApiError(ErrorCode.TokenExpired, 'access-token has been revoked; log in again');
    }
    if (state.expiresAt && state.expiresAt.getTime() <= Date.now()) {
      throw new ApiError(ErrorCode.TokenExpired, EXPIRED_MESSAGE);
    }
    if (state.userStatus !== null && state.userStatus !== 0) {
      throw new ApiError(ErrorCode.TokenExpired, 'access-token belongs to a disabled user');
    }
    return { ...state, tokenId: claims.jti };
  }

  /**
   * The claims of a token whose signature was proven with this app's secret before, once more
   * checked for expiry (as jsonwebtoken does: expired from `exp` on); undefined when not remembered.
   * Synchronous, so a remembered token costs no promise.
   */
  private rememberedClaims(app: SigningApp, token: string): TokenClaims | undefined {
    const known = this.verifiedSignatures.get(token);
    if (!known || known.secret !== app.secret) return undefined;
    if (known.claims.exp !== undefined && known.claims.exp * 1000 <= Date.now()) throw new ApiError(ErrorCode.TokenExpired, EXPIRED_MESSAGE);
    return known.claims;
  }

  /** Proves the token's signature with the app's secret (and its expiry), and remembers it. */
  private async checkSignature(app: SigningApp, token: string): Promise<TokenClaims> {
    let claims: TokenClaims;
    try {
      // @nestjs/jwt types the secret as string | Buffer but hands it to jsonwebtoken, which takes a KeyObject.
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { secret: this.keyOf(app.secret) as unknown as string, algorithms: ['HS256'] });
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw new ApiError(ErrorCode.TokenExpired, EXPIRED_MESSAGE);
      }
      throw new ApiError(ErrorCode.TokenInvalid, 'access-token is not a valid token of this app');
    }
    this.verifiedSignatures.set(token, { secret: app.secret, claims });
    return claims;
  }

  private keyOf(secret: string): KeyObject {
    let key = this.keys.get(secret);
    if (!key) {
      if (this.keys.size >= MAX_CACHED_KEYS) this.keys.clear();
      key = createSecretKey(Buffer.from(secret));
      this.keys.set(secret, key);
    }
    return key;
  }

  // Each revocation drops the cached token state in every process before it answers.
  async revokeToken(appId: string, tokenId: string): Promise<boolean> {
    const revoked = await this.repository.revokeToken(appId, tokenId);
    await this.cache.invalidate([hotStateTag.token(appId, tokenId)]);
    return revoked;
  }

  async revokeAdminTokens(appId: string): Promise<number> {
    const revoked = await this.repository.revokeAdminTokens(appId);
    await this.cache.invalidate([hotStateTag.app(appId)]);
    return revoked;
  }

  async revokeUserTokens(appId: string, userId: number, scope: { deviceSn?: number; exceptTokenId?: string } = {}): Promise<number> {
    const revoked = await this.repository.revokeUserTokens(appId, userId, scope);
    await this.cache.invalidate([hotStateTag.user(appId, userId)]);
    return revoked;
  }

  /** Reads the id of a token without trusting it, so an operator can revoke a token by its text. */
  tokenIdOf(token: string): { appId: string; tokenId: string } | null {
    const claims = this.jwt.decode<TokenClaims | null>(token);
    return claims?.app && claims.jti ? { appId: claims.app, tokenId: claims.jti } : null;
  }
}
