import Redis from 'ioredis';

/** A vendor auth token and when it stops being usable (epoch ms, judged by the Clock). */
export interface StoredVendorToken {
  token: string;
  expiresAt: number;
}

/**
 * Where cached vendor tokens live so that every worker process shares them: Redis when REDIS_URL
 * is set, else the push_vendor_tokens table. Both implement the same lease protocol: a worker that
 * needs a new token claims a short lease, fetches, saves (which ends its lease); the others poll.
 */
export interface VendorTokenStore {
  read(appId: string, cacheKey: string): Promise<StoredVendorToken | null>;
  /** True when this owner now holds the refresh lease (no one else holds an unexpired one). */
  claimRefresh(appId: string, cacheKey: string, owner: string, leaseUntil: number, now: number): Promise<boolean>;
  /** Stores a fresh token and ends the owner's lease. */
  save(appId: string, cacheKey: string, token: StoredVendorToken, owner: string): Promise<void>;
  release(appId: string, cacheKey: string, owner: string): Promise<void>;
  /** Forgets the token only if it is still the given one, so a newer token saved meanwhile survives. */
  discard(appId: string, cacheKey: string, token: string): Promise<void>;
}

const COMPARE_AND_DELETE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const DISCARD_TOKEN = `local v = redis.call('GET', KEYS[1]) if v and cjson.decode(v).token == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/** The Redis token store. Values keep a real-time TTL as a bound; expiry proper is judged by the Clock. */
export class RedisVendorTokenStore implements VendorTokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'push:vendor-token',
  ) {}

  private tokenKey(appId: string, cacheKey: string): string {
    return `${this.prefix}:${appId}:${cacheKey}`;
  }

  private leaseKey(appId: string, cacheKey: string): string {
    return `${this.tokenKey(appId, cacheKey)}:refresh`;
  }

  async read(appId: string, cacheKey: string): Promise<StoredVendorToken | null> {
    const raw = await this.redis.get(this.tokenKey(appId, cacheKey));
    return raw ? (JSON.parse(raw) as StoredVendorToken) : null;
  }

  async claimRefresh(appId: string, cacheKey: string, owner: string, leaseUntil: number, now: number): Promise<boolean> {
    const answer = await this.redis.set(this.leaseKey(appId, cacheKey), owner, 'PX', Math.max(1, leaseUntil - now), 'NX');
    return answer === 'OK';
  }

  async save(appId: string, cacheKey: string, token: StoredVendorToken, owner: string): Promise<void> {
    // At most a day in Redis whatever the vendor says; a token read back after that is simply refetched.
    await this.redis.set(this.tokenKey(appId, cacheKey), JSON.stringify(token), 'PX', 24 * 3600 * 1000);
    await this.release(appId, cacheKey, owner);
  }

  async release(appId: string, cacheKey: string, owner: string): Promise<void> {
    await this.redis.eval(COMPARE_AND_DELETE, 1, this.leaseKey(appId, cacheKey), owner);
  }

  async discard(appId: string, cacheKey: string, token: string): Promise<void> {
    await this.redis.eval(DISCARD_TOKEN, 1, this.tokenKey(appId, cacheKey), token);
  }
}
