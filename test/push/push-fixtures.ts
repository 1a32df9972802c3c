import { PushChannel, PushContent, PushOutcome, PushTarget, PushVendor } from '../../src/push/channels/push-channel';
import { PushChannelRegistry } from '../../src/push/channels/push-channel.registry';
import { AppConfig } from '../../src/common/config/config';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';
import { HuaweiStub, startHuaweiStub } from './stubs/huawei.stub';

/** An in-test vendor channel: records every target it was handed and answers what the test scripts. */
export class FakeChannel implements PushChannel {
  readonly sent: { content: PushContent; target: PushTarget }[] = [];
  answer: (target: PushTarget, call: number) => PushOutcome = () => ({ kind: 'ok' });
  private calls = 0;

  constructor(
    readonly vendor: PushVendor,
    readonly maxBatch = 100,
  ) {}

  async send(_credential: unknown, content: PushContent, targets: readonly PushTarget[]): Promise<PushOutcome[]> {
    const call = ++this.calls;
    return targets.map((target) => {
      const outcome = this.answer(target, call);
      if (outcome.kind === 'ok') this.sent.push({ content, target });
      return outcome;
    });
  }
}

export function installFake(server: TestServer, vendor: PushVendor, maxBatch = 100): FakeChannel {
  const fake = new FakeChannel(vendor, maxBatch);
  server.app.get(PushChannelRegistry).register(fake, { replace: true });
  return fake;
}

export const HUAWEI_CERTIFICATE = { name: 'hw', provider: 2, app_id: '10086', app_secret: 'huawei-client-secret-123456' };
export const APNS_KEY = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----';
export const APNS_CERTIFICATE = { name: 'ios', provider: 1, certificate: APNS_KEY, key_id: 'ABC123DEFG', team_id: 'TEAM123456', bundle_id: 'com.example.app' };

export async function addCertificate(server: TestServer, tenant: Tenant, body: object): Promise<void> {
  const answer = await server.request({ method: 'POST', url: '/push/certificate', appId: tenant.appId, token: tenant.adminToken, body });
  if (answer.body.code !== 200) throw new Error(`certificate: ${JSON.stringify(answer.body)}`);
}

let deviceCounter = 0;

/** Inserts `count` users with one device each bound to `notifier` (null: no vendor binding); answers the user ids. */
export async function seedDevices(server: TestServer, tenant: Tenant, count: number, notifier: string | null, platform = 2): Promise<number[]> {
  const prefix = `u${process.pid}_${++deviceCounter}_`;
  const users: { id: number }[] = await server.sql(
    `INSERT INTO users (app_id, username, password_hash) SELECT $1, $2 || g, 'x' FROM generate_series(1, $3) g RETURNING id`,
    [tenant.appId, prefix, count],
  );
  const ids = users.map((user) => user.id);
  await server.sql(`INSERT INTO user_settings (user_id, app_id) SELECT unnest($1::bigint[]), $2`, [ids, tenant.appId]);
  await server.sql(
    `INSERT INTO devices (user_id, device_sn, app_id, device_guid, platform, push_token, notifier_name, device_token)
     SELECT id, 1, $2, 'guid-' || id, $4, 'pt-' || $5 || id, $3, CASE WHEN $3::text IS NULL THEN NULL ELSE 'tok-' || id END FROM unnest($1::bigint[]) id`,
    [ids, tenant.appId, notifier, platform, prefix],
  );
  return ids.sort((a, b) => a - b);
}

export async function notify(server: TestServer, tenant: Tenant, body: object) {
  return server.request({ method: 'POST', url: '/push/notify', appId: tenant.appId, token: tenant.adminToken, body });
}

export async function taskDetail(server: TestServer, tenant: Tenant, taskId: number): Promise<Record<string, number>> {
  const answer = await server.request({ method: 'POST', url: '/push/task/detail', appId: tenant.appId, token: tenant.adminToken, body: { list: [taskId] } });
  return answer.body.data[0];
}

/** Polls the task detail until `done` holds (workers run in the test process); fails after `timeoutMs`. */
export async function waitForDetail(
  server: TestServer,
  tenant: Tenant,
  taskId: number,
  done: (detail: Record<string, number>) => boolean,
  timeoutMs = 20_000,
): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const detail = await taskDetail(server, tenant, taskId);
    if (detail && done(detail)) return detail;
    if (Date.now() > deadline) {
      const jobs = await server.sql(`SELECT user_id, state, claim, attempts, outcome FROM push_deliveries`).catch((error) => String(error));
      throw new Error(`task ${taskId} did not finish: ${JSON.stringify(detail)} ${JSON.stringify(jobs).slice(0, 3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const HUAWEI_CLIENT = { clientId: '10086', clientSecret: 'huawei-client-secret-123456' };
/** The path the real Huawei adapter sends to on the stub. */
export const HUAWEI_SEND_PATH = `/v1/${HUAWEI_CLIENT.clientId}/messages:send`;

/** A server whose real Huawei adapter talks to a stub, and an app with a Huawei certificate ("hw") the stub accepts. */
export async function startWithHuaweiStub(overrides: Partial<AppConfig> = {}): Promise<{ server: TestServer; huawei: HuaweiStub; tenant: Tenant }> {
  const huawei = await startHuaweiStub(HUAWEI_CLIENT);
  const server = await startTestServer(overrides);
  server.config.pushVendors.huaweiBaseUrl = huawei.url;
  server.config.pushVendors.huaweiAuthUrl = huawei.authUrl;
  const tenant = await createTenant(server);
  await addHuaweiCertificate(server, tenant);
  return { server, huawei, tenant };
}

export function addHuaweiCertificate(server: TestServer, tenant: Tenant): Promise<void> {
  return addCertificate(server, tenant, { name: 'hw', provider: 2, app_id: HUAWEI_CLIENT.clientId, app_secret: HUAWEI_CLIENT.clientSecret });
}
