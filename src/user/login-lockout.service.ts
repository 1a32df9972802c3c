import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { RateLimitedError } from '../common/errors/error-codes';

/** Where failed password checks are counted; keys already name the app and the account. */
export interface LoginFailureStore {
  /** Milliseconds the account stays locked, 0 when it is not. */
  lockedForMs(key: string, now: number): Promise<number>;
  /** Counts one failure; the `maxFailures`-th within `windowMs` locks the account for `windowMs`. */
  recordFailure(key: string, now: number, maxFailures: number, windowMs: number): Promise<void>;
  clear(key: string): Promise<void>;
  /** Failures counted in the current window (0 after a lock starts or a success). */
  failures(key: string, now: number): Promise<number>;
}

interface CountedFailures {
  failures: number;
  windowEndsAt: number;
  lockedUntil: number;
}

/** Entries past this many are swept of expired ones on the next write, so guessed names cannot grow the map for ever. */
const SWEEP_ABOVE_ENTRIES = 10_000;

/** Counts in this process: each API process counts alone (README "Accounts and tokens"). */
export class MemoryLoginFailureStore implements LoginFailureStore {
  private readonly entries = new Map<string, CountedFailures>();

  async lockedForMs(key: string, now: number): Promise<number> {
    return Math.max(0, (this.entries.get(key)?.lockedUntil ?? 0) - now);
  }

  async recordFailure(key: string, now: number, maxFailures: number, windowMs: number): Promise<void> {
    if (this.entries.size > SWEEP_ABOVE_ENTRIES) this.sweep(now);
    const counted = this.entries.get(key);
    const current = counted && counted.windowEndsAt > now ? counted : { failures: 0, windowEndsAt: now + windowMs, lockedUntil: 0 };
    current.failures += 1;
    if (current.failures >= maxFailures) {
      current.lockedUntil = now + windowMs;
      current.windowEndsAt = current.lockedUntil;
      current.failures = 0;
    }
    this.entries.set(key, current);
  }

  async clear(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async failures(key: string, now: number): Promise<number> {
    const counted = this.entries.get(key);
    return counted && counted.windowEndsAt > now ? counted.failures : 0;
  }

  private sweep(now: number): void {
    for (const [key, counted] of this.entries) {
      if (counted.windowEndsAt <= now && counted.lockedUntil <= now) this.entries.delete(key);
    }
  }
}

// One round trip per failure: count, start the window on the first, lock and restart the count on the last.
const RECORD_FAILURE = `
local failures = redis.call('INCR', KEYS[1])
if failures == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if failures >= tonumber(ARGV[1]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
  redis.call('DEL', KEYS[1])
end
return failures`;

/** Counts in Redis, shared by every API process; expiry is Redis's own clock. */
export class RedisLoginFailureStore implements LoginFailureStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'login',
  ) {}

  async lockedForMs(key: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(`${this.prefix}:lock:${key}`));
  }

  async recordFailure(key: string, _now: number, maxFailures: number, windowMs: number): Promise<void> {
    await this.redis.eval(RECORD_FAILURE, 2, `${this.prefix}:fail:${key}`, `${this.prefix}:lock:${key}`, maxFailures, windowMs);
  }

  async clear(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}:fail:${key}`);
  }

  async failures(key: string): Promise<number> {
    return Number((await this.redis.get(`${this.prefix}:fail:${key}`)) ?? 0);
  }
}

/**
 * Per-account brake on password guessing, beside the per-address AuthRateLimitGuard: after
 * LOGIN_MAX_FAILURES wrong passwords within LOGIN_LOCKOUT_SECONDS the account refuses every password
 * check with 429 and Retry-After until the lock ends, without hashing anything. The key is the
 * account (user id, or the name asked for when no such user exists, so unknown names lock alike),
 * never the caller's address: spreading guesses over many addresses does not help, and other
 * accounts tried from the same address are not affected.
 */
@Injectable()
export class LoginLockoutService implements OnModuleDestroy {
  private readonly redis: Redis | null;
  private readonly store: LoginFailureStore;
  private readonly maxFailures: number;
  private readonly windowMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 3 }) : null;
    this.store = this.redis ? new RedisLoginFailureStore(this.redis) : new MemoryLoginFailureStore();
    this.maxFailures = config.loginMaxFailures;
    this.windowMs = config.loginLockoutSeconds * 1000;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => undefined);
  }

  /** Throws 429 while the account is locked; call it before hashing the offered password. */
  async assertUnlocked(appId: string, account: string): Promise<void> {
    const lockedForMs = await this.store.lockedForMs(keyOf(appId, account), this.clock.now().getTime());
    if (lockedForMs > 0) {
      const seconds = Math.ceil(lockedForMs / 1000);
      throw new RateLimitedError(`too many wrong passwords for this account; try again in ${seconds} s`, seconds);
    }
  }

  failed(appId: string, account: string): Promise<void> {
    return this.store.recordFailure(keyOf(appId, account), this.clock.now().getTime(), this.maxFailures, this.windowMs);
  }

  /** Wrong passwords the account took in the current window: the app may ask for a captcha past a number of them. */
  recentFailures(appId: string, account: string): Promise<number> {
    return this.store.failures(keyOf(appId, account), this.clock.now().getTime());
  }

  succeeded(appId: string, account: string): Promise<void> {
    return this.store.clear(keyOf(appId, account));
  }
}

function keyOf(appId: string, account: string): string {
  return `${appId}:${account}`;
}
