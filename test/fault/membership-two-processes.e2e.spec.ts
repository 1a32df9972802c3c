import { createUser, TestUser } from '../server';
import { createGroup } from '../group/fixtures';
import { reportFigure } from '../figure';
import { startServerFleet, ServerFleet } from './server-fleet';
import { sendsByMembership, sendToGroupUntilStopped } from './membership-windows';
import { SyncingDevice } from './syncing-device';

/**
 * Issue 18: a member invited to and removed from a group through one server process while the
 * group's messages are sent and pushed through the other. The member's device gets exactly the
 * messages sent while it was a member: those sent after its admission was answered and before its
 * removal was asked, never those before or after; the ones sent during either call may go either way.
 * Its first entry after a join comes by NOTICE (the session's state of the group has a gap), later ones as pushed pages.
 */
describe('a member joins and leaves a group on one process while messages flow on the other', () => {
  let fleet: ServerFleet;
  const devices: SyncingDevice[] = [];

  beforeAll(async () => {
    fleet = await startServerFleet(2);
  }, 120_000);

  afterAll(async () => {
    for (const device of devices) device.close();
    await fleet?.stop();
  });

  async function rest(user: TestUser, url: string, body: object): Promise<void> {
    const answer = await fetch(`${fleet.servers[0].url}${url}`, {
      method: 'POST',
      headers: { app_id: fleet.tenant.appId, 'access-token': user.token, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const envelope = (await answer.json()) as { code: number };
    if (envelope.code !== 200) throw new Error(`${url} answered ${JSON.stringify(envelope)}`);
  }

  it('delivers the messages sent while a member, twice over, none of the others', async () => {
    const { setup, tenant, servers } = fleet;
    const [owner, other, member] = [
      await createUser(setup, tenant, `owner_${process.pid}`),
      await createUser(setup, tenant, `other_${process.pid}`),
      await createUser(setup, tenant, `member_${process.pid}`),
    ];
    const groupId = await createGroup(setup, tenant, owner, { members: [other] });
    const sender = new SyncingDevice(servers[1].url, owner, undefined, 'websocket');
    const witness = new SyncingDevice(servers[1].url, other);
    const joiner = new SyncingDevice(servers[0].url, member);
    devices.push(sender, witness, joiner);
    for (const device of devices) await device.connect();

    /** Each send with when it was asked and when it was answered. */
    const { sent, stop } = sendToGroupUntilStopped(sender, groupId);
    // Longer than the SDK's 3 s NOTICE hold: a NOTICE held past a removal ends in a refused sync, by the rules.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 4500));
    /** Membership periods as [answered, asked]: what was sent wholly inside one must arrive. */
    const periods: [number, number][] = [];
    /** Membership calls as [asked, answered]: what overlaps one may go either way. */
    const calls: [number, number][] = [];
    for (let round = 0; round < 2; round++) {
      await pause();
      const inviteAsked = Date.now();
      await rest(owner, '/group/invite', { group_id: groupId, user_list: [member.userId] });
      const joined = Date.now();
      await pause();
      const kickAsked = Date.now();
      await rest(owner, '/group/kick', { group_id: groupId, user_list: [member.userId] });
      calls.push([inviteAsked, joined], [kickAsked, Date.now()]);
      periods.push([joined, kickAsked]);
    }
    await pause();
    await stop();
    const deadline = Date.now() + 20_000;
    while (sent.some(({ id }) => !witness.seen.has(id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await Promise.all(devices.map((device) => device.idle()));

    const { whileMember, outside } = sendsByMembership(sent, periods, calls);
    const received = joiner.received(groupId);
    reportFigure(
      'membership across processes',
      `${sent.length} group messages sent through process 2 while a member was invited and removed twice through process 1: ` +
        `${whileMember.length} sent while a member, received ${whileMember.filter((id) => received.includes(id)).length}; ` +
        `${outside.length} sent outside, received ${outside.filter((id) => received.includes(id)).length}; repeats ${joiner.repeats().size}`,
    );

    expect(whileMember.length).toBeGreaterThan(0);
    expect(whileMember.filter((id) => !received.includes(id))).toEqual([]);
    expect(outside.filter((id) => received.includes(id))).toEqual([]);
    expect(joiner.repeats().size).toBe(0);
    expect(witness.received(groupId)).toEqual(sent.map((send) => send.id));
    // A sync of the group after the removal (a NOTICE held across it) is refused, as the rules say; nothing else fails.
    expect(devices.flatMap((device) => device.errors).filter((error) => !error.includes(`user ${member.userId} is not a member`))).toEqual([]);
  }, 120_000);
});
