import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

describe('AuthGuard: tenancy and impersonation', () => {
  let server: TestServer;
  let appA: Tenant;
  let appB: Tenant;
  let alice: TestUser;
  let bob: TestUser;
  let carolOfB: TestUser;
  let groupId: number;

  beforeAll(async () => {
    server = await startTestServer();
    appA = await createTenant(server, 'A');
    appB = await createTenant(server, 'B');
    alice = await createUser(server, appA);
    bob = await createUser(server, appA);
    carolOfB = await createUser(server, appB);
    [{ id: groupId }] = await server.sql(`INSERT INTO groups (app_id, name, owner_id) VALUES ($1, 'g', $2) RETURNING id`, [appA.appId, alice.userId]);
  });
  afterAll(() => server.close());

  const profile = (appId: string, token?: string, headers?: Record<string, string>) =>
    server.request({ url: '/user/profile', appId, token, headers });

  it('lets each user read its own profile with its own token', async () => {
    expect((await profile(appA.appId, alice.token)).body.data).toMatchObject({ user_id: alice.userId, username: alice.username });
    expect((await profile(appA.appId, bob.token)).body.data).toMatchObject({ user_id: bob.userId });
  });

  it('lets the admin token act as any user of its app with the user_id header', async () => {
    const asAlice = await profile(appA.appId, appA.adminToken, { user_id: String(alice.userId) });
    expect(asAlice.body.data).toMatchObject({ user_id: alice.userId, username: alice.username });
    const asBob = await profile(appA.appId, appA.adminToken, { user_id: String(bob.userId) });
    expect(asBob.body.data).toMatchObject({ user_id: bob.userId });
  });

  it('refuses a user token sent with another app_id (10008)', async () => {
    expect((await profile(appB.appId, alice.token)).body).toEqual({ code: 10008, message: 'access-token is not a valid token of this app', data: null });
  });

  it('refuses an admin token sent with another app_id (10008)', async () => {
    expect((await profile(appB.appId, appA.adminToken, { user_id: String(carolOfB.userId) })).body.code).toBe(10008);
  });

  it("refuses to impersonate another app's user (10000)", async () => {
    const response = await profile(appA.appId, appA.adminToken, { user_id: String(carolOfB.userId) });
    expect(response.body).toEqual({ code: 10000, message: `user ${carolOfB.userId} does not exist in this app`, data: null });
  });

  it('refuses impersonation headers with a user token (10010), never ignoring them', async () => {
    expect((await profile(appA.appId, alice.token, { user_id: String(bob.userId) })).body.code).toBe(10010);
    expect((await profile(appA.appId, alice.token, { group_id: String(groupId) })).body.code).toBe(10010);
  });

  it('refuses impersonation headers without any token on public routes (10010)', async () => {
    const response = await server.request({
      method: 'POST',
      url: '/user/register/v2',
      appId: appA.appId,
      headers: { user_id: String(alice.userId) },
      body: { username: 'sneaky', password: 'secret-password' },
    });
    expect(response.body.code).toBe(10010);
  });

  it("takes the uni-app SDK's pre-login access-token 'undefined' (or 'null', or empty) as no token", async () => {
    for (const placeholder of ['undefined', 'null', '']) {
      const registered = await server.request({
        method: 'POST',
        url: '/user/register/v2',
        appId: appA.appId,
        headers: { 'access-token': placeholder },
        body: { username: `pre_login_${placeholder || 'empty'}`, password: 'secret-password' },
      });
      expect(registered.body).toMatchObject({ code: 200, data: { user_id: expect.any(Number) } });
      const discovery = await server.request({ url: `/v2/app_dns?app_id=${appA.appId}&source=sdk`, appId: appA.appId, headers: { 'access-token': placeholder } });
      expect(discovery.body.code).toBe(200);
      expect((await profile(appA.appId, placeholder)).body.code).toBe(10003);
    }
  });

  it('acts as a group admin with the group_id header, and as nobody in particular', async () => {
    const response = await profile(appA.appId, appA.adminToken, { group_id: String(groupId) });
    expect(response.body.code).toBe(10010);
    expect(response.body.message).toMatch(/acts as a user/);
  });

  it('answers 20001 for an unknown or foreign group_id', async () => {
    expect((await profile(appA.appId, appA.adminToken, { group_id: '999999999999' })).body).toEqual({
      code: 20001,
      message: 'group 999999999999 does not exist in this app',
      data: null,
    });
    expect((await profile(appB.appId, appB.adminToken, { group_id: String(groupId) })).body.code).toBe(20001);
  });

  it('refuses malformed or doubled impersonation headers with 10002', async () => {
    expect((await profile(appA.appId, appA.adminToken, { user_id: 'abc' })).body).toEqual({
      code: 10002,
      message: 'user_id header: must be a positive integer id, got "abc"',
      data: null,
    });
    expect((await profile(appA.appId, appA.adminToken, { user_id: '99999999999999999999' })).body.code).toBe(10002);
    expect((await profile(appA.appId, appA.adminToken, { user_id: String(alice.userId), group_id: String(groupId) })).body.code).toBe(10002);
  });

  it('refuses forged and malformed tokens with 10008', async () => {
    expect((await profile(appA.appId, 'not-a-token')).body.code).toBe(10008);
    const [header, payload] = alice.token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), knd: 'admin' })).toString('base64url');
    expect((await profile(appA.appId, `${header}.${forgedPayload}.${alice.token.split('.')[2]}`)).body.code).toBe(10008);
  });

  it('answers 402 for expired and revoked user tokens', async () => {
    const user = await createUser(server, appA);
    await server.sql(`UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.userId]);
    expect((await profile(appA.appId, user.token)).body).toMatchObject({ code: 402, message: expect.stringMatching(/expired/) });
    const other = await createUser(server, appA);
    await server.sql(`UPDATE access_tokens SET revoked_at = now() WHERE user_id = $1`, [other.userId]);
    expect((await profile(appA.appId, other.token)).body).toMatchObject({ code: 402, message: expect.stringMatching(/revoked/) });
  });

  it('answers 402 once the user is disabled', async () => {
    const user = await createUser(server, appA);
    await server.sql(`UPDATE users SET status = 1 WHERE id = $1`, [user.userId]);
    expect((await profile(appA.appId, user.token)).body.code).toBe(402);
  });
});
