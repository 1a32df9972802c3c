import { TokenService } from '../../src/common/auth/token.service';
import { statementsSentTotal } from '../../src/common/database/preparing-client';
import { Command, StatusCode } from '../../src/realtime/xsync.codec';
import { DeviceLogins } from '../../src/user/device-logins.service';
import { createGroup } from '../group/fixtures';
import { createUser, TestUser } from '../server';
import { realtimeWorld } from './realtime-world';
import { XsyncClient } from './xsync-client';

/**
 * Fast reconnect (src/realtime/README.md "Reconnect"): a device the process knows logs in again
 * (PROVISION + UNREAD) with at most 2 SQL statements, and what it is told is what a cold login
 * would have told it.
 */
describe('reconnecting devices', () => {
  const world = realtimeWorld({ framesPerSecond: 100_000 });

  const login = world.login;

  async function disconnect(client: XsyncClient): Promise<void> {
    client.close();
    await client.waitDisconnect();
  }

  const onlineStatus = async (user: TestUser): Promise<boolean> =>
    (await world.server.request({ url: '/user/online_status', appId: world.tenant.appId, token: world.tenant.adminToken, headers: { user_id: String(user.userId) } })).body.data.online;

  it('costs a known device at most 2 SQL statements for PROVISION + UNREAD (im_db_statements_total)', async () => {
    const [alice, bob] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
    const groupId = await createGroup(world.server, world.tenant, alice, { members: [bob] });
    await world.server.request({ method: 'POST', url: '/message/send', appId: world.tenant.appId, token: alice.token, body: { type: 1, targets: [bob.userId], content_type: 0, content: 'hi' } });
    await world.server.request({ method: 'POST', url: '/message/send', appId: world.tenant.appId, token: alice.token, body: { type: 2, targets: [groupId], content_type: 0, content: 'all' } });
    const first = await login(bob, 'bob-phone');
    await disconnect(first.client);
    // The previous session's close is stored before the count starts.
    await waitFor(async () => !(await onlineStatus(bob)));

    // Background work (a position flush, a presence sweep) may add to the process-wide counter: the least of three is the login's own.
    const counts: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = statementsSentTotal();
      const again = await login(bob, 'bob-phone');
      counts.push(statementsSentTotal() - before);
      expect(again.unread).toEqual(new Map([[alice.userId, 1], [groupId, 1]]));
      await disconnect(again.client);
      await waitFor(async () => !(await onlineStatus(bob)));
    }
    console.log(`statements per PROVISION + UNREAD of a known device: ${counts.join(', ')}`);
    expect(Math.min(...counts)).toBeLessThanOrEqual(2);

    // A process that does not know the device yet (just restarted: the test server's sql() empties its cache).
    await world.server.sql('SELECT 1');
    // The warm logins' times, stored behind, are written now rather than inside the window.
    await world.server.app.get(DeviceLogins).flush();
    const before = statementsSentTotal();
    const cold = await login(bob, 'bob-phone');
    const coldCount = statementsSentTotal() - before;
    console.log(`statements per PROVISION + UNREAD of a known device, cache empty: ${coldCount}`);
    expect(cold.unread).toEqual(new Map([[alice.userId, 1], [groupId, 1]]));
    expect(coldCount).toBeLessThanOrEqual(6);
  });

  it('counts what arrived while the device was offline, 1:1 and group, and marks it online again', async () => {
    const [alice, bob, carol] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
    const groupId = await createGroup(world.server, world.tenant, alice, { members: [bob, carol] });
    const first = await login(bob, 'bob-laptop');
    expect(first.unread).toEqual(new Map());
    await disconnect(first.client);
    await waitFor(async () => !(await onlineStatus(bob)));

    const sender = await login(alice, 'alice-phone');
    const acks = [];
    for (let n = 0; n < 3; n++) acks.push(await sender.client.sendText({ uid: alice.userId, deviceSN: 1 }, bob.userId, `direct ${n}`));
    for (let n = 0; n < 2; n++) acks.push(await sender.client.sendText({ uid: alice.userId, deviceSN: 1 }, groupId, `group ${n}`, { group: true }));
    const fromCarol = await login(carol, 'carol-phone');
    acks.push(await fromCarol.client.sendText({ uid: carol.userId, deviceSN: 1 }, groupId, 'carol to the group', { group: true }));
    // Every send was stored (a refusal, e.g. the shared PostgreSQL out of connections, would show here rather than as a count).
    expect(acks.map((ack) => ack.status?.code ?? StatusCode.Ok)).toEqual(acks.map(() => StatusCode.Ok));

    const back = await login(bob, 'bob-laptop');
    expect(back.unread).toEqual(new Map([[alice.userId, 3], [groupId, 3]]));
    expect(await onlineStatus(bob)).toBe(true);
    // Syncing reads what was counted; once confirmed, the next login counts nothing.
    expect((await back.client.syncAll(alice.userId)).map((meta) => meta.payload.content)).toEqual(['direct 0', 'direct 1', 'direct 2']);
    expect((await back.client.syncAll(groupId)).map((meta) => meta.payload.content)).toEqual(['group 0', 'group 1', 'carol to the group']);
    await disconnect(back.client);
    const later = await login(bob, 'bob-laptop');
    expect(later.unread).toEqual(new Map());
  });

  it('joins the rooms of groups joined while it was offline, and not of groups it left (cached group lists)', async () => {
    const [alice, gus] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
    const left = await createGroup(world.server, world.tenant, alice, { members: [gus] });
    // Gus's process now holds his group list ([left]).
    await disconnect((await login(gus, 'gus-phone')).client);
    const leave = await world.server.request({ method: 'POST', url: `/group/leave?group_id=${left}`, appId: world.tenant.appId, token: gus.token });
    expect(leave.body.code).toBe(200);
    const joined = await createGroup(world.server, world.tenant, alice, { members: [gus] });

    const back = await login(gus, 'gus-phone');
    const sender = await login(alice, 'alice-phone');
    await sender.client.sendText({ uid: alice.userId, deviceSN: sender.sn }, left, 'to the group gus left', { group: true });
    await sender.client.sendText({ uid: alice.userId, deviceSN: sender.sn }, joined, 'to the group gus joined', { group: true });
    // Gus had read the joined group to its end (nothing in it yet), so its UNREAD made the group known: the message comes pushed.
    const pushed = await back.client.next((frame) => frame.command === Command.Sync && Number(frame.body.xid?.uid ?? 0) === joined && frame.body.metas.length > 0);
    expect(pushed.body.metas.map((meta: { payload: { content: string } }) => meta.payload.content)).toEqual(['to the group gus joined']);
    expect(back.client.received.some((frame) => Number(frame.body?.xid?.uid ?? 0) === left)).toBe(false);
  });

  it('refuses a device whose token was revoked, or whose user was disabled, while it was offline', async () => {
    const [dave, erin] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
    for (const user of [dave, erin]) await disconnect((await login(user, `${user.username}-phone`)).client);

    const tokens = world.server.app.get(TokenService);
    await tokens.revokeToken(world.tenant.appId, tokens.tokenIdOf(dave.token)!.tokenId);
    const revoked = await world.client();
    expect((await revoked.provision(dave.token, { uid: dave.userId, deviceGuid: `${dave.username}-phone` })).status.code).toBe(StatusCode.InvalidToken);

    await world.server.request({ method: 'PUT', url: '/user/disable', appId: world.tenant.appId, token: world.tenant.adminToken, body: { list: [erin.userId] } });
    const disabled = await world.client();
    expect((await disabled.provision(erin.token, { uid: erin.userId, deviceGuid: `${erin.username}-phone` })).status.code).toBe(StatusCode.UserFrozen);
    expect(await onlineStatus(dave)).toBe(false);
    expect(await onlineStatus(erin)).toBe(false);
  });

  it('gives a removed device a fresh registration when its guid logs in again', async () => {
    const fay = await createUser(world.server, world.tenant);
    const first = await login(fay, 'fay-tablet');
    await disconnect(first.client);
    const removed = await world.server.request({ method: 'POST', url: `/user/device/remove?device_sn=${first.sn}`, appId: world.tenant.appId, token: fay.token });
    expect(removed.body.code).toBe(200);
    const again = await world.client();
    const answer = await again.provision(fay.token, { uid: fay.userId, deviceGuid: 'fay-tablet' });
    expect(answer.status.code).toBe(StatusCode.Ok);
    const devices = await world.server.request({ url: '/user/device/list', appId: world.tenant.appId, token: fay.token });
    expect(devices.body.data).toEqual([expect.objectContaining({ device_sn: Number(answer.xid.deviceSN), device_guid: 'fay-tablet' })]);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
