import { Logger } from '@nestjs/common';
import svgCaptcha from 'svg-captcha';
import { loadConfig } from '../../src/common/config/config';
import { createTenant, createUser, startTestServer, Tenant, TestServer } from '../server';
import { SmsStub, startYunpianStub } from './sms-stubs';
import { SmtpStub, startSmtpStub } from './smtp-stub';
import { codeFor, newMobile, sendCode, VerificationHarness, verifyingTenant } from './verification-fixtures';

describe('verification codes: /user/send_code, /user/verify_code, captcha, settings and senders', () => {
  let server: TestServer;
  let sms: SmsStub;
  let smtp: SmtpStub;
  let harness: VerificationHarness;

  beforeAll(async () => {
    sms = await startYunpianStub({ apikey: 'yp-key' });
    smtp = await startSmtpStub({ user: 'mailer', password: 'smtp-password' });
    const defaults = loadConfig({}).verification;
    server = await startTestServer({ verification: { ...defaults, yunpianBaseUrl: sms.url, dailySendsPerAddress: 6, dailySendsPerApp: 8 } });
    harness = { server, sms, smtp };
  });
  afterAll(async () => {
    await server.close();
    await sms.close();
    await smtp.close();
  });
  afterEach(() => jest.restoreAllMocks());

  const verify = (tenant: Tenant, body: object) => server.request({ method: 'POST', url: '/user/verify_code', appId: tenant.appId, body });

  describe('POST /user/send_code and /user/verify_code', () => {
    it('sends a 6-digit code by SMS in the language asked for, and trades it once for a verification token', async () => {
      const tenant = await verifyingTenant(harness);
      const mobile = newMobile();
      const sent = await sendCode(server, tenant, { purpose: 'register', mobile, language: 'zh-CN' });
      expect(sent.body).toEqual({ code: 200, message: null, data: { expire: expect.any(Number), resend_after: 60 } });
      expect(sent.body.data.expire - Date.now()).toBeGreaterThan(290_000);
      const code = sms.lastCode(mobile);
      expect(sms.messages.at(-1)!.text).toBe(`【MyApp】验证码 ${code}，5 分钟内有效。`);

      const verified = await verify(tenant, { purpose: 'register', mobile, code });
      expect(verified.body.data).toEqual({ verification_token: expect.any(String), expire: expect.any(Number) });
      // Single use: the code is spent.
      expect((await verify(tenant, { purpose: 'register', mobile, code })).body.code).toBe(10001);
    });

    it('sends by email too, and keeps purposes apart', async () => {
      const tenant = await verifyingTenant(harness);
      const code = await codeFor(harness, tenant, 'bind_email', { email: 'Carol@Example.test' });
      expect((await verify(tenant, { purpose: 'login', email: 'carol@example.test', code })).body.code).toBe(10001);
      expect((await verify(tenant, { purpose: 'bind_email', email: 'carol@example.test', code })).body.code).toBe(200);
    });

    it('refuses a wrong code with 10001 and, after 5 wrong checks, any check with 429 and Retry-After', async () => {
      const tenant = await verifyingTenant(harness);
      const mobile = newMobile();
      const code = await codeFor(harness, tenant, 'login', { mobile }).catch(() => null);
      // login codes only go to accounts' mobiles; use register, which goes anywhere.
      expect(code).toBeNull();
      const right = await codeFor(harness, tenant, 'register', { mobile });
      const wrong = right === '000000' ? '111111' : '000000';
      for (let check = 0; check < 5; check++) {
        expect((await verify(tenant, { purpose: 'register', mobile, code: wrong })).body).toEqual({ code: 10001, message: 'verification_code: wrong or expired; check the last code sent, or request a new one', data: null });
      }
      const locked = await verify(tenant, { purpose: 'register', mobile, code: right });
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('refuses an expired code', async () => {
      const tenant = await verifyingTenant(harness);
      const mobile = newMobile();
      const code = await codeFor(harness, tenant, 'register', { mobile });
      await server.sql(`UPDATE verification_codes SET expires_at = now() - interval '1 second' WHERE app_id = $1`, [tenant.appId]);
      expect((await verify(tenant, { purpose: 'register', mobile, code })).body.code).toBe(10001);
    });

    it('sends once per 60 s per destination (429 with Retry-After), others at once', async () => {
      const tenant = await verifyingTenant(harness);
      const mobile = newMobile();
      expect((await sendCode(server, tenant, { purpose: 'register', mobile })).body.code).toBe(200);
      const again = await sendCode(server, tenant, { purpose: 'register', mobile });
      expect(again.status).toBe(429);
      expect(again.body.message).toMatch(/^a code was sent to this destination moments ago; request another in \d+ s$/);
      expect(Number(again.headers['retry-after'])).toBeGreaterThanOrEqual(59);
      expect((await sendCode(server, tenant, { purpose: 'register', mobile: newMobile() })).body.code).toBe(200);
      await server.sql(`UPDATE verification_codes SET sent_at = sent_at - interval '61 seconds' WHERE app_id = $1`, [tenant.appId]);
      expect((await sendCode(server, tenant, { purpose: 'register', mobile })).body.code).toBe(200);
    });

    it('caps the sends of one address per day, then the sends of the app', async () => {
      const tenant = await verifyingTenant(harness);
      for (let send = 0; send < 6; send++) expect((await sendCode(server, tenant, { purpose: 'register', mobile: newMobile() }, '10.0.0.1')).body.code).toBe(200);
      const capped = await sendCode(server, tenant, { purpose: 'register', mobile: newMobile() }, '10.0.0.1');
      expect(capped.status).toBe(429);
      expect(capped.body.message).toMatch(/^the daily number of codes from this address is reached/);
      expect(Number(capped.headers['retry-after'])).toBeLessThanOrEqual(86_400);
      // Another address goes on until the app's cap (8 a day here).
      expect((await sendCode(server, tenant, { purpose: 'register', mobile: newMobile() }, '10.0.0.2')).body.code).toBe(200);
      expect((await sendCode(server, tenant, { purpose: 'register', mobile: newMobile() }, '10.0.0.2')).body.code).toBe(200);
      const appCapped = await sendCode(server, tenant, { purpose: 'register', mobile: newMobile() }, '10.0.0.3');
      expect(appCapped.status).toBe(429);
      expect(appCapped.body.message).toMatch(/^the daily number of codes for this app is reached/);
      // Another app is not affected.
      const other = await verifyingTenant(harness);
      expect((await sendCode(server, other, { purpose: 'register', mobile: newMobile() }, '10.0.0.1')).body.code).toBe(200);
    });

    it('answers a reset or login code for an unknown destination exactly like a known one, and sends only to the known one', async () => {
      const tenant = await verifyingTenant(harness);
      const known = newMobile();
      const user = await createUser(server, tenant);
      await server.request({ method: 'POST', url: `/user/mobile?mobile=${known}`, appId: tenant.appId, token: user.token });
      const unknown = newMobile();
      for (const purpose of ['reset_password', 'login']) {
        const before = sms.messages.length;
        const toKnown = await sendCode(server, tenant, { purpose, mobile: known });
        const toUnknown = await sendCode(server, tenant, { purpose, mobile: unknown });
        expect(toUnknown.status).toBe(toKnown.status);
        expect(toUnknown.body).toEqual({ ...toKnown.body, data: { ...toKnown.body.data, expire: expect.any(Number) } });
        expect(sms.messages.slice(before).map((message) => message.to)).toEqual([known]);
      }
    });

    it('refuses bad input with precise messages', async () => {
      const tenant = await verifyingTenant(harness);
      const cases: [object, string][] = [
        [{ purpose: 'register' }, 'mobile, email: send exactly one of them'],
        [{ purpose: 'register', mobile: newMobile(), email: 'a@b.test' }, 'mobile, email: send exactly one of them'],
        [{ purpose: 'fly', mobile: newMobile() }, 'purpose: must be one of register, bind_mobile, bind_email, login, reset_password'],
        [{ purpose: 'register', mobile: '12345' }, 'mobile: must be a mainland China mobile number or +<country code><number>'],
        [{ purpose: 'register', email: 'not-an-email' }, 'email: must be an email address'],
        [{ purpose: 'bind_mobile', email: 'a@b.test' }, 'purpose: bind_mobile codes go to a mobile'],
        [{ purpose: 'bind_email', mobile: newMobile() }, 'purpose: bind_email codes go to an email'],
        [{ purpose: 'register', mobile: newMobile(), language: 'english please' }, 'language: must be a language tag such as en or zh-CN'],
      ];
      for (const [body, message] of cases) {
        expect((await sendCode(server, tenant, body)).body).toEqual({ code: 10002, message, data: null });
      }
      expect((await verify(tenant, { purpose: 'register', mobile: newMobile(), code: '12ab56' })).body).toEqual({ code: 10002, message: 'code: must be 6 digits', data: null });
      expect((await sendCode(server, { ...tenant, appId: 'no-such-app' }, { purpose: 'register', mobile: newMobile() })).body.code).toBe(40000);
    });

    it('refuses to send codes of a purpose the app turned off', async () => {
      const tenant = await verifyingTenant(harness, { policies: { login: 'off' } });
      expect((await sendCode(server, tenant, { purpose: 'login', mobile: newMobile() })).body).toEqual({ code: 10010, message: 'purpose: login codes are off in this app', data: null });
    });

    it('answers 10017 and keeps no code when the vendor refuses the message', async () => {
      const tenant = await verifyingTenant(harness);
      const mobile = newMobile();
      sms.refuse(true);
      try {
        const refused = await sendCode(server, tenant, { purpose: 'register', mobile });
        expect(refused.body.code).toBe(10017);
        expect(refused.body.message).toMatch(/^the code could not be sent \(yunpian 503/);
      } finally {
        sms.refuse(false);
      }
      expect((await server.sql(`SELECT 1 FROM verification_codes WHERE app_id = $1`, [tenant.appId])).length).toBe(0);
    });

    it('never writes a code to the log (through Nest loggers) except with the log sender', async () => {
      const written: string[] = [];
      for (const level of ['log', 'warn', 'error', 'debug', 'verbose'] as const) {
        jest.spyOn(Logger.prototype, level).mockImplementation(function (this: Logger, ...args: unknown[]) {
          written.push(`${(this as unknown as { context?: string }).context}: ${JSON.stringify(args)}`);
        });
      }
      const tenant = await verifyingTenant(harness);
      const mobile = newMobile();
      const code = await codeFor(harness, tenant, 'register', { mobile });
      await verify(tenant, { purpose: 'register', mobile, code: code === '000000' ? '111111' : '000000' });
      sms.refuse(true);
      await sendCode(server, tenant, { purpose: 'register', mobile: newMobile() });
      sms.refuse(false);
      expect(written.filter((line) => line.includes(code))).toEqual([]);

      const logged = await createTenant(server);
      await server.request({ method: 'POST', url: '/user/verification/sender', appId: logged.appId, token: logged.adminToken, body: { channel: 'sms', vendor: 'log' } });
      const devMobile = newMobile();
      expect((await sendCode(server, logged, { purpose: 'register', mobile: devMobile })).body.code).toBe(200);
      const line = written.find((entry) => entry.startsWith('VerificationLogSender') && entry.includes(devMobile));
      expect(line).toMatch(/"code":"\d{6}"/);
    });
  });

  describe('image captcha', () => {
    function fixCaptchaText(text: string): void {
      const create = svgCaptcha.create;
      jest.spyOn(svgCaptcha, 'create').mockImplementation((options) => ({ ...create(options), text }));
    }

    async function captcha(tenant: Tenant): Promise<{ captcha_id: string; image: string }> {
      return (await server.request({ url: '/user/captcha/image', appId: tenant.appId })).body.data;
    }

    it('serves an SVG with a one-time id', async () => {
      const tenant = await createTenant(server);
      const answer = await captcha(tenant);
      expect(answer.captcha_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Buffer.from(answer.image.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toMatch(/^<svg /);
      expect((await server.request({ url: '/user/captcha/image' })).body.code).toBe(10002);
    });

    it('is asked before a send when the app says so: case-insensitive, single use, expiring', async () => {
      const tenant = await verifyingTenant(harness, { captcha_before_send: true });
      const send = (extra: object) => sendCode(server, tenant, { purpose: 'register', mobile: newMobile(), ...extra });
      expect((await send({})).body).toEqual({ code: 10016, message: 'this app asks for a captcha before sending a code: send captcha_id and captcha from GET /user/captcha/image', data: null });
      fixCaptchaText('xK7p');
      const first = await captcha(tenant);
      expect((await send({ captcha_id: first.captcha_id, captcha: 'nope' })).body.code).toBe(10016);
      // A wrong answer spent it.
      expect((await send({ captcha_id: first.captcha_id, captcha: 'xK7p' })).body.code).toBe(10016);
      const second = await captcha(tenant);
      expect((await send({ captcha_id: second.captcha_id, captcha: 'XK7P' })).body.code).toBe(200);
      expect((await send({ captcha_id: second.captcha_id, captcha: 'XK7P' })).body.code).toBe(10016);
      const third = await captcha(tenant);
      await server.sql(`UPDATE captchas SET expires_at = now() - interval '1 second' WHERE id = $1`, [third.captcha_id]);
      expect((await send({ captcha_id: third.captcha_id, captcha: 'xk7p' })).body.code).toBe(10016);
      // Another app's captcha does not count here.
      const foreign = await captcha(await createTenant(server));
      expect((await send({ captcha_id: foreign.captcha_id, captcha: 'xk7p' })).body.code).toBe(10016);
    });

    it('is asked with password logins once an account has N recent failures', async () => {
      const tenant = await verifyingTenant(harness, { captcha_after_failed_logins: 2 });
      const user = await createUser(server, tenant);
      const login = (password: string, extra: object = {}) => server.request({ method: 'POST', url: '/token/user', appId: tenant.appId, body: { name: user.username, password, ...extra } });
      expect((await login('wrong-password')).body.code).toBe(10014);
      expect((await login('wrong-password')).body.code).toBe(10014);
      expect((await login(user.password)).body.code).toBe(10016);
      fixCaptchaText('ab3d');
      const solved = await captcha(tenant);
      const answer = await login(user.password, { captcha_id: solved.captcha_id, captcha: 'AB3D' });
      expect(answer.body.code).toBe(200);
      // The success cleared the count: no captcha now.
      expect((await login(user.password)).body.code).toBe(200);
      // An unknown name is treated alike.
      const ghost = (password: string) => server.request({ method: 'POST', url: '/token/user', appId: tenant.appId, body: { name: 'nobody_here', password } });
      await ghost('x-wrong-1');
      await ghost('x-wrong-2');
      expect((await ghost('x-wrong-3')).body.code).toBe(10016);
    });
  });

  describe('admin: /user/verification/settings and /user/verification/sender', () => {
    it('shows the defaults and changes only the fields sent', async () => {
      const tenant = await createTenant(server);
      const get = () => server.request({ url: '/user/verification/settings', appId: tenant.appId, token: tenant.adminToken });
      const defaults = { register: 'optional', bind_mobile: 'optional', bind_email: 'optional', login: 'optional', reset_password: 'optional' };
      expect((await get()).body.data).toEqual({ policies: defaults, captcha_before_send: false, captcha_after_failed_logins: null, signup_by_code: false });
      const changed = await server.request({ method: 'POST', url: '/user/verification/settings', appId: tenant.appId, token: tenant.adminToken, body: { policies: { register: 'required' }, signup_by_code: true } });
      expect(changed.body.data).toEqual({ policies: { ...defaults, register: 'required' }, captcha_before_send: false, captcha_after_failed_logins: null, signup_by_code: true });
      await server.request({ method: 'POST', url: '/user/verification/settings', appId: tenant.appId, token: tenant.adminToken, body: { captcha_after_failed_logins: 3 } });
      expect((await get()).body.data).toEqual({ policies: { ...defaults, register: 'required' }, captcha_before_send: false, captcha_after_failed_logins: 3, signup_by_code: true });
    });

    it('refuses user tokens, impersonation and other apps', async () => {
      const tenant = await createTenant(server);
      const other = await createTenant(server);
      const user = await createUser(server, tenant);
      const impersonating = await server.request({ url: '/user/verification/settings', appId: tenant.appId, token: user.token, headers: { user_id: String(user.userId) } });
      expect(impersonating.body.code).toBe(10010);
      for (const url of ['/user/verification/settings', '/user/verification/sender?channel=sms']) {
        expect((await server.request({ url, appId: tenant.appId, token: user.token })).body.code).toBe(10010);
        expect((await server.request({ url, appId: tenant.appId })).body.code).toBe(10003);
        expect((await server.request({ url, appId: tenant.appId, token: other.adminToken })).body.code).toBe(10008);
      }
      const posted = await server.request({ method: 'POST', url: '/user/verification/sender', appId: tenant.appId, token: user.token, body: { channel: 'sms', vendor: 'log' } });
      expect(posted.body.code).toBe(10010);
    });

    it('refuses bad settings with precise messages', async () => {
      const tenant = await createTenant(server);
      const post = (body: object) => server.request({ method: 'POST', url: '/user/verification/settings', appId: tenant.appId, token: tenant.adminToken, body });
      expect((await post({ policies: { register: 'always' } })).body.message).toBe('policies.register: must be one of required, optional, off');
      expect((await post({ policies: { dance: 'off' } })).body.message).toBe('policies: "dance" is not a purpose; use register, bind_mobile, bind_email, login, reset_password');
      expect((await post({ captcha_after_failed_logins: 0 })).body.message).toBe('captcha_after_failed_logins: must be a whole number from 1 to 1000, or null');
      expect((await post({ signup_by_code: 'yes' })).body.message).toBe('signup_by_code: must be true or false');
    });

    it('stores a sender with its secret sealed and shown masked; refuses incomplete ones', async () => {
      const tenant = await createTenant(server);
      const post = (body: object) => server.request({ method: 'POST', url: '/user/verification/sender', appId: tenant.appId, token: tenant.adminToken, body });
      const saved = await post({ channel: 'sms', vendor: 'aliyun', settings: { access_key_id: 'LTAI5t', sign_name: 'MyApp' }, secret: 'aliyun-access-key-secret', templates: { zh: { template_id: 'SMS_1234' } } });
      expect(saved.body.data).toEqual({ channel: 'sms', vendor: 'aliyun', settings: { access_key_id: 'LTAI5t', sign_name: 'MyApp' }, secret: '****cret', templates: { zh: { template_id: 'SMS_1234' } }, version: 1 });
      const [row] = await server.sql(`SELECT sealed_secret FROM verification_senders WHERE app_id = $1`, [tenant.appId]);
      expect(row.sealed_secret).toMatch(/^v1\./);
      expect(row.sealed_secret).not.toContain('aliyun-access-key-secret');
      expect((await server.request({ url: '/user/verification/sender?channel=email', appId: tenant.appId, token: tenant.adminToken })).body.data).toBeNull();

      expect((await post({ channel: 'sms', vendor: 'aliyun', settings: { sign_name: 'MyApp' }, secret: 's', templates: { zh: { template_id: 'SMS_1' } } })).body.message).toBe('settings: aliyun needs access_key_id');
      expect((await post({ channel: 'sms', vendor: 'twilio', settings: { account_sid: 'AC1', from: '+1500' } })).body.message).toBe('secret: twilio needs its secret (the auth token)');
      expect((await post({ channel: 'sms', vendor: 'tencent', settings: { secret_id: 'a', sdk_app_id: '1', sign_name: 'x' }, secret: 's' })).body.message).toBe(
        'templates: tencent sends a template registered with it; give its id as templates.<language>.template_id',
      );
      expect((await post({ channel: 'email', vendor: 'yunpian', secret: 'k' })).body.message).toBe('vendor: yunpian sends sms, not email');
      expect((await post({ channel: 'fax', vendor: 'log' })).body.message).toBe('channel: must be sms or email');
      expect((await post({ channel: 'sms', vendor: 'yunpian', secret: 'k', settings: { region: 5 } })).body.message).toBe('settings.region: must be a string of at most 1024 characters');
      expect((await post({ channel: 'sms', vendor: 'yunpian', secret: 'k', templates: { en: { body: 'x' } } })).body.message).toBe(
        'templates.en: must be an object of strings text, subject and template_id (each at most 1024 characters)',
      );
    });

    it('removes a sender', async () => {
      const tenant = await verifyingTenant(harness);
      const removed = await server.request({ method: 'DELETE', url: '/user/verification/sender?channel=sms', appId: tenant.appId, token: tenant.adminToken });
      expect(removed.body.data).toBe(true);
      expect((await server.request({ url: '/user/verification/sender?channel=sms', appId: tenant.appId, token: tenant.adminToken })).body.data).toBeNull();
    });
  });

  it('lists regions with dialling codes and English and Chinese names', async () => {
    const tenant = await createTenant(server);
    const regions = (await server.request({ url: '/user/regionlist', appId: tenant.appId })).body.data;
    expect(regions).toContainEqual({ region: '86', locale: { en: 'China', zh: '中国' } });
    expect(regions).toContainEqual({ region: '1', locale: { en: 'Canada', zh: '加拿大' } });
    expect(regions.length).toBeGreaterThan(100);
  });

  it('marks the routes as our extensions in the OpenAPI document', async () => {
    const document = (await server.app.inject({ url: '/docs-json' })).json();
    for (const [path, method] of [['/user/send_code', 'post'], ['/user/verify_code', 'post'], ['/user/captcha/image', 'get'], ['/token/code', 'post'], ['/token/issue', 'post'], ['/user/logout', 'post'], ['/user/reset_password', 'post']]) {
      expect(document.paths[path][method]['x-extension']).toBe(true);
    }
    expect(document.paths['/token/user'].post['x-extension']).toBeUndefined();
  });
});

describe('the log sender in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ verification: { ...loadConfig({ NODE_ENV: 'production' }).verification } });
  });
  afterAll(() => server.close());

  it('is refused, and an app without a sender cannot send', async () => {
    const tenant = await createTenant(server);
    const saved = await server.request({ method: 'POST', url: '/user/verification/sender', appId: tenant.appId, token: tenant.adminToken, body: { channel: 'sms', vendor: 'log' } });
    expect(saved.body).toEqual({ code: 10002, message: 'vendor: the log sender is not allowed on this server (NODE_ENV=production without VERIFICATION_LOG_SENDER_ALLOWED=true)', data: null });
    const sent = await sendCode(server, tenant, { purpose: 'register', mobile: newMobile() });
    expect(sent.body).toEqual({ code: 10017, message: 'this app has no sms sender; an admin sets one with POST /user/verification/sender', data: null });
  });

  it('is allowed in production when VERIFICATION_LOG_SENDER_ALLOWED says so', () => {
    expect(loadConfig({ NODE_ENV: 'production', VERIFICATION_LOG_SENDER_ALLOWED: 'true' }).verification.logSenderAllowed).toBe(true);
    expect(loadConfig({}).verification.logSenderAllowed).toBe(true);
  });
});
