import { LISTENER_APPLICATION_NAME } from '../../src/common/cache/invalidation-bus';
import { ErrorCode } from '../../src/common/errors/error-codes';
import { RunningServer, startServerProcess } from '../processes';
import { createGroup } from '../group/fixtures';
import { createUser, TestUser } from '../server';
import { startFreezableProxy } from './freezable-proxy';
import { Envelope, fleetCall, ServerFleet, startServerFleet } from './server-fleet';

/**
 * Issue 17: each API process caches app and token state and what the send rules read (src/common/README.md
 * "Hot-state cache"). A change answered by one process must hold on the very next request to the
 * other, whose cache was warm with the old state: the change is announced to every process before it answers.
 */
describe.each(['redis', 'postgres'] as const)('hot state changed on one server process holds on the next request to the other (%s bus)', (bus) => {
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

  const profile = (server: RunningServer, token: string) => call(server, 'GET', '/user/profile', token);

  async function login(user: TestUser, password = user.password): Promise<string> {
    const answer = await fleet.setup.request({ method: 'POST', url: '/token/user', appId: fleet.tenant.appId, body: { name: user.username, password } });
    if (answer.body.code !== 200) throw new Error(`login failed: ${JSON.stringify(answer.body)}`);
    return answer.body.data.token;
  }

  /** Both processes have served the token, so both hold it in their caches. */
  async function warmOnBoth(token: string): Promise<void> {
    expect((await profile(first, token)).code).toBe(200);
    expect((await profile(second, token)).code).toBe(200);
  }

  it('a password change on one process ends the other sessions on the other process', async () => {
    const user = await createUser(fleet.setup, fleet.tenant, `hot_password_${bus}_${process.pid}`);
    const otherSession = await login(user);
    await warmOnBoth(user.token);
    await warmOnBoth(otherSession);

    const changed = await call(first, 'POST', '/user/change_password', user.token, { old_password: user.password, new_password: 'another-password' });
    expect(changed.code).toBe(200);

    expect(await profile(second, otherSession)).toMatchObject({ code: ErrorCode.TokenExpired, message: 'access-token has been revoked; log in again' });
    expect((await profile(second, user.token)).code).toBe(200);
  });

  it('an admin password change on one process ends every session on the other process', async () => {
    const user = await createUser(fleet.setup, fleet.tenant, `hot_admin_password_${bus}_${process.pid}`);
    await warmOnBoth(user.token);

    const changed = await call(first, 'POST', '/user/change_password_admin', fleet.tenant.adminToken, { password: 'another-password' }, { user_id: String(user.userId) });
    expect(changed.code).toBe(200);

    expect(await profile(second, user.token)).toMatchObject({ code: ErrorCode.TokenExpired, message: 'access-token has been revoked; log in again' });
  });

  it('a kick of the other sessions on one process ends them on the other process', async () => {
    const user = await createUser(fleet.setup, fleet.tenant, `hot_kick_${bus}_${process.pid}`);
    const otherSession = await login(user);
    await warmOnBoth(otherSession);

    expect((await call(first, 'POST', '/user/kick', user.token)).code).toBe(200);

    expect(await profile(second, otherSession)).toMatchObject({ code: ErrorCode.TokenExpired, message: 'access-token has been revoked; log in again' });
  });

  it('disabling a user on one process refuses its token on the other, and enabling it lets it in again', async () => {
    const user = await createUser(fleet.setup, fleet.tenant, `hot_disable_${bus}_${process.pid}`);
    await warmOnBoth(user.token);

    expect((await call(first, 'PUT', '/user/disable', fleet.tenant.adminToken, { list: [user.userId] })).code).toBe(200);
    expect(await profile(second, user.token)).toMatchObject({ code: ErrorCode.TokenExpired, message: 'access-token belongs to a disabled user' });
    expect(await profile(first, user.token)).toMatchObject({ code: ErrorCode.TokenExpired });

    expect((await call(first, 'PUT', '/user/enable', fleet.tenant.adminToken, { list: [user.userId] })).code).toBe(200);
    expect((await profile(second, user.token)).code).toBe(200);
  });

  it('a user deleted on one process has its token refused on the other', async () => {
    const user = await createUser(fleet.setup, fleet.tenant, `hot_delete_${bus}_${process.pid}`);
    await warmOnBoth(user.token);

    expect((await call(first, 'POST', '/user/delete', user.token, { password: user.password })).code).toBe(200);

    expect((await profile(second, user.token)).code).toBe(ErrorCode.TokenInvalid);
  });

  it('a process that stops hearing the bus reads the database instead of its cache, so a change made on another process holds there at once', async () => {
    const busUrl = bus === 'redis' ? fleet.redis!.url : fleet.database.url;
    const proxy = await startFreezableProxy(busUrl);
    const stale = await startServerProcess({ ...fleet.env, [bus === 'redis' ? 'REDIS_URL' : 'DATABASE_URL']: proxy.through(busUrl) });
    try {
      const user = await createUser(fleet.setup, fleet.tenant, `hot_stale_${bus}_${process.pid}`);
      const otherSession = await login(user);
      expect((await profile(stale, otherSession)).code).toBe(200);
      expect((await profile(stale, otherSession)).code).toBe(200);

      // Its subscription stays open but delivers nothing: it neither hears the kick nor acknowledges it.
      proxy.freeze(bus === 'redis' ? () => true : (firstBytes) => firstBytes.includes(LISTENER_APPLICATION_NAME));
      expect((await call(first, 'POST', '/user/kick', user.token)).code).toBe(200);
      expect(await profile(stale, otherSession)).toMatchObject({ code: ErrorCode.TokenExpired, message: 'access-token has been revoked; log in again' });
      expect((await profile(stale, user.token)).code).toBe(200);

      proxy.thaw();
      expect(await profile(stale, otherSession)).toMatchObject({ code: ErrorCode.TokenExpired });
    } finally {
      proxy.thaw();
      await stale.stop();
      await proxy.close();
    }
  }, 120_000);

  const send = (server: RunningServer, from: TestUser, type: 1 | 2, to: number) =>
    call(server, 'POST', '/message/send', from.token, { type, targets: [to], content_type: 0, content: `to ${to}` });

  /** Both processes have let the message through, so both hold what the rules read in their caches. */
  async function sendsOnBoth(from: TestUser, type: 1 | 2, to: number): Promise<void> {
    expect((await send(first, from, type, to)).code).toBe(200);
    expect((await send(second, from, type, to)).code).toBe(200);
  }

  it('a block on one process refuses the blocked sender on the other, and an unblock lets it through again', async () => {
    const [alice, bob] = [await createUser(fleet.setup, fleet.tenant), await createUser(fleet.setup, fleet.tenant)];
    await sendsOnBoth(alice, 1, bob.userId);

    expect((await call(first, 'POST', `/roster/block?user_id=${alice.userId}`, bob.token)).code).toBe(200);
    expect(await send(second, alice, 1, bob.userId)).toMatchObject({ code: ErrorCode.UserBlocked, message: `user ${bob.userId} has blocked you` });

    expect((await call(first, 'POST', `/roster/unblock?user_id=${alice.userId}`, bob.token)).code).toBe(200);
    expect((await send(second, alice, 1, bob.userId)).code).toBe(200);
  });

  it('disabling a user on one process stops an admin sending as that user on the other', async () => {
    const [alice, bob] = [await createUser(fleet.setup, fleet.tenant), await createUser(fleet.setup, fleet.tenant)];
    const sendAsAlice = (server: RunningServer) =>
      call(server, 'POST', '/message/send', fleet.tenant.adminToken, { type: 1, targets: [bob.userId], content_type: 0, content: 'as alice' }, { user_id: String(alice.userId) });
    expect((await sendAsAlice(first)).code).toBe(200);
    expect((await sendAsAlice(second)).code).toBe(200);

    expect((await call(first, 'PUT', '/user/disable', fleet.tenant.adminToken, { list: [alice.userId] })).code).toBe(200);
    expect(await sendAsAlice(second)).toMatchObject({ code: ErrorCode.UserDisabled, message: `user ${alice.userId} is disabled and may not send messages` });
  });

  it('a ban and an unban in a group on one process hold for the next group message on the other', async () => {
    const [owner, alice] = [await createUser(fleet.setup, fleet.tenant), await createUser(fleet.setup, fleet.tenant)];
    const groupId = await createGroup(fleet.setup, fleet.tenant, owner, { members: [alice] });
    await sendsOnBoth(alice, 2, groupId);

    expect((await call(first, 'POST', '/group/ban', owner.token, { group_id: groupId, user_list: [alice.userId], duration: 10 })).code).toBe(200);
    expect(await send(second, alice, 2, groupId)).toMatchObject({ code: ErrorCode.NoPermission, message: expect.stringMatching(/is banned in group/) });

    expect((await call(first, 'POST', '/group/unban', owner.token, { group_id: groupId, user_list: [alice.userId] })).code).toBe(200);
    expect((await send(second, alice, 2, groupId)).code).toBe(200);
  });

  it('a ban-all and role changes on one process decide who may send on the other', async () => {
    const [owner, alice] = [await createUser(fleet.setup, fleet.tenant), await createUser(fleet.setup, fleet.tenant)];
    const groupId = await createGroup(fleet.setup, fleet.tenant, owner, { members: [alice] });
    await sendsOnBoth(alice, 2, groupId);

    expect((await call(first, 'POST', '/group/settings/ban_all', owner.token, { group_id: groupId, duration: 30 })).code).toBe(200);
    expect((await send(second, alice, 2, groupId)).code).toBe(ErrorCode.NeedsAdmin);

    expect((await call(first, 'POST', '/group/admin/add', owner.token, { group_id: groupId, user_list: [alice.userId] })).code).toBe(200);
    expect((await send(second, alice, 2, groupId)).code).toBe(200);

    expect((await call(first, 'POST', '/group/admin/remove', owner.token, { group_id: groupId, user_list: [alice.userId] })).code).toBe(200);
    expect((await send(second, alice, 2, groupId)).code).toBe(ErrorCode.NeedsAdmin);

    expect((await call(first, 'POST', '/group/settings/unban_all', owner.token, { group_id: groupId })).code).toBe(200);
    expect((await send(second, alice, 2, groupId)).code).toBe(200);
  });

  it('a kick from a group and a leave on one process end sending to the group on the other', async () => {
    const [owner, alice, bob] = [await createUser(fleet.setup, fleet.tenant), await createUser(fleet.setup, fleet.tenant), await createUser(fleet.setup, fleet.tenant)];
    const groupId = await createGroup(fleet.setup, fleet.tenant, owner, { members: [alice, bob] });
    await sendsOnBoth(alice, 2, groupId);
    await sendsOnBoth(bob, 2, groupId);

    expect((await call(first, 'POST', '/group/kick', owner.token, { group_id: groupId, user_list: [alice.userId] })).code).toBe(200);
    expect((await send(second, alice, 2, groupId)).code).toBe(ErrorCode.NotGroupMember);

    expect((await call(first, 'POST', `/group/leave?group_id=${groupId}`, bob.token)).code).toBe(200);
    expect((await send(second, bob, 2, groupId)).code).toBe(ErrorCode.NotGroupMember);
  });
});
