import { createHmac } from 'node:crypto';
import { PushIdentityService, pushRegisterSign } from '../../src/user/push-identity.service';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface DeviceLogin {
  token: string;
  deviceSn: number;
  pushToken: string;
}

describe('/user/token/*, /user/push/*, /user/register/push and the push audience lookups', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    other = await createTenant(server, 'other');
  });
  afterAll(() => server.close());

  async function loginDevice(user: TestUser, deviceGuid: string, appId = tenant.appId): Promise<DeviceLogin> {
    const response = await server.request({ method: 'POST', url: '/token/user', appId, body: { name: user.username, password: user.password, device_guid: deviceGuid } });
    expect(response.body.code).toBe(200);
    return { token: response.body.data.token, deviceSn: response.body.data.device_sn, pushToken: response.body.data.push_token };
  }

  const call = (method: Method, url: string, token: string | undefined, body?: unknown, headers: Record<string, string> = {}, appId = tenant.appId) =>
    server.request({ method, url, appId, token, body, headers });

  const asUser = (user: TestUser) => ({ user_id: String(user.userId) });

  const devicesOf = (user: TestUser) =>
    server.sql(
      `SELECT device_sn, notifier_name, device_token, alias, badge FROM devices WHERE app_id = $1 AND user_id = $2 ORDER BY device_sn`,
      [tenant.appId, user.userId],
    );

  describe('/user/token/bind and /user/token/unbind', () => {
    it.each(['POST', 'PUT'] as const)('%s binds the vendor token to the device, replacing its previous binding', async (method) => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      await loginDevice(user, 'tablet');
      const bind = { device_sn: phone.deviceSn, device_token: 'apns-token-1', notifier_name: 'apns-prod' };
      expect((await call(method, '/user/token/bind', phone.token, bind)).body).toEqual({ code: 200, message: null, data: true });
      expect((await call(method, '/user/token/bind', phone.token, { ...bind, device_token: 'apns-token-2' })).body.data).toBe(true);
      expect(await devicesOf(user)).toEqual([
        { device_sn: 1, notifier_name: 'apns-prod', device_token: 'apns-token-2', alias: null, badge: 0 },
        { device_sn: 2, notifier_name: null, device_token: null, alias: null, badge: 0 },
      ]);
    });

    it('moves a vendor token bound to another device of the app (another account on the same phone), not across apps or notifiers', async () => {
      const first = await createUser(server, tenant);
      const second = await createUser(server, tenant);
      const foreign = await createUser(server, other);
      const firstPhone = await loginDevice(first, 'shared-phone');
      const secondPhone = await loginDevice(second, 'shared-phone');
      const foreignPhone = await loginDevice(foreign, 'shared-phone', other.appId);
      const bind = { device_sn: 1, device_token: 'fcm-shared', notifier_name: 'fcm' };
      expect((await call('POST', '/user/token/bind', firstPhone.token, bind)).body.data).toBe(true);
      expect((await call('POST', '/user/token/bind', foreignPhone.token, bind, {}, other.appId)).body.data).toBe(true);
      expect((await call('POST', '/user/token/bind', secondPhone.token, { ...bind, notifier_name: 'fcm-other' })).body.data).toBe(true);
      expect((await call('POST', '/user/token/bind', secondPhone.token, bind)).body.data).toBe(true);
      expect((await devicesOf(first))[0]).toMatchObject({ notifier_name: null, device_token: null });
      expect((await devicesOf(second))[0]).toMatchObject({ notifier_name: 'fcm', device_token: 'fcm-shared' });
      const [foreignRow] = await server.sql(`SELECT device_token FROM devices WHERE app_id = $1 AND user_id = $2`, [other.appId, foreign.userId]);
      expect(foreignRow.device_token).toBe('fcm-shared');
    });

    it("refuses a device the user does not have, so a user cannot bind to another user's device", async () => {
      const owner = await createUser(server, tenant);
      const phone = await loginDevice(owner, 'phone');
      const stranger = await createUser(server, tenant);
      const bind = { device_sn: phone.deviceSn, device_token: 'stolen', notifier_name: 'apns' };
      expect((await call('POST', '/user/token/bind', stranger.token, bind)).body).toEqual({ code: 10002, message: 'device_sn: this user has no device 1', data: null });
      expect((await devicesOf(owner))[0].device_token).toBeNull();
    });

    it('lets an admin bind and unbind for the user it acts as; refuses user tokens with user_id and tokens of another app', async () => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      const bind = { device_sn: phone.deviceSn, device_token: 'tok', notifier_name: 'hms' };
      expect((await call('POST', '/user/token/bind', user.token, bind, asUser(user))).body.code).toBe(10010);
      expect((await call('POST', '/user/token/bind', user.token, bind, {}, other.appId)).body.code).toBe(10008);
      expect((await call('POST', '/user/token/unbind?deviceSn=1', user.token, undefined, asUser(user))).body.code).toBe(10010);
      expect((await devicesOf(user))[0].device_token).toBeNull();
      expect((await call('PUT', '/user/token/bind', tenant.adminToken, bind, asUser(user))).body.data).toBe(true);
      expect((await devicesOf(user))[0].device_token).toBe('tok');
      expect((await call('DELETE', '/user/token/unbind?deviceSn=1', tenant.adminToken, undefined, asUser(user))).body.data).toBe(true);
      expect((await devicesOf(user))[0].device_token).toBeNull();
    });

    it.each([
      [{ device_token: 't', notifier_name: 'n' }, 'device_sn: is required'],
      [{ device_sn: '1.0', device_token: 't', notifier_name: 'n' }, 'device_sn: "1.0" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      [{ device_sn: 0, device_token: 't', notifier_name: 'n' }, 'device_sn: must be a positive device number'],
      [{ device_sn: 1, notifier_name: 'n' }, 'device_token: is required'],
      [{ device_sn: 1, device_token: '', notifier_name: 'n' }, 'device_token: must be 1 to 512 characters'],
      [{ device_sn: 1, device_token: 'x'.repeat(513), notifier_name: 'n' }, 'device_token: must be 1 to 512 characters'],
      [{ device_sn: 1, device_token: 7, notifier_name: 'n' }, 'device_token: must be a string'],
      [{ device_sn: 1, device_token: 't' }, 'notifier_name: is required'],
      [{ device_sn: 1, device_token: 't', notifier_name: 'n'.repeat(65) }, 'notifier_name: must be 1 to 64 characters'],
      [{ device_sn: 1, device_token: 't', notifier_name: ['n'] }, 'notifier_name: must be a string'],
      [{ device_sn: 1, device_token: 't', notifier_name: 'n', vendor: 'apns' }, 'vendor: unknown field; remove it'],
    ])('bind refuses %j with 10002: %s', async (body, message) => {
      const user = await createUser(server, tenant);
      await loginDevice(user, 'phone');
      expect((await call('POST', '/user/token/bind', user.token, body)).body).toEqual({ code: 10002, message, data: null });
      expect((await devicesOf(user))[0].device_token).toBeNull();
    });

    it.each(['POST', 'DELETE'] as const)('%s unbind clears the binding, and refuses a device with none or unknown', async (method) => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      await call('POST', '/user/token/bind', phone.token, { device_sn: 1, device_token: 'tok', notifier_name: 'apns' });
      expect((await call(method, '/user/token/unbind?deviceSn=1', phone.token)).body).toEqual({ code: 200, message: null, data: true });
      expect((await devicesOf(user))[0]).toMatchObject({ notifier_name: null, device_token: null });
      expect((await call(method, '/user/token/unbind?deviceSn=1', phone.token)).body).toEqual({ code: 10002, message: 'deviceSn: device 1 has no vendor token bound', data: null });
      expect((await call(method, '/user/token/unbind?deviceSn=4', phone.token)).body).toEqual({ code: 10002, message: 'deviceSn: this user has no device 4', data: null });
    });

    it("cannot unbind another user's device", async () => {
      const owner = await createUser(server, tenant);
      const phone = await loginDevice(owner, 'phone');
      await call('POST', '/user/token/bind', phone.token, { device_sn: 1, device_token: 'keep-me', notifier_name: 'apns' });
      const stranger = await createUser(server, tenant);
      expect((await call('POST', '/user/token/unbind?deviceSn=1', stranger.token)).body.message).toBe('deviceSn: this user has no device 1');
      expect((await devicesOf(owner))[0].device_token).toBe('keep-me');
    });

    it.each([
      ['', 'deviceSn: is required'],
      ['?deviceSn=abc', 'deviceSn: must be an integer device number'],
      ['?deviceSn=-1', 'deviceSn: must be a positive device number'],
      ['?deviceSn=99999999999', 'deviceSn: must be at most 2147483647'],
    ])('unbind refuses %s with 10002: %s', async (query, message) => {
      const user = await createUser(server, tenant);
      expect((await call('POST', `/user/token/unbind${query}`, user.token)).body).toEqual({ code: 10002, message, data: null });
    });
  });

  describe('/user/push/alias and /user/push/badge', () => {
    it("sets the calling device's alias and badge only when the token names a device", async () => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      await loginDevice(user, 'tablet');
      expect((await call('POST', '/user/push/alias', phone.token, { alias: 'alice-phone' })).body).toEqual({ code: 200, message: null, data: true });
      expect((await call('POST', '/user/push/badge', phone.token, { badge: 7 })).body).toEqual({ code: 200, message: null, data: true });
      expect(await devicesOf(user)).toEqual([
        { device_sn: 1, notifier_name: null, device_token: null, alias: 'alice-phone', badge: 7 },
        { device_sn: 2, notifier_name: null, device_token: null, alias: null, badge: 0 },
      ]);
    });

    it("sets the alias of the device named by push_token, which must be one of the user's", async () => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      const tablet = await loginDevice(user, 'tablet');
      expect((await call('POST', '/user/push/alias', phone.token, { alias: 'tab', push_token: tablet.pushToken })).body.data).toBe(true);
      expect((await devicesOf(user)).map((device) => device.alias)).toEqual([null, 'tab']);
      const stranger = await createUser(server, tenant);
      const strangerPhone = await loginDevice(stranger, 'phone');
      expect((await call('POST', '/user/push/alias', strangerPhone.token, { alias: 'hijack', push_token: tablet.pushToken })).body).toEqual({
        code: 10002,
        message: "push_token: not the push token of one of this user's devices",
        data: null,
      });
      expect((await devicesOf(user)).map((device) => device.alias)).toEqual([null, 'tab']);
    });

    it('sets every device when the token names none, or an admin acts as the user', async () => {
      const user = await createUser(server, tenant);
      await loginDevice(user, 'phone');
      await loginDevice(user, 'tablet');
      expect((await call('POST', '/user/push/alias', user.token, { alias: 'everywhere' })).body.data).toBe(true);
      expect((await call('POST', '/user/push/badge', tenant.adminToken, { badge: 99999 }, asUser(user))).body.data).toBe(true);
      expect((await devicesOf(user)).map((device) => [device.alias, device.badge])).toEqual([
        ['everywhere', 99999],
        ['everywhere', 99999],
      ]);
      expect((await call('POST', '/user/push/alias', tenant.adminToken, { alias: 'by-admin' }, asUser(user))).body.data).toBe(true);
      expect((await devicesOf(user)).map((device) => device.alias)).toEqual(['by-admin', 'by-admin']);
    });

    it('answers 10002 rather than true when the user has no device to set', async () => {
      const user = await createUser(server, tenant);
      expect((await call('POST', '/user/push/alias', user.token, { alias: 'nowhere' })).body).toEqual({
        code: 10002,
        message: 'alias: this user has no device to set it on; log in with device_guid first',
        data: null,
      });
      expect((await call('POST', '/user/push/badge', user.token, { badge: 1 })).body.message).toBe('badge: this user has no device to set it on; log in with device_guid first');
    });

    it('refuses user tokens with user_id and tokens of another app', async () => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      expect((await call('POST', '/user/push/alias', phone.token, { alias: 'x' }, asUser(user))).body.code).toBe(10010);
      expect((await call('POST', '/user/push/badge', phone.token, { badge: 1 }, asUser(user))).body.code).toBe(10010);
      expect((await call('POST', '/user/push/alias', phone.token, { alias: 'x' }, {}, other.appId)).body.code).toBe(10008);
      expect((await call('POST', '/user/push/badge', phone.token, { badge: 1 }, {}, other.appId)).body.code).toBe(10008);
      expect((await devicesOf(user))[0]).toMatchObject({ alias: null, badge: 0 });
    });

    it.each([
      ['/user/push/alias', {}, 'alias: is required'],
      ['/user/push/alias', { alias: '' }, 'alias: must be 1 to 64 characters'],
      ['/user/push/alias', { alias: 'a'.repeat(65) }, 'alias: must be 1 to 64 characters'],
      ['/user/push/alias', { alias: 42 }, 'alias: must be a string'],
      ['/user/push/alias', { alias: 'a', push_token: '' }, 'push_token: must be 1 to 128 characters'],
      ['/user/push/alias', { alias: 'a', push_token: 5 }, 'push_token: must be a string'],
      ['/user/push/badge', {}, 'badge: is required'],
      ['/user/push/badge', { badge: -1 }, 'badge: must be 0 to 99999'],
      ['/user/push/badge', { badge: 100000 }, 'badge: must be 0 to 99999'],
      ['/user/push/badge', { badge: 1.5 }, 'badge: must be an integer'],
      ['/user/push/badge', { badge: '+3' }, 'badge: "+3" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      ['/user/push/badge', { badge: 1, reset: true }, 'reset: unknown field; remove it'],
    ])('%s refuses %j with 10002: %s', async (url, body, message) => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      expect((await call('POST', url, phone.token, body)).body).toEqual({ code: 10002, message, data: null });
      expect((await devicesOf(user))[0]).toMatchObject({ alias: null, badge: 0 });
    });
  });

  describe('/user/push/tag', () => {
    const tagsOf = async (token: string, headers: Record<string, string> = {}) => {
      const response = await call('GET', '/user/push/tag', token, undefined, headers);
      expect(response.body.code).toBe(200);
      return response.body.data;
    };

    it('adds, lists sorted, removes some and removes all', async () => {
      const user = await createUser(server, tenant);
      expect(await tagsOf(user.token)).toEqual([]);
      expect((await call('POST', '/user/push/tag', user.token, { tags: ['vip', 'beijing', 'vip', 'Zed'] })).body).toEqual({ code: 200, message: null, data: true });
      expect(await tagsOf(user.token)).toEqual(['Zed', 'beijing', 'vip']);
      expect((await call('POST', '/user/push/tag', user.token, { tags: ['vip', 'android'] })).body.data).toBe(true);
      expect(await tagsOf(user.token)).toEqual(['Zed', 'android', 'beijing', 'vip']);
      expect((await call('DELETE', '/user/push/tag', user.token, { tags: ['vip', 'never-had'] })).body).toEqual({ code: 200, message: null, data: true });
      expect(await tagsOf(user.token)).toEqual(['Zed', 'android', 'beijing']);
      expect((await call('DELETE', '/user/push/tag/all', user.token)).body).toEqual({ code: 200, message: null, data: true });
      expect(await tagsOf(user.token)).toEqual([]);
    });

    it('answers 10002 instead of true when nothing would change', async () => {
      const user = await createUser(server, tenant);
      expect((await call('DELETE', '/user/push/tag/all', user.token)).body).toEqual({ code: 10002, message: 'tags: this user has no push tags to remove', data: null });
      expect((await call('DELETE', '/user/push/tag', user.token, { tags: ['a'] })).body).toEqual({ code: 10002, message: 'tags: this user has none of these tags', data: null });
      await call('POST', '/user/push/tag', user.token, { tags: ['a', 'b'] });
      expect((await call('POST', '/user/push/tag', user.token, { tags: ['b', 'a'] })).body).toEqual({ code: 10002, message: 'tags: this user already has all of these tags', data: null });
      expect(await tagsOf(user.token)).toEqual(['a', 'b']);
    });

    it('holds at most 100 tags per user', async () => {
      const user = await createUser(server, tenant);
      const hundred = Array.from({ length: 100 }, (_, i) => `tag-${String(i).padStart(3, '0')}`);
      expect((await call('POST', '/user/push/tag', user.token, { tags: hundred.slice(0, 60) })).body.data).toBe(true);
      expect((await call('POST', '/user/push/tag', user.token, { tags: hundred })).body.data).toBe(true);
      expect((await call('POST', '/user/push/tag', user.token, { tags: ['tag-000', 'one-more'] })).body).toEqual({
        code: 10002,
        message: 'tags: a user holds at most 100 push tags; this user has 100 and 1 of these are new',
        data: null,
      });
      expect(await tagsOf(user.token)).toEqual(hundred);
    });

    it("keeps each user's tags apart; an admin acts on the user it names; user tokens with user_id and other apps are refused", async () => {
      const user = await createUser(server, tenant);
      const stranger = await createUser(server, tenant);
      await call('POST', '/user/push/tag', user.token, { tags: ['mine'] });
      expect(await tagsOf(stranger.token)).toEqual([]);
      expect((await call('DELETE', '/user/push/tag', stranger.token, { tags: ['mine'] })).body.code).toBe(10002);
      expect((await call('DELETE', '/user/push/tag/all', stranger.token)).body.code).toBe(10002);
      expect(await tagsOf(tenant.adminToken, asUser(user))).toEqual(['mine']);
      expect((await call('POST', '/user/push/tag', tenant.adminToken, { tags: ['by-admin'] }, asUser(user))).body.data).toBe(true);
      for (const [method, url, body] of [
        ['GET', '/user/push/tag', undefined],
        ['POST', '/user/push/tag', { tags: ['x'] }],
        ['DELETE', '/user/push/tag', { tags: ['mine'] }],
        ['DELETE', '/user/push/tag/all', undefined],
      ] as const) {
        expect((await call(method, url, stranger.token, body, asUser(user))).body.code).toBe(10010);
        expect((await call(method, url, user.token, body, {}, other.appId)).body.code).toBe(10008);
      }
      expect(await tagsOf(user.token)).toEqual(['by-admin', 'mine']);
      expect((await call('DELETE', '/user/push/tag/all', tenant.adminToken, undefined, asUser(user))).body.data).toBe(true);
      expect(await tagsOf(user.token)).toEqual([]);
    });

    it.each([
      [{}, 'tags: is required'],
      [{ tags: [] }, 'tags: must hold at least one tag'],
      [{ tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }, 'tags: must hold at most 100 tags'],
      [{ tags: [''] }, 'tags: every tag must be 1 to 64 characters'],
      [{ tags: ['t'.repeat(65)] }, 'tags: every tag must be 1 to 64 characters'],
      [{ tags: ['ok', 3] }, 'tags: every tag must be a string'],
      [{ tags: 'vip' }, 'tags: must be an array of strings'],
      [{ tags: ['vip'], mode: 'replace' }, 'mode: unknown field; remove it'],
    ])('POST and DELETE refuse %j with 10002: %s', async (body, message) => {
      const user = await createUser(server, tenant);
      for (const method of ['POST', 'DELETE'] as const) {
        expect((await call(method, '/user/push/tag', user.token, body)).body).toEqual({ code: 10002, message, data: null });
      }
      expect(await tagsOf(user.token)).toEqual([]);
    });
  });

  describe('/user/register/push', () => {
    let secret: string;
    beforeAll(async () => {
      [{ secret }] = await server.sql(`SELECT secret FROM apps WHERE id = $1`, [tenant.appId]);
    });

    const sign = (fields: string[], key = secret) => createHmac('sha256', key).update(fields.join('\n')).digest('hex');
    const register = (body: object, token?: string, headers: Record<string, string> = {}, appId = tenant.appId) =>
      server.request({ method: 'POST', url: '/user/register/push', appId, token, headers, body });

    it('signs as the README example shows', () => {
      const example = { username: 'alice', device_guid: 'phone-1', alias: 'alice-phone' };
      expect(pushRegisterSign('3f9c0e2a7b1d4c55', 'example-app-secret', example)).toBe('f85c7c284c829a65eb8e41dd6ee2a98c149a2cacc8015f51db930b826dc8a831');
    });

    it('registers a signed push user with its device, push token and alias, then logs in on that device', async () => {
      const body = { username: 'push_alice', password: 'secret-password', device_guid: 'alice-phone', push_token: 'alice-push-token-0001', alias: 'alice' };
      const response = await register(
        { ...body, sign: sign([tenant.appId, body.username, body.device_guid, body.push_token, body.alias]) },
        undefined,
        { 'user-agent': 'okhttp/4.12.0' },
      );
      expect(response.body).toEqual({
        code: 200,
        message: null,
        data: expect.objectContaining({ user_id: expect.any(Number), auth_mode: 0, no_push: false, push_token: 'alice-push-token-0001' }),
      });
      const userId = response.body.data.user_id;
      expect(await server.sql(`SELECT device_sn, device_guid, platform, alias, push_token FROM devices WHERE app_id = $1 AND user_id = $2`, [tenant.appId, userId])).toEqual([
        { device_sn: 1, device_guid: 'alice-phone', platform: 2, alias: 'alice', push_token: 'alice-push-token-0001' },
      ]);
      const login = await server.request({ method: 'POST', url: '/token/user', appId: tenant.appId, body: { name: 'push_alice', password: 'secret-password', device_guid: 'alice-phone' } });
      expect(login.body.data).toMatchObject({ user_id: userId, device_sn: 1, push_token: 'alice-push-token-0001' });
    });

    it('generates the push token when only device_guid is sent, and creates no device without it', async () => {
      const withDevice = await register({ username: 'push_bob', password: 'secret-password', device_guid: 'bob-phone', sign: sign([tenant.appId, 'push_bob', 'bob-phone', '', '']) });
      expect(withDevice.body.data.push_token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      const bare = await register({ username: 'push_carol', password: 'secret-password', sign: sign([tenant.appId, 'push_carol', '', '', '']) });
      expect(bare.body.data.push_token).toBeNull();
      expect(await server.sql(`SELECT 1 FROM devices WHERE user_id = $1`, [bare.body.data.user_id])).toEqual([]);
    });

    it('registers with a valid sign even when the app closed self-registration', async () => {
      await server.sql(`UPDATE apps SET registration_open = false WHERE id = $1`, [tenant.appId]);
      try {
        const response = await register({ username: 'push_closed', password: 'secret-password', sign: sign([tenant.appId, 'push_closed', '', '', '']) });
        expect(response.body.code).toBe(200);
      } finally {
        await server.sql(`UPDATE apps SET registration_open = true WHERE id = $1`, [tenant.appId]);
      }
    });

    it('needs no sign with the admin token, and checks one that is sent', async () => {
      expect((await register({ username: 'push_by_admin', password: 'secret-password', device_guid: 'g' }, tenant.adminToken)).body.data.push_token).toEqual(expect.any(String));
      expect((await register({ username: 'push_admin_bad', password: 'secret-password', sign: 'f'.repeat(64) }, tenant.adminToken)).body.code).toBe(10010);
    });

    it('refuses a missing sign with 10002 and a wrong one with 10010, registering nobody', async () => {
      expect((await register({ username: 'push_unsigned', password: 'secret-password' })).body).toEqual({
        code: 10002,
        message: 'sign: is required unless the app admin access-token is sent',
        data: null,
      });
      const wrongSigns = [
        sign([tenant.appId, 'push_forged', '', '', ''], 'not-the-secret'),
        sign([other.appId, 'push_forged', '', '', '']),
        sign([tenant.appId, 'push_forged', '', '', 'alias-not-sent']),
        sign([tenant.appId, 'push_forged', '', '', '']).toUpperCase(),
        'nonsense',
      ];
      for (const wrong of wrongSigns) {
        const response = await register({ username: 'push_forged', password: 'secret-password', sign: wrong });
        expect(response.body.code).toBe(10010);
        expect(response.body.message).toMatch(/^sign: does not match; /);
      }
      expect(await server.sql(`SELECT 1 FROM users WHERE app_id = $1 AND username IN ('push_unsigned', 'push_forged')`, [tenant.appId])).toEqual([]);
    });

    it('refuses a taken username with 10004 and a taken push token with 10011, leaving no half-registered user', async () => {
      const existing = await createUser(server, tenant);
      const phone = await loginDevice(existing, 'phone');
      expect((await register({ username: existing.username, password: 'secret-password' }, tenant.adminToken)).body).toEqual({
        code: 10004,
        message: `username "${existing.username}" is already taken in this app`,
        data: null,
      });
      expect((await register({ username: 'push_dup_token', password: 'secret-password', device_guid: 'g', push_token: phone.pushToken }, tenant.adminToken)).body).toEqual({
        code: 10011,
        message: 'push_token: already the push token of another device',
        data: null,
      });
      expect(await server.sql(`SELECT 1 FROM users WHERE app_id = $1 AND username = 'push_dup_token'`, [tenant.appId])).toEqual([]);
    });

    it('refuses user tokens with user_id, and tokens of another app', async () => {
      const user = await createUser(server, tenant);
      const body = { username: 'push_perm', password: 'secret-password', sign: sign([tenant.appId, 'push_perm', '', '', '']) };
      expect((await register(body, user.token, asUser(user))).body.code).toBe(10010);
      expect((await register(body, tenant.adminToken, {}, other.appId)).body.code).toBe(10008);
      expect((await register(body, undefined, asUser(user))).body.code).toBe(10010);
      expect(await server.sql(`SELECT 1 FROM users WHERE username = 'push_perm'`)).toEqual([]);
    });

    it.each([
      [{ password: 'secret-password' }, 'username: is required'],
      [{ username: 'push_x' }, 'password: is required'],
      [{ username: '123', password: 'secret-password' }, 'username: use letters, digits, _ or CJK characters, not only digits, and do not start with "maxim" or "mta"'],
      [{ username: 'push_x', password: '12345' }, 'password: must be at least 6 characters'],
      [{ username: 'push_x', password: 'secret-password', device_guid: '' }, 'device_guid: must be 1 to 128 characters'],
      [{ username: 'push_x', password: 'secret-password', device_guid: 'g'.repeat(129) }, 'device_guid: must be 1 to 128 characters'],
      [{ username: 'push_x', password: 'secret-password', device_guid: 'g', push_token: 'p'.repeat(129) }, 'push_token: must be 1 to 128 characters'],
      [{ username: 'push_x', password: 'secret-password', device_guid: 'g', alias: 'a'.repeat(65) }, 'alias: must be 1 to 64 characters'],
      [{ username: 'push_x', password: 'secret-password', push_token: 'p' }, 'push_token: belongs to a device; send device_guid with it'],
      [{ username: 'push_x', password: 'secret-password', alias: 'a' }, 'alias: belongs to a device; send device_guid with it'],
      [{ username: 'push_x', password: 'secret-password', sign: 5 }, 'sign: must be a string'],
      [{ username: 'push_x', password: 'secret-password', mobile: '13800138000' }, 'mobile: unknown field; remove it'],
    ])('refuses %j with 10002: %s', async (body, message) => {
      expect((await register(body, tenant.adminToken)).body).toEqual({ code: 10002, message, data: null });
    });
  });

  describe(`${PushIdentityService.name} audience lookups`, () => {
    let service: PushIdentityService;
    let audience: Tenant;
    let vipA: TestUser;
    let vipB: TestUser;
    let plain: TestUser;
    let a1: DeviceLogin;
    let a2: DeviceLogin;
    let b1: DeviceLogin;
    let p1: DeviceLogin;
    let foreign1: DeviceLogin;

    const login = async (user: TestUser, guid: string, appId = audience.appId) => {
      const response = await server.request({ method: 'POST', url: '/token/user', appId, headers: { 'user-agent': 'okhttp/4' }, body: { name: user.username, password: user.password, device_guid: guid } });
      return { token: response.body.data.token, deviceSn: response.body.data.device_sn, pushToken: response.body.data.push_token } as DeviceLogin;
    };
    const target = (user: TestUser, device: DeviceLogin, extra: Partial<Record<string, unknown>> = {}) => ({
      userId: user.userId,
      deviceSn: device.deviceSn,
      platform: 2,
      notifierName: null,
      deviceToken: null,
      pushToken: device.pushToken,
      badge: 0,
      ...extra,
    });

    beforeAll(async () => {
      service = server.app.get(PushIdentityService);
      audience = await createTenant(server, 'audience');
      const foreignApp = await createTenant(server, 'foreign audience');
      vipA = await createUser(server, audience);
      vipB = await createUser(server, audience);
      plain = await createUser(server, audience);
      const vipNoDevice = await createUser(server, audience);
      const foreign = await createUser(server, foreignApp);
      a1 = await login(vipA, 'a1');
      a2 = await login(vipA, 'a2');
      b1 = await login(vipB, 'b1');
      p1 = await login(plain, 'p1');
      foreign1 = await login(foreign, 'f1', foreignApp.appId);
      for (const [user, appId] of [[vipA, audience.appId], [vipB, audience.appId], [vipNoDevice, audience.appId], [foreign, foreignApp.appId]] as const) {
        await server.request({ method: 'POST', url: '/user/push/tag', appId, token: user.token, body: { tags: ['vip'] } });
      }
      await server.request({ method: 'POST', url: '/user/token/bind', appId: audience.appId, token: a2.token, body: { device_sn: a2.deviceSn, device_token: 'fcm-a2', notifier_name: 'fcm' } });
      await server.request({ method: 'POST', url: '/user/push/badge', appId: audience.appId, token: a2.token, body: { badge: 3 } });
      for (const device of [a1, p1]) {
        await server.request({ method: 'POST', url: '/user/push/alias', appId: audience.appId, token: device.token, body: { alias: 'shared' } });
      }
      await server.request({ method: 'POST', url: '/user/push/alias', appId: foreignApp.appId, token: foreign1.token, body: { alias: 'shared' } });
    });

    it('pages through the devices of a tag in (user_id, device_sn) order, within the app', async () => {
      const first = await service.devicesByTag(audience.appId, 'vip', null, 2);
      expect(first).toEqual({
        targets: [target(vipA, a1), target(vipA, a2, { notifierName: 'fcm', deviceToken: 'fcm-a2', badge: 3 })],
        next: { userId: vipA.userId, deviceSn: a2.deviceSn },
      });
      expect(await service.devicesByTag(audience.appId, 'vip', first.next, 2)).toEqual({ targets: [target(vipB, b1)], next: null });
      const oneByOne: number[] = [];
      let page = await service.devicesByTag(audience.appId, 'vip', null, 1);
      for (;;) {
        oneByOne.push(...page.targets.map((t) => t.deviceSn * 1e9 + t.userId));
        if (!page.next) break;
        page = await service.devicesByTag(audience.appId, 'vip', page.next, 1);
      }
      expect(oneByOne).toHaveLength(3);
      expect((await service.devicesByTag(audience.appId, 'nobody-has-this')).targets).toEqual([]);
    });

    it('finds devices by alias (every holder), by user ids and by push tokens, never across apps', async () => {
      expect(await service.devicesByAliases(audience.appId, ['shared', 'shared'])).toEqual([target(vipA, a1), target(plain, p1)].sort((x, y) => x.userId - y.userId));
      expect(await service.devicesByUserIds(audience.appId, [vipB.userId, plain.userId])).toEqual([target(vipB, b1), target(plain, p1)].sort((x, y) => x.userId - y.userId));
      expect(await service.devicesByPushTokens(audience.appId, [b1.pushToken, foreign1.pushToken])).toEqual([target(vipB, b1)]);
      expect(await service.devicesByAliases(audience.appId, [])).toEqual([]);
      expect(await service.devicesByUserIds(audience.appId, [])).toEqual([]);
      expect(await service.devicesByPushTokens(audience.appId, [])).toEqual([]);
    });
  });
});
