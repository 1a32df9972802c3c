import { RosterWorld } from '../roster/roster.fixtures';
import { createTenant, createUser } from '../server';
import { createGroup, destroyGroup } from './fixtures';

describe('GET /group/common: groups two users are both in (our extension)', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  it('lists the live groups both users belong to, ascending, the same from either side', async () => {
    const [alice, bob, carol] = await world.users(3);
    const both = await createGroup(world.server, world.tenant, alice, { members: [bob] });
    const bobs = await createGroup(world.server, world.tenant, bob, { members: [alice, carol] });
    await createGroup(world.server, world.tenant, alice, { members: [carol] });
    const destroyed = await createGroup(world.server, world.tenant, alice, { members: [bob] });
    await destroyGroup(world.server, destroyed);

    expect((await world.as(alice, 'GET', `/group/common?user_id=${bob.userId}`)).body).toEqual({ code: 200, message: null, data: [both, bobs].sort((a, b) => a - b) });
    expect((await world.ok(bob, 'GET', `/group/common?user_id=${alice.userId}`)).data).toEqual([both, bobs].sort((a, b) => a - b));
    const left = await createGroup(world.server, world.tenant, carol, { members: [alice, bob] });
    await world.ok(bob, 'POST', `/group/leave?group_id=${left}`);
    expect((await world.ok(alice, 'GET', `/group/common?user_id=${bob.userId}`)).data).toEqual([both, bobs].sort((a, b) => a - b));
    const [dave] = await world.users(1);
    expect((await world.ok(alice, 'GET', `/group/common?user_id=${dave.userId}`)).data).toEqual([]);
  });

  it.each([
    ['/group/common', 'user_id: is required'],
    ['/group/common?user_id=abc', 'user_id: must be an integer id'],
  ])('refuses GET %s with 10002: %s', async (url, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'GET', url)).body).toEqual({ code: 10002, message, data: null });
  });

  it('refuses yourself (10002) and an unknown user (10000)', async () => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'GET', `/group/common?user_id=${alice.userId}`)).body).toEqual({
      code: 10002,
      message: 'user_id: name another user; your own groups are in /group/user_joined',
      data: null,
    });
    expect((await world.as(alice, 'GET', '/group/common?user_id=999999999')).body).toEqual({ code: 10000, message: 'user 999999999 does not exist in this app', data: null });
  });

  it('acts as the user for an admin token, and refuses impersonation by a user token, an admin acting as nobody and other apps', async () => {
    const [alice, bob] = await world.users(2);
    const groupId = await createGroup(world.server, world.tenant, alice, { members: [bob] });
    expect((await world.asAdminFor(bob, 'GET', `/group/common?user_id=${alice.userId}`)).body.data).toEqual([groupId]);
    const impersonating = await world.impersonate(bob, alice, 'GET', `/group/common?user_id=${bob.userId}`);
    expect(impersonating.body.code).toBe(10010);
    expect((await world.server.request({ url: `/group/common?user_id=${bob.userId}`, appId: world.tenant.appId, token: world.tenant.adminToken })).body.code).toBe(10010);

    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);
    expect((await world.server.request({ url: `/group/common?user_id=${bob.userId}`, appId: world.tenant.appId, token: outsider.token })).body.code).toBe(10008);
    expect((await world.as(alice, 'GET', `/group/common?user_id=${outsider.userId}`)).body.code).toBe(10000);
  });

  it('is marked as our extension in the OpenAPI document', async () => {
    const document = (await world.server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect(document.paths['/group/common'].get['x-extension']).toBe(true);
  });
});
