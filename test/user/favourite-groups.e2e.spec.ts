import { UserNoticeType } from '../../src/notice/notice.types';
import { createGroup, destroyGroup } from '../group/fixtures';
import { RosterWorld } from '../roster/roster.fixtures';
import { createTenant, createUser, TestUser } from '../server';

describe('/user/favgroups: favourite (saved) groups (our extension, SealTalk /user/favgroups)', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  const group = (user: TestUser, members: TestUser[] = [], name = 'test group') => createGroup(world.server, world.tenant, user, { members, name });

  it('saves groups the caller is in, lists them newest first with their information, pages, and unsaves', async () => {
    const [alice, bob] = await world.users(2);
    const first = await group(bob, [alice], 'first');
    const second = await group(alice, [], 'second');
    const third = await group(alice, [bob], 'third');
    for (const groupId of [first, second, third]) expect((await world.as(alice, 'POST', `/user/favgroups?group_id=${groupId}`)).body).toEqual({ code: 200, message: null, data: true });
    await world.ok(alice, 'POST', `/user/favgroups?group_id=${first}`);

    const all = await world.as(alice, 'GET', '/user/favgroups');
    expect(all.body).toEqual({
      code: 200,
      message: null,
      data: [
        { group_id: third, name: 'third', owner_id: alice.userId, member_count: 2, saved_time: expect.any(Number) },
        { group_id: second, name: 'second', owner_id: alice.userId, member_count: 1, saved_time: expect.any(Number) },
        { group_id: first, name: 'first', owner_id: bob.userId, member_count: 2, saved_time: expect.any(Number) },
      ],
    });
    const page1 = (await world.as(alice, 'GET', '/user/favgroups?limit=2')).body;
    expect(page1.data.map((item: { group_id: number }) => item.group_id)).toEqual([third, second]);
    const page2 = (await world.as(alice, 'GET', `/user/favgroups?limit=2&cursor=${page1.cursor}`)).body;
    expect(page2).toEqual({ code: 200, message: null, data: [all.body.data[2]] });

    expect((await world.as(alice, 'DELETE', `/user/favgroups?group_id=${second}`)).body).toEqual({ code: 200, message: null, data: true });
    await world.ok(alice, 'DELETE', `/user/favgroups?group_id=${second}`);
    expect((await world.ok(alice, 'GET', '/user/favgroups')).data.map((item: { group_id: number }) => item.group_id)).toEqual([third, first]);
    expect((await world.ok(bob, 'GET', '/user/favgroups')).data).toEqual([]);
  });

  it('hides a saved group the caller left or that was dissolved, and still lets it be unsaved', async () => {
    const [alice, bob] = await world.users(2);
    const left = await group(bob, [alice]);
    const dissolved = await group(bob, [alice]);
    await world.ok(alice, 'POST', `/user/favgroups?group_id=${left}`);
    await world.ok(alice, 'POST', `/user/favgroups?group_id=${dissolved}`);
    await world.ok(alice, 'POST', `/group/leave?group_id=${left}`);
    await destroyGroup(world.server, dissolved);
    expect((await world.ok(alice, 'GET', '/user/favgroups')).data).toEqual([]);
    expect((await world.as(alice, 'DELETE', `/user/favgroups?group_id=${left}`)).body.data).toBe(true);
    expect((await world.as(alice, 'POST', `/user/favgroups?group_id=${dissolved}`)).body.code).toBe(20001);
  });

  it("tells the caller's devices USER INFO_UPDATED when the saved set changes, and nobody else", async () => {
    const [alice, bob] = await world.users(2);
    const groupId = await group(bob, [alice]);
    await world.ok(alice, 'POST', `/user/favgroups?group_id=${groupId}`);
    await world.ok(alice, 'POST', `/user/favgroups?group_id=${groupId}`);
    await world.ok(alice, 'DELETE', `/user/favgroups?group_id=${groupId}`);
    await world.ok(alice, 'DELETE', `/user/favgroups?group_id=${groupId}`);
    const infoUpdated = { type: UserNoticeType.InfoUpdated, fromId: alice.userId, toIds: [alice.userId] };
    expect(await world.userNotices(alice)).toEqual([infoUpdated, infoUpdated]);
    expect(await world.userNotices(bob)).toEqual([]);
  });

  it('refuses a group the caller is not in (20002), an unknown group (20001) and bad input (10002)', async () => {
    const [alice, bob] = await world.users(2);
    const groupId = await group(bob);
    expect((await world.as(alice, 'POST', `/user/favgroups?group_id=${groupId}`)).body).toEqual({ code: 20002, message: `group_id: you are not a member of group ${groupId}`, data: null });
    expect((await world.as(alice, 'POST', '/user/favgroups?group_id=999999999999')).body.code).toBe(20001);
    const bad = (message: string) => ({ code: 10002, message, data: null });
    expect((await world.as(alice, 'POST', '/user/favgroups')).body).toEqual(bad('group_id: is required'));
    expect((await world.as(alice, 'DELETE', '/user/favgroups?group_id=x')).body).toEqual(bad('group_id: must be an integer id'));
    expect((await world.as(alice, 'GET', '/user/favgroups?limit=0')).body).toEqual(bad('limit: must be at least 1'));
    expect((await world.as(alice, 'GET', '/user/favgroups?limit=501')).body).toEqual(bad('limit: must be at most 500'));
    expect((await world.as(alice, 'GET', '/user/favgroups?cursor=zz')).body.code).toBe(10002);
    expect(await world.userNotices(alice)).toEqual([]);
  });

  it('lets an admin act as the user; refuses impersonation (10010), the admin as nobody and a group of another app', async () => {
    const [alice, bob] = await world.users(2);
    const groupId = await group(bob, [alice]);
    expect((await world.asAdminFor(alice, 'POST', `/user/favgroups?group_id=${groupId}`)).body.data).toBe(true);
    expect((await world.asAdminFor(alice, 'GET', '/user/favgroups')).body.data).toHaveLength(1);
    expect((await world.impersonate(bob, alice, 'DELETE', `/user/favgroups?group_id=${groupId}`)).body.code).toBe(10010);
    expect((await world.server.request({ url: '/user/favgroups', appId: world.tenant.appId, token: world.tenant.adminToken })).body.code).toBe(10010);
    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);
    expect((await world.server.request({ method: 'POST', url: `/user/favgroups?group_id=${groupId}`, appId: other.appId, token: outsider.token })).body.code).toBe(20001);
    expect((await world.server.request({ url: '/user/favgroups', appId: world.tenant.appId, token: outsider.token })).body.code).toBe(10008);
    expect((await world.ok(alice, 'GET', '/user/favgroups')).data).toHaveLength(1);
  });

  it('marks the routes as our extension in the OpenAPI document', async () => {
    const { paths } = (await world.server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect(['get', 'post', 'delete'].map((method) => paths['/user/favgroups'][method]['x-extension'])).toEqual([true, true, true]);
  });
});
