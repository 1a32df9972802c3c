import { Clock } from '../../src/common/clock';
import { GroupInfoService } from '../../src/group/group-info.service';
import { GroupType } from '../../src/group/group.entity';
import { GroupNoticeType } from '../../src/notice/notice.types';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { destroyGroup, groupNotices, insertGroup } from './fixtures';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const T0 = Date.parse('2030-01-01T00:00:00Z');

describe(GroupInfoService.name, () => {
  let server: TestServer;
  let app: Tenant;
  let otherApp: Tenant;
  let owner: TestUser;
  let admin: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let outsider: TestUser;
  let stranger: TestUser;
  let now: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    server = await startTestServer();
    app = await createTenant(server, 'info app');
    otherApp = await createTenant(server, 'other app');
    [owner, admin, alice, bob, outsider] = await Promise.all(Array.from({ length: 5 }, () => createUser(server, app)));
    stranger = await createUser(server, otherApp);
    now = jest.spyOn(server.app.get(Clock), 'now').mockImplementation(() => new Date(T0));
  });
  afterAll(async () => {
    now.mockRestore();
    await server.close();
  });

  /** A group: owner, admin, members alice and bob. */
  const newGroup = (type = GroupType.Private) => insertGroup(server, app, { owner, admins: [admin], members: [alice, bob], type, name: 'info group' });
  const call = (method: Method, url: string, user: TestUser | null, body?: unknown, headers?: Record<string, string>) =>
    server.request({ method, url, appId: app.appId, token: user?.token ?? app.adminToken, body, headers });
  const asGroupAdmin = (groupId: number) => ({ group_id: String(groupId) });
  const asUser = (user: TestUser) => ({ user_id: String(user.userId) });
  const info = async (groupId: number, user: TestUser | null = owner) => {
    const response = await call('GET', `/group/info?group_id=${groupId}`, user, undefined, user ? undefined : asGroupAdmin(groupId));
    expect(response.body.code).toBe(200);
    return response.body.data;
  };
  const bad = (message: string) => ({ code: 10002, message, data: null });
  const refused = (code: number, message: string) => ({ code, message, data: null });
  const needsAdmin = (groupId: number) => refused(20012, `only the group's admins and owner of group ${groupId} may do this`);
  const needsMember = (groupId: number) => refused(20011, `only members of group ${groupId} may do this`);
  const groupGone = (groupId: number) => refused(20001, `group ${groupId} does not exist in this app`);
  const done = { code: 200, message: null, data: true };

  describe('GET /group/info and GET /group/settings', () => {
    it("answers every field of the spec, with the caller's own message modes", async () => {
      const groupId = await newGroup();
      await server.sql(`UPDATE groups SET avatar = 'a.png', description = 'about', ext = '{"k":1}', ban_expire_time = 42 WHERE id = $1`, [
        groupId,
      ]);
      await server.sql(`UPDATE group_members SET msg_mute_mode = 1, msg_push_mode = 3 WHERE group_id = $1 AND user_id = $2`, [
        groupId,
        alice.userId,
      ]);
      const [row] = await server.sql(`SELECT created_at, updated_at FROM groups WHERE id = $1`, [groupId]);
      const expected = {
        group_id: groupId,
        name: 'info group',
        avatar: 'a.png',
        description: 'about',
        ext: '{"k":1}',
        owner_id: owner.userId,
        type: 0,
        status: 0,
        capacity: 2000,
        count: 4,
        apply_approval: 1,
        ban_expire_time: 42,
        member_invite: true,
        member_modify: false,
        read_ack: false,
        history_visible: false,
        hide_member_info: false,
        msg_mute_mode: 1,
        msg_push_mode: 3,
        created_at: row.created_at.getTime(),
        updated_at: row.updated_at.getTime(),
      };
      for (const url of [`/group/info?group_id=${groupId}`, `/group/settings?group_id=${groupId}`]) {
        expect((await call('GET', url, alice)).body).toEqual({ code: 200, message: null, data: expected });
        expect((await call('GET', url, bob)).body.data).toEqual({ ...expected, msg_mute_mode: 0, msg_push_mode: 0 });
      }
    });

    it('shows a public group to anyone of the app, with modes 0 for a non-member', async () => {
      const groupId = await newGroup(GroupType.Public);
      const response = await call('GET', `/group/info?group_id=${groupId}`, outsider);
      expect(response.body.code).toBe(200);
      expect(response.body.data).toMatchObject({ group_id: groupId, type: 1, msg_mute_mode: 0, msg_push_mode: 0 });
      expect((await call('GET', `/group/settings?group_id=${groupId}`, outsider)).body.code).toBe(200);
    });

    it('refuses a private group or a chatroom to non-members (20011)', async () => {
      for (const type of [GroupType.Private, GroupType.Chatroom]) {
        const groupId = await newGroup(type);
        expect((await call('GET', `/group/info?group_id=${groupId}`, outsider)).body).toEqual(needsMember(groupId));
        expect((await call('GET', `/group/settings?group_id=${groupId}`, outsider)).body).toEqual(needsMember(groupId));
      }
    });

    it("answers the app acting as the group's admin (modes 0) and as a user; refuses other headers and tokens", async () => {
      const groupId = await newGroup();
      const otherGroupId = await newGroup();
      await server.sql(`UPDATE group_members SET msg_push_mode = 4 WHERE group_id = $1 AND user_id = $2`, [groupId, alice.userId]);
      const url = `/group/info?group_id=${groupId}`;
      expect((await call('GET', url, null, undefined, asGroupAdmin(groupId))).body.data).toMatchObject({ group_id: groupId, msg_push_mode: 0 });
      expect((await call('GET', url, null, undefined, asUser(alice))).body.data).toMatchObject({ group_id: groupId, msg_push_mode: 4 });
      expect((await call('GET', url, null, undefined, asUser(outsider))).body).toEqual(needsMember(groupId));
      expect((await call('GET', url, null, undefined, asGroupAdmin(otherGroupId))).body).toEqual(
        refused(10010, `the group_id header names group ${otherGroupId}, but this request is about group ${groupId}`),
      );
      expect((await call('GET', url, null)).body.code).toBe(10010);
      expect((await call('GET', url, alice, undefined, asUser(bob))).body.code).toBe(10010);
      expect((await call('GET', url, alice, undefined, asGroupAdmin(groupId))).body.code).toBe(10010);
    });

    it("does not show another app's groups", async () => {
      const groupId = await newGroup(GroupType.Public);
      const response = await server.request({ method: 'GET', url: `/group/info?group_id=${groupId}`, appId: otherApp.appId, token: stranger.token });
      expect(response.body).toEqual(groupGone(groupId));
      const crossed = await server.request({ method: 'GET', url: `/group/info?group_id=${groupId}`, appId: app.appId, token: stranger.token });
      expect(crossed.body.code).toBe(10008);
    });

    it('answers 20001 for a destroyed or unknown group', async () => {
      const groupId = await newGroup();
      await destroyGroup(server, groupId);
      expect((await call('GET', `/group/info?group_id=${groupId}`, owner)).body).toEqual(groupGone(groupId));
      expect((await call('GET', `/group/settings?group_id=${groupId}`, owner)).body).toEqual(groupGone(groupId));
      expect((await call('GET', `/group/info?group_id=999999999`, owner)).body).toEqual(groupGone(999999999));
    });

    it('refuses a missing or malformed group_id', async () => {
      expect((await call('GET', '/group/info', owner)).body).toEqual(bad('group_id: is required'));
      expect((await call('GET', '/group/info?group_id=abc', owner)).body).toEqual(bad('group_id: must be an integer id'));
      expect((await call('GET', '/group/settings?group_id=0', owner)).body).toEqual(bad('group_id: must be a positive id'));
    });
  });

  describe('POST /group/info/batch', () => {
    it('answers the groups the caller may view, in the order asked, leaving out the others', async () => {
      const mine = await newGroup();
      const publicOne = await insertGroup(server, app, { owner: bob, type: GroupType.Public, name: 'open' });
      const privateOne = await insertGroup(server, app, { owner: bob, name: 'closed' });
      const destroyed = await newGroup();
      await destroyGroup(server, destroyed);
      await server.sql(`UPDATE group_members SET msg_mute_mode = 2, msg_push_mode = 1 WHERE group_id = $1 AND user_id = $2`, [mine, alice.userId]);
      const response = await call('POST', '/group/info/batch', alice, { group_list: [publicOne, privateOne, mine, destroyed, 999999999, mine] });
      expect(response.body).toEqual({
        code: 200,
        message: null,
        data: [
          {
            group_id: publicOne,
            name: 'open',
            owner: bob.userId,
            type: 1,
            status: 0,
            capacity: 2000,
            count: 1,
            apply_approval: 1,
            msg_mute_mode: 0,
            msg_push_mode: 0,
          },
          {
            group_id: mine,
            name: 'info group',
            owner: owner.userId,
            type: 0,
            status: 0,
            capacity: 2000,
            count: 4,
            apply_approval: 1,
            msg_mute_mode: 2,
            msg_push_mode: 1,
          },
        ],
      });
    });

    it("shows the app acting as a group's admin that group only; refuses an admin token acting as nobody", async () => {
      const groupId = await newGroup();
      const other = await newGroup();
      const response = await call('POST', '/group/info/batch', null, { group_list: [other, groupId] }, asGroupAdmin(groupId));
      expect(response.body.data.map((item: { group_id: number }) => item.group_id)).toEqual([groupId]);
      const asAlice = await call('POST', '/group/info/batch', null, { group_list: [other, groupId] }, asUser(alice));
      expect(asAlice.body.data.map((item: { group_id: number }) => item.group_id)).toEqual([other, groupId]);
      expect((await call('POST', '/group/info/batch', null, { group_list: [groupId] })).body.code).toBe(10010);
      expect((await call('POST', '/group/info/batch', alice, { group_list: [groupId] }, asUser(bob))).body.code).toBe(10010);
      const foreign = await server.request({
        method: 'POST',
        url: '/group/info/batch',
        appId: otherApp.appId,
        token: stranger.token,
        body: { group_list: [groupId] },
      });
      expect(foreign.body).toEqual({ code: 200, message: null, data: [] });
    });

    it('refuses a bad group_list', async () => {
      const post = (body: unknown) => call('POST', '/group/info/batch', alice, body);
      expect((await post({})).body).toEqual(bad('group_list: is required'));
      expect((await post({ group_list: 5 })).body).toEqual(bad('group_list: must be an array of group ids'));
      expect((await post({ group_list: [] })).body).toEqual(bad('group_list: must hold at least one group id'));
      expect((await post({ group_list: [' 1'] })).body).toEqual(bad('group_list[0]: " 1" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'));
      expect((await post({ group_list: [0] })).body).toEqual(bad('group_list: every item must be a positive group id'));
      const tooMany = Array.from({ length: 101 }, (_, index) => index + 1);
      expect((await post({ group_list: tooMany })).body).toEqual(bad('group_list: must hold at most 100 group ids'));
    });
  });

  describe('info setters: name, avatar, description, ext', () => {
    const fields = [
      { path: 'name', field: 'name', value: 'renamed' },
      { path: 'avatar', field: 'avatar', value: 'https://cdn.example/a.png' },
      { path: 'description', field: 'description', value: 'what we do' },
      { path: 'ext', field: 'ext', value: '{"color":"blue"}' },
    ];

    for (const { path, field, value } of fields) {
      for (const method of ['POST', 'PUT'] as const) {
        it(`${method} /group/info/${path} stores the value, stamps updated_at and tells every member`, async () => {
          const groupId = await newGroup();
          now.mockImplementation(() => new Date(T0 + 5000));
          expect((await call(method, `/group/info/${path}`, admin, { group_id: groupId, value })).body).toEqual(done);
          expect(await info(groupId, alice)).toMatchObject({ [field]: value, updated_at: T0 + 5000 });
          for (const member of [owner, admin, alice, bob]) {
            expect(await groupNotices(server, app, member, groupId)).toEqual([
              expect.objectContaining({ type: GroupNoticeType.InfoUpdated, fromId: admin.userId, toIds: [], content: JSON.stringify({ [field]: value }) }),
            ]);
          }
          expect(await groupNotices(server, app, outsider, groupId)).toEqual([]);
          now.mockImplementation(() => new Date(T0));
        });
      }
    }

    it('clears avatar, description and ext with ""', async () => {
      const groupId = await newGroup();
      await server.sql(`UPDATE groups SET avatar = 'a', description = 'd', ext = 'e' WHERE id = $1`, [groupId]);
      for (const path of ['avatar', 'description', 'ext']) {
        expect((await call('POST', `/group/info/${path}`, owner, { group_id: groupId, value: '' })).body).toEqual(done);
      }
      const cleared = await info(groupId);
      for (const field of ['avatar', 'description', 'ext']) expect(cleared).not.toHaveProperty(field);
    });

    it('changes nothing and tells nobody when the value is the current one', async () => {
      const groupId = await newGroup();
      const before = await info(groupId);
      now.mockImplementation(() => new Date(T0 + 9000));
      expect((await call('POST', '/group/info/name', owner, { group_id: groupId, value: 'info group' })).body).toEqual(done);
      expect(await info(groupId)).toEqual(before);
      expect(await groupNotices(server, app, alice, groupId)).toEqual([]);
      now.mockImplementation(() => new Date(T0));
    });

    it('lets members change info only while member_modify is on; outsiders never', async () => {
      const groupId = await newGroup(GroupType.Public);
      for (const path of ['name', 'avatar', 'description', 'ext']) {
        expect((await call('POST', `/group/info/${path}`, alice, { group_id: groupId, value: 'x' })).body).toEqual(needsAdmin(groupId));
      }
      expect((await call('POST', '/group/settings/allow_member_modify', admin, { group_id: groupId, value: true })).body).toEqual(done);
      for (const path of ['name', 'avatar', 'description', 'ext']) {
        expect((await call('PUT', `/group/info/${path}`, alice, { group_id: groupId, value: `by alice: ${path}` })).body).toEqual(done);
      }
      expect(await info(groupId)).toMatchObject({
        name: 'by alice: name',
        avatar: 'by alice: avatar',
        description: 'by alice: description',
        ext: 'by alice: ext',
      });
      expect((await call('POST', '/group/info/name', outsider, { group_id: groupId, value: 'x' })).body).toEqual(needsMember(groupId));
      expect((await call('POST', '/group/settings/allow_member_modify', owner, { group_id: groupId, value: false })).body).toEqual(done);
      expect((await call('POST', '/group/info/name', alice, { group_id: groupId, value: 'again' })).body).toEqual(needsAdmin(groupId));
      expect((await info(groupId)).name).toBe('by alice: name');
    });

    it("lets the owner, and the app as the group's admin or as a user, change info; refuses other tokens and headers", async () => {
      const groupId = await newGroup();
      const otherGroupId = await newGroup();
      expect((await call('POST', '/group/info/name', owner, { group_id: groupId, value: 'by owner' })).body).toEqual(done);
      expect((await call('POST', '/group/info/name', null, { group_id: groupId, value: 'by app' }, asGroupAdmin(groupId))).body).toEqual(done);
      expect((await info(groupId)).name).toBe('by app');
      const [notice] = (await groupNotices(server, app, bob, groupId)).slice(-1);
      expect(notice).toMatchObject({ type: GroupNoticeType.InfoUpdated, fromId: null, content: JSON.stringify({ name: 'by app' }) });
      expect((await call('POST', '/group/info/name', null, { group_id: groupId, value: 'as admin' }, asUser(admin))).body).toEqual(done);
      expect((await call('POST', '/group/info/name', null, { group_id: groupId, value: 'as bob' }, asUser(bob))).body).toEqual(needsAdmin(groupId));
      expect((await call('POST', '/group/info/name', null, { group_id: groupId, value: 'x' }, asGroupAdmin(otherGroupId))).body.code).toBe(10010);
      expect((await call('POST', '/group/info/name', null, { group_id: groupId, value: 'x' })).body.code).toBe(10010);
      expect((await call('POST', '/group/info/name', alice, { group_id: groupId, value: 'x' }, asUser(admin))).body.code).toBe(10010);
      expect((await call('POST', '/group/info/name', alice, { group_id: groupId, value: 'x' }, asGroupAdmin(groupId))).body.code).toBe(10010);
      const foreign = await server.request({
        method: 'POST',
        url: '/group/info/name',
        appId: otherApp.appId,
        token: stranger.token,
        body: { group_id: groupId, value: 'x' },
      });
      expect(foreign.body).toEqual(groupGone(groupId));
      expect((await info(groupId)).name).toBe('as admin');
    });

    it('tells only the staff and the actor of a chatroom', async () => {
      const groupId = await newGroup(GroupType.Chatroom);
      await call('POST', '/group/settings/allow_member_modify', owner, { group_id: groupId, value: true });
      expect((await call('POST', '/group/info/description', alice, { group_id: groupId, value: 'chat' })).body).toEqual(done);
      const infoNotices = async (user: TestUser) =>
        (await groupNotices(server, app, user, groupId)).filter((notice) => notice.content === JSON.stringify({ description: 'chat' }));
      for (const user of [owner, admin, alice]) expect(await infoNotices(user)).toHaveLength(1);
      expect(await infoNotices(bob)).toEqual([]);
    });

    it('answers 20001 for a destroyed group', async () => {
      const groupId = await newGroup();
      await destroyGroup(server, groupId);
      expect((await call('POST', '/group/info/name', owner, { group_id: groupId, value: 'x' })).body).toEqual(groupGone(groupId));
    });

    it('refuses bad values with the field and the limit', async () => {
      const groupId = await newGroup();
      const set = (path: string, body: unknown) => call('POST', `/group/info/${path}`, owner, body);
      expect((await set('name', { group_id: groupId, value: '' })).body).toEqual(bad('value: must not be blank'));
      expect((await set('name', { group_id: groupId, value: '   ' })).body).toEqual(bad('value: must not be blank'));
      expect((await set('name', { group_id: groupId, value: 'n'.repeat(65) })).body).toEqual(bad('value: must be at most 64 characters'));
      expect((await set('avatar', { group_id: groupId, value: 'a'.repeat(1025) })).body).toEqual(bad('value: must be at most 1024 characters'));
      expect((await set('description', { group_id: groupId, value: 'd'.repeat(1025) })).body).toEqual(
        bad('value: must be at most 1024 characters'),
      );
      expect((await set('ext', { group_id: groupId, value: 'e'.repeat(4097) })).body).toEqual(bad('value: must be at most 4096 characters'));
      expect((await set('ext', { group_id: groupId, value: 5 })).body).toEqual(bad('value: must be a string'));
      expect((await set('name', { group_id: groupId })).body).toEqual(bad('value: is required'));
      expect((await set('name', { value: 'x' })).body).toEqual(bad('group_id: is required'));
      expect((await set('name', { group_id: 'one', value: 'x' })).body).toEqual(bad('group_id: "one" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'));
      expect((await set('name', { group_id: groupId, value: 'x', extra: 1 })).body).toEqual(bad('extra: unknown field; remove it'));
      expect((await set('name', { group_id: groupId, value: 'n'.repeat(64) })).body).toEqual(done);
      expect((await set('ext', { group_id: groupId, value: 'e'.repeat(4096) })).body).toEqual(done);
    });
  });

  describe('settings setters', () => {
    const settings = [
      { path: 'allow_member_invitation', field: 'member_invite', initial: true },
      { path: 'allow_member_modify', field: 'member_modify', initial: false },
      { path: 'enable_read_ack', field: 'read_ack', initial: false },
      { path: 'history_visible', field: 'history_visible', initial: false },
      { path: 'hide_member_info', field: 'hide_member_info', initial: false },
    ];

    for (const { path, field, initial } of settings) {
      it(`POST and PUT /group/settings/${path} set ${field} (admins), tell the members, and refuse members`, async () => {
        const groupId = await newGroup();
        const settingsOf = async () => (await call('GET', `/group/settings?group_id=${groupId}`, bob)).body.data[field];
        expect(await settingsOf()).toBe(initial);
        expect((await call('POST', `/group/settings/${path}`, admin, { group_id: groupId, value: !initial })).body).toEqual(done);
        expect(await settingsOf()).toBe(!initial);
        expect((await call('PUT', `/group/settings/${path}`, owner, { group_id: groupId, value: initial })).body).toEqual(done);
        expect(await settingsOf()).toBe(initial);
        expect((await call('POST', `/group/settings/${path}`, null, { group_id: groupId, value: !initial }, asGroupAdmin(groupId))).body).toEqual(done);
        expect(await settingsOf()).toBe(!initial);
        expect((await groupNotices(server, app, bob, groupId)).map((notice) => [notice.type, notice.content])).toEqual([
          [GroupNoticeType.InfoUpdated, JSON.stringify({ [field]: !initial })],
          [GroupNoticeType.InfoUpdated, JSON.stringify({ [field]: initial })],
          [GroupNoticeType.InfoUpdated, JSON.stringify({ [field]: !initial })],
        ]);

        expect((await call('POST', `/group/settings/${path}`, alice, { group_id: groupId, value: initial })).body).toEqual(needsAdmin(groupId));
        expect((await call('PUT', `/group/settings/${path}`, outsider, { group_id: groupId, value: initial })).body).toEqual(needsAdmin(groupId));
        expect((await call('POST', `/group/settings/${path}`, alice, { group_id: groupId, value: 'yes' })).body).toEqual(
          bad('value: must be true or false'),
        );
        expect((await call('POST', `/group/settings/${path}`, alice, { group_id: groupId })).body).toEqual(bad('value: is required'));
        expect(await settingsOf()).toBe(!initial);
      });
    }

    it('POST and PUT /group/settings/require_admin_approval set apply_approval (admins)', async () => {
      const groupId = await newGroup();
      const approvalOf = async () => (await info(groupId, alice)).apply_approval;
      expect(await approvalOf()).toBe(1);
      expect((await call('POST', '/group/settings/require_admin_approval', admin, { group_id: groupId, apply_approval: 0 })).body).toEqual(done);
      expect(await approvalOf()).toBe(0);
      expect((await call('PUT', '/group/settings/require_admin_approval', owner, { group_id: groupId, apply_approval: 2 })).body).toEqual(done);
      expect(await approvalOf()).toBe(2);
      expect((await groupNotices(server, app, alice, groupId)).map((notice) => notice.content)).toEqual([
        JSON.stringify({ apply_approval: 0 }),
        JSON.stringify({ apply_approval: 2 }),
      ]);
      const set = (user: TestUser, body: unknown) => call('POST', '/group/settings/require_admin_approval', user, body);
      expect((await set(alice, { group_id: groupId, apply_approval: 1 })).body).toEqual(needsAdmin(groupId));
      expect((await set(owner, { group_id: groupId, apply_approval: 3 })).body).toEqual(bad('apply_approval: must be 0, 1 or 2'));
      expect((await set(owner, { group_id: groupId, apply_approval: 'yes' })).body).toEqual(bad('apply_approval: "yes" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'));
      expect((await set(owner, { group_id: groupId })).body).toEqual(bad('apply_approval: is required'));
      expect((await set(owner, { group_id: groupId, value: 1 })).body).toEqual(bad('value: unknown field; remove it'));
      expect(await approvalOf()).toBe(2);
    });

    it('refuses other apps, bare admin tokens and impersonation headers on user tokens; 20001 for a destroyed group', async () => {
      const groupId = await newGroup();
      const body = { group_id: groupId, value: true };
      expect((await call('POST', '/group/settings/enable_read_ack', null, body)).body.code).toBe(10010);
      expect((await call('POST', '/group/settings/enable_read_ack', null, body, asUser(admin))).body).toEqual(done);
      expect((await call('POST', '/group/settings/enable_read_ack', null, body, asUser(bob))).body).toEqual(needsAdmin(groupId));
      expect((await call('POST', '/group/settings/enable_read_ack', owner, body, asUser(owner))).body.code).toBe(10010);
      expect((await call('POST', '/group/settings/enable_read_ack', owner, body, asGroupAdmin(groupId))).body.code).toBe(10010);
      const foreign = await server.request({
        method: 'POST',
        url: '/group/settings/enable_read_ack',
        appId: otherApp.appId,
        token: otherApp.adminToken,
        body,
        headers: asGroupAdmin(groupId),
      });
      expect(foreign.body).toEqual(groupGone(groupId));
      await destroyGroup(server, groupId);
      expect((await call('POST', '/group/settings/enable_read_ack', owner, body)).body).toEqual(groupGone(groupId));
      expect((await call('GET', `/group/settings?group_id=${groupId}`, owner)).body).toEqual(groupGone(groupId));
    });
  });
});
