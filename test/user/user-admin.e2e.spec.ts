import { EndedSessions, UserSessionsService } from '../../src/user/user-sessions.service';
import { UserNoticeType } from '../../src/notice/notice.types';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Call {
  method?: Method;
  token?: string;
  appId?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

describe('UserAdminController: passwords, deletion, disable/enable, list, batch profile edits', () => {
  let server: TestServer;
  let appA: Tenant;
  let appB: Tenant;
  let alice: TestUser;
  let carolOfB: TestUser;
  /** What the realtime gateway would be told to close. */
  const ended: EndedSessions[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    appA = await createTenant(server, 'A');
    appB = await createTenant(server, 'B');
    alice = await createUser(server, appA);
    carolOfB = await createUser(server, appB);
    server.app.get(UserSessionsService).onSessionsEnded((event) => ended.push(event));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    ended.length = 0;
  });

  const call = (url: string, options: Call = {}) =>
    server.request({ method: options.method ?? 'POST', url, appId: options.appId ?? appA.appId, ...options });
  const asAdmin = (user: TestUser) => ({ token: appA.adminToken, headers: { user_id: String(user.userId) } });
  const login = (user: TestUser, password: string, tenant: Tenant = appA) =>
    server.request({ method: 'POST', url: '/token/id', appId: tenant.appId, body: { user_id: user.userId, password } });
  const profileCode = async (token: string, tenant: Tenant = appA) =>
    (await server.request({ url: '/user/profile', appId: tenant.appId, token })).body.code;
  const ok = { code: 200, message: null, data: true };
  const bad = (message: string) => ({ code: 10002, message, data: null });
  const adminOnly = { code: 10010, message: 'this operation needs the app admin access-token', data: null };

  /** A second live token of the same user, as from another device. */
  async function secondToken(user: TestUser): Promise<string> {
    const response = await login(user, user.password);
    return response.body.data.token;
  }

  describe('POST /user/change_password', () => {
    it('checks the old password, stores the new one, and ends every other session of the user', async () => {
      const user = await createUser(server, appA);
      const otherDevice = await secondToken(user);
      const response = await call('/user/change_password', { token: user.token, body: { old_password: user.password, new_password: 'new-password-1' } });
      expect(response.body).toEqual(ok);
      expect(await profileCode(user.token)).toBe(200);
      expect(await profileCode(otherDevice)).toBe(402);
      expect((await login(user, user.password)).body.code).toBe(10014);
      expect((await login(user, 'new-password-1')).body.code).toBe(200);
      expect(ended).toEqual([{ appId: appA.appId, userId: user.userId, deviceSn: null, exceptTokenId: expect.any(String), reason: UserNoticeType.PasswordChanged }]);
    });

    it('refuses a wrong old password with 10002 and changes nothing', async () => {
      const user = await createUser(server, appA);
      const otherDevice = await secondToken(user);
      const response = await call('/user/change_password', { token: user.token, body: { old_password: 'wrong-password', new_password: 'new-password-1' } });
      expect(response.body).toEqual(bad('old_password: does not match the current password'));
      expect(await profileCode(otherDevice)).toBe(200);
      expect((await login(user, user.password)).body.code).toBe(200);
      expect(ended).toEqual([]);
    });

    it('lets an admin token act as the user, ending all of its sessions', async () => {
      const user = await createUser(server, appA);
      const response = await call('/user/change_password', { ...asAdmin(user), body: { old_password: user.password, new_password: 'by-admin-pw' } });
      expect(response.body).toEqual(ok);
      expect(await profileCode(user.token)).toBe(402);
      expect((await login(user, 'by-admin-pw')).body.code).toBe(200);
      expect(ended).toEqual([{ appId: appA.appId, userId: user.userId, deviceSn: null, exceptTokenId: null, reason: UserNoticeType.PasswordChanged }]);
    });

    it("refuses another app's token, impersonation with a user token, and the admin token acting as nobody", async () => {
      const body = { old_password: alice.password, new_password: 'never-stored' };
      expect((await call('/user/change_password', { token: carolOfB.token, body })).body.code).toBe(10008);
      expect((await call('/user/change_password', { token: alice.token, headers: { user_id: String(carolOfB.userId) }, body })).body.code).toBe(10010);
      expect((await call('/user/change_password', { token: appA.adminToken, body })).body.code).toBe(10010);
      expect((await login(alice, alice.password)).body.code).toBe(200);
    });

    it.each([
      [{ new_password: 'new-password-1' }, 'old_password: is required'],
      [{ old_password: 'secret-password' }, 'new_password: is required'],
      [{ old_password: 1, new_password: 'new-password-1' }, 'old_password: must be a string'],
      [{ old_password: 'secret-password', new_password: 123456 }, 'new_password: must be a string'],
      [{ old_password: 'secret-password', new_password: '12345' }, 'new_password: must be at least 6 characters'],
      [{ old_password: 'secret-password', new_password: 'p'.repeat(129) }, 'new_password: must be at most 128 characters'],
    ])('refuses %j with 10002', async (body, message) => {
      expect((await call('/user/change_password', { token: alice.token, body })).body).toEqual(bad(message));
    });
  });

  describe('POST /user/change_password_admin', () => {
    it('sets the password of the user named by user_id and ends all its sessions', async () => {
      const user = await createUser(server, appA);
      const other = await createUser(server, appA);
      expect((await call('/user/change_password_admin', { ...asAdmin(user), body: { password: 'reset-by-admin' } })).body).toEqual(ok);
      expect(await profileCode(user.token)).toBe(402);
      expect((await login(user, 'reset-by-admin')).body.code).toBe(200);
      expect(await profileCode(other.token)).toBe(200);
    });

    it('is for the admin token only, and needs the user_id header', async () => {
      const body = { password: 'never-stored' };
      expect((await call('/user/change_password_admin', { token: alice.token, body })).body).toEqual(adminOnly);
      expect((await call('/user/change_password_admin', { token: appA.adminToken, body })).body).toEqual({
        code: 10010,
        message: 'this operation acts as a user: send a user token, or an admin token with the user_id header',
        data: null,
      });
      expect((await call('/user/change_password_admin', { appId: appB.appId, ...asAdmin(alice), body })).body.code).toBe(10008);
      expect((await call('/user/change_password_admin', { token: appA.adminToken, headers: { user_id: String(carolOfB.userId) }, body })).body.code).toBe(10000);
      expect((await login(alice, alice.password)).body.code).toBe(200);
    });

    it.each([
      [{}, 'password: is required'],
      [{ password: 12345678 }, 'password: must be a string'],
      [{ password: 'short' }, 'password: must be at least 6 characters'],
      [{ password: 'p'.repeat(129) }, 'password: must be at most 128 characters'],
    ])('refuses %j with 10002', async (body, message) => {
      expect((await call('/user/change_password_admin', { ...asAdmin(alice), body })).body).toEqual(bad(message));
    });
  });

  describe('POST/DELETE /user/delete', () => {
    it('deletes the user with its password (POST): its token dies, its rows go, its username is free again', async () => {
      const user = await createUser(server, appA);
      await server.sql(`INSERT INTO user_open_ids (app_id, type, open_id, user_id) VALUES ($1, 'wechat', 'gone', $2)`, [appA.appId, user.userId]);
      const response = await call('/user/delete', { token: user.token, body: { password: user.password } });
      expect(response.body).toEqual(ok);
      expect(await profileCode(user.token)).toBe(10008);
      expect((await login(user, user.password)).body.code).toBe(10014);
      expect((await call('/user/profile', { method: 'GET', ...asAdmin(user) })).body.code).toBe(10000);
      for (const table of ['user_settings', 'devices', 'access_tokens', 'user_open_ids']) {
        expect(await server.sql(`SELECT 1 FROM ${table} WHERE user_id = $1`, [user.userId])).toEqual([]);
      }
      expect(ended).toEqual([{ appId: appA.appId, userId: user.userId, deviceSn: null, exceptTokenId: null, reason: UserNoticeType.Removed }]);
      const again = await call('/user/register/v2', { body: { username: user.username, password: 'secret-password' } });
      expect(again.body.code).toBe(200);
      expect(again.body.data.user_id).not.toBe(user.userId);
    });

    it('lets an admin token acting as the user delete it without a password (DELETE)', async () => {
      const user = await createUser(server, appA);
      expect((await call('/user/delete', { method: 'DELETE', ...asAdmin(user), body: {} })).body).toEqual(ok);
      expect(await profileCode(user.token)).toBe(10008);
      expect(await server.sql(`SELECT 1 FROM users WHERE id = $1`, [user.userId])).toEqual([]);
    });

    it('refuses a user token without its password, or with a wrong one, and keeps the user', async () => {
      const user = await createUser(server, appA);
      expect((await call('/user/delete', { method: 'DELETE', token: user.token })).body).toEqual(
        bad('password: is required; a user deletes its own account by confirming its password'),
      );
      expect((await call('/user/delete', { token: user.token, body: { password: 'wrong-password' } })).body).toEqual(
        bad('password: does not match the current password'),
      );
      expect((await call('/user/delete', { token: user.token, body: { password: null } })).body).toEqual(
        bad('password: is required; a user deletes its own account by confirming its password'),
      );
      expect((await call('/user/delete', { token: user.token, body: { password: 5 } })).body).toEqual(bad('password: must be a string'));
      expect((await call('/user/delete', { token: user.token, body: { password: user.password, force: true } })).body).toEqual(
        bad('force: unknown field; remove it'),
      );
      expect(await profileCode(user.token)).toBe(200);
      expect(ended).toEqual([]);
    });

    it('refuses to delete the owner of a live group with 10010; dismissed groups go with the user', async () => {
      const user = await createUser(server, appA);
      const [{ id: groupId }] = await server.sql(`INSERT INTO groups (app_id, name, owner_id) VALUES ($1, 'owned', $2) RETURNING id`, [appA.appId, user.userId]);
      const [{ id: dismissedId }] = await server.sql(`INSERT INTO groups (app_id, name, owner_id, status) VALUES ($1, 'old', $2, 1) RETURNING id`, [appA.appId, user.userId]);
      expect((await call('/user/delete', { token: user.token, body: { password: user.password } })).body).toEqual({
        code: 10010,
        message: `user ${user.userId} owns 1 group(s); transfer their ownership or dismiss them before deleting the user`,
        data: null,
      });
      expect(await profileCode(user.token)).toBe(200);
      expect(await server.sql(`SELECT id FROM groups WHERE owner_id = $1 ORDER BY id`, [user.userId])).toEqual([{ id: groupId }, { id: dismissedId }]);
      await server.sql(`UPDATE groups SET status = 1 WHERE id = $1`, [groupId]);
      expect((await call('/user/delete', { token: user.token, body: { password: user.password } })).body).toEqual(ok);
      expect(await server.sql(`SELECT id FROM groups WHERE owner_id = $1`, [user.userId])).toEqual([]);
    });

    it("refuses another app's token, impersonation with a user token, and the admin token acting as nobody", async () => {
      const victim = await createUser(server, appA);
      expect((await call('/user/delete', { token: carolOfB.token, body: { password: carolOfB.password } })).body.code).toBe(10008);
      expect((await call('/user/delete', { token: alice.token, headers: { user_id: String(victim.userId) }, body: { password: alice.password } })).body.code).toBe(10010);
      expect((await call('/user/delete', { token: appA.adminToken, body: {} })).body.code).toBe(10010);
      expect((await call('/user/delete', { appId: appB.appId, ...asAdmin(victim), body: {} })).body.code).toBe(10008);
      expect((await call('/user/delete', { token: appB.adminToken, appId: appB.appId, headers: { user_id: String(victim.userId) }, body: {} })).body.code).toBe(10000);
      expect(await profileCode(victim.token)).toBe(200);
      expect(await profileCode(alice.token)).toBe(200);
    });
  });

  describe('PUT /user/disable and PUT /user/enable', () => {
    it('stops existing tokens and logins at once, and brings the user back intact when enabled', async () => {
      const user = await createUser(server, appA);
      const bystander = await createUser(server, appA);
      await call('/user/nickname?nick_name=kept', { token: user.token });
      expect((await call('/user/disable', { method: 'PUT', token: appA.adminToken, body: { list: [user.userId] } })).body).toEqual(ok);
      expect((await server.request({ url: '/user/profile', appId: appA.appId, token: user.token })).body).toEqual({
        code: 402,
        message: 'access-token belongs to a disabled user',
        data: null,
      });
      expect((await login(user, user.password)).body).toEqual({
        code: 10013,
        message: 'this user is disabled by the app; ask the app operator to enable it',
        data: null,
      });
      expect(await profileCode(bystander.token)).toBe(200);
      expect(ended).toEqual([{ appId: appA.appId, userId: user.userId, deviceSn: null, exceptTokenId: null, reason: UserNoticeType.Frozen }]);
      const listed = await call('/user/list?page_size=200', { method: 'GET', token: appA.adminToken });
      expect(listed.body.data).toContainEqual({ user_id: user.userId, username: user.username, status: 1 });

      expect((await call('/user/enable', { method: 'PUT', token: appA.adminToken, body: { list: [user.userId] } })).body).toEqual(ok);
      const profile = await server.request({ url: '/user/profile', appId: appA.appId, token: user.token });
      expect(profile.body.data).toMatchObject({ user_id: user.userId, username: user.username, nick_name: 'kept' });
      expect((await login(user, user.password)).body.code).toBe(200);
    });

    it('checks the whole list first: an unknown or foreign id changes nothing (10000)', async () => {
      const user = await createUser(server, appA);
      const response = await call('/user/disable', { method: 'PUT', token: appA.adminToken, body: { list: [user.userId, carolOfB.userId, 999999999] } });
      expect(response.body).toEqual({
        code: 10000,
        message: `users ${carolOfB.userId}, 999999999 do not exist in this app; nothing was changed`,
        data: null,
      });
      expect(await profileCode(user.token)).toBe(200);
      expect(await profileCode(carolOfB.token, appB)).toBe(200);
      expect(ended).toEqual([]);
      expect((await call('/user/enable', { method: 'PUT', token: appA.adminToken, body: { list: [carolOfB.userId] } })).body).toEqual({
        code: 10000,
        message: `user ${carolOfB.userId} does not exist in this app; nothing was changed`,
        data: null,
      });
    });

    it.each(['/user/disable', '/user/enable'])('%s is for the admin token of the app only', async (url) => {
      expect((await call(url, { method: 'PUT', token: alice.token, body: { list: [alice.userId] } })).body).toEqual(adminOnly);
      expect((await call(url, { method: 'PUT', ...asAdmin(alice), appId: appB.appId, body: { list: [alice.userId] } })).body.code).toBe(10008);
      expect((await call(url, { method: 'PUT', body: { list: [alice.userId] } })).body.code).toBe(10003);
      expect(await profileCode(alice.token)).toBe(200);
    });

    it.each([
      [{}, 'list: is required'],
      [{ list: [] }, 'list: must hold at least one user id'],
      [{ list: 'x' }, 'list: must be an array of integer user ids'],
      [{ list: ['1e3'] }, 'list[0]: "1e3" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      [{ list: [0] }, 'list: every item must be a positive user id'],
      [{ list: Array.from({ length: 1001 }, (_, i) => i + 1) }, 'list: must hold at most 1000 user ids'],
    ])('refuses %j with 10002', async (body, message) => {
      expect((await call('/user/disable', { method: 'PUT', token: appA.adminToken, body })).body).toEqual(bad(message));
    });
  });

  describe('GET /user/list', () => {
    let tenant: Tenant;
    let users: TestUser[];

    beforeAll(async () => {
      tenant = await createTenant(server, 'listed');
      users = [];
      for (let i = 0; i < 5; i++) users.push(await createUser(server, tenant));
    });

    const list = (query: string, token = tenant.adminToken) => server.request({ url: `/user/list${query}`, appId: tenant.appId, token });

    it('pages the users of the app by id with the total, 50 per page by default', async () => {
      const all = await list('');
      expect(all.body).toEqual({
        code: 200,
        message: null,
        total: 5,
        data: users.map((user) => ({ user_id: user.userId, username: user.username, status: 0 })),
      });
      const second = await list('?page_num=2&page_size=2');
      expect(second.body.data.map((row: { user_id: number }) => row.user_id)).toEqual([users[2].userId, users[3].userId]);
      expect(second.body.total).toBe(5);
      expect((await list('?page_num=4&page_size=2')).body.data).toEqual([]);
    });

    it('is for the admin token of the app only', async () => {
      expect((await list('', users[0].token)).body).toEqual(adminOnly);
      expect((await server.request({ url: '/user/list', appId: tenant.appId, token: appA.adminToken })).body.code).toBe(10008);
    });

    it.each([
      ['?page_num=0', 'page_num: must be at least 1'],
      ['?page_num=x', 'page_num: must be an integer'],
      ['?page_size=0', 'page_size: must be at least 1'],
      ['?page_size=201', 'page_size: must be at most 200'],
      ['?page_size=1.5', 'page_size: must be an integer'],
      ['?cursor=x', 'cursor: unknown field; remove it'],
    ])('refuses %s with 10002', async (query, message) => {
      expect((await list(query)).body).toEqual(bad(message));
    });
  });

  describe('POST/PUT /user/profile/batch', () => {
    it('updates each item on its own and reports per item', async () => {
      const one = await createUser(server, appA);
      const two = await createUser(server, appA);
      const response = await call('/user/profile/batch', {
        token: appA.adminToken,
        body: {
          list: [
            { user_id: one.userId, nick_name: 'One', private_info: 'p1' },
            { user_id: carolOfB.userId, nick_name: 'foreign' },
            { user_id: 999999999, nick_name: 'nobody' },
            { user_id: two.userId, nick_name: 'n'.repeat(65) },
            { user_id: two.userId },
            { nick_name: 'no id' },
            { user_id: two.userId, description: 'Two', extra: 1 },
            { user_id: two.userId, description: 'Two' },
          ],
        },
      });
      expect(response.body.code).toBe(200);
      expect(response.body.data).toEqual([
        { user_id: one.userId, success: true, reason: null },
        { user_id: carolOfB.userId, success: false, reason: `user ${carolOfB.userId} does not exist in this app` },
        { user_id: 999999999, success: false, reason: 'user 999999999 does not exist in this app' },
        { user_id: two.userId, success: false, reason: 'nick_name: must be at most 64 characters' },
        { user_id: two.userId, success: false, reason: 'body: send at least one of description, nick_name, private_info, public_info, gender, birthday, region besides user_id' },
        { user_id: null, success: false, reason: 'user_id: is required' },
        { user_id: two.userId, success: false, reason: 'extra: unknown field; remove it' },
        { user_id: two.userId, success: true, reason: null },
      ]);
      const profile = async (user: TestUser) => (await server.request({ url: '/user/profile', appId: appA.appId, token: user.token })).body.data;
      expect(await profile(one)).toMatchObject({ nick_name: 'One', private_info: 'p1' });
      expect(await profile(one)).not.toHaveProperty('description');
      expect(await profile(two)).toMatchObject({ description: 'Two' });
      expect(await profile(two)).not.toHaveProperty('nick_name');
      expect((await server.request({ url: '/user/profile', appId: appB.appId, token: carolOfB.token })).body.data.nick_name).toBeUndefined();
    });

    it('works by PUT too', async () => {
      const user = await createUser(server, appA);
      const response = await call('/user/profile/batch', { method: 'PUT', token: appA.adminToken, body: { list: [{ user_id: user.userId, public_info: 'put' }] } });
      expect(response.body.data).toEqual([{ user_id: user.userId, success: true, reason: null }]);
      expect((await server.request({ url: '/user/profile', appId: appA.appId, token: user.token })).body.data.public_info).toBe('put');
    });

    it('is for the admin token only', async () => {
      const body = { list: [{ user_id: alice.userId, nick_name: 'denied' }] };
      expect((await call('/user/profile/batch', { token: alice.token, body })).body).toEqual(adminOnly);
      expect((await call('/user/profile/batch', { token: alice.token, headers: { user_id: String(alice.userId) }, body })).body.code).toBe(10010);
      expect((await call('/user/profile/batch', { appId: appB.appId, token: appA.adminToken, body })).body.code).toBe(10008);
      expect((await server.request({ url: '/user/profile', appId: appA.appId, token: alice.token })).body.data.nick_name).not.toBe('denied');
    });

    it.each([
      [{}, 'list: is required'],
      [{ list: [] }, 'list: must hold at least one user'],
      [{ list: 'x' }, 'list: must be an array of {user_id, description, nick_name, private_info, public_info}'],
      [{ list: [1] }, 'list: every item must be an object {user_id, description, nick_name, private_info, public_info}'],
      [{ list: Array.from({ length: 101 }, () => ({ user_id: 1, nick_name: 'x' })) }, 'list: must hold at most 100 users'],
    ])('refuses %j with 10002', async (body, message) => {
      expect((await call('/user/profile/batch', { token: appA.adminToken, body })).body).toEqual(bad(message));
    });
  });

  describe('POST/PUT /user/avatar/batch', () => {
    it('sets each avatar on its own, by POST and by PUT, and reports per item', async () => {
      const one = await createUser(server, appA);
      const response = await call('/user/avatar/batch', {
        token: appA.adminToken,
        body: {
          list: [
            { user_id: one.userId, avatar: 'avatar/one.png' },
            { user_id: carolOfB.userId, avatar: 'x.png' },
            { user_id: one.userId, avatar: 'a'.repeat(1025) },
            { user_id: one.userId },
            { user_id: 'one', avatar: 'x.png' },
          ],
        },
      });
      expect(response.body.data).toEqual([
        { user_id: one.userId, success: true, reason: null },
        { user_id: carolOfB.userId, success: false, reason: `user ${carolOfB.userId} does not exist in this app` },
        { user_id: one.userId, success: false, reason: 'avatar: must be at most 1024 characters' },
        { user_id: one.userId, success: false, reason: 'avatar: is required' },
        { user_id: null, success: false, reason: 'user_id: "one" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)' },
      ]);
      const avatarOf = async (user: TestUser, tenant: Tenant) =>
        (await server.request({ url: '/user/profile', appId: tenant.appId, token: user.token })).body.data.avatar;
      expect(await avatarOf(one, appA)).toBe('avatar/one.png');
      expect(await avatarOf(carolOfB, appB)).toBeUndefined();
      const put = await call('/user/avatar/batch', { method: 'PUT', token: appA.adminToken, body: { list: [{ user_id: one.userId, avatar: 'https://cdn.example.com/2.png' }] } });
      expect(put.body.data).toEqual([{ user_id: one.userId, success: true, reason: null }]);
      expect(await avatarOf(one, appA)).toBe('https://cdn.example.com/2.png');
    });

    it('is for the admin token only', async () => {
      const body = { list: [{ user_id: alice.userId, avatar: 'denied.png' }] };
      expect((await call('/user/avatar/batch', { token: alice.token, body })).body).toEqual(adminOnly);
      expect((await call('/user/avatar/batch', { method: 'PUT', token: carolOfB.token, body })).body.code).toBe(10008);
      expect((await server.request({ url: '/user/profile', appId: appA.appId, token: alice.token })).body.data.avatar).toBeUndefined();
    });

    it.each([
      [{ list: [] }, 'list: must hold at least one user'],
      [{ list: [null] }, 'list: every item must be an object {user_id, avatar}'],
      [{ list: Array.from({ length: 101 }, () => ({ user_id: 1, avatar: 'x' })) }, 'list: must hold at most 100 users'],
    ])('refuses %j with 10002', async (body, message) => {
      expect((await call('/user/avatar/batch', { token: appA.adminToken, body })).body).toEqual(bad(message));
    });
  });
});
