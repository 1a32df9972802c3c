import { PushVendor } from '../../src/push/channels/push-channel';
import { LivePushPort } from '../../src/push/live-push.port';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';
import { addCertificate, HUAWEI_CERTIFICATE, installFake, notify, seedDevices, taskDetail, waitForDetail } from './push-fixtures';

describe('POST /push/notify (PostgreSQL queue backend)', () => {
  let server: TestServer;
  let tenant: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    await addCertificate(server, tenant, HUAWEI_CERTIFICATE);
  });
  afterAll(() => server.close());

  it('refuses with 12006 until the app stores a certificate', async () => {
    const bare = await createTenant(server, 'no push');
    const answer = await notify(server, bare, { audience: 'all', message: { title: 't', body: 'b' } });
    expect(answer.body.code).toBe(12006);
  });

  it('sends to every device of the users named, and counts them per channel', async () => {
    const fake = installFake(server, PushVendor.Huawei, 7);
    const users = await seedDevices(server, tenant, 20, 'hw');
    const answer = await notify(server, tenant, { audience: { user_id: users }, message: { title: 'hello', body: 'world' } });
    expect(answer.body.code).toBe(200);
    const detail = await waitForDetail(server, tenant, answer.body.data.task_id, (d) => d.huawei_sent === 20);
    expect(detail).toMatchObject({ huawei_target: 20, huawei_sent: 20, huawei_received: 20, mxpush_target: 0, fcm_target: 0 });
    expect(new Set(fake.sent.map((entry) => entry.target.userId)).size).toBe(20);
    expect(fake.sent[0].content).toMatchObject({ title: 'hello', body: 'world', type: 'text' });
  });

  it('answers the first task for a repeated request_id and sends nothing again', async () => {
    const fake = installFake(server, PushVendor.Huawei);
    const users = await seedDevices(server, tenant, 3, 'hw');
    const body = { audience: { user_id: users }, setting: { request_id: 'same-1' }, message: { body: 'once' } };
    const first = await notify(server, tenant, body);
    await waitForDetail(server, tenant, first.body.data.task_id, (d) => d.huawei_sent === 3);
    const second = await notify(server, tenant, body);
    expect(second.body.data.task_id).toBe(first.body.data.task_id);
    expect(fake.sent).toHaveLength(3);
  });

  it('removes the vendor binding of a token the vendor calls invalid', async () => {
    const fake = installFake(server, PushVendor.Huawei);
    const users = await seedDevices(server, tenant, 2, 'hw');
    fake.answer = (target) => (target.userId === users[0] ? { kind: 'invalidToken', reason: '80300007' } : { kind: 'ok' });
    const answer = await notify(server, tenant, { audience: { user_id: users }, message: { body: 'x' } });
    await waitForDetail(server, tenant, answer.body.data.task_id, (d) => d.huawei_sent === 1);
    const rows = await server.sql(`SELECT user_id, device_token FROM devices WHERE user_id = ANY($1) ORDER BY user_id`, [users]);
    expect(rows.map((row) => row.device_token)).toEqual([null, `tok-${users[1]}`]);
  });

  it('retries what the vendor deferred, then succeeds', async () => {
    const fake = installFake(server, PushVendor.Huawei);
    const users = await seedDevices(server, tenant, 4, 'hw');
    fake.answer = (_target, call) => (call === 1 ? { kind: 'retryable', retryAfterMs: 10 } : { kind: 'ok' });
    const answer = await notify(server, tenant, { audience: { user_id: users }, message: { body: 'x' } });
    const detail = await waitForDetail(server, tenant, answer.body.data.task_id, (d) => d.huawei_sent === 4, 30_000);
    expect(detail.huawei_target).toBe(4);
    expect(fake.sent).toHaveLength(4);
  });

  it('combined: a live device gets mxpush, an offline one its vendor', async () => {
    const fake = installFake(server, PushVendor.Huawei);
    const [live, offline] = await seedDevices(server, tenant, 2, 'hw');
    await server.sql(`INSERT INTO live_sessions (connection_id, app_id, user_id, device_sn, node_id) VALUES ('c1', $1, $2, 1, 'n1')`, [tenant.appId, live]);
    const reached: string[] = [];
    const unsubscribe = server.app.get(LivePushPort).onDeliver(async (_appId, targets) => {
      const keys = targets.filter((t) => t.userId === live).map((t) => `${t.userId}:${t.deviceSn}`);
      reached.push(...keys);
      return keys;
    });
    const answer = await notify(server, tenant, { audience: { user_id: [live, offline] }, message: { body: 'x' } });
    const detail = await waitForDetail(server, tenant, answer.body.data.task_id, (d) => d.mxpush_sent + d.huawei_sent === 2);
    unsubscribe();
    expect(detail).toMatchObject({ mxpush_target: 1, mxpush_sent: 1, mxpush_received: 1, huawei_target: 1, huawei_sent: 1 });
    expect(reached).toEqual([`${live}:1`]);
    expect(fake.sent.map((entry) => entry.target.userId)).toEqual([offline]);
  });

  it('refuses a list of more than 500 with 12005', async () => {
    const answer = await notify(server, tenant, { audience: { alias: Array.from({ length: 501 }, (_, i) => `a${i}`) }, message: { body: 'x' } });
    expect(answer.body.code).toBe(12005);
  });

  it('answers zero counts for a task with no devices', async () => {
    const answer = await notify(server, tenant, { audience: { tag: ['nobody-has-this'] }, message: { body: 'x' } });
    expect(answer.body.code).toBe(200);
    expect(await taskDetail(server, tenant, answer.body.data.task_id)).toMatchObject({ huawei_target: 0, mxpush_target: 0 });
  });
});
