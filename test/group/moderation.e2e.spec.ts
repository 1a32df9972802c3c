import { Clock } from '../../src/common/clock';
import { GroupMembershipService } from '../../src/group/group-membership.service';
import { GroupModerationService } from '../../src/group/group-moderation.service';
import { GroupType } from '../../src/group/group.entity';
import { GroupRepository } from '../../src/group/group.repository';
import { NoticeService } from '../../src/notice/notice.service';
import { GroupNoticeType, NoticeNamespace } from '../../src/notice/notice.types';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { insertGroup } from './fixtures';

const MINUTE = 60_000;
// A whole second, so ban-all ends (epoch seconds) compare exactly with member bans (milliseconds).
const T0 = Math.floor(Date.now() / 1000) * 1000;

describe(GroupModerationService.name, () => {
  let server: TestServer;
  let app: Tenant;
  let otherApp: Tenant;
  let owner: TestUser;
  let admin: TestUser;
  let admin2: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let outsider: TestUser;
  let stranger: TestUser;
  let moderation: GroupModerationService;
  let now: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    server = await startTestServer();
    app = await createTenant(server, 'moderated app');
    otherApp = await createTenant(server, 'other app');
    [owner, admin, admin2, alice, bob, carol, outsider] = await Promise.all(Array.from({ length: 7 }, () => createUser(server, app)));
    stranger = await createUser(server, otherApp);
    moderation = server.app.get(GroupModerationService);
    now = jest.spyOn(server.app.get(Clock), 'now').mockImplementation(() => new Date(T0));
  });
  afterAll(async () => {
    now.mockRestore();
    await server.close();
  });

  /** A group: owner, admins admin and admin2, members alice, bob and carol. */
  const newGroup = (type = GroupType.Private) => insertGroup(server, app, { owner, admins: [admin, admin2], members: [alice, bob, carol], type });
  const at = (ms: number) => now.mockImplementation(() => new Date(ms));
  const post = (url: string, user: TestUser | null, body: unknown, headers?: Record<string, string>) =>
    server.request({ method: 'POST', url, appId: app.appId, token: user?.token ?? app.adminToken, body, headers });
  const get = (url: string, user: TestUser | null, headers?: Record<string, string>) =>
    server.request({ method: 'GET', url, appId: app.appId, token: user?.token ?? app.adminToken, headers });
  const bad = (message: string) => ({ code: 10002, message, data: null });
  const ok = (userId: number) => ({ user_id: userId, result: 'success', reason: null });
  const refused = (userId: number, reason: string) => ({ user_id: userId, result: 'fail', reason });
  const groupNotices = async (user: TestUser, groupId: number) =>
    (await server.app.get(NoticeService).listAfter(app.appId, user.userId, 0, 1000)).filter(
      (notice) => notice.namespace === NoticeNamespace.Group && notice.groupId === groupId,
    );
  const bannedIds = async (groupId: number, reader: TestUser | null = owner) => {
    const response = await get(`/group/banned_list?group_id=${groupId}`, reader);
    expect(response.body.code).toBe(200);
    return response.body.data.map((item: { user_id: number }) => item.user_id);
  };
  const blockedIds = async (groupId: number) => {
    const response = await get(`/group/blocked_list?group_id=${groupId}`, owner);
    expect(response.body.code).toBe(200);
    return response.body.data.map((item: { user_id: number }) => item.user_id);
  };
  const readmit = (groupId: number, userIds: number[]) =>
    server.app.get(GroupRepository).inLockedGroup(app.appId, groupId, (tx) => server.app.get(GroupMembershipService).admit(tx, userIds));

  beforeEach(() => at(T0));

  describe('POST /group/ban', () => {
    it('bans members until now + duration: banned_list shows the end, maySend refuses them until it passes', async () => {
      const groupId = await newGroup();
      const response = await post('/group/ban', admin, { group_id: groupId, user_list: [alice.userId, bob.userId], duration: 10 });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ code: 200, message: null, data: [ok(alice.userId), ok(bob.userId)] });

      const list = await get(`/group/banned_list?group_id=${groupId}`, carol);
      const joinTimes = await server.sql(`SELECT user_id, join_time FROM group_members WHERE group_id = $1 ORDER BY user_id`, [groupId]);
      const joined = (user: TestUser) => joinTimes.find((row) => Number(row.user_id) === user.userId).join_time.getTime();
      expect(list.body).toEqual({
        code: 200,
        message: null,
        total: 2,
        data: [alice, bob]
          .sort((x, y) => x.userId - y.userId)
          .map((user) => ({ user_id: user.userId, display_name: null, join_time: joined(user), expired_time: T0 + 10 * MINUTE })),
      });
      expect(await moderation.maySend(app.appId, groupId, alice.userId)).toEqual({
        allowed: false,
        code: 10010,
        reason: `user ${alice.userId} is banned in group ${groupId} until ${new Date(T0 + 10 * MINUTE).toISOString()}`,
      });
      expect(await moderation.maySend(app.appId, groupId, carol.userId)).toEqual({ allowed: true });
      await expect(moderation.assertMaySend(app.appId, groupId, bob.userId)).rejects.toMatchObject({ code: 10010 });

      at(T0 + 10 * MINUTE - 1);
      expect((await moderation.maySend(app.appId, groupId, alice.userId)).allowed).toBe(false);
      at(T0 + 10 * MINUTE);
      expect(await moderation.maySend(app.appId, groupId, alice.userId)).toEqual({ allowed: true });
      await expect(moderation.assertMaySend(app.appId, groupId, bob.userId)).resolves.toBeUndefined();
      expect(await bannedIds(groupId)).toEqual([]);
    });

    it('tells every member with a BANNED notice naming the banned and the ban', async () => {
      const groupId = await newGroup();
      await post('/group/ban', admin, { group_id: groupId, user_list: [alice.userId], duration: 5 });
      for (const member of [owner, admin, alice, carol]) {
        const notices = await groupNotices(member, groupId);
        expect(notices).toEqual([
          expect.objectContaining({
            type: GroupNoticeType.Banned,
            fromId: admin.userId,
            toIds: [alice.userId],
            content: JSON.stringify({ duration: 5, expired_time: T0 + 5 * MINUTE }),
          }),
        ]);
      }
      expect(await groupNotices(outsider, groupId)).toEqual([]);
    });

    it('replaces an earlier ban with the new duration', async () => {
      const groupId = await newGroup();
      await post('/group/ban', admin, { group_id: groupId, user_list: [alice.userId], duration: 60 });
      await post('/group/ban', admin, { group_id: groupId, user_list: [alice.userId], duration: 1 });
      const list = await get(`/group/banned_list?group_id=${groupId}`, owner);
      expect(list.body.data).toEqual([expect.objectContaining({ user_id: alice.userId, expired_time: T0 + MINUTE })]);
    });

    it('lets admins ban members but not admins or the owner; the owner bans admins; nobody bans themself or outsiders', async () => {
      const groupId = await newGroup();
      const byAdmin = await post('/group/ban', admin, {
        group_id: groupId,
        user_list: [alice.userId, admin2.userId, owner.userId, admin.userId, outsider.userId, alice.userId],
        duration: 10,
      });
      expect(byAdmin.body.data).toEqual([
        ok(alice.userId),
        refused(admin2.userId, `user ${admin2.userId} is an admin of group ${groupId}; only the owner may ban admins`),
        refused(owner.userId, `user ${owner.userId} is the owner of group ${groupId}; nobody may ban the owner`),
        refused(admin.userId, `user ${admin.userId} is the caller; nobody may ban themself`),
        refused(outsider.userId, `user ${outsider.userId} is not a member of group ${groupId}`),
      ]);
      const byOwner = await post('/group/ban', owner, { group_id: groupId, user_list: [admin2.userId, owner.userId], duration: 10 });
      expect(byOwner.body.data).toEqual([
        ok(admin2.userId),
        refused(owner.userId, `user ${owner.userId} is the caller; nobody may ban themself`),
      ]);
      expect((await bannedIds(groupId)).sort()).toEqual([alice.userId, admin2.userId].sort());
      // A banned admin is still banned during no ban-all: bans bind every role.
      expect((await moderation.maySend(app.appId, groupId, admin2.userId)).allowed).toBe(false);
    });

    it('refuses bad input with the field and the rule', async () => {
      const groupId = await newGroup();
      const cases: [unknown, string][] = [
        [{ group_id: groupId, user_list: [alice.userId] }, 'duration: is required'],
        [{ group_id: groupId, user_list: [alice.userId], duration: 0 }, 'duration: must be at least 1 minute'],
        [{ group_id: groupId, user_list: [alice.userId], duration: -1 }, 'duration: must be at least 1 minute'],
        [{ group_id: groupId, user_list: [alice.userId], duration: 525_601 }, 'duration: must be at most 525600 minutes (one year)'],
        [{ group_id: groupId, user_list: [alice.userId], duration: 1.5 }, 'duration: must be an integer number of minutes'],
        [{ group_id: groupId, user_list: [alice.userId], duration: '10m' }, 'duration: "10m" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
        [{ user_list: [alice.userId], duration: 10 }, 'group_id: is required'],
        [{ group_id: 'x', user_list: [alice.userId], duration: 10 }, 'group_id: "x" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
        [{ group_id: groupId, duration: 10 }, 'user_list: is required'],
        [{ group_id: groupId, user_list: [], duration: 10 }, 'user_list: must hold at least one user id'],
        [{ group_id: groupId, user_list: [0], duration: 10 }, 'user_list: every item must be a positive user id'],
        [{ group_id: groupId, user_list: Array.from({ length: 501 }, (_, i) => i + 1), duration: 10 }, 'user_list: must hold at most 500 user ids'],
        [{ group_id: groupId, user_list: [alice.userId], duration: 10, reason: 'spam' }, 'reason: unknown field; remove it'],
      ];
      for (const [body, message] of cases) {
        expect((await post('/group/ban', owner, body)).body).toEqual(bad(message));
      }
      expect(await bannedIds(groupId)).toEqual([]);
    });
  });

  describe('POST /group/unban', () => {
    it('lifts bans, tells the members, and fails for members not banned', async () => {
      const groupId = await newGroup();
      await post('/group/ban', owner, { group_id: groupId, user_list: [alice.userId, admin2.userId], duration: 30 });
      const response = await post('/group/unban', admin, { group_id: groupId, user_list: [alice.userId, bob.userId, admin2.userId, outsider.userId] });
      expect(response.body.data).toEqual([
        ok(alice.userId),
        refused(bob.userId, `user ${bob.userId} is not banned in group ${groupId}`),
        refused(admin2.userId, `user ${admin2.userId} is an admin of group ${groupId}; only the owner may unban admins`),
        refused(outsider.userId, `user ${outsider.userId} is not a member of group ${groupId}`),
      ]);
      expect(await bannedIds(groupId)).toEqual([admin2.userId]);
      expect(await moderation.maySend(app.appId, groupId, alice.userId)).toEqual({ allowed: true });
      const notices = await groupNotices(carol, groupId);
      expect(notices.map((notice) => [notice.type, notice.toIds])).toEqual([
        [GroupNoticeType.Banned, [alice.userId, admin2.userId]],
        [GroupNoticeType.Unbanned, [alice.userId]],
      ]);

      expect((await post('/group/unban', owner, { group_id: groupId, user_list: [admin2.userId] })).body.data).toEqual([ok(admin2.userId)]);
      expect(await bannedIds(groupId)).toEqual([]);
    });

    it('treats an expired ban as no ban', async () => {
      const groupId = await newGroup();
      await post('/group/ban', owner, { group_id: groupId, user_list: [alice.userId], duration: 1 });
      at(T0 + 2 * MINUTE);
      expect((await post('/group/unban', owner, { group_id: groupId, user_list: [alice.userId] })).body.data).toEqual([
        refused(alice.userId, `user ${alice.userId} is not banned in group ${groupId}`),
      ]);
    });
  });

  describe('GET /group/banned_list', () => {
    it('pages by cursor with the total, and refuses cursors it did not hand out', async () => {
      const groupId = await newGroup();
      await post('/group/ban', owner, { group_id: groupId, user_list: [alice.userId, bob.userId, carol.userId], duration: 10 });
      const ids = [alice.userId, bob.userId, carol.userId].sort((x, y) => x - y);

      const first = await get(`/group/banned_list?group_id=${groupId}&limit=2`, alice);
      expect(first.body.data.map((item: { user_id: number }) => item.user_id)).toEqual(ids.slice(0, 2));
      expect(first.body.total).toBe(3);
      expect(typeof first.body.cursor).toBe('string');
      const second = await get(`/group/banned_list?group_id=${groupId}&limit=2&cursor=${first.body.cursor}&version=0`, alice);
      expect(second.body.data.map((item: { user_id: number }) => item.user_id)).toEqual(ids.slice(2));
      expect(second.body).not.toHaveProperty('cursor');
      expect(second.body.total).toBe(3);

      const badCursor = 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page';
      const forged = Buffer.from(JSON.stringify({ u: 'x' })).toString('base64url');
      for (const cursor of ['nonsense', forged]) {
        expect((await get(`/group/banned_list?group_id=${groupId}&cursor=${cursor}`, owner)).body).toEqual(bad(badCursor));
      }
    });

    it('refuses bad queries with the field and the rule', async () => {
      const groupId = await newGroup();
      const cases: [string, string][] = [
        ['', 'group_id: is required'],
        ['group_id=abc', 'group_id: must be an integer id'],
        [`group_id=${groupId}&limit=0`, 'limit: must be at least 1'],
        [`group_id=${groupId}&limit=1001`, 'limit: must be at most 1000'],
        [`group_id=${groupId}&limit=ten`, 'limit: must be an integer'],
        [`group_id=${groupId}&color=red`, 'color: unknown field; remove it'],
      ];
      for (const [query, message] of cases) {
        expect((await get(`/group/banned_list?${query}`, owner)).body).toEqual(bad(message));
        expect((await get(`/group/blocked_list?${query}`, owner)).body).toEqual(bad(message));
      }
    });

    it('is readable by members, not by outsiders', async () => {
      const groupId = await newGroup();
      expect((await get(`/group/banned_list?group_id=${groupId}`, carol)).body.code).toBe(200);
      expect((await get(`/group/banned_list?group_id=${groupId}`, outsider)).body).toEqual({
        code: 20011,
        message: `only members of group ${groupId} may do this`,
        data: null,
      });
    });
  });

  describe('POST /group/settings/ban_all and unban_all', () => {
    it('lets only the owner and admins send until the ban-all ends, then everyone again', async () => {
      const groupId = await newGroup();
      const response = await post('/group/settings/ban_all', admin, { group_id: groupId, duration: 30 });
      const end = T0 / 1000 + 30 * 60;
      expect(response.body).toEqual({ code: 200, message: null, data: { ban_expire_time: end } });
      expect(await server.sql(`SELECT ban_expire_time FROM groups WHERE id = $1`, [groupId])).toEqual([{ ban_expire_time: end }]);

      expect(await moderation.maySend(app.appId, groupId, alice.userId)).toEqual({
        allowed: false,
        code: 20012,
        reason: `group ${groupId} is banned for everyone until ${new Date(end * 1000).toISOString()}; only its owner and admins may send`,
      });
      expect(await moderation.maySend(app.appId, groupId, admin2.userId)).toEqual({ allowed: true });
      expect(await moderation.maySend(app.appId, groupId, owner.userId)).toEqual({ allowed: true });

      at(end * 1000 - 1);
      expect((await moderation.maySend(app.appId, groupId, alice.userId)).allowed).toBe(false);
      at(end * 1000);
      expect(await moderation.maySend(app.appId, groupId, alice.userId)).toEqual({ allowed: true });

      const notices = await groupNotices(carol, groupId);
      expect(notices).toEqual([
        expect.objectContaining({ type: GroupNoticeType.Muted, fromId: admin.userId, toIds: [], content: JSON.stringify({ ban_expire_time: end }) }),
      ]);
    });

    it('bans everyone for good with -1 until unban_all, which answers true and sets 0', async () => {
      const groupId = await newGroup();
      expect((await post('/group/settings/ban_all', owner, { group_id: groupId, duration: -1 })).body.data).toEqual({ ban_expire_time: -1 });
      at(T0 + 100 * 365 * 24 * 60 * MINUTE);
      expect((await moderation.maySend(app.appId, groupId, bob.userId)).code).toBe(20012);

      expect((await post('/group/settings/unban_all', admin2, { group_id: groupId })).body).toEqual({ code: 200, message: null, data: true });
      expect(await server.sql(`SELECT ban_expire_time FROM groups WHERE id = $1`, [groupId])).toEqual([{ ban_expire_time: 0 }]);
      expect(await moderation.maySend(app.appId, groupId, bob.userId)).toEqual({ allowed: true });
      expect((await groupNotices(bob, groupId)).map((notice) => notice.type)).toEqual([GroupNoticeType.Muted, GroupNoticeType.Unmuted]);

      // Ending a ban-all that is not active changes nothing to tell.
      expect((await post('/group/settings/unban_all', admin2, { group_id: groupId })).body.data).toBe(true);
      expect(await groupNotices(bob, groupId)).toHaveLength(2);
    });

    it('tells only the staff in a chatroom', async () => {
      const groupId = await newGroup(GroupType.Chatroom);
      await post('/group/settings/ban_all', owner, { group_id: groupId, duration: 5 });
      await post('/group/ban', owner, { group_id: groupId, user_list: [alice.userId], duration: 5 });
      expect((await groupNotices(admin, groupId)).map((notice) => notice.type)).toEqual([GroupNoticeType.Muted, GroupNoticeType.Banned]);
      expect((await groupNotices(alice, groupId)).map((notice) => notice.type)).toEqual([GroupNoticeType.Banned]);
      expect(await groupNotices(bob, groupId)).toEqual([]);
    });

    it('refuses members and bad durations', async () => {
      const groupId = await newGroup();
      expect((await post('/group/settings/ban_all', alice, { group_id: groupId, duration: 5 })).body).toEqual({
        code: 20012,
        message: `only the group's admins and owner of group ${groupId} may do this`,
        data: null,
      });
      expect((await post('/group/settings/unban_all', alice, { group_id: groupId })).body.code).toBe(20012);
      const rule = 'duration: must be -1 (forever) or 1 to 525600 minutes';
      const cases: [unknown, string][] = [
        [{ group_id: groupId }, 'duration: is required'],
        [{ group_id: groupId, duration: 0 }, rule],
        [{ group_id: groupId, duration: -2 }, rule],
        [{ group_id: groupId, duration: 525_601 }, rule],
        [{ group_id: groupId, duration: 'soon' }, 'duration: "soon" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
        [{ duration: 5 }, 'group_id: is required'],
      ];
      for (const [body, message] of cases) {
        expect((await post('/group/settings/ban_all', owner, body)).body).toEqual(bad(message));
      }
      expect((await post('/group/settings/unban_all', owner, {})).body).toEqual(bad('group_id: is required'));
      expect((await post('/group/settings/unban_all', owner, { group_id: groupId, duration: 1 })).body).toEqual(bad('duration: unknown field; remove it'));
      expect(await server.sql(`SELECT ban_expire_time FROM groups WHERE id = $1`, [groupId])).toEqual([{ ban_expire_time: 0 }]);
    });
  });

  describe('POST /group/block', () => {
    it('removes blocked members, lists them, and keeps them from being admitted again', async () => {
      const groupId = await newGroup();
      const response = await post('/group/block', admin, { group_id: groupId, user_list: [alice.userId] });
      expect(response.body).toEqual({ code: 200, message: null, data: [ok(alice.userId)] });

      expect(await server.sql(`SELECT user_id FROM group_members WHERE group_id = $1 AND user_id = $2`, [groupId, alice.userId])).toEqual([]);
      expect(await server.sql(`SELECT member_count FROM groups WHERE id = $1`, [groupId])).toEqual([{ member_count: 5 }]);
      const list = await get(`/group/blocked_list?group_id=${groupId}`, admin2);
      expect(list.body).toEqual({ code: 200, message: null, total: 1, data: [{ group_id: groupId, user_id: alice.userId, created_at: expect.any(String) }] });
      expect(Number.isNaN(Date.parse(list.body.data[0].created_at))).toBe(false);
      expect((await moderation.maySend(app.appId, groupId, alice.userId)).code).toBe(20002);

      const again = await readmit(groupId, [alice.userId]);
      expect(again?.results).toEqual([refused(alice.userId, `user ${alice.userId} is on this group's blocklist`)]);
      expect((await post('/group/apply', alice, { group_id: groupId })).body.code).toBe(20018);
      const invited = await post('/group/invite', owner, { group_id: groupId, user_list: [alice.userId] });
      expect(invited.body.data).toEqual([expect.objectContaining({ user_id: alice.userId, result: 'fail' })]);
      expect(await server.sql(`SELECT user_id FROM group_members WHERE group_id = $1 AND user_id = $2`, [groupId, alice.userId])).toEqual([]);

      const notices = await groupNotices(alice, groupId);
      expect(notices).toEqual([expect.objectContaining({ type: GroupNoticeType.Blocked, fromId: admin.userId, toIds: [alice.userId] })]);
      expect((await groupNotices(bob, groupId)).map((notice) => notice.type)).toEqual([GroupNoticeType.Blocked]);
    });

    it('blocks outsiders in advance, and fails for unknown users, users already blocked and those the caller does not outrank', async () => {
      const groupId = await newGroup();
      const byAdmin = await post('/group/block', admin, {
        group_id: groupId,
        user_list: [outsider.userId, 999_999_999, admin2.userId, owner.userId, admin.userId, stranger.userId],
      });
      expect(byAdmin.body.data).toEqual([
        ok(outsider.userId),
        refused(999_999_999, 'user 999999999 does not exist in this app'),
        refused(admin2.userId, `user ${admin2.userId} is an admin of group ${groupId}; only the owner may block admins`),
        refused(owner.userId, `user ${owner.userId} is the owner of group ${groupId}; nobody may block the owner`),
        refused(admin.userId, `user ${admin.userId} is the caller; nobody may block themself`),
        refused(stranger.userId, `user ${stranger.userId} does not exist in this app`),
      ]);
      const byOwner = await post('/group/block', owner, { group_id: groupId, user_list: [admin2.userId, outsider.userId] });
      expect(byOwner.body.data).toEqual([
        ok(admin2.userId),
        refused(outsider.userId, `user ${outsider.userId} is already on the blocklist of group ${groupId}`),
      ]);
      expect((await blockedIds(groupId)).sort()).toEqual([outsider.userId, admin2.userId].sort());
      expect((await readmit(groupId, [outsider.userId]))?.added).toEqual([]);
      expect(await server.sql(`SELECT member_count FROM groups WHERE id = $1`, [groupId])).toEqual([{ member_count: 5 }]);
    });

    it('pages the blocklist by cursor', async () => {
      const groupId = await newGroup();
      await post('/group/block', owner, { group_id: groupId, user_list: [alice.userId, bob.userId, outsider.userId] });
      const ids = [alice.userId, bob.userId, outsider.userId].sort((x, y) => x - y);
      const first = await get(`/group/blocked_list?group_id=${groupId}&limit=1`, admin);
      expect(first.body.data.map((item: { user_id: number }) => item.user_id)).toEqual(ids.slice(0, 1));
      expect(first.body.total).toBe(3);
      const rest = await get(`/group/blocked_list?group_id=${groupId}&limit=5&cursor=${first.body.cursor}`, admin);
      expect(rest.body.data.map((item: { user_id: number }) => item.user_id)).toEqual(ids.slice(1));
      expect(rest.body).not.toHaveProperty('cursor');
      expect((await get(`/group/blocked_list?group_id=${groupId}&cursor=%%%`, admin)).body.code).toBe(10002);
    });

    it('is the admins\' list: members may not read it', async () => {
      const groupId = await newGroup();
      expect((await get(`/group/blocked_list?group_id=${groupId}`, bob)).body.code).toBe(20012);
    });
  });

  describe('POST and DELETE /group/unblock', () => {
    it('takes users off the blocklist so they can be admitted again, and fails for users not on it', async () => {
      const groupId = await newGroup();
      await post('/group/block', owner, { group_id: groupId, user_list: [alice.userId, bob.userId] });

      const byPost = await post('/group/unblock', admin, { group_id: groupId, user_list: [alice.userId, carol.userId] });
      expect(byPost.body.data).toEqual([ok(alice.userId), refused(carol.userId, `user ${carol.userId} is not on the blocklist of group ${groupId}`)]);
      const byDelete = await server.request({
        method: 'DELETE',
        url: '/group/unblock',
        appId: app.appId,
        token: admin.token,
        body: { group_id: groupId, user_list: [bob.userId] },
      });
      expect(byDelete.body.data).toEqual([ok(bob.userId)]);
      expect(await blockedIds(groupId)).toEqual([]);

      expect((await readmit(groupId, [alice.userId, bob.userId]))?.added.sort()).toEqual([alice.userId, bob.userId].sort());
      const notices = await groupNotices(alice, groupId);
      expect(notices.map((notice) => [notice.type, notice.toIds])).toEqual([
        [GroupNoticeType.Blocked, [alice.userId, bob.userId]],
        [GroupNoticeType.Unblocked, [alice.userId]],
      ]);
      // Members who were never blocked do not hear of unblocking.
      expect((await groupNotices(carol, groupId)).map((notice) => notice.type)).toEqual([GroupNoticeType.Blocked]);
    });
  });

  describe('permissions', () => {
    const routes: [string, string, (groupId: number) => unknown][] = [
      ['POST', '/group/ban', (groupId) => ({ group_id: groupId, user_list: [alice.userId], duration: 5 })],
      ['POST', '/group/unban', (groupId) => ({ group_id: groupId, user_list: [alice.userId] })],
      ['POST', '/group/settings/ban_all', (groupId) => ({ group_id: groupId, duration: 5 })],
      ['POST', '/group/settings/unban_all', (groupId) => ({ group_id: groupId })],
      ['POST', '/group/block', (groupId) => ({ group_id: groupId, user_list: [bob.userId] })],
      ['DELETE', '/group/unblock', (groupId) => ({ group_id: groupId, user_list: [bob.userId] })],
      ['GET', '/group/banned_list', () => undefined],
      ['GET', '/group/blocked_list', () => undefined],
    ];
    const call = (method: string, url: string, groupId: number, body: unknown, options: { token?: string; appId?: string; headers?: Record<string, string> }) =>
      server.request({
        method: method as 'GET',
        url: method === 'GET' ? `${url}?group_id=${groupId}` : url,
        appId: options.appId ?? app.appId,
        token: options.token,
        headers: options.headers,
        body,
      });

    it('refuses members (admin routes), outsiders, other apps and impersonation without an admin token', async () => {
      const groupId = await newGroup();
      const otherGroupId = await newGroup();
      for (const [method, url, body] of routes) {
        const memberOk = url === '/group/banned_list';
        const asMember = await call(method, url, groupId, body(groupId), { token: carol.token });
        expect([url, asMember.body.code]).toEqual([url, memberOk ? 200 : 20012]);
        const asOutsider = await call(method, url, groupId, body(groupId), { token: outsider.token });
        expect([url, asOutsider.body.code]).toEqual([url, memberOk ? 20011 : 20012]);
        const fromOtherApp = await call(method, url, groupId, body(groupId), { token: stranger.token, appId: otherApp.appId });
        expect([url, fromOtherApp.body]).toEqual([url, { code: 20001, message: `group ${groupId} does not exist in this app`, data: null }]);
        const otherAppAdmin = await call(method, url, groupId, body(groupId), { token: otherApp.adminToken, appId: otherApp.appId, headers: { group_id: String(groupId) } });
        expect([url, otherAppAdmin.body.code]).toEqual([url, 20001]);
        const impersonating = await call(method, url, groupId, body(groupId), { token: carol.token, headers: { user_id: String(owner.userId) } });
        expect([url, impersonating.body.code]).toEqual([url, 10010]);
        const wrongGroupHeader = await call(method, url, groupId, body(groupId), { token: app.adminToken, headers: { group_id: String(otherGroupId) } });
        expect([url, wrongGroupHeader.body.code]).toEqual([url, 10010]);
      }
      expect(await bannedIds(groupId)).toEqual([]);
      expect(await blockedIds(groupId)).toEqual([]);
      expect(await server.sql(`SELECT ban_expire_time FROM groups WHERE id = $1`, [groupId])).toEqual([{ ban_expire_time: 0 }]);
    });

    it("lets an admin token act as the group's admin (group_id header) or as a user (user_id header)", async () => {
      const groupId = await newGroup();
      const asGroupAdmin = { group_id: String(groupId) };
      const ban = await post('/group/ban', null, { group_id: groupId, user_list: [alice.userId, admin2.userId], duration: 5 }, asGroupAdmin);
      expect(ban.body.data).toEqual([
        ok(alice.userId),
        refused(admin2.userId, `user ${admin2.userId} is an admin of group ${groupId}; only the owner may ban admins`),
      ]);
      expect((await groupNotices(alice, groupId))[0]).toMatchObject({ type: GroupNoticeType.Banned, fromId: null });
      expect((await get(`/group/banned_list?group_id=${groupId}`, null, asGroupAdmin)).body.data).toEqual([expect.objectContaining({ user_id: alice.userId })]);
      expect((await post('/group/block', null, { group_id: groupId, user_list: [bob.userId] }, asGroupAdmin)).body.data).toEqual([ok(bob.userId)]);
      expect(await server.sql(`SELECT blocked_by FROM group_blocks WHERE group_id = $1`, [groupId])).toEqual([{ blocked_by: null }]);
      expect((await get(`/group/blocked_list?group_id=${groupId}`, null, asGroupAdmin)).body.total).toBe(1);
      expect((await post('/group/settings/ban_all', null, { group_id: groupId, duration: -1 }, asGroupAdmin)).body.data).toEqual({ ban_expire_time: -1 });

      const asOwner = { user_id: String(owner.userId) };
      expect((await post('/group/unban', null, { group_id: groupId, user_list: [alice.userId] }, asOwner)).body.data).toEqual([ok(alice.userId)]);
      expect((await post('/group/unblock', null, { group_id: groupId, user_list: [bob.userId] }, asOwner)).body.data).toEqual([ok(bob.userId)]);
      expect((await post('/group/settings/unban_all', null, { group_id: groupId }, asOwner)).body.data).toBe(true);
      expect(await server.sql(`SELECT ban_expire_time FROM groups WHERE id = $1`, [groupId])).toEqual([{ ban_expire_time: 0 }]);
      const asMember = { user_id: String(carol.userId) };
      expect((await post('/group/ban', null, { group_id: groupId, user_list: [alice.userId], duration: 5 }, asMember)).body.code).toBe(20012);
    });

    it('answers 20001 for a missing or destroyed group, and maySend says so too', async () => {
      const groupId = await newGroup();
      await server.sql(`UPDATE groups SET status = 1 WHERE id = $1`, [groupId]);
      for (const [method, url, body] of routes) {
        expect([url, (await call(method, url, groupId, body(groupId), { token: owner.token })).body.code]).toEqual([url, 20001]);
      }
      expect(await moderation.maySend(app.appId, groupId, alice.userId)).toEqual({
        allowed: false,
        code: 20001,
        reason: `group ${groupId} does not exist in this app`,
      });
      expect((await moderation.maySend(otherApp.appId, groupId, stranger.userId)).code).toBe(20001);
    });
  });
});
