/**
 * HTTP at saturation, next to a baseline measured in the same run: bare Fastify answering a fixed
 * JSON body. `GET /user/profile` (auth + one indexed read) and `POST /message/send` (1:1, stored
 * before the answer) against the server in production mode on the local PostgreSQL and a private
 * Redis; autocannon runs in its own process. The baseline and profile lines also give the server
 * process's CPU time per answer (from /proc), which a shared box distorts far less than req/s.
 *
 *   npm run bench:http          BENCH_DURATION_SECONDS (default 20), BENCH_CONNECTIONS (default 50),
 *                               BENCH_CPU_PROFILE_DIR (a CPU profile of the server per route)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '../test/private-redis';
import { BenchServer, BenchUser, benchContext, createBenchUsers, integerEnv, LoadOptions, LoadResult, runBench, runLoad, startBenchServer, statementsSent } from './harness';
import { Client } from 'pg';

const DURATION = integerEnv('BENCH_DURATION_SECONDS', 20);
const CONNECTIONS = integerEnv('BENCH_CONNECTIONS', 50);
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR;

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

type MeasuredLoad = LoadResult & { cpuMicrosPerAnswer: number };

/**
 * runLoad, plus the server's CPU time per answer: unlike req/s, it hardly depends on how much of
 * the box the server got, so on a shared box the ratio of two processes' CPU per answer says more
 * than the ratio of their throughputs.
 */
async function runMeasuredLoad(pid: number, options: LoadOptions): Promise<MeasuredLoad> {
  const before = cpuSeconds(pid);
  const result = await runLoad(options);
  return { ...result, cpuMicrosPerAnswer: ((cpuSeconds(pid) - before) * 1e6) / Math.max(result.total, 1) };
}

function cpuLine(result: MeasuredLoad, base?: MeasuredLoad): string {
  const ratio = base ? ` (baseline's is ${((base.cpuMicrosPerAnswer / result.cpuMicrosPerAnswer) * 100).toFixed(1)}% of it)` : '';
  return `; server CPU ${Math.round(result.cpuMicrosPerAnswer)} us per answer${ratio}`;
}

async function startBaseline(): Promise<{ url: string; pid: number; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, 'baseline-server.js'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => createInterface({ input: child.stdout! }).once('line', () => resolve()));
  return { url: `http://127.0.0.1:${port}/`, pid: child.pid!, stop: () => child.kill() };
}

function line(name: string, result: LoadResult, extra = ''): string {
  return `${name}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}${extra}`;
}

type Headers = (token: string) => Record<string, string>;

async function measureProfile(server: BenchServer, headers: Headers, alice: BenchUser, base: MeasuredLoad): Promise<void> {
  const before = await statementsSent(server);
  const profile = await runMeasuredLoad(server.pid, { url: `${server.url}/user/profile`, headers: headers(alice.token), connections: CONNECTIONS, durationSeconds: DURATION });
  const statements = (await statementsSent(server)) - before;
  const ratio = (profile.requestsPerSecond / base.requestsPerSecond) * 100;
  console.log(line('GET /user/profile', profile, `; ${ratio.toFixed(1)}% of baseline (target >= 35%); ${(statements / profile.total).toFixed(2)} SQL statements per answer${cpuLine(profile, base)}`));
}

async function measureSend(server: BenchServer, headers: Headers, alice: BenchUser, bob: BenchUser, base: MeasuredLoad): Promise<void> {
  const database = new Client({ connectionString: server.databaseUrl });
  await database.connect();
  const count = async () => Number((await database.query('SELECT count(*) AS n FROM messages')).rows[0].n);
  const before = await count();
  const statementsBefore = await statementsSent(server);
  const send = await runLoad({
    url: `${server.url}/message/send`,
    method: 'POST',
    headers: headers(alice.token),
    body: JSON.stringify({ type: 1, targets: [bob.userId], content_type: 0, content: 'bench message' }),
    connections: CONNECTIONS,
    durationSeconds: DURATION,
  });
  const stored = (await count()) - before;
  const statements = (await statementsSent(server)) - statementsBefore;
  await database.end();
  console.log(
    line(
      'POST /message/send (1:1, stored)',
      send,
      `; ${Math.round(stored / DURATION)} msg/s stored (${stored} stored, ${send.total} answers counted) (target >= 3,000 msg/s); ${(statements / stored).toFixed(2)} SQL statements per message stored`,
    ),
  );
  console.log(`POST /message/send vs baseline: ${((send.requestsPerSecond / base.requestsPerSecond) * 100).toFixed(1)}%`);
}

/**
 * Runs `measure` on a fresh server with two users, after a short warm-up so JIT and pools are
 * ready. With BENCH_CPU_PROFILE_DIR the server writes `<phase>.cpuprofile` there when it stops.
 */
async function onServer(phase: string, measure: (server: BenchServer, headers: Headers, users: BenchUser[]) => Promise<void>): Promise<void> {
  const profileEnv: Record<string, string> = PROFILE_DIR
    ? { NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.js')}`, BENCH_CPU_PROFILE_FILE: join(PROFILE_DIR, `${phase}.cpuprofile`) }
    : {};
  const server = await startBenchServer(profileEnv);
  try {
    const users = await createBenchUsers(server, 2);
    const headers: Headers = (token) => ({ app_id: server.appId, 'access-token': token, 'content-type': 'application/json' });
    await runLoad({ url: `${server.url}/user/profile`, headers: headers(users[0].token), connections: CONNECTIONS, durationSeconds: 3 });
    await measure(server, headers, users);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  console.log(`bench/http (${benchContext()}; ${CONNECTIONS} connections, ${DURATION} s each)`);
  const baseline = await startBaseline();
  const base = await runMeasuredLoad(baseline.pid, { url: baseline.url, connections: CONNECTIONS, durationSeconds: DURATION });
  baseline.stop();
  console.log(line('baseline (bare Fastify, fixed JSON)', base, cpuLine(base)));
  if (PROFILE_DIR) {
    // One server per phase, so each CPU profile holds one route's load only.
    await onServer('profile', (server, headers, [alice]) => measureProfile(server, headers, alice, base));
    await onServer('send', (server, headers, [alice, bob]) => measureSend(server, headers, alice, bob, base));
    return;
  }
  await onServer('both', async (server, headers, [alice, bob]) => {
    await measureProfile(server, headers, alice, base);
    await measureSend(server, headers, alice, bob, base);
  });
}

runBench(main);
