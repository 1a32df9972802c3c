import { createTestDatabase, TestDatabase } from '../database';
import { PrivateRedis, startPrivateRedis } from '../private-redis';
import { childEnv, RunningServer, startServerProcess } from '../processes';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';

/**
 * API processes (`node dist/src/main.js`) on one fresh database with a private redis-server carrying
 * the socket.io adapter (or, with `redis: false`, PostgreSQL alone), as a scaled-out deployment
 * runs, plus an in-process test server on the same database where a test makes its users and tokens.
 */
export interface ServerFleet {
  setup: TestServer;
  tenant: Tenant;
  servers: RunningServer[];
  database: TestDatabase;
  redis: PrivateRedis | null;
  /** The environment the API processes run with (a worker process joins with the same). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function startServerFleet(count: number, options: { redis?: boolean } = {}): Promise<ServerFleet> {
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
    if (options.redis !== false) redis = await startPrivateRedis();
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
    return { setup, tenant, servers, database, redis, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface Envelope {
  code: number;
  message: string | null;
  data: any;
}

/**
 * One REST call to one process of the fleet as the fleet's app: `token` in `access-token`, a body
 * object sent as JSON and a string as text/plain (to reach the routes that take raw text).
 */
export async function fleetCall(
  fleet: ServerFleet,
  server: RunningServer,
  method: string,
  url: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Envelope> {
  const json = body !== undefined && typeof body !== 'string';
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      app_id: fleet.tenant.appId,
      'access-token': token,
      ...(body === undefined ? {} : { 'content-type': json ? 'application/json' : 'text/plain' }),
      ...headers,
    },
    body: body === undefined ? undefined : json ? JSON.stringify(body) : (body as string),
  });
  return (await response.json()) as Envelope;
}
