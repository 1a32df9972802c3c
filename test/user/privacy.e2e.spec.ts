import { UserNoticeType } from '../../src/notice/notice.types';
import { RosterWorld } from '../roster/roster.fixtures';
import { createTenant, createUser } from '../server';

describe('/user/privacy: privacy switches set and read back', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  it('reads the defaults, changes only the switches sent, and shows auth_mode and group_confirm set through /user/settings', async () => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'GET', '/user/privacy')).body).toEqual({
      code: 200,
      message: null,
      data: { mobile_searchable: true, username_searchable: true, poke_allowed: true, auth_mode: 0, group_confirm: false },
    });
    expect((await world.as(alice, 'POST', '/user/privacy', { poke_allowed: false, username_searchable: false })).body).toEqual({ code: 200, message: null, data: true });
    await world.ok(alice, 'PUT', '/user/privacy', { mobile_searchable: false });
    await world.setSettings(alice, { auth_mode: 1, group_confirm: true });
    expect((await world.ok(alice, 'GET', '/user/privacy')).data).toEqual({
      mobile_searchable: false,
      username_searchable: false,
      poke_allowed: false,
      auth_mode: 1,
      group_confirm: true,
    });
    expect((await world.ok(alice, 'GET', '/roster/mobile_search')).data).toBe(false);
    await world.ok(alice, 'POST', '/roster/mobile_search?value=true');
    expect((await world.ok(alice, 'GET', '/user/privacy')).data.mobile_searchable).toBe(true);
  });

  it('tells the user\'s devices USER INFO_UPDATED when a switch flips (also through /roster/mobile_search), and not when nothing changes', async () => {
    const [alice, bob] = await world.users(2);
    const infoUpdated = { type: UserNoticeType.InfoUpdated, fromId: alice.userId, toIds: [alice.userId] };
    await world.ok(alice, 'POST', '/user/privacy', { poke_allowed: false });
    expect(await world.userNotices(alice)).toEqual([infoUpdated]);
    await world.ok(alice, 'POST', '/user/privacy', { poke_allowed: false, mobile_searchable: true });
    expect(await world.userNotices(alice)).toEqual([infoUpdated]);
    await world.ok(alice, 'PUT', '/roster/mobile_search?value=false');
    expect(await world.userNotices(alice)).toEqual([infoUpdated, infoUpdated]);
    expect(await world.userNotices(bob)).toEqual([]);
  });

  it('hides a user from /roster/name while username_searchable is off, with the same answer as a name nobody has', async () => {
    const [alice, bob] = await world.users(2);
    await world.ok(bob, 'POST', '/user/privacy', { username_searchable: false });
    expect((await world.as(alice, 'GET', `/roster/name?username=${bob.username}`)).body).toEqual({
      code: 10000,
      message: `user "${bob.username}" does not exist in this app`,
      data: null,
    });
    expect((await world.as(alice, 'GET', `/roster/id?user_id=${bob.userId}`)).body.data.user_id).toBe(bob.userId);
    await world.ok(bob, 'POST', '/user/privacy', { username_searchable: true });
    expect((await world.as(alice, 'GET', `/roster/name?username=${bob.username}`)).body.data.user_id).toBe(bob.userId);
  });

  it.each([
    [{}, 'privacy: send at least one of mobile_searchable, username_searchable, poke_allowed'],
    [{ poke_allowed: 'yes' }, 'poke_allowed: must be true or false'],
    [{ mobile_searchable: null }, 'mobile_searchable: must be true or false, not null'],
    [{ username_searchable: 1 }, 'username_searchable: must be true or false'],
  ])('refuses POST /user/privacy %j with 10002: %s', async (body, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'POST', '/user/privacy', body)).body).toEqual({ code: 10002, message, data: null });
    expect((await world.ok(alice, 'GET', '/user/privacy')).data).toMatchObject({ mobile_searchable: true, username_searchable: true, poke_allowed: true });
  });

  it('refuses a field it does not know with 10002', async () => {
    const [alice] = await world.users(1);
    const response = (await world.as(alice, 'POST', '/user/privacy', { auth_mode: 3 })).body;
    expect(response.code).toBe(10002);
    expect(response.message).toContain('auth_mode');
  });

  it('lets an admin token act as the user, and refuses a user token acting for another (10010), an admin acting as nobody and a foreign app', async () => {
    const [alice, bob] = await world.users(2);
    expect((await world.asAdminFor(alice, 'POST', '/user/privacy', { poke_allowed: false })).body.data).toBe(true);
    expect((await world.asAdminFor(alice, 'GET', '/user/privacy')).body.data.poke_allowed).toBe(false);

    const impersonating = await world.impersonate(bob, alice, 'POST', '/user/privacy', { poke_allowed: true });
    expect(impersonating.body.code).toBe(10010);
    expect((await world.ok(alice, 'GET', '/user/privacy')).data.poke_allowed).toBe(false);
    expect((await world.server.request({ url: '/user/privacy', appId: world.tenant.appId, token: world.tenant.adminToken })).body.code).toBe(10010);

    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);
    expect((await world.server.request({ url: '/user/privacy', appId: world.tenant.appId, token: outsider.token })).body.code).toBe(10008);
    const foreignAdmin = await world.server.request({ url: '/user/privacy', appId: other.appId, token: other.adminToken, headers: { user_id: String(alice.userId) } });
    expect(foreignAdmin.body.code).toBe(10000);
  });

  it('marks the privacy routes as our extension in the OpenAPI document', async () => {
    const document = (await world.server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect(['get', 'post', 'put'].map((method) => document.paths['/user/privacy'][method]['x-extension'])).toEqual([true, true, true]);
    expect(document.paths['/user/settings'].get['x-extension']).toBeUndefined();
  });
});
