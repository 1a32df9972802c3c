import { RosterWorld } from '../roster/roster.fixtures';
import { createTenant, createUser, TestUser } from '../server';
import { createGroup } from '../group/fixtures';

interface SyncChange {
  type: string;
  user_id?: number;
  group_id?: number;
  removed: boolean;
  version: number;
}

describe('GET /user/sync: address-book changes since a version (our extension)', () => {
  const world = new RosterWorld();

  beforeAll(() => world.start());
  afterAll(() => world.close());

  /** Reads every page of the sync after `version`; answers the changes and the version to store. */
  async function syncAll(user: TestUser, version: number, limit = 20): Promise<{ changes: SyncChange[]; version: number; pages: number }> {
    const changes: SyncChange[] = [];
    let cursor: string | undefined;
    let stored = version;
    let pages = 0;
    do {
      const page = await world.ok(user, 'GET', `/user/sync?version=${version}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      changes.push(...page.data);
      cursor = page.cursor;
      stored = page.version ?? stored;
      pages += 1;
    } while (cursor);
    return { changes, version: stored, pages };
  }

  const entry = (change: SyncChange) => `${change.type}:${change.group_id ?? '-'}:${change.user_id ?? '-'}:${change.removed ? 'removed' : 'present'}`;
  const friend = (user: TestUser, removed = false) => `friend:-:${user.userId}:${removed ? 'removed' : 'present'}`;
  const block = (user: TestUser) => `block:-:${user.userId}:present`;
  const group = (groupId: number, removed = false) => `group:${groupId}:-:${removed ? 'removed' : 'present'}`;
  const member = (groupId: number, user: TestUser, removed = false) => `group_member:${groupId}:${user.userId}:${removed ? 'removed' : 'present'}`;

  it('gives a device that was offline exactly the 50 changes made meanwhile, paged, and nothing more on the next sync', async () => {
    const [alice, owner, other, newOwner, formerOwner, ...rest] = await world.users(5 + 5 + 5 + 22 + 10);
    const oldFriends = rest.slice(0, 5);
    const oldMembers = rest.slice(5, 10);
    const newFriends = rest.slice(10, 32);
    const joiners = rest.slice(32, 42);
    // Blocking and group membership are separate entries, so the same users may serve both.
    const blocked = joiners.slice(0, 5);
    const newGroupMembers = oldFriends.slice(3, 5);
    for (const user of oldFriends) await world.befriend(alice, user);
    const shared = await createGroup(world.server, world.tenant, owner, { members: [alice, ...oldMembers] });
    const leaving = await createGroup(world.server, world.tenant, formerOwner, { members: [alice] });
    const { version: offlineAt } = await syncAll(alice, 0, 1000);

    for (const user of newFriends) await world.befriend(user, alice);
    for (const user of oldFriends.slice(0, 2)) await world.ok(alice, 'POST', `/roster/delete?user_id=${user.userId}`);
    await world.ok(alice, 'POST', '/roster/ext', { user_id: oldFriends[2].userId, alias: 'Three' });
    for (const user of blocked) await world.ok(alice, 'POST', `/roster/block?user_id=${user.userId}`);
    await world.ok(owner, 'POST', '/group/invite', { group_id: shared, user_list: joiners.map((user) => user.userId) });
    await world.ok(owner, 'POST', '/group/kick', { group_id: shared, user_list: [oldMembers[0].userId, oldMembers[1].userId] });
    await world.ok(oldMembers[2], 'POST', '/group/display_name', { group_id: shared, value: 'Member three' });
    await world.ok(owner, 'POST', '/group/info/name', { group_id: shared, value: 'renamed' });
    const joined = await createGroup(world.server, world.tenant, newOwner, { members: [alice, ...newGroupMembers] });
    await world.ok(alice, 'POST', `/group/leave?group_id=${leaving}`);
    // Not alice's address book: her own mute mode, others' friendships, a group she left.
    await world.ok(alice, 'POST', '/group/msg/mute_mode', { group_id: shared, msg_mute_mode: 1 });
    await world.befriend(owner, other);
    await world.ok(formerOwner, 'POST', '/group/info/name', { group_id: leaving, value: 'after alice' });

    const expected = [
      ...newFriends.map((user) => friend(user)),
      ...oldFriends.slice(0, 2).map((user) => friend(user, true)),
      friend(oldFriends[2]),
      ...blocked.map(block),
      ...joiners.map((user) => member(shared, user)),
      member(shared, oldMembers[0], true),
      member(shared, oldMembers[1], true),
      member(shared, oldMembers[2]),
      group(shared),
      group(joined),
      ...[newOwner, alice, ...newGroupMembers].map((user) => member(joined, user)),
      group(leaving, true),
    ];
    expect(expected).toHaveLength(50);

    const synced = await syncAll(alice, offlineAt);
    expect(synced.pages).toBe(3);
    expect(synced.changes.map(entry).sort()).toEqual(expected.sort());
    const versions = synced.changes.map((change) => change.version);
    expect(versions.every((version) => version > offlineAt)).toBe(true);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(synced.version).toBe(Math.max(...versions));
    expect(await syncAll(alice, synced.version)).toEqual({ changes: [], version: synced.version, pages: 1 });
  }, 120_000);

  it('answers the whole address book at version 0, leaving out what was removed', async () => {
    const [alice, bob, carol, dave, owner] = await world.users(5);
    await world.befriend(alice, bob);
    await world.befriend(alice, carol);
    await world.ok(alice, 'POST', `/roster/delete?user_id=${carol.userId}`);
    await world.ok(alice, 'POST', `/roster/block?user_id=${dave.userId}`);
    await world.ok(alice, 'POST', `/roster/block?user_id=${carol.userId}`);
    await world.ok(alice, 'POST', `/roster/unblock?user_id=${carol.userId}`);
    const groupId = await createGroup(world.server, world.tenant, owner, { members: [alice, bob] });
    const left = await createGroup(world.server, world.tenant, owner, { members: [alice] });
    await world.ok(alice, 'POST', `/group/leave?group_id=${left}`);

    const all = await syncAll(alice, 0, 1000);
    expect(all.changes.map(entry).sort()).toEqual(
      [friend(bob), block(dave), group(groupId), member(groupId, owner), member(groupId, alice), member(groupId, bob)].sort(),
    );
    expect(all.pages).toBe(1);
    expect(all.version).toBe(Math.max(...all.changes.map((change) => change.version)));
  });

  it('gives each present entry its current details: alias, group name, roles and display names', async () => {
    const [alice, bob, owner] = await world.users(3);
    await world.befriend(alice, bob);
    await world.ok(alice, 'POST', '/roster/ext', { user_id: bob.userId, alias: 'B' });
    const groupId = await createGroup(world.server, world.tenant, owner, { members: [alice], name: 'club' });
    await world.ok(alice, 'POST', '/group/display_name', { group_id: groupId, value: 'Ali' });
    const { changes } = await syncAll(alice, 0, 1000);
    const without = ({ version, ...rest }: SyncChange) => rest;
    expect(changes.map(without)).toEqual(
      expect.arrayContaining([
        { type: 'friend', user_id: bob.userId, removed: false, alias: 'B' },
        { type: 'group', group_id: groupId, removed: false, name: 'club', role: 0, display_name: 'Ali' },
        { type: 'group_member', group_id: groupId, user_id: owner.userId, removed: false, role: 2 },
        { type: 'group_member', group_id: groupId, user_id: alice.userId, removed: false, role: 0, display_name: 'Ali' },
      ]),
    );
    expect(changes).toHaveLength(4);
  });

  it('moves a friend entry only when what the sync shows of it changes, not on a write that changes nothing', async () => {
    const [alice, bob] = await world.users(2);
    await world.befriend(alice, bob);
    await world.ok(alice, 'POST', '/roster/ext', { user_id: bob.userId, alias: 'B' });
    const { version } = await syncAll(alice, 0, 1000);
    const stampedBefore = await world.server.sql(`SELECT updated_at FROM roster_items WHERE user_id = $1 AND roster_id = $2`, [alice.userId, bob.userId]);

    await world.ok(alice, 'POST', '/roster/ext', { user_id: bob.userId, alias: 'B' });
    const stampedAfter = await world.server.sql(`SELECT updated_at FROM roster_items WHERE user_id = $1 AND roster_id = $2`, [alice.userId, bob.userId]);
    // The row was written (its update time moved), yet nothing a device syncs changed.
    expect(stampedAfter).not.toEqual(stampedBefore);
    expect(await syncAll(alice, version)).toEqual({ changes: [], version, pages: 1 });

    await world.ok(alice, 'POST', '/roster/ext', { user_id: bob.userId, alias: 'Bee' });
    const changed = await syncAll(alice, version);
    expect(changed.changes).toEqual([{ type: 'friend', user_id: bob.userId, removed: false, alias: 'Bee', version: changed.version }]);
    expect(changed.version).toBeGreaterThan(version);
  });

  it('tells the friends and fellow members of a deleted user that it went', async () => {
    const [alice, bob, owner] = await world.users(3);
    await world.befriend(alice, bob);
    const groupId = await createGroup(world.server, world.tenant, owner, { members: [alice, bob] });
    const { version } = await syncAll(alice, 0, 1000);
    expect((await world.asAdminFor(bob, 'POST', '/user/delete', {})).body.code).toBe(200);
    expect((await syncAll(alice, version)).changes.map(entry).sort()).toEqual([friend(bob, true), member(groupId, bob, true)].sort());
  });

  it('answers the asked version and no cursor when nothing changed', async () => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'GET', '/user/sync')).body).toEqual({ code: 200, message: null, data: [], version: 0 });
    expect((await world.as(alice, 'GET', '/user/sync?version=123')).body).toEqual({ code: 200, message: null, data: [], version: 123 });
  });

  it.each([
    ['version=-1', 'version: must be at least 0'],
    ['version=abc', 'version: must be an integer'],
    ['limit=0', 'limit: must be at least 1'],
    ['limit=1001', 'limit: must be at most 1000'],
    ['cursor=nonsense', 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page'],
  ])('refuses GET /user/sync?%s with 10002: %s', async (query, message) => {
    const [alice] = await world.users(1);
    expect((await world.as(alice, 'GET', `/user/sync?${query}`)).body).toEqual({ code: 10002, message, data: null });
  });

  it('lets an admin token act as the user, and refuses impersonation (10010), an admin acting as nobody, and other apps', async () => {
    const [alice, bob] = await world.users(2);
    await world.befriend(alice, bob);
    expect((await world.asAdminFor(alice, 'GET', '/user/sync')).body.data.map(entry)).toEqual([friend(bob)]);
    expect((await world.impersonate(bob, alice, 'GET', '/user/sync')).body.code).toBe(10010);
    expect((await world.server.request({ url: '/user/sync', appId: world.tenant.appId, token: world.tenant.adminToken })).body.code).toBe(10010);
    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);
    expect((await world.server.request({ url: '/user/sync', appId: world.tenant.appId, token: outsider.token })).body.code).toBe(10008);
    const foreignAdmin = await world.server.request({ url: '/user/sync', appId: other.appId, token: other.adminToken, headers: { user_id: String(alice.userId) } });
    expect(foreignAdmin.body.code).toBe(10000);
  });

  it('marks the route as our extension in the OpenAPI document', async () => {
    const document = (await world.server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect(document.paths['/user/sync'].get['x-extension']).toBe(true);
  });
});
