import { generateKeyPairSync } from 'node:crypto';
import { catalogueOperations } from '../catalogue';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const APNS_KEY_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const APNS = { name: 'ios', provider: 1, certificate: APNS_KEY_PEM, key_id: 'KEY1234567', team_id: 'TEAM123456', bundle_id: 'com.example.im' };
const HUAWEI = { name: 'hw', provider: 2, app_id: '10086', app_secret: 'huawei-client-secret-123456' };

describe('/push/certificate: GET (MaxIM) and our POST / PUT / DELETE', () => {
  let server: TestServer;
  let tenant: Tenant;
  let user: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    user = await createUser(server, tenant);
  });
  afterAll(() => server.close());

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', options: { url?: string; body?: object; as?: Tenant; token?: string; headers?: Record<string, string> } = {}) =>
    server.request({
      method,
      url: options.url ?? '/push/certificate',
      appId: (options.as ?? tenant).appId,
      token: options.token ?? (options.as ?? tenant).adminToken,
      headers: options.headers,
      body: options.body,
    });

  it('stores a certificate, answers it with secrets masked, and keeps the secrets sealed at rest', async () => {
    const created = await call('POST', { body: HUAWEI });
    expect(created.body).toMatchObject({ code: 200 });
    const expected = {
      name: 'hw',
      provider: 2,
      environment: 1,
      app_id: '10086',
      app_key: null,
      app_secret: '****3456',
      certificate: null,
      key_id: null,
      team_id: null,
      bundle_id: null,
      package_name: null,
    };
    expect(created.body.data).toEqual(expected);
    expect((await call('GET', { url: '/push/certificate?provider=2' })).body.data).toEqual(expected);
    expect((await call('GET', { url: '/push/certificate?provider=2&environment=1' })).body.data).toEqual(expected);
    const [row] = await server.sql(`SELECT app_secret_sealed FROM push_certificates WHERE app_id = $1 AND name = 'hw'`, [tenant.appId]);
    expect(row.app_secret_sealed).not.toContain('huawei-client-secret');
  });

  it('masks an APNs key to its last four characters and a short secret entirely', async () => {
    expect((await call('POST', { body: APNS })).body.code).toBe(200);
    const apns = (await call('GET', { url: '/push/certificate?provider=1' })).body.data;
    expect(apns).toMatchObject({ name: 'ios', provider: 1, key_id: 'KEY1234567', team_id: 'TEAM123456', bundle_id: 'com.example.im', app_secret: null });
    expect(apns.certificate).toBe(`****${APNS_KEY_PEM.slice(-4)}`);
    expect((await call('POST', { body: { name: 'mz', provider: 4, app_id: '1', app_secret: 'short' } })).body.data.app_secret).toBe('****');
  });

  it('updates named fields, keeps the others, and bumps the version adapters cache by', async () => {
    await call('POST', { body: { name: 'xm', provider: 3, app_secret: 'xiaomi-secret-0001', package_name: 'com.example.im' } });
    const updated = await call('PUT', { body: { name: 'xm', app_secret: 'xiaomi-secret-0002' } });
    expect(updated.body.data).toMatchObject({ name: 'xm', provider: 3, app_secret: '****0002', package_name: 'com.example.im' });
    const [row] = await server.sql(`SELECT version FROM push_certificates WHERE app_id = $1 AND name = 'xm'`, [tenant.appId]);
    expect(row.version).toBe(2);
  });

  it('deletes by name; the provider then reads as absent', async () => {
    await call('POST', { body: { name: 'vv', provider: 5, app_id: 'v1', app_key: 'vk', app_secret: 'vivo-secret-000001' } });
    expect((await call('DELETE', { body: { name: 'vv' } })).body).toMatchObject({ code: 200, data: true });
    expect((await call('GET', { url: '/push/certificate?provider=5' })).body).toMatchObject({
      code: 10002,
      message: 'provider: this app has no certificate for provider 5 in environment 1',
    });
    expect((await call('DELETE', { body: { name: 'vv' } })).body).toMatchObject({ code: 10002, message: 'name: this app has no certificate named "vv"' });
  });

  it.each([
    ['POST', 'app_secret: is required for provider 2 (needs app_id, app_secret)', { name: 'x1', provider: 2, app_id: '1' }],
    ['POST', 'provider: must be 1 to 7 (1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM)', { name: 'x1', provider: 9, app_id: '1' }],
    ['POST', 'name: must not start or end with spaces', { name: ' x1', provider: 2, app_id: '1', app_secret: 's' }],
    ['POST', 'environment: must be 0 (development) or 1 (production)', { name: 'x1', provider: 2, app_id: '1', app_secret: 's', environment: 3 }],
    ['POST', 'certificate: for FCM send the service-account JSON with project_id, client_email, private_key and private_key_id', { name: 'x1', provider: 7, certificate: '{"project_id":"p"}' }],
    ['POST', 'certificate: for APNs send the .p8 key file text (PEM "-----BEGIN PRIVATE KEY-----")', { ...APNS, name: 'x1', environment: 0, certificate: 'not a pem' }],
    ['POST', 'app_secret: must be 1 to 1024 characters', { ...HUAWEI, name: 'hw2', app_secret: 'x'.repeat(1025) }],
    ['PUT', 'name: this app has no certificate named "nope"', { name: 'nope', app_secret: 's' }],
    ['PUT', 'name: is required', { app_secret: 's' }],
    ['DELETE', 'name: is required', {}],
  ] as const)('%s → 10002 %s', async (method, message, body) => {
    expect((await call(method, { body })).body).toMatchObject({ code: 10002, message });
  });

  it.each([
    ['/push/certificate', 'provider: is required'],
    ['/push/certificate?provider=abc', 'provider: must be 1 to 7 (1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM)'],
    ['/push/certificate?provider=2&environment=2', 'environment: must be 0 (development) or 1 (production)'],
    ['/push/certificate?provider=6', 'provider: this app has no certificate for provider 6 in environment 1'],
  ])('GET %s → 10002 %s', async (url, message) => {
    expect((await call('GET', { url })).body).toMatchObject({ code: 10002, message });
  });

  it('refuses a second certificate of a name, or of a provider and environment, with 10011', async () => {
    expect((await call('POST', { body: { ...HUAWEI, environment: 0 } })).body).toMatchObject({
      code: 10011,
      message: 'name: this app already has a certificate named "hw"; update it with PUT',
    });
    expect((await call('POST', { body: { ...HUAWEI, name: 'hw-again' } })).body).toMatchObject({
      code: 10011,
      message: 'provider: this app already has a certificate for provider 2 in environment 1; update or delete it first',
    });
  });

  it('refuses user tokens (10010), with or without user_id / group_id headers, and tokens of another app (10008)', async () => {
    const foreign = await createTenant(server, 'foreign');
    for (const method of ['GET', 'POST', 'PUT', 'DELETE'] as const) {
      const url = method === 'GET' ? '/push/certificate?provider=2' : undefined;
      const body = method === 'GET' ? undefined : HUAWEI;
      expect((await call(method, { url, body, token: user.token })).body).toMatchObject({ code: 10010, message: 'this operation needs the app admin access-token' });
      expect((await call(method, { url, body, token: user.token, headers: { user_id: String(user.userId) } })).body.code).toBe(10010);
      expect((await call(method, { url, body, token: user.token, headers: { group_id: '1000000001' } })).body.code).toBe(10010);
      expect((await call(method, { url, body, token: foreign.adminToken })).body.code).toBe(10008);
    }
  });

  it("keeps apps apart: another app neither sees nor changes this app's certificates", async () => {
    const other = await createTenant(server, 'other');
    expect((await call('GET', { url: '/push/certificate?provider=2', as: other })).body.code).toBe(10002);
    expect((await call('PUT', { body: { name: 'hw', app_secret: 'stolen-secret-0000' }, as: other })).body.code).toBe(10002);
    expect((await call('DELETE', { body: { name: 'hw' }, as: other })).body.code).toBe(10002);
    expect((await call('GET', { url: '/push/certificate?provider=2' })).body.data).toMatchObject({ name: 'hw', app_secret: '****3456' });
    // the same name and provider are free in the other app
    expect((await call('POST', { body: HUAWEI, as: other })).body.code).toBe(200);
  });

  it('lets the admin token act with a user_id header (the routes are app-wide)', async () => {
    const answer = await call('GET', { url: '/push/certificate?provider=2', headers: { user_id: String(user.userId) } });
    expect(answer.body).toMatchObject({ code: 200, data: { name: 'hw' } });
  });
});

describe('the /push operations of the MaxIM catalogue', () => {
  const operations = catalogueOperations('/push');
  let server: TestServer;
  let tenant: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
  });
  afterAll(() => server.close());

  it('lists all 3 operations', () => {
    expect(operations).toHaveLength(3);
  });

  it.each(operations.map((operation) => [operation.method, operation.path] as const))('%s %s is served', async (method, path) => {
    const response = await server.request({ method, url: path, appId: tenant.appId, token: tenant.adminToken });
    expect(response.status).not.toBe(404);
    expect(response.status).toBeLessThan(500);
    expect(response.body.code).not.toBe(404);
  });
});
