/**
 * What the HTTP-level benches share: a throwaway database on the local PostgreSQL, a private
 * redis-server, the server as a child process in production mode, an app with users, and
 * autocannon as a separate load process. TEST_DATABASE_URL names the PostgreSQL server, as for the
 * tests; nothing is left behind.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { AuthRepository } from '../src/common/auth/auth.repository';
import { HotStateCache } from '../src/common/cache/hot-state.cache';
import { TokenService } from '../src/common/auth/token.service';
import { AppConfig } from '../src/common/config/config';
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

/** Runs one statement on the bench server's database. */
export async function benchSql<T = any>(server: BenchServer, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Writes `count` users and a user token for each straight into the database: registering through
 * the API hashes a password per user (~25 ms each), too slow for the realtime benches' 20,000. The
 * tokens come from the server's own TokenService, so they carry exactly the claims it verifies.
 * The password hash is no argon2 hash at all: these users never log in.
 */
export async function seedBenchUsers(server: BenchServer, count: number): Promise<BenchUser[]> {
  const prefix = `seeded_${randomBytes(3).toString('hex')}_`;
  const users = await benchSql<{ id: string }>(
    server,
    `WITH created AS (
       INSERT INTO users (app_id, username, password_hash) SELECT $1, $2 || n, '!' FROM generate_series(1, $3::int) AS n RETURNING id
     ), settings AS (
       INSERT INTO user_settings (user_id, app_id) SELECT id, $1 FROM created
     )
     SELECT id FROM created ORDER BY id`,
    [server.appId, prefix, count],
  );
  const [app] = await benchSql<{ id: string; secret: string }>(server, `SELECT id, secret FROM apps WHERE id = $1`, [server.appId]);
  const rows: { id: string; userId: number; expiresAt: Date }[] = [];
  const repository = { findApp: async () => app, insertToken: async (row: (typeof rows)[number]) => void rows.push(row) } as unknown as AuthRepository;
  // Issuing never invalidates: a cache without a bus to the server's processes is enough.
  const tokens = new TokenService(new JwtService(), repository, { userTokenTtlSeconds: 24 * 3600 } as AppConfig, HotStateCache.local());
  const seeded: BenchUser[] = [];
  for (const { id } of users) seeded.push({ userId: Number(id), token: (await tokens.issueUserToken(app.id, Number(id), null)).token });
  await benchSql(
    server,
    `INSERT INTO access_tokens (id, app_id, kind, user_id, expires_at)
     SELECT id, $1, 'user', user_id, expires_at FROM unnest($2::uuid[], $3::bigint[], $4::timestamptz[]) AS t(id, user_id, expires_at)`,
    [app.id, rows.map((row) => row.id), rows.map((row) => row.userId), rows.map((row) => row.expiresAt)],
  );
  return seeded;
}

/** The server's im_db_statements_total: statements sent to PostgreSQL so far. */
export async function statementsSent(server: { url: string }): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const match = /^im_db_statements_total (\d+)/m.exec(text);
  if (!match) throw new Error('im_db_statements_total missing from /metrics');
  return Number(match[1]);
}

/** The resident set size of a process, from /proc. */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
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

/** Runs a bench's main; an error is printed and fails the npm script. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
