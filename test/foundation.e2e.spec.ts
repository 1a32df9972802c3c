import { createTenant, createUser, startTestServer, Tenant, TestServer } from './server';

describe('envelope, errors and the HTTP edge', () => {
  let server: TestServer;
  let tenant: Tenant;

  beforeAll(async () => {
    server = await startTestServer({ bodyLimitBytes: 2048 });
    tenant = await createTenant(server);
  });
  afterAll(() => server.close());

  it('wraps success in {code: 200, message: null, data} with HTTP 200, POST included', async () => {
    const response = await server.request({ method: 'POST', url: '/user/register/v2', appId: tenant.appId, body: { username: 'envelope_ok', password: 'secret-password' } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ code: 200, message: null });
    expect(response.body.data.user_id).toEqual(expect.any(Number));
  });

  it('answers business errors with HTTP 200 and the business code', async () => {
    const response = await server.request({ url: '/user/profile', appId: tenant.appId });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ code: 10003, message: 'access-token header: required for this operation', data: null });
  });

  it('refuses malformed JSON with HTTP 400 and 10002 in the envelope', async () => {
    const response = await server.request({ method: 'POST', url: '/user/register/v2', appId: tenant.appId, rawBody: '{"username": ' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe(10002);
    expect(response.body.message).toMatch(/^request body is not valid JSON/);
  });

  it('refuses a body over the limit with HTTP 413 and names the limit', async () => {
    const response = await server.request({
      method: 'POST',
      url: '/user/register/v2',
      appId: tenant.appId,
      body: { username: 'x', password: 'y'.repeat(4000) },
    });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ code: 10002, message: 'request body is larger than the 2048 bytes this server accepts', data: null });
  });

  it('answers unknown routes with HTTP 404 in the envelope', async () => {
    const response = await server.request({ url: '/no/such/route', appId: tenant.appId });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe(404);
    expect(response.body.data).toBeNull();
  });

  it('requires app_id and names unknown apps with 40000', async () => {
    expect((await server.request({ url: '/user/profile' })).body).toEqual({ code: 10002, message: 'app_id header: required on every call', data: null });
    expect((await server.request({ url: '/user/profile', appId: 'nope' })).body).toEqual({ code: 40000, message: 'app_id "nope" does not exist', data: null });
  });

  it('refuses unknown body fields with 10002 naming the field', async () => {
    const response = await server.request({
      method: 'POST',
      url: '/user/register/v2',
      appId: tenant.appId,
      body: { username: 'unknown_field', password: 'secret-password', role: 'admin' },
    });
    expect(response.body).toEqual({ code: 10002, message: 'role: unknown field; remove it', data: null });
  });

  it('returns a request id header on every answer', async () => {
    const response = await server.request({ url: '/user/profile', appId: tenant.appId, headers: { 'x-request-id': 'trace-me' } });
    expect(response.headers['x-request-id']).toBe('trace-me');
    const generated = await server.request({ url: '/user/profile', appId: tenant.appId });
    expect(generated.headers['x-request-id']).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
  });

  it('serves the OpenAPI document generated from the controllers', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/docs-json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/token/user', '/token/id', '/token/login', '/user/register', '/user/register/v2', '/user/register/batch', '/user/profile']));
    expect(document.components.schemas.TokenByUserIdDto.properties.user_id).toMatchObject({ type: 'integer', format: 'int64' });
  });

  it('answers 5xx without internals and with the request id', async () => {
    await server.sql(`ALTER TABLE users RENAME COLUMN nick_name TO nick_name_gone`);
    try {
      const user = await server.request({ method: 'POST', url: '/token/user', appId: tenant.appId, body: { name: 'envelope_ok', password: 'secret-password' } });
      const response = await server.request({ url: '/user/profile', appId: tenant.appId, token: user.body.data.token, headers: { 'x-request-id': 'fault-1' } });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({ code: 20000, message: 'database error; quote request id fault-1 when reporting it', data: null });
    } finally {
      await server.sql(`ALTER TABLE users RENAME COLUMN nick_name_gone TO nick_name`);
    }
  });

  it('works for a logged-in user after all that', async () => {
    const user = await createUser(server, tenant);
    const response = await server.request({ url: '/user/profile', appId: tenant.appId, token: user.token });
    expect(response.body.data).toMatchObject({ user_id: user.userId, username: user.username });
  });
});
