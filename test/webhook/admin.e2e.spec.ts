import { createTenant, createUser, RequestOptions, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { Receiver, testWebhookSettings } from './receiver';

/** The admin routes of src/webhook: happy paths, who may call them, and the 10002 messages of bad input. */
describe('webhook admin routes', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let user: TestUser;
  let receiver: Receiver;

  beforeAll(async () => {
    server = await startTestServer({ webhooks: testWebhookSettings() });
    tenant = await createTenant(server);
    other = await createTenant(server, 'other app');
    user = await createUser(server, tenant);
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await receiver.down();
    await server.close();
  });

  const admin = (method: RequestOptions['method'], url: string, body?: unknown, as: Tenant = tenant) =>
    server.request({ method, url, appId: as.appId, token: as.adminToken, body });

  async function created(extra: Record<string, unknown> = {}) {
    const answer = await admin('POST', '/webhook/endpoint', { url: receiver.url, event_types: ['message.stored'], ...extra });
    expect(answer.body.code).toBe(200);
    return answer.body.data;
  }

  describe('happy paths', () => {
    it('creates an endpoint with a generated secret shown once, lists it with a hint, changes and deletes it', async () => {
      const endpoint = await created({ event_types: ['message.stored', 'group.created', 'message.stored'], with_content: false });
      expect(endpoint).toEqual({
        id: expect.any(Number),
        url: receiver.url,
        event_types: ['message.stored', 'group.created'],
        enabled: true,
        with_content: false,
        secret: expect.stringMatching(/^whsec_[\w-]{32}$/),
        secret_hint: endpoint.secret.slice(-4),
        created_at: expect.any(Number),
        updated_at: expect.any(Number),
      });
      const list = await admin('GET', '/webhook/endpoint/list');
      expect(list.body.data).toEqual([{ ...endpoint, secret: undefined }].map(({ secret: _secret, ...rest }) => rest));

      const changed = await admin('PUT', '/webhook/endpoint', { id: endpoint.id, enabled: false, secret: 'a-secret-of-my-own', event_types: ['user.deleted'] });
      expect(changed.body.data).toMatchObject({ id: endpoint.id, enabled: false, event_types: ['user.deleted'], secret_hint: '-own', with_content: false });
      expect(changed.body.data).not.toHaveProperty('secret');

      expect((await admin('DELETE', '/webhook/endpoint', { id: endpoint.id })).body).toEqual({ code: 200, message: null, data: true });
      expect((await admin('GET', '/webhook/endpoint/list')).body.data).toEqual([]);
    });

    it('lists an endpoint’s (empty) delivery log and queues nothing for a range without events', async () => {
      const endpoint = await created();
      const log = await admin('GET', `/webhook/delivery/list?endpoint_id=${endpoint.id}`);
      expect(log.body).toEqual({ code: 200, message: null, data: [] });
      const replay = await admin('POST', '/webhook/replay', { from: 0, to: 1, endpoint_id: endpoint.id });
      expect(replay.body).toEqual({ code: 200, message: null, data: { queued: 0 } });
      await admin('DELETE', '/webhook/endpoint', { id: endpoint.id });
    });

    it('sets, shows, changes and removes the before-send hook, keeping its secret unless a new one is sent', async () => {
      expect((await admin('GET', '/webhook/before_send')).body).toEqual({ code: 200, message: null, data: null });
      const saved = await admin('PUT', '/webhook/before_send', { url: receiver.url, timeout_ms: 500, on_timeout: 'refuse' });
      expect(saved.body.data).toEqual({
        url: receiver.url,
        timeout_ms: 500,
        on_timeout: 'refuse',
        enabled: true,
        secret: expect.stringMatching(/^whsec_/),
        secret_hint: saved.body.data.secret.slice(-4),
        updated_at: expect.any(Number),
      });
      const again = await admin('PUT', '/webhook/before_send', { url: receiver.url, timeout_ms: 800, on_timeout: 'allow', enabled: false });
      expect(again.body.data).toMatchObject({ timeout_ms: 800, on_timeout: 'allow', enabled: false, secret: saved.body.data.secret });
      const shown = await admin('GET', '/webhook/before_send');
      expect(shown.body.data).toEqual({ url: receiver.url, timeout_ms: 800, on_timeout: 'allow', enabled: false, secret_hint: saved.body.data.secret_hint, updated_at: expect.any(Number) });
      expect((await admin('DELETE', '/webhook/before_send')).body).toEqual({ code: 200, message: null, data: true });
      expect((await admin('DELETE', '/webhook/before_send')).body).toMatchObject({ code: 10002, message: 'this app has no before-send hook' });
    });
  });

  it('marks every webhook route as ours in the OpenAPI document, with its answer inside the envelope', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/docs-json' });
    const paths = response.json().paths;
    const operations = Object.entries(paths)
      .filter(([path]) => path.startsWith('/webhook/'))
      .flatMap(([path, methods]) => Object.entries(methods as Record<string, any>).map(([method, operation]) => ({ route: `${method} ${path}`, operation })));
    expect(operations.map(({ route }) => route).sort()).toEqual(
      ['delete /webhook/before_send', 'delete /webhook/endpoint', 'get /webhook/before_send', 'get /webhook/delivery/list', 'get /webhook/endpoint/list', 'post /webhook/endpoint', 'post /webhook/replay', 'put /webhook/before_send', 'put /webhook/endpoint'],
    );
    for (const { operation } of operations) {
      expect(operation['x-extension']).toBe(true);
      expect(operation.responses['200'].content['application/json'].schema.required).toEqual(['code', 'message', 'data']);
    }
  });

  describe('permissions', () => {
    // Three entries each: jest hands a callback with more parameters than the row a `done` callback.
    const routes: [RequestOptions['method'], string, unknown][] = [
      ['POST', '/webhook/endpoint', { url: 'http://127.0.0.1:9/x', event_types: ['message.stored'] }],
      ['GET', '/webhook/endpoint/list', undefined],
      ['PUT', '/webhook/endpoint', { id: 1, enabled: false }],
      ['DELETE', '/webhook/endpoint', { id: 1 }],
      ['GET', '/webhook/delivery/list?endpoint_id=1', undefined],
      ['POST', '/webhook/replay', { from: 0, to: 1 }],
      ['GET', '/webhook/before_send', undefined],
      ['PUT', '/webhook/before_send', { url: 'http://127.0.0.1:9/x', timeout_ms: 500, on_timeout: 'allow' }],
      ['DELETE', '/webhook/before_send', undefined],
    ];

    it.each(routes)('%s %s refuses a user token (10010), also with impersonation headers, and a missing token (10003)', async (method, url, body) => {
      expect((await server.request({ method, url, appId: tenant.appId, token: user.token, body })).body.code).toBe(10010);
      expect((await server.request({ method, url, appId: tenant.appId, token: user.token, body, headers: { user_id: String(user.userId) } })).body.code).toBe(10010);
      expect((await server.request({ method, url, appId: tenant.appId, body })).body.code).toBe(10003);
    });

    it.each(routes)('%s %s refuses another app’s admin token (10008)', async (method, url, body) => {
      expect((await server.request({ method, url, appId: tenant.appId, token: other.adminToken, body })).body.code).toBe(10008);
    });

    it('keeps each app’s endpoints to itself: another app cannot see, change, delete, read the log of or replay to them', async () => {
      const endpoint = await created();
      const notHere = `webhook endpoint ${endpoint.id} does not exist in this app`;
      expect((await admin('GET', '/webhook/endpoint/list', undefined, other)).body.data).toEqual([]);
      expect((await admin('PUT', '/webhook/endpoint', { id: endpoint.id, enabled: false }, other)).body).toMatchObject({ code: 10002, message: `id: ${notHere}` });
      expect((await admin('DELETE', '/webhook/endpoint', { id: endpoint.id }, other)).body).toMatchObject({ code: 10002, message: `id: ${notHere}` });
      expect((await admin('GET', `/webhook/delivery/list?endpoint_id=${endpoint.id}`, undefined, other)).body).toMatchObject({ code: 10002, message: `endpoint_id: ${notHere}` });
      expect((await admin('POST', '/webhook/replay', { from: 0, to: 1, endpoint_id: endpoint.id }, other)).body).toMatchObject({ code: 10002, message: `endpoint_id: ${notHere}` });
      expect((await admin('GET', '/webhook/endpoint/list')).body.data).toHaveLength(1);
      await admin('DELETE', '/webhook/endpoint', { id: endpoint.id });
    });
  });

  describe('bad input', () => {
    it.each([
      [{ url: 'ftp://example.com/x', event_types: ['message.stored'] }, 'url: must be an http(s) URL'],
      [{ url: 'not a url', event_types: ['message.stored'] }, 'url: is not a valid URL'],
      [{ url: 'http://10.0.0.8/hook', event_types: ['message.stored'] }, 'url: host "10.0.0.8" is not a public address; it must be reachable on the Internet (or named in WEBHOOK_ALLOW_HOSTS)'],
      [{ url: 'http://169.254.169.254/latest/meta-data', event_types: ['message.stored'] }, 'url: host "169.254.169.254" is not a public address; it must be reachable on the Internet (or named in WEBHOOK_ALLOW_HOSTS)'],
      [{ url: 'http://[::1]:8080/hook', event_types: ['message.stored'] }, 'url: host "::1" is not a public address; it must be reachable on the Internet (or named in WEBHOOK_ALLOW_HOSTS)'],
      [{ url: 'http://localhost:8080/hook', event_types: ['message.stored'] }, /^url: host "localhost" is (127\.0\.0\.1|::1), not a public address/],
      [{ url: 'http://127.0.0.1/x', event_types: [] }, 'event_types: name at least one event type'],
      [{ url: 'http://127.0.0.1/x', event_types: ['message.sent'] }, /^event_types: each must be one of message\.stored, /],
      [{ url: 'http://127.0.0.1/x', event_types: 'message.stored' }, 'event_types: must be an array of event types'],
      [{ url: 'http://127.0.0.1/x', event_types: ['message.stored'], secret: 'short' }, 'secret: must be 16 to 256 characters'],
      [{ url: 'http://127.0.0.1/x', event_types: ['message.stored'], enabled: 'yes' }, 'enabled: must be true or false'],
      [{ event_types: ['message.stored'] }, 'url: is required'],
    ])('POST /webhook/endpoint %j → 10002', async (body, message) => {
      const answer = await admin('POST', '/webhook/endpoint', body);
      expect(answer.body.code).toBe(10002);
      expect(answer.body.message).toMatch(message);
    });

    it.each([
      [{ enabled: false }, 'id: is required'],
      [{ id: 0 }, 'id: must be a positive id'],
      [{ id: 999999, enabled: false }, 'id: webhook endpoint 999999 does not exist in this app'],
      [{ id: 1, url: 'http://192.168.1.1/x' }, /^url: host "192\.168\.1\.1" is not a public address/],
    ])('PUT /webhook/endpoint %j → 10002', async (body, message) => {
      const answer = await admin('PUT', '/webhook/endpoint', body);
      expect(answer.body.code).toBe(10002);
      expect(answer.body.message).toMatch(message);
    });

    it.each([
      ['?endpoint_id=abc', 'endpoint_id: must be an integer id'],
      ['', 'endpoint_id: is required'],
      ['?endpoint_id=1&limit=0', 'limit: must be an integer from 1 to 200'],
      ['?endpoint_id=1&limit=201', 'limit: must be an integer from 1 to 200'],
    ])('GET /webhook/delivery/list%s → 10002', async (query, message) => {
      const answer = await admin('GET', `/webhook/delivery/list${query}`);
      expect(answer.body).toMatchObject({ code: 10002, message });
    });

    it('refuses a cursor the log did not answer', async () => {
      const endpoint = await created();
      const answer = await admin('GET', `/webhook/delivery/list?endpoint_id=${endpoint.id}&cursor=bogus`);
      expect(answer.body.code).toBe(10002);
      expect(answer.body.message).toMatch(/^cursor: /);
      await admin('DELETE', '/webhook/endpoint', { id: endpoint.id });
    });

    it.each([
      [{}, 'from: send event_id, or from and to (epoch ms) for a time range'],
      [{ from: 10 }, 'from: send event_id, or from and to (epoch ms) for a time range'],
      [{ from: 10, to: 10 }, 'to: must be later than from'],
      [{ from: -1, to: 10 }, 'from: must be epoch milliseconds'],
      [{ event_id: 'nope' }, 'event_id: must be an event id (a UUID) from a delivery'],
      [{ event_id: '6f1c2a7e-0d6b-4a53-9a57-5d1e0f9a0b11', from: 1, to: 2 }, 'event_id: send either event_id or from and to, not both'],
      [{ event_id: '6f1c2a7e-0d6b-4a53-9a57-5d1e0f9a0b11' }, /^event_id: no event 6f1c2a7e-0d6b-4a53-9a57-5d1e0f9a0b11 is kept for this app/],
      [{ from: 0, to: 1, endpoint_id: 999999 }, 'endpoint_id: webhook endpoint 999999 does not exist in this app'],
    ])('POST /webhook/replay %j → 10002', async (body, message) => {
      const answer = await admin('POST', '/webhook/replay', body);
      expect(answer.body.code).toBe(10002);
      expect(answer.body.message).toMatch(message);
    });

    it.each([
      [{ url: 'http://127.0.0.1/x', timeout_ms: 10, on_timeout: 'allow' }, 'timeout_ms: must be an integer from 50 to 10000'],
      [{ url: 'http://127.0.0.1/x', timeout_ms: 20_000, on_timeout: 'allow' }, 'timeout_ms: must be an integer from 50 to 10000'],
      [{ url: 'http://127.0.0.1/x', timeout_ms: 500, on_timeout: 'maybe' }, 'on_timeout: must be "allow" or "refuse"'],
      [{ url: 'http://172.16.0.1/x', timeout_ms: 500, on_timeout: 'allow' }, /^url: host "172\.16\.0\.1" is not a public address/],
      [{ url: 'http://127.0.0.1/x', timeout_ms: 500, on_timeout: 'allow', secret: 'x' }, 'secret: must be 16 to 256 characters'],
    ])('PUT /webhook/before_send %j → 10002', async (body, message) => {
      const answer = await admin('PUT', '/webhook/before_send', body);
      expect(answer.body.code).toBe(10002);
      expect(answer.body.message).toMatch(message);
    });
  });
});
