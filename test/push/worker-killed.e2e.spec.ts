import { generateKeyPairSync } from 'node:crypto';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';
import { ApnsStub, startApnsStub } from './stubs/apns.stub';
import { addCertificate, notify, seedDevices, waitForDetail } from './push-fixtures';
import { startWorkerProcess, WorkerProcess } from './worker-process';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const APNS_KEY_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const APNS = { teamId: 'TEAM123456', keyId: 'KEY1234567', bundleId: 'com.example.im' };
const DEVICES = 10_000;
/** The worker's settings: a short claim lease (job locks and the stalled-job check take half of it). */
const LEASE_SECONDS = 4;
const CONCURRENCY = 2;
/** APNs adapter maxBatch: the devices of one vendor call. */
const APNS_MAX_BATCH = 500;

/**
 * A worker process SIGKILLed in the middle of a 10,000-device task, then a new one started: every
 * device reaches the (real APNs adapter's) stub, none is lost, and the only devices sent twice on
 * the wire are those of the vendor calls in flight at the kill (README "duplicate window").
 */
describe('a push worker killed during a 10,000-device task, then restarted', () => {
  let server: TestServer;
  let tenant: Tenant;
  let apns: ApnsStub;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    apns = await startApnsStub({ ...APNS, privateKeyPem: APNS_KEY_PEM });
    // The API process queues; only the child worker processes run jobs.
    server = await startTestServer({ pushWorkersInApi: false });
    tenant = await createTenant(server);
    await addCertificate(server, tenant, { name: 'ios', provider: 1, certificate: APNS_KEY_PEM, key_id: APNS.keyId, team_id: APNS.teamId, bundle_id: APNS.bundleId });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill().catch(() => undefined);
    await server.close();
    await apns.close();
  });

  it('sends every device exactly once in the database and at least once on the wire, duplicates bounded by the in-flight calls', async () => {
    const users = await seedDevices(server, tenant, DEVICES, 'ios', 1);
    const workerEnv = {
      DATABASE_URL: server.database.url,
      PUSH_APNS_BASE_URL: apns.url,
      PUSH_CLAIM_LEASE_SECONDS: String(LEASE_SECONDS),
      PUSH_WORKER_CONCURRENCY: String(CONCURRENCY),
    };
    workers.push(await startWorkerProcess(workerEnv));
    const answer = await notify(server, tenant, { audience: 'all', message: { title: 'all hands', body: 'meeting' } });
    const taskId = answer.body.data.task_id;

    // Kill the worker (no shutdown hooks) once about a quarter of the devices reached the vendor.
    for (const started = Date.now(); apns.state.deliveries.length < DEVICES / 4; ) {
      if (Date.now() - started > 30_000) throw new Error(`only ${apns.state.deliveries.length} deliveries before the kill deadline`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await workers[0].kill();
    const atKill = apns.state.deliveries.length;
    const [before] = await server.sql(`SELECT count(*) FILTER (WHERE state = 2)::int AS sent, count(*) FILTER (WHERE state = 1)::int AS claimed FROM push_deliveries WHERE task_id = $1`, [taskId]);
    expect(atKill).toBeLessThan(DEVICES);
    expect(before.sent).toBeLessThan(DEVICES);

    workers.push(await startWorkerProcess(workerEnv));
    const detail = await waitForDetail(server, tenant, taskId, (d) => d.apns_sent === DEVICES, 45_000);
    expect(detail).toMatchObject({ apns_target: DEVICES, apns_sent: DEVICES, apns_received: DEVICES, mxpush_target: 0 });

    // In the database: one delivery per device, each sent once.
    const [rows] = await server.sql(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE state = 2)::int AS sent, count(DISTINCT (user_id, device_sn))::int AS devices FROM push_deliveries WHERE task_id = $1`,
      [taskId],
    );
    expect(rows).toEqual({ total: DEVICES, sent: DEVICES, devices: DEVICES });

    // On the wire: every device reached; repeats only within the duplicate window.
    const tokens = apns.state.deliveries.map((delivery) => delivery.token);
    const distinct = new Set(tokens);
    expect(distinct.size).toBe(DEVICES);
    expect([...distinct].sort()).toEqual(users.map((userId) => `tok-${userId}`).sort());
    const duplicates = tokens.length - DEVICES;
    console.info(
      `worker killed after ${atKill} wire deliveries (${before.sent} settled, ${before.claimed} claimed in flight); wire duplicates after restart: ${duplicates} (bound ${APNS_MAX_BATCH * CONCURRENCY})`,
    );
    expect(duplicates).toBeLessThanOrEqual(before.claimed);
    expect(duplicates).toBeLessThanOrEqual(APNS_MAX_BATCH * CONCURRENCY);
    expect(apns.state.violations).toEqual([]);
    await workers[1].stop();
  }, 90_000);
});
