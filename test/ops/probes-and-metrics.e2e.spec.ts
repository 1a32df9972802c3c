import { startDraining } from '../../src/http';
import { adminQuery } from '../database';
import { freePort, startPrivateRedis } from '../private-redis';
import { listen, XsyncClient } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer } from '../server';

/** The value of one sample line of a Prometheus text scrape (0 when absent). */
function sample(scrape: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  let total = 0;
  for (const line of scrape.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (wanted.every((pair) => line.includes(pair))) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

async function scrape(server: TestServer, headers: Record<string, string> = {}): Promise<{ status: number; body: string; type: string }> {
  const answer = await server.app.inject({ method: 'GET', url: '/metrics', headers });
  return { status: answer.statusCode, body: answer.body, type: String(answer.headers['content-type']) };
}

describe('probes and metrics', () => {
  describe('on a server without Redis', () => {
    let server: TestServer;
    let tenant: Tenant;

    beforeAll(async () => {
      server = await startTestServer();
      tenant = await createTenant(server);
    });
    afterAll(() => server?.close());

    it('GET /healthz and /api/health answer 200 without app_id', async () => {
      const healthz = await server.app.inject({ method: 'GET', url: '/healthz' });
      expect(healthz.statusCode).toBe(200);
      expect(healthz.json()).toEqual({ code: 200, message: null, data: { status: 'ok' } });
      for (const headers of [{}, { app_id: 'no-such-app' }]) {
        const health = await server.app.inject({ method: 'GET', url: '/api/health', headers });
        expect(health.statusCode).toBe(200);
        expect(health.json()).toEqual({ code: 200, message: null, data: { status: 'ok' } });
      }
    });

    it('GET /readyz answers 200 with each check, Redis not configured', async () => {
      const ready = await server.app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ code: 200, message: null, data: { postgresql: 'ok', migrations: 'ok', redis: 'not configured', draining: 'ok' } });
    });

    it('GET /metrics counts requests by route template and status, the pool, the queues and the process', async () => {
      const before = await scrape(server);
      expect(before.status).toBe(200);
      expect(before.type).toContain('text/plain');
      const alice = await createUser(server, tenant);
      for (let index = 0; index < 3; index++) await server.request({ url: '/user/profile', appId: tenant.appId, token: alice.token });
      await server.request({ url: '/no/such/route', appId: tenant.appId });
      const after = await scrape(server);
      const count = (body: string, labels: Record<string, string>) => sample(body, 'im_http_request_duration_seconds_count', labels);
      expect(count(after.body, { route: '/user/profile', status: '200', method: 'GET' }) - count(before.body, { route: '/user/profile', status: '200', method: 'GET' })).toBe(3);
      expect(count(after.body, { route: 'unmatched', status: '404' }) - count(before.body, { route: 'unmatched', status: '404' })).toBe(1);
      expect(after.body).toMatch(/^im_pg_pool_connections\{state="in_use"\} \d+$/m);
      expect(after.body).toMatch(/^im_pg_pool_connections\{state="waiting"\} \d+$/m);
      expect(after.body).toMatch(/^im_queue_jobs\{queue="push-send",state="failed"\} \d+$/m);
      expect(after.body).toMatch(/^im_queue_jobs\{queue="push-fanout",state="waiting"\} \d+$/m);
      expect(after.body).toMatch(/^process_cpu_user_seconds_total \d/m);
      expect(after.body).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    });

    it('counts live sockets, frames each way and sync reads', async () => {
      const url = await listen(server);
      const alice = await createUser(server, tenant);
      const before = (await scrape(server)).body;
      const device = await XsyncClient.connect(url);
      try {
        await device.provision(alice.token);
        await device.unread();
        const during = (await scrape(server)).body;
        expect(sample(during, 'im_realtime_sockets') - sample(before, 'im_realtime_sockets')).toBe(1);
        expect(sample(during, 'im_realtime_frames_received_total') - sample(before, 'im_realtime_frames_received_total')).toBe(2);
        expect(sample(during, 'im_realtime_frames_sent_total', { kind: 'reply' }) - sample(before, 'im_realtime_frames_sent_total', { kind: 'reply' })).toBe(2);
        expect(sample(during, 'im_realtime_sync_wait_seconds_count') - sample(before, 'im_realtime_sync_wait_seconds_count')).toBe(1);
        expect(during).toMatch(/^im_realtime_sync_queue_depth 0$/m);
      } finally {
        device.close();
      }
      await device.waitDisconnect();
      for (let attempt = 0; attempt < 50 && sample((await scrape(server)).body, 'im_realtime_sockets') !== sample(before, 'im_realtime_sockets'); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(sample((await scrape(server)).body, 'im_realtime_sockets')).toBe(sample(before, 'im_realtime_sockets'));
    });

    it('turns /readyz 503 naming migrations when one is missing from the database', async () => {
      const probe = await startTestServer({}, server.database);
      try {
        const [last] = await server.sql('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
        await server.sql('DELETE FROM migrations WHERE id = $1', [last.id]);
        try {
          const ready = await probe.app.inject({ method: 'GET', url: '/readyz' });
          expect(ready.statusCode).toBe(503);
          expect(ready.json()).toMatchObject({ code: 503, message: expect.stringMatching(/^not ready: migrations: pending migrations/), data: { postgresql: 'ok' } });
        } finally {
          await server.sql('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last.id, last.timestamp, last.name]);
        }
        expect((await probe.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      } finally {
        await probe.close();
      }
    });
  });

  it('turns /readyz 503 naming PostgreSQL while its database refuses connections, and 200 again after', async () => {
    const server = await startTestServer();
    const name = new URL(server.database.url).pathname.slice(1);
    try {
      expect((await server.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
      // Only this test's own database goes away: new sessions are refused and the pool's are ended.
      await adminQuery(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
      const down = await server.app.inject({ method: 'GET', url: '/readyz' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ code: 503, message: expect.stringMatching(/^not ready: postgresql: /), data: { redis: 'not configured', draining: 'ok' } });
      expect((await server.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      await adminQuery(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) status = (await server.app.inject({ method: 'GET', url: '/readyz' })).statusCode;
      expect(status).toBe(200);
    } finally {
      await adminQuery(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await server.close();
    }
  });

  it('turns /readyz 503 naming Redis when it is configured and unreachable, and naming the drain at shutdown', async () => {
    const redis = await startPrivateRedis();
    const server = await startTestServer({ redisUrl: redis.url, pushWorkersInApi: false });
    try {
      const up = await server.app.inject({ method: 'GET', url: '/readyz' });
      expect(up.json()).toEqual({ code: 200, message: null, data: { postgresql: 'ok', migrations: 'ok', redis: 'ok', draining: 'ok' } });
      await redis.kill();
      const down = await server.app.inject({ method: 'GET', url: '/readyz' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ code: 503, message: expect.stringMatching(/^not ready: redis: /), data: { postgresql: 'ok', draining: 'ok' } });
      // Back before shutdown: the queues' connections wait for Redis when they close.
      await redis.restart();
      let status = 0;
      for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
        status = (await server.app.inject({ method: 'GET', url: '/readyz' })).statusCode;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(200);

      startDraining(server.app);
      const draining = await server.app.inject({ method: 'GET', url: '/readyz' });
      expect(draining.statusCode).toBe(503);
      expect(draining.json().message).toMatch(/draining: shutting down/);
      expect((await server.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await server.close();
      await redis.stop();
    }
  });

  it('asks for METRICS_TOKEN as a bearer token when it is set', async () => {
    const server = await startTestServer({ metricsToken: 'scrape-secret' });
    try {
      for (const authorization of [undefined, 'Bearer wrong', 'scrape-secret']) {
        const refused = await scrape(server, authorization ? { authorization } : {});
        expect(refused.status).toBe(401);
        expect(JSON.parse(refused.body)).toEqual({ code: 10008, message: 'metrics: send Authorization: Bearer <METRICS_TOKEN>', data: null });
      }
      const allowed = await scrape(server, { authorization: 'Bearer scrape-secret' });
      expect(allowed.status).toBe(200);
      expect(allowed.body).toContain('im_http_request_duration_seconds');
    } finally {
      await server.close();
    }
  });

  it('serves /metrics on METRICS_PORT alone when it is set', async () => {
    const port = await freePort();
    const server = await startTestServer({ metricsPort: port, host: '127.0.0.1', metricsToken: 'scrape-secret' });
    try {
      expect((await server.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
      const answer = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: 'Bearer scrape-secret' } });
      expect(answer.status).toBe(200);
      expect(await answer.text()).toMatch(/^process_cpu_user_seconds_total \d/m);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
