import { RosterNoticeType as WireType } from '../../src/notice/notice.types';
import { MetaNamespace, StatusCode } from '../../src/realtime/xsync.codec';
import { RosterWorld } from '../roster/roster.fixtures';
import { DecodedMeta, listen, XsyncClient } from '../realtime/xsync-client';
import { TestUser } from '../server';

/**
 * What the roster of MaxIM's web SDK becomes from the ROSTER notices a device syncs. The rules are
 * those of floo-web src/sdk/core/base/dataLogics.js, restated: ADDED adds `from` when `to` is
 * [me]; ACCEPTED adds `to[0]` when `from` is me, else `from` when `to` is [me]; REMOVED removes
 * `to[0]` only when `from` is me; DECLINED changes no roster.
 */
function sdkRoster(me: number, metas: DecodedMeta[]): number[] {
  const roster = new Set<number>();
  for (const meta of metas.filter((item) => item.ns === MetaNamespace.RosterNotice)) {
    const { type, from, to = [] } = meta.payload;
    const fromUid = Number(from.uid);
    const toUid = to.length === 1 ? Number(to[0].uid) : null;
    if (type === WireType.Added && toUid === me) roster.add(fromUid);
    if (type === WireType.Accepted && toUid !== null && fromUid === me) roster.add(toUid);
    if (type === WireType.Accepted && toUid === me && fromUid !== me) roster.add(fromUid);
    if (type === WireType.Removed && toUid !== null && fromUid === me) roster.delete(toUid);
  }
  return [...roster];
}

describe("roster notices as MaxIM's web SDK reads them", () => {
  const world = new RosterWorld();
  let url: string;
  const clients: XsyncClient[] = [];

  beforeAll(async () => {
    await world.start();
    url = await listen(world.server);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(() => world.close());

  /** A web device of `user` (socket.io 2, as the SDK bundles) that syncs its own notice stream. */
  async function device(user: TestUser): Promise<() => Promise<DecodedMeta[]>> {
    const client = await XsyncClient.connect(url, { version: 2 });
    clients.push(client);
    expect((await client.provision(user.token, { uid: user.userId })).status.code).toBe(StatusCode.Ok);
    return () => client.syncAll(user.userId);
  }

  function roster(metas: DecodedMeta[]) {
    return metas.filter((meta) => meta.ns === MetaNamespace.RosterNotice).map((meta) => ({
      type: meta.payload.type,
      from: Number(meta.payload.from.uid),
      to: (meta.payload.to ?? []).map((xid: { uid: unknown }) => Number(xid.uid)),
    }));
  }

  it('a friendship made at once (auth_mode 0) shows the new friend in both SDKs', async () => {
    const [alice, bob] = await world.users(2);
    const [aliceSync, bobSync] = [await device(alice), await device(bob)];
    await world.ok(alice, 'POST', '/roster/apply', { user_id: String(bob.userId) });
    const [aliceSees, bobSees] = [await aliceSync(), await bobSync()];
    expect(roster(aliceSees)).toEqual([{ type: WireType.Added, from: bob.userId, to: [alice.userId] }]);
    expect(roster(bobSees)).toEqual([{ type: WireType.Added, from: alice.userId, to: [bob.userId] }]);
    expect(sdkRoster(alice.userId, aliceSees)).toEqual([bob.userId]);
    expect(sdkRoster(bob.userId, bobSees)).toEqual([alice.userId]);
  });

  it('an accepted request shows the new friend in both SDKs, and the accepter hears ACCEPTED from itself', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(bob, { auth_mode: 1 });
    const [aliceSync, bobSync] = [await device(alice), await device(bob)];
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId, reason: 'hi' });
    await world.ok(bob, 'POST', `/roster/accept?user_id=${alice.userId}`);
    const [aliceSees, bobSees] = [await aliceSync(), await bobSync()];
    expect(roster(aliceSees)).toEqual([
      { type: WireType.Accepted, from: bob.userId, to: [alice.userId] },
      { type: WireType.Added, from: bob.userId, to: [alice.userId] },
    ]);
    expect(roster(bobSees)).toEqual([
      { type: WireType.Applied, from: alice.userId, to: [bob.userId] },
      { type: WireType.Accepted, from: bob.userId, to: [alice.userId] },
      { type: WireType.Added, from: alice.userId, to: [bob.userId] },
    ]);
    expect(sdkRoster(alice.userId, aliceSees)).toEqual([bob.userId]);
    expect(sdkRoster(bob.userId, bobSees)).toEqual([alice.userId]);
  });

  it('a declined request reaches both sides as decliner → [applicant], and neither roster changes', async () => {
    const [alice, bob] = await world.users(2);
    await world.setSettings(bob, { auth_mode: 1 });
    const [aliceSync, bobSync] = [await device(alice), await device(bob)];
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId });
    await world.ok(bob, 'POST', '/roster/decline', { user_id: String(alice.userId), reason: 'no' });
    const [aliceSees, bobSees] = [await aliceSync(), await bobSync()];
    expect(roster(aliceSees)).toEqual([{ type: WireType.Declined, from: bob.userId, to: [alice.userId] }]);
    expect(roster(bobSees).at(-1)).toEqual({ type: WireType.Declined, from: bob.userId, to: [alice.userId] });
    expect(sdkRoster(alice.userId, aliceSees)).toEqual([]);
    expect(sdkRoster(bob.userId, bobSees)).toEqual([]);
  });

  it("a removal clears the friend from the deleter's other devices and from the removed side, each told itself → [the other]", async () => {
    const [alice, bob] = await world.users(2);
    await world.ok(alice, 'POST', '/roster/apply', { user_id: bob.userId });
    const [aliceSync, bobSync] = [await device(alice), await device(bob)];
    await world.ok(alice, 'DELETE', `/roster/delete?user_id=${bob.userId}`);
    const [aliceSees, bobSees] = [await aliceSync(), await bobSync()];
    expect(roster(aliceSees).at(-1)).toEqual({ type: WireType.Removed, from: alice.userId, to: [bob.userId] });
    expect(roster(bobSees).at(-1)).toEqual({ type: WireType.Removed, from: bob.userId, to: [alice.userId] });
    expect(sdkRoster(alice.userId, aliceSees)).toEqual([]);
    expect(sdkRoster(bob.userId, bobSees)).toEqual([]);
  });
});
