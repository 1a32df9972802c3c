import { PushProducer } from '../../src/push/push.producer';
import { createTenant, createUser, Tenant, TestServer, TestUser } from '../server';
import { HuaweiStub } from './stubs/huawei.stub';
import { addHuaweiCertificate, notify, seedDevices, startWithHuaweiStub, waitForDetail } from './push-fixtures';

/** GET /push/task/list (ours): the app's tasks newest first, through the real Huawei adapter on its stub. */
describe('GET /push/task/list', () => {
  let server: TestServer;
  let huawei: HuaweiStub;
  let tenant: Tenant;
  let user: TestUser;

  beforeAll(async () => {
    ({ server, huawei, tenant } = await startWithHuaweiStub());
    user = await createUser(server, tenant);
  });

  afterAll(async () => {
    await server.close();
    await huawei.close();
    expect(huawei.state.violations).toEqual([]);
  });

  function list(as: Tenant, query = '', headers?: Record<string, string>, token = as.adminToken) {
    return server.request({ url: `/push/task/list${query}`, appId: as.appId, token, headers });
  }

  it('lists the tasks newest first with status, audience, title, summary and counts per channel', async () => {
    const users = await seedDevices(server, tenant, 3, 'hw');
    huawei.state.answer(`tok-${users[2]}`, { kind: 'invalidToken' });
    const first = await notify(server, tenant, { audience: { user_id: users }, message: { title: 'Sale', body: 'Everything half price today' } });
    await waitForDetail(server, tenant, first.body.data.task_id, (d) => d.huawei_sent === 2);
    const second = await notify(server, tenant, { audience: { tag: ['vip', 'beta'] }, message: { type: 'cmd', body: 'x'.repeat(300) } });

    let answer = await list(tenant);
    const deadline = Date.now() + 20_000;
    while (answer.body.data[1]?.status !== 'done' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await list(tenant);
    }
    expect(answer.body.code).toBe(200);
    expect(answer.body.cursor).toBeUndefined();
    const [newest, older] = answer.body.data;
    expect(newest).toMatchObject({
      task_id: second.body.data.task_id,
      kind: 'notify',
      audience: { kind: 'tag', size: 2 },
      message_type: 'cmd',
      title: null,
      summary: 'x'.repeat(200),
    });
    expect(older).toEqual({
      task_id: first.body.data.task_id,
      kind: 'notify',
      created_at: expect.any(Number),
      status: 'done',
      finished_at: expect.any(Number),
      audience: { kind: 'user_id', size: 3 },
      message_type: 'text',
      title: 'Sale',
      summary: 'Everything half price today',
      channels: [{ channel: 'huawei', target: 3, sent: 2, received: 2, failed: 1, failure: null }],
      totals: { target: 3, sent: 2, received: 2, failed: 1 },
    });
    expect(Math.abs(older.created_at - Date.now())).toBeLessThan(60_000);
    expect(older.finished_at).toBeGreaterThanOrEqual(older.created_at);
  });

  it('pages by cursor, newest first, and lists offline-message pushes apart (kind=message)', async () => {
    const app = await createTenant(server, 'paged');
    await addHuaweiCertificate(server, app);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await notify(server, app, { audience: 'all', message: { title: `t${i}`, body: 'b' } })).body.data.task_id);
    const [sender, recipient] = await seedDevices(server, app, 2, 'hw');
    await server.app.get(PushProducer).enqueueOfflineMessage({ appId: app.appId, messageId: 9_100_001, fromUserId: sender, toType: 1, toId: recipient, recipients: [sender, recipient], text: 'hi there', contentType: 0 });

    const seen: number[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const answer = await list(app, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(answer.body.code).toBe(200);
      sizes.push(answer.body.data.length);
      seen.push(...answer.body.data.map((task: { task_id: number }) => task.task_id));
      cursor = answer.body.cursor;
    } while (cursor);
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual([...ids].reverse());
    expect((await list(app, '?kind=notify&limit=100')).body.data.map((task: { title: string }) => task.title)).toEqual(['t4', 't3', 't2', 't1', 't0']);

    let messages: { kind: string; audience: object; summary: string; message_type: string | null; title: string | null }[] = [];
    const deadline = Date.now() + 20_000;
    while (messages.length === 0 && Date.now() < deadline) {
      messages = (await list(app, '?kind=message')).body.data;
      if (messages.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(messages).toEqual([expect.objectContaining({ kind: 'message', audience: { kind: 'recipients', size: 2 }, summary: 'hi there', message_type: null, title: null })]);
  });

  it('refuses user tokens, with or without impersonation headers, and admin tokens of another app', async () => {
    const foreign = await createTenant(server, 'foreign');
    expect((await list(tenant, '', undefined, user.token)).body).toMatchObject({ code: 10010, message: 'this operation needs the app admin access-token', data: null });
    expect((await list(tenant, '', { user_id: String(user.userId) }, user.token)).body.code).toBe(10010);
    expect((await list(tenant, '', { group_id: '1000000001' }, user.token)).body.code).toBe(10010);
    expect((await list(tenant, '', undefined, foreign.adminToken)).body.code).toBe(10008);
  });

  it("shows another app's admin none of this app's tasks", async () => {
    const other = await createTenant(server, 'other');
    expect((await list(tenant)).body.data.length).toBeGreaterThan(0);
    const answer = await list(other);
    expect(answer.body).toMatchObject({ code: 200, data: [] });
    const mine = (await list(tenant, '?limit=1')).body;
    // a cursor of this app's list pages nothing of it in another app
    expect((await list(other, `?cursor=${mine.cursor}`)).body.data).toEqual([]);
  });

  it('lets the admin token act with a user_id header (the list is app-wide)', async () => {
    const answer = await list(tenant, '', { user_id: String(user.userId) });
    expect(answer.body.code).toBe(200);
    expect(answer.body.data.length).toBeGreaterThan(0);
  });

  it.each([
    ['?limit=0', 'limit: must be at least 1'],
    ['?limit=101', 'limit: must be at most 100'],
    ['?limit=ten', 'limit: must be an integer'],
    ['?kind=all', 'kind: must be notify or message'],
    ['?cursor=not-a-cursor', 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page'],
    [`?cursor=${Buffer.from('{"i":"1; DROP TABLE push_tasks"}').toString('base64url')}`, 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page'],
  ])('refuses %s with 10002 and a precise message', async (query, message) => {
    const answer = await list(tenant, query);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ code: 10002, message, data: null });
  });
});
