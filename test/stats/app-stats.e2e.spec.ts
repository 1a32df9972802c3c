import { Clock } from '../../src/common/clock';
import { createTenant, createUser, startTestServer, Tenant, TestServer } from '../server';

const DAY_MS = 24 * 3600 * 1000;

/** GET /app/stats (src/stats): the console overview's figures, for the app's admin only. */
describe('GET /app/stats', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    [tenant, other] = [await createTenant(server), await createTenant(server, 'other app')];
  });
  afterAll(() => server.close());

  const stats = (query = '', token = tenant.adminToken, appId = tenant.appId, headers?: Record<string, string>) =>
    server.request({ url: `/app/stats${query}`, appId, token, headers });

  it('counts users, disabled users, groups, messages per day and push tasks of this app only', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    await createUser(server, other);
    const send = (content: string) =>
      server.request({ method: 'POST', url: '/message/send', appId: tenant.appId, token: alice.token, body: { type: 1, targets: [bob.userId], content_type: 0, content } });
    expect((await send('one')).body.code).toBe(200);
    const second = await send('two');
    expect(second.body.code).toBe(200);
    // Offline pushes of these messages are push tasks too, but not notifications; a recall is stored as an operation entry; it is not counted as a message.
    expect((await server.request({ method: 'POST', url: '/message/recall', appId: tenant.appId, token: alice.token, body: { conversation_id: bob.userId, msg_id: (second.body as { msg_ids?: number[] }).msg_ids?.[0] } })).body.code).toBe(200);
    const group = await server.request({ method: 'POST', url: '/group/create', appId: tenant.appId, token: alice.token, body: { name: 'stats group', user_list: [bob.userId] } });
    expect(group.body.code).toBe(200);
    expect((await server.request({ method: 'PUT', url: '/user/disable', appId: tenant.appId, token: tenant.adminToken, body: { list: [bob.userId] } })).body.code).toBe(200);

    const answer = await stats('?days=3');
    expect(answer.body.code).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(answer.body.data).toEqual({
      users: 2,
      disabled_users: 1,
      groups: 1,
      messages_today: 2,
      live_sockets: 0,
      push_tasks: 0,
      days: [
        { day: new Date(Date.now() - 2 * DAY_MS).toISOString().slice(0, 10), messages: 0, new_users: 0 },
        { day: new Date(Date.now() - DAY_MS).toISOString().slice(0, 10), messages: 0, new_users: 0 },
        { day: today, messages: 2, new_users: 2 },
      ],
    });
    expect((await stats('', other.adminToken, other.appId)).body.data).toMatchObject({ users: 1, groups: 0, messages_today: 0 });
  });

  it("judges days by the server's clock, 14 of them by default", async () => {
    const clock = server.app.get(Clock);
    const now = clock.now;
    clock.now = () => new Date(Date.now() + 2 * DAY_MS);
    try {
      const days = (await stats()).body.data.days;
      expect(days).toHaveLength(14);
      expect(days[13]).toEqual({ day: new Date(Date.now() + 2 * DAY_MS).toISOString().slice(0, 10), messages: 0, new_users: 0 });
      expect(days[11].day).toBe(new Date().toISOString().slice(0, 10));
    } finally {
      clock.now = now;
    }
  });

  it("refuses a user token, impersonation, and another app's admin token", async () => {
    const carol = await createUser(server, tenant);
    expect((await stats('', carol.token)).body.code).toBe(10010);
    expect((await stats('', carol.token, tenant.appId, { user_id: String(carol.userId) })).body.code).toBe(10010);
    expect((await stats('', other.adminToken)).body.code).not.toBe(200);
    expect((await server.request({ url: '/app/stats', appId: tenant.appId })).body.code).not.toBe(200);
  });

  it.each([
    ['?days=0', 'days: must be an integer from 1 to 90'],
    ['?days=91', 'days: must be an integer from 1 to 90'],
    ['?days=two', 'days: must be an integer from 1 to 90'],
  ])('refuses %s with 10002', async (query, message) => {
    const answer = await stats(query);
    expect(answer.body).toEqual({ code: 10002, message, data: null });
  });

  it('is marked ours in the OpenAPI document, with its answer schema', async () => {
    const document = (await server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    const operation = document.paths['/app/stats'].get;
    expect(operation['x-extension']).toBe(true);
    const data = operation.responses['200'].content['application/json'].schema.properties.data;
    expect(JSON.stringify(data)).toContain('AppStatsDto');
    expect(Object.keys(document.components.schemas.AppStatsDto.properties)).toEqual(['users', 'disabled_users', 'groups', 'messages_today', 'live_sockets', 'push_tasks', 'days']);
  });
});
