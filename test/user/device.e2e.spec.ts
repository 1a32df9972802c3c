import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace, UserNoticeType } from '../../src/notice/notice.types';
import { EndedSessions, UserSessionsService } from '../../src/user/user-sessions.service';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

const IPHONE_AGENT = 'MaxIM/3.2 (iPhone; iOS 17.4) CFNetwork/1490 Darwin/23.4.0';
const BROWSER_AGENT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
const ANDROID_AGENT = 'okhttp/4.12.0';

interface DeviceLogin {
  token: string;
  deviceSn: number;
}

function tokenIdOf(token: string): string {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).jti;
}

describe('/user/device/list, /user/device/remove, /user/kick', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    other = await createTenant(server, 'other');
  });
  afterAll(() => server.close());

  async function loginDevice(user: TestUser, deviceGuid: string, userAgent?: string): Promise<DeviceLogin> {
    const response = await server.request({
      method: 'POST',
      url: '/token/user',
      appId: tenant.appId,
      headers: userAgent ? { 'user-agent': userAgent } : {},
      body: { name: user.username, password: user.password, device_guid: deviceGuid },
    });
    expect(response.body.code).toBe(200);
    return { token: response.body.data.token, deviceSn: response.body.data.device_sn };
  }

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string, headers: Record<string, string> = {}, appId = tenant.appId) =>
    server.request({ method, url, appId, token, headers });

  const listDevices = async (token: string, headers: Record<string, string> = {}) => {
    const response = await call('GET', '/user/device/list', token, headers);
    expect(response.body.code).toBe(200);
    return response.body.data as { device_sn: number }[];
  };

  const profileCode = async (token: string) => (await call('GET', '/user/profile', token)).body.code;

  describe('list', () => {
    it("lists the user's devices in device_sn order with the platform its login's User-Agent names", async () => {
      const user = await createUser(server, tenant);
      await loginDevice(user, 'phone-guid', IPHONE_AGENT);
      await loginDevice(user, 'browser-guid', BROWSER_AGENT);
      await loginDevice(user, 'android-guid', ANDROID_AGENT);
      await loginDevice(user, 'bare-guid');
      const response = await call('GET', '/user/device/list', user.token);
      expect(response.body).toEqual({
        code: 200,
        message: null,
        data: [
          { device_sn: 1, platform: 1, user_agent: IPHONE_AGENT, user_id: user.userId, device_guid: 'phone-guid', created_at: expect.any(Number), last_login_at: expect.any(Number) },
          { device_sn: 2, platform: 6, user_agent: BROWSER_AGENT, user_id: user.userId, device_guid: 'browser-guid', created_at: expect.any(Number), last_login_at: expect.any(Number) },
          { device_sn: 3, platform: 2, user_agent: ANDROID_AGENT, user_id: user.userId, device_guid: 'android-guid', created_at: expect.any(Number), last_login_at: expect.any(Number) },
          { device_sn: 4, platform: null, user_agent: 'lightMyRequest', user_id: user.userId, device_guid: 'bare-guid', created_at: expect.any(Number), last_login_at: expect.any(Number) },
        ],
      });
      expect(response.body.data[0].created_at).toBeLessThanOrEqual(Date.now());
    });

    it('shows each user only its own devices, and an admin the devices of the user it acts as', async () => {
      const owner = await createUser(server, tenant);
      await loginDevice(owner, 'owner-phone');
      const stranger = await createUser(server, tenant);
      expect(await listDevices(stranger.token)).toEqual([]);
      expect((await listDevices(tenant.adminToken, { user_id: String(owner.userId) })).map((device) => device.device_sn)).toEqual([1]);
    });

    it('refuses another app, impersonation with a user token, and an admin acting as nobody', async () => {
      const user = await createUser(server, tenant);
      expect((await call('GET', '/user/device/list', user.token, {}, other.appId)).body.code).toBe(10008);
      expect((await call('GET', '/user/device/list', user.token, { user_id: String(user.userId) })).body).toEqual({
        code: 10010,
        message: 'user_id and group_id headers need an app admin access-token, not a user token',
        data: null,
      });
      expect((await call('GET', '/user/device/list', tenant.adminToken)).body.code).toBe(10010);
    });
  });

  describe('remove', () => {
    it.each(['POST', 'DELETE'] as const)('%s deletes the device and revokes its tokens only', async (method) => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      const tablet = await loginDevice(user, 'tablet');
      const response = await call(method, `/user/device/remove?device_sn=${phone.deviceSn}`, tablet.token);
      expect(response.body).toEqual({ code: 200, message: null, data: true });
      expect((await listDevices(tablet.token)).map((device) => device.device_sn)).toEqual([tablet.deviceSn]);
      expect((await call('GET', '/user/profile', phone.token)).body).toEqual({ code: 402, message: 'access-token has been revoked; log in again', data: null });
      expect(await profileCode(tablet.token)).toBe(200);
      expect(await profileCode(user.token)).toBe(200);
    });

    it('answers 10002 for a device the user does not have, and so cannot remove another user\'s device', async () => {
      const owner = await createUser(server, tenant);
      const phone = await loginDevice(owner, 'phone');
      const stranger = await createUser(server, tenant);
      expect((await call('POST', `/user/device/remove?device_sn=${phone.deviceSn}`, stranger.token)).body).toEqual({
        code: 10002,
        message: `device_sn: this user has no device ${phone.deviceSn}`,
        data: null,
      });
      expect((await call('DELETE', '/user/device/remove?device_sn=9', owner.token)).body.message).toBe('device_sn: this user has no device 9');
      expect(await listDevices(owner.token)).toHaveLength(1);
      expect(await profileCode(phone.token)).toBe(200);
    });

    it('lets an admin remove a device of the user it acts as, and refuses user tokens with user_id or of another app', async () => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      const url = `/user/device/remove?device_sn=${phone.deviceSn}`;
      expect((await call('POST', url, user.token, { user_id: String(user.userId) })).body.code).toBe(10010);
      expect((await call('POST', url, user.token, {}, other.appId)).body.code).toBe(10008);
      expect((await call('POST', url, tenant.adminToken, { user_id: String(user.userId) })).body.data).toBe(true);
      expect(await listDevices(user.token)).toEqual([]);
      expect(await profileCode(phone.token)).toBe(402);
    });

    it.each([
      ['', 'device_sn: is required'],
      ['?device_sn=abc', 'device_sn: must be an integer device number'],
      ['?device_sn=1.5', 'device_sn: must be an integer device number'],
      ['?device_sn=0', 'device_sn: must be a positive device number'],
      ['?device_sn=-3', 'device_sn: must be a positive device number'],
      ['?device_sn=2147483648', 'device_sn: must be at most 2147483647'],
      ['?device_sn=1&force=true', 'force: unknown field; remove it'],
    ])('refuses %s with 10002: %s', async (query, message) => {
      const user = await createUser(server, tenant);
      expect((await call('POST', `/user/device/remove${query}`, user.token)).body).toEqual({ code: 10002, message, data: null });
    });
  });

  describe('kick', () => {
    let ended: EndedSessions[];
    let unsubscribe: () => void;
    beforeEach(() => {
      ended = [];
      unsubscribe = server.app.get(UserSessionsService).onSessionsEnded((event) => ended.push(event));
    });
    afterEach(() => unsubscribe());

    it.each(['POST', 'PUT'] as const)("%s with device_sn ends that device's sessions and keeps the device", async (method) => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      const phoneAgain = await loginDevice(user, 'phone');
      const tablet = await loginDevice(user, 'tablet');
      const response = await call(method, `/user/kick?device_sn=${phone.deviceSn}`, tablet.token);
      expect(response.body).toEqual({ code: 200, message: null, data: true });
      expect(await profileCode(phone.token)).toBe(402);
      expect(await profileCode(phoneAgain.token)).toBe(402);
      expect(await profileCode(tablet.token)).toBe(200);
      expect(await profileCode(user.token)).toBe(200);
      expect((await listDevices(tablet.token)).map((device) => device.device_sn)).toEqual([1, 2]);
      expect(ended).toEqual([{ appId: tenant.appId, userId: user.userId, deviceSn: phone.deviceSn, exceptTokenId: null, reason: UserNoticeType.KickedByOtherDevice }]);
      const stored = await server.app.get(NoticeService).listAfter(tenant.appId, user.userId, 0, 10);
      expect(stored.map(({ namespace, type, toIds, content }) => ({ namespace, type, toIds, content }))).toEqual([
        { namespace: NoticeNamespace.User, type: UserNoticeType.KickedByOtherDevice, toIds: [user.userId], content: JSON.stringify({ device_sn: phone.deviceSn }) },
      ]);
      expect((await loginDevice(user, 'phone')).deviceSn).toBe(phone.deviceSn);
    });

    it('without device_sn ends every other session of the user and keeps the calling token', async () => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      const tablet = await loginDevice(user, 'tablet');
      const bystander = await createUser(server, tenant);
      expect((await call('PUT', '/user/kick', tablet.token)).body.data).toBe(true);
      expect(await profileCode(phone.token)).toBe(402);
      expect(await profileCode(user.token)).toBe(402);
      expect(await profileCode(tablet.token)).toBe(200);
      expect(await profileCode(bystander.token)).toBe(200);
      expect(ended).toEqual([{ appId: tenant.appId, userId: user.userId, deviceSn: null, exceptTokenId: tokenIdOf(tablet.token), reason: UserNoticeType.KickedByOtherDevice }]);
    });

    it('kicks every session when an admin acts as the user', async () => {
      const user = await createUser(server, tenant);
      const phone = await loginDevice(user, 'phone');
      expect((await call('POST', '/user/kick', tenant.adminToken, { user_id: String(user.userId) })).body.data).toBe(true);
      expect(await profileCode(phone.token)).toBe(402);
      expect(await profileCode(user.token)).toBe(402);
      expect(ended).toEqual([{ appId: tenant.appId, userId: user.userId, deviceSn: null, exceptTokenId: null, reason: UserNoticeType.KickedByOtherDevice }]);
    });

    it("refuses a device the user does not have, so nobody kicks another user's device", async () => {
      const owner = await createUser(server, tenant);
      const phone = await loginDevice(owner, 'phone');
      const stranger = await createUser(server, tenant);
      expect((await call('POST', `/user/kick?device_sn=${phone.deviceSn}`, stranger.token)).body).toEqual({
        code: 10002,
        message: `device_sn: this user has no device ${phone.deviceSn}`,
        data: null,
      });
      expect(await profileCode(phone.token)).toBe(200);
      expect(ended).toEqual([]);
    });

    it('refuses user tokens with user_id, tokens of another app and bad device numbers', async () => {
      const user = await createUser(server, tenant);
      expect((await call('POST', '/user/kick', user.token, { user_id: String(user.userId) })).body.code).toBe(10010);
      expect((await call('POST', '/user/kick', user.token, {}, other.appId)).body.code).toBe(10008);
      expect((await call('POST', '/user/kick?device_sn=x', user.token)).body).toEqual({ code: 10002, message: 'device_sn: must be an integer device number', data: null });
      expect((await call('POST', '/user/kick?device_sn=0', user.token)).body.message).toBe('device_sn: must be a positive device number');
      expect(await profileCode(user.token)).toBe(200);
      expect(ended).toEqual([]);
    });
  });
});
