import { generateKeyPairSync } from 'node:crypto';
import { reportFigure } from '../figure';
import { addCertificate, notify, seedDevices, waitForDetail } from '../push/push-fixtures';
import { ApnsStub, startApnsStub } from '../push/stubs/apns.stub';
import { startWorkerProcess, WorkerProcess } from '../push/worker-process';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const APNS_KEY_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const APNS = { teamId: 'TEAM123456', keyId: 'KEY1234567', bundleId: 'com.example.im' };
const DEVICES = 10_000;
/** The worker's settings: a short claim lease (job locks and the stalled-job check take half of it). */
const LEASE_SECONDS = 4;
const CONCURRENCY = 2;
/** APNs adapter maxBatch: the devices of one vendor call. */
const APNS_MAX_BATCH = 500;
/** src/push/README.md "duplicate window": at most the devices of the vendor calls in flight at each kill. */
const DUPLICATE_BOUND_PER_KILL = APNS_MAX_BATCH * CONCURRENCY;
const KILL_AT = [0.3, 0.6];

/**
 * Fault test 5 (issue 9): a push worker process SIGKILLed at ~30% and again at ~60% of a
 * 10,000-device task, a new one started after each kill. Every device reaches the (real APNs
 * adapter's) stub; the only devices sent twice on the wire are those claimed by the vendor calls
 * in flight at a kill, and a resend carries the apns-id of the first attempt.
 */
describe('push workers SIGKILLed at 30% and 60% of a 10,000-device task, restarted each time', () => {
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

  it('reaches every device, each settled once in the database, wire duplicates bounded and carrying the same apns-id', async () => {
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

    const reached = new Set<string>();
    let scanned = 0;
    const distinctReached = () => {
      for (; scanned < apns.state.deliveries.length; scanned++) reached.add(apns.state.deliveries[scanned].token);
      return reached.size;
    };
    const kills: { reached: number; settled: number; inFlight: number }[] = [];
    for (const fraction of KILL_AT) {
      // SIGKILL (no shutdown hook) once this share of the devices reached the vendor, then start a fresh worker.
      for (const started = Date.now(); distinctReached() < DEVICES * fraction; ) {
        if (Date.now() - started > 60_000) throw new Error(`only ${distinctReached()} devices reached before the kill at ${fraction * 100}%`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await workers[workers.length - 1].kill();
      const [state] = await server.sql(
        `SELECT count(*) FILTER (WHERE state = 2)::int AS settled, count(*) FILTER (WHERE state = 1)::int AS "inFlight" FROM push_deliveries WHERE task_id = $1`,
        [taskId],
      );
      kills.push({ reached: distinctReached(), ...state });
      expect(state.settled).toBeLessThan(DEVICES);
      workers.push(await startWorkerProcess(workerEnv));
    }

    const detail = await waitForDetail(server, tenant, taskId, (d) => d.apns_sent === DEVICES, 90_000);
    expect(detail).toMatchObject({ apns_target: DEVICES, apns_sent: DEVICES, apns_received: DEVICES, mxpush_target: 0 });

    // In the database: one delivery per device, each sent once.
    const [rows] = await server.sql(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE state = 2)::int AS sent, count(DISTINCT (user_id, device_sn))::int AS devices FROM push_deliveries WHERE task_id = $1`,
      [taskId],
    );
    expect(rows).toEqual({ total: DEVICES, sent: DEVICES, devices: DEVICES });
    // The task's unsettled count came through the kills exact (re-claims do not count twice): it ends at 0, the task done.
    let task: { status: string; unsettled: number } = { status: '', unsettled: -1 };
    for (const deadline = Date.now() + 15_000; task.status !== 'done' && Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
      [task] = await server.sql(`SELECT status, unsettled FROM push_tasks WHERE id = $1`, [taskId]);
    }
    expect(task).toEqual({ status: 'done', unsettled: 0 });

    // On the wire: every device reached; repeats only within the duplicate window, under the first attempt's apns-id.
    const idsByToken = new Map<string, string[]>();
    for (const delivery of apns.state.deliveries) idsByToken.set(delivery.token, [...(idsByToken.get(delivery.token) ?? []), delivery.headers!['apns-id']]);
    expect([...idsByToken.keys()].sort()).toEqual(users.map((userId) => `tok-${userId}`).sort());
    const duplicated = [...idsByToken.values()].filter((ids) => ids.length > 1);
    const duplicates = apns.state.deliveries.length - DEVICES;
    const sameId = duplicated.filter((ids) => new Set(ids).size === 1).length;
    expect(sameId).toBe(duplicated.length);
    expect(new Set([...idsByToken.values()].map((ids) => ids[0])).size).toBe(DEVICES);
    const inFlightAtKills = kills.reduce((sum, kill) => sum + kill.inFlight, 0);
    reportFigure(
      'push worker SIGKILL at 30% and 60%',
      `tried ${DEVICES} devices, killed at ${kills.map((kill) => `${kill.reached} reached (${kill.inFlight} in flight)`).join(' and ')}; ` +
        `lost 0, ${DEVICES} unique deliveries, ${duplicates} wire duplicates on ${duplicated.length} devices (bound ${inFlightAtKills} in flight, ` +
        `${DUPLICATE_BOUND_PER_KILL * kills.length} by README), all with the first attempt's apns-id`,
    );
    expect(duplicates).toBeLessThanOrEqual(inFlightAtKills);
    expect(duplicates).toBeLessThanOrEqual(DUPLICATE_BOUND_PER_KILL * kills.length);
    expect(apns.state.violations).toEqual([]);
    expect(await workers[workers.length - 1].stop()).toBe(0);
  }, 150_000);
});
