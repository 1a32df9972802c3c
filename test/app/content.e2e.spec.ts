import { createTenant, createUser, RequestOptions, startTestServer, Tenant, TestServer, TestUser } from '../server';

describe('/app/configs and /app/discovers: operator content (our extension, IM v1 /configs and /discovers)', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let alice: TestUser;
  let outsider: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    other = await createTenant(server, 'other');
    alice = await createUser(server, tenant);
    outsider = await createUser(server, other);
  });
  afterAll(() => server.close());

  const admin = (method: RequestOptions['method'], url: string, body?: unknown) => server.request({ method, url, appId: tenant.appId, token: tenant.adminToken, body });
  const asUser = (user: TestUser, method: RequestOptions['method'], url: string, body?: unknown) => server.request({ method, url, appId: tenant.appId, token: user.token, body });
  const bad = (message: string) => ({ code: 10002, message, data: null });

  describe('client configuration', () => {
    it('is set by the admin (null removes a name), read by users, and shown in the public GET /app/config', async () => {
      expect((await admin('PUT', '/app/configs', { configs: { discover_name: 'Discover', register_sms: 'true', 'near.distance': '1000' } })).body).toEqual({
        code: 200,
        message: null,
        data: { configs: { discover_name: 'Discover', 'near.distance': '1000', register_sms: 'true' } },
      });
      expect((await admin('PUT', '/app/configs', { configs: { register_sms: null, discover_name: 'Explore' } })).body.data).toEqual({
        configs: { discover_name: 'Explore', 'near.distance': '1000' },
      });
      expect((await asUser(alice, 'GET', '/app/configs')).body).toEqual({ code: 200, message: null, data: { configs: { discover_name: 'Explore', 'near.distance': '1000' } } });
      expect((await server.request({ url: '/app/config?platform=2', appId: tenant.appId })).body.data).toEqual({
        app_id: tenant.appId,
        platform: 2,
        hide_member_info: false,
        configs: { discover_name: 'Explore', 'near.distance': '1000' },
      });
      expect((await server.request({ url: '/app/configs', appId: other.appId, token: outsider.token })).body.data).toEqual({ configs: {} });
    });

    it('holds at most 200 names per app, all or nothing', async () => {
      const app = await createTenant(server, 'full');
      const many = Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`name_${index}`, 'v']));
      expect((await server.request({ method: 'PUT', url: '/app/configs', appId: app.appId, token: app.adminToken, body: { configs: many } })).body.code).toBe(200);
      const over = await server.request({ method: 'PUT', url: '/app/configs', appId: app.appId, token: app.adminToken, body: { configs: { one_more: 'x', name_0: 'changed' } } });
      expect(over.body).toEqual(bad('configs: an app holds at most 200 names; remove some first (send them as null)'));
      const stored = (await server.request({ url: '/app/configs', appId: app.appId, token: app.adminToken })).body.data.configs;
      expect(Object.keys(stored)).toHaveLength(200);
      expect(stored.name_0).toBe('v');
    });

    it.each([
      [{}, 'configs: is required'],
      [{ configs: 'x' }, 'configs: must be an object of names to string values (or null to remove)'],
      [{ configs: {} }, 'configs: send at least one name'],
      [{ configs: { 'Bad Name': 'x' } }, 'configs: name "Bad Name" must be 1–64 characters of a-z 0-9 _ . -'],
      [{ configs: { flag: true } }, 'configs.flag: must be a string, or null to remove it'],
      [{ configs: { long: 'v'.repeat(4097) } }, 'configs.long: must be at most 4096 characters'],
    ])('refuses PUT /app/configs %j with 10002', async (body, message) => {
      expect((await admin('PUT', '/app/configs', body)).body).toEqual(bad(message));
    });

    it('refuses writes by a user token, an admin acting as a user is the admin, and tokens of another app', async () => {
      expect((await asUser(alice, 'PUT', '/app/configs', { configs: { x: 'y' } })).body).toEqual({ code: 10010, message: 'this operation needs the app admin access-token', data: null });
      const acting = await server.request({ method: 'PUT', url: '/app/configs', appId: tenant.appId, token: tenant.adminToken, headers: { user_id: String(alice.userId) }, body: { configs: { by_admin: 'y' } } });
      expect(acting.body.code).toBe(200);
      expect((await server.request({ method: 'PUT', url: '/app/configs', appId: tenant.appId, token: other.adminToken, body: { configs: { x: 'y' } } })).body.code).toBe(10008);
      expect((await server.request({ url: '/app/configs', appId: tenant.appId, token: outsider.token })).body.code).toBe(10008);
      expect((await server.request({ url: '/app/configs', appId: tenant.appId })).body.code).toBe(10003);
      expect((await asUser(alice, 'GET', '/app/configs')).body.data.configs).not.toHaveProperty('x');
    });
  });

  describe('discover links', () => {
    it('are created, changed and deleted by the admin and listed to users by position', async () => {
      const app = await createTenant(server, 'discover');
      const user = await createUser(server, app);
      const call = (method: RequestOptions['method'], url: string, body?: unknown, token = app.adminToken) => server.request({ method, url, appId: app.appId, token, body });
      const first = await call('POST', '/app/discovers', { name: 'News', url: 'https://news.example.com', logo: 'logo.png', position: 2 });
      expect(first.body).toEqual({
        code: 200,
        message: null,
        data: { discover_id: expect.any(Number), name: 'News', url: 'https://news.example.com', logo: 'logo.png', position: 2, created_time: expect.any(Number), updated_time: expect.any(Number) },
      });
      const second = (await call('POST', '/app/discovers', { name: 'Games', url: 'http://games.local:8080/x' })).body.data;
      expect(second).not.toHaveProperty('logo');
      expect((await call('GET', '/app/discovers', undefined, user.token)).body.data.map((item: { name: string }) => item.name)).toEqual(['Games', 'News']);
      const changed = await call('PUT', '/app/discovers', { discover_id: second.discover_id, position: 5, logo: 'g.png' });
      expect(changed.body.data).toMatchObject({ discover_id: second.discover_id, name: 'Games', logo: 'g.png', position: 5 });
      expect((await call('GET', '/app/discovers', undefined, user.token)).body.data.map((item: { name: string }) => item.name)).toEqual(['News', 'Games']);
      await call('PUT', '/app/discovers', { discover_id: second.discover_id, logo: '' });
      expect((await call('DELETE', `/app/discovers?discover_id=${first.body.data.discover_id}`)).body).toEqual({ code: 200, message: null, data: true });
      const remaining = (await call('GET', '/app/discovers', undefined, user.token)).body.data;
      expect(remaining).toEqual([expect.objectContaining({ name: 'Games', position: 5 })]);
      expect(remaining[0]).not.toHaveProperty('logo');
      expect((await asUser(alice, 'GET', '/app/discovers')).body.data).toEqual([]);
    });

    it('refuses an item of another app, user tokens for writes, and more than 100 items', async () => {
      const app = await createTenant(server, 'limits');
      const mine = (await server.request({ method: 'POST', url: '/app/discovers', appId: app.appId, token: app.adminToken, body: { name: 'a', url: 'https://a.example' } })).body.data;
      const foreign = { code: 10002, message: `discover_id: this app has no discover item ${mine.discover_id}`, data: null };
      expect((await admin('PUT', '/app/discovers', { discover_id: mine.discover_id, name: 'stolen' })).body).toEqual(foreign);
      expect((await admin('DELETE', `/app/discovers?discover_id=${mine.discover_id}`)).body).toEqual(foreign);
      expect((await asUser(alice, 'POST', '/app/discovers', { name: 'x', url: 'https://x.example' })).body.code).toBe(10010);
      expect((await asUser(alice, 'DELETE', '/app/discovers?discover_id=1')).body.code).toBe(10010);
      await server.sql(`INSERT INTO app_discover_items (app_id, name, url) SELECT $1, 'bulk', 'https://b.example' FROM generate_series(1, 99)`, [app.appId]);
      const over = await server.request({ method: 'POST', url: '/app/discovers', appId: app.appId, token: app.adminToken, body: { name: 'one more', url: 'https://c.example' } });
      expect(over.body).toEqual(bad('this app has 100 discover items, the most allowed; delete one first'));
    });

    it.each([
      ['POST', { url: 'https://a.example' }, 'name: is required'],
      ['POST', { name: '', url: 'https://a.example' }, 'name: must not be empty'],
      ['POST', { name: 'a', url: 'javascript:alert(1)' }, 'url: must be an http or https URL'],
      ['POST', { name: 'a', url: 'ftp://a.example' }, 'url: must be an http or https URL'],
      ['POST', { name: 'a', url: 'https://a.example', position: -1 }, 'position: must be at least 0'],
      ['PUT', { discover_id: 1 }, 'body: send at least one of name, url, logo, position'],
      ['PUT', { name: 'a' }, 'discover_id: is required'],
    ] as const)('refuses %s /app/discovers %j with 10002', async (method, body, message) => {
      expect((await admin(method, '/app/discovers', body)).body).toEqual(bad(message));
    });
  });

  it('marks every route as our extension in the OpenAPI document', async () => {
    const { paths } = (await server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    const marks = [paths['/app/configs'].get, paths['/app/configs'].put, ...['get', 'post', 'put', 'delete'].map((method) => paths['/app/discovers'][method])].map(
      (operation) => operation['x-extension'],
    );
    expect(marks).toEqual(Array(6).fill(true));
  });
});
