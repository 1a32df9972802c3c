/**
 * Push fan-out end to end: POST /push/notify with audience "all" on an app of 100,000 devices,
 * through the queue (the notify-task job resolving the audience page by page, then send-batch jobs)
 * and the real Huawei adapter to a local counting stub, until /push/task/detail reports every
 * device sent. Prints notifications per second and the process's peak RSS (sampled every 20 ms).
 *
 *   npm run bench:push-fanout                 PostgreSQL queue backend (the default without REDIS_URL)
 *   npm run bench:push-fanout -- --redis      Redis queue backend (a private redis-server on a free port)
 *
 * TEST_DATABASE_URL names the PostgreSQL server, as for the tests; a throwaway database is
 * migrated and dropped at the end. Workers run inside this process (embedded mode), concurrency
 * PUSH_WORKER_CONCURRENCY (default 8).
 */
import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppsService } from '../src/app/apps.service';
import { loadConfig } from '../src/common/config/config';
import { runMigrations } from '../src/common/database/data-source';
import { createRootLogger } from '../src/common/logging/logger';
import { createHttpApp } from '../src/http';
import { adminQuery, databaseUrl } from '../test/database';
import { PrivateRedis, startPrivateRedis } from '../test/private-redis';

const DEVICES = 100_000;
const WARM_UP_DEVICES = 2_000;
const HUAWEI = { clientId: '10086', clientSecret: 'bench-client-secret-0001' };

/** A Huawei Push Kit stand-in that only counts: token endpoint + messages:send answering success. */
async function startCountingStub(): Promise<{ url: string; tokens: () => number; calls: () => number; close(): Promise<void> }> {
  let tokens = 0;
  let calls = 0;
  const read = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const server: Server = createServer(async (request, response) => {
    const body = await read(request);
    response.setHeader('content-type', 'application/json');
    if (request.url === '/oauth2/v3/token') {
      response.end(JSON.stringify({ access_token: 'bench-token', expires_in: 3600, token_type: 'Bearer' }));
      return;
    }
    calls++;
    tokens += (JSON.parse(body).message?.token ?? []).length;
    response.end(JSON.stringify({ code: '80000000', msg: 'Success', requestId: String(calls) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    tokens: () => tokens,
    calls: () => calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function seed(dataSource: DataSource, appId: string, count: number, prefix: string): Promise<void> {
  await dataSource.query(
    `WITH u AS (INSERT INTO users (app_id, username, password_hash) SELECT $1, $2 || g, 'x' FROM generate_series(1, $3::int) g RETURNING id),
          s AS (INSERT INTO user_settings (user_id, app_id) SELECT id, $1 FROM u)
     INSERT INTO devices (user_id, device_sn, app_id, device_guid, platform, push_token, notifier_name, device_token)
     SELECT id, 1, $1, 'guid-' || id, 2, $2 || 'pt-' || id, 'hw', 'tok-' || id FROM u`,
    [appId, prefix, count],
  );
}

async function main(): Promise<void> {
  const useRedis = process.argv.includes('--redis');
  const name = `im_bench_push_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const stub = await startCountingStub();
  let redis: PrivateRedis | null = null;
  let app: NestFastifyApplication | null = null;
  try {
    await runMigrations(databaseUrl(name));
    if (useRedis) redis = await startPrivateRedis();
    const base = loadConfig({ ...process.env, DATABASE_URL: databaseUrl(name), REDIS_URL: redis?.url ?? '' });
    const config = {
      ...base,
      logLevel: 'silent',
      pushWorkersInApi: true,
      pushVendors: { ...base.pushVendors, huaweiBaseUrl: stub.url, huaweiAuthUrl: `${stub.url}/oauth2/v3/token` },
    };
    app = await createHttpApp(config, databaseUrl(name), createRootLogger('silent'));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const dataSource = app.get(DataSource);
    const tenant = await app.get(AppsService).create('bench');
    const call = async (url: string, body: object) => {
      const response = await app!.inject({ method: 'POST', url, headers: { app_id: tenant.app_id, 'access-token': tenant.admin_token, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      const json = response.json();
      if (json.code !== 200) throw new Error(`${url}: ${response.body}`);
      return json.data;
    };
    await call('/push/certificate', { name: 'hw', provider: 2, app_id: HUAWEI.clientId, app_secret: HUAWEI.clientSecret });

    const run = async (devices: number, sampleMemory: boolean) => {
      let peakRss = process.memoryUsage().rss;
      let peakHeap = process.memoryUsage().heapUsed;
      const sampler = sampleMemory
        ? setInterval(() => {
            const usage = process.memoryUsage();
            peakRss = Math.max(peakRss, usage.rss);
            peakHeap = Math.max(peakHeap, usage.heapUsed);
          }, 20)
        : null;
      const sentBefore = stub.tokens();
      const started = process.hrtime.bigint();
      const { task_id: taskId } = await call('/push/notify', { audience: 'all', message: { title: 'bench', body: 'fan-out' } });
      let fannedOutMs = 0;
      for (;;) {
        const [detail] = await call('/push/task/detail', { list: [taskId] });
        if (!fannedOutMs) {
          const [{ status }] = await dataSource.query(`SELECT status FROM push_tasks WHERE id = $1`, [taskId]);
          if (status === 'sending' || status === 'done') fannedOutMs = Number(process.hrtime.bigint() - started) / 1e6;
        }
        if (detail.huawei_sent === devices) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (sampler) clearInterval(sampler);
      return { elapsedMs, fannedOutMs, wire: stub.tokens() - sentBefore, peakRss, peakHeap };
    };

    // Warm-up on a small app-wide audience (JIT, connections, vendor token), then the measured run.
    await seed(dataSource, tenant.app_id, WARM_UP_DEVICES, 'warm');
    await run(WARM_UP_DEVICES, false);
    await seed(dataSource, tenant.app_id, DEVICES - WARM_UP_DEVICES, 'bench');
    global.gc?.();
    const baseline = process.memoryUsage();
    const result = await run(DEVICES, true);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
    const rate = Math.round((DEVICES / result.elapsedMs) * 1000);
    const lines = [
      `push fan-out bench — ${new Date().toISOString()}`,
      `machine: ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; node ${process.version}`,
      `queue backend: ${useRedis ? 'Redis' : 'PostgreSQL'}; worker concurrency ${config.pushWorkerConcurrency}; channel huawei (real adapter, maxBatch 1000) → local counting stub`,
      `devices: ${DEVICES.toLocaleString('en')}; wire deliveries: ${result.wire.toLocaleString('en')} in ${stub.calls()} vendor calls (incl. warm-up)`,
      `audience resolved (task status "sending" or "done") after ${(result.fannedOutMs / 1000).toFixed(2)} s`,
      `all sent after ${(result.elapsedMs / 1000).toFixed(2)} s → ${rate.toLocaleString('en')} notifications/s (target ≥ 10,000/s: ${rate >= 10_000 ? 'met' : 'MISSED'})`,
      `RSS: ${mb(baseline.rss)} before the run, peak ${mb(result.peakRss)} (+${mb(result.peakRss - baseline.rss)}); heap used: ${mb(baseline.heapUsed)} before, peak ${mb(result.peakHeap)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (result.wire !== DEVICES) throw new Error(`the stub saw ${result.wire} deliveries for ${DEVICES} devices`);
  } finally {
    await app?.close();
    await stub.close();
    await redis?.stop();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
