import Redis from 'ioredis';
import { Client } from 'pg';
import { loadConfig } from '../../src/common/config/config';
import { GroupType } from '../../src/group/group.entity';
import { Rooms } from '../../src/realtime/rooms';
import { XsyncGateway } from '../../src/realtime/xsync.gateway';
import { createTestDatabase, TestDatabase } from '../database';
import { reportFigure } from '../figure';
import { sendsByMembership, sendToGroupUntilStopped } from '../fault/membership-windows';
import { SyncingDevice } from '../fault/syncing-device';
import { createGroup } from '../group/fixtures';
import { PrivateRedis, startPrivateRedis } from '../private-redis';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { listen } from './xsync-client';

/** socket.io-adapter's MessageType.SERVER_SIDE_EMIT: how the PostgreSQL adapter marks our events between processes. */
const SERVER_SIDE_EMIT = 9;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 18, one emit per group message: members' sessions are in a room per group (joined at
 * PROVISION, moved live as members join, leave, are kicked, mute the group or it is destroyed), and
 * a group message travels between processes as one adapter message naming that room. Two server
 * instances in this process, through Redis and through PostgreSQL.
 */
describe.each(['redis', 'postgres'] as const)('group rooms across two server processes through %s', (fanOut) => {
  let database: TestDatabase;
  let redis: PrivateRedis | null = null;
  let first: TestServer;
  let second: TestServer;
  let urls: [string, string];
  let tenant: Tenant;
  const devices: SyncingDevice[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    if (fanOut === 'redis') redis = await startPrivateRedis();
    const overrides = { databaseUrl: database.url, redisUrl: redis?.url ?? null, realtime: loadConfig({}).realtime };
    first = await startTestServer(overrides, database);
    second = await startTestServer(overrides, database);
    urls = [await listen(first), await listen(second)];
    tenant = await createTenant(first);
  }, 60_000);

  afterEach(() => {
    for (const device of devices.splice(0)) device.close();
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await redis?.stop();
    await database?.drop();
  });

  async function online(user: TestUser, server: 0 | 1): Promise<SyncingDevice> {
    const device = new SyncingDevice(urls[server], user);
    devices.push(device);
    await device.connect();
    return device;
  }

  async function rest(server: TestServer, user: TestUser, url: string, body: object): Promise<void> {
    const answer = await server.request({ method: 'POST', url, appId: tenant.appId, token: user.token, body });
    if (answer.body.code !== 200) throw new Error(`${url} answered ${JSON.stringify(answer.body)}`);
  }

  /** User ids of the sessions in the group's room on `server`. */
  function inRoom(server: TestServer, groupId: number): number[] {
    return server.app
      .get(XsyncGateway)
      .liveLocal([Rooms.group(tenant.appId, groupId)])
      .map((identity) => identity.userId)
      .sort((a, b) => a - b);
  }

  async function until(done: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  /**
   * Counts what the adapter carries between processes: Redis PUBLISHes on its channels, or the
   * PostgreSQL adapter's NOTIFYs of server-side events (its heartbeats left out).
   */
  async function adapterTraffic(): Promise<{ events: () => { count: number; bytes: number[] }; stop: () => Promise<void> }> {
    const seen: number[] = [];
    if (redis) {
      const subscriber = new Redis(redis.url);
      subscriber.on('pmessageBuffer', (_pattern: Buffer, _channel: Buffer, message: Buffer) => seen.push(message.length));
      await subscriber.psubscribe('im-xsync*');
      return { events: () => ({ count: seen.length, bytes: [...seen] }), stop: async () => void subscriber.disconnect() };
    }
    const listener = new Client({ connectionString: database.url });
    await listener.connect();
    listener.on('notification', (message) => {
      const payload = message.payload ?? '';
      if ((JSON.parse(payload) as { type: number }).type === SERVER_SIDE_EMIT) seen.push(Buffer.byteLength(payload));
    });
    await listener.query(`LISTEN "im-xsync#/"`);
    return { events: () => ({ count: seen.length, bytes: [...seen] }), stop: () => listener.end() };
  }

  it('delivers a message to a 50-member group on both processes exactly once each, as one adapter message', async () => {
    const owner = await createUser(first, tenant);
    const members: TestUser[] = [];
    for (let index = 0; index < 49; index++) members.push(await createUser(first, tenant));
    const groupId = await createGroup(first, tenant, owner, { members });
    const sender = await online(owner, 0);
    const receivers = await Promise.all(members.map((member, index) => online(member, index % 2 === 0 ? 1 : 0)));
    await Promise.all(devices.map((device) => device.idle()));
    expect(inRoom(first, groupId).length + inRoom(second, groupId).length).toBe(50);

    const traffic = await adapterTraffic();
    try {
      const ack = await sender.send(groupId, 'to all fifty', { group: true });
      const id = Number(ack.server_mid);
      await until(() => receivers.every((device) => device.seen.has(id)), 'every member to receive it');
      await Promise.all(devices.map((device) => device.idle()));
      await sleep(300);
      const { count, bytes } = traffic.events();
      reportFigure(
        `group rooms (${fanOut})`,
        `one message to a 50-member group, members on two processes: ${count} adapter message(s) between processes (${bytes.join(', ')} bytes), ` +
          `received by ${receivers.filter((device) => device.seen.has(id)).length} of 49 members`,
      );
      expect(count).toBe(1);
      for (const device of receivers) expect(device.received(groupId)).toEqual([id]);
      for (const device of devices) expect(device.repeats().size).toBe(0);
      expect(devices.flatMap((device) => device.errors)).toEqual([]);
    } finally {
      await traffic.stop();
    }
  }, 90_000);

  it('gives a member who joins and leaves on one process exactly the messages sent from the other while it was a member', async () => {
    const [owner, witnessUser, memberUser] = [await createUser(first, tenant), await createUser(first, tenant), await createUser(first, tenant)];
    const groupId = await createGroup(first, tenant, owner, { members: [witnessUser] });
    const sender = await online(owner, 1);
    const witness = await online(witnessUser, 1);
    const member = await online(memberUser, 0);

    const { sent, stop } = sendToGroupUntilStopped(sender, groupId, 20);
    const periods: [number, number][] = [];
    const calls: [number, number][] = [];
    // Joins and removals through either process, never only the one holding the member's socket.
    const rounds = [
      { join: first, remove: () => rest(second, owner, '/group/kick', { group_id: groupId, user_list: [memberUser.userId] }) },
      { join: second, remove: () => rest(first, memberUser, `/group/leave?group_id=${groupId}`, {}) },
    ];
    for (const round of rounds) {
      await sleep(1000);
      const joinAsked = Date.now();
      await rest(round.join, owner, '/group/invite', { group_id: groupId, user_list: [memberUser.userId] });
      const joined = Date.now();
      expect(inRoom(first, groupId)).toContain(memberUser.userId);
      await sleep(1500);
      const removeAsked = Date.now();
      await round.remove();
      // Out of the room on the process holding its socket by the time the removal is answered.
      expect(inRoom(first, groupId)).not.toContain(memberUser.userId);
      calls.push([joinAsked, joined], [removeAsked, Date.now()]);
      periods.push([joined, removeAsked]);
    }
    await sleep(1000);
    await stop();
    await until(() => sent.every(({ id }) => witness.seen.has(id)), 'the witness to receive every message');
    await Promise.all(devices.map((device) => device.idle()));

    const { whileMember, outside } = sendsByMembership(sent, periods, calls);
    const received = member.received(groupId);
    reportFigure(
      `group rooms (${fanOut})`,
      `${sent.length} messages sent on process 2 while a member on process 1 joined and left twice through both: ` +
        `${whileMember.length} sent while a member, received ${whileMember.filter((id) => received.includes(id)).length}; ` +
        `${outside.length} sent outside, received ${outside.filter((id) => received.includes(id)).length}`,
    );
    expect(whileMember.length).toBeGreaterThan(0);
    expect(whileMember.filter((id) => !received.includes(id))).toEqual([]);
    expect(outside.filter((id) => received.includes(id))).toEqual([]);
    expect(member.repeats().size).toBe(0);
    expect(witness.received(groupId)).toEqual(sent.map((send) => send.id));
    expect(devices.flatMap((device) => device.errors).filter((error) => !error.includes(`user ${memberUser.userId} is not a member`))).toEqual([]);
  }, 90_000);

  it('gives a member who chose mute mode 2 nothing live, and the group again once it unmutes', async () => {
    const [owner, memberUser] = [await createUser(first, tenant), await createUser(first, tenant)];
    const groupId = await createGroup(first, tenant, owner, { members: [memberUser] });
    const sender = await online(owner, 0);
    const member = await online(memberUser, 1);

    const before = Number((await sender.send(groupId, 'before muting', { group: true })).server_mid);
    await until(() => member.seen.has(before), 'the message before muting');
    // Muted through the process that does not hold the member's socket.
    await rest(first, memberUser, '/group/msg/mute_mode', { group_id: groupId, msg_mute_mode: 2 });
    expect(inRoom(second, groupId)).toEqual([]);
    const muted = Number((await sender.send(groupId, 'while muted', { group: true })).server_mid);
    await sleep(1000);
    expect(member.seen.has(muted)).toBe(false);

    await rest(first, memberUser, '/group/msg/mute_mode', { group_id: groupId, msg_mute_mode: 1 });
    expect(inRoom(second, groupId)).toEqual([memberUser.userId]);
    const after = Number((await sender.send(groupId, 'after unmuting', { group: true })).server_mid);
    await until(() => member.seen.has(after), 'the message after unmuting');
    await member.idle();
    // Its stream still holds what came while muted: the gap's NOTICE lets it pull that, as the rules say.
    expect(member.received(groupId)).toEqual([before, muted, after]);
    expect(member.repeats().size).toBe(0);
    expect(member.errors).toEqual([]);
  }, 60_000);

  it('uses the same room for a chatroom, and empties it on every process when the group is destroyed', async () => {
    const owner = await createUser(first, tenant);
    const members = [await createUser(first, tenant), await createUser(first, tenant), await createUser(first, tenant)];
    const groupId = await createGroup(first, tenant, owner, { members, type: GroupType.Chatroom });
    const sender = await online(owner, 1);
    const receivers = await Promise.all(members.map((member, index) => online(member, index % 2 === 0 ? 0 : 1)));
    const id = Number((await sender.send(groupId, 'to the chatroom', { group: true })).server_mid);
    await until(() => receivers.every((device) => device.seen.has(id)), 'every member of the chatroom');
    for (const device of receivers) expect(device.received(groupId)).toEqual([id]);

    const [ownerRoom, membersRoom] = [inRoom(second, groupId), inRoom(first, groupId)];
    expect(ownerRoom.length + membersRoom.length).toBe(4);
    await rest(first, owner, `/group/destroy?group_id=${groupId}`, {});
    expect([...inRoom(first, groupId), ...inRoom(second, groupId)]).toEqual([]);
  }, 60_000);
});
