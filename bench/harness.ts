/**
 * What the HTTP-level benches share: a throwaway database on the local PostgreSQL, a private
 * redis-server, the server as a child process in production mode, an app with users, and
 * autocannon as a separate load process. TEST_DATABASE_URL names the PostgreSQL server, as for the
 * tests; nothing is left behind.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { adminQuery, databaseUrl } from '../test/database';
import { PrivateRedis, startPrivateRedis, freePort } from '../test/private-redis';
import { childEnv, RunningServer, runCli, startServerProcess } from '../test/processes';

export interface BenchServer {
  url: string;
  pid: number;
  appId: string;
  adminToken: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

export interface BenchUser {
  userId: number;
  token: string;
}

/** Starts `node dist/src/main.js` (NODE_ENV=production, LOG_LEVEL=warn) on a fresh database and a private Redis, and creates one app. */
export async function startBenchServer(extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const name = `bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = databaseUrl(name);
  let redis: PrivateRedis | null = null;
  let server: RunningServer | null = null;
  try {
    redis = await startPrivateRedis();
    const port = await freePort();
    const env = childEnv({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      REDIS_URL: redis.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      BOOTSTRAP_DEFAULT_APP: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      ...extraEnv,
    });
    server = await startServerProcess(env, { readyUrl: `http://127.0.0.1:${port}/v2/app_dns` });
    const created = await runCli(['create', '--name', 'bench'], childEnv({ DATABASE_URL: url }));
    if (created.code !== 0) throw new Error(`app create failed: ${created.stderr}`);
    const app = JSON.parse(created.stdout) as { app_id: string; admin_token: string };
    const running = server;
    const privateRedis = redis;
    return {
      url: running.url,
      pid: running.pid,
      appId: app.app_id,
      adminToken: app.admin_token,
      databaseUrl: url,
      async stop() {
        await running.stop();
        await privateRedis.stop();
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  } catch (error) {
    await server?.stop();
    await redis?.stop();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
}

/** POSTs JSON with the app's headers and answers the envelope's data, or throws with the envelope. */
export async function call(server: BenchServer, path: string, body: unknown, token?: string): Promise<any> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', app_id: server.appId, ...(token ? { 'access-token': token } : {}) },
    body: JSON.stringify(body),
  });
  const envelope = (await response.json()) as { code: number; data: any };
  if (envelope.code !== 200) throw new Error(`${path}: ${JSON.stringify(envelope)}`);
  return envelope.data;
}

/** Registers `count` users and logs each in once. */
export async function createBenchUsers(server: BenchServer, count: number, prefix = 'u'): Promise<BenchUser[]> {
  const users: BenchUser[] = [];
  for (let index = 0; index < count; index++) {
    const username = `${prefix}${index}_${randomBytes(3).toString('hex')}`;
    await call(server, '/user/register/v2', { username, password: 'bench-password' });
    const login = await call(server, '/token/user', { name: username, password: 'bench-password' });
    users.push({ userId: login.user_id, token: login.token });
  }
  return users;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections; absent = as fast as the server answers. */
  overallRate?: number;
}

/** Runs autocannon in its own process (so the load does not share this process's event loop) and reads its JSON summary. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const args = [join(__dirname, '..', 'node_modules', 'autocannon', 'autocannon.js'), '-j', '-c', String(options.connections), '-d', String(options.durationSeconds)];
  if (options.method) args.push('-m', options.method);
  if (options.overallRate) args.push('-R', String(options.overallRate));
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  if (options.body !== undefined) args.push('-b', options.body);
  args.push(options.url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`autocannon failed: ${stderr}`));
      const summary = JSON.parse(stdout);
      resolve({
        requestsPerSecond: summary.requests.average,
        p50: summary.latency.p50,
        p99: summary.latency.p99,
        errors: summary.errors + summary.timeouts,
        non2xx: summary.non2xx,
        total: summary.requests.total,
      });
    });
  });
}

/** Date, machine and commit, printed first by every bench so a figure can be traced. */
export function benchContext(): string {
  const commit = process.env.BENCH_COMMIT ?? 'working tree';
  return `${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${commit}`;
}

export function integerEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
