import { ErrorCode } from '../../src/common/errors/error-codes';
import { RunningServer } from '../processes';
import { createUser, TestUser } from '../server';
import { Envelope, fleetCall, ServerFleet, startServerFleet } from './server-fleet';

/**
 * Issue 17: each API process serves GET /user/profile from its hot-state cache (src/user/README.md
 * "Profile cache"). A change of the profile answered by one process must show on the very next
 * GET /user/profile to the other, whose cache held the old row.
 */
describe.each(['redis', 'postgres'] as const)('a profile changed on one server process shows on the next read from the other (%s bus)', (bus) => {
  let fleet: ServerFleet;
  let first: RunningServer;
  let second: RunningServer;

  beforeAll(async () => {
    fleet = await startServerFleet(2, { redis: bus === 'redis' });
    [first, second] = fleet.servers;
  }, 120_000);

  afterAll(async () => {
    await fleet?.stop();
  });

  const call = (server: RunningServer, method: string, url: string, token: string, body?: unknown, headers: Record<string, string> = {}): Promise<Envelope> =>
    fleetCall(fleet, server, method, url, token, body, headers);

  const asAdmin = (user: TestUser) => ({ user_id: String(user.userId) });

  async function profileOn(server: RunningServer, user: TestUser): Promise<Record<string, unknown>> {
    const answer = await call(server, 'GET', '/user/profile', user.token);
    expect(answer.code).toBe(200);
    return answer.data;
  }

  /** Both processes have served the profile twice, so both answer it from their caches. */
  async function warmOnBoth(user: TestUser): Promise<void> {
    for (const server of [first, second, first, second]) await profileOn(server, user);
  }

  async function changeOnFirstThenReadOnSecond(user: TestUser, change: () => Promise<Envelope>, expected: Record<string, unknown>): Promise<void> {
    await warmOnBoth(user);
    const answer = await change();
    expect(answer).toMatchObject({ code: 200 });
    expect(await profileOn(second, user)).toMatchObject(expected);
  }

  it('POST /user/profile: each field, and clearing them', async () => {
    const user = await createUser(fleet.setup, fleet.tenant);
    const fields = { nick_name: 'Nick', description: 'about', public_info: 'public', private_info: 'private', gender: 'female', birthday: '1990-04-30', region: 'CN-SH' };
    await changeOnFirstThenReadOnSecond(user, () => call(first, 'POST', '/user/profile', user.token, fields), fields);

    const cleared = Object.fromEntries(Object.keys(fields).map((field) => [field, '']));
    await warmOnBoth(user);
    expect((await call(first, 'PUT', '/user/profile', user.token, cleared)).code).toBe(200);
    const after = await profileOn(second, user);
    for (const field of Object.keys(fields)) expect(after).not.toHaveProperty(field);
  });

  it('the single-field setters: nickname, avatar, public and private info, username', async () => {
    const user = await createUser(fleet.setup, fleet.tenant);
    await changeOnFirstThenReadOnSecond(user, () => call(first, 'POST', '/user/nickname?nick_name=Renamed', user.token), { nick_name: 'Renamed' });
    await changeOnFirstThenReadOnSecond(user, () => call(first, 'POST', '/user/avatar', user.token, { avatar: 'https://example.com/a.png' }), {
      avatar: 'https://example.com/a.png',
    });
    await changeOnFirstThenReadOnSecond(user, () => call(first, 'POST', '/user/public', user.token, 'seen by all'), { public_info: 'seen by all' });
    await changeOnFirstThenReadOnSecond(user, () => call(first, 'PUT', '/user/private', user.token, 'mine only'), { private_info: 'mine only' });
    const username = `${user.username}_renamed`;
    await changeOnFirstThenReadOnSecond(user, () => call(first, 'POST', `/user/username?username=${username}`, user.token), { username });
  });

  it('binding a mobile and an email', async () => {
    const user = await createUser(fleet.setup, fleet.tenant);
    const mobile = `+86${String(Date.now()).slice(-9)}${process.pid % 10}`;
    await changeOnFirstThenReadOnSecond(user, () => call(first, 'POST', `/user/mobile?mobile=${encodeURIComponent(mobile)}`, fleet.tenant.adminToken, undefined, asAdmin(user)), { mobile });
    const email = `${user.username}@example.com`;
    await changeOnFirstThenReadOnSecond(user, () => call(first, 'POST', '/user/email', fleet.tenant.adminToken, { email }, asAdmin(user)), { email });
  });

  it("an admin's profile and avatar batches", async () => {
    const user = await createUser(fleet.setup, fleet.tenant);
    await changeOnFirstThenReadOnSecond(
      user,
      () => call(first, 'POST', '/user/profile/batch', fleet.tenant.adminToken, { list: [{ user_id: user.userId, nick_name: 'Batched', region: 'FR' }] }),
      { nick_name: 'Batched', region: 'FR' },
    );
    await changeOnFirstThenReadOnSecond(
      user,
      () => call(first, 'PUT', '/user/avatar/batch', fleet.tenant.adminToken, { list: [{ user_id: user.userId, avatar: 'key-of-the-file-store' }] }),
      { avatar: 'key-of-the-file-store' },
    );
  });

  it('a deleted user has no profile on the other process, even for an admin acting as it', async () => {
    const user = await createUser(fleet.setup, fleet.tenant);
    await warmOnBoth(user);
    expect((await call(second, 'GET', '/user/profile', fleet.tenant.adminToken, undefined, asAdmin(user))).code).toBe(200);

    expect((await call(first, 'POST', '/user/delete', fleet.tenant.adminToken, {}, asAdmin(user))).code).toBe(200);

    expect((await call(second, 'GET', '/user/profile', fleet.tenant.adminToken, undefined, asAdmin(user))).code).toBe(ErrorCode.UserNotFound);
    expect((await call(second, 'GET', '/user/profile', user.token)).code).toBe(ErrorCode.TokenInvalid);
  });
});
