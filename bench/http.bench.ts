/**
 * HTTP at saturation, next to a baseline measured in the same run: bare Fastify answering a fixed
 * JSON body. `GET /user/profile` (auth + one indexed read) and `POST /message/send` (1:1, stored
 * before the answer) against the server in production mode on the local PostgreSQL and a private
 * Redis; autocannon runs in its own process.
 *
 *   npm run bench:http          BENCH_DURATION_SECONDS (default 20), BENCH_CONNECTIONS (default 50)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '../test/private-redis';
import { benchContext, createBenchUsers, integerEnv, LoadResult, runBench, runLoad, startBenchServer } from './harness';
import { Client } from 'pg';

const DURATION = integerEnv('BENCH_DURATION_SECONDS', 20);
const CONNECTIONS = integerEnv('BENCH_CONNECTIONS', 50);

async function startBaseline(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, 'baseline-server.js'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => createInterface({ input: child.stdout! }).once('line', () => resolve()));
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

function line(name: string, result: LoadResult, extra = ''): string {
  return `${name}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, non-2xx ${result.non2xx}${extra}`;
}

async function main(): Promise<void> {
  console.log(`bench/http (${benchContext()}; ${CONNECTIONS} connections, ${DURATION} s each)`);
  const baseline = await startBaseline();
  const base = await runLoad({ url: baseline.url, connections: CONNECTIONS, durationSeconds: DURATION });
  baseline.stop();
  console.log(line('baseline (bare Fastify, fixed JSON)', base));

  const server = await startBenchServer();
  try {
    const [alice, bob] = await createBenchUsers(server, 2);
    const headers = (token: string) => ({ app_id: server.appId, 'access-token': token, 'content-type': 'application/json' });
    // A short warm-up so JIT and pools are ready before the measured runs.
    await runLoad({ url: `${server.url}/user/profile`, headers: headers(alice.token), connections: CONNECTIONS, durationSeconds: 3 });
    const profile = await runLoad({ url: `${server.url}/user/profile`, headers: headers(alice.token), connections: CONNECTIONS, durationSeconds: DURATION });
    const ratio = (profile.requestsPerSecond / base.requestsPerSecond) * 100;
    console.log(line('GET /user/profile', profile, `; ${ratio.toFixed(1)}% of baseline (target >= 35%)`));

    const database = new Client({ connectionString: server.databaseUrl });
    await database.connect();
    const count = async () => Number((await database.query('SELECT count(*) AS n FROM messages')).rows[0].n);
    const before = await count();
    const send = await runLoad({
      url: `${server.url}/message/send`,
      method: 'POST',
      headers: headers(alice.token),
      body: JSON.stringify({ type: 1, targets: [bob.userId], content_type: 0, content: 'bench message' }),
      connections: CONNECTIONS,
      durationSeconds: DURATION,
    });
    const stored = (await count()) - before;
    await database.end();
    console.log(
      line('POST /message/send (1:1, stored)', send, `; ${Math.round(stored / DURATION)} msg/s stored (${stored} stored, ${send.total} answers counted) (target >= 3,000 msg/s)`),
    );
    console.log(`POST /message/send vs baseline: ${((send.requestsPerSecond / base.requestsPerSecond) * 100).toFixed(1)}%`);
  } finally {
    await server.stop();
  }
}

runBench(main);
