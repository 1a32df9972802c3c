import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Clock } from '../../../common/clock';
import { AppConfig, APP_CONFIG } from '../../../common/config/config';
import { VendorTokenRepository } from './vendor-token.repository';
import { RedisVendorTokenStore, StoredVendorToken, VendorTokenStore } from './vendor-token.store';

/** Which cached token: one per app, vendor and credential (the credential's fingerprint, so editing it starts afresh). */
export interface VendorTokenScope {
  appId: string;
  vendor: string;
  /** Everything that identifies the credential, secrets included; only its hash is stored. */
  credentialParts: unknown[];
}

/** What a fetcher returns: the token and how long the vendor says it lives. */
export interface FetchedVendorToken {
  token: string;
  expiresInMs: number;
}

export interface VendorTokenOptions {
  /** Renew this long before the vendor's expiry, so no send races the deadline. */
  refreshMarginMs: number;
}

const LEASE_MS = 30_000;
const POLL_MS = 50;
/** How long a worker waits on another worker's refresh before fetching itself. */
const MAX_POLLS = 400;

/**
 * Vendor auth tokens, cached per credential and shared between workers (Redis when REDIS_URL is set,
 * else PostgreSQL), with single-flight refresh: in one process concurrent callers share one promise;
 * across processes one worker holds the refresh lease while the others poll the store.
 * An auth-expired answer calls `invalidate` with the rejected token and then `get` again.
 */
@Injectable()
export class VendorTokenCache implements OnModuleDestroy {
  private readonly store: VendorTokenStore;
  private readonly redis: Redis | null;
  private readonly local = new Map<string, StoredVendorToken>();
  private readonly inflight = new Map<string, Promise<string>>();
  private readonly owner = randomUUID();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    repository: VendorTokenRepository,
  ) {
    this.redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 }) : null;
    this.store = this.redis ? new RedisVendorTokenStore(this.redis) : repository;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }

  /** A valid token for the scope, fetched with `fetcher` only when no worker has a usable one. */
  async get(scope: VendorTokenScope, options: VendorTokenOptions, fetcher: () => Promise<FetchedVendorToken>): Promise<string> {
    const cacheKey = cacheKeyOf(scope);
    const usable = (token: StoredVendorToken | null | undefined): token is StoredVendorToken =>
      !!token && token.expiresAt - options.refreshMarginMs > this.clock.now().getTime();
    const local = this.local.get(cacheKey);
    if (usable(local)) return local.token;
    const running = this.inflight.get(cacheKey);
    if (running) return running;
    const refresh = this.refresh(scope.appId, cacheKey, usable, fetcher).finally(() => this.inflight.delete(cacheKey));
    this.inflight.set(cacheKey, refresh);
    return refresh;
  }

  /** Forgets `token` (the vendor rejected it) unless a newer one was stored meanwhile. */
  async invalidate(scope: VendorTokenScope, token: string): Promise<void> {
    const cacheKey = cacheKeyOf(scope);
    if (this.local.get(cacheKey)?.token === token) this.local.delete(cacheKey);
    await this.store.discard(scope.appId, cacheKey, token);
  }

  private async refresh(
    appId: string,
    cacheKey: string,
    usable: (token: StoredVendorToken | null) => token is StoredVendorToken,
    fetcher: () => Promise<FetchedVendorToken>,
  ): Promise<string> {
    for (let poll = 0; poll < MAX_POLLS; poll++) {
      const stored = await this.store.read(appId, cacheKey);
      if (usable(stored)) {
        this.local.set(cacheKey, stored);
        return stored.token;
      }
      const now = this.clock.now().getTime();
      if (await this.store.claimRefresh(appId, cacheKey, this.owner, now + LEASE_MS, now)) {
        try {
          // Another worker may have saved a token between our read and our claim: use it, do not fetch twice.
          const saved = await this.store.read(appId, cacheKey);
          if (usable(saved)) {
            await this.store.release(appId, cacheKey, this.owner);
            this.local.set(cacheKey, saved);
            return saved.token;
          }
          const fresh = await this.fetchAndKeep(cacheKey, fetcher);
          await this.store.save(appId, cacheKey, fresh, this.owner);
          return fresh.token;
        } catch (error) {
          await this.store.release(appId, cacheKey, this.owner).catch(() => undefined);
          throw error;
        }
      }
      await sleep(POLL_MS);
    }
    // The lease holder is stuck beyond every reasonable auth call; fetch rather than stall the batch.
    const fresh = await this.fetchAndKeep(cacheKey, fetcher);
    await this.store.save(appId, cacheKey, fresh, this.owner);
    return fresh.token;
  }

  private async fetchAndKeep(cacheKey: string, fetcher: () => Promise<FetchedVendorToken>): Promise<StoredVendorToken> {
    const fetched = await fetcher();
    const fresh = { token: fetched.token, expiresAt: this.clock.now().getTime() + fetched.expiresInMs };
    this.local.set(cacheKey, fresh);
    return fresh;
  }
}

export function cacheKeyOf(scope: VendorTokenScope): string {
  const fingerprint = createHash('sha256').update(JSON.stringify(scope.credentialParts)).digest('hex').slice(0, 32);
  return `${scope.vendor}:${fingerprint}`;
}
