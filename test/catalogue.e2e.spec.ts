import { catalogueOperations } from './catalogue';
import { fileTestConfig } from './file/fixtures';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from './server';

/** Operations per area of MaxIM's catalogue (196 in all); the authorization sweep (test/fault) checks who may call them. */
const AREAS: Record<string, number> = { '/user': 71, '/roster': 22, '/group': 78, '/message': 11, '/ai': 2, '/file': 6, '/push': 3, '/token': 3 };

const operations = Object.keys(AREAS).flatMap((prefix) => catalogueOperations(prefix));

describe('the MaxIM catalogue', () => {
  let server: TestServer;
  let tenant: Tenant;
  let user: TestUser;

  beforeAll(async () => {
    server = await startTestServer(fileTestConfig());
    tenant = await createTenant(server);
    user = await createUser(server, tenant);
  });
  afterAll(() => server.close());

  it.each(Object.entries(AREAS))('lists every operation of %s (%i)', (prefix, count) => {
    expect(catalogueOperations(prefix)).toHaveLength(count);
  });

  it('covers all 196 operations', () => {
    expect(operations).toHaveLength(196);
  });

  it.each(operations.map((operation) => [operation.method, operation.path] as const))('%s %s is served', async (method, path) => {
    // The admin token acting as the user: an operation that ends the user's sessions (kick) cannot lock the rest out.
    // Sent without a body, /user/delete is refused for its missing password, so the user survives for the rest.
    const response = await server.request({ method, url: path, appId: tenant.appId, token: tenant.adminToken, headers: { user_id: String(user.userId) } });
    expect(response.status).not.toBe(404);
    expect(response.status).toBeLessThan(500);
    expect(response.body.code).not.toBe(404);
  });
});
