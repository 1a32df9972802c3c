import { createTestDatabase, TestDatabase } from '../database';
import { childEnv, runCliJson } from '../processes';
import { createTenant, startTestServer } from '../server';

// Each command boots the application context in a fresh process (about 1 s on 2 cores, more under load).
jest.setTimeout(120_000);

describe('npm run app -- verification, verification-sender', () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = childEnv({ DATABASE_URL: database.url });
  });
  afterAll(() => database.drop());

  const cli = (...args: string[]) => runCliJson(args, env);

  it("sets an app's policy and sender, which the admin route then shows", async () => {
    const server = await startTestServer({}, database);
    try {
      const tenant = await createTenant(server);
      const policy = await cli('verification', '--app', tenant.appId, '--register', 'required', '--login', 'off', '--captcha-after-failed-logins', '3', '--signup-by-code', 'true');
      expect(policy.json).toEqual({
        policies: { register: 'required', bind_mobile: 'optional', bind_email: 'optional', login: 'off', reset_password: 'optional' },
        captcha_before_send: false,
        captcha_after_failed_logins: 3,
        signup_by_code: true,
      });
      const sender = await cli('verification-sender', '--app', tenant.appId, '--channel', 'sms', '--vendor', 'yunpian', '--secret', 'yunpian-api-key-0001', '--templates', '{"zh":{"text":"【MyApp】验证码 {code}"}}');
      expect(sender.json).toEqual({ channel: 'sms', vendor: 'yunpian', settings: {}, secret: '****0001', templates: { zh: { text: '【MyApp】验证码 {code}' } }, version: 1 });
      const shown = await server.request({ url: '/user/verification/settings', appId: tenant.appId, token: tenant.adminToken });
      expect(shown.body.data).toEqual(policy.json);
    } finally {
      await server.close();
    }
  });

  it('explains bad values and unknown apps in one line with exit 1', async () => {
    const unknown = await cli('verification', '--app', 'nope', '--register', 'required');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('app_id "nope" does not exist\n');
    const server = await startTestServer({}, database);
    const tenant = await createTenant(server);
    await server.close();
    const bad = await cli('verification', '--app', tenant.appId, '--register', 'always');
    expect(bad.stderr).toBe('policies.register: must be one of required, optional, off\n');
    const badJson = await cli('verification-sender', '--app', tenant.appId, '--channel', 'sms', '--vendor', 'aliyun', '--settings', '{oops');
    expect(badJson.stderr).toBe(`--settings: must be JSON, e.g. '{"sign_name":"MyApp"}'\n`);
    const missing = await cli('verification-sender', '--app', tenant.appId, '--channel', 'sms', '--vendor', 'aliyun');
    expect(missing.stderr).toBe('settings: aliyun needs access_key_id, sign_name\n');
  });
});
