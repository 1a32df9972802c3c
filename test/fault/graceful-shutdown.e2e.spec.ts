import { generateKeyPairSync } from 'node:crypto';
import { reportFigure } from '../figure';
import { freePort } from '../private-redis';
import { childEnv, startServerProcess } from '../processes';
import { addCertificate, notify, seedDevices, waitForDetail } from '../push/push-fixtures';
import { ApnsStub, startApnsStub } from '../push/stubs/apns.stub';
import { startWorkerProcess, WorkerProcess } from '../push/worker-process';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const APNS_KEY_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const APNS = { teamId: 'TEAM123456', keyId: 'KEY1234567', bundleId: 'com.example.im' };
const DEVICES = 5_000;
const SENDERS = 8;
/** A stopping process must be gone within this. */
const EXIT_WITHIN_MS = 15_000;

interface Attempt {
  startedAt: number;
  code: number | null;
  status: number | null;
  msgId: number | null;
  error: string | null;
}

/**
 * Fault test 9 (issue 9): SIGTERM under load. The API process finishes the requests it already
 * has, answers later ones 503 with Connection: close (keep-alive clients would otherwise keep it
 * busy for ever), then exits 0; the worker process finishes its active jobs (releasing no claim half-done)
 * and exits 0, and its successor completes the task without re-sending anything: no job was left
 * stalled and no device claimed.
 */
describe('SIGTERM under load', () => {
  let setup: TestServer;
  let tenant: Tenant;
  let apns: ApnsStub;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    apns = await startApnsStub({ ...APNS, privateKeyPem: APNS_KEY_PEM });
    setup = await startTestServer({ pushWorkersInApi: false });
    tenant = await createTenant(setup);
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill().catch(() => undefined);
    await setup.close();
    await apns.close();
  });

  it('the API process answers every request that arrived before the signal, then exits 0', async () => {
    const alice: TestUser = await createUser(setup, tenant);
    const bob: TestUser = await createUser(setup, tenant);
    const port = await freePort();
    const server = await startServerProcess(childEnv({ DATABASE_URL: setup.database.url, PORT: String(port), HOST: '127.0.0.1', BOOTSTRAP_DEFAULT_APP: 'false' }));
    const attempts: Attempt[] = [];
    let signalledAt = Infinity;
    let stopping = false;
    const sender = async (index: number) => {
      for (let round = 0; !stopping; round++) {
        const attempt: Attempt = { startedAt: Date.now(), code: null, status: null, msgId: null, error: null };
        attempts.push(attempt);
        try {
          const response = await fetch(`${server.url}/message/send`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', app_id: tenant.appId, 'access-token': alice.token },
            body: JSON.stringify({ type: 1, targets: [bob.userId], content_type: 0, content: `sender ${index} round ${round}` }),
            signal: AbortSignal.timeout(EXIT_WITHIN_MS),
          });
          attempt.status = response.status;
          const body = (await response.json()) as { code?: number; msg_ids?: number[] };
          attempt.code = body.code ?? null;
          attempt.msgId = body.msg_ids?.[0] ?? null;
        } catch (error) {
          attempt.error = String((error as { cause?: { code?: string } }).cause?.code ?? error);
          if (Date.now() > signalledAt) return;
        }
      }
    };
    const load = Promise.all(Array.from({ length: SENDERS }, (_, index) => sender(index)));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    signalledAt = Date.now();
    const exitCode = await Promise.race([server.stop(), new Promise((resolve) => setTimeout(() => resolve('still running'), EXIT_WITHIN_MS))]);
    const exitedAfter = Date.now() - signalledAt;
    stopping = true;
    await load;

    expect(exitCode).toBe(0);
    const before = attempts.filter((attempt) => attempt.startedAt < signalledAt);
    expect(before.length).toBeGreaterThan(SENDERS);
    expect(before.filter((attempt) => attempt.code !== 200)).toEqual([]);
    const acked = attempts.filter((attempt) => attempt.code === 200).map((attempt) => attempt.msgId!);
    const [stored] = await setup.sql(`SELECT count(*)::int AS n FROM messages WHERE msg_id = ANY($1::bigint[])`, [acked]);
    expect(stored.n).toBe(acked.length);
    // Requests after the signal: served while the signal was on its way, refused with a 503 envelope while draining, or refused a connection.
    const after = attempts.filter((attempt) => attempt.startedAt >= signalledAt);
    expect(after.filter((attempt) => attempt.status !== null && !(attempt.code === 200 || (attempt.status === 503 && attempt.code === 503)))).toEqual([]);
    reportFigure(
      'graceful shutdown (API)',
      `SIGTERM with ${SENDERS} senders busy: ${before.length} requests started before it, all answered 200; exited 0 after ${exitedAfter} ms; ` +
        `${after.length} started after it (${after.filter((attempt) => attempt.code === 503).length} answered 503 while draining, ${after.filter((attempt) => attempt.error).length} refused a connection); lost 0 of ${acked.length} acked messages`,
    );
  }, 120_000);

  it('the worker process finishes its active jobs, exits 0, and leaves nothing stalled or claimed', async () => {
    await addCertificate(setup, tenant, { name: 'ios', provider: 1, certificate: APNS_KEY_PEM, key_id: APNS.keyId, team_id: APNS.teamId, bundle_id: APNS.bundleId });
    await seedDevices(setup, tenant, DEVICES, 'ios', 1);
    // A long lease: were anything left claimed or stalled, the successor would wait it out and the test would time out.
    const workerEnv = { DATABASE_URL: setup.database.url, PUSH_APNS_BASE_URL: apns.url, PUSH_CLAIM_LEASE_SECONDS: '600', PUSH_WORKER_CONCURRENCY: '2' };
    workers.push(await startWorkerProcess(workerEnv));
    const taskId = (await notify(setup, tenant, { audience: 'all', message: { title: 'shutdown', body: 'drill' } })).body.data.task_id;
    for (const started = Date.now(); apns.state.deliveries.length < DEVICES * 0.4; ) {
      if (Date.now() - started > 60_000) throw new Error(`only ${apns.state.deliveries.length} devices reached`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const signalledAt = Date.now();
    const exitCode = await workers[0].stop();
    const exitedAfter = Date.now() - signalledAt;
    expect(exitCode).toBe(0);
    expect(exitedAfter).toBeLessThan(EXIT_WITHIN_MS);
    const [claimed] = await setup.sql(`SELECT count(*) FILTER (WHERE state = 1)::int AS n, count(*) FILTER (WHERE state = 2)::int AS sent FROM push_deliveries WHERE task_id = $1`, [taskId]);
    expect(claimed.n).toBe(0);

    workers.push(await startWorkerProcess(workerEnv));
    const detail = await waitForDetail(setup, tenant, taskId, (d) => d.apns_sent === DEVICES, 90_000);
    expect(detail).toMatchObject({ apns_target: DEVICES, apns_sent: DEVICES });
    expect(apns.state.deliveries.length).toBe(DEVICES);
    expect(await workers[1].stop()).toBe(0);
    reportFigure(
      'graceful shutdown (worker)',
      `SIGTERM at ${claimed.sent} of ${DEVICES} devices sent: exited 0 after ${exitedAfter} ms with 0 deliveries left claimed; ` +
        `the next worker finished the task with 0 wire duplicates (0 stalled jobs re-run)`,
    );
  }, 180_000);
});
