import { catalogueOperations } from '../catalogue';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { fileTestConfig } from './fixtures';

const operations = catalogueOperations('/file');

describe('the /file operations of the MaxIM catalogue', () => {
  let server: TestServer;
  let tenant: Tenant;
  let user: TestUser;

  beforeAll(async () => {
    server = await startTestServer(fileTestConfig());
    tenant = await createTenant(server);
    user = await createUser(server, tenant);
  });
  afterAll(() => server.close());

  it('lists all 6 operations', () => {
    expect(operations).toHaveLength(6);
  });

  it.each(operations.map((operation) => [operation.method, operation.path] as const))('%s %s is served', async (method, path) => {
    const response = await server.request({ method, url: path, appId: tenant.appId, token: user.token });
    expect(response.status).not.toBe(404);
    expect(response.status).toBeLessThan(500);
    expect(response.body.code).not.toBe(404);
  });

  it.each(operations.map((operation) => [operation.method, operation.path] as const))(
    '%s %s refuses a user token sending user_id or group_id (10010) and a token of another app (10008)',
    async (method, path) => {
      const foreign = await createUser(server, await createTenant(server, 'foreign'));
      const call = (token: string, headers?: Record<string, string>) => server.request({ method, url: path, appId: tenant.appId, token, headers });
      expect((await call(user.token, { user_id: String(user.userId) })).body.code).toBe(10010);
      expect((await call(user.token, { group_id: '1000000000' })).body.code).toBe(10010);
      expect((await call(foreign.token)).body.code).toBe(10008);
    },
  );
});
