import { catalogueOperations } from '../catalogue';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

const operations = catalogueOperations('/user');

describe('the /user operations of the MaxIM catalogue', () => {
  let server: TestServer;
  let tenant: Tenant;
  let user: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    user = await createUser(server, tenant);
  });
  afterAll(() => server.close());

  it('lists all 71 operations', () => {
    expect(operations).toHaveLength(71);
  });

  it.each(operations.map((operation) => [operation.method, operation.path] as const))('%s %s is served', async (method, path) => {
    // Sent without a body, /user/delete is refused for its missing password, so the user survives for the rest.
    const response = await server.request({ method, url: path, appId: tenant.appId, token: user.token });
    expect(response.status).not.toBe(404);
    expect(response.status).toBeLessThan(500);
    expect(response.body.code).not.toBe(404);
  });
});
