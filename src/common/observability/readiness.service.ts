import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, APP_CONFIG } from '../config/config';
import { ReadinessRepository } from './readiness.repository';

/** A check that takes longer than this counts as failed: a probe must answer before its own timeout. */
const CHECK_TIMEOUT_MS = 2000;

export type CheckResult = 'ok' | 'not configured' | string;

export interface Readiness {
  ready: boolean;
  checks: { postgresql: CheckResult; migrations: CheckResult; redis: CheckResult; draining: CheckResult };
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function outcome(check: () => Promise<unknown>, what: string): Promise<CheckResult> {
  try {
    await withTimeout(check(), what);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * What /readyz answers: PostgreSQL answers, every migration of this build is applied, Redis answers
 * when REDIS_URL is set, and the process is not shutting down. Each check reports `ok` or why not.
 */
@Injectable()
export class ReadinessService implements OnApplicationShutdown {
  /** Its own connection, failing fast: commands are not queued while it is down. */
  private readonly redis: Redis | null;
  /** Migrations are never un-applied under a running process: once seen applied, not asked again. */
  private migrationsApplied = false;

  constructor(
    private readonly repository: ReadinessRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
    this.redis?.on('error', () => undefined); // the next probe reports it
  }

  async check(draining: boolean): Promise<Readiness> {
    const [postgresql, migrations, redis] = await Promise.all([
      outcome(() => this.repository.ping(), 'PostgreSQL'),
      outcome(() => this.checkMigrations(), 'the migrations table'),
      this.redis ? outcome(() => this.pingRedis(this.redis!), 'Redis') : Promise.resolve('not configured'),
    ]);
    const checks = { postgresql, migrations, redis, draining: draining ? 'shutting down' : 'ok' };
    return { ready: Object.values(checks).every((result) => result === 'ok' || result === 'not configured'), checks };
  }

  private async checkMigrations(): Promise<void> {
    if (this.migrationsApplied) return;
    if (await this.repository.hasPendingMigrations()) throw new Error('pending migrations: run npm run migration:run (or start an API process, which applies them)');
    this.migrationsApplied = true;
  }

  private async pingRedis(redis: Redis): Promise<void> {
    if (redis.status === 'wait' || redis.status === 'end') await redis.connect();
    await redis.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }
}
