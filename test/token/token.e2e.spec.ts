import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

describe('/token/user, /token/id, /token/login', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let user: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    other = await createTenant(server, 'other');
    await server.request({
      method: 'POST',
      url: '/user/register',
      appId: tenant.appId,
      body: { username: 'login_target', password: 'secret-password', mobile: '13800138000', email: 'Target@Example.com' },
    });
    user = await createUser(server, tenant);
  });
  afterAll(() => server.close());

  const post = (url: string, body: object, appId = tenant.appId) => server.request({ method: 'POST', url, appId, body });

  it('issues a token by username, by id and by login name, each of which works', async () => {
    const byName = await post('/token/user', { name: user.username, password: user.password });
    expect(byName.body.data).toEqual({ token: expect.any(String), user_id: user.userId, expire: expect.any(Number), store_token: expect.any(String), encrypt_type: 0, public_key: '' });
    expect(byName.body.data.expire).toBeGreaterThan(Date.now());
    const byId = await post('/token/id', { user_id: user.userId, password: user.password });
    expect(byId.body.data.user_id).toBe(user.userId);
    for (const token of [byName.body.data.token, byId.body.data.token]) {
      expect((await server.request({ url: '/user/profile', appId: tenant.appId, token })).body.data.user_id).toBe(user.userId);
    }
  });

  it('accepts username, mobile or email (any case) as login_name', async () => {
    const ids = new Set<number>();
    for (const loginName of ['login_target', '13800138000', 'target@example.com']) {
      const response = await post('/token/login', { login_name: loginName, password: 'secret-password' });
      expect(response.body.code).toBe(200);
      ids.add(response.body.data.user_id);
    }
    expect(ids.size).toBe(1);
  });

  it('registers the device named by device_guid and reuses it on the next login', async () => {
    const first = await post('/token/user', { name: user.username, password: user.password, device_guid: 'phone-1' });
    expect(first.body.data).toMatchObject({ push_token: expect.any(String), device_sn: 1 });
    const again = await post('/token/user', { name: user.username, password: user.password, device_guid: 'phone-1' });
    expect(again.body.data).toMatchObject({ push_token: first.body.data.push_token, device_sn: 1 });
    const second = await post('/token/user', { name: user.username, password: user.password, device_guid: 'tablet-1' });
    expect(second.body.data.device_sn).toBe(2);
    expect(second.body.data.push_token).not.toBe(first.body.data.push_token);
  });

  it('gives unknown users and wrong passwords the same answer', async () => {
    const wrongPassword = await post('/token/user', { name: user.username, password: 'not-the-password' });
    const unknownUser = await post('/token/user', { name: 'nobody_here', password: 'not-the-password' });
    const unknownId = await post('/token/id', { user_id: 424242424242, password: 'not-the-password' });
    expect(wrongPassword.body).toEqual({ code: 10014, message: 'login name or password is incorrect', data: null });
    expect(unknownUser.body).toEqual(wrongPassword.body);
    expect(unknownId.body).toEqual(wrongPassword.body);
  });

  it("does not log in another app's user", async () => {
    expect((await post('/token/user', { name: user.username, password: user.password }, other.appId)).body.code).toBe(10014);
  });

  it('refuses disabled users with 10013 once their password is right', async () => {
    const disabled = await createUser(server, tenant);
    await server.sql(`UPDATE users SET status = 1 WHERE id = $1`, [disabled.userId]);
    expect((await post('/token/user', { name: disabled.username, password: disabled.password })).body).toEqual({
      code: 10013,
      message: 'this user is disabled by the app; ask the app operator to enable it',
      data: null,
    });
    expect((await post('/token/user', { name: disabled.username, password: 'wrong-password' })).body.code).toBe(10014);
  });

  it('names the bad field of a malformed request', async () => {
    expect((await post('/token/user', { password: 'x' })).body).toEqual({ code: 10002, message: 'name: is required', data: null });
    expect((await post('/token/user', { name: 12, password: 'x' })).body.message).toBe('name: must be a string');
    expect((await post('/token/id', { user_id: '12 ', password: 'x' })).body).toEqual({ code: 10002, message: 'user_id: "12 " is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)', data: null });
    expect((await post('/token/id', { user_id: 2 ** 53, password: 'x' })).body.message).toBe(`user_id: must be at most ${Number.MAX_SAFE_INTEGER}`);
    expect((await post('/token/login', { login_name: 'x', password: '' })).body).toEqual({ code: 10002, message: 'password: must not be empty', data: null });
  });
});

describe('login rate limit', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ authRateLimitPerMinute: 3 });
  });
  afterAll(() => server.close());

  it('answers 429 in the envelope past the limit, per app', async () => {
    const tenant = await createTenant(server);
    const attempt = (appId: string) => server.request({ method: 'POST', url: '/token/user', appId, body: { name: 'nobody', password: 'guess-1' } });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt(tenant.appId)).status);
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await attempt(tenant.appId);
    expect(limited.body).toEqual({ code: 429, message: 'too many requests from this address; wait a minute and try again', data: null });
    const otherApp = await createTenant(server, 'other');
    expect((await attempt(otherApp.appId)).status).toBe(200);
  });
});
