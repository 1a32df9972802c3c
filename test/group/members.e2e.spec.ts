import { GroupMemberService } from '../../src/group/group-member.service';
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
const BAD_CURSOR = 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page';

describe(GroupMemberService.name, () => {
  let server: TestServer;
  let app: Tenant;
  let otherApp: Tenant;
  let owner: TestUser;
  let admin: TestUser;
  let admin2: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let outsider: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    app = await createTenant(server, 'members app');
    otherApp = await createTenant(server, 'other app');
    [owner, admin, admin2, alice, bob, outsider] = await Promise.all(Array.from({ length: 6 }, () => createUser(server, app)));
    stranger = await createUser(server, otherApp);
  });
  afterAll(() => server.close());

  const call = (method: Method, url: string, user: TestUser | null, body?: unknown, headers?: Record<string, string>, tenant = app) =>
    server.request({ method, url, appId: tenant.appId, token: user?.token ?? tenant.adminToken, body, headers });
  const asUser = (user: TestUser) => ({ user_id: String(user.userId) });
  const asGroup = (groupId: number) => ({ group_id: String(groupId) });
  /** owner; admins admin and admin2; members alice and bob. */
  const newGroup = (type = GroupType.Private) => createGroup(server, app, owner, { type, admins: [admin, admin2], members: [alice, bob] });
  const everyone = () => [owner, admin, admin2, alice, bob];
  const memberList = async (groupId: number, reader: TestUser | null = owner, query = '') => {
    const response = await call('GET', `/group/member_list?group_id=${groupId}${query}`, reader, undefined, reader ? undefined : asGroup(groupId));
    expect(response.body.code).toBe(200);
    return response.body;
  };
  const memberIds = async (groupId: number) => (await memberList(groupId)).data.map((item: { user_id: number }) => item.user_id);
  const adminIds = async (groupId: number) =>
    (await call('GET', `/group/admin_list?group_id=${groupId}`, owner)).body.data.map((item: { user_id: number }) => item.user_id);
  const joinTimes = async (groupId: number) => {
    const rows = await server.sql(`SELECT user_id, join_time FROM group_members WHERE group_id = $1`, [groupId]);
    return new Map(rows.map((row) => [Number(row.user_id), row.join_time.getTime()]));
  };
  const notices = async (user: TestUser, groupId: number) =>
    (await server.app.get(NoticeService).listAfter(app.appId, user.userId, 0, 1000))
      .filter((notice) => notice.namespace === NoticeNamespace.Group && notice.groupId === groupId)
      .map(({ type, fromId, toIds, content }) => ({ type, fromId, toIds, content }));
  const lastNotice = async (user: TestUser, groupId: number) => (await notices(user, groupId)).at(-1);
  const needs = (code: number, who: string, groupId: number) => refused(code, `only ${who} of group ${groupId} may do this`);
  const needsMember = (groupId: number) => needs(20011, 'members', groupId);
  const needsAdmin = (groupId: number) => needs(20012, "the group's admins and owner", groupId);
  const needsOwner = (groupId: number) => needs(20013, "the group's owner", groupId);
  const needsUser = refused(10010, 'this operation acts as a user: send a user token, or an admin token with the user_id header');
  const headerRefusal = refused(10010, 'user_id and group_id headers need an app admin access-token, not a user token');

  describe('POST/DELETE /group/leave', () => {
    it('removes the caller, keeps the count, and tells the leaver and every member LEFT', async () => {
      const groupId = await newGroup();
      expect((await call('POST', `/group/leave?group_id=${groupId}`, alice)).body).toEqual(ok(true));
      const list = await memberList(groupId);
      expect(list.data.map((item: { user_id: number }) => item.user_id)).toEqual(ascending([owner, admin, admin2, bob].map((user) => user.userId)));
      expect(list.total).toBe(4);
      const left = { type: N.Left, fromId: alice.userId, toIds: [alice.userId], content: null };
      for (const user of everyone()) expect(await lastNotice(user, groupId)).toEqual(left);
      expect((await call('GET', '/group/user_joined', alice)).body.data).not.toContain(groupId);
      expect((await call('POST', `/group/leave?group_id=${groupId}`, alice)).body).toEqual(needsMember(groupId));
    });

    it('answers DELETE like POST, and lets an admin token act as a member through user_id', async () => {
      const groupId = await newGroup();
      expect((await call('DELETE', `/group/leave?group_id=${groupId}`, admin)).body).toEqual(ok(true));
      expect((await call('POST', `/group/leave?group_id=${groupId}`, null, undefined, asUser(bob))).body).toEqual(ok(true));
      expect(await memberIds(groupId)).toEqual(ascending([owner, admin2, alice].map((user) => user.userId)));
      expect(await adminIds(groupId)).toEqual([admin2.userId]);
    });

    it('refuses the owner (20004), outsiders (20011), other apps (20001), and the app acting as the group (10010)', async () => {
      const groupId = await newGroup();
      expect((await call('POST', `/group/leave?group_id=${groupId}`, owner)).body).toEqual(
        refused(20004, `the owner cannot leave group ${groupId}; transfer it to another member first (POST /group/transfer), or destroy it`),
      );
      expect((await call('POST', `/group/leave?group_id=${groupId}`, outsider)).body).toEqual(needsMember(groupId));
      expect((await call('POST', `/group/leave?group_id=${groupId}`, stranger, undefined, undefined, otherApp)).body.code).toBe(20001);
      expect((await call('POST', `/group/leave?group_id=${groupId}`, null, undefined, asGroup(groupId))).body).toEqual(needsUser);
      expect((await call('POST', `/group/leave?group_id=${groupId}`, alice, undefined, asUser(bob))).body).toEqual(headerRefusal);
      expect((await memberList(groupId)).total).toBe(5);
    });

    it('tells only the leaver and the staff of a chatroom', async () => {
      const groupId = await newGroup(GroupType.Chatroom);
      expect((await call('POST', `/group/leave?group_id=${groupId}`, alice)).body).toEqual(ok(true));
      expect(await lastNotice(alice, groupId)).toMatchObject({ type: N.Left });
      expect(await lastNotice(admin, groupId)).toMatchObject({ type: N.Left });
      expect((await notices(bob, groupId)).map((notice) => notice.type)).not.toContain(N.Left);
    });

    it('refuses a missing group_id', async () => {
      expect((await call('POST', '/group/leave', alice)).body).toEqual(bad('group_id: is required'));
    });
  });

  describe('POST/DELETE /group/kick', () => {
    it('lets admins kick members, not admins, the owner, non-members or themselves; KICKED to the kicked and every member', async () => {
      const groupId = await newGroup();
      const response = await call('POST', '/group/kick', admin, {
        group_id: groupId,
        user_list: [alice.userId, admin2.userId, owner.userId, outsider.userId, admin.userId, alice.userId],
      });
      expect(response.body).toEqual(
        ok([
          success(alice.userId),
          fail(admin2.userId, `user ${admin2.userId} is an admin of group ${groupId}; only the owner may kick admins`),
          fail(owner.userId, `user ${owner.userId} is the owner of group ${groupId}; nobody may kick the owner`),
          fail(outsider.userId, `user ${outsider.userId} is not a member of group ${groupId}`),
          fail(admin.userId, `user ${admin.userId} is the caller; leave the group (POST /group/leave) instead of kicking yourself`),
        ]),
      );
      expect(await memberIds(groupId)).toEqual(ascending([owner, admin, admin2, bob].map((user) => user.userId)));
      const kicked = { type: N.Kicked, fromId: admin.userId, toIds: [alice.userId], content: null };
      for (const user of everyone()) expect(await lastNotice(user, groupId)).toEqual(kicked);
    });

    it('lets the owner kick admins, answers DELETE like POST, and lets an admin token act through user_id', async () => {
      const groupId = await newGroup();
      expect((await call('DELETE', '/group/kick', owner, { group_id: groupId, user_list: [admin2.userId] })).body).toEqual(ok([success(admin2.userId)]));
      const impersonated = await call('POST', '/group/kick', null, { group_id: groupId, user_list: [bob.userId] }, asUser(admin));
      expect(impersonated.body).toEqual(ok([success(bob.userId)]));
      expect(await memberIds(groupId)).toEqual(ascending([owner, admin, alice].map((user) => user.userId)));
    });

    it("lets the app acting as the group's admin kick members but not admins", async () => {
      const groupId = await newGroup();
      const response = await call('POST', '/group/kick', null, { group_id: groupId, user_list: [bob.userId, admin.userId] }, asGroup(groupId));
      expect(response.body).toEqual(
        ok([success(bob.userId), fail(admin.userId, `user ${admin.userId} is an admin of group ${groupId}; only the owner may kick admins`)]),
      );
      expect(await lastNotice(bob, groupId)).toEqual({ type: N.Kicked, fromId: null, toIds: [bob.userId], content: null });
    });

    it('refuses members and outsiders (20012), other apps (20001) and user tokens with headers (10010)', async () => {
      const groupId = await newGroup();
      const body = { group_id: groupId, user_list: [bob.userId] };
      expect((await call('POST', '/group/kick', alice, body)).body).toEqual(needsAdmin(groupId));
      expect((await call('POST', '/group/kick', outsider, body)).body).toEqual(needsAdmin(groupId));
      expect((await call('POST', '/group/kick', stranger, body, undefined, otherApp)).body.code).toBe(20001);
      expect((await call('POST', '/group/kick', alice, body, asGroup(groupId))).body).toEqual(headerRefusal);
      expect((await memberList(groupId)).total).toBe(5);
    });

    it('refuses bad input naming the field', async () => {
      const groupId = await newGroup();
      expect((await call('POST', '/group/kick', owner, { group_id: groupId })).body).toEqual(bad('user_list: is required'));
      expect((await call('POST', '/group/kick', owner, { group_id: groupId, user_list: [] })).body).toEqual(bad('user_list: must hold at least one user id'));
      expect((await call('DELETE', '/group/kick', owner, { group_id: 'x', user_list: [1] })).body).toEqual(bad('group_id: "x" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'));
    });
  });

  describe('POST /group/admin/add, POST/DELETE /group/admin/remove, GET /group/admin_list', () => {
    it('lets the owner grant and revoke admin; admin_list shows admins (not the owner) with display name and join time', async () => {
      const groupId = await createGroup(server, app, owner, { members: [alice, bob] });
      const userList = [bob.userId, alice.userId, owner.userId, outsider.userId];
      const added = await call('POST', '/group/admin/add', owner, { group_id: groupId, user_list: userList });
      expect(added.body).toEqual(
        ok([
          success(bob.userId),
          success(alice.userId),
          fail(owner.userId, `user ${owner.userId} is already the owner of group ${groupId}`),
          fail(outsider.userId, `user ${outsider.userId} is not a member of group ${groupId}; only members can become admins`),
        ]),
      );
      await call('POST', '/group/display_name', bob, { group_id: groupId, value: 'Bobby' });
      const times = await joinTimes(groupId);
      expect((await call('GET', `/group/admin_list?group_id=${groupId}`, alice)).body).toEqual(
        ok(
          [
            { user_id: alice.userId, display_name: null, join_time: times.get(alice.userId) },
            { user_id: bob.userId, display_name: 'Bobby', join_time: times.get(bob.userId) },
          ].sort((x, y) => x.user_id - y.user_id),
        ),
      );
      const granted = { type: N.AdminGranted, fromId: owner.userId, toIds: [bob.userId, alice.userId], content: null };
      for (const user of [owner, alice, bob]) expect(await notices(user, groupId)).toContainEqual(granted);
      expect((await call('POST', '/group/admin/add', owner, { group_id: groupId, user_list: [bob.userId] })).body).toEqual(
        ok([fail(bob.userId, `user ${bob.userId} is already an admin of group ${groupId}`)]),
      );

      const removed = await call('POST', '/group/admin/remove', owner, { group_id: groupId, user_list: [bob.userId, owner.userId, outsider.userId] });
      expect(removed.body).toEqual(
        ok([
          success(bob.userId),
          fail(owner.userId, `user ${owner.userId} is the owner of group ${groupId}, not an admin`),
          fail(outsider.userId, `user ${outsider.userId} is not a member of group ${groupId}`),
        ]),
      );
      expect(await adminIds(groupId)).toEqual([alice.userId]);
      expect(await lastNotice(alice, groupId)).toEqual({ type: N.AdminRevoked, fromId: owner.userId, toIds: [bob.userId], content: null });
      expect((await call('DELETE', '/group/admin/remove', owner, { group_id: groupId, user_list: [alice.userId, bob.userId] })).body).toEqual(
        ok([success(alice.userId), fail(bob.userId, `user ${bob.userId} is a member of group ${groupId}, not an admin`)]),
      );
      expect(await adminIds(groupId)).toEqual([]);
    });

    it('lets an admin token act as the owner through user_id', async () => {
      const groupId = await newGroup();
      expect((await call('POST', '/group/admin/add', null, { group_id: groupId, user_list: [alice.userId] }, asUser(owner))).body).toEqual(
        ok([success(alice.userId)]),
      );
      expect(await adminIds(groupId)).toEqual(ascending([admin.userId, admin2.userId, alice.userId]));
    });

    it("refuses everyone but the owner (20013), the app acting as the group's admin included", async () => {
      const groupId = await newGroup();
      const body = { group_id: groupId, user_list: [alice.userId] };
      for (const user of [admin, alice, outsider]) {
        expect((await call('POST', '/group/admin/add', user, body)).body).toEqual(needsOwner(groupId));
        expect((await call('POST', '/group/admin/remove', user, { group_id: groupId, user_list: [admin2.userId] })).body).toEqual(needsOwner(groupId));
      }
      expect((await call('POST', '/group/admin/add', null, body, asGroup(groupId))).body).toEqual(needsOwner(groupId));
      expect((await call('POST', '/group/admin/add', stranger, body, undefined, otherApp)).body.code).toBe(20001);
      expect((await call('POST', '/group/admin/add', owner, body, asUser(owner))).body).toEqual(headerRefusal);
      expect(await adminIds(groupId)).toEqual(ascending([admin.userId, admin2.userId]));
    });

    it('shows the admin list to members and the app acting as the group; of private groups not to outsiders, of public groups to anyone', async () => {
      const privateGroup = await newGroup();
      const publicGroup = await newGroup(GroupType.Public);
      expect((await call('GET', `/group/admin_list?group_id=${privateGroup}`, null, undefined, asGroup(privateGroup))).body.data).toHaveLength(2);
      expect((await call('GET', `/group/admin_list?group_id=${privateGroup}`, outsider)).body).toEqual(needsMember(privateGroup));
      expect((await call('GET', `/group/admin_list?group_id=${publicGroup}`, outsider)).body.data).toHaveLength(2);
      expect((await call('GET', `/group/admin_list?group_id=${publicGroup}`, stranger, undefined, undefined, otherApp)).body.code).toBe(20001);
      expect((await call('GET', '/group/admin_list', owner)).body).toEqual(bad('group_id: is required'));
    });

    it('refuses bad input naming the field', async () => {
      const groupId = await newGroup();
      expect((await call('POST', '/group/admin/add', owner, { group_id: groupId, user_list: [-1] })).body).toEqual(
        bad('user_list: every item must be a positive user id'),
      );
      expect((await call('DELETE', '/group/admin/remove', owner, { user_list: [alice.userId] })).body).toEqual(bad('group_id: is required'));
    });
  });

  describe('GET /group/member_list', () => {
    it('pages members by user id with display name and join time in milliseconds; total is the whole group', async () => {
      const groupId = await newGroup();
      await call('POST', '/group/display_name', alice, { group_id: groupId, value: 'Ally' });
      const times = await joinTimes(groupId);
      const ids = ascending(everyone().map((user) => user.userId));
      const item = (userId: number) => ({ user_id: userId, ...(userId === alice.userId ? { display_name: 'Ally' } : {}), join_time: times.get(userId) });

      const first = await memberList(groupId, bob, '&limit=2');
      expect(first).toEqual({ code: 200, message: null, data: ids.slice(0, 2).map(item), cursor: expect.any(String), total: 5, version: expect.any(Number) });
      const second = await memberList(groupId, bob, `&limit=2&cursor=${first.cursor}&version=0`);
      expect(second.data).toEqual(ids.slice(2, 4).map(item));
      const last = await memberList(groupId, bob, `&limit=2&cursor=${second.cursor}`);
      expect(last).toEqual({ code: 200, message: null, data: ids.slice(4).map(item), total: 5, version: first.version });
      expect((await memberList(groupId, null)).data).toEqual(ids.map(item));
      expect((await memberList(groupId, null)).cursor).toBeUndefined();
    });

    it('pages a 3,000-member group 1,000 at a time without duplicates or gaps', async () => {
      const groupId = await createGroup(server, app, owner, { type: GroupType.Chatroom });
      await server.sql(
        `WITH bulk AS (
           INSERT INTO users (app_id, username, password_hash) SELECT $1, 'bulk_' || n, 'x' FROM generate_series(1, 3000) AS n RETURNING id
         ), joined AS (
           INSERT INTO group_members (group_id, user_id, app_id) SELECT $2, id, $1 FROM bulk RETURNING user_id
         )
         UPDATE groups SET member_count = member_count + (SELECT count(*) FROM joined) WHERE id = $2`,
        [app.appId, groupId],
      );
      const seen: number[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await memberList(groupId, owner, `&limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.total).toBe(3001);
        seen.push(...page.data.map((item: { user_id: number }) => item.user_id));
        cursor = page.cursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(4);
      expect(seen).toHaveLength(3001);
      expect(new Set(seen).size).toBe(3001);
      expect(seen).toEqual(ascending(seen));
      const stored = await server.sql(`SELECT user_id FROM group_members WHERE group_id = $1 ORDER BY user_id`, [groupId]);
      expect(seen).toEqual(stored.map((row) => Number(row.user_id)));
    });

    it('answers the version of the last member change; with an earlier version, lists only members who joined or changed since', async () => {
      const groupId = await newGroup();
      const before = (await memberList(groupId)).version ?? 0;
      expect(before).toBeGreaterThan(0);
      expect((await memberList(groupId, owner, `&version=${before}`)).data).toEqual([]);
      await call('POST', '/group/display_name', bob, { group_id: groupId, value: 'Bobby' });
      await call('POST', '/group/kick', owner, { group_id: groupId, user_list: [alice.userId] });
      const after = await memberList(groupId, owner, `&version=${before}`);
      expect(after.data).toEqual([expect.objectContaining({ user_id: bob.userId, display_name: 'Bobby' })]);
      expect(after.version).toBeGreaterThan(before);
      expect(after.total).toBe(4);
      expect((await memberList(groupId, owner, `&version=${after.version}`)).data).toEqual([]);
      expect((await call('POST', '/group/invite', owner, { group_id: groupId, user_list: [alice.userId] })).body.code).toBe(200);
      expect((await memberList(groupId, owner, `&version=${after.version}`)).data.map((item: { user_id: number }) => item.user_id)).toEqual([alice.userId]);
    });

    it('refuses outsiders (20011), other apps (20001), user tokens with headers (10010) and bad paging input', async () => {
      const groupId = await newGroup();
      expect((await call('GET', `/group/member_list?group_id=${groupId}`, outsider)).body).toEqual(needsMember(groupId));
      expect((await call('GET', `/group/member_list?group_id=${groupId}`, stranger, undefined, undefined, otherApp)).body.code).toBe(20001);
      expect((await call('GET', `/group/member_list?group_id=${groupId}`, alice, undefined, asUser(bob))).body).toEqual(headerRefusal);
      expect((await call('GET', `/group/member_list?group_id=${groupId}`, null, undefined, asUser(alice))).body.code).toBe(200);
      const cases: [string, string][] = [
        ['', 'group_id: is required'],
        [`group_id=${groupId}&limit=0`, 'limit: must be at least 1'],
        [`group_id=${groupId}&limit=1001`, 'limit: must be at most 1000'],
        [`group_id=${groupId}&limit=many`, 'limit: must be an integer'],
        [`group_id=${groupId}&cursor=nonsense`, BAD_CURSOR],
        [`group_id=${groupId}&cursor=${Buffer.from(JSON.stringify({ u: 'x' })).toString('base64url')}`, BAD_CURSOR],
        [`group_id=${groupId}&version=-1`, 'version: must be at least 0'],
      ];
      for (const [query, message] of cases) expect((await call('GET', `/group/member_list?${query}`, owner)).body).toEqual(bad(message));
    });
  });

  describe('POST /group/members/display_name and POST/PUT /group/display_name', () => {
    it("sets the caller's own display name; members read them in request order, non-members left out; \"\" clears", async () => {
      const groupId = await newGroup();
      expect((await call('POST', '/group/display_name', alice, { group_id: groupId, value: 'Ally' })).body).toEqual(ok(true));
      expect((await call('PUT', '/group/display_name', null, { group_id: groupId, value: 'Bobby' }, asUser(bob))).body).toEqual(ok(true));
      const times = await joinTimes(groupId);
      const userList = [bob.userId, outsider.userId, alice.userId, owner.userId];
      const names = await call('POST', '/group/members/display_name', admin, { group_id: groupId, user_list: userList });
      expect(names.body).toEqual(
        ok([
          { user_id: bob.userId, display_name: 'Bobby', join_time: times.get(bob.userId) },
          { user_id: alice.userId, display_name: 'Ally', join_time: times.get(alice.userId) },
          { user_id: owner.userId, display_name: null, join_time: times.get(owner.userId) },
        ]),
      );
      expect((await call('PUT', '/group/display_name', alice, { group_id: groupId, value: '' })).body).toEqual(ok(true));
      const cleared = await call('POST', '/group/members/display_name', null, { group_id: groupId, user_list: [alice.userId] }, asGroup(groupId));
      expect(cleared.body.data).toEqual([{ user_id: alice.userId, display_name: null, join_time: times.get(alice.userId) }]);
    });

    it('refuses outsiders (20011), the app acting as the group when setting (10010), and other apps (20001)', async () => {
      const groupId = await newGroup();
      expect((await call('POST', '/group/display_name', outsider, { group_id: groupId, value: 'x' })).body).toEqual(needsMember(groupId));
      const names = await call('POST', '/group/members/display_name', outsider, { group_id: groupId, user_list: [alice.userId] });
      expect(names.body).toEqual(needsMember(groupId));
      expect((await call('POST', '/group/display_name', null, { group_id: groupId, value: 'x' }, asGroup(groupId))).body).toEqual(needsUser);
      expect((await call('POST', '/group/display_name', stranger, { group_id: groupId, value: 'x' }, undefined, otherApp)).body.code).toBe(20001);
      expect((await call('POST', '/group/display_name', alice, { group_id: groupId, value: 'x' }, asGroup(groupId))).body).toEqual(headerRefusal);
    });

    it('refuses bad input naming the field', async () => {
      const groupId = await newGroup();
      const cases: [Method, string, unknown, string][] = [
        ['POST', '/group/display_name', { group_id: groupId }, 'value: is required'],
        ['POST', '/group/display_name', { group_id: groupId, value: 'x'.repeat(65) }, 'value: must be at most 64 characters'],
        ['PUT', '/group/display_name', { group_id: groupId, value: 3 }, 'value: must be a string'],
        ['POST', '/group/members/display_name', { group_id: groupId, user_list: 'all' }, 'user_list: must be an array of user ids'],
      ];
      for (const [method, url, body, message] of cases) expect((await call(method, url, alice, body)).body).toEqual(bad(message));
    });
  });

  describe('POST/PUT /group/msg/mute_mode and /group/msg/push_mode', () => {
    it("sets the caller's own modes, read back by the group info and deliveryModesOf; MESSAGE_SETTING to the caller only", async () => {
      const groupId = await newGroup();
      expect((await call('POST', '/group/msg/mute_mode', alice, { group_id: groupId, msg_mute_mode: 2 })).body).toEqual(ok(true));
      expect((await call('PUT', '/group/msg/push_mode', alice, { group_id: groupId, msg_push_mode: 4 })).body).toEqual(ok(true));
      expect((await call('PUT', '/group/msg/mute_mode', null, { group_id: groupId, msg_mute_mode: 1 }, asUser(bob))).body).toEqual(ok(true));
      expect((await call('POST', '/group/msg/push_mode', bob, { group_id: groupId, msg_push_mode: 3 })).body).toEqual(ok(true));

      expect((await call('GET', `/group/info?group_id=${groupId}`, alice)).body.data).toMatchObject({ msg_mute_mode: 2, msg_push_mode: 4 });
      const modes = await server.app.get(GroupMemberService).deliveryModesOf(app.appId, groupId, [alice.userId, bob.userId, owner.userId, outsider.userId]);
      expect(modes).toEqual(
        new Map([
          [alice.userId, { msgMuteMode: 2, msgPushMode: 4 }],
          [bob.userId, { msgMuteMode: 1, msgPushMode: 3 }],
          [owner.userId, { msgMuteMode: 0, msgPushMode: 0 }],
        ]),
      );
      const setting = { type: N.MessageSetting, fromId: alice.userId, toIds: [alice.userId], content: '{"msg_push_mode":4}' };
      expect(await notices(alice, groupId)).toContainEqual(setting);
      expect((await notices(owner, groupId)).map((notice) => notice.type)).not.toContain(N.MessageSetting);
    });

    it("takes the web SDK's POST /group/msg/not_disturb {group_id, value} (our extension) as mute mode 1 or 0", async () => {
      const groupId = await newGroup();
      const muteModeOfAlice = async () => (await server.app.get(GroupMemberService).deliveryModesOf(app.appId, groupId, [alice.userId])).get(alice.userId)?.msgMuteMode;
      expect((await call('POST', '/group/msg/not_disturb', alice, { group_id: groupId, value: true })).body).toEqual(ok(true));
      expect(await muteModeOfAlice()).toBe(1);
      expect((await call('POST', '/group/msg/not_disturb', alice, { group_id: groupId, value: false })).body).toEqual(ok(true));
      expect(await muteModeOfAlice()).toBe(0);
      expect((await call('POST', '/group/msg/not_disturb', alice, { group_id: groupId, value: 1 })).body).toEqual(bad('value: must be true or false'));
      expect((await call('POST', '/group/msg/not_disturb', alice, { group_id: groupId })).body.code).toBe(10002);
    });

    it('refuses an invalid push mode with 20003 and an invalid mute mode with 10002', async () => {
      const groupId = await newGroup();
      const invalidPush = refused(
        20003,
        'msg_push_mode: must be 0 (all), 1 (none), 2 (admin and @ messages), 3 (admin messages only) or 4 (@ messages only)',
      );
      const cases: [Method, string, unknown, unknown][] = [
        ['POST', '/group/msg/push_mode', { group_id: groupId, msg_push_mode: 5 }, invalidPush],
        ['PUT', '/group/msg/push_mode', { group_id: groupId, msg_push_mode: -1 }, invalidPush],
        ['POST', '/group/msg/push_mode', { group_id: groupId, msg_push_mode: 'one' }, bad('msg_push_mode: "one" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)')],
        ['POST', '/group/msg/push_mode', { group_id: groupId }, bad('msg_push_mode: is required')],
        ['POST', '/group/msg/mute_mode', { group_id: groupId, msg_mute_mode: 3 }, bad('msg_mute_mode: must be 0, 1 or 2')],
        ['PUT', '/group/msg/mute_mode', { group_id: groupId, msg_mute_mode: true }, bad('msg_mute_mode: must be 0, 1 or 2')],
      ];
      for (const [method, url, body, answer] of cases) expect((await call(method, url, alice, body)).body).toEqual(answer);
      const modes = await server.app.get(GroupMemberService).deliveryModesOf(app.appId, groupId, [alice.userId]);
      expect(modes.get(alice.userId)).toEqual({ msgMuteMode: 0, msgPushMode: 0 });
    });

    it('refuses outsiders (20011), the app acting as the group (10010), other apps (20001) and user tokens with headers (10010)', async () => {
      const groupId = await newGroup();
      for (const [url, body] of [
        ['/group/msg/mute_mode', { group_id: groupId, msg_mute_mode: 1 }],
        ['/group/msg/push_mode', { group_id: groupId, msg_push_mode: 1 }],
        ['/group/msg/not_disturb', { group_id: groupId, value: true }],
      ] as const) {
        expect((await call('POST', url, outsider, body)).body).toEqual(needsMember(groupId));
        expect((await call('POST', url, null, body, asGroup(groupId))).body).toEqual(needsUser);
        expect((await call('POST', url, stranger, body, undefined, otherApp)).body.code).toBe(20001);
        expect((await call('POST', url, alice, body, asUser(bob))).body).toEqual(headerRefusal);
      }
    });
  });
});
