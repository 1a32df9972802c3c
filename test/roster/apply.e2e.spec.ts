import { Clock } from '../../src/common/clock';
import { RosterNoticeType as N } from '../../src/notice/notice.types';
import { APPLICATION_TTL_MS } from '../../src/roster/roster-application.service';
import { RosterWorld } from './roster.fixtures';

const DAY = 24 * 60 * 60 * 1000;

describe('/roster/apply, accept, decline, apply/list', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());
  afterEach(() => jest.restoreAllMocks());

  it('auth_mode 0: both become friends at once, both sides see it, and both are told ADDED', async () => {
    const [alice, bob] = await world.users(2);
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: bob.userId, alias: 'Bobby', reason: 'hi' })).body).toEqual({ code: 200, message: null, data: true });

    expect(await world.friendIds(alice)).toEqual([bob.userId]);
    expect(await world.friendIds(bob)).toEqual([alice.userId]);
    expect(await world.details(alice, [bob.userId])).toEqual([
      {
        user_id: bob.userId,
        username: bob.username,
        auth_mode: 0,
        alias: 'Bobby',
        mute_notification: false,
        relation: 0,
      },
    ]);
    expect((await world.details(bob, [alice.userId]))[0]).toMatchObject({ relation: 0 });
    expect((await world.details(bob, [alice.userId]))[0]).not.toHaveProperty('alias');
    // Each side's SDK adds `from` only when `to` is its own user (floo-web dataLogics.js imRosterAdded).
    expect(await world.notices(alice)).toEqual([{ type: N.Added, fromId: bob.userId, toIds: [alice.userId], content: null }]);
    expect(await world.notices(bob)).toEqual([{ type: N.Added, fromId: alice.userId, toIds: [bob.userId], content: null }]);
    expect(await world.applications(bob)).toEqual([]);
  });

  it('auth_mode 1: a pending request the target accepts; the alias reaches the applicant side; ACCEPTED goes to both sides', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(bob, { auth_mode: 1 });
    const before = Date.now();
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId, alias: 'Bobby', reason: 'we met at the fair' });

    expect(await world.friendIds(alice)).toEqual([]);
    const [pending] = await world.applications(bob);
    expect(pending).toEqual({ user_id: alice.userId, reason: 'we met at the fair', status: 0, expired_time: expect.any(Number) });
    expect(pending.expired_time).toBeGreaterThanOrEqual(before + APPLICATION_TTL_MS);
    expect(pending.expired_time).toBeLessThanOrEqual(Date.now() + APPLICATION_TTL_MS);
    expect(await world.notices(bob)).toEqual([{ type: N.Applied, fromId: alice.userId, toIds: [bob.userId], content: 'we met at the fair' }]);
    expect(await world.applications(alice)).toEqual([]);

    expect((await world.as(bob, 'POST', `/roster/accept?user_id=${alice.userId}`)).body).toEqual({ code: 200, message: null, data: true });
    expect(await world.friendIds(alice)).toEqual([bob.userId]);
    expect(await world.friendIds(bob)).toEqual([alice.userId]);
    expect((await world.details(alice, [bob.userId]))[0]).toMatchObject({ relation: 0, alias: 'Bobby' });
    expect((await world.applications(bob))[0].status).toBe(1);
    expect(await world.noticeTypes(alice)).toEqual([N.Accepted, N.Added]);
    expect((await world.notices(alice))[0]).toEqual({ type: N.Accepted, fromId: bob.userId, toIds: [alice.userId], content: null });
    // The accepter's devices hear ACCEPTED from themselves (the SDK's `from` is me branch: drop the request, add the friend).
    expect(await world.noticeTypes(bob)).toEqual([N.Applied, N.Accepted, N.Added]);
    expect((await world.notices(bob))[1]).toEqual({ type: N.Accepted, fromId: bob.userId, toIds: [alice.userId], content: null });

    const again = await world.as(bob, 'PUT', `/roster/accept?user_id=${alice.userId}`);
    expect(again.body).toEqual({ code: 10007, message: `the friend request of user ${alice.userId} was already accepted`, data: null });
  });

  it('auth_mode 1: decline keeps them strangers, tells both sides with the reason, and cannot be repeated', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(bob, { auth_mode: 1 });
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId });
    expect((await world.as(bob, 'PUT', '/roster/decline', { user_id: alice.userId, reason: 'no thanks' })).body.data).toBe(true);

    expect(await world.friendIds(alice)).toEqual([]);
    expect(await world.friendIds(bob)).toEqual([]);
    expect(await world.relation(alice, bob)).toBe(2);
    expect((await world.applications(bob))[0]).toMatchObject({ user_id: alice.userId, status: 2 });
    expect(await world.notices(alice)).toEqual([{ type: N.Declined, fromId: bob.userId, toIds: [alice.userId], content: 'no thanks' }]);
    expect((await world.notices(bob)).map((notice) => notice.type)).toEqual([N.Applied, N.Declined]);
    expect((await world.notices(bob))[1]).toEqual({ type: N.Declined, fromId: bob.userId, toIds: [alice.userId], content: 'no thanks' });
    const [row] = await world.server.sql(`SELECT decline_reason FROM roster_applications WHERE applicant_id = $1 AND target_id = $2`, [alice.userId, bob.userId]);
    expect(row.decline_reason).toBe('no thanks');

    expect((await world.as(bob, 'POST', '/roster/decline', { user_id: alice.userId })).body).toEqual({
      code: 10007,
      message: `the friend request of user ${alice.userId} was already declined`,
      data: null,
    });
    expect((await world.as(bob, 'POST', `/roster/accept?user_id=${alice.userId}`)).body.code).toBe(10007);
  });

  it('a second apply refreshes the one request (new reason, new expiry, pending again) instead of adding another', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(bob, { auth_mode: 1 });
    const clock = world.server.app.get(Clock);
    const start = Date.now();
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start));
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId, reason: 'first' });
    await world.ok(bob, 'POST', '/roster/decline', { user_id: alice.userId });

    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + DAY));
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId, reason: 'second', alias: 'B' });
    expect(await world.applications(bob)).toEqual([{ user_id: alice.userId, reason: 'second', status: 0, expired_time: start + DAY + APPLICATION_TTL_MS }]);
    const rows = await world.server.sql(`SELECT count(*)::int AS n FROM roster_applications WHERE applicant_id = $1`, [alice.userId]);
    expect(rows[0].n).toBe(1);
    expect(await world.noticeTypes(bob)).toEqual([N.Applied, N.Declined, N.Applied]);
    await world.ok(bob, 'POST', `/roster/accept?user_id=${alice.userId}`);
    expect((await world.details(alice, [bob.userId]))[0].alias).toBe('B');
  });

  it('a request expires after 7 days by the Clock: shown as status 3, and accept/decline answer 10007', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(bob, { auth_mode: 1 });
    const clock = world.server.app.get(Clock);
    const start = Date.now();
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start));
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId });

    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + APPLICATION_TTL_MS - 1));
    expect((await world.applications(bob))[0].status).toBe(0);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(start + APPLICATION_TTL_MS));
    expect(await world.applications(bob)).toEqual([{ user_id: alice.userId, reason: null, status: 3, expired_time: start + APPLICATION_TTL_MS }]);
    const expiredMessage = `the friend request of user ${alice.userId} expired at ${new Date(start + APPLICATION_TTL_MS).toISOString()}; they must apply again`;
    expect((await world.as(bob, 'POST', `/roster/accept?user_id=${alice.userId}`)).body).toEqual({ code: 10007, message: expiredMessage, data: null });
    expect((await world.as(bob, 'POST', '/roster/decline', { user_id: alice.userId })).body).toEqual({ code: 10007, message: expiredMessage, data: null });
    expect(await world.friendIds(bob)).toEqual([]);

    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId });
    expect((await world.applications(bob))[0].status).toBe(0);
    await world.ok(bob, 'POST', `/roster/accept?user_id=${alice.userId}`);
    expect(await world.friendIds(bob)).toEqual([alice.userId]);
  });

  it('answers 10007 for a request that never existed', async () => {
    const [alice, bob] = await world.users(2);
    expect((await world.as(bob, 'POST', `/roster/accept?user_id=${alice.userId}`)).body).toEqual({
      code: 10007,
      message: `user ${alice.userId} has no friend request to you`,
      data: null,
    });
    expect((await world.as(bob, 'POST', '/roster/decline', { user_id: alice.userId })).body.code).toBe(10007);
  });

  it('applying back to someone whose request is pending makes both friends at once, whatever the auth_mode', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(alice, { auth_mode: 1 });
    await world.setSettings(bob, { auth_mode: 3 });
    await world.ok(bob, 'POST', '/roster/apply', { user_id: alice.userId, alias: 'Ally' });
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId, alias: 'Bobby' });

    expect(await world.friendIds(alice)).toEqual([bob.userId]);
    expect(await world.friendIds(bob)).toEqual([alice.userId]);
    expect((await world.details(alice, [bob.userId]))[0].alias).toBe('Bobby');
    expect((await world.details(bob, [alice.userId]))[0].alias).toBe('Ally');
    expect((await world.applications(alice))[0]).toMatchObject({ user_id: bob.userId, status: 1 });
    expect(await world.noticeTypes(bob)).toEqual([N.Accepted, N.Added]);
    expect(await world.noticeTypes(alice)).toEqual([N.Applied, N.Accepted, N.Added]);
  });

  it('auth_mode 2: the right answer (trimmed) makes friends; a wrong or missing answer is refused and stores nothing', async () => {
    const [alice, bob, carol] = await world.users(3);
    await world.setSettings(bob, { auth_mode: 2, auth_question: 'Favourite colour?', auth_answer: 'blue' });
    expect((await world.details(alice, [bob.userId]))[0]).toMatchObject({ auth_mode: 2, auth_question: 'Favourite colour?' });

    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: bob.userId, auth_answer: 'red' })).body).toEqual({
      code: 10002,
      message: `auth_answer: is not the answer user ${bob.userId} expects; ask again with the right answer`,
      data: null,
    });
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: bob.userId })).body).toEqual({
      code: 10002,
      message: `auth_answer: is required; user ${bob.userId} adds only friends who answer: Favourite colour?`,
      data: null,
    });
    expect(await world.friendIds(bob)).toEqual([]);
    expect(await world.applications(bob)).toEqual([]);
    expect(await world.notices(bob)).toEqual([]);

    await world.ok(carol, 'POST', '/roster/apply', { user_id: bob.userId, auth_answer: ' blue ' });
    expect(await world.friendIds(bob)).toEqual([carol.userId]);
    expect(await world.friendIds(carol)).toEqual([bob.userId]);
  });

  it('auth_mode 3 refuses every request with 10012', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(bob, { auth_mode: 3 });
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: bob.userId })).body).toEqual({
      code: 10012,
      message: `user ${bob.userId} accepts no friend requests`,
      data: null,
    });
    expect(await world.applications(bob)).toEqual([]);
  });

  it('refuses yourself (10002), unknown users (10000), existing friends (10005) and blocks either way (10006)', async () => {
    const [alice, bob, carol, dave] = await world.users(4);
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: alice.userId })).body).toEqual({
      code: 10002,
      message: 'user_id: you cannot apply to be your own friend',
      data: null,
    });
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: 999_999_999 })).body).toEqual({
      code: 10000,
      message: 'user 999999999 does not exist in this app',
      data: null,
    });
    await world.befriend(alice, bob);
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: bob.userId })).body).toEqual({
      code: 10005,
      message: `user ${bob.userId} is already your friend`,
      data: null,
    });

    await world.ok(carol, 'POST', `/roster/block?user_id=${alice.userId}`);
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: carol.userId })).body).toEqual({
      code: 10006,
      message: `user ${carol.userId} has put you in their blocklist`,
      data: null,
    });
    await world.ok(alice, 'POST', `/roster/block?user_id=${dave.userId}`);
    expect((await world.as(alice, 'POST', '/roster/apply', { user_id: dave.userId })).body).toEqual({
      code: 10006,
      message: `user ${dave.userId} is in your blocklist; unblock them first (/roster/unblock)`,
      data: null,
    });
    expect(await world.friendIds(carol)).toEqual([]);
    expect(await world.applications(carol)).toEqual([]);
  });

  it('a block placed after the request stops its acceptance with 10006', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(bob, { auth_mode: 1 });
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId });
    await world.ok(alice, 'POST', `/roster/block?user_id=${bob.userId}`);
    expect((await world.as(bob, 'POST', `/roster/accept?user_id=${alice.userId}`)).body.code).toBe(10006);
    expect(await world.friendIds(bob)).toEqual([]);
    expect((await world.applications(bob))[0].status).toBe(0);
  });

  it('pages apply/list newest first with a cursor, and refuses a bad cursor with 10002', async () => {
    const [bob, ...applicants] = await world.users(4);
    await world.setSettings(bob, { auth_mode: 1 });
    const clock = world.server.app.get(Clock);
    const start = Date.now();
    for (const [index, applicant] of applicants.entries()) {
      jest.spyOn(clock, 'now').mockReturnValue(new Date(start + index * 1000));
      await world.ok(applicant, 'POST', '/roster/apply', { user_id: bob.userId, reason: `r${index}` });
    }
    const first = (await world.as(bob, 'GET', '/roster/apply/list?limit=2')).body;
    expect(first.data.map((item: { user_id: number }) => item.user_id)).toEqual([applicants[2].userId, applicants[1].userId]);
    expect(first.cursor).toEqual(expect.any(String));
    const second = (await world.as(bob, 'GET', `/roster/apply/list?limit=2&cursor=${first.cursor}`)).body;
    expect(second.data.map((item: { user_id: number }) => item.user_id)).toEqual([applicants[0].userId]);
    expect(second).not.toHaveProperty('cursor');

    const badCursor = 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page';
    for (const cursor of ['nonsense', Buffer.from(JSON.stringify({ t: 'x', u: 1 })).toString('base64url')]) {
      expect((await world.as(bob, 'GET', `/roster/apply/list?cursor=${cursor}`)).body).toEqual({ code: 10002, message: badCursor, data: null });
    }
  });

  it.each([
    ['/roster/apply/list?limit=0', 'limit: must be at least 1'],
    ['/roster/apply/list?limit=101', 'limit: must be at most 100'],
    ['/roster/apply/list?limit=ten', 'limit: must be an integer'],
    ['/roster/accept', 'user_id: is required'],
    ['/roster/accept?user_id=abc', 'user_id: must be an integer id'],
    ['/roster/accept?user_id=0', 'user_id: must be a positive id'],
    ['/roster/accept?user_id=99999999999999999999', 'user_id: must be at most 9007199254740991'],
  ])('refuses %s with 10002: %s', async (url, message) => {
    const [alice] = await world.users(1);
    const method = url.startsWith('/roster/accept') ? 'POST' : 'GET';
    expect((await world.as(alice, method, url)).body).toEqual({ code: 10002, message, data: null });
  });

  it.each([
    ['/roster/apply', {}, 'user_id: is required'],
    ['/roster/apply', { user_id: '12a' }, 'user_id: "12a" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
    ['/roster/apply', { user_id: -3 }, 'user_id: must be a positive id'],
    ['/roster/apply', { user_id: 12, reason: 5 }, 'reason: must be a string'],
    ['/roster/apply', { user_id: 12, reason: 'x'.repeat(257) }, 'reason: must be at most 256 characters'],
    ['/roster/apply', { user_id: 12, alias: 'x'.repeat(65) }, 'alias: must be at most 64 characters'],
    ['/roster/apply', { user_id: 12, auth_answer: 'x'.repeat(257) }, 'auth_answer: must be at most 256 characters'],
    ['/roster/apply', { user_id: 12, colour: 'red' }, 'colour: unknown field; remove it'],
    ['/roster/decline', { reason: 'no' }, 'user_id: is required'],
    ['/roster/decline', { user_id: 12, reason: 'x'.repeat(257) }, 'reason: must be at most 256 characters'],
  ])('refuses %s %j with 10002: %s', async (url, body, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'POST', url, body)).body).toEqual({ code: 10002, message, data: null });
  });

  describe('/roster/apply/batch', () => {
    it('with a user token: each item follows the apply rules and fails on its own', async () => {
      const [alice, open, approval, refusing, friend] = await world.users(5);
      await world.setSettings(approval, { auth_mode: 1 });
      await world.setSettings(refusing, { auth_mode: 3 });
      await world.befriend(alice, friend);
      const body = [
        { user_id: open.userId, alias: 'O' },
        { user_id: approval.userId, reason: 'please' },
        { user_id: refusing.userId },
        { user_id: friend.userId },
        { user_id: alice.userId },
        { user_id: 'x' },
        { alias: 'no id' },
        7,
      ];
      const response = await world.as(alice, 'POST', '/roster/apply/batch', body);
      expect(response.body).toEqual({
        code: 200,
        message: null,
        data: {
          success: [open.userId, approval.userId],
          fails: [
            { user_id: refusing.userId, reason: `user ${refusing.userId} accepts no friend requests` },
            { user_id: friend.userId, reason: `user ${friend.userId} is already your friend` },
            { user_id: alice.userId, reason: 'user_id: you cannot apply to be your own friend' },
            { user_id: null, reason: 'user_id: "x" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)' },
            { user_id: null, reason: 'user_id: is required' },
            { user_id: null, reason: 'item: must be an object {user_id, alias, reason}' },
          ],
        },
      });
      expect(await world.friendIds(alice)).toEqual([open.userId, friend.userId].sort((a, b) => a - b));
      expect((await world.details(alice, [open.userId]))[0].alias).toBe('O');
      expect(await world.applications(approval)).toEqual([expect.objectContaining({ user_id: alice.userId, reason: 'please', status: 0 })]);
    });

    it('with an admin token acting as the user: friends at once whatever auth_mode, but not across a block', async () => {
      const [alice, approval, refusing, blocker] = await world.users(4);
      await world.setSettings(approval, { auth_mode: 1 });
      await world.setSettings(refusing, { auth_mode: 3 });
      await world.ok(blocker, 'POST', `/roster/block?user_id=${alice.userId}`);
      const response = await world.asAdminFor(alice, 'POST', '/roster/apply/batch', [
        { user_id: approval.userId, alias: 'A' },
        { user_id: refusing.userId },
        { user_id: blocker.userId },
        { user_id: approval.userId },
        { user_id: 999_999_999 },
      ]);
      expect(response.body.data).toEqual({
        success: [approval.userId, refusing.userId],
        fails: [
          { user_id: blocker.userId, reason: `user ${blocker.userId} has put you in their blocklist` },
          { user_id: approval.userId, reason: `user ${approval.userId} is already a friend of user ${alice.userId}` },
          { user_id: 999_999_999, reason: 'user 999999999 does not exist in this app' },
        ],
      });
      expect(await world.friendIds(alice)).toEqual([approval.userId, refusing.userId]);
      expect(await world.friendIds(refusing)).toEqual([alice.userId]);
      expect((await world.details(alice, [approval.userId]))[0].alias).toBe('A');
      expect(await world.noticeTypes(refusing)).toEqual([N.Added]);
    });

    it.each([
      [undefined, 'body: is required; send a JSON array of {user_id, alias, reason}'],
      [{ user_id: 1 }, 'body: must be a JSON array of {user_id, alias, reason}'],
      [[], 'body: must hold at least one application'],
      [Array.from({ length: 101 }, (_, index) => ({ user_id: index + 1 })), 'body: must hold at most 100 applications'],
    ])('refuses the body %j with 10002', async (body, message) => {
      const [alice] = await world.users(1);
      expect((await world.as(alice, 'POST', '/roster/apply/batch', body)).body).toEqual({ code: 10002, message, data: null });
    });

    it('refuses an admin token that acts as nobody with 10010', async () => {
      const response = await world.server.request({
        method: 'POST',
        url: '/roster/apply/batch',
        appId: world.tenant.appId,
        token: world.tenant.adminToken,
        body: [{ user_id: 1 }],
      });
      expect(response.body.code).toBe(10010);
    });
  });
});
