import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { closePoolAndUsers, queueConnection } from './push-queue.backend';

export const PUSH_QUEUE_CONNECTION = Symbol('PUSH_QUEUE_CONNECTION');

/**
 * The one queue connection of the process: Redis options when REDIS_URL is set, else a pg pool on
 * the server's database. It lives in its own module so BullModule.forRootAsync and PushModule
 * share one instance: a provider listed in both would build two pools, and the one BullMQ uses
 * would never be ended (its idle clients then died with "terminating connection due to
 * administrator command" when a test dropped its database).
 */
@Module({
  providers: [
    {
      provide: PUSH_QUEUE_CONNECTION,
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) =>
        queueConnection({
          redisUrl: config.redisUrl,
          databaseUrl: (dataSource.options as { url: string }).url,
          embedded: config.databaseUrl === null,
          // Each queue worker of the process (push fan-out and send, broadcasts, file sweep,
          // webhooks: five) may hold a connection while it waits, besides the jobs running and
          // the producers; with fewer, a concurrency of 1 left no connection to add a job.
          poolSize: Math.min(30, 10 + config.pushWorkerConcurrency),
          claimLeaseMs: config.pushClaimLeaseSeconds * 1000,
        }),
    },
  ],
  exports: [PUSH_QUEUE_CONNECTION],
})
export class PushQueueConnectionModule {}

/**
 * Closes every worker and queue on the PostgreSQL pool (the push ones and any other module's),
 * then the pool; with Redis there is no pool and BullMQ closes its own connections.
 */
@Injectable()
export class PushQueueShutdown implements OnApplicationShutdown {
  constructor(@Inject(PUSH_QUEUE_CONNECTION) private readonly connection: unknown) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.connection instanceof Pool) await closePoolAndUsers(this.connection);
  }
}
