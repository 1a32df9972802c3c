import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Call {
  method?: Method;
  token?: string;
  appId?: string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
}

describe('UserController: profile, nickname, avatar, public/private info, username, mobile, bind_openid', () => {
  let server: TestServer;
  let appA: Tenant;
  let appB: Tenant;
  let alice: TestUser;
  let bob: TestUser;
  let carolOfB: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    appA = await createTenant(server, 'A');
    appB = await createTenant(server, 'B');
    alice = await createUser(server, appA);
    bob = await createUser(server, appA);
    carolOfB = await createUser(server, appB);
  });
  afterAll(() => server.close());

  const call = (url: string, options: Call = {}) =>
    server.request({ method: options.method ?? 'POST', url, appId: options.appId ?? appA.appId, ...options });
  const profileOf = async (user: TestUser, tenant: Tenant = appA) =>
    (await server.request({ url: '/user/profile', appId: tenant.appId, token: user.token })).body.data;
  const asAdmin = (user: TestUser) => ({ token: appA.adminToken, headers: { user_id: String(user.userId) } });
  const ok = { code: 200, message: null, data: true };
  const bad = (message: string) => ({ code: 10002, message, data: null });

  /** The permission cases every route of this file shares. */
  function itRefusesOtherCallers(url: string, request: Call) {
    it("refuses another app's token, impersonation with a user token, and a missing token", async () => {
      expect((await call(url, { ...request, token: carolOfB.token })).body.code).toBe(10008);
      expect((await call(url, { ...request, token: alice.token, headers: { user_id: String(bob.userId) } })).body).toEqual({
        code: 10010,
        message: 'user_id and group_id headers need an app admin access-token, not a user token',
        data: null,
      });
      expect((await call(url, { ...request, token: appA.adminToken, headers: { user_id: String(carolOfB.userId) } })).body.code).toBe(10000);
      expect((await call(url, { ...request, token: appA.adminToken })).body).toEqual({
        code: 10010,
        message: 'this operation acts as a user: send a user token, or an admin token with the user_id header',
        data: null,
      });
      expect((await call(url, request)).body.code).toBe(10003);
    });
  }

  describe('GET /user/profile', () => {
    it('shows private_info, mobile and email to the user itself and to an admin acting as it', async () => {
      await server.sql(`UPDATE users SET private_info = 'secret', mobile = '13800000001' WHERE id = $1`, [alice.userId]);
      const own = await profileOf(alice);
      expect(own).toMatchObject({ user_id: alice.userId, private_info: 'secret', mobile: '13800000001' });
      const viaAdmin = (await call('/user/profile', { method: 'GET', ...asAdmin(alice) })).body.data;
      expect(viaAdmin).toEqual(own);
      await server.sql(`UPDATE users SET private_info = NULL, mobile = NULL WHERE id = $1`, [alice.userId]);
    });
  });

  describe('POST/PUT /user/profile', () => {
    it('changes only the fields sent, by POST and by PUT, and "" clears a field', async () => {
      expect((await call('/user/profile', { token: alice.token, body: { nick_name: 'Alice', description: 'hello' } })).body).toEqual(ok);
      expect(await profileOf(alice)).toMatchObject({ nick_name: 'Alice', description: 'hello' });
      expect(await profileOf(alice)).not.toHaveProperty('public_info');
      expect((await call('/user/profile', { method: 'PUT', token: alice.token, body: { public_info: 'pub', private_info: 'priv', nick_name: null } })).body).toEqual(ok);
      expect(await profileOf(alice)).toMatchObject({ nick_name: 'Alice', description: 'hello', public_info: 'pub', private_info: 'priv' });
      expect((await call('/user/profile', { token: alice.token, body: { description: '' } })).body).toEqual(ok);
      expect(await profileOf(alice)).toMatchObject({ nick_name: 'Alice', public_info: 'pub' });
      expect(await profileOf(alice)).not.toHaveProperty('description');
    });

    it("changes only the caller's own profile", async () => {
      const before = await profileOf(bob);
      await call('/user/profile', { token: alice.token, body: { nick_name: 'not bob' } });
      expect(await profileOf(bob)).toEqual(before);
    });

    it('lets an admin token act as the user', async () => {
      expect((await call('/user/profile', { ...asAdmin(bob), body: { nick_name: 'Bob by admin' } })).body).toEqual(ok);
      expect((await profileOf(bob)).nick_name).toBe('Bob by admin');
    });

    itRefusesOtherCallers('/user/profile', { body: { nick_name: 'x' } });

    it.each([
      [{}, 'body: send at least one of description, nick_name, private_info, public_info, gender, birthday, region'],
      [{ nick_name: null }, 'body: send at least one of description, nick_name, private_info, public_info, gender, birthday, region'],
      [{ nick_name: 5 }, 'nick_name: must be a string'],
      [{ description: ['a'] }, 'description: must be a string'],
      [{ nick_name: 'n'.repeat(65) }, 'nick_name: must be at most 64 characters'],
      [{ description: 'd'.repeat(1025) }, 'description: must be at most 1024 characters'],
      [{ public_info: 'p'.repeat(4097) }, 'public_info: must be at most 4096 characters'],
      [{ private_info: 'p'.repeat(4097) }, 'private_info: must be at most 4096 characters'],
      [{ avatar: 'x' }, 'avatar: unknown field; remove it'],
    ])('refuses %j with 10002', async (body, message) => {
      expect((await call('/user/profile', { token: alice.token, body })).body).toEqual(bad(message));
    });

    it('takes the largest allowed values', async () => {
      const body = { nick_name: 'n'.repeat(64), description: 'd'.repeat(1024), public_info: 'p'.repeat(4096), private_info: 'q'.repeat(4096) };
      expect((await call('/user/profile', { token: bob.token, body })).body).toEqual(ok);
      expect(await profileOf(bob)).toMatchObject(body);
    });

    it('refuses an empty request with no body', async () => {
      expect((await call('/user/profile', { method: 'PUT', token: alice.token })).body).toEqual(
        bad('body: send at least one of description, nick_name, private_info, public_info, gender, birthday, region'),
      );
    });
  });

  describe('POST/PUT /user/nickname', () => {
    it('sets the nickname from the query, by POST and by PUT', async () => {
      expect((await call('/user/nickname?nick_name=%E7%88%B1%E4%B8%BD%E4%B8%9D', { token: alice.token })).body).toEqual(ok);
      expect((await profileOf(alice)).nick_name).toBe('爱丽丝');
      expect((await call('/user/nickname?nick_name=Al', { method: 'PUT', token: alice.token })).body).toEqual(ok);
      expect((await profileOf(alice)).nick_name).toBe('Al');
    });

    it('lets an admin token act as the user, and touches nobody else', async () => {
      const before = await profileOf(alice);
      expect((await call('/user/nickname?nick_name=bobby', asAdmin(bob))).body).toEqual(ok);
      expect((await profileOf(bob)).nick_name).toBe('bobby');
      expect(await profileOf(alice)).toEqual(before);
    });

    itRefusesOtherCallers('/user/nickname?nick_name=x', {});

    it.each([
      ['/user/nickname', 'nick_name: is required'],
      ['/user/nickname?nick_name=', 'nick_name: must not be empty; clear it with /user/profile {"nick_name": ""}'],
      [`/user/nickname?nick_name=${'n'.repeat(65)}`, 'nick_name: must be at most 64 characters'],
      ['/user/nickname?nick_name=a&nick_name=b', 'nick_name: given more than once; send it once'],
      ['/user/nickname?nick_name=a&extra=1', 'extra: unknown field; remove it'],
    ])('refuses %s with 10002', async (url, message) => {
      expect((await call(url, { token: alice.token })).body).toEqual(bad(message));
    });
  });

  describe('POST/PUT /user/avatar', () => {
    it('stores a URL or a file-store key, by POST and by PUT, and "" clears it', async () => {
      expect((await call('/user/avatar', { token: alice.token, body: { avatar: 'https://cdn.example.com/a.png' } })).body).toEqual(ok);
      expect((await profileOf(alice)).avatar).toBe('https://cdn.example.com/a.png');
      expect((await call('/user/avatar', { method: 'PUT', token: alice.token, body: { avatar: 'avatar/10000001/abc' } })).body).toEqual(ok);
      expect((await profileOf(alice)).avatar).toBe('avatar/10000001/abc');
      expect((await call('/user/avatar', { token: alice.token, body: { avatar: '' } })).body).toEqual(ok);
      expect((await profileOf(alice)).avatar).toBeUndefined();
    });

    it('lets an admin token act as the user', async () => {
      expect((await call('/user/avatar', { ...asAdmin(bob), body: { avatar: 'bob.png' } })).body).toEqual(ok);
      expect((await profileOf(bob)).avatar).toBe('bob.png');
      expect((await profileOf(alice)).avatar).toBeUndefined();
    });

    itRefusesOtherCallers('/user/avatar', { body: { avatar: 'x.png' } });

    it.each([
      [{}, 'avatar: is required'],
      [{ avatar: 7 }, 'avatar: must be a string'],
      [{ avatar: 'a'.repeat(1025) }, 'avatar: must be at most 1024 characters'],
    ])('refuses %j with 10002', async (body, message) => {
      expect((await call('/user/avatar', { token: alice.token, body })).body).toEqual(bad(message));
    });
  });

  describe.each([
    ['public', 'public_info'],
    ['private', 'private_info'],
  ])('POST/PUT /user/%s', (route, field) => {
    const url = `/user/${route}`;

    it('takes a JSON string body (POST) and a text/plain body (PUT); "" clears it', async () => {
      expect((await call(url, { token: alice.token, body: `{"a": "${route}"}` })).body).toEqual(ok);
      expect((await profileOf(alice))[field]).toBe(`{"a": "${route}"}`);
      const plain = await call(url, { method: 'PUT', token: alice.token, rawBody: 'plain 文字', headers: { 'content-type': 'text/plain; charset=utf-8' } });
      expect(plain.body).toEqual(ok);
      expect((await profileOf(alice))[field]).toBe('plain 文字');
      expect((await call(url, { token: alice.token, body: '' })).body).toEqual(ok);
      expect((await profileOf(alice))[field]).toBeUndefined();
    });

    it('lets an admin token act as the user', async () => {
      expect((await call(url, { ...asAdmin(bob), body: 'by admin' })).body).toEqual(ok);
      expect((await profileOf(bob))[field]).toBe('by admin');
    });

    itRefusesOtherCallers(url, { body: 'x' });

    it.each([
      [{ body: { info: 'x' } }, 'info: must be a string; send it as a JSON string body ("...") or as text/plain, not as an object'],
      [{ body: 42 }, 'info: must be a string; send it as a JSON string body ("...") or as text/plain, not as an object'],
      [{ body: ['x'] }, 'info: must be a string; send it as a JSON string body ("...") or as text/plain, not as an object'],
      [{}, 'info: is required; send the info as a JSON string body or as text/plain'],
      [{ body: 'i'.repeat(4097) }, 'info: must be at most 4096 characters'],
    ])('refuses %j with 10002', async (request, message) => {
      expect((await call(url, { token: alice.token, ...request })).body).toEqual(bad(message));
    });

    it('refuses malformed JSON with HTTP 400', async () => {
      const response = await call(url, { token: alice.token, rawBody: '"unterminated' });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe(10002);
    });
  });

  it('shows public_info to the user but keeps private_info off every view but its own', async () => {
    await call('/user/profile', { token: alice.token, body: { public_info: 'everyone', private_info: 'only me' } });
    expect(await profileOf(alice)).toMatchObject({ public_info: 'everyone', private_info: 'only me' });
    expect(await profileOf(bob)).not.toMatchObject({ private_info: 'only me' });
  });

  describe('POST/PUT /user/username', () => {
    it('renames the user, by POST and by PUT; the same token and the new name log in', async () => {
      const user = await createUser(server, appA);
      expect((await call(`/user/username?username=renamed_${user.userId}`, { token: user.token })).body).toEqual(ok);
      expect((await profileOf(user)).username).toBe(`renamed_${user.userId}`);
      expect((await call(`/user/username?username=${encodeURIComponent('改名_' + user.userId)}`, { method: 'PUT', token: user.token })).body).toEqual(ok);
      expect((await profileOf(user)).username).toBe(`改名_${user.userId}`);
      const login = await call('/token/user', { body: { name: `改名_${user.userId}`, password: user.password } });
      expect(login.body.data.user_id).toBe(user.userId);
      expect((await call('/token/user', { body: { name: user.username, password: user.password } })).body.code).toBe(10014);
    });

    it('accepts the current username again and refuses a name taken in the app with 10004', async () => {
      expect((await call(`/user/username?username=${bob.username}`, { token: bob.token })).body).toEqual(ok);
      expect((await call(`/user/username?username=${bob.username}`, { token: alice.token })).body).toEqual({
        code: 10004,
        message: `username "${bob.username}" is already taken in this app`,
        data: null,
      });
      expect((await profileOf(alice)).username).toBe(alice.username);
    });

    it('takes a name that only another app uses', async () => {
      const user = await createUser(server, appA);
      expect((await call(`/user/username?username=${carolOfB.username}`, { token: user.token })).body).toEqual(ok);
      expect((await profileOf(carolOfB, appB)).username).toBe(carolOfB.username);
    });

    it('lets an admin token act as the user', async () => {
      const user = await createUser(server, appA);
      expect((await call(`/user/username?username=admin_set_${user.userId}`, asAdmin(user))).body).toEqual(ok);
      expect((await profileOf(user)).username).toBe(`admin_set_${user.userId}`);
    });

    itRefusesOtherCallers('/user/username?username=whatever', {});

    it.each([
      ['/user/username', 'username: is required'],
      ['/user/username?username=12345', 'username: use letters, digits, _ or CJK characters, not only digits, and do not start with "maxim" or "mta"'],
      ['/user/username?username=maxim_x', 'username: use letters, digits, _ or CJK characters, not only digits, and do not start with "maxim" or "mta"'],
      ['/user/username?username=', 'username: use letters, digits, _ or CJK characters, not only digits, and do not start with "maxim" or "mta"'],
      [`/user/username?username=${'u'.repeat(65)}`, 'username: must be at most 64 characters'],
    ])('refuses %s with 10002', async (url, message) => {
      expect((await call(url, { token: alice.token })).body).toEqual(bad(message));
    });
  });

  describe('POST/PUT /user/mobile', () => {
    it('binds a number without an SMS code, by POST and by PUT, and the number logs in', async () => {
      const user = await createUser(server, appA);
      expect((await call('/user/mobile?mobile=13912345678', { token: user.token })).body).toEqual(ok);
      expect((await profileOf(user)).mobile).toBe('13912345678');
      expect((await call('/user/mobile?mobile=%2B4915112345678', { method: 'PUT', token: user.token })).body).toEqual(ok);
      expect((await profileOf(user)).mobile).toBe('+4915112345678');
      expect((await call('/token/login', { body: { login_name: '+4915112345678', password: user.password } })).body.data.user_id).toBe(user.userId);
      expect((await call('/user/mobile?mobile=%2B4915112345678', { token: user.token })).body).toEqual(ok);
    });

    it('refuses a number bound to another user of the app with 10011; another app may bind it', async () => {
      const owner = await createUser(server, appA);
      const other = await createUser(server, appA);
      await call('/user/mobile?mobile=13700000000', { token: owner.token });
      expect((await call('/user/mobile?mobile=13700000000', { token: other.token })).body).toEqual({
        code: 10011,
        message: 'mobile is already bound to another user of this app',
        data: null,
      });
      expect((await profileOf(other)).mobile).toBeUndefined();
      expect((await call('/user/mobile?mobile=13700000000', { appId: appB.appId, token: carolOfB.token })).body).toEqual(ok);
    });

    it('lets an admin token act as the user', async () => {
      const user = await createUser(server, appA);
      expect((await call('/user/mobile?mobile=13600000000', asAdmin(user))).body).toEqual(ok);
      expect((await profileOf(user)).mobile).toBe('13600000000');
    });

    itRefusesOtherCallers('/user/mobile?mobile=13500000000', {});

    it.each([
      ['/user/mobile', 'mobile: is required'],
      ['/user/mobile?mobile=12345678901', 'mobile: must be a mainland China mobile number or +<country code><number>'],
      ['/user/mobile?mobile=%2B1234567', 'mobile: must be a mainland China mobile number or +<country code><number>'],
      ['/user/mobile?mobile=', 'mobile: must be a mainland China mobile number or +<country code><number>'],
    ])('refuses %s with 10002', async (url, message) => {
      expect((await call(url, { token: alice.token })).body).toEqual(bad(message));
    });
  });

  describe('GET /user/bind_openid', () => {
    const openIdsOf = (userId: number) =>
      server.sql(`SELECT app_id AS "appId", type, open_id AS "openId" FROM user_open_ids WHERE user_id = $1 ORDER BY type`, [userId]);

    it('binds an open id per type, replacing the previous one of the same type', async () => {
      const user = await createUser(server, appA);
      const bind = (type: string, openId: string) => call(`/user/bind_openid?type=${type}&open_id=${openId}`, { method: 'GET', token: user.token });
      expect((await bind('wechat', 'wx-1')).body).toEqual(ok);
      expect((await bind('apple', 'ap-1')).body).toEqual(ok);
      expect((await bind('wechat', 'wx-1')).body).toEqual(ok);
      expect(await openIdsOf(user.userId)).toEqual([
        { appId: appA.appId, type: 'apple', openId: 'ap-1' },
        { appId: appA.appId, type: 'wechat', openId: 'wx-1' },
      ]);
      expect((await bind('wechat', 'wx-2')).body).toEqual(ok);
      expect(await openIdsOf(user.userId)).toEqual([
        { appId: appA.appId, type: 'apple', openId: 'ap-1' },
        { appId: appA.appId, type: 'wechat', openId: 'wx-2' },
      ]);
    });

    it('refuses an open id bound to another user of the app with 10011; another app binds it on its own', async () => {
      const holder = await createUser(server, appA);
      const other = await createUser(server, appA);
      await call('/user/bind_openid?type=wechat&open_id=shared', { method: 'GET', token: holder.token });
      await call('/user/bind_openid?type=wechat&open_id=mine', { method: 'GET', token: other.token });
      expect((await call('/user/bind_openid?type=wechat&open_id=shared', { method: 'GET', token: other.token })).body).toEqual({
        code: 10011,
        message: 'open_id: this wechat open id is already bound to another user of this app',
        data: null,
      });
      expect(await openIdsOf(other.userId)).toEqual([{ appId: appA.appId, type: 'wechat', openId: 'mine' }]);
      expect((await call('/user/bind_openid?type=qq&open_id=shared', { method: 'GET', token: other.token })).body).toEqual(ok);
      const carol = await call('/user/bind_openid?type=wechat&open_id=shared', { method: 'GET', appId: appB.appId, token: carolOfB.token });
      expect(carol.body).toEqual(ok);
      expect(await openIdsOf(carolOfB.userId)).toEqual([{ appId: appB.appId, type: 'wechat', openId: 'shared' }]);
    });

    it('lets an admin token act as the user', async () => {
      const user = await createUser(server, appA);
      expect((await call('/user/bind_openid?type=wechat&open_id=by-admin', { method: 'GET', ...asAdmin(user) })).body).toEqual(ok);
      expect(await openIdsOf(user.userId)).toEqual([{ appId: appA.appId, type: 'wechat', openId: 'by-admin' }]);
    });

    itRefusesOtherCallers('/user/bind_openid?type=wechat&open_id=x', { method: 'GET' });

    it.each([
      ['type=wechat', 'open_id: is required'],
      ['open_id=x', 'type: is required'],
      ['type=&open_id=x', 'type: must not be empty'],
      ['type=wechat&open_id=', 'open_id: must not be empty'],
      [`type=${'t'.repeat(33)}&open_id=x`, 'type: must be at most 32 characters'],
      [`type=wechat&open_id=${'o'.repeat(257)}`, 'open_id: must be at most 256 characters'],
    ])('refuses %s with 10002', async (query, message) => {
      expect((await call(`/user/bind_openid?${query}`, { method: 'GET', token: alice.token })).body).toEqual(bad(message));
    });
  });
});
