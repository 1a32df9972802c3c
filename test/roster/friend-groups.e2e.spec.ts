import { UserNoticeType } from '../../src/notice/notice.types';
import { createTenant, createUser, TestUser } from '../server';
import { RosterWorld } from './roster.fixtures';

describe('/roster/groups: named friend groups (our extension, IM v1 /friends/groups)', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  const infoUpdated = (user: TestUser) => ({ type: UserNoticeType.InfoUpdated, fromId: user.userId, toIds: [user.userId] });
  const ascending = (users: TestUser[]) => users.map((user) => user.userId).sort((a, b) => a - b);

  async function withFriends(count: number): Promise<[TestUser, ...TestUser[]]> {
    const [owner, ...friends] = await world.users(count + 1);
    for (const friend of friends) await world.befriend(owner, friend);
    return [owner, ...friends];
  }

  it('creates, reads, renames, fills, empties and deletes friend groups with all 7 operations', async () => {
    const [alice, bob, carol, dave] = await withFriends(3);
    const created = await world.as(alice, 'POST', '/roster/groups', { name: ' Family ', members: [carol.userId, bob.userId, bob.userId] });
    expect(created.body).toEqual({ code: 200, message: null, data: { friend_group_id: expect.any(Number), name: 'Family', members: ascending([bob, carol]) } });
    const family = created.body.data.friend_group_id;
    const work = (await world.ok(alice, 'POST', '/roster/groups', { name: 'Work' })).data.friend_group_id;

    expect((await world.ok(alice, 'GET', '/roster/groups')).data).toEqual([
      { friend_group_id: family, name: 'Family', members: ascending([bob, carol]) },
      { friend_group_id: work, name: 'Work', members: [] },
    ]);
    expect((await world.ok(alice, 'PUT', '/roster/groups/name', { friend_group_id: work, name: 'Office' })).data).toEqual({ friend_group_id: work, name: 'Office', members: [] });
    expect((await world.ok(alice, 'POST', '/roster/groups/members', { friend_group_id: work, members: [dave.userId, bob.userId] })).data.members).toEqual(ascending([bob, dave]));
    expect((await world.ok(alice, 'DELETE', '/roster/groups/members', { friend_group_id: work, members: [bob.userId] })).data.members).toEqual([dave.userId]);
    expect((await world.ok(alice, 'GET', `/roster/group?friend_group_id=${work}`)).data).toEqual({ friend_group_id: work, name: 'Office', members: [dave.userId] });
    expect((await world.as(alice, 'DELETE', `/roster/groups?friend_group_id=${family}`)).body).toEqual({ code: 200, message: null, data: true });
    expect((await world.ok(alice, 'GET', '/roster/groups')).data).toEqual([{ friend_group_id: work, name: 'Office', members: [dave.userId] }]);
    expect(await world.friendIds(alice)).toEqual(ascending([bob, carol, dave]));
  });

  it('shows only current friends, and a friend comes back into the group on becoming a friend again', async () => {
    const [alice, bob, carol] = await withFriends(2);
    const group = (await world.ok(alice, 'POST', '/roster/groups', { name: 'Close', members: [bob.userId, carol.userId] })).data.friend_group_id;
    await world.ok(bob, 'POST', `/roster/delete?user_id=${alice.userId}`);
    expect((await world.ok(alice, 'GET', `/roster/group?friend_group_id=${group}`)).data.members).toEqual([carol.userId]);
    await world.befriend(bob, alice);
    expect((await world.ok(alice, 'GET', `/roster/group?friend_group_id=${group}`)).data.members).toEqual(ascending([bob, carol]));
  });

  it("tells the caller's devices USER INFO_UPDATED for each change, nothing for a change that changes nothing, and nothing to the friends", async () => {
    const [alice, bob] = await withFriends(1);
    const group = (await world.ok(alice, 'POST', '/roster/groups', { name: 'A' })).data.friend_group_id;
    await world.ok(alice, 'PUT', '/roster/groups/name', { friend_group_id: group, name: 'B' });
    await world.ok(alice, 'PUT', '/roster/groups/name', { friend_group_id: group, name: 'B' });
    await world.ok(alice, 'POST', '/roster/groups/members', { friend_group_id: group, members: [bob.userId] });
    await world.ok(alice, 'POST', '/roster/groups/members', { friend_group_id: group, members: [bob.userId] });
    await world.ok(alice, 'DELETE', '/roster/groups/members', { friend_group_id: group, members: [bob.userId] });
    await world.ok(alice, 'DELETE', '/roster/groups/members', { friend_group_id: group, members: [bob.userId] });
    await world.ok(alice, 'DELETE', `/roster/groups?friend_group_id=${group}`);
    expect(await world.userNotices(alice)).toEqual(Array(5).fill(infoUpdated(alice)));
    expect(await world.userNotices(bob)).toEqual([]);
  });

  it('refuses strangers as members, a taken name, a group of another user, and more than 100 groups', async () => {
    const [alice, bob] = await withFriends(1);
    const [stranger, mallory] = await world.users(2);
    expect((await world.as(alice, 'POST', '/roster/groups', { name: 'x', members: [bob.userId, stranger.userId] })).body).toEqual({
      code: 10002,
      message: `members: ${stranger.userId} is not your friend`,
      data: null,
    });
    expect((await world.ok(alice, 'GET', '/roster/groups')).data).toEqual([]);
    const group = (await world.ok(alice, 'POST', '/roster/groups', { name: 'x' })).data.friend_group_id;
    expect((await world.as(alice, 'POST', '/roster/groups', { name: 'x ' })).body).toEqual({ code: 10002, message: 'name: you already have a friend group named "x"', data: null });
    const other = (await world.ok(alice, 'POST', '/roster/groups', { name: 'y' })).data.friend_group_id;
    expect((await world.as(alice, 'PUT', '/roster/groups/name', { friend_group_id: other, name: 'x' })).body.message).toBe('name: you already have a friend group named "x"');
    expect((await world.as(alice, 'POST', '/roster/groups/members', { friend_group_id: group, members: [alice.userId] })).body.message).toBe(
      `members: ${alice.userId} is not your friend`,
    );
    const notYours = { code: 10002, message: `friend_group_id: you have no friend group ${group}`, data: null };
    expect((await world.as(mallory, 'GET', `/roster/group?friend_group_id=${group}`)).body).toEqual(notYours);
    expect((await world.as(mallory, 'PUT', '/roster/groups/name', { friend_group_id: group, name: 'mine' })).body).toEqual(notYours);
    expect((await world.as(mallory, 'DELETE', '/roster/groups/members', { friend_group_id: group, members: [bob.userId] })).body).toEqual(notYours);
    expect((await world.as(mallory, 'DELETE', `/roster/groups?friend_group_id=${group}`)).body).toEqual(notYours);
    expect((await world.ok(alice, 'GET', `/roster/group?friend_group_id=${group}`)).data.name).toBe('x');

    await world.server.sql(`INSERT INTO roster_groups (app_id, user_id, name) SELECT $1, $2, 'bulk ' || n FROM generate_series(1, 98) AS n`, [world.tenant.appId, alice.userId]);
    expect((await world.as(alice, 'POST', '/roster/groups', { name: 'one too many' })).body).toEqual({
      code: 10002,
      message: 'you have 100 friend groups, the most allowed; delete one first',
      data: null,
    });
  });

  it.each([
    ['POST', '/roster/groups', {}, 'name: is required'],
    ['POST', '/roster/groups', { name: 5 }, 'name: must be a string'],
    ['POST', '/roster/groups', { name: '' }, 'name: must not be empty'],
    ['POST', '/roster/groups', { name: '   ' }, 'name: must not be blank'],
    ['POST', '/roster/groups', { name: 'n'.repeat(65) }, 'name: must be at most 64 characters'],
    ['POST', '/roster/groups', { name: 'a', members: 'x' }, 'members: must be an array of user ids'],
    ['POST', '/roster/groups', { name: 'a', members: Array(501).fill(1) }, 'members: must hold at most 500 user ids'],
    ['POST', '/roster/groups/members', { friend_group_id: 1, members: [] }, 'members: must hold at least one user id'],
    ['POST', '/roster/groups/members', { friend_group_id: 1, members: [1.5] }, 'members: every item must be an integer user id'],
    ['POST', '/roster/groups/members', { members: [1] }, 'friend_group_id: is required'],
    ['PUT', '/roster/groups/name', { friend_group_id: 0, name: 'a' }, 'friend_group_id: must be a positive id'],
    ['GET', '/roster/group', undefined, 'friend_group_id: is required'],
    ['DELETE', '/roster/groups?friend_group_id=x', undefined, 'friend_group_id: must be an integer id'],
  ] as const)('refuses %s %s %j with 10002: %s', async (method, url, body, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, method, url, body)).body).toEqual({ code: 10002, message, data: null });
  });

  it('lets an admin act as the user; refuses impersonation (10010), the admin as nobody and other apps', async () => {
    const [alice, bob] = await withFriends(1);
    const created = await world.asAdminFor(alice, 'POST', '/roster/groups', { name: 'by admin', members: [bob.userId] });
    expect(created.body.data).toMatchObject({ name: 'by admin', members: [bob.userId] });
    expect((await world.impersonate(bob, alice, 'GET', '/roster/groups')).body.code).toBe(10010);
    expect((await world.impersonate(bob, alice, 'POST', '/roster/groups', { name: 'x' })).body.code).toBe(10010);
    expect((await world.server.request({ url: '/roster/groups', appId: world.tenant.appId, token: world.tenant.adminToken })).body.code).toBe(10010);
    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);
    expect((await world.server.request({ url: '/roster/groups', appId: world.tenant.appId, token: outsider.token })).body.code).toBe(10008);
    const foreign = await world.server.request({ url: `/roster/group?friend_group_id=${created.body.data.friend_group_id}`, appId: other.appId, token: outsider.token });
    expect(foreign.body.code).toBe(10002);
    expect((await world.ok(alice, 'GET', '/roster/groups')).data).toHaveLength(1);
  });

  it('marks every friend-group route as our extension in the OpenAPI document', async () => {
    const { paths } = (await world.server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    const marks = [paths['/roster/groups'].get, paths['/roster/groups'].post, paths['/roster/groups'].delete, paths['/roster/group'].get, paths['/roster/groups/name'].put, paths['/roster/groups/members'].post, paths['/roster/groups/members'].delete].map(
      (operation) => operation['x-extension'],
    );
    expect(marks).toEqual(Array(7).fill(true));
  });
});
