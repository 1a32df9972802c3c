import { catalogueOperations } from '../catalogue';
import { createTenant, createUser, RequestOptions } from '../server';
import { RosterWorld } from './roster.fixtures';

const operations = catalogueOperations('/roster');

describe('the /roster operations of the MaxIM catalogue', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  it('lists all 22 operations', () => {
    expect(operations).toHaveLength(22);
  });

  it.each(operations.map((operation) => [operation.method, operation.path]))('%s %s is served', async (method, path) => {
    const [user] = await world.users(1);
    const response = await world.as(user, method as RequestOptions['method'], path);
    expect(response.status).not.toBe(404);
    expect(response.status).toBeLessThan(500);
    expect(response.body.code).not.toBe(404);
  });

  it.each(operations.map((operation) => [operation.method, operation.path]))(
    '%s %s refuses a user token sending user_id (10010) and a token of another app (10008)',
    async (method, path) => {
      const [user, other] = await world.users(2);
      const foreign = await createUser(world.server, await createTenant(world.server, 'foreign'));
      const call = (token: string, headers?: Record<string, string>) =>
        world.server.request({ method: method as RequestOptions['method'], url: path, appId: world.tenant.appId, token, headers });
      expect((await call(user.token, { user_id: String(other.userId) })).body.code).toBe(10010);
      expect((await call(foreign.token)).body.code).toBe(10008);
    },
  );
});
