import { generateKeyPairSync } from 'node:crypto';
import { reportFigure } from '../figure';
import { addCertificate, HUAWEI_CERTIFICATE, notify, seedDevices, taskDetail, waitForDetail } from '../push/push-fixtures';
import { ApnsStub, startApnsStub } from '../push/stubs/apns.stub';
import { HuaweiStub, startHuaweiStub } from '../push/stubs/huawei.stub';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const APNS_KEY_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const APNS = { teamId: 'TEAM123456', keyId: 'KEY1234567', bundleId: 'com.example.im' };
const HUAWEI = { clientId: HUAWEI_CERTIFICATE.app_id, clientSecret: HUAWEI_CERTIFICATE.app_secret };
const RETRY_AFTER_SECONDS = 3;
/** Three batches of the Huawei adapter (maxBatch 1000): the first meets the bad credential, the others must not call Huawei. */
const HUAWEI_DEVICES = 2_500;
/** src/push/push-sender.service.ts retryDelay(): the n-th retry waits at least 500 ms × 2^n. */
const minimumBackoffMs = (retry: number) => 500 * 2 ** retry;

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Fault test 6 (issue 9): the four vendor fault classes end to end, through the real APNs and
 * Huawei adapters on their stubs. A 5xx is retried with exponential backoff, a 429 no sooner than
 * its Retry-After, an invalid token is not retried and its binding is removed, a refused credential
 * stops the channel for the task; while they wait or after they fail, push_deliveries says why.
 */
describe('push vendor fault classes: 500, 429 with Retry-After, invalid token, bad credentials', () => {
  let server: TestServer;
  let tenant: Tenant;
  /** An app whose only certificate is a Huawei one with a secret Huawei refuses. */
  let misconfigured: Tenant;
  let apns: ApnsStub;
  let huawei: HuaweiStub;

  beforeAll(async () => {
    apns = await startApnsStub({ ...APNS, privateKeyPem: APNS_KEY_PEM });
    huawei = await startHuaweiStub(HUAWEI);
    // One job at a time per queue, so the Huawei batches meet the stopped channel one after the other.
    server = await startTestServer({ pushWorkerConcurrency: 1 });
    server.config.pushVendors.apnsBaseUrl = apns.url;
    server.config.pushVendors.huaweiBaseUrl = huawei.url;
    server.config.pushVendors.huaweiAuthUrl = huawei.authUrl;
    tenant = await createTenant(server);
    await addCertificate(server, tenant, { name: 'ios', provider: 1, certificate: APNS_KEY_PEM, key_id: APNS.keyId, team_id: APNS.teamId, bundle_id: APNS.bundleId });
    misconfigured = await createTenant(server, 'bad huawei secret');
    await addCertificate(server, misconfigured, { ...HUAWEI_CERTIFICATE, app_secret: 'a-secret-huawei-does-not-know' });
  });

  afterAll(async () => {
    await server.close();
    await apns.close();
    await huawei.close();
  });

  const requestsFor = (token: string) => apns.state.requests.filter((request) => request.path === `/3/device/${token}`);
  const deliveryOf = async (taskId: number, userId: number) =>
    (await server.sql(`SELECT state, attempts, outcome FROM push_deliveries WHERE task_id = $1 AND user_id = $2`, [taskId, userId]))[0];
  const gapsOf = (token: string) => {
    const times = requestsFor(token).map((request) => request.at);
    return times.slice(1).map((time, index) => time - times[index]);
  };

  it('retries 5xx with backoff and 429 after Retry-After, removes invalid tokens, stops the channel on bad credentials; each failure inspectable', async () => {
    const [serverErrorUser, rateLimitedUser, invalidUser, healthyUser] = await seedDevices(server, tenant, 4, 'ios', 1);
    await seedDevices(server, misconfigured, HUAWEI_DEVICES, 'hw');
    apns.state.answer(`tok-${serverErrorUser}`, { kind: 'serverError' });
    apns.state.answer(`tok-${rateLimitedUser}`, { kind: 'rateLimited', retryAfterSeconds: RETRY_AFTER_SECONDS });
    apns.state.answer(`tok-${invalidUser}`, { kind: 'invalidToken' });
    const notifyTask = async (users: number[]) => {
      const answer = await notify(server, tenant, { audience: { user_id: users }, message: { title: 'fault', body: 'classes' } });
      expect(answer.body.code).toBe(200);
      return answer.body.data.task_id as number;
    };
    const serverErrorTask = await notifyTask([serverErrorUser]);
    const rateLimitedTask = await notifyTask([rateLimitedUser]);
    const invalidTask = await notifyTask([invalidUser, healthyUser]);
    const answer = await notify(server, misconfigured, { audience: 'all', message: { title: 'fault', body: 'credentials' } });
    const badCredentialTask: number = answer.body.data.task_id;

    // 500: twice, each wait inspectable, then accepted.
    const waiting500 = await until('the second 500 handed back', async () => {
      const row = await deliveryOf(serverErrorTask, serverErrorUser);
      return requestsFor(`tok-${serverErrorUser}`).length === 2 && row.state === 0 && row.attempts === 2 && row;
    });
    expect(waiting500.outcome).toBe('retryable: apns 500 InternalServerError');
    apns.state.answer(`tok-${serverErrorUser}`, { kind: 'success' });
    expect(await waitForDetail(server, tenant, serverErrorTask, (d) => d.apns_sent === 1)).toMatchObject({ apns_target: 1, apns_sent: 1 });
    expect(await deliveryOf(serverErrorTask, serverErrorUser)).toEqual({ state: 2, attempts: 3, outcome: 'ok' });
    const backoff500 = gapsOf(`tok-${serverErrorUser}`);
    expect(backoff500).toHaveLength(2);
    backoff500.forEach((gap, retry) => expect(gap).toBeGreaterThanOrEqual(minimumBackoffMs(retry)));

    // 429 with Retry-After: inspectable while it waits, resent no sooner than the vendor asked.
    const waiting429 = await until('the 429 handed back', async () => {
      const row = await deliveryOf(rateLimitedTask, rateLimitedUser);
      return row.state === 0 && row.attempts === 1 && row;
    });
    expect(waiting429.outcome).toBe('retryable: apns 429 TooManyRequests');
    apns.state.answer(`tok-${rateLimitedUser}`, { kind: 'success' });
    await waitForDetail(server, tenant, rateLimitedTask, (d) => d.apns_sent === 1);
    const [retryAfterGap] = gapsOf(`tok-${rateLimitedUser}`);
    expect(retryAfterGap).toBeGreaterThanOrEqual(RETRY_AFTER_SECONDS * 1000);

    // Invalid token: failed once, never retried, the binding removed; the next task no longer targets the device.
    const invalidRow = await until('the invalid token settled', async () => {
      const row = await deliveryOf(invalidTask, invalidUser);
      return row.state === 3 && row;
    });
    expect(invalidRow).toEqual({ state: 3, attempts: 1, outcome: 'invalidToken: apns 410 Unregistered' });
    expect(await taskDetail(server, tenant, invalidTask)).toMatchObject({ apns_target: 2, apns_sent: 1 });
    expect(requestsFor(`tok-${invalidUser}`)).toHaveLength(1);
    expect(await server.sql(`SELECT notifier_name, device_token FROM devices WHERE user_id = $1`, [invalidUser])).toEqual([{ notifier_name: null, device_token: null }]);
    const afterRemoval = await notifyTask([invalidUser]);
    expect(await taskDetail(server, tenant, afterRemoval)).toMatchObject({ apns_target: 0 });

    // Bad credentials: Huawei's token endpoint refuses once; the channel stops for the task, its other batches never call Huawei.
    await until('the Huawei deliveries settled', async () => {
      const [{ unsettled }] = await server.sql(`SELECT count(*)::int AS unsettled FROM push_deliveries WHERE task_id = $1 AND state IN (0, 1)`, [badCredentialTask]);
      return unsettled === 0;
    });
    const [{ failure }] = await server.sql(`SELECT failure FROM push_task_channels WHERE task_id = $1 AND channel = 'huawei'`, [badCredentialTask]);
    expect(failure).toMatch(/^huawei token endpoint refused client 10086 \(HTTP 400\)/);
    const outcomes: { outcome: string; state: number; devices: number }[] = await server.sql(
      `SELECT outcome, state, count(*)::int AS devices FROM push_deliveries WHERE task_id = $1 GROUP BY outcome, state ORDER BY devices`,
      [badCredentialTask],
    );
    expect(outcomes).toEqual([
      { outcome: `fatalConfig: ${failure}`, state: 3, devices: 1000 },
      { outcome: `channel stopped: ${failure}`, state: 3, devices: HUAWEI_DEVICES - 1000 },
    ]);
    expect(await taskDetail(server, misconfigured, badCredentialTask)).toMatchObject({ huawei_target: HUAWEI_DEVICES, huawei_sent: 0 });
    expect(huawei.state.requestsTo('/oauth2/v3/token')).toHaveLength(1);
    expect(huawei.state.deliveries).toHaveLength(0);
    expect(huawei.state.requests).toHaveLength(1);

    expect(apns.state.violations).toEqual([]);
    expect(huawei.state.violations).toEqual([]);
    reportFigure(
      'push vendor fault classes',
      `tried 500×2 (retried after ${backoff500.join(' and ')} ms, then sent), 429 Retry-After ${RETRY_AFTER_SECONDS} s (resent after ${retryAfterGap} ms), ` +
        `invalid token (1 call, binding removed), bad credentials on ${HUAWEI_DEVICES} devices (1 vendor call, channel stopped, ${HUAWEI_DEVICES - 1000} never sent); lost 0, every failure recorded in push_deliveries`,
    );
  }, 60_000);
});
