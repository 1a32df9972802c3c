import { createTestDatabase, TestDatabase } from '../database';
import { childEnv, runCliJson } from '../processes';
import { createTenant, startTestServer } from '../server';
import { Receiver, testWebhookSettings } from './receiver';

// Each command boots the application context in a fresh process (about 1 s on 2 cores, more under load).
jest.setTimeout(180_000);

describe('npm run app -- webhook', () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;
  let receiver: Receiver;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = childEnv({ DATABASE_URL: database.url, WEBHOOK_ALLOW_HOSTS: '127.0.0.1' });
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await receiver.down();
    await database.drop();
  });

  const cli = (...args: string[]) => runCliJson(['webhook', ...args], env);

  it('adds, lists, changes, logs, replays and removes endpoints and sets the before-send hook, as the admin routes do', async () => {
    const server = await startTestServer({ webhooks: testWebhookSettings() }, database);
    try {
      const tenant = await createTenant(server);
      const added = await cli('add', '--app', tenant.appId, '--url', receiver.url, '--events', 'user.registered,message.stored', '--with-content', 'false');
      expect(added.code).toBe(0);
      expect(added.json).toMatchObject({ url: receiver.url, event_types: ['user.registered', 'message.stored'], enabled: true, with_content: false, secret: expect.stringMatching(/^whsec_/) });
      const { id } = added.json;

      const listed = await server.request({ url: '/webhook/endpoint/list', appId: tenant.appId, token: tenant.adminToken });
      expect((await cli('list', '--app', tenant.appId)).json).toEqual(listed.body.data);

      await server.request({ method: 'POST', url: '/user/register/v2', appId: tenant.appId, body: { username: 'cli_hooked', password: 'secret-password' } });
      await receiver.waitFor((received) => received.length === 1);
      const eventId = receiver.received[0].json.event_id;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const log = await cli('log', '--app', tenant.appId, '--id', String(id));
      expect(log.json).toEqual([expect.objectContaining({ event_id: eventId, attempt: 1, delivered: true, response_code: 200 })]);
      expect((await cli('replay', '--app', tenant.appId, '--event', eventId)).json).toEqual({ queued: 1 });
      await receiver.waitFor((received) => received.length === 2);
      expect(receiver.received[1].json.event_id).toBe(eventId);

      expect((await cli('update', '--app', tenant.appId, '--id', String(id), '--enabled', 'false')).json).toMatchObject({ id, enabled: false });
      const hook = await cli('before-send', '--app', tenant.appId, '--url', receiver.url, '--timeout-ms', '700', '--on-timeout', 'refuse');
      expect(hook.json).toMatchObject({ url: receiver.url, timeout_ms: 700, on_timeout: 'refuse', enabled: true });
      expect((await cli('before-send', '--app', tenant.appId)).json).toMatchObject({ timeout_ms: 700, secret_hint: hook.json.secret.slice(-4) });
      expect((await cli('before-send', '--app', tenant.appId, '--off', 'true')).json).toBe(true);
      expect((await cli('remove', '--app', tenant.appId, '--id', String(id))).json).toBe(true);
      expect((await cli('list', '--app', tenant.appId)).json).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('explains bad values and unknown apps in one line with exit 1, and a wrong command line with exit 2', async () => {
    const server = await startTestServer({}, database);
    const tenant = await createTenant(server);
    await server.close();
    const privateUrl = await cli('add', '--app', tenant.appId, '--url', 'http://10.1.2.3/x', '--events', 'message.stored');
    expect(privateUrl).toMatchObject({ code: 1, json: null });
    expect(privateUrl.stderr).toMatch(/url: host "10\.1\.2\.3" is not a public address/);
    const badEvent = await cli('add', '--app', tenant.appId, '--url', receiver.url, '--events', 'message.sent');
    expect(badEvent.code).toBe(1);
    expect(badEvent.stderr).toMatch(/event_types: each must be one of/);
    const unknownApp = await cli('list', '--app', 'no-such-app');
    expect(unknownApp.code).toBe(1);
    expect(unknownApp.stderr).toMatch(/no-such-app/);
    expect((await cli('remove', '--app', tenant.appId, '--id', 'x')).stderr).toMatch(/--id: takes a whole number/);
    expect((await cli('lst', '--app', tenant.appId)).code).toBe(2);
  });
});
