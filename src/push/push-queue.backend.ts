import { BullModule } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { createPostgresBackend, Queue, Worker } from 'bullmq';
import type { ConnectionOptions, Processor, QueueOptions, WorkerOptions } from 'bullmq';
import { Pool, PoolClient, PoolConfig } from 'pg';

/**
 * Queues live in Redis when REDIS_URL is set, else in PostgreSQL through BullMQ's PostgreSQL backend
 * on the server's own database (schema `bullmq`, migrated with ours in runMigrations()).
 *
 * @nestjs/bullmq builds queues and workers as `new Queue(name, options)`, so the backend is chosen
 * from the connection: a pg.Pool selects PostgreSQL, anything else (ioredis options) Redis. One
 * process can therefore use either, which the tests rely on to run both.
 */
/**
 * Connection errors (Redis restarting, say) are logged in one line: BullMQ prints each one with its
 * stack on the console when nothing listens, every reconnect attempt of an outage.
 */
const queueLog = new Logger('Queue');

export class BackendQueue extends Queue {
  constructor(name: string, options: QueueOptions) {
    if (isPgPool(options.connection)) super(name, options as never, createPostgresBackend as never);
    else super(name, options);
    this.on('error', (error: Error) => queueLog.warn(`queue ${name}: ${error.message}`));
    if (isPgPool(options.connection)) usersOf(options.connection).queues.add(this);
  }
}

/**
 * Lock timing of the push workers, set by queueConnection() before Nest builds the workers (they
 * are built from @Processor metadata, which cannot read the configuration). A job whose worker
 * died is found by the stalled-job check within about one claim lease and run again.
 */
let workerLocks: Pick<WorkerOptions, 'lockDuration' | 'stalledInterval'> = {};

export class BackendWorker extends Worker {
  constructor(name: string, processor: string | URL | null | Processor | undefined, options: WorkerOptions) {
    const tuned = { ...workerLocks, ...options };
    if (isPgPool(options.connection)) super(name, processor, tuned as never, createPostgresBackend as never);
    else super(name, processor, tuned);
    this.on('error', (error: Error) => queueLog.warn(`worker of ${name}: ${error.message}`));
    if (isPgPool(options.connection)) usersOf(options.connection).workers.add(this);
  }
}

/**
 * Every queue and worker built on a pool, whichever module registered it (the message module's
 * queue shares the push connection), so the pool is ended only after all of them are closed.
 */
const poolUsers = new WeakMap<Pool, { queues: Set<Queue>; workers: Set<Worker> }>();

function usersOf(pool: Pool): { queues: Set<Queue>; workers: Set<Worker> } {
  let users = poolUsers.get(pool);
  if (!users) poolUsers.set(pool, (users = { queues: new Set(), workers: new Set() }));
  return users;
}

/**
 * Closes the workers (they finish their active jobs), then the queues, then the pool. BullMQ leaves
 * a pool it was handed to its owner; one left open keeps idle clients and a LISTEN client on the
 * database, which then die noisily when the database goes away. Closing twice is harmless.
 */
export async function closePoolAndUsers(pool: Pool): Promise<void> {
  const users = usersOf(pool);
  await Promise.all([...users.workers].map((worker) => worker.close()));
  await Promise.all([...users.queues].map((queue) => queue.close()));
  users.workers.clear();
  users.queues.clear();
  if (!pool.ended) await pool.end();
}

BullModule.queueClass = BackendQueue;
BullModule.workerClass = BackendWorker;

function isPgPool(connection: unknown): connection is Pool {
  return connection instanceof Pool;
}

/**
 * The connection BullMQ should use. With PostgreSQL, one pool serves every queue and worker of the
 * process (each worker holds one pooled client for LISTEN), its `search_path` pinned to `bullmq`
 * by the start-up option. The embedded PGlite socket server ignores start-up options and has one
 * session shared by all connections, so there the path is set on connect and keeps `public` first.
 * Job locks last half the claim lease (BullMQ's default 30 s for the default 60 s lease), and
 * stalled jobs are looked for as often.
 */
export function queueConnection(options: {
  redisUrl: string | null;
  databaseUrl: string;
  embedded: boolean;
  poolSize: number;
  claimLeaseMs: number;
}): ConnectionOptions | Pool {
  const half = Math.max(500, Math.round(options.claimLeaseMs / 2));
  workerLocks = { lockDuration: half, stalledInterval: half };
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    return {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      maxRetriesPerRequest: null,
    };
  }
  if (!options.embedded) return withPoolErrorsIgnored(new Pool({ connectionString: options.databaseUrl, max: options.poolSize, options: '-c search_path=bullmq' }));
  // pg-pool awaits onConnect before handing the client out, so no query overlaps the SET on one client.
  const embeddedPool: PoolConfig & { onConnect: (client: PoolClient) => Promise<unknown> } = {
    connectionString: options.databaseUrl,
    max: options.poolSize,
    onConnect: (client) => client.query('SET search_path TO public, bullmq'),
  };
  return withPoolErrorsIgnored(new Pool(embeddedPool));
}

/**
 * An idle client's error (the server restarted) must not crash the process; the pool replaces the client.
 * Every queue and worker on the pool listens for its errors too (push, message broadcast, webhooks), past Node's default warning at 10.
 */
function withPoolErrorsIgnored(pool: Pool): Pool {
  pool.setMaxListeners(50);
  pool.on('error', () => undefined);
  return pool;
}
