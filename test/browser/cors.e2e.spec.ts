import { createTenant, startTestServer, Tenant, TestServer } from '../server';

/** What a browser sends before a call with MaxIM's SDK headers (floo-web src/sdk/utils/request.js). */
function preflight(server: TestServer, origin: string, method = 'POST', headers = 'app_id,access-token,content-type') {
  return server.app.inject({
    method: 'OPTIONS',
    url: '/roster/list',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  });
}

describe('CORS', () => {
  describe('with the default CORS_ORIGINS (*)', () => {
    let server: TestServer;
    let tenant: Tenant;

    beforeAll(async () => {
      server = await startTestServer();
      tenant = await createTenant(server);
    });
    afterAll(() => server.close());

    it('answers the preflight of any origin for the SDK\'s headers and methods, without credentials', async () => {
      const response = await preflight(server, 'https://chat.example.com', 'PUT', 'app_id,access-token,user_id,group_id,x-request-id,content-type');
      expect(response.statusCode).toBe(204);
      expect(response.headers).toMatchObject({
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD, POST, PUT, DELETE',
        'access-control-allow-headers': 'app_id, access-token, user_id, group_id, x-request-id, content-type',
        'access-control-max-age': '3600',
      });
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('lets the page read x-request-id and Retry-After from the answer', async () => {
      const response = await server.app.inject({ method: 'GET', url: '/user/profile', headers: { origin: 'https://chat.example.com', app_id: tenant.appId } });
      expect(response.json()).toMatchObject({ code: 10003 });
      expect(response.headers['access-control-allow-origin']).toBe('*');
      expect(response.headers['access-control-expose-headers']).toBe('x-request-id, Retry-After');
      expect(response.headers['x-request-id']).toEqual(expect.any(String));
    });

    it('answers a bare OPTIONS without an Origin with an empty 204, never a plain-text error', async () => {
      const response = await server.app.inject({ method: 'OPTIONS', url: '/user/profile' });
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');
    });
  });

  describe('with CORS_ORIGINS set to a list', () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer({ corsOrigins: ['https://chat.example.com', 'http://127.0.0.1:5173'] });
    });
    afterAll(() => server.close());

    it('lets a listed origin in, naming it (and varying on Origin for caches)', async () => {
      const response = await preflight(server, 'http://127.0.0.1:5173');
      expect(response.headers['access-control-allow-origin']).toBe('http://127.0.0.1:5173');
      expect(String(response.headers.vary)).toMatch(/Origin/i);
    });

    it('gives an unlisted origin no Access-Control-Allow-Origin, so its browser refuses the call', async () => {
      const response = await preflight(server, 'https://evil.example');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      const call = await server.app.inject({ method: 'GET', url: '/user/profile', headers: { origin: 'https://evil.example' } });
      expect(call.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});

describe("GET / (the web SDK's speed test)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers a bare GET / with no app_id or token: small, in the envelope, cacheable, readable from other origins', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/', headers: { origin: 'https://chat.example.com' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ code: 200, message: null, data: null });
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.body.length).toBeLessThan(64);
  });
});
