import { INVITED_AT_CREATION_REASON, GroupService } from '../../src/group/group.service';
import * as limits from '../../src/group/group.limits';
import { GroupType } from '../../src/group/group.entity';
import { NoticeService } from '../../src/notice/notice.service';
import { GroupNoticeType as N, NoticeNamespace } from '../../src/notice/notice.types';
import { createTenant, createUser, RequestOptions, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { createGroup } from './fixtures';

type Method = NonNullable<RequestOptions['method']>;

const ok = (data: unknown) => ({ code: 200, message: null, data });
const refused = (code: number, message: string) => ({ code, message, data: null });
const bad = (message: string) => refused(10002, message);
const success = (userId: number) => ({ user_id: userId, result: 'success', reason: null });
const fail = (userId: number, reason: string) => ({ user_id: userId, result: 'fail', reason });
const ascending = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe(GroupService.name, () => {
  let server: TestServer;
  let app: Tenant;
  let otherApp: Tenant;
  let owner: TestUser;
  let admin: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let outsider: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    app = await createTenant(server, 'groups app');
    otherApp = await createTenant(server, 'other app');
    [owner, admin, alice, bob, outsider] = await Promise.all(Array.from({ length: 5 }, () => createUser(server, app)));
    stranger = await createUser(server, otherApp);
  });
  afterAll(() => server.close());
  afterEach(() => jest.restoreAllMocks());

  /** A call as `user` (a user token), or as the app with its admin token when `user` is null. */
  const call = (method: Method, url: string, user: TestUser | null, body?: unknown, headers?: Record<string, string>, tenant = app) =>
    server.request({ method, url, appId: tenant.appId, token: user?.token ?? tenant.adminToken, body, headers });
  const asUser = (user: TestUser) => ({ user_id: String(user.userId) });
  const asGroup = (groupId: number) => ({ group_id: String(groupId) });
  const newGroup = (type = GroupType.Private) => createGroup(server, app, owner, { type, admins: [admin], members: [alice, bob] });
  const info = async (groupId: number, reader: TestUser = owner) => (await call('GET', `/group/info?group_id=${groupId}`, reader)).body;
  const memberIds = async (groupId: number, reader: TestUser = owner) => {
    const response = await call('GET', `/group/member_list?group_id=${groupId}`, reader);
    expect(response.body.code).toBe(200);
    return response.body.data.map((item: { user_id: number }) => item.user_id);
  };
  const joined = async (user: TestUser) => (await call('GET', '/group/user_joined', user)).body.data as number[];
  const notices = async (user: TestUser, groupId: number) =>
    (await server.app.get(NoticeService).listAfter(app.appId, user.userId, 0, 1000))
      .filter((notice) => notice.namespace === NoticeNamespace.Group && notice.groupId === groupId)
      .map(({ type, fromId, toIds, content }) => ({ type, fromId, toIds, content }));

  describe('POST /group/create', () => {
    it('makes the caller the owner of a private group and answers its info', async () => {
      const response = await call('POST', '/group/create', owner, { name: 'team', avatar: 'https://a/b.png', description: 'our team' });
      expect(response.status).toBe(200);
      const groupId = response.body.data.group_id;
      expect(response.body).toEqual(
        ok({
          group_id: expect.any(Number),
          name: 'team',
          avatar: 'https://a/b.png',
          description: 'our team',
          ext: null,
          owner_id: owner.userId,
          type: GroupType.Private,
          status: 0,
          capacity: 2000,
          count: 1,
          apply_approval: 1,
          ban_expire_time: 0,
          member_invite: true,
          member_modify: false,
          read_ack: false,
          history_visible: false,
          hide_member_info: false,
          msg_mute_mode: 0,
          msg_push_mode: 0,
          created_at: expect.any(Number),
          updated_at: expect.any(Number),
          user_list_results: [],
        }),
      );
      const { user_list_results: _results, ext, ...shown } = response.body.data;
      // GET /group/info leaves the unset ext out (the uni-app SDK stores that answer); create answers it null.
      expect(ext).toBeNull();
      expect(await info(groupId)).toEqual(ok(shown));
      expect(await memberIds(groupId)).toEqual([owner.userId]);
      expect(await joined(owner)).toContain(groupId);
      expect((await call('GET', `/group/admin_list?group_id=${groupId}`, owner)).body).toEqual(ok([]));
      expect(await notices(owner, groupId)).toEqual([{ type: N.Created, fromId: owner.userId, toIds: [], content: null }]);
    });

    it('gives chatrooms a capacity of 100,000 and public groups 2,000; type defaults to private', async () => {
      const chatroom = await call('POST', '/group/create', owner, { name: 'lobby', type: GroupType.Chatroom });
      expect(chatroom.body.data).toMatchObject({ type: 2, capacity: 100_000 });
      const open = await call('POST', '/group/create', owner, { name: 'open', type: GroupType.Public });
      expect(open.body.data).toMatchObject({ type: 1, capacity: 2000 });
      const plain = await call('POST', '/group/create', owner, { name: 'plain' });
      expect(plain.body.data).toMatchObject({ type: 0, capacity: 2000, avatar: null, description: null });
    });

    it('adds user_list members, invites those who confirm invitations, and fails the rest one by one', async () => {
      const [added, confirming] = await Promise.all([createUser(server, app), createUser(server, app)]);
      expect((await call('POST', '/user/settings', confirming, { group_confirm: true })).body.code).toBe(200);
      const userList = [added.userId, confirming.userId, added.userId, owner.userId, stranger.userId, 99_999_999_999];

      const response = await call('POST', '/group/create', owner, { name: 'mixed', user_list: userList });
      expect(response.body.code).toBe(200);
      const groupId = response.body.data.group_id;
      expect(response.body.data.count).toBe(2);
      expect(response.body.data.user_list_results).toEqual([
        success(added.userId),
        { user_id: confirming.userId, result: 'success', reason: INVITED_AT_CREATION_REASON },
        fail(owner.userId, `user ${owner.userId} is the owner, a member already`),
        fail(stranger.userId, `user ${stranger.userId} does not exist in this app`),
        fail(99_999_999_999, 'user 99999999999 does not exist in this app'),
      ]);

      expect(await memberIds(groupId)).toEqual(ascending([owner.userId, added.userId]));
      const invitations = (await call('GET', '/group/invitation_list', confirming)).body.data;
      expect(invitations).toEqual([expect.objectContaining({ group_id: groupId, inviter_id: owner.userId, status: 0 })]);
      const created = { type: N.Created, fromId: owner.userId, toIds: [added.userId], content: null };
      expect(await notices(owner, groupId)).toContainEqual(created);
      expect(await notices(added, groupId)).toContainEqual(created);
      expect(await notices(confirming, groupId)).toEqual([{ type: N.Invited, fromId: owner.userId, toIds: [confirming.userId], content: null }]);
    });

    it('fails user_list members past the capacity one by one', async () => {
      // No type holds fewer than 2,000 members while user_list holds at most 500: a trigger shrinks this one group at its creation.
      await server.sql(`CREATE FUNCTION shrink_small_group() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.name = 'small' THEN NEW.capacity := 3; END IF; RETURN NEW; END $$`);
      await server.sql(`CREATE TRIGGER shrink_small_group BEFORE INSERT ON groups FOR EACH ROW EXECUTE FUNCTION shrink_small_group()`);
      const response = await call('POST', '/group/create', owner, { name: 'small', user_list: [alice.userId, bob.userId, admin.userId, outsider.userId] });
      expect(response.body.code).toBe(200);
      const groupId = response.body.data.group_id;
      expect(response.body.data).toMatchObject({ capacity: 3, count: 3 });
      expect(response.body.data.user_list_results).toEqual([
        success(alice.userId),
        success(bob.userId),
        fail(admin.userId, `group ${groupId} is full (capacity 3)`),
        fail(outsider.userId, `group ${groupId} is full (capacity 3)`),
      ]);
      expect(await memberIds(groupId)).toEqual(ascending([owner.userId, alice.userId, bob.userId]));
    });

    it('refuses with 20008 a user who owns as many live groups as allowed; destroyed groups do not count', async () => {
      const busy = await createUser(server, app);
      await server.sql(
        `INSERT INTO groups (app_id, name, owner_id) SELECT $1, 'owned ' || n, $2 FROM generate_series(1, $3::int) AS n`,
        [app.appId, busy.userId, limits.USER_CREATED_GROUP_LIMIT],
      );
      expect((await call('POST', '/group/create', busy, { name: 'one more' })).body).toEqual(
        refused(20008, `user ${busy.userId} already owns 500 groups, the most one user may own; destroy or transfer one first`),
      );
      await server.sql(`UPDATE groups SET status = 1 WHERE id = (SELECT min(id) FROM groups WHERE owner_id = $1)`, [busy.userId]);
      expect((await call('POST', '/group/create', busy, { name: 'one more' })).body.code).toBe(200);
    });

    it('refuses with 20007 a new group in an app at its operator cap; destroyed groups do not count; no cap, no limit', async () => {
      const capped = await createTenant(server, 'capped');
      const [first, second] = await Promise.all([createUser(server, capped), createUser(server, capped)]);
      await server.sql(`UPDATE apps SET max_groups = 2 WHERE id = $1`, [capped.appId]);
      const created = await call('POST', '/group/create', first, { name: 'one' }, undefined, capped);
      expect((await call('POST', '/group/create', second, { name: 'two' }, undefined, capped)).body.code).toBe(200);
      expect((await call('POST', '/group/create', second, { name: 'three' }, undefined, capped)).body).toEqual(
        refused(20007, 'this app holds 2 live groups, the most its operator allows'),
      );
      expect((await call('POST', `/group/destroy?group_id=${created.body.data.group_id}`, first, undefined, undefined, capped)).body).toEqual(ok(true));
      expect((await call('POST', '/group/create', second, { name: 'three' }, undefined, capped)).body.code).toBe(200);
      await server.sql(`UPDATE apps SET max_groups = NULL WHERE id = $1`, [capped.appId]);
      expect((await call('POST', '/group/create', second, { name: 'four' }, undefined, capped)).body.code).toBe(200);
    });

    it('refuses with 20009 an owner in as many groups as one may join, and fails such a user_list member', async () => {
      const [crowded, host] = await Promise.all([createUser(server, app), createUser(server, app)]);
      await server.sql(
        `WITH made AS (
           INSERT INTO groups (app_id, name, owner_id, member_count)
           SELECT $1, 'crowd ' || n, $3, 1 FROM generate_series(1, $4::int) AS n RETURNING id
         )
         INSERT INTO group_members (group_id, user_id, app_id) SELECT id, $2, $1 FROM made`,
        [app.appId, crowded.userId, host.userId, limits.USER_JOINED_GROUP_LIMIT],
      );
      const reason = `user ${crowded.userId} already belongs to 2000 groups, the most one user may join`;
      expect((await call('POST', '/group/create', crowded, { name: 'mine' })).body).toEqual(refused(20009, reason));
      const response = await call('POST', '/group/create', owner, { name: 'with crowded', user_list: [crowded.userId] });
      expect(response.body.data.user_list_results).toEqual([fail(crowded.userId, reason)]);
    });

    it('acts as the user an admin token names; refuses the admin token acting as nobody or as a group (10010)', async () => {
      const groupId = await newGroup();
      const impersonated = await call('POST', '/group/create', null, { name: 'by admin' }, asUser(alice));
      expect(impersonated.body.data.owner_id).toBe(alice.userId);
      expect(await joined(alice)).toContain(impersonated.body.data.group_id);

      const needsUser = 'this operation acts as a user: send a user token, or an admin token with the user_id header';
      expect((await call('POST', '/group/create', null, { name: 'nobody' })).body).toEqual(refused(10010, needsUser));
      expect((await call('POST', '/group/create', null, { name: 'group' }, asGroup(groupId))).body).toEqual(refused(10010, needsUser));
    });

    it('refuses user tokens sending user_id or group_id headers (10010) and tokens of another app', async () => {
      const groupId = await newGroup();
      const headerRefusal = 'user_id and group_id headers need an app admin access-token, not a user token';
      expect((await call('POST', '/group/create', alice, { name: 'x' }, asUser(bob))).body).toEqual(refused(10010, headerRefusal));
      expect((await call('POST', '/group/create', alice, { name: 'x' }, asGroup(groupId))).body).toEqual(refused(10010, headerRefusal));
      const crossApp = await server.request({ method: 'POST', url: '/group/create', appId: otherApp.appId, token: alice.token, body: { name: 'x' } });
      expect(crossApp.body.code).toBe(10008);
    });

    it('refuses bad input naming the field', async () => {
      const cases: [unknown, string][] = [
        [{}, 'name: is required'],
        [{ name: 7 }, 'name: must be a string'],
        [{ name: '   ' }, 'name: must not be blank'],
        [{ name: 'x'.repeat(65) }, 'name: must be at most 64 characters'],
        [{ name: 'x', type: 3 }, 'type: must be 0 (private), 1 (public) or 2 (chatroom)'],
        [{ name: 'x', type: 'public' }, 'type: "public" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
        [{ name: 'x', avatar: 'a'.repeat(1025) }, 'avatar: must be at most 1024 characters'],
        [{ name: 'x', description: 5 }, 'description: must be a string'],
        [{ name: 'x', user_list: 'all' }, 'user_list: must be an array of user ids'],
        [{ name: 'x', user_list: ['a'] }, 'user_list[0]: "a" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
        [{ name: 'x', user_list: [0] }, 'user_list: every item must be a positive user id'],
        [{ name: 'x', user_list: Array.from({ length: 501 }, (_, n) => n + 1) }, 'user_list: must hold at most 500 user ids'],
        [{ name: 'x', ext: 'e' }, 'ext: unknown field; remove it'],
      ];
      for (const [body, message] of cases) expect((await call('POST', '/group/create', owner, body)).body).toEqual(bad(message));
    });
  });

  describe('POST/DELETE /group/destroy', () => {
    it('takes pending invitations to the group away with it', async () => {
      const confirming = await createUser(server, app);
      expect((await call('POST', '/user/settings', confirming, { group_confirm: true })).body.code).toBe(200);
      const created = await call('POST', '/group/create', owner, { name: 'short-lived', user_list: [confirming.userId] });
      const groupId = created.body.data.group_id;
      expect((await call('GET', '/group/invitation_list', confirming)).body.data).toEqual([expect.objectContaining({ group_id: groupId, status: 0 })]);
      expect((await call('POST', `/group/destroy?group_id=${groupId}`, owner)).body).toEqual(ok(true));
      expect((await call('GET', '/group/invitation_list', confirming)).body.data).toEqual([]);
    });

    it('destroys the group: DESTROYED to every member, then 20001 for every call about it', async () => {
      const groupId = await newGroup();
      expect((await call('POST', `/group/destroy?group_id=${groupId}`, owner)).body).toEqual(ok(true));

      const destroyed = { type: N.Destroyed, fromId: owner.userId, toIds: [], content: null };
      for (const user of [owner, admin, alice, bob]) {
        expect((await notices(user, groupId)).at(-1)).toEqual(destroyed);
        expect(await joined(user)).not.toContain(groupId);
      }
      const gone = refused(20001, `group ${groupId} does not exist in this app`);
      const calls: [Method, string, TestUser, unknown?][] = [
        ['GET', `/group/info?group_id=${groupId}`, alice],
        ['GET', `/group/member_list?group_id=${groupId}`, alice],
        ['GET', `/group/admin_list?group_id=${groupId}`, alice],
        ['POST', `/group/destroy?group_id=${groupId}`, owner],
        ['DELETE', `/group/destroy?group_id=${groupId}`, owner],
        ['POST', '/group/transfer', owner, { group_id: groupId, new_owner: alice.userId }],
        ['POST', `/group/leave?group_id=${groupId}`, alice],
        ['POST', '/group/kick', owner, { group_id: groupId, user_list: [bob.userId] }],
        ['POST', '/group/admin/add', owner, { group_id: groupId, user_list: [bob.userId] }],
        ['POST', '/group/admin/remove', owner, { group_id: groupId, user_list: [admin.userId] }],
        ['POST', '/group/members/display_name', alice, { group_id: groupId, user_list: [bob.userId] }],
        ['POST', '/group/display_name', alice, { group_id: groupId, value: 'me' }],
        ['POST', '/group/msg/mute_mode', alice, { group_id: groupId, msg_mute_mode: 1 }],
        ['POST', '/group/msg/push_mode', alice, { group_id: groupId, msg_push_mode: 1 }],
      ];
      for (const [method, url, user, body] of calls) expect([method, url, (await call(method, url, user, body)).body]).toEqual([method, url, gone]);
      expect(await server.sql(`SELECT status, member_count FROM groups WHERE id = $1`, [groupId])).toEqual([{ status: 1, member_count: 0 }]);
      expect(await server.sql(`SELECT user_id FROM group_members WHERE group_id = $1`, [groupId])).toEqual([]);
    });

    it('answers DELETE like POST, and lets an admin token act as the owner through user_id', async () => {
      const first = await newGroup();
      expect((await call('DELETE', `/group/destroy?group_id=${first}`, owner)).body).toEqual(ok(true));
      expect((await info(first)).code).toBe(20001);
      const second = await newGroup();
      expect((await call('POST', `/group/destroy?group_id=${second}`, null, undefined, asUser(owner))).body).toEqual(ok(true));
      expect((await info(second)).code).toBe(20001);
    });

    it("refuses everyone but the owner (20013), the app acting as the group's admin included, and other apps (20001)", async () => {
      const groupId = await newGroup();
      const onlyOwner = refused(20013, `only the group's owner of group ${groupId} may do this`);
      for (const user of [admin, alice, outsider]) expect((await call('POST', `/group/destroy?group_id=${groupId}`, user)).body).toEqual(onlyOwner);
      expect((await call('POST', `/group/destroy?group_id=${groupId}`, null, undefined, asGroup(groupId))).body).toEqual(onlyOwner);
      expect((await call('POST', `/group/destroy?group_id=${groupId}`, stranger, undefined, undefined, otherApp)).body).toEqual(
        refused(20001, `group ${groupId} does not exist in this app`),
      );
      expect((await call('POST', `/group/destroy?group_id=${groupId}`, alice, undefined, asGroup(groupId))).body.code).toBe(10010);
      expect((await info(groupId)).code).toBe(200);
    });

    it('tells only the staff of a chatroom', async () => {
      const groupId = await newGroup(GroupType.Chatroom);
      expect((await call('POST', `/group/destroy?group_id=${groupId}`, owner)).body).toEqual(ok(true));
      expect((await notices(admin, groupId)).at(-1)).toMatchObject({ type: N.Destroyed });
      expect((await notices(alice, groupId)).map((notice) => notice.type)).not.toContain(N.Destroyed);
    });

    it('refuses a missing or malformed group_id', async () => {
      expect((await call('POST', '/group/destroy', owner)).body).toEqual(bad('group_id: is required'));
      expect((await call('POST', '/group/destroy?group_id=abc', owner)).body).toEqual(bad('group_id: must be an integer id'));
      expect((await call('DELETE', '/group/destroy?group_id=0', owner)).body).toEqual(bad('group_id: must be a positive id'));
    });
  });

  describe('POST/PUT /group/transfer', () => {
    it('makes a member the owner and the old owner a plain member; OWNER_ASSIGNED to every member', async () => {
      const groupId = await newGroup();
      const response = await call('POST', '/group/transfer', owner, { group_id: groupId, new_owner: alice.userId });
      expect(response.body).toEqual(ok(success(alice.userId)));

      expect((await info(groupId, alice)).data.owner_id).toBe(alice.userId);
      expect((await call('POST', `/group/leave?group_id=${groupId}`, alice)).body.code).toBe(20004);
      // The old owner holds no staff rights any more: kicking needs an admin.
      expect((await call('POST', '/group/kick', owner, { group_id: groupId, user_list: [bob.userId] })).body.code).toBe(20012);
      expect((await call('POST', '/group/admin/add', alice, { group_id: groupId, user_list: [bob.userId] })).body).toEqual(ok([success(bob.userId)]));
      const assigned = { type: N.OwnerAssigned, fromId: owner.userId, toIds: [alice.userId], content: null };
      for (const user of [owner, admin, alice, bob]) expect(await notices(user, groupId)).toContainEqual(assigned);
      expect((await call('POST', `/group/leave?group_id=${groupId}`, owner)).body).toEqual(ok(true));
    });

    it('answers PUT like POST; an admin who becomes owner leaves the admin list', async () => {
      const groupId = await newGroup();
      expect((await call('PUT', '/group/transfer', owner, { group_id: groupId, new_owner: admin.userId })).body).toEqual(ok(success(admin.userId)));
      expect((await info(groupId)).data.owner_id).toBe(admin.userId);
      expect((await call('GET', `/group/admin_list?group_id=${groupId}`, owner)).body).toEqual(ok([]));
    });

    it('lets an admin token act as the owner through user_id', async () => {
      const groupId = await newGroup();
      const response = await call('POST', '/group/transfer', null, { group_id: groupId, new_owner: bob.userId }, asUser(owner));
      expect(response.body).toEqual(ok(success(bob.userId)));
      expect((await info(groupId)).data.owner_id).toBe(bob.userId);
    });

    it('refuses a target who is not a member (20005) or is the owner already (10002)', async () => {
      const groupId = await newGroup();
      expect((await call('POST', '/group/transfer', owner, { group_id: groupId, new_owner: outsider.userId })).body).toEqual(
        refused(20005, `user ${outsider.userId} is not a member of group ${groupId}; only a member can become its owner`),
      );
      expect((await call('POST', '/group/transfer', owner, { group_id: groupId, new_owner: owner.userId })).body).toEqual(
        bad(`new_owner: user ${owner.userId} already owns group ${groupId}; name another member`),
      );
      expect((await info(groupId)).data.owner_id).toBe(owner.userId);
    });

    it("refuses everyone but the owner (20013), the app acting as the group's admin included", async () => {
      const groupId = await newGroup();
      const onlyOwner = refused(20013, `only the group's owner of group ${groupId} may do this`);
      const body = { group_id: groupId, new_owner: bob.userId };
      for (const user of [admin, alice, outsider]) expect((await call('POST', '/group/transfer', user, body)).body).toEqual(onlyOwner);
      expect((await call('POST', '/group/transfer', null, body, asGroup(groupId))).body).toEqual(onlyOwner);
      expect((await call('POST', '/group/transfer', stranger, body, undefined, otherApp)).body.code).toBe(20001);
      expect((await info(groupId)).data.owner_id).toBe(owner.userId);
    });

    it('refuses bad input naming the field', async () => {
      const groupId = await newGroup();
      expect((await call('POST', '/group/transfer', owner, { group_id: groupId })).body).toEqual(bad('new_owner: is required'));
      expect((await call('PUT', '/group/transfer', owner, { group_id: groupId, new_owner: 'x' })).body).toEqual(bad('new_owner: "x" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'));
      expect((await call('POST', '/group/transfer', owner, { new_owner: alice.userId })).body).toEqual(bad('group_id: is required'));
    });
  });

  describe('GET /group/user_joined', () => {
    it("lists the ids of the caller's live groups, ascending", async () => {
      const user = await createUser(server, app);
      const first = await createGroup(server, app, owner, { members: [user] });
      const second = await createGroup(server, app, user);
      const left = await createGroup(server, app, owner, { members: [user] });
      const destroyed = await createGroup(server, app, owner, { members: [user] });
      await createGroup(server, app, owner);
      expect((await call('POST', `/group/leave?group_id=${left}`, user)).body).toEqual(ok(true));
      expect((await call('POST', `/group/destroy?group_id=${destroyed}`, owner)).body).toEqual(ok(true));

      expect((await call('GET', '/group/user_joined', user)).body).toEqual(ok([first, second]));
      expect((await call('GET', '/group/user_joined', null, undefined, asUser(user))).body).toEqual(ok([first, second]));
    });

    it('needs a user: the admin token alone or acting as a group is refused (10010)', async () => {
      const groupId = await newGroup();
      expect((await call('GET', '/group/user_joined', null)).body.code).toBe(10010);
      expect((await call('GET', '/group/user_joined', null, undefined, asGroup(groupId))).body.code).toBe(10010);
      expect((await call('GET', '/group/user_joined', alice, undefined, asUser(bob))).body.code).toBe(10010);
    });
  });

  describe('GET /group/public_list', () => {
    it("lists the app's live public groups only, to any caller of the app", async () => {
      const fresh = await createTenant(server, 'public app');
      const [host, reader] = await Promise.all([createUser(server, fresh), createUser(server, fresh)]);
      const publicOne = await createGroup(server, fresh, host, { type: GroupType.Public });
      const publicTwo = await createGroup(server, fresh, host, { type: GroupType.Public });
      const destroyed = await createGroup(server, fresh, host, { type: GroupType.Public });
      await createGroup(server, fresh, host, { type: GroupType.Private });
      await createGroup(server, fresh, host, { type: GroupType.Chatroom });
      await createGroup(server, app, owner, { type: GroupType.Public });
      await call('POST', `/group/destroy?group_id=${destroyed}`, host, undefined, undefined, fresh);

      expect((await call('GET', '/group/public_list', reader, undefined, undefined, fresh)).body).toEqual(ok([publicOne, publicTwo]));
      expect((await call('GET', '/group/public_list', null, undefined, undefined, fresh)).body).toEqual(ok([publicOne, publicTwo]));
      expect((await call('GET', '/group/public_list', reader, undefined, asUser(host), fresh)).body.code).toBe(10010);
    });
  });
});
