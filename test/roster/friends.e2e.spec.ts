import { RosterNoticeType as N } from '../../src/notice/notice.types';
import { RosterService } from '../../src/roster/roster.service';
import { createTenant, createUser } from '../server';
import { RosterWorld } from './roster.fixtures';

describe('/roster friends: list, details, delete, ext, profile notices', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  it('pages GET /roster/list in id order with a cursor, and refuses a bad cursor and limit with 10002', async () => {
    const [alice, ...friends] = await world.users(4);
    for (const friend of friends) await world.befriend(alice, friend);
    const ids = friends.map((friend) => friend.userId).sort((a, b) => a - b);

    const first = (await world.as(alice, 'GET', '/roster/list?limit=2')).body;
    expect(first).toEqual({ code: 200, message: null, data: ids.slice(0, 2), cursor: expect.any(String) });
    const second = (await world.as(alice, 'GET', `/roster/list?limit=2&cursor=${first.cursor}`)).body;
    expect(second).toEqual({ code: 200, message: null, data: ids.slice(2) });
    expect((await world.as(alice, 'GET', '/roster/list')).body.data).toEqual(ids);

    const badCursor = 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page';
    for (const cursor of ['%%%', Buffer.from(JSON.stringify({ r: 'x' })).toString('base64url'), Buffer.from('{"other":1}').toString('base64url')]) {
      expect((await world.as(alice, 'GET', `/roster/list?cursor=${cursor}`)).body).toEqual({ code: 10002, message: badCursor, data: null });
    }
    expect((await world.as(alice, 'GET', '/roster/list?limit=1001')).body).toEqual({ code: 10002, message: 'limit: must be at most 1000', data: null });
    expect((await world.as(alice, 'GET', '/roster/list?limit=0')).body).toEqual({ code: 10002, message: 'limit: must be at least 1', data: null });
  });

  it('POST /roster/list gives public profiles in the order asked, with relation 0-3, and never mobile, email or private info', async () => {
    const [alice, friend, former, stranger, blocked] = await world.users(5);
    await world.ok(stranger, 'POST', '/user/profile', { nick_name: 'Stranger', description: 'about me', public_info: 'public', private_info: 'secret' });
    await world.ok(stranger, 'POST', '/user/mobile?mobile=13800138000');
    await world.befriend(alice, friend);
    await world.befriend(alice, former);
    await world.ok(alice, 'POST', `/roster/delete?user_id=${former.userId}`);
    await world.ok(alice, 'POST', `/roster/block?user_id=${blocked.userId}`);

    const details = await world.details(alice, [stranger.userId, friend.userId, 999_999_999, former.userId, blocked.userId, friend.userId]);
    expect(details.map((item: { user_id: number; relation: number }) => [item.user_id, item.relation])).toEqual([
      [stranger.userId, 2],
      [friend.userId, 0],
      [former.userId, 1],
      [blocked.userId, 3],
    ]);
    expect(details[0]).toEqual({
      user_id: stranger.userId,
      username: stranger.username,
      nick_name: 'Stranger',
      description: 'about me',
      public_info: 'public',
      auth_mode: 0,
      mute_notification: false,
      relation: 2,
    });
    expect(JSON.stringify(details)).not.toMatch(/13800138000|secret|mobile|email|private/);
  });

  it('POST /roster/delete ends the friendship on both sides (relation 1 for both) and tells both REMOVED', async () => {
    const [alice, bob] = await world.users(2);
    await world.befriend(alice, bob);
    expect((await world.as(bob, 'DELETE', `/roster/delete?user_id=${alice.userId}`)).body).toEqual({ code: 200, message: null, data: true });
    expect(await world.friendIds(alice)).toEqual([]);
    expect(await world.friendIds(bob)).toEqual([]);
    expect(await world.relation(alice, bob)).toBe(1);
    expect(await world.relation(bob, alice)).toBe(1);
    expect((await world.notices(alice)).at(-1)).toEqual({ type: N.Removed, fromId: alice.userId, toIds: [bob.userId], content: null });
    expect((await world.notices(bob)).at(-1)).toEqual({ type: N.Removed, fromId: bob.userId, toIds: [alice.userId], content: null });

    expect((await world.as(bob, 'POST', `/roster/delete?user_id=${alice.userId}`)).body).toEqual({
      code: 10002,
      message: `user_id: user ${alice.userId} is not your friend`,
      data: null,
    });
    await world.befriend(bob, alice);
    expect(await world.relation(alice, bob)).toBe(0);
  });

  it('refuses delete of yourself (10002) and of an unknown user (10000)', async () => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'POST', `/roster/delete?user_id=${alice.userId}`)).body).toEqual({
      code: 10002,
      message: 'user_id: you cannot delete yourself from your roster',
      data: null,
    });
    expect((await world.as(alice, 'POST', '/roster/delete?user_id=999999999')).body.code).toBe(10000);
  });

  it('POST/PUT /roster/ext change only the caller side; MUTED/UNMUTED and INFO_UPDATED go to the caller alone', async () => {
    const [alice, bob] = await world.users(2);
    await world.befriend(alice, bob);
    expect((await world.as(alice, 'POST', '/roster/ext', { user_id: bob.userId, alias: 'B', ext: '{"tag":1}', mute_notification: true })).body.data).toBe(true);
    expect((await world.details(alice, [bob.userId]))[0]).toMatchObject({ alias: 'B', ext: '{"tag":1}', mute_notification: true });
    const bobsView = (await world.details(bob, [alice.userId]))[0];
    expect(bobsView).toMatchObject({ mute_notification: false });
    for (const unset of ['alias', 'ext']) expect(bobsView).not.toHaveProperty(unset);
    expect((await world.notices(alice)).slice(1)).toEqual([
      { type: N.Muted, fromId: alice.userId, toIds: [bob.userId], content: null },
      { type: N.InfoUpdated, fromId: bob.userId, toIds: [alice.userId], content: null },
    ]);

    await world.ok(alice, 'PUT', '/roster/ext', { user_id: bob.userId, mute_notification: false, alias: '' });
    expect((await world.details(alice, [bob.userId]))[0]).toMatchObject({ ext: '{"tag":1}', mute_notification: false });
    expect((await world.details(alice, [bob.userId]))[0]).not.toHaveProperty('alias');
    expect((await world.noticeTypes(alice)).slice(3)).toEqual([N.Unmuted, N.InfoUpdated]);
    await world.ok(alice, 'PUT', '/roster/ext', { user_id: bob.userId, mute_notification: false });
    expect(await world.noticeTypes(alice)).toHaveLength(5);
    expect(await world.noticeTypes(bob)).toEqual([N.Added]);
  });

  it.each([
    [{ user_id: 1 }, 'body: send at least one of alias, ext, mute_notification'],
    [{ alias: 'x' }, 'user_id: is required'],
    [{ user_id: 1, mute_notification: 'yes' }, 'mute_notification: must be true or false'],
    [{ user_id: 1, mute_notification: null }, 'mute_notification: must be true or false, not null'],
    [{ user_id: 1, ext: 'x'.repeat(1025) }, 'ext: must be at most 1024 characters'],
    [{ user_id: 1, alias: 42 }, 'alias: must be a string'],
  ])('refuses /roster/ext %j with 10002: %s', async (body, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'POST', '/roster/ext', body)).body).toEqual({ code: 10002, message, data: null });
  });

  it('refuses /roster/ext for someone who is not a friend', async () => {
    const [alice, bob] = await world.users(2);
    expect((await world.as(alice, 'POST', '/roster/ext', { user_id: bob.userId, alias: 'x' })).body).toEqual({
      code: 10002,
      message: `user_id: user ${bob.userId} is not your friend`,
      data: null,
    });
  });

  it.each([
    [{}, 'list: is required'],
    [{ list: [] }, 'list: must hold at least one user id'],
    [{ list: 'x' }, 'list: must be an array of user ids'],
    [{ list: [1, 'x'] }, 'list[1]: "x" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
    [{ list: [0] }, 'list: every item must be a positive user id'],
    [{ list: Array.from({ length: 501 }, (_, index) => index + 1) }, 'list: must hold at most 500 user ids'],
  ])('refuses POST /roster/list %j with 10002: %s', async (body, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'POST', '/roster/list', body)).body).toEqual({ code: 10002, message, data: null });
  });

  it('notifyFriendsOfProfileChange tells every current friend INFO_UPDATED, and nobody else', async () => {
    const [alice, bob, carol, former] = await world.users(4);
    await world.befriend(alice, bob);
    await world.befriend(carol, alice);
    await world.befriend(alice, former);
    await world.ok(former, 'POST', `/roster/delete?user_id=${alice.userId}`);
    await world.server.app.get(RosterService).notifyFriendsOfProfileChange(world.tenant.appId, alice.userId);

    const update = { type: N.InfoUpdated, fromId: alice.userId, toIds: [], content: null };
    expect((await world.notices(bob)).at(-1)).toEqual(update);
    expect((await world.notices(carol)).at(-1)).toEqual(update);
    expect(await world.noticeTypes(former)).toEqual([N.Added, N.Removed]);
    expect(await world.noticeTypes(alice)).not.toContain(N.InfoUpdated);
  });

  it('tells friends when the user changes what they see (profile routes and admin batches), not for private info or mobile', async () => {
    const [alice, bob] = await world.users(2);
    await world.befriend(alice, bob);
    const infoUpdates = async () => (await world.noticeTypes(bob)).filter((type) => type === N.InfoUpdated).length;
    // The roster hears of the change after the user module answered, so the test waits for the notice to land.
    const eventually = async (expected: number) => {
      for (let attempt = 0; attempt < 100 && (await infoUpdates()) < expected; attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await infoUpdates()).toBe(expected);
    };

    await world.ok(alice, 'POST', '/user/nickname?nick_name=Alice');
    await eventually(1);
    await world.ok(alice, 'POST', '/user/profile', { public_info: 'hello' });
    await eventually(2);
    const batch = await world.server.request({
      method: 'POST',
      url: '/user/avatar/batch',
      appId: world.tenant.appId,
      token: world.tenant.adminToken,
      body: { list: [{ user_id: alice.userId, avatar: 'avatars/alice.png' }] },
    });
    expect(batch.body.data).toEqual([{ user_id: alice.userId, success: true, reason: null }]);
    await eventually(3);

    await world.ok(alice, 'POST', '/user/private', 'only mine');
    await world.ok(alice, 'POST', '/user/mobile?mobile=13900139000');
    await world.ok(alice, 'POST', '/user/nickname?nick_name=Alice2');
    await eventually(4);
  });
});

describe('/roster blocklist and /roster/may_message', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  it('block keeps the friendship, lists the user newest first, tells only the blocker, and unblock undoes it', async () => {
    const [alice, bob, carol] = await world.users(3);
    await world.befriend(alice, bob);
    expect((await world.as(alice, 'POST', `/roster/block?user_id=${bob.userId}`)).body).toEqual({ code: 200, message: null, data: true });
    await world.ok(alice, 'PUT', `/roster/block?user_id=${carol.userId}`);
    expect((await world.as(alice, 'GET', '/roster/blocked_list')).body).toEqual({ code: 200, message: null, data: [carol.userId, bob.userId] });
    expect(await world.friendIds(alice)).toEqual([bob.userId]);
    expect(await world.friendIds(bob)).toEqual([alice.userId]);
    expect(await world.relation(alice, bob)).toBe(3);
    expect(await world.relation(bob, alice)).toBe(0);
    expect((await world.notices(alice)).slice(1)).toEqual([
      { type: N.Blocked, fromId: alice.userId, toIds: [bob.userId], content: null },
      { type: N.Blocked, fromId: alice.userId, toIds: [carol.userId], content: null },
    ]);
    expect(await world.noticeTypes(bob)).toEqual([N.Added]);
    expect(await world.noticeTypes(carol)).toEqual([]);

    expect((await world.as(alice, 'POST', `/roster/block?user_id=${bob.userId}`)).body.data).toBe(true);
    expect(await world.noticeTypes(alice)).toHaveLength(3);

    expect((await world.as(alice, 'DELETE', `/roster/unblock?user_id=${bob.userId}`)).body.data).toBe(true);
    await world.ok(alice, 'POST', `/roster/unblock?user_id=${carol.userId}`);
    expect((await world.as(alice, 'GET', '/roster/blocked_list')).body.data).toEqual([]);
    expect(await world.relation(alice, bob)).toBe(0);
    expect((await world.noticeTypes(alice)).slice(3)).toEqual([N.Unblocked, N.Unblocked]);
    await world.ok(alice, 'POST', `/roster/unblock?user_id=${carol.userId}`);
    expect(await world.noticeTypes(alice)).toHaveLength(5);
    expect(await world.noticeTypes(bob)).toEqual([N.Added]);
  });

  it('refuses to block yourself (10002) or an unknown user (10000)', async () => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'POST', `/roster/block?user_id=${alice.userId}`)).body).toEqual({
      code: 10002,
      message: 'user_id: you cannot block yourself',
      data: null,
    });
    expect((await world.as(alice, 'POST', '/roster/block?user_id=999999999')).body).toEqual({
      code: 10000,
      message: 'user 999999999 does not exist in this app',
      data: null,
    });
    expect((await world.as(alice, 'DELETE', '/roster/unblock?user_id=999999999')).body.code).toBe(10000);
  });

  it('may_message: friends yes; blocked by the receiver no; strangers follow the app policy', async () => {
    const [alice, bob, stranger] = await world.users(3);
    await world.befriend(alice, bob);
    const may = async (sender: typeof alice, receiver: typeof alice) =>
      (await world.as(sender, 'GET', `/roster/may_message?user_id=${sender.userId}&roster_id=${receiver.userId}`)).body.data;

    expect(await may(alice, bob)).toBe(true);
    expect(await may(alice, stranger)).toBe(true);
    expect(await may(alice, alice)).toBe(true);

    await world.ok(bob, 'POST', `/roster/block?user_id=${alice.userId}`);
    expect(await may(alice, bob)).toBe(false);
    expect(await may(bob, alice)).toBe(true);

    await world.server.app.get(RosterService).setStrangerMessages(world.tenant.appId, false);
    try {
      expect(await may(alice, stranger)).toBe(false);
      expect(await may(stranger, alice)).toBe(false);
      await world.ok(bob, 'POST', `/roster/unblock?user_id=${alice.userId}`);
      expect(await may(alice, bob)).toBe(true);
      expect(await world.server.app.get(RosterService).mayMessage(world.tenant.appId, alice.userId, stranger.userId)).toBe(false);
    } finally {
      await world.server.app.get(RosterService).setStrangerMessages(world.tenant.appId, true);
    }
  });

  it('may_message: a user asks only about itself as sender (10010 otherwise); an admin token asks about anyone', async () => {
    const [alice, bob, carol] = await world.users(3);
    expect((await world.as(alice, 'GET', `/roster/may_message?user_id=${bob.userId}&roster_id=${carol.userId}`)).body).toEqual({
      code: 10010,
      message: `user_id: a user token may ask only about its own user (${alice.userId}) as sender; an admin token may ask about anyone`,
      data: null,
    });
    const admin = await world.server.request({
      url: `/roster/may_message?user_id=${bob.userId}&roster_id=${carol.userId}`,
      appId: world.tenant.appId,
      token: world.tenant.adminToken,
    });
    expect(admin.body).toEqual({ code: 200, message: null, data: true });
    expect((await world.asAdminFor(alice, 'GET', `/roster/may_message?user_id=${bob.userId}&roster_id=${carol.userId}`)).body.data).toBe(true);
    expect((await world.as(alice, 'GET', `/roster/may_message?user_id=${alice.userId}&roster_id=999999999`)).body).toEqual({
      code: 10000,
      message: 'user 999999999 does not exist in this app',
      data: null,
    });
    expect((await world.as(alice, 'GET', `/roster/may_message?user_id=${alice.userId}`)).body).toEqual({ code: 10002, message: 'roster_id: is required', data: null });
    expect((await world.as(alice, 'GET', `/roster/may_message?user_id=${alice.userId}&roster_id=x`)).body).toEqual({
      code: 10002,
      message: 'roster_id: must be an integer id',
      data: null,
    });
  });

  it('setStrangerMessages refuses an unknown app with 40000', async () => {
    await expect(world.server.app.get(RosterService).setStrangerMessages('no-such-app', false)).rejects.toMatchObject({ code: 40000 });
  });
});

describe('/roster search: id, name, mobile; mobile_search', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  it('finds by id and exact username with the relation, and answers 10000 for nobody', async () => {
    const [alice, bob, carol] = await world.users(3);
    await world.befriend(alice, bob);
    expect((await world.as(alice, 'GET', `/roster/id?user_id=${bob.userId}`)).body.data).toMatchObject({ user_id: bob.userId, username: bob.username, relation: 0 });
    expect((await world.as(alice, 'GET', `/roster/name?username=${carol.username}`)).body.data).toMatchObject({ user_id: carol.userId, relation: 2 });
    expect((await world.as(alice, 'GET', '/roster/id?user_id=999999999')).body).toEqual({ code: 10000, message: 'user 999999999 does not exist in this app', data: null });
    expect((await world.as(alice, 'GET', '/roster/name?username=nobody_here')).body).toEqual({
      code: 10000,
      message: 'user "nobody_here" does not exist in this app',
      data: null,
    });
  });

  it('finds by mobile only while the target allows it, answering the same 10000 otherwise, and never shows the number', async () => {
    const [alice, bob] = await world.users(2);
    await world.ok(bob, 'POST', '/user/mobile?mobile=13912345678');
    const found = (await world.as(alice, 'GET', '/roster/mobile?mobile=13912345678')).body;
    expect(found.data).toMatchObject({ user_id: bob.userId, relation: 2 });
    expect(JSON.stringify(found)).not.toContain('13912345678');

    expect((await world.as(bob, 'PUT', '/roster/mobile_search?value=false')).body).toEqual({ code: 200, message: null, data: true });
    const [row] = await world.server.sql(`SELECT mobile_searchable FROM user_settings WHERE user_id = $1`, [bob.userId]);
    expect(row.mobile_searchable).toBe(false);
    const hidden = (await world.as(alice, 'GET', '/roster/mobile?mobile=13912345678')).body;
    const absent = (await world.as(alice, 'GET', '/roster/mobile?mobile=13900000000')).body;
    expect(hidden).toEqual({ code: 10000, message: 'user with mobile 13912345678 does not exist in this app', data: null });
    expect(absent).toEqual({ code: 10000, message: 'user with mobile 13900000000 does not exist in this app', data: null });

    await world.ok(bob, 'POST', '/roster/mobile_search?value=true');
    expect((await world.as(alice, 'GET', '/roster/mobile?mobile=13912345678')).body.data.user_id).toBe(bob.userId);
  });

  it.each([
    ['GET', '/roster/mobile', 'mobile: is required'],
    ['GET', '/roster/mobile?mobile=12345', 'mobile: must be a mainland China mobile number or +<country code><number>'],
    ['GET', '/roster/name', 'username: is required'],
    ['GET', `/roster/name?username=${'a'.repeat(65)}`, 'username: must be at most 64 characters'],
    ['GET', '/roster/id?user_id=1.5', 'user_id: must be an integer id'],
    ['POST', '/roster/mobile_search', 'value: is required'],
    ['POST', '/roster/mobile_search?value=yes', 'value: must be true or false'],
  ] as const)('refuses %s %s with 10002: %s', async (method, url, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, method, url)).body).toEqual({ code: 10002, message, data: null });
  });
});

describe('/roster permissions', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  it('an admin token with the user_id header acts as that user', async () => {
    const [alice, bob] = await world.users(2);
    expect((await world.asAdminFor(alice, 'POST', '/roster/apply', { user_id: bob.userId })).body.data).toBe(true);
    expect((await world.asAdminFor(bob, 'GET', '/roster/list')).body.data).toEqual([alice.userId]);
    expect((await world.asAdminFor(alice, 'POST', `/roster/block?user_id=${bob.userId}`)).body.data).toBe(true);
    expect((await world.as(alice, 'GET', '/roster/blocked_list')).body.data).toEqual([bob.userId]);
  });

  it('refuses the user_id header with a user token (10010), and an admin token acting as nobody (10010)', async () => {
    const [alice, bob] = await world.users(2);
    const impersonating = await world.server.request({
      method: 'POST',
      url: '/roster/apply',
      appId: world.tenant.appId,
      token: alice.token,
      headers: { user_id: String(bob.userId) },
      body: { user_id: alice.userId },
    });
    expect(impersonating.body.code).toBe(10010);
    const nobody = await world.server.request({ url: '/roster/list', appId: world.tenant.appId, token: world.tenant.adminToken });
    expect(nobody.body.code).toBe(10010);
    expect(await world.friendIds(bob)).toEqual([]);
  });

  it("keeps apps apart: another app's token or app_id is refused, and its users are unknown here", async () => {
    const [alice] = await world.users(1);
    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);

    const foreignToken = await world.server.request({ url: '/roster/list', appId: world.tenant.appId, token: outsider.token });
    expect(foreignToken.body.code).toBe(10008);
    const foreignAppId = await world.server.request({ url: '/roster/list', appId: other.appId, token: alice.token });
    expect(foreignAppId.body.code).toBe(10008);
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: outsider.userId })).body.code).toBe(10000);
    expect((await world.as(alice, 'GET', `/roster/id?user_id=${outsider.userId}`)).body.code).toBe(10000);
    expect(await world.details(alice, [outsider.userId])).toEqual([]);
    expect((await world.server.request({ url: '/roster/list', appId: other.appId, token: other.adminToken, headers: { user_id: String(alice.userId) } })).body.code).toBe(10000);
  });

  it('needs a token', async () => {
    expect((await world.server.request({ url: '/roster/list', appId: world.tenant.appId })).body.code).toBe(10003);
  });
});
