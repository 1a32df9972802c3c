import { randomUUID } from 'node:crypto';
import { MessageBroadcastProducer, MessageBroadcastRunner } from '../../src/message/message-broadcast.queue';
import { MessageStoredEvent } from '../../src/message/message.types';
import { OfflineMessagePush } from '../../src/push/push.jobs';
import { PushProducer } from '../../src/push/push.producer';
import { PresenceService } from '../../src/user/presence.service';
import { MessageWorld } from './fixtures';

/** Polls `done` every 50 ms (the broadcast worker runs in this process); fails after 10 seconds. */
async function waitFor(done: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the broadcast job did not run within 10 seconds');
}

describe('MessageService: device sync, announcements, fan-out and push hand-off', () => {
  const world = new MessageWorld();
  beforeAll(() => world.start());
  afterAll(() => world.close());
  afterEach(() => jest.restoreAllMocks());

  const app = () => world.tenant.appId;

  it('pull: a device that drops before confirming gets the same page again; nothing is lost or doubled and order is kept', async () => {
    const [alice, bob] = await world.users(2);
    const sent: number[] = [];
    for (let index = 0; index < 25; index++) sent.push(await world.text(alice, bob.userId, `m${index}`));
    expect(await world.service.unreadFor(app(), bob.userId, 1)).toEqual([{ chatType: 1, conversationId: alice.userId, count: 25 }]);

    const first = await world.service.pull(app(), bob.userId, 1, 1, alice.userId, 0, 10);
    expect(first.messages.map((message) => message.msgId)).toEqual(sent.slice(0, 10));
    expect(first.messages[0]).toMatchObject({ conversationId: alice.userId, fromUserId: alice.userId, toId: bob.userId, content: 'm0' });
    // The device drops here: it never confirmed first.nextKey. Starting again serves the same page.
    const again = await world.service.pull(app(), bob.userId, 1, 1, alice.userId, 0, 10);
    expect(again).toEqual(first);

    const received: number[] = [];
    let key = 0;
    for (;;) {
      const page = await world.service.pull(app(), bob.userId, 1, 1, alice.userId, key, 10);
      received.push(...page.messages.map((message) => message.msgId));
      if (page.nextKey === 0) break;
      key = page.nextKey;
    }
    expect(received).toEqual(sent);
    expect(await world.service.unreadFor(app(), bob.userId, 1)).toEqual([]);
    // Another device of bob has its own position; bob's REST unread is the read position, untouched by sync.
    expect(await world.service.unreadFor(app(), bob.userId, 2)).toEqual([{ chatType: 1, conversationId: alice.userId, count: 25 }]);
    expect(await world.unread(bob)).toEqual({ [alice.userId]: 25 });
    // A stale confirmation never moves a position back.
    expect((await world.service.pull(app(), bob.userId, 1, 1, alice.userId, first.nextKey, 10)).messages).toEqual([]);
  });

  it('forgets a removed device, so the next device given its number starts from the read positions, not its old place', async () => {
    const [alice, bob] = await world.users(2);
    const login = async (guid: string) =>
      (await world.server.request({ method: 'POST', url: '/token/user', appId: app(), body: { name: bob.username, password: bob.password, device_guid: guid } })).body.data;
    const phone = await login('phone');
    for (let index = 0; index < 3; index++) await world.text(alice, bob.userId, `m${index}`);
    let key = 0;
    do key = (await world.service.pull(app(), bob.userId, phone.device_sn, 1, alice.userId, key, 10)).nextKey;
    while (key !== 0);
    expect(await world.service.unreadFor(app(), bob.userId, phone.device_sn)).toEqual([]);

    const removed = await world.server.request({ method: 'POST', url: `/user/device/remove?device_sn=${phone.device_sn}`, appId: app(), token: phone.token });
    expect(removed.body.code).toBe(200);
    const tablet = await login('tablet');
    expect(tablet.device_sn).toBe(phone.device_sn);
    expect(await world.service.unreadFor(app(), bob.userId, tablet.device_sn)).toEqual([{ chatType: 1, conversationId: alice.userId, count: 3 }]);
  });

  it("skips the sending device's own messages but gives them to the user's other devices", async () => {
    const [alice, bob] = await world.users(2);
    await world.service.unreadFor(app(), alice.userId, 1);
    await world.service.unreadFor(app(), alice.userId, 2);
    const sent = await world.service.send({ appId: app(), userId: alice.userId, deviceSn: 1 }, { chatType: 1, toId: bob.userId, contentType: 0, content: 'from device 1', clientMid: 1700000000000 });
    const resent = await world.service.send({ appId: app(), userId: alice.userId, deviceSn: 1 }, { chatType: 1, toId: bob.userId, contentType: 0, content: 'from device 1', clientMid: 1700000000000 });
    expect(resent).toMatchObject({ msgId: sent.msgId, duplicate: true });
    expect((await world.service.pull(app(), alice.userId, 1, 1, bob.userId, 0, 10)).messages).toEqual([]);
    const other = await world.service.pull(app(), alice.userId, 2, 1, bob.userId, 0, 10);
    expect(other.messages).toEqual([expect.objectContaining({ msgId: sent.msgId, conversationId: bob.userId, fromDeviceSn: 1 })]);
  });

  it('announces stored messages after commit to the receivers and the sender, and typing (transient) without storing', async () => {
    const [owner, member, muted] = await world.users(3);
    const groupId = await world.group(owner, { members: [member, muted] });
    await world.ok(muted, 'POST', '/group/msg/mute_mode', { group_id: groupId, msg_mute_mode: 2 });
    const events: MessageStoredEvent[] = [];
    const unsubscribe = world.service.onStored((event) => events.push(event));
    const sent = await world.service.send({ appId: app(), userId: owner.userId, deviceSn: 3 }, { chatType: 2, toId: groupId, contentType: 0, content: 'hi all' });
    const typing = await world.service.send(
      { appId: app(), userId: member.userId, deviceSn: 1 },
      { chatType: 1, toId: owner.userId, contentType: 0, content: '', ext: '{"input_status":"typing"}', transient: true },
    );
    unsubscribe();
    expect(events).toEqual([
      expect.objectContaining({ appId: app(), senderUserId: owner.userId, senderDeviceSn: 3, recipientUserIds: [member.userId], transient: false, message: expect.objectContaining({ msgId: sent.msgId, conversationId: groupId }) }),
      expect.objectContaining({ senderUserId: member.userId, recipientUserIds: [owner.userId], transient: true, message: expect.objectContaining({ msgId: typing.msgId, conversationId: member.userId }) }),
    ]);
    expect((await world.server.sql(`SELECT count(*)::int AS n FROM messages WHERE msg_id = $1`, [typing.msgId]))[0].n).toBe(0);
  });

  it('operations: read_all and delete reach only the actor; deliver_ack goes live to the sender; append and recall are stream entries', async () => {
    const [alice, bob] = await world.users(2);
    const one = await world.text(alice, bob.userId, 'one');
    await world.text(alice, bob.userId, 'two');
    const bobSender = { appId: app(), userId: bob.userId, deviceSn: 1 };
    expect(await world.service.operate(bobSender, { type: 'deliver_ack', chatType: 1, conversationId: alice.userId, msgId: one })).toMatchObject({ stored: null, liveTo: [alice.userId] });
    expect(await world.service.operate(bobSender, { type: 'read_all', chatType: 1, conversationId: alice.userId })).toMatchObject({ stored: null, liveTo: [bob.userId] });
    expect(await world.unread(bob)).toEqual({});
    expect(await world.service.operate(bobSender, { type: 'read_cancel', chatType: 1, conversationId: alice.userId, msgId: one })).toMatchObject({ liveTo: [bob.userId] });
    expect(await world.unread(bob)).toEqual({ [alice.userId]: 2 });
    await world.service.operate(bobSender, { type: 'delete', chatType: 1, conversationId: alice.userId, msgId: one });
    expect((await world.history(bob, alice.userId)).map((message) => message.content)).toEqual(['two']);
    expect((await world.history(alice, bob.userId)).map((message) => message.content)).toEqual(['one', 'two']);
    const appended = await world.service.operate({ appId: app(), userId: alice.userId, deviceSn: null }, { type: 'append', chatType: 1, conversationId: bob.userId, msgId: one, content: '!' });
    expect(appended.stored).toMatchObject({ contentType: 11, relatedMid: one, content: '!', conversationId: alice.userId });
    // A new device of bob starts at bob's read position (moved back before `one` by read_cancel).
    const page = await world.service.pull(app(), bob.userId, 5, 1, alice.userId, 0, 50);
    expect(page.messages.map((message) => [message.contentType, message.relatedMid, message.content])).toEqual([
      [0, null, 'one!'],
      [0, null, 'two'],
      [11, one, '!'],
    ]);
    await expect(world.service.operate(bobSender, { type: 'recall', chatType: 1, conversationId: alice.userId, msgId: one })).rejects.toMatchObject({ code: 10010 });
  });

  it('stores a message to a 10,000-member group with O(1) writes', async () => {
    const owner = await world.user();
    const groupId = await world.group(owner);
    await world.server.sql(`UPDATE groups SET capacity = 20000 WHERE id = $1`, [groupId]);
    const members = await world.server.sql(
      `INSERT INTO users (app_id, username, password_hash) SELECT $1, 'bulk_' || $2 || '_' || g, 'x' FROM generate_series(1, 10000) g RETURNING id`,
      [app(), randomUUID().slice(0, 8)],
    );
    await world.server.sql(`INSERT INTO group_members (group_id, user_id, app_id) SELECT $1, u, $2 FROM unnest($3::bigint[]) u`, [groupId, app(), members.map((row) => row.id)]);
    const counts = async () =>
      (
        await world.server.sql(`SELECT (SELECT count(*) FROM messages)::int AS messages, (SELECT count(*) FROM message_conversation_states)::int AS states,
                                       (SELECT count(*) FROM message_device_positions)::int AS positions, (SELECT count(*) FROM message_conversations)::int AS conversations`)
      )[0];
    await world.text(owner, groupId, 'warm up', 2);
    const before = await counts();
    const events: MessageStoredEvent[] = [];
    const unsubscribe = world.service.onStored((event) => events.push(event));
    const started = Date.now();
    await world.text(owner, groupId, 'to ten thousand', 2);
    const elapsed = Date.now() - started;
    unsubscribe();
    expect(await counts()).toEqual({ ...before, messages: before.messages + 1 });
    expect(events[0].recipientUserIds).toHaveLength(10_000);
    expect(elapsed).toBeLessThan(5_000);
    const member = members[0].id;
    expect(await world.service.unreadFor(app(), member, 1)).toEqual([{ chatType: 2, conversationId: groupId, count: 2 }]);
  }, 60_000);

  describe('hand-off to push', () => {
    let jobs: OfflineMessagePush[];
    beforeEach(() => {
      jobs = [];
      jest.spyOn(world.server.app.get(PushProducer), 'enqueueOfflineMessages').mockImplementation(async (pushes) => {
        jobs.push(...pushes);
      });
    });

    it('enqueues an offline push for a receiver with no live session, with the message content', async () => {
      const [alice, bob] = await world.users(2);
      const id = await world.text(alice, bob.userId, 'are you there?', 1, { ext: '{"topic":"x"}' });
      // The hand-off runs after the send has answered (it is not the sender's wait).
      await world.service.handOffsSettled();
      expect(jobs).toEqual([{ appId: app(), messageId: id, fromUserId: alice.userId, toType: 1, toId: bob.userId, recipients: [bob.userId], text: 'are you there?', contentType: 0, ext: { topic: 'x' } }]);
    });

    it('skips receivers that are online, that turned push off, and operations', async () => {
      const [alice, online, noPush] = await world.users(3);
      await world.server.app.get(PresenceService).sessionOpened({ appId: app(), userId: online.userId, deviceSn: 1, connectionId: randomUUID() });
      await world.text(alice, online.userId, 'live');
      await world.ok(noPush, 'POST', '/user/push?value=true');
      const id = await world.text(alice, noPush.userId, 'quiet');
      await world.as(alice, 'POST', '/message/recall', { conversation_id: noPush.userId, msg_id: id });
      await world.service.handOffsSettled();
      expect(jobs).toEqual([]);
    });

    it('coalesces the hand-offs of concurrent sends: every message pushed once, in fewer queue round trips', async () => {
      const users = await world.users(40);
      const enqueue = world.server.app.get(PushProducer).enqueueOfflineMessages as jest.Mock;
      enqueue.mockClear();
      const ids = await Promise.all(users.slice(0, 20).map((sender, index) => world.text(sender, users[20 + index].userId, `burst ${index}`)));
      await world.service.handOffsSettled();
      expect(jobs.map((job) => job.messageId).sort()).toEqual([...ids].sort());
      expect(jobs.every((job) => job.recipients.length === 1 && job.text === `burst ${ids.indexOf(job.messageId)}`)).toBe(true);
      expect(enqueue.mock.calls.length).toBeLessThan(ids.length);
    });

    it('a failed enqueue loses the push, never the message, and the next hand-off goes through', async () => {
      const [alice, bob] = await world.users(2);
      const enqueue = world.server.app.get(PushProducer).enqueueOfflineMessages as jest.Mock;
      enqueue.mockRejectedValueOnce(new Error('queue down'));
      const lost = await world.text(alice, bob.userId, 'while the queue is down');
      await world.service.handOffsSettled();
      const pushed = await world.text(alice, bob.userId, 'after');
      await world.service.handOffsSettled();
      expect(jobs.map((job) => job.messageId)).toEqual([pushed]);
      expect((await world.history(bob, alice.userId)).map((message) => message.msg_id)).toEqual([lost, pushed]);
    });

    it("honours group members' mute and push modes, and marks admin senders and mentions", async () => {
      const [owner, all, muted, adminOnly, mentionOnly] = await world.users(5);
      const groupId = await world.group(owner, { members: [all, muted, adminOnly, mentionOnly] });
      await world.ok(muted, 'POST', '/group/msg/mute_mode', { group_id: groupId, msg_mute_mode: 1 });
      await world.ok(adminOnly, 'POST', '/group/msg/push_mode', { group_id: groupId, msg_push_mode: 3 });
      await world.ok(mentionOnly, 'POST', '/group/msg/push_mode', { group_id: groupId, msg_push_mode: 4 });
      await world.text(all, groupId, 'from a member', 2, { config: JSON.stringify({ mentionList: [mentionOnly.userId] }) });
      await world.text(owner, groupId, 'from the owner', 2);
      await world.service.handOffsSettled();
      expect(jobs.map((job) => [job.text, job.fromAdmin, job.recipients.sort(), job.mentionedUserIds])).toEqual([
        ['from a member', false, [owner.userId, mentionOnly.userId].sort(), [mentionOnly.userId]],
        ['from the owner', true, [all.userId, adminOnly.userId].sort(), []],
      ]);
    });
  });

  describe('POST /message/broadcast', () => {
    it('answers send_num at once and its job sends one system message to every user', async () => {
      const other = new MessageWorld();
      await other.start();
      try {
        const users = await other.users(3);
        // A real job first: the worker (in this process, as with the embedded database) runs it.
        const queuedForReal = await other.asAdmin('POST', '/message/broadcast', { type: 1, content_type: 0, content: 'queued broadcast' });
        expect(queuedForReal.body.data).toEqual({ send_num: 3, success: true });
        await waitFor(async () => {
          for (const user of users) if ((await other.history(user, 0)).length === 0) return false;
          return true;
        });
        const producer = other.server.app.get(MessageBroadcastProducer);
        let queued: Parameters<MessageBroadcastProducer['enqueue']> | null = null;
        jest.spyOn(producer, 'enqueue').mockImplementation(async (...args) => {
          queued = args;
          return 3;
        });
        const response = await other.asAdmin('POST', '/message/broadcast', { type: 1, content_type: 0, content: 'maintenance tonight' });
        expect(response.body).toEqual({ code: 200, message: null, data: { send_num: 3, success: true } });
        expect(queued).toEqual([other.tenant.appId, { contentType: 0, content: 'maintenance tonight', attachment: null, config: null, ext: null }]);
        const runner = other.server.app.get(MessageBroadcastRunner);
        const job = { appId: other.tenant.appId, broadcastId: 'b1', contentType: 0, content: 'maintenance tonight', attachment: null, config: null, ext: null };
        expect(await runner.run(job)).toBe(3);
        expect(await runner.run(job)).toBe(3);
        for (const user of users) expect((await other.history(user, 0)).map((message) => message.content)).toEqual(['queued broadcast', 'maintenance tonight']);
        expect((await other.as(users[0], 'POST', '/message/broadcast', { type: 1, content_type: 0, content: 'x' })).body.code).toBe(10010);
        expect((await other.asAdmin('POST', '/message/broadcast', { type: 2, content_type: 0 })).body).toMatchObject({ code: 10002, message: 'type: must be 1 (users)' });
      } finally {
        await other.close();
      }
    });

  });
});
