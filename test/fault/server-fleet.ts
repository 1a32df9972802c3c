import { createTestDatabase, TestDatabase } from '../database';
import { PrivateRedis, startPrivateRedis } from '../private-redis';
import { childEnv, RunningServer, startServerProcess } from '../processes';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';

/**
 * API processes (`node dist/src/main.js`) on one fresh database with a private redis-server carrying
 * the socket.io adapter, as a scaled-out deployment runs, plus an in-process test server on the same
 * database where a test makes its users and tokens.
 */
export interface ServerFleet {
  setup: TestServer;
  tenant: Tenant;
  servers: RunningServer[];
  stop(): Promise<void>;
}

/** What carries the processes' cross-process traffic: a private redis-server, or PostgreSQL alone (no REDIS_URL). */
export type FleetBus = 'redis' | 'postgres';

export async function startServerFleet(count: number, bus: FleetBus = 'redis'): Promise<ServerFleet> {
  let database: TestDatabase | null = null;
  let redis: PrivateRedis | null = null;
  let setup: TestServer | null = null;
  const servers: RunningServer[] = [];
  const stop = async () => {
    for (const server of servers) await server.stop();
    await setup?.close();
    await redis?.stop();
    await database?.drop();
  };
  try {
    database = await createTestDatabase();
    if (bus === 'redis') redis = await startPrivateRedis();
    setup = await startTestServer({ pushWorkersInApi: false }, database);
    const tenant = await createTenant(setup);
    const env = childEnv({
      DATABASE_URL: database.url,
      ...(redis ? { REDIS_URL: redis.url } : {}),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      BOOTSTRAP_DEFAULT_APP: 'false',
      REALTIME_FRAMES_PER_SECOND: '10000',
    });
    servers.push(...(await Promise.all(Array.from({ length: count }, () => startServerProcess(env)))));
    return { setup, tenant, servers, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
