import { MessageService } from '../../src/message/message.service';
import { XsyncGateway } from '../../src/realtime/xsync.gateway';
import { Command, StatusCode } from '../../src/realtime/xsync.codec';
import { createGroup } from '../group/fixtures';
import { createUser, TestUser } from '../server';
import { realtimeWorld } from './realtime-world';
import { Received } from './xsync-client';

/**
 * A device's UNREAD makes the conversations it has read to the end known to its session
 * (src/realtime/README.md "Pushed pages"): the first entry after a login is pushed, not announced,
 * while a backlog, an entry racing the UNREAD, a muted member and a member who left keep today's
 * rules (NOTICE and pull, or nothing).
 */
describe('pushed pages from the first entry after a login', () => {
  const world = realtimeWorld({ framesPerSecond: 100_000, positionFlushMs: 50 });

  const login = world.login;

  async function send(from: TestUser, to: number, content: string, group = false): Promise<number> {
    const answer = await world.server.request({
      method: 'POST',
      url: '/message/send',
      appId: world.tenant.appId,
      token: from.token,
      body: { type: group ? 2 : 1, targets: [to], content_type: 0, content },
    });
    if (answer.body.code !== 200) throw new Error(`/message/send answered ${JSON.stringify(answer.body)}`);
    return Number((answer.body as unknown as { msg_ids: number[] }).msg_ids[0]);
  }

  async function rest(user: TestUser, url: string, body: object): Promise<void> {
    const answer = await world.server.request({ method: 'POST', url, appId: world.tenant.appId, token: user.token, body });
    if (answer.body.code !== 200) throw new Error(`${url} answered ${JSON.stringify(answer.body)}`);
  }

  const pushed = (xid: number) => (frame: Received) =>
    frame.command === Command.Sync && !Number(frame.body.client_mid ?? 0) && Number(frame.body.xid?.uid ?? 0) === xid && frame.body.metas.length > 0;
  const noticeOf = (xid: number) => (frame: Received) => frame.command === Command.Notice && Number(frame.body.xid?.uid ?? 0) === xid;
  const ids = (frame: Received) => frame.body.metas.map((meta: { id: unknown }) => Number(meta.id));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Logs in, syncs `conversations` to their end and logs out: the device's stored positions are their heads. */
  async function readToTheEnd(user: TestUser, guid: string, conversations: number[]): Promise<void> {
    const { client } = await login(user, guid);
    for (const conversation of conversations) await client.syncAll(conversation);
    client.close();
    await client.waitDisconnect();
  }

  it('pushes the next 1:1 and group entry to a device that logged in having read everything, and a new group’s first one', async () => {
    const [alice, bob] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
    const groupId = await createGroup(world.server, world.tenant, alice, { members: [bob] });
    const quiet = await createGroup(world.server, world.tenant, alice, { members: [bob] });
    await send(alice, bob.userId, 'read before');
    await send(alice, groupId, 'read before', true);
    await readToTheEnd(bob, 'bob-phone', [alice.userId, groupId]);

    const bobPhone = await login(bob, 'bob-phone');
    expect(bobPhone.unread).toEqual(new Map());
    const direct = await send(alice, bob.userId, 'after login');
    const toGroup = await send(alice, groupId, 'after login', true);
    const first = await send(alice, quiet, 'the first of its stream', true);
    expect(ids(await bobPhone.client.next(pushed(alice.userId)))).toEqual([direct]);
    expect(ids(await bobPhone.client.next(pushed(groupId)))).toEqual([toGroup]);
    const page = await bobPhone.client.next(pushed(quiet));
    expect(ids(page)).toEqual([first]);
    // Its confirmation is answered from memory and stored: the next login has nothing unread.
    expect(await bobPhone.client.syncPage(quiet, Number(page.body.next_key))).toMatchObject({ status: { code: StatusCode.Ok }, metas: [] });
    expect(bobPhone.client.has((frame) => frame.command === Command.Notice)).toBe(false);
  });

  it('keeps a device with a backlog on NOTICE and pull, and it reads everything', async () => {
    const [alice, bob] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
    const groupId = await createGroup(world.server, world.tenant, alice, { members: [bob] });
    await readToTheEnd(bob, 'bob-laptop', []);
    const offline = [await send(alice, groupId, 'while offline 1', true), await send(alice, groupId, 'while offline 2', true)];
    const direct = await send(alice, bob.userId, 'while offline');

    const bobLaptop = await login(bob, 'bob-laptop');
    expect(bobLaptop.unread).toEqual(new Map([[alice.userId, 1], [groupId, 2]]));
    const online = await send(alice, groupId, 'after login', true);
    const directOnline = await send(alice, bob.userId, 'after login');
    await bobLaptop.client.next(noticeOf(groupId));
    await bobLaptop.client.next(noticeOf(alice.userId));
    expect(bobLaptop.client.has(pushed(groupId))).toBe(false);
    expect((await bobLaptop.client.syncAll(groupId)).map((meta) => Number(meta.id))).toEqual([...offline, online]);
    expect((await bobLaptop.client.syncAll(alice.userId)).map((meta) => Number(meta.id))).toEqual([direct, directOnline]);
  });

  it('never loses an entry stored while the UNREAD is read, whether it reaches the session before or after the UNREAD answer', async () => {
    const [alice, bob, carol] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
    const groupId = await createGroup(world.server, world.tenant, alice, { members: [bob, carol] });
    await send(alice, groupId, 'read before', true);
    await readToTheEnd(bob, 'bob-tablet', [groupId]);
    const messages = world.server.app.get(MessageService);
    const gateway = world.server.app.get(XsyncGateway);
    const readUnread = messages.deviceUnread.bind(messages);

    // Bob: the UNREAD's read is done (group at its head), then an entry is stored and reaches the session before the answer.
    let racing = 0;
    const bobRead = jest.spyOn(messages, 'deviceUnread').mockImplementationOnce(async (...args) => {
      const read = await readUnread(...args);
      racing = await send(alice, groupId, 'racing the UNREAD', true);
      return read;
    });
    const bobTablet = await login(bob, 'bob-tablet');
    bobRead.mockRestore();
    expect(bobTablet.unread).toEqual(new Map());
    // Written before the UNREAD's answer: the entry reached the session while the UNREAD ran.
    expect(bobTablet.client.has(noticeOf(groupId))).toBe(true);
    const after = await send(alice, groupId, 'after the race', true);
    await bobTablet.client.next(noticeOf(groupId));
    expect((await bobTablet.client.syncAll(groupId)).map((meta) => Number(meta.id))).toEqual([racing, after]);

    // Carol: the entry stored during the read reaches her session only after the UNREAD answer: it is the head's next, pushed.
    await readToTheEnd(carol, 'carol-tablet', [groupId]);
    const deliverEntry = gateway.deliverEntryLocal.bind(gateway);
    const held: (() => void)[] = [];
    let late = 0;
    const carolRead = jest.spyOn(messages, 'deviceUnread').mockImplementationOnce(async (...args) => {
      const read = await readUnread(...args);
      const delivery = jest.spyOn(gateway, 'deliverEntryLocal').mockImplementation((rooms, entry) => void held.push(() => deliverEntry(rooms, entry)));
      late = await send(alice, groupId, 'announced after the UNREAD', true);
      delivery.mockRestore();
      return read;
    });
    const carolTablet = await login(carol, 'carol-tablet');
    carolRead.mockRestore();
    for (const deliver of held.splice(0)) deliver();
    expect(ids(await carolTablet.client.next(pushed(groupId)))).toEqual([late]);
    expect(carolTablet.client.has(noticeOf(groupId))).toBe(false);
  });

  it('pushes nothing to a member who chose mute mode 2 or left the group after its UNREAD', async () => {
    const [alice, muted, leaving] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
    const groupId = await createGroup(world.server, world.tenant, alice, { members: [muted, leaving] });
    await send(alice, groupId, 'read before', true);
    await readToTheEnd(muted, 'muted-phone', [groupId]);
    await readToTheEnd(leaving, 'leaving-phone', [groupId]);
    const mutedPhone = await login(muted, 'muted-phone');
    const leavingPhone = await login(leaving, 'leaving-phone');
    await rest(muted, '/group/msg/mute_mode', { group_id: groupId, msg_mute_mode: 2 });
    await rest(leaving, `/group/leave?group_id=${groupId}`, {});

    const whileOut = await send(alice, groupId, 'while muted or gone', true);
    await sleep(500);
    for (const { client } of [mutedPhone, leavingPhone]) {
      expect(client.has((frame) => Number(frame.body?.xid?.uid ?? 0) === groupId)).toBe(false);
    }
    // Unmuted: the stream went on while it was out, so the next entry is a NOTICE and the pull gives both.
    await rest(muted, '/group/msg/mute_mode', { group_id: groupId, msg_mute_mode: 1 });
    const back = await send(alice, groupId, 'after unmuting', true);
    await mutedPhone.client.next(noticeOf(groupId));
    expect(mutedPhone.client.has(pushed(groupId))).toBe(false);
    expect((await mutedPhone.client.syncAll(groupId)).map((meta) => Number(meta.id))).toEqual([whileOut, back]);
    expect(leavingPhone.client.has((frame) => Number(frame.body?.xid?.uid ?? 0) === groupId)).toBe(false);
  });
});
