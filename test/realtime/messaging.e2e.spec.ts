import { loadConfig } from '../../src/common/config/config';
import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace, UserNoticeType } from '../../src/notice/notice.types';
import { XsyncGateway } from '../../src/realtime/xsync.gateway';
import { BodyType, Command, encode, MetaNamespace, OperationType, StatusCode } from '../../src/realtime/xsync.codec';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { createGroup } from '../group/fixtures';
import { isSyncAnswer, listen, XsyncClient } from './xsync-client';

/**
 * Messages over the socket: sends and acknowledgements, NOTICE and sync, several devices, refusals,
 * operations. Run over socket.io and over a plain WebSocket: "web" devices (`version: 2`) always use socket.io
 * client 2 as MaxIM's web SDK does, the others this run's transport, so the plain-WebSocket run
 * also shows both transports seeing each other's messages.
 */
describe.each(['socket.io', 'websocket'] as const)('xsync messaging over %s', (transport) => {
  let server: TestServer;
  let tenant: Tenant;
  let url: string;
  const clients: XsyncClient[] = [];

  /** A provisioned device of `user`; answers the client and its device number. */
  async function device(user: TestUser, options: { version?: 2 | 4; guid?: string } = {}): Promise<{ client: XsyncClient; sn: number }> {
    const client = await XsyncClient.connect(url, options.version === 2 ? { version: 2 } : { transport });
    clients.push(client);
    const answer = await client.provision(user.token, { uid: user.userId, deviceGuid: options.guid });
    if (answer.status.code !== StatusCode.Ok) throw new Error(`provision failed: ${JSON.stringify(answer.status)}`);
    return { client, sn: Number(answer.xid.deviceSN) };
  }

  const me = (user: TestUser, sn: number) => ({ uid: user.userId, deviceSN: sn });

  beforeAll(async () => {
    server = await startTestServer({ realtime: { ...loadConfig({}).realtime, framesPerSecond: 100_000 } });
    tenant = await createTenant(server);
    url = await listen(server);
  });

  afterEach(() => {
    for (const open of clients.splice(0)) open.close();
  });

  afterAll(() => server.close());

  it('delivers a 1:1 message: ack to the sender, NOTICE and sync to the receiver and to the sender’s other devices', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const alicePhone = await device(alice);
    const aliceWeb = await device(alice, { version: 2 });
    const bobWeb = await device(bob, { version: 2 });

    const ack = await alicePhone.client.sendText(me(alice, alicePhone.sn), bob.userId, 'hello bob', { id: 1001 });
    expect(ack.status.code).toBe(StatusCode.Ok);
    expect(Number(ack.client_mid)).toBe(1001);
    expect(Number(ack.server_mid)).toBeGreaterThan(0);
    expect(Number(ack.server_time)).toBeGreaterThan(0);

    await bobWeb.client.notice(alice.userId);
    const received = await bobWeb.client.syncAll(alice.userId);
    expect(received).toHaveLength(1);
    expect(Number(received[0].id)).toBe(Number(ack.server_mid));
    expect(Number(received[0].from?.uid)).toBe(alice.userId);
    expect(Number(received[0].from?.deviceSN)).toBe(alicePhone.sn);
    expect(received[0].payload).toMatchObject({ type: BodyType.Chat, content: 'hello bob' });

    await aliceWeb.client.notice(bob.userId);
    const mirrored = await aliceWeb.client.syncAll(bob.userId);
    expect(mirrored.map((meta) => Number(meta.id))).toEqual([Number(ack.server_mid)]);

    // The sending device hears nothing about its own message.
    await alicePhone.client.unread();
    expect(alicePhone.client.has((frame) => frame.command === Command.Notice)).toBe(false);
  });

  it('delivers a group message to every member’s devices except the sending one', async () => {
    const [owner, member, other] = [await createUser(server, tenant), await createUser(server, tenant), await createUser(server, tenant)];
    const groupId = await createGroup(server, tenant, owner, { members: [member, other] });
    const ownerDevice = await device(owner);
    const memberDevice = await device(member);
    const otherDevice = await device(other, { version: 2 });

    const ack = await memberDevice.client.sendText(me(member, memberDevice.sn), groupId, 'hi all', { group: true });
    expect(ack.status.code).toBe(StatusCode.Ok);
    for (const listener of [ownerDevice, otherDevice]) {
      await listener.client.notice(groupId);
      const metas = await listener.client.syncAll(groupId);
      expect(metas.map((meta) => [Number(meta.id), meta.payload.type, meta.payload.content])).toEqual([[Number(ack.server_mid), BodyType.GroupChat, 'hi all']]);
    }
    await memberDevice.client.unread();
    expect(memberDevice.client.has((frame) => frame.command === Command.Notice && Number(frame.body.xid.uid) === groupId)).toBe(false);
  });

  it('keeps 500 messages sent while a device is offline: unread count, order, nothing missing or doubled, resumed after a drop', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    // Five devices of alice send 100 each at once (a send costs tens of milliseconds in the message module; five streams keep this test short).
    const senders = await Promise.all([0, 1, 2, 3, 4].map(() => device(alice)));
    const first = await device(bob, { guid: 'bob-laptop' });
    first.client.close();

    const started = Date.now();
    const perSender = await Promise.all(
      senders.map(async (sender, senderIndex) => {
        const acks: Promise<any>[] = [];
        for (let index = 0; index < 100; index++) {
          acks.push(sender.client.sendText(me(alice, sender.sn), bob.userId, `${senderIndex}:${index}`, { id: 10_000 + senderIndex * 1000 + index }));
        }
        return (await Promise.all(acks)).map((ack) => Number(ack.server_mid));
      }),
    );
    process.stderr.write(`500 socket sends (5 devices) took ${Date.now() - started} ms\n`);
    const sent = perSender.flat();
    expect(new Set(sent).size).toBe(500);

    const laptop = await device(bob, { guid: 'bob-laptop' });
    expect(laptop.sn).toBe(first.sn);
    const unread = await laptop.client.unread();
    expect(unread.unread).toContainEqual(expect.objectContaining({ xid: expect.objectContaining({ uid: alice.userId }), n: 500, type: 1 }));

    // Two pages, the second never confirmed, then the connection drops.
    const page1 = await laptop.client.syncPage(alice.userId, 0);
    const page2 = await laptop.client.syncPage(alice.userId, Number(page1.next_key));
    expect(page1.metas.length).toBeGreaterThan(0);
    expect(page1.metas.length + page2.metas.length).toBeLessThan(500);
    laptop.client.close();

    const again = await device(bob, { guid: 'bob-laptop' });
    const rest = await again.client.syncAll(alice.userId);
    expect(Number(rest[0].id)).toBe(Number(page2.metas[0].id));
    const received = [...page1.metas, ...rest];
    const ids = received.map((meta) => Number(meta.id));
    expect(ids).toHaveLength(500);
    expect([...ids].sort((x, y) => x - y)).toEqual([...sent].sort((x, y) => x - y));
    // Each device's messages arrive in the order it sent them.
    for (let senderIndex = 0; senderIndex < 5; senderIndex++) {
      const contents = received.map((meta) => meta.payload.content as string).filter((content) => content.startsWith(`${senderIndex}:`));
      expect(contents).toEqual(Array.from({ length: 100 }, (_, index) => `${senderIndex}:${index}`));
    }

    const after = await again.client.unread();
    expect(after.unread.filter((entry: any) => Number(entry.xid.uid) === alice.userId && entry.n > 0)).toEqual([]);
  }, 60_000);

  it('answers a resend with the same meta id with the first server_mid and stores it once', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const sender = await device(alice);
    const first = await sender.client.sendText(me(alice, sender.sn), bob.userId, 'once', { id: 777 });
    const second = await sender.client.sendText(me(alice, sender.sn), bob.userId, 'once', { id: 777 });
    expect(Number(second.server_mid)).toBe(Number(first.server_mid));
    const receiver = await device(bob);
    expect((await receiver.client.syncAll(alice.userId)).map((meta) => Number(meta.id))).toEqual([Number(first.server_mid)]);
  });

  it('refuses sends with the status of the rule, naming the client_mid', async () => {
    const [alice, bob, carol] = [await createUser(server, tenant), await createUser(server, tenant), await createUser(server, tenant)];
    const groupId = await createGroup(server, tenant, carol, { members: [alice] });
    const sender = await device(alice);
    const from = me(alice, sender.sn);

    const blocking = await server.request({ method: 'POST', url: `/roster/block?user_id=${alice.userId}`, appId: tenant.appId, token: bob.token });
    expect(blocking.body.code).toBe(200);
    const blocked = await sender.client.sendText(from, bob.userId, 'let me in', { id: 501 });
    expect(blocked.status.code).toBe(StatusCode.Unauthorized);
    expect(Number(blocked.client_mid)).toBe(501);

    const strangerGroup = await createGroup(server, tenant, carol);
    expect((await sender.client.sendText(from, strangerGroup, 'knock', { group: true, id: 502 })).status.code).toBe(StatusCode.Unauthorized);

    await server.request({ method: 'POST', url: '/group/ban', appId: tenant.appId, token: carol.token, body: { group_id: groupId, user_list: [alice.userId], duration: 60 } });
    const banned = await sender.client.sendText(from, groupId, 'muted?', { group: true, id: 503 });
    expect(banned.status.code).toBe(StatusCode.UserBanned);

    expect((await sender.client.sendText(from, 99_999_999, 'nobody', { id: 504 })).status.code).toBe(StatusCode.InvalidParameter);
    const badType = await sender.client.sendMeta(from, { uid: carol.userId, deviceSN: 0 }, { type: BodyType.Chat, ctype: 42, content: 'x' }, 505);
    expect(badType.status.code).toBe(StatusCode.InvalidParameter);
    const noTarget = await sender.client.sendMeta(from, { uid: 0, deviceSN: 0 }, { type: BodyType.Chat, content: 'x' }, 506);
    expect(noTarget.status).toEqual({ code: StatusCode.InvalidParameter, reason: 'meta.to.uid: required: the user or group to send to' });
  });

  it('delivers typing live and never stores it', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const sender = await device(alice);
    const receiver = await device(bob);
    const ack = await sender.client.sendTyping(me(alice, sender.sn), bob.userId);
    expect(ack.status.code).toBe(StatusCode.Ok);
    const live = await receiver.client.next((frame) => frame.command === Command.Sync && frame.body.metas?.length === 1);
    expect(JSON.parse(live.body.metas[0].payload.ext)).toEqual({ input_status: 'typing' });
    expect(Number(live.body.xid.uid)).toBe(alice.userId);
    expect(await receiver.client.syncAll(alice.userId)).toEqual([]);
    expect((await receiver.client.unread()).unread.filter((entry: any) => Number(entry.xid.uid) === alice.userId && entry.n > 0)).toEqual([]);
  });

  it("takes a group message's READ_ACK addressed to its sender with no operation.xid (MaxIM SDK's makeReadMessageAck) as read in the group", async () => {
    const [owner, member, outsider] = [await createUser(server, tenant), await createUser(server, tenant), await createUser(server, tenant)];
    const groupId = await createGroup(server, tenant, owner, { members: [member] });
    const ownerDevice = await device(owner);
    const memberDevice = await device(member, { version: 2 });
    const outsiderDevice = await device(outsider);
    const mid = Number((await ownerDevice.client.sendText(me(owner, ownerDevice.sn), groupId, 'read me', { group: true })).server_mid);
    const unreadInGroup = async () => (await server.request({ url: '/message/unread', appId: tenant.appId, token: member.token })).body.data.filter((entry: any) => entry.num > 0);
    expect(await unreadInGroup()).toHaveLength(1);

    const readAck = { type: BodyType.Oper, ctype: 6, operation: { type: OperationType.ReadAck, mid } };
    const refused = await outsiderDevice.client.sendMeta(me(outsider, outsiderDevice.sn), { uid: owner.userId, deviceSN: 0 }, readAck);
    expect(refused.status.code).not.toBe(StatusCode.Ok);
    const answer = await memberDevice.client.sendMeta(me(member, memberDevice.sn), { uid: owner.userId, deviceSN: 0 }, readAck);
    expect(answer.status.code).toBe(StatusCode.Ok);
    expect(Number(answer.xid.uid)).toBe(groupId);
    expect(await unreadInGroup()).toEqual([]);
  });

  it("deletes a conversation for the sender of a CONVERSATION meta (MaxIM SDK's deleteConversation), as DELETE /message/conversation does", async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const aliceDevice = await device(alice);
    const bobWeb = await device(bob, { version: 2 });
    await aliceDevice.client.sendText(me(alice, aliceDevice.sn), bob.userId, 'forget me');
    const history = async (user: TestUser) =>
      (await server.request({ url: `/message/conversation?opposite_id=${user === bob ? alice.userId : bob.userId}&msg_id_start=0&limit=10`, appId: tenant.appId, token: user.token })).body.data.messages;
    expect(await history(bob)).toHaveLength(1);

    const deleteMeta = (id: number, type: number, uid: number) =>
      bobWeb.client.sendFrame(Command.Sync, 'SyncUL', {
        meta: { id, from: me(bob, bobWeb.sn), ns: MetaNamespace.Conversation, payload: encode('Conversation', { type: 1, operation: { type, xid: { uid } } }) },
      });
    const answerTo = async (id: number) => (await bobWeb.client.next((frame) => frame.command === Command.Sync && Number(frame.body.client_mid ?? 0) === id)).body;
    deleteMeta(7001, 3, alice.userId);
    expect((await answerTo(7001)).status).toEqual({ code: StatusCode.InvalidParameter, reason: 'operation.type: a CONVERSATION meta must be DELETE (1) or DELETE_EVERYWHERE (2)' });
    deleteMeta(7002, 2, alice.userId);
    const answer = await answerTo(7002);
    expect(answer.status.code).toBe(StatusCode.Ok);
    expect(Number(answer.xid.uid)).toBe(alice.userId);
    expect(await history(bob)).toEqual([]);
    expect(await history(alice)).toHaveLength(1);
  });

  it('carries read acks and recalls as OPER entries to the other side, and read acks clear unread counts', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const aliceDevice = await device(alice);
    const bobDevice = await device(bob);
    const first = Number((await aliceDevice.client.sendText(me(alice, aliceDevice.sn), bob.userId, 'one')).server_mid);
    const second = Number((await aliceDevice.client.sendText(me(alice, aliceDevice.sn), bob.userId, 'two')).server_mid);
    expect((await bobDevice.client.unread()).unread).toContainEqual(expect.objectContaining({ n: 2, xid: expect.objectContaining({ uid: alice.userId }) }));
    const unreadRest = await server.request({ url: '/message/unread', appId: tenant.appId, token: bob.token });
    expect(unreadRest.body.data).toContainEqual(expect.objectContaining({ num: 2 }));

    const readAck = await bobDevice.client.sendMeta(me(bob, bobDevice.sn), { uid: alice.userId, deviceSN: 0 }, { type: BodyType.Oper, ctype: 6, operation: { type: OperationType.ReadAck, mid: second } });
    expect(readAck.status.code).toBe(StatusCode.Ok);
    await aliceDevice.client.notice(bob.userId);
    const acks = await aliceDevice.client.syncAll(bob.userId);
    expect(acks.map((meta) => meta.payload.operation && [meta.payload.type, meta.payload.operation.type, Number(meta.payload.operation.mid)])).toContainEqual([BodyType.Oper, OperationType.ReadAck, second]);
    const unreadAfter = await server.request({ url: '/message/unread', appId: tenant.appId, token: bob.token });
    expect(unreadAfter.body.data.filter((entry: any) => entry.num > 0)).toEqual([]);

    const recall = await aliceDevice.client.sendMeta(me(alice, aliceDevice.sn), { uid: bob.userId, deviceSN: 0 }, { type: BodyType.Oper, ctype: 6, operation: { type: OperationType.Recall, mid: first, xid: { uid: bob.userId } } });
    expect(recall.status.code).toBe(StatusCode.Ok);
    await bobDevice.client.notice(alice.userId);
    const synced = await bobDevice.client.syncAll(alice.userId);
    const recalled = synced.find((meta) => meta.payload.type === BodyType.Oper && meta.payload.operation?.type === OperationType.Recall);
    expect(Number(recalled?.payload.operation.mid)).toBe(first);
    expect(Number(recalled?.payload.operation.xid.uid)).toBe(alice.userId);

    // The other side may not recall a message it did not send.
    const refused = await bobDevice.client.sendMeta(me(bob, bobDevice.sn), { uid: alice.userId, deviceSN: 0 }, { type: BodyType.Oper, ctype: 6, operation: { type: OperationType.Recall, mid: second } });
    expect(refused.status.code).not.toBe(StatusCode.Ok);
  });

  it('pages history backwards over the socket as MaxIM’s requireHistoryMessage asks, with the visibility of GET /message/conversation', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const aliceDevice = await device(alice);
    const bobDevice = await device(bob);
    const sent: number[] = [];
    for (const text of ['one', 'two', 'three', 'four', 'five']) sent.push(Number((await aliceDevice.client.sendText(me(alice, aliceDevice.sn), bob.userId, text)).server_mid));
    const recall = { type: BodyType.Oper, ctype: 6, operation: { type: OperationType.Recall, mid: sent[3], xid: { uid: bob.userId } } };
    expect((await aliceDevice.client.sendMeta(me(alice, aliceDevice.sn), { uid: bob.userId, deviceSN: 0 }, recall)).status.code).toBe(StatusCode.Ok);

    // The SDK's frame (messageMaker makeHistorySyncul): SyncUL {xid: {uid, deviceSN: 0}, key: mid (0: the newest), full_sync_num, is_full_sync: true}.
    const history = async (key: number, amount: number) => {
      bobDevice.client.sendFrame(Command.Sync, 'SyncUL', { xid: { uid: alice.userId, deviceSN: 0 }, key, full_sync_num: amount, is_full_sync: true });
      return (await bobDevice.client.next((frame) => frame.command === Command.Sync && frame.body.is_full_sync === true)).body;
    };
    const rest = async (start: number, limit: number) =>
      (await server.request({ url: `/message/conversation?opposite_id=${alice.userId}&msg_id_start=${start}&limit=${limit}`, appId: tenant.appId, token: bob.token })).body.data;

    const first = await history(0, 2);
    expect(first.status.code).toBe(StatusCode.Ok);
    expect(Number(first.xid.uid)).toBe(alice.userId);
    // Newest first (the SDK reverses them), the recalled message left out, as REST lists them.
    expect(first.metas.map((meta: { id: number }) => Number(meta.id))).toEqual([sent[4], sent[2]]);
    expect(first.metas.map((meta: { payload: { content: string } }) => meta.payload.content)).toEqual(['five', 'three']);
    expect(first.metas[0].payload.type).toBe(BodyType.Chat);
    expect(Number(first.metas[0].from.uid)).toBe(alice.userId);
    const restFirst = await rest(0, 2);
    expect(first.metas.map((meta: { id: number }) => Number(meta.id))).toEqual(restFirst.messages.map((message: { msg_id: number }) => message.msg_id));
    expect(Number(first.next_key)).toBe(restFirst.next_msg_id);

    const second = await history(Number(first.next_key), 2);
    expect(second.metas.map((meta: { id: number }) => Number(meta.id))).toEqual([sent[1], sent[0]]);
    expect(Number(second.next_key ?? 0)).toBe(0);
    // Reading history moves no sync position: the five messages and the recall are still to sync.
    expect((await bobDevice.client.unread()).unread).toEqual([expect.objectContaining({ n: 6 })]);

    // A conversation bob cleared has no history for him; alice keeps hers.
    await server.request({ method: 'DELETE', url: `/message/conversation?conversation_id=${alice.userId}`, appId: tenant.appId, token: bob.token });
    const cleared = await history(0, 10);
    expect(cleared.metas).toEqual([]);
    expect(Number(cleared.next_key ?? 0)).toBe(0);
    aliceDevice.client.sendFrame(Command.Sync, 'SyncUL', { xid: { uid: bob.userId, deviceSN: 0 }, key: 0, full_sync_num: 10, is_full_sync: true });
    const alices = (await aliceDevice.client.next((frame) => frame.command === Command.Sync && frame.body.is_full_sync === true)).body;
    expect(alices.metas).toHaveLength(4);
  });

  it('refuses history of a group one is not a member of with the status of the rule', async () => {
    const [owner, outsider] = [await createUser(server, tenant), await createUser(server, tenant)];
    const groupId = await createGroup(server, tenant, owner);
    const outsiderDevice = await device(outsider);
    outsiderDevice.client.sendFrame(Command.Sync, 'SyncUL', { xid: { uid: groupId, deviceSN: 0 }, key: 0, full_sync_num: 20, is_full_sync: true });
    const answer = (await outsiderDevice.client.next((frame) => frame.command === Command.Sync)).body;
    expect(answer.status.code).toBe(StatusCode.Unauthorized);
    expect(answer.metas).toEqual([]);
  });

  it('hands a deliver ack to the live devices of the sender without storing it', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const aliceDevice = await device(alice);
    const bobDevice = await device(bob);
    const mid = Number((await aliceDevice.client.sendText(me(alice, aliceDevice.sn), bob.userId, 'got it?')).server_mid);
    await bobDevice.client.sendMeta(me(bob, bobDevice.sn), { uid: alice.userId, deviceSN: 0 }, { type: BodyType.Oper, ctype: 6, operation: { type: OperationType.DeliverAck, mid } });
    const live = await aliceDevice.client.next((frame) => isSyncAnswer(frame) && frame.body.metas?.[0]?.payload?.operation?.type === OperationType.DeliverAck);
    expect(Number(live.body.metas[0].payload.operation.mid)).toBe(mid);
    expect(Number(live.body.metas[0].from.uid)).toBe(bob.userId);
  });

  it('closes a socket whose client stops reading once its output passes the buffer limit', async () => {
    const dan = await createUser(server, tenant);
    const slow = await device(dan);
    const gateway = server.app.get(XsyncGateway);
    const notices = server.app.get(NoticeService);
    const big = 'x'.repeat(50_000);
    for (let index = 0; index < 20; index++) {
      await notices.publish(tenant.appId, { namespace: NoticeNamespace.User, type: UserNoticeType.InfoUpdated, fromId: null, toIds: [dan.userId], content: big }, [dan.userId]);
    }
    const socketCount = gateway.localConnections().length;
    slow.client.pauseReading();
    // Each answer carries the same unconfirmed megabyte of notices (key 0 does not move the position).
    for (let index = 0; index < 40; index++) slow.client.sendFrame(Command.Sync, 'SyncUL', { xid: { uid: dan.userId }, key: 0 });
    const until = Date.now() + 10_000;
    while (gateway.localConnections().length >= socketCount) {
      if (Date.now() > until) throw new Error('the slow consumer was not closed');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(gateway.localConnections().length).toBe(socketCount - 1);
  });
});
