import { generateKeyPairSync } from 'node:crypto';
import { LivePushPort } from '../../src/push/live-push.port';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';
import { ApnsStub, startApnsStub } from './stubs/apns.stub';
import { HuaweiStub, startHuaweiStub } from './stubs/huawei.stub';
import { addCertificate, notify, seedDevices, waitForDetail } from './push-fixtures';

/**
 * Every audience kind end to end with the real adapters: APNs over HTTP/2 and Huawei Push Kit
 * pointed at their stubs (which verify auth and payloads), mxpush through the live-push port.
 */
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const APNS_KEY_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const APNS = { teamId: 'TEAM123456', keyId: 'KEY1234567', bundleId: 'com.example.im' };
const HUAWEI = { clientId: '10086', clientSecret: 'huawei-client-secret-123456' };

/** One app: 3 iOS users (APNs), 4 Huawei users, 2 live users (Huawei-bound, online), 1 user with no binding. */
interface Population {
  tenant: Tenant;
  ios: number[];
  huawei: number[];
  live: number[];
  unbound: number[];
}

describe('POST /push/notify: every audience kind, exact counts per channel (real APNs and Huawei adapters on stubs)', () => {
  let server: TestServer;
  let apns: ApnsStub;
  let huawei: HuaweiStub;
  let liveReached: string[];
  let unsubscribe: () => void;
  const liveUsers = new Set<number>();

  beforeAll(async () => {
    apns = await startApnsStub({ ...APNS, privateKeyPem: APNS_KEY_PEM });
    huawei = await startHuaweiStub(HUAWEI);
    server = await startTestServer();
    server.config.pushVendors.apnsBaseUrl = apns.url;
    server.config.pushVendors.huaweiBaseUrl = huawei.url;
    server.config.pushVendors.huaweiAuthUrl = huawei.authUrl;
    unsubscribe = server.app.get(LivePushPort).onDeliver(async (_appId, targets) => {
      const keys = targets.filter((target) => liveUsers.has(target.userId)).map((target) => `${target.userId}:${target.deviceSn}`);
      liveReached.push(...keys);
      return keys;
    });
  });

  afterAll(async () => {
    unsubscribe();
    await server.close();
    await apns.close();
    await huawei.close();
  });

  beforeEach(() => {
    liveReached = [];
    for (const stub of [apns, huawei]) {
      stub.state.deliveries.length = 0;
      stub.state.requests.length = 0;
    }
  });

  afterEach(() => {
    expect(apns.state.violations).toEqual([]);
    expect(huawei.state.violations).toEqual([]);
  });

  async function population(): Promise<Population> {
    const tenant = await createTenant(server);
    await addCertificate(server, tenant, { name: 'ios', provider: 1, certificate: APNS_KEY_PEM, key_id: APNS.keyId, team_id: APNS.teamId, bundle_id: APNS.bundleId });
    await addCertificate(server, tenant, { name: 'hw', provider: 2, app_id: HUAWEI.clientId, app_secret: HUAWEI.clientSecret });
    const ios = await seedDevices(server, tenant, 3, 'ios', 1);
    const huaweiUsers = await seedDevices(server, tenant, 4, 'hw', 2);
    const live = await seedDevices(server, tenant, 2, 'hw', 2);
    const unbound = await seedDevices(server, tenant, 1, null, 2);
    for (const userId of live) {
      liveUsers.add(userId);
      await server.sql(`INSERT INTO live_sessions (connection_id, app_id, user_id, device_sn, node_id) VALUES ($1, $2, $3, 1, 'node-1')`, [`c-${userId}`, tenant.appId, userId]);
    }
    return { tenant, ios, huawei: huaweiUsers, live, unbound };
  }

  const tokensOf = (users: number[]) => users.map((userId) => `tok-${userId}`).sort();
  const keysOf = (users: number[]) => users.map((userId) => `${userId}:1`).sort();

  async function expectDelivered(
    tenant: Tenant,
    body: object,
    expected: { apns: number[]; huawei: number[]; mxpush: number[] },
  ): Promise<void> {
    const answer = await notify(server, tenant, { ...body, message: { title: 'Hi', body: 'there' } });
    expect(answer.body.code).toBe(200);
    const total = expected.apns.length + expected.huawei.length + expected.mxpush.length;
    const detail = await waitForDetail(server, tenant, answer.body.data.task_id, (d) => d.apns_sent + d.huawei_sent + d.mxpush_sent === total);
    expect(detail).toEqual({
      task_id: answer.body.data.task_id,
      ...counts('apns', expected.apns.length),
      ...counts('fcm', 0),
      ...counts('huawei', expected.huawei.length),
      ...counts('xiaomi', 0),
      ...counts('oppo', 0),
      ...counts('vivo', 0),
      ...counts('flyme', 0),
      ...counts('mxpush', expected.mxpush.length),
    });
    expect(apns.state.deliveries.map((delivery) => delivery.token).sort()).toEqual(tokensOf(expected.apns));
    expect(huawei.state.deliveries.map((delivery) => delivery.token).sort()).toEqual(tokensOf(expected.huawei));
    expect(liveReached.sort()).toEqual(keysOf(expected.mxpush));
  }

  function counts(channel: string, n: number): Record<string, number> {
    return { [`${channel}_target`]: n, [`${channel}_sent`]: n, [`${channel}_received`]: n };
  }

  it('"all": every device of the app, live users over mxpush, the rest by their vendor, unbound offline devices nowhere', async () => {
    const p = await population();
    await expectDelivered(p.tenant, { audience: 'all' }, { apns: p.ios, huawei: p.huawei, mxpush: p.live });
    const request = apns.state.requests[0];
    expect(request.headers).toMatchObject({ 'apns-topic': APNS.bundleId, 'apns-push-type': 'alert' });
    expect(request.json.aps.alert).toEqual({ title: 'Hi', body: 'there' });
  });

  it('tag: the devices of users holding any of the tags, once each', async () => {
    const p = await population();
    const vip = [p.ios[0], p.huawei[0], p.huawei[1], p.live[0]];
    const city = [p.huawei[1], p.unbound[0]];
    await server.sql(`INSERT INTO user_push_tags (user_id, tag, app_id) SELECT unnest($1::bigint[]), 'vip', $2`, [vip, p.tenant.appId]);
    await server.sql(`INSERT INTO user_push_tags (user_id, tag, app_id) SELECT unnest($1::bigint[]), 'city-7', $2`, [city, p.tenant.appId]);
    await expectDelivered(p.tenant, { audience: { tag: ['vip', 'city-7'] } }, { apns: [p.ios[0]], huawei: [p.huawei[0], p.huawei[1]], mxpush: [p.live[0]] });
  });

  it('alias: the devices carrying the aliases', async () => {
    const p = await population();
    await server.sql(`UPDATE devices SET alias = 'shop-1' WHERE user_id = ANY($1)`, [[p.ios[1], p.huawei[2]]]);
    await server.sql(`UPDATE devices SET alias = 'shop-2' WHERE user_id = $1`, [p.live[1]]);
    await expectDelivered(p.tenant, { audience: { alias: ['shop-1', 'shop-2', 'nobody'] } }, { apns: [p.ios[1]], huawei: [p.huawei[2]], mxpush: [p.live[1]] });
  });

  it('user_id: every device of the users named (unknown ids and other apps\' users add nothing)', async () => {
    const p = await population();
    const other = await population();
    await expectDelivered(
      p.tenant,
      { audience: { user_id: [p.ios[2], p.huawei[3], p.live[0], p.unbound[0], other.ios[0], 999_999_999] } },
      { apns: [p.ios[2]], huawei: [p.huawei[3]], mxpush: [p.live[0]] },
    );
  });

  it('push_token: the devices with those push tokens', async () => {
    const p = await population();
    const rows: { push_token: string }[] = await server.sql(`SELECT push_token FROM devices WHERE user_id = ANY($1) ORDER BY user_id`, [[p.ios[0], p.huawei[1], p.huawei[2]]]);
    await expectDelivered(p.tenant, { audience: { push_token: [...rows.map((row) => row.push_token), 'pt-unknown'] } }, { apns: [p.ios[0]], huawei: [p.huawei[1], p.huawei[2]], mxpush: [] });
  });

  it('ospush_only skips the live socket; mxpush_only reaches only live devices', async () => {
    const p = await population();
    await expectDelivered(p.tenant, { audience: 'all', setting: { distribution_strategy: 'ospush_only' } }, { apns: p.ios, huawei: [...p.huawei, ...p.live].sort((a, b) => a - b), mxpush: [] });
    liveReached = [];
    apns.state.deliveries.length = 0;
    huawei.state.deliveries.length = 0;
    await expectDelivered(p.tenant, { audience: 'all', setting: { distribution_strategy: 'mxpush_only' } }, { apns: [], huawei: [], mxpush: p.live });
  });

  it('a silent cmd push to an OPPO device (no pass-through messages) is skipped, not failed, and other channels still send', async () => {
    const p = await population();
    await addCertificate(server, p.tenant, { name: 'oppo', provider: 6, app_key: 'oppo-key', app_secret: 'oppo-master-secret-123' });
    const [oppoUser] = await seedDevices(server, p.tenant, 1, 'oppo', 2);
    const answer = await notify(server, p.tenant, { audience: { user_id: [oppoUser, p.huawei[0]] }, message: { type: 'cmd', ext: { sync: 1 } } });
    const detail = await waitForDetail(server, p.tenant, answer.body.data.task_id, (d) => d.huawei_sent === 1);
    const [row] = await server.sql(`SELECT state, outcome FROM push_deliveries WHERE task_id = $1 AND user_id = $2`, [answer.body.data.task_id, oppoUser]);
    expect(row.state).toBe(4);
    expect(row.outcome).toMatch(/^unsupported: oppo has no silent/);
    const [channel] = await server.sql(`SELECT target, sent, failed, failure FROM push_task_channels WHERE task_id = $1 AND channel = 'oppo'`, [answer.body.data.task_id]);
    expect(channel).toEqual({ target: 1, sent: 0, failed: 0, failure: null });
    expect(detail).toMatchObject({ oppo_target: 1, oppo_sent: 0, huawei_target: 1, huawei_sent: 1 });
  });
});
