import { loadConfig } from '../../src/common/config/config';
import { StatusCode } from '../../src/realtime/xsync.codec';
import { listen, XsyncClient } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer } from '../server';
import { SmsStub, startYunpianStub } from './sms-stubs';
import { SmtpStub, startSmtpStub } from './smtp-stub';
import { codeFor, newMobile, tokenFor, VerificationHarness, verifyingTenant } from './verification-fixtures';

const TOKEN_RESPONSE_KEYS = ['encrypt_type', 'expire', 'public_key', 'store_token', 'token', 'user_id'];

describe('accounts proven by codes: register, bind, reset, login by code, logout, issued tokens', () => {
  let server: TestServer;
  let sms: SmsStub;
  let smtp: SmtpStub;
  let harness: VerificationHarness;
  let socketUrl: string;
  const clients: XsyncClient[] = [];

  beforeAll(async () => {
    sms = await startYunpianStub({ apikey: 'yp-key' });
    smtp = await startSmtpStub({ user: 'mailer', password: 'smtp-password' });
    server = await startTestServer({ verification: { ...loadConfig({}).verification, yunpianBaseUrl: sms.url } });
    harness = { server, sms, smtp };
    socketUrl = await listen(server);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(async () => {
    await server.close();
    await sms.close();
    await smtp.close();
  });

  const post = (tenant: Tenant, url: string, body?: object, token?: string, headers?: Record<string, string>) =>
    server.request({ method: 'POST', url, appId: tenant.appId, token, body, headers });

  /** Logs a device in over the socket the way the SDK does after a REST login. */
  async function socketLogin(token: string, userId: number): Promise<XsyncClient> {
    const client = await XsyncClient.connect(socketUrl);
    clients.push(client);
    const answer = await client.provision(token, { uid: userId });
    expect(answer.status.code).toBe(StatusCode.Ok);
    expect(Number(answer.xid.uid)).toBe(userId);
    return client;
  }

  describe('POST /user/register with a mobile', () => {
    it('with "required": refuses no code (10015) and a wrong one (10001), takes the right code or a verification token, then the user logs in over the socket', async () => {
      const tenant = await verifyingTenant(harness, { policies: { register: 'required' } });
      const mobile = newMobile();
      const register = (extra: object) => post(tenant, '/user/register', { username: `reg_${mobile}`, password: 'secret-password', mobile, ...extra });
      expect((await register({})).body).toEqual({
        code: 10015,
        message: 'verification_code: this app requires a verification code for register; send one to the mobile with POST /user/send_code',
        data: null,
      });
      const code = await codeFor(harness, tenant, 'register', { mobile });
      expect((await register({ verification_code: code === '000000' ? '111111' : '000000' })).body.code).toBe(10001);
      // A taken username is refused before the code is checked, so the code still works.
      await post(tenant, '/user/register/v2', { username: `taken_${mobile}`, password: 'secret-password' });
      expect((await register({ username: `taken_${mobile}`, verification_code: code })).body.code).toBe(10004);
      expect((await register({ verification_code: code })).body.code).toBe(200);

      const other = newMobile();
      const token = await tokenFor(harness, tenant, 'register', { mobile: other });
      const byToken = await post(tenant, '/user/register', { username: `reg_${other}`, password: 'secret-password', mobile: other, verification_code: token });
      expect(byToken.body.code).toBe(200);
      // A token is bound to its mobile: another mobile cannot use it, nor can it be used twice.
      const third = newMobile();
      const thirdToken = await tokenFor(harness, tenant, 'register', { mobile: third });
      expect((await post(tenant, '/user/register', { username: 'reg_thief', password: 'secret-password', mobile: newMobile(), verification_code: thirdToken })).body.code).toBe(10001);

      const login = await post(tenant, '/token/login', { login_name: mobile, password: 'secret-password' });
      expect(login.body.code).toBe(200);
      await socketLogin(login.body.data.token, login.body.data.user_id);
    });

    it('with "optional" (the default) registers without a code, still checks one that is sent; an admin token needs none under "required"', async () => {
      const optional = await verifyingTenant(harness);
      expect((await post(optional, '/user/register', { username: 'opt_a', password: 'secret-password', mobile: newMobile() })).body.code).toBe(200);
      expect((await post(optional, '/user/register', { username: 'opt_b', password: 'secret-password', mobile: newMobile(), verification_code: '123456' })).body.code).toBe(10001);
      const required = await verifyingTenant(harness, { policies: { register: 'required' } });
      expect((await post(required, '/user/register', { username: 'adm_a', password: 'secret-password', mobile: newMobile() }, required.adminToken)).body.code).toBe(200);
      // No mobile nor email: nothing to prove.
      expect((await post(required, '/user/register/v2', { username: 'plain_a', password: 'secret-password' })).body.code).toBe(200);
      // An email alone is proven by email.
      expect((await post(required, '/user/register', { username: 'mail_a', password: 'secret-password', email: 'mail_a@example.test' })).body.code).toBe(10015);
      const code = await codeFor(harness, required, 'register', { email: 'mail_a@example.test' });
      expect((await post(required, '/user/register', { username: 'mail_a', password: 'secret-password', email: 'mail_a@example.test', verification_code: code })).body.code).toBe(200);
    });
  });

  describe('POST /user/mobile and POST /user/email', () => {
    it('with "required" refuse no code or a wrong one, take the bind code; an admin acting as the user needs none', async () => {
      const tenant = await verifyingTenant(harness, { policies: { bind_mobile: 'required', bind_email: 'required' } });
      const user = await createUser(server, tenant);
      const mobile = newMobile();
      expect((await post(tenant, `/user/mobile?mobile=${mobile}`, undefined, user.token)).body.code).toBe(10015);
      const code = await codeFor(harness, tenant, 'bind_mobile', { mobile });
      expect((await post(tenant, `/user/mobile?mobile=${mobile}&verification_code=${code === '000000' ? '111111' : '000000'}`, undefined, user.token)).body.code).toBe(10001);
      expect((await post(tenant, `/user/mobile?mobile=${mobile}&verification_code=${code}`, undefined, user.token)).body.code).toBe(200);
      // A register code does not bind.
      const other = newMobile();
      const registerCode = await codeFor(harness, tenant, 'register', { mobile: other });
      expect((await post(tenant, `/user/mobile?mobile=${other}&verification_code=${registerCode}`, undefined, user.token)).body.code).toBe(10001);

      expect((await post(tenant, '/user/email', { email: 'Dana@Example.test' }, user.token)).body.code).toBe(10015);
      const emailCode = await codeFor(harness, tenant, 'bind_email', { email: 'dana@example.test' });
      expect((await post(tenant, '/user/email', { email: 'Dana@Example.test', verification_code: emailCode }, user.token)).body.code).toBe(200);
      const profile = await server.request({ url: '/user/profile', appId: tenant.appId, token: user.token });
      expect(profile.body.data).toEqual(expect.objectContaining({ mobile, email: 'Dana@Example.test' }));

      const impersonated = await post(tenant, `/user/mobile?mobile=${newMobile()}`, undefined, tenant.adminToken, { user_id: String(user.userId) });
      expect(impersonated.body.code).toBe(200);
      expect((await post(tenant, '/user/email', { email: 'other@example.test' }, tenant.adminToken, { user_id: String(user.userId) })).body.code).toBe(200);
    });

    it('refuses an email bound to another user (10011), anonymous callers and bad input', async () => {
      const tenant = await verifyingTenant(harness);
      const alice = await createUser(server, tenant);
      const bob = await createUser(server, tenant);
      expect((await post(tenant, '/user/email', { email: 'shared@example.test' }, alice.token)).body.code).toBe(200);
      expect((await post(tenant, '/user/email', { email: 'SHARED@example.test' }, bob.token)).body).toEqual({ code: 10011, message: 'email is already bound to another user of this app', data: null });
      expect((await post(tenant, '/user/email', { email: 'x@example.test' })).body.code).toBe(10003);
      expect((await post(tenant, '/user/email', { email: 'x@example.test' }, tenant.adminToken)).body.code).toBe(10010);
      expect((await post(tenant, '/user/email', { email: 'nope' }, alice.token)).body).toEqual({ code: 10002, message: 'email: must be an email address', data: null });
      const otherApp = await createTenant(server);
      expect((await post(otherApp, '/user/email', { email: 'y@example.test' }, alice.token)).body.code).toBe(10008);
    });
  });

  describe('POST /user/check_phone_available', () => {
    it('tells whether no user has the mobile, in this app only', async () => {
      const tenant = await verifyingTenant(harness);
      const user = await createUser(server, tenant);
      const mobile = newMobile();
      expect((await post(tenant, '/user/check_phone_available', { mobile })).body.data).toBe(true);
      await post(tenant, `/user/mobile?mobile=${mobile}`, undefined, user.token);
      expect((await post(tenant, '/user/check_phone_available', { mobile })).body.data).toBe(false);
      expect((await post(await createTenant(server), '/user/check_phone_available', { mobile })).body.data).toBe(true);
      expect((await post(tenant, '/user/check_phone_available', { mobile: '42' })).body).toEqual({ code: 10002, message: 'mobile: must be a mainland China mobile number or +<country code><number>', data: null });
    });
  });

  describe('POST /user/reset_password', () => {
    it('sets a new password with a reset token, ends every session (socket included), and the user logs in again over REST and the socket', async () => {
      const tenant = await verifyingTenant(harness);
      const user = await createUser(server, tenant);
      const mobile = newMobile();
      await post(tenant, `/user/mobile?mobile=${mobile}`, undefined, user.token);
      const device = await socketLogin(user.token, user.userId);

      const token = await tokenFor(harness, tenant, 'reset_password', { mobile });
      expect((await post(tenant, '/user/reset_password', { verification_token: token, password: 'brand-new-password' })).body).toEqual({ code: 200, message: null, data: true });
      await device.waitDisconnect();
      expect((await server.request({ url: '/user/profile', appId: tenant.appId, token: user.token })).body.code).toBe(402);
      expect((await post(tenant, '/token/user', { name: user.username, password: user.password })).body.code).toBe(10014);
      const login = await post(tenant, '/token/user', { name: user.username, password: 'brand-new-password' });
      expect(login.body.code).toBe(200);
      await socketLogin(login.body.data.token, user.userId);
      // Single use.
      expect((await post(tenant, '/user/reset_password', { verification_token: token, password: 'another-password' })).body.code).toBe(10001);
    });

    it('refuses a token of another purpose or another app, and bad input', async () => {
      const tenant = await verifyingTenant(harness);
      const mobile = newMobile();
      const registerToken = await tokenFor(harness, tenant, 'register', { mobile });
      expect((await post(tenant, '/user/reset_password', { verification_token: registerToken, password: 'brand-new-password' })).body).toEqual({
        code: 10001,
        message: 'verification_token: unknown, used, expired or not for reset_password; verify a code again',
        data: null,
      });
      const other = await verifyingTenant(harness);
      const user = await createUser(server, other);
      const otherMobile = newMobile();
      await post(other, `/user/mobile?mobile=${otherMobile}`, undefined, user.token);
      const otherToken = await tokenFor(harness, other, 'reset_password', { mobile: otherMobile });
      expect((await post(tenant, '/user/reset_password', { verification_token: otherToken, password: 'brand-new-password' })).body.code).toBe(10001);
      expect((await post(tenant, '/user/reset_password', { verification_token: otherToken, password: '123' })).body.code).toBe(10002);
      expect((await post(tenant, '/user/reset_password', { password: 'brand-new-password' })).body.message).toBe('verification_token: is required');
    });
  });

  describe('POST /token/code', () => {
    it('logs a user in by a mobile code, answering like /token/user, and the device logs in over the socket', async () => {
      const tenant = await verifyingTenant(harness);
      const user = await createUser(server, tenant);
      const mobile = newMobile();
      await post(tenant, `/user/mobile?mobile=${mobile}`, undefined, user.token);
      const code = await codeFor(harness, tenant, 'login', { mobile });
      const login = await post(tenant, '/token/code', { mobile, verification_code: code, device_guid: 'phone-1' });
      expect(login.body.code).toBe(200);
      const byPassword = await post(tenant, '/token/user', { name: user.username, password: user.password, device_guid: 'phone-1' });
      expect(Object.keys(login.body.data).sort()).toEqual(Object.keys(byPassword.body.data).sort());
      expect(Object.keys(login.body.data).sort()).toEqual([...TOKEN_RESPONSE_KEYS, 'device_sn', 'push_token'].sort());
      expect(login.body.data.user_id).toBe(user.userId);
      expect(login.body.data.device_sn).toBe(byPassword.body.data.device_sn);
      await socketLogin(login.body.data.token, user.userId);
      // The code is spent.
      expect((await post(tenant, '/token/code', { mobile, verification_code: code })).body.code).toBe(10001);
    });

    it('logs in by an email code, and signs a new user up only when the app allows it', async () => {
      const closed = await verifyingTenant(harness);
      const email = 'newcomer@example.test';
      await codeFor(harness, closed, 'login', { email }).catch(() => undefined);
      // No account and no sign-up by code: nothing was sent, and any code is wrong.
      expect((await post(closed, '/token/code', { email, verification_code: '123456' })).body.code).toBe(10001);

      const open = await verifyingTenant(harness, { signup_by_code: true });
      const code = await codeFor(harness, open, 'login', { email });
      const login = await post(open, '/token/code', { email, verification_code: code });
      expect(login.body.code).toBe(200);
      expect(Object.keys(login.body.data).sort()).toEqual(TOKEN_RESPONSE_KEYS);
      const profile = await server.request({ url: '/user/profile', appId: open.appId, token: login.body.data.token });
      expect(profile.body.data).toEqual(expect.objectContaining({ email, username: expect.stringMatching(/^u_[0-9a-f]{16}$/) }));
      await socketLogin(login.body.data.token, login.body.data.user_id);
      // Next time the same user logs in.
      await server.sql(`UPDATE verification_codes SET sent_at = sent_at - interval '61 seconds' WHERE app_id = $1`, [open.appId]);
      const again = await post(open, '/token/code', { email, verification_code: await codeFor(harness, open, 'login', { email }) });
      expect(again.body.data.user_id).toBe(login.body.data.user_id);
    });

    it('refuses a disabled user, a code of another purpose, and bad input', async () => {
      const tenant = await verifyingTenant(harness);
      const user = await createUser(server, tenant);
      const mobile = newMobile();
      await post(tenant, `/user/mobile?mobile=${mobile}`, undefined, user.token);
      const registerCode = await codeFor(harness, tenant, 'register', { mobile });
      expect((await post(tenant, '/token/code', { mobile, verification_code: registerCode })).body.code).toBe(10001);
      await server.sql(`UPDATE users SET status = 1 WHERE id = $1`, [user.userId]);
      const code = await codeFor(harness, tenant, 'login', { mobile });
      expect((await post(tenant, '/token/code', { mobile, verification_code: code })).body.code).toBe(10013);
      // A code of another app does not log in here, even for the same mobile.
      const other = await verifyingTenant(harness);
      const otherUser = await createUser(server, other);
      await post(other, `/user/mobile?mobile=${mobile}`, undefined, otherUser.token);
      const otherCode = await codeFor(harness, other, 'login', { mobile });
      expect((await post(tenant, '/token/code', { mobile, verification_code: otherCode })).body.code).toBe(10001);
      expect((await post(tenant, '/token/code', { verification_code: '123456' })).body.message).toBe('mobile, email: send exactly one of them');
      expect((await post(tenant, '/token/code', { mobile })).body.message).toBe('verification_code: is required');
    });
  });

  describe('POST /user/logout', () => {
    it('revokes only the calling token and closes only its socket', async () => {
      const tenant = await createTenant(server);
      const user = await createUser(server, tenant);
      const second = (await post(tenant, '/token/user', { name: user.username, password: user.password })).body.data.token;
      const leaving = await socketLogin(user.token, user.userId);
      const staying = await socketLogin(second, user.userId);
      expect((await post(tenant, '/user/logout', undefined, user.token)).body).toEqual({ code: 200, message: null, data: true });
      await leaving.waitDisconnect();
      expect((await server.request({ url: '/user/profile', appId: tenant.appId, token: user.token })).body.code).toBe(402);
      expect((await server.request({ url: '/user/profile', appId: tenant.appId, token: second })).body.code).toBe(200);
      expect(staying.connected).toBe(true);
      expect((await post(tenant, '/user/logout', undefined, user.token)).body.code).toBe(402);
    });

    it('refuses anonymous callers and admin tokens, impersonating or not', async () => {
      const tenant = await createTenant(server);
      const user = await createUser(server, tenant);
      expect((await post(tenant, '/user/logout')).body.code).toBe(10003);
      expect((await post(tenant, '/user/logout', undefined, tenant.adminToken)).body.code).toBe(10010);
      expect((await post(tenant, '/user/logout', undefined, tenant.adminToken, { user_id: String(user.userId) })).body.code).toBe(10010);
      expect((await post(tenant, '/user/logout', undefined, user.token, { user_id: String(user.userId) })).body.code).toBe(10010);
    });
  });

  describe('POST /token/issue', () => {
    it("gives the app's backend a token for its user without the password, with the lifetime asked, usable over REST and the socket", async () => {
      const tenant = await createTenant(server);
      const user = await createUser(server, tenant);
      const issued = await post(tenant, '/token/issue', { user_id: user.userId, ttl: 600 }, tenant.adminToken);
      expect(issued.body.code).toBe(200);
      expect(Object.keys(issued.body.data).sort()).toEqual(TOKEN_RESPONSE_KEYS);
      expect(issued.body.data.expire - Date.now()).toBeGreaterThan(590_000);
      expect(issued.body.data.expire - Date.now()).toBeLessThanOrEqual(600_000);
      expect((await server.request({ url: '/user/profile', appId: tenant.appId, token: issued.body.data.token })).body.data.user_id).toBe(user.userId);
      await socketLogin(issued.body.data.token, user.userId);

      const withDevice = await post(tenant, '/token/issue', { user_id: user.userId, device_guid: 'server-side' }, tenant.adminToken);
      expect(withDevice.body.data.device_sn).toEqual(expect.any(Number));
      expect(withDevice.body.data.expire - Date.now()).toBeGreaterThan(server.config.userTokenTtlSeconds * 1000 - 60_000);
    });

    it('refuses user tokens, impersonation, anonymous callers, other apps and their users', async () => {
      const tenant = await createTenant(server);
      const other = await createTenant(server);
      const user = await createUser(server, tenant);
      const stranger = await createUser(server, other);
      expect((await post(tenant, '/token/issue', { user_id: user.userId }, user.token)).body.code).toBe(10010);
      expect((await post(tenant, '/token/issue', { user_id: user.userId }, user.token, { user_id: String(user.userId) })).body.code).toBe(10010);
      expect((await post(tenant, '/token/issue', { user_id: user.userId })).body.code).toBe(10010);
      expect((await post(tenant, '/token/issue', { user_id: user.userId }, other.adminToken)).body.code).toBe(10008);
      expect((await post(tenant, '/token/issue', { user_id: stranger.userId }, tenant.adminToken)).body).toEqual({ code: 10000, message: `user ${stranger.userId} does not exist in this app`, data: null });
      await server.sql(`UPDATE users SET status = 1 WHERE id = $1`, [user.userId]);
      expect((await post(tenant, '/token/issue', { user_id: user.userId }, tenant.adminToken)).body.code).toBe(10013);
    });

    it('refuses bad input', async () => {
      const tenant = await createTenant(server);
      const user = await createUser(server, tenant);
      const message = 'ttl: must be a whole number of seconds from 60 to 31536000';
      expect((await post(tenant, '/token/issue', { user_id: user.userId, ttl: 5 }, tenant.adminToken)).body).toEqual({ code: 10002, message, data: null });
      expect((await post(tenant, '/token/issue', { user_id: user.userId, ttl: 1.5 }, tenant.adminToken)).body.message).toBe(message);
      expect((await post(tenant, '/token/issue', {}, tenant.adminToken)).body.code).toBe(10002);
    });
  });
});
