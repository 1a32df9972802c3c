import { RosterNoticeType as N } from '../../src/notice/notice.types';
import { createTenant, createUser } from '../server';
import { RosterWorld } from './roster.fixtures';

describe('/roster address-book extensions: star, relation, mobile_search read-back', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  it('stars and unstars friends, lists them in id order, and tells only the caller INFO_UPDATED when the star flips', async () => {
    const [alice, bob, carol] = await world.users(3);
    await world.befriend(alice, bob);
    await world.befriend(alice, carol);
    const before = await world.notices(alice);

    expect((await world.as(alice, 'POST', `/roster/star?user_id=${carol.userId}`)).body).toEqual({ code: 200, message: null, data: true });
    expect((await world.as(alice, 'PUT', `/roster/star?user_id=${bob.userId}`)).body.data).toBe(true);
    await world.ok(alice, 'POST', `/roster/star?user_id=${bob.userId}`);
    expect((await world.as(alice, 'GET', '/roster/star_list')).body).toEqual({ code: 200, message: null, data: [bob.userId, carol.userId].sort((a, b) => a - b) });
    expect((await world.ok(bob, 'GET', '/roster/star_list')).data).toEqual([]);

    expect((await world.notices(alice)).slice(before.length)).toEqual([
      { type: N.InfoUpdated, fromId: carol.userId, toIds: [alice.userId], content: null },
      { type: N.InfoUpdated, fromId: bob.userId, toIds: [alice.userId], content: null },
    ]);
    expect(await world.noticeTypes(bob)).toEqual([N.Added]);

    expect((await world.as(alice, 'DELETE', `/roster/unstar?user_id=${carol.userId}`)).body.data).toBe(true);
    await world.ok(alice, 'POST', `/roster/unstar?user_id=${carol.userId}`);
    expect((await world.ok(alice, 'GET', '/roster/star_list')).data).toEqual([bob.userId]);
    expect((await world.notices(alice)).slice(before.length + 2)).toEqual([{ type: N.InfoUpdated, fromId: carol.userId, toIds: [alice.userId], content: null }]);
  });

  it('hides the star of a deleted friend and shows it again when they are friends again', async () => {
    const [alice, bob] = await world.users(2);
    await world.befriend(alice, bob);
    await world.ok(alice, 'POST', `/roster/star?user_id=${bob.userId}`);
    await world.ok(bob, 'POST', `/roster/delete?user_id=${alice.userId}`);
    expect((await world.ok(alice, 'GET', '/roster/star_list')).data).toEqual([]);
    expect((await world.as(alice, 'POST', `/roster/star?user_id=${bob.userId}`)).body).toEqual({
      code: 10002,
      message: `user_id: user ${bob.userId} is not your friend`,
      data: null,
    });
    await world.befriend(bob, alice);
    expect((await world.ok(alice, 'GET', '/roster/star_list')).data).toEqual([bob.userId]);
  });

  it.each([
    ['POST', '/roster/star', 'user_id: is required'],
    ['POST', '/roster/star?user_id=abc', 'user_id: must be an integer id'],
    ['DELETE', '/roster/unstar?user_id=0', 'user_id: must be a positive id'],
    ['GET', '/roster/relation', 'user_id: is required'],
  ] as const)('refuses %s %s with 10002: %s', async (method, url, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, method, url)).body).toEqual({ code: 10002, message, data: null });
  });

  it('refuses to star yourself, a stranger (10002) or an unknown user (10000)', async () => {
    const [alice, stranger] = await world.users(2);
    expect((await world.as(alice, 'POST', `/roster/star?user_id=${alice.userId}`)).body).toEqual({ code: 10002, message: 'user_id: you cannot star yourself', data: null });
    expect((await world.as(alice, 'POST', `/roster/unstar?user_id=${alice.userId}`)).body).toEqual({ code: 10002, message: 'user_id: you cannot unstar yourself', data: null });
    expect((await world.as(alice, 'POST', `/roster/star?user_id=${stranger.userId}`)).body.code).toBe(10002);
    expect((await world.as(alice, 'POST', '/roster/star?user_id=999999999')).body).toEqual({ code: 10000, message: 'user 999999999 does not exist in this app', data: null });
    expect(await world.notices(alice)).toEqual([]);
  });

  it('GET /roster/relation says friends, blocking and blocked_by from the caller side', async () => {
    const [alice, bob, carol] = await world.users(3);
    await world.befriend(alice, bob);
    expect((await world.as(alice, 'GET', `/roster/relation?user_id=${bob.userId}`)).body).toEqual({
      code: 200,
      message: null,
      data: { user_id: bob.userId, friends: true, blocking: false, blocked_by: false },
    });
    await world.ok(carol, 'POST', `/roster/block?user_id=${alice.userId}`);
    expect((await world.ok(alice, 'GET', `/roster/relation?user_id=${carol.userId}`)).data).toEqual({ user_id: carol.userId, friends: false, blocking: false, blocked_by: true });
    expect((await world.ok(carol, 'GET', `/roster/relation?user_id=${alice.userId}`)).data).toEqual({ user_id: alice.userId, friends: false, blocking: true, blocked_by: false });
    await world.ok(bob, 'POST', `/roster/delete?user_id=${alice.userId}`);
    expect((await world.ok(alice, 'GET', `/roster/relation?user_id=${bob.userId}`)).data.friends).toBe(false);

    expect((await world.as(alice, 'GET', `/roster/relation?user_id=${alice.userId}`)).body).toEqual({
      code: 10002,
      message: 'user_id: ask about another user, not yourself',
      data: null,
    });
    expect((await world.as(alice, 'GET', '/roster/relation?user_id=999999999')).body.code).toBe(10000);
  });

  it('reads back the mobile_search switch (true by default)', async () => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'GET', '/roster/mobile_search')).body).toEqual({ code: 200, message: null, data: true });
    await world.ok(alice, 'PUT', '/roster/mobile_search?value=false');
    expect((await world.ok(alice, 'GET', '/roster/mobile_search')).data).toBe(false);
    await world.ok(alice, 'POST', '/roster/mobile_search?value=true');
    expect((await world.ok(alice, 'GET', '/roster/mobile_search')).data).toBe(true);
  });

  it('acts as the user for an admin token with user_id, and refuses impersonation by a user token (10010)', async () => {
    const [alice, bob] = await world.users(2);
    await world.befriend(alice, bob);
    expect((await world.asAdminFor(alice, 'POST', `/roster/star?user_id=${bob.userId}`)).body.data).toBe(true);
    expect((await world.asAdminFor(alice, 'GET', '/roster/star_list')).body.data).toEqual([bob.userId]);
    expect((await world.asAdminFor(bob, 'GET', `/roster/relation?user_id=${alice.userId}`)).body.data.friends).toBe(true);

    const impersonating = await world.impersonate(bob, alice, 'POST', `/roster/unstar?user_id=${bob.userId}`);
    expect(impersonating.body.code).toBe(10010);
    expect((await world.ok(alice, 'GET', '/roster/star_list')).data).toEqual([bob.userId]);
    const adminAsNobody = await world.server.request({ url: '/roster/star_list', appId: world.tenant.appId, token: world.tenant.adminToken });
    expect(adminAsNobody.body.code).toBe(10010);
  });

  it("keeps apps apart: another app's token is refused and its users are unknown here", async () => {
    const [alice] = await world.users(1);
    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);
    expect((await world.server.request({ url: '/roster/star_list', appId: world.tenant.appId, token: outsider.token })).body.code).toBe(10008);
    expect((await world.server.request({ url: '/roster/mobile_search', appId: other.appId, token: alice.token })).body.code).toBe(10008);
    expect((await world.as(alice, 'POST', `/roster/star?user_id=${outsider.userId}`)).body.code).toBe(10000);
    expect((await world.as(alice, 'GET', `/roster/relation?user_id=${outsider.userId}`)).body.code).toBe(10000);
  });

  it('ignores a friend request silently: it leaves the list, the applicant hears nothing and may apply again', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(bob, { auth_mode: 1 });
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId, reason: 'hi' });
    const aliceBefore = await world.notices(alice);

    expect((await world.as(bob, 'POST', `/roster/ignore?user_id=${alice.userId}`)).body).toEqual({ code: 200, message: null, data: true });
    expect(await world.applications(bob)).toEqual([]);
    expect(await world.notices(alice)).toEqual(aliceBefore);
    expect((await world.as(bob, 'POST', `/roster/accept?user_id=${alice.userId}`)).body).toEqual({
      code: 10007,
      message: `user ${alice.userId} has no friend request to you`,
      data: null,
    });
    expect((await world.as(bob, 'POST', `/roster/ignore?user_id=${alice.userId}`)).body).toEqual({
      code: 10007,
      message: `user ${alice.userId} has no friend request to you`,
      data: null,
    });

    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId, reason: 'again' });
    expect(await world.applications(bob)).toEqual([expect.objectContaining({ user_id: alice.userId, reason: 'again', status: 0 })]);
  });

  it('refuses ignore for an unknown applicant (10000) and a bad id (10002), and a user token acting for another (10010)', async () => {
    const [alice, bob] = await world.users(2);
    expect((await world.as(bob, 'POST', '/roster/ignore?user_id=999999999')).body.code).toBe(10000);
    expect((await world.as(bob, 'POST', '/roster/ignore?user_id=x')).body).toEqual({ code: 10002, message: 'user_id: must be an integer id', data: null });
    const impersonating = await world.impersonate(alice, bob, 'POST', `/roster/ignore?user_id=${alice.userId}`);
    expect(impersonating.body.code).toBe(10010);
  });

  it('marks every new route as our extension in the OpenAPI document', async () => {
    const document = (await world.server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    const marked = (path: string, method: string) => document.paths[path][method]['x-extension'];
    for (const [path, method] of [
      ['/roster/star', 'post'],
      ['/roster/star', 'put'],
      ['/roster/unstar', 'post'],
      ['/roster/unstar', 'delete'],
      ['/roster/star_list', 'get'],
      ['/roster/relation', 'get'],
      ['/roster/ignore', 'post'],
      ['/roster/mobile_search', 'get'],
      ['/roster/mobile_search', 'post'],
    ]) {
      expect([path, method, marked(path, method)]).toEqual([path, method, true]);
    }
    expect(marked('/roster/list', 'get')).toBeUndefined();
  });
});
