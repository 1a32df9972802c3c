import { ApiError } from '../../src/common/errors/error-codes';
import { UserSettingsService } from '../../src/user/user-settings.service';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

type Method = 'POST' | 'PUT';

describe('/user/settings and the single-field setters', () => {
  let server: TestServer;
  let appA: Tenant;
  let appB: Tenant;
  let carolOfB: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    appA = await createTenant(server, 'A');
    appB = await createTenant(server, 'B');
    carolOfB = await createUser(server, appB);
  });
  afterAll(() => server.close());

  interface CallOptions {
    token?: string;
    appId?: string;
    headers?: Record<string, string>;
    body?: unknown;
  }
  const call = (method: 'GET' | Method, url: string, options: CallOptions = {}) =>
    server.request({ method, url, appId: options.appId ?? appA.appId, token: options.token, headers: options.headers, body: options.body });
  const settingsOf = async (user: TestUser) => {
    const response = await call('GET', '/user/settings', { token: user.token });
    expect(response.body.code).toBe(200);
    return response.body.data;
  };
  const update = (user: TestUser, body: unknown, method: Method = 'POST') => call(method, '/user/settings', { token: user.token, body });
  const bad = (message: string) => ({ code: 10002, message, data: null });

  describe('GET /user/settings', () => {
    it('answers exactly the fields of UserSettings, with the defaults of a new user', async () => {
      const alice = await createUser(server, appA);
      expect(await settingsOf(alice)).toEqual({
        id: alice.userId,
        user_id: alice.userId,
        auth_mode: 0,
        auth_question: null,
        auth_answer: null,
        auto_download: true,
        group_confirm: false,
        no_push: false,
        no_push_detail: false,
        no_push_start_hour: null,
        no_push_end_hour: null,
        no_sounds: false,
        vibratory: true,
        push_nick_name: null,
        silence_start_time: null,
        silence_end_time: null,
        push_token: null,
      });
    });

    it("shows the push token of the calling device, and each device sees its own", async () => {
      const alice = await createUser(server, appA);
      const login = (deviceGuid: string) =>
        call('POST', '/token/user', { body: { name: alice.username, password: alice.password, device_guid: deviceGuid } });
      const phone = (await login('phone-1')).body.data;
      const tablet = (await login('tablet-1')).body.data;
      expect(phone.push_token).toEqual(expect.any(String));
      expect(phone.push_token).not.toBe(tablet.push_token);
      expect((await call('GET', '/user/settings', { token: phone.token })).body.data.push_token).toBe(phone.push_token);
      expect((await call('GET', '/user/settings', { token: tablet.token })).body.data.push_token).toBe(tablet.push_token);
      const asAdmin = await call('GET', '/user/settings', { token: appA.adminToken, headers: { user_id: String(alice.userId) } });
      expect(asAdmin.body.data).toMatchObject({ user_id: alice.userId, push_token: null });
    });

    it('refuses another app, impersonation with a user token, an admin acting as nobody and a missing token', async () => {
      const alice = await createUser(server, appA);
      const bob = await createUser(server, appA);
      expect((await call('GET', '/user/settings', { token: alice.token, appId: appB.appId })).body.code).toBe(10008);
      expect((await call('GET', '/user/settings', { token: alice.token, headers: { user_id: String(bob.userId) } })).body).toEqual({
        code: 10010,
        message: 'user_id and group_id headers need an app admin access-token, not a user token',
        data: null,
      });
      expect((await call('GET', '/user/settings', { token: appA.adminToken })).body.code).toBe(10010);
      expect((await call('GET', '/user/settings', { token: appA.adminToken, headers: { user_id: String(carolOfB.userId) } })).body.code).toBe(10000);
      expect((await call('GET', '/user/settings')).body.code).toBe(10003);
    });
  });

  describe('POST/PUT /user/settings', () => {
    it.each<Method>(['POST', 'PUT'])('%s changes only the fields sent and null clears a nullable field', async (method) => {
      const alice = await createUser(server, appA);
      const before = await settingsOf(alice);
      const first = await update(alice, { auth_mode: 1, no_push_start_hour: 22, no_push_end_hour: 7, push_nick_name: 'Alice', group_confirm: true }, method);
      expect(first.body).toEqual({ code: 200, message: null, data: true });
      expect(await settingsOf(alice)).toEqual({
        ...before,
        auth_mode: 1,
        no_push_start_hour: 22,
        no_push_end_hour: 7,
        push_nick_name: 'Alice',
        group_confirm: true,
      });
      expect((await update(alice, { no_push_start_hour: null, push_nick_name: null, silence_start_time: 0, silence_end_time: 23 }, method)).body.data).toBe(true);
      expect(await settingsOf(alice)).toEqual({
        ...before,
        auth_mode: 1,
        no_push_start_hour: null,
        no_push_end_hour: 7,
        push_nick_name: null,
        group_confirm: true,
        silence_start_time: 0,
        silence_end_time: 23,
      });
    });

    it('takes back the whole object as GET gave it, id, user_id and push_token included', async () => {
      const alice = await createUser(server, appA);
      const device = (await call('POST', '/token/user', { body: { name: alice.username, password: alice.password, device_guid: 'phone' } })).body.data;
      const read = (await call('GET', '/user/settings', { token: device.token })).body.data;
      const changed = { ...read, no_sounds: true, vibratory: false, auto_download: false, no_push: true, no_push_detail: true };
      expect((await call('PUT', '/user/settings', { token: device.token, body: changed })).body.data).toBe(true);
      expect((await call('GET', '/user/settings', { token: device.token })).body.data).toEqual(changed);
    });

    it('needs a question and an answer, sent or stored, for auth_mode 2, and keeps them while it is on', async () => {
      const alice = await createUser(server, appA);
      expect((await update(alice, { auth_mode: 2 })).body).toEqual(bad('auth_question: is required when auth_mode is 2 (friend requests need the correct answer)'));
      expect((await update(alice, { auth_mode: 2, auth_question: 'Favourite colour?' })).body).toEqual(
        bad('auth_answer: is required when auth_mode is 2 (friend requests need the correct answer)'),
      );
      expect((await settingsOf(alice)).auth_mode).toBe(0);
      expect((await update(alice, { auth_mode: 2, auth_question: 'Favourite colour?', auth_answer: 'blue' })).body.data).toBe(true);
      expect(await settingsOf(alice)).toMatchObject({ auth_mode: 2, auth_question: 'Favourite colour?', auth_answer: 'blue' });
      expect((await update(alice, { auth_answer: null })).body).toEqual(bad('auth_answer: is required when auth_mode is 2 (friend requests need the correct answer)'));
      expect((await update(alice, { auth_mode: 1, auth_answer: null })).body.data).toBe(true);
      expect(await settingsOf(alice)).toMatchObject({ auth_mode: 1, auth_question: 'Favourite colour?', auth_answer: null });
    });

    it("refuses an id or user_id naming another user (10010) and leaves both users' settings alone", async () => {
      const alice = await createUser(server, appA);
      const bob = await createUser(server, appA);
      const bobBefore = await settingsOf(bob);
      expect((await update(alice, { user_id: bob.userId, no_push: true })).body).toEqual({
        code: 10010,
        message: `user_id: these are the settings of user ${alice.userId}, not ${bob.userId}; an admin token changes another user's settings with the user_id header`,
        data: null,
      });
      expect((await update(alice, { id: bob.userId, no_push: true }, 'PUT')).body.code).toBe(10010);
      expect((await settingsOf(alice)).no_push).toBe(false);
      expect(await settingsOf(bob)).toEqual(bobBefore);
      expect((await update(alice, { id: alice.userId, user_id: alice.userId, no_push: true })).body.data).toBe(true);
      expect((await settingsOf(alice)).no_push).toBe(true);
    });

    it('treats push_token as read-only', async () => {
      const alice = await createUser(server, appA);
      expect((await update(alice, { push_token: 'forged', no_push: true })).body).toEqual(
        bad('push_token: is read-only (each device receives its own at login); leave it out or send it unchanged'),
      );
      expect((await settingsOf(alice)).no_push).toBe(false);
      expect((await update(alice, { push_token: null, no_push: true })).body.data).toBe(true);
    });

    it('refuses a body that changes nothing', async () => {
      const alice = await createUser(server, appA);
      const message =
        'settings: send at least one setting to change (auth_mode, auth_question, auth_answer, auto_download, group_confirm, no_push, no_push_detail, no_push_start_hour, no_push_end_hour, no_sounds, vibratory, push_nick_name, silence_start_time, silence_end_time)';
      expect((await update(alice, {})).body).toEqual(bad(message));
      expect((await update(alice, { user_id: alice.userId }, 'PUT')).body).toEqual(bad(message));
      expect((await call('POST', '/user/settings', { token: alice.token })).body).toEqual(bad(message));
    });

    it.each([
      [{ auth_mode: 4 }, 'auth_mode: must be 0, 1, 2 or 3'],
      [{ auth_mode: -1 }, 'auth_mode: must be 0, 1, 2 or 3'],
      [{ auth_mode: '1.0' }, 'auth_mode: "1.0" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      [{ auth_mode: 1.5 }, 'auth_mode: must be 0, 1, 2 or 3'],
      [{ auth_mode: null }, 'auth_mode: must be 0, 1, 2 or 3, not null'],
      [{ no_push_start_hour: 24 }, 'no_push_start_hour: must be a whole hour from 0 to 23'],
      [{ no_push_end_hour: -1 }, 'no_push_end_hour: must be a whole hour from 0 to 23'],
      [{ silence_start_time: 7.5 }, 'silence_start_time: must be a whole hour from 0 to 23'],
      [{ silence_end_time: '8h' }, 'silence_end_time: "8h" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      [{ no_push: 'true' }, 'no_push: must be true or false'],
      [{ vibratory: 1 }, 'vibratory: must be true or false'],
      [{ auto_download: null }, 'auto_download: must be true or false, not null'],
      [{ group_confirm: null }, 'group_confirm: must be true or false, not null'],
      [{ auth_question: 'q'.repeat(257) }, 'auth_question: must be at most 256 characters'],
      [{ auth_answer: 'a'.repeat(257) }, 'auth_answer: must be at most 256 characters'],
      [{ auth_answer: '' }, 'auth_answer: must not be empty; send null to clear it'],
      [{ push_nick_name: 'n'.repeat(65) }, 'push_nick_name: must be at most 64 characters'],
      [{ push_nick_name: 42 }, 'push_nick_name: must be a string'],
      [{ user_id: 'me' }, 'user_id: "me" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      [{ push_token: 5 }, 'push_token: must be a string'],
      [{ nick_name: 'x' }, 'nick_name: unknown field; remove it'],
    ])('refuses %j with 10002: %s', async (body, message) => {
      const alice = await createUser(server, appA);
      const before = await settingsOf(alice);
      expect((await update(alice, body)).body).toEqual(bad(message));
      expect((await update(alice, body, 'PUT')).body).toEqual(bad(message));
      expect(await settingsOf(alice)).toEqual(before);
    });

    it('accepts the longest strings allowed', async () => {
      const alice = await createUser(server, appA);
      const body = { auth_question: 'q'.repeat(256), auth_answer: 'a'.repeat(256), push_nick_name: '名'.repeat(64) };
      expect((await update(alice, body)).body.data).toBe(true);
      expect(await settingsOf(alice)).toMatchObject(body);
    });

    it("lets an admin token change a user's settings with the user_id header, and nobody else", async () => {
      const bob = await createUser(server, appA);
      const alice = await createUser(server, appA);
      const asBob = { user_id: String(bob.userId) };
      expect((await call('PUT', '/user/settings', { token: appA.adminToken, headers: asBob, body: { auth_mode: 3 } })).body.data).toBe(true);
      expect((await settingsOf(bob)).auth_mode).toBe(3);
      expect((await call('POST', '/user/settings', { token: alice.token, headers: asBob, body: { auth_mode: 0 } })).body.code).toBe(10010);
      expect((await call('POST', '/user/settings', { token: appA.adminToken, body: { auth_mode: 0 } })).body.code).toBe(10010);
      expect((await call('POST', '/user/settings', { token: alice.token, appId: appB.appId, body: { auth_mode: 0 } })).body.code).toBe(10008);
      expect((await call('POST', '/user/settings', { token: appB.adminToken, appId: appB.appId, headers: asBob, body: { auth_mode: 0 } })).body.code).toBe(10000);
      expect((await settingsOf(bob)).auth_mode).toBe(3);
      expect((await settingsOf(alice)).auth_mode).toBe(0);
    });
  });

  describe('single-field setters', () => {
    // [path, query that sets the first value, field, first value, query for the second value, second value]
    const setters: [string, string, string, unknown, string, unknown][] = [
      ['/user/authmode', 'value=1', 'auth_mode', 1, 'value=3', 3],
      ['/user/download', 'value=false', 'auto_download', false, 'value=true', true],
      ['/user/push', 'value=true', 'no_push', true, 'value=false', false],
      ['/user/push/detail', 'value=true', 'no_push_detail', true, 'value=false', false],
      ['/user/sounds', 'value=true', 'no_sounds', true, 'value=false', false],
      ['/user/vibratory', 'value=false', 'vibratory', false, 'value=true', true],
      ['/user/push/nickname', `value=${encodeURIComponent('小明 M')}`, 'push_nick_name', '小明 M', 'value=Ming', 'Ming'],
    ];

    it.each(setters)('%s stores the value with POST and with PUT', async (path, firstQuery, field, first, secondQuery, second) => {
      const alice = await createUser(server, appA);
      const before = await settingsOf(alice);
      expect((await call('POST', `${path}?${firstQuery}`, { token: alice.token })).body).toEqual({ code: 200, message: null, data: true });
      expect(await settingsOf(alice)).toEqual({ ...before, [field]: first });
      expect((await call('PUT', `${path}?${secondQuery}`, { token: alice.token })).body.data).toBe(true);
      expect(await settingsOf(alice)).toEqual({ ...before, [field]: second });
    });

    it('/user/push/limit stores both hours with POST and with PUT', async () => {
      const alice = await createUser(server, appA);
      const before = await settingsOf(alice);
      expect((await call('POST', '/user/push/limit?no_push_start_hour=22&no_push_end_hour=7', { token: alice.token })).body.data).toBe(true);
      expect(await settingsOf(alice)).toEqual({ ...before, no_push_start_hour: 22, no_push_end_hour: 7 });
      expect((await call('PUT', '/user/push/limit?no_push_start_hour=0&no_push_end_hour=23', { token: alice.token })).body.data).toBe(true);
      expect(await settingsOf(alice)).toEqual({ ...before, no_push_start_hour: 0, no_push_end_hour: 23 });
    });

    it('/user/authmode sets 2 only once a question and an answer are stored', async () => {
      const alice = await createUser(server, appA);
      expect((await call('POST', '/user/authmode?value=2', { token: alice.token })).body).toEqual(
        bad('value: auth_mode 2 needs an auth_question and an auth_answer; set them with POST /user/settings, together with auth_mode 2 if you like'),
      );
      expect((await settingsOf(alice)).auth_mode).toBe(0);
      await update(alice, { auth_question: 'Pet?', auth_answer: 'cat' });
      expect((await call('PUT', '/user/authmode?value=2', { token: alice.token })).body.data).toBe(true);
      expect((await settingsOf(alice)).auth_mode).toBe(2);
    });

    const allSetters = [...setters.map(([path, query]) => [path, query]), ['/user/push/limit', 'no_push_start_hour=1&no_push_end_hour=2']];

    it.each(allSetters)("%s: an admin token acts as the user_id header's user; other callers are refused", async (path, query) => {
      const alice = await createUser(server, appA);
      const bob = await createUser(server, appA);
      const asBob = { user_id: String(bob.userId) };
      const bobBefore = await settingsOf(bob);
      expect((await call('PUT', `${path}?${query}`, { token: alice.token, headers: asBob })).body.code).toBe(10010);
      expect((await call('POST', `${path}?${query}`, { token: alice.token, appId: appB.appId })).body.code).toBe(10008);
      expect((await call('POST', `${path}?${query}`, { token: appA.adminToken })).body.code).toBe(10010);
      expect((await call('POST', `${path}?${query}`, { token: appB.adminToken, appId: appB.appId, headers: asBob })).body.code).toBe(10000);
      expect(await settingsOf(bob)).toEqual(bobBefore);
      expect((await call('POST', `${path}?${query}`, { token: appA.adminToken, headers: asBob })).body.data).toBe(true);
      expect(await settingsOf(bob)).not.toEqual(bobBefore);
      expect(await settingsOf(alice)).toEqual({ ...bobBefore, id: alice.userId, user_id: alice.userId });
    });

    it.each([
      ['/user/authmode', '', 'value: is required'],
      ['/user/authmode', 'value=4', 'value: must be 0, 1, 2 or 3'],
      ['/user/authmode', 'value=-1', 'value: must be 0, 1, 2 or 3'],
      ['/user/authmode', 'value=1.0', 'value: must be 0, 1, 2 or 3'],
      ['/user/authmode', 'value=one', 'value: must be 0, 1, 2 or 3'],
      ['/user/authmode', 'value=1&value=2', 'value: given more than once; send it once'],
      ['/user/download', '', 'value: is required'],
      ['/user/download', 'value=yes', 'value: must be true or false'],
      ['/user/push', 'value=1', 'value: must be true or false'],
      ['/user/push/detail', 'value=TRUE', 'value: must be true or false'],
      ['/user/sounds', 'value=', 'value: must be true or false'],
      ['/user/vibratory', 'value=false&extra=1', 'extra: unknown field; remove it'],
      ['/user/push/limit', 'no_push_start_hour=1', 'no_push_end_hour: is required'],
      ['/user/push/limit', 'no_push_end_hour=1', 'no_push_start_hour: is required'],
      ['/user/push/limit', 'no_push_start_hour=24&no_push_end_hour=1', 'no_push_start_hour: must be a whole hour from 0 to 23'],
      ['/user/push/limit', 'no_push_start_hour=1&no_push_end_hour=-1', 'no_push_end_hour: must be a whole hour from 0 to 23'],
      ['/user/push/limit', 'no_push_start_hour=1&no_push_end_hour=2.5', 'no_push_end_hour: must be a whole hour from 0 to 23'],
      ['/user/push/limit', 'no_push_start_hour=night&no_push_end_hour=2', 'no_push_start_hour: must be a whole hour from 0 to 23'],
      ['/user/push/nickname', '', 'value: is required'],
      ['/user/push/nickname', 'value=', 'value: must not be empty'],
      ['/user/push/nickname', `value=${'n'.repeat(65)}`, 'value: must be at most 64 characters'],
      ['/user/push/nickname', 'value=a&value=b', 'value: given more than once; send it once'],
    ])('%s?%s is refused with 10002: %s', async (path, query, message) => {
      const alice = await createUser(server, appA);
      const before = await settingsOf(alice);
      const url = query ? `${path}?${query}` : path;
      expect((await call('POST', url, { token: alice.token })).body).toEqual(bad(message));
      expect((await call('PUT', url, { token: alice.token })).body).toEqual(bad(message));
      expect(await settingsOf(alice)).toEqual(before);
    });
  });

  describe(UserSettingsService.name, () => {
    it('friendPolicyOf answers the auth mode, question and answer of a user of the app', async () => {
      const alice = await createUser(server, appA);
      const service = server.app.get(UserSettingsService);
      expect(await service.friendPolicyOf(appA.appId, alice.userId)).toEqual({ authMode: 0, authQuestion: null, authAnswer: null });
      await update(alice, { auth_mode: 2, auth_question: 'Pet?', auth_answer: 'cat' });
      expect(await service.friendPolicyOf(appA.appId, alice.userId)).toEqual({ authMode: 2, authQuestion: 'Pet?', authAnswer: 'cat' });
    });

    it('friendPolicyOf refuses a user of another app with 10000', async () => {
      const service = server.app.get(UserSettingsService);
      const refusal = service.friendPolicyOf(appA.appId, carolOfB.userId);
      await expect(refusal).rejects.toBeInstanceOf(ApiError);
      await expect(refusal).rejects.toMatchObject({ code: 10000, message: `user ${carolOfB.userId} does not exist in this app` });
    });

    it("pushPreferencesOf answers each of the app's users once and leaves out everyone else", async () => {
      const alice = await createUser(server, appA);
      const bob = await createUser(server, appA);
      await update(alice, { no_push: true, no_push_detail: true, no_push_start_hour: 23, no_push_end_hour: 6, silence_start_time: 12, silence_end_time: 13, push_nick_name: 'Al', no_sounds: true });
      const service = server.app.get(UserSettingsService);
      const preferences = await service.pushPreferencesOf(appA.appId, [alice.userId, bob.userId, alice.userId, carolOfB.userId, 1]);
      expect([...preferences.keys()].sort()).toEqual([alice.userId, bob.userId].sort());
      expect(preferences.get(alice.userId)).toEqual({
        noPush: true,
        noPushDetail: true,
        noPushStartHour: 23,
        noPushEndHour: 6,
        silenceStartHour: 12,
        silenceEndHour: 13,
        pushNickName: 'Al',
        noSounds: true,
      });
      expect(preferences.get(bob.userId)).toEqual({
        noPush: false,
        noPushDetail: false,
        noPushStartHour: null,
        noPushEndHour: null,
        silenceStartHour: null,
        silenceEndHour: null,
        pushNickName: null,
        noSounds: false,
      });
      expect((await service.pushPreferencesOf(appA.appId, [])).size).toBe(0);
    });
  });
});
