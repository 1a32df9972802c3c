import { Clock } from '../../src/common/clock';
import { TestUser } from '../server';
import { MessageWorld } from './fixtures';

describe('read state, history, recall and deletion', () => {
  const world = new MessageWorld();
  beforeAll(() => world.start());
  afterAll(() => world.close());
  afterEach(() => jest.restoreAllMocks());

  describe('GET /message/unread and /message/ack', () => {
    it('counts messages after the read position: sending reads, acking reads up to a message, operations never count', async () => {
      const [alice, bob] = await world.users(2);
      const ids: number[] = [];
      for (let index = 0; index < 5; index++) ids.push(await world.text(alice, bob.userId, `m${index}`));
      expect(await world.unread(bob)).toEqual({ [alice.userId]: 5 });
      expect(await world.unread(alice)).toEqual({});
      expect((await world.as(bob, 'GET', `/message/ack?conversation_id=${alice.userId}&msg_id=${ids[1]}&device_sn=1`)).body).toEqual({ code: 200, message: null, data: true });
      expect(await world.unread(bob)).toEqual({ [alice.userId]: 3 });
      // The read receipt is stored for alice's devices, but is not a message: alice has nothing unread.
      expect(await world.unread(alice)).toEqual({});
      await world.text(bob, alice.userId, 'reply');
      expect(await world.unread(bob)).toEqual({});
      expect(await world.unread(alice)).toEqual({ [bob.userId]: 1 });
      const body = await world.ok(alice, 'GET', '/message/unread');
      expect(body.data).toEqual([{ conversation_id: { uid: bob.userId }, num: 1 }]);
    });

    it('counts group messages per member, from when each joined', async () => {
      const [owner, member, late] = await world.users(3);
      const groupId = await world.group(owner, { members: [member] });
      await world.text(owner, groupId, 'g1', 2);
      await world.text(member, groupId, 'g2', 2);
      expect(await world.unread(owner)).toEqual({ [groupId]: 1 });
      expect(await world.unread(member)).toEqual({});
      await world.ok(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [late.userId] });
      expect(await world.unread(late)).toEqual({});
      await world.text(owner, groupId, 'g3', 2);
      expect(await world.unread(late)).toEqual({ [groupId]: 1 });
      expect(await world.unread(member)).toEqual({ [groupId]: 1 });
      const last = (await world.history(late, groupId)).pop()!;
      await world.ok(late, 'GET', `/message/ack?conversation_id=${groupId}&msg_id=${last.msg_id}`);
      expect(await world.unread(late)).toEqual({});
    });

    it('refuses acks of messages outside the conversation, of groups one is not in, and bad queries', async () => {
      const [alice, bob, carol] = await world.users(3);
      const id = await world.text(alice, bob.userId);
      expect((await world.as(carol, 'GET', `/message/ack?conversation_id=${alice.userId}&msg_id=${id}`)).body).toMatchObject({
        code: 10002,
        message: `msg_id: message ${id} is not in conversation ${alice.userId}`,
      });
      const groupId = await world.group(alice);
      expect((await world.as(carol, 'GET', `/message/ack?conversation_id=${groupId}&msg_id=${id}`)).body.code).toBe(20002);
      expect((await world.as(bob, 'GET', `/message/ack?conversation_id=${alice.userId}`)).body).toMatchObject({ code: 10002, message: 'msg_id: is required' });
      expect((await world.as(bob, 'GET', `/message/ack?conversation_id=x&msg_id=${id}`)).body).toMatchObject({ code: 10002, message: 'conversation_id: must be an integer id' });
      expect((await world.asAdmin('GET', '/message/unread')).body.code).toBe(10010);
      expect((await world.asAdmin('GET', '/message/unread', undefined, { user_id: String(bob.userId) })).body.data).toEqual([{ conversation_id: { uid: alice.userId }, num: 1 }]);
    });
  });

  describe('GET /message/conversation', () => {
    it('pages newest first with next_msg_id and is_last', async () => {
      const [alice, bob] = await world.users(2);
      const ids: number[] = [];
      for (let index = 0; index < 5; index++) ids.push(await world.text(index % 2 ? bob : alice, index % 2 ? alice.userId : bob.userId, `m${index}`));
      const first = await world.ok(bob, 'GET', `/message/conversation?opposite_id=${alice.userId}&msg_id_start=0&limit=2`);
      expect(first.data.messages.map((message: { msg_id: number }) => message.msg_id)).toEqual([ids[4], ids[3]]);
      expect(first.data).toMatchObject({ next_msg_id: ids[3], is_last: false });
      expect(Object.keys(first.data.messages[0]).sort()).toEqual(['attachment', 'config', 'content', 'ctype', 'ext', 'from_xid', 'msg_id', 'status', 'timestamp', 'to_xid']);
      const second = await world.ok(bob, 'GET', `/message/conversation?opposite_id=${alice.userId}&msg_id_start=${ids[3]}&limit=2`);
      expect(second.data.messages.map((message: { msg_id: number }) => message.msg_id)).toEqual([ids[2], ids[1]]);
      const third = await world.ok(bob, 'GET', `/message/conversation?opposite_id=${alice.userId}&msg_id_start=${ids[1]}&limit=2`);
      expect(third.data).toEqual({ messages: [expect.objectContaining({ msg_id: ids[0] })], next_msg_id: 0, is_last: true });
      // Status is the viewer's: bob read what he answered; alice's last message to him is unread.
      const statuses = (await world.history(bob, alice.userId)).map((message) => message.status);
      expect(statuses).toEqual(['READ', 'READ', 'READ', 'READ', 'UNREAD']);
      expect((await world.history(alice, bob.userId)).map((message) => message.status)).toEqual(['READ', 'READ', 'READ', 'READ', 'UNREAD']);
    });

    it('shows later joiners only what came after they joined unless history_visible is on', async () => {
      const [owner, late, later] = await world.users(3);
      const groupId = await world.group(owner);
      await world.text(owner, groupId, 'before', 2);
      await world.ok(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [late.userId] });
      await world.text(owner, groupId, 'after', 2);
      expect((await world.history(late, groupId)).map((message) => message.content)).toEqual(['after']);
      await world.ok(owner, 'POST', '/group/settings/history_visible', { group_id: groupId, value: true });
      await world.ok(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [later.userId] });
      expect((await world.history(later, groupId)).map((message) => message.content)).toEqual(['before', 'after']);
      expect((await world.history(late, groupId)).map((message) => message.content)).toEqual(['before', 'after']);
    });

    it('refuses outsiders of a group, unknown peers and bad paging', async () => {
      const [alice, outsider] = await world.users(2);
      const groupId = await world.group(alice);
      const get = (user: TestUser, query: string) => world.as(user, 'GET', `/message/conversation?${query}`);
      expect((await get(outsider, `opposite_id=${groupId}&msg_id_start=0&limit=10`)).body.code).toBe(20002);
      expect((await get(outsider, `opposite_id=1999999999&msg_id_start=0&limit=10`)).body.code).toBe(20001);
      expect((await get(outsider, `opposite_id=99999999&msg_id_start=0&limit=10`)).body.code).toBe(10000);
      expect((await get(outsider, `opposite_id=${alice.userId}&msg_id_start=0&limit=0`)).body).toMatchObject({ code: 10002, message: 'limit: must be an integer from 1 to 100' });
      expect((await get(outsider, `opposite_id=${alice.userId}&limit=10`)).body).toMatchObject({ code: 10002, message: 'msg_id_start: is required' });
      expect((await get(outsider, `opposite_id=${alice.userId}&msg_id_start=-1&limit=10`)).body).toMatchObject({ code: 10002, message: 'msg_id_start: must be 0 or a message id' });
      expect((await get(outsider, `opposite_id=${alice.userId}&msg_id_start=0&limit=10`)).body.data).toEqual({ messages: [], next_msg_id: 0, is_last: true });
    });
  });

  describe('DELETE /message/conversation', () => {
    it('hides the conversation so far from the caller only; later messages show', async () => {
      const [alice, bob] = await world.users(2);
      await world.text(alice, bob.userId, 'old 1');
      await world.text(alice, bob.userId, 'old 2');
      expect((await world.as(bob, 'DELETE', `/message/conversation?conversation_id=${alice.userId}`)).body).toEqual({ code: 200, message: null, data: true });
      expect(await world.history(bob, alice.userId)).toEqual([]);
      expect(await world.unread(bob)).toEqual({});
      expect((await world.history(alice, bob.userId)).map((message) => message.content)).toEqual(['old 1', 'old 2']);
      await world.text(alice, bob.userId, 'new');
      expect((await world.history(bob, alice.userId)).map((message) => message.content)).toEqual(['new']);
      expect(await world.unread(bob)).toEqual({ [alice.userId]: 1 });
      expect((await world.as(bob, 'DELETE', `/message/conversation?conversation_id=99999999`)).body.code).toBe(10000);
      expect((await world.as(bob, 'DELETE', `/message/conversation`)).body).toMatchObject({ code: 10002, message: 'conversation_id: is required' });
    });
  });

  describe('POST /message/recall', () => {
    it('lets the sender recall within the window (Clock stubbed), shown recalled everywhere, then refuses', async () => {
      const [alice, bob] = await world.users(2);
      const clock = world.server.app.get(Clock);
      const sentAt = new Date('2030-01-01T00:00:00Z');
      jest.spyOn(clock, 'now').mockReturnValue(sentAt);
      const first = await world.text(alice, bob.userId, 'oops');
      const second = await world.text(alice, bob.userId, 'late');
      jest.spyOn(clock, 'now').mockReturnValue(new Date(sentAt.getTime() + 119_000));
      expect((await world.as(alice, 'POST', '/message/recall', { conversation_id: bob.userId, msg_id: first })).body).toEqual({ code: 200, message: null, data: true });
      expect((await world.history(bob, alice.userId)).map((message) => message.content)).toEqual(['late']);
      expect((await world.history(alice, bob.userId)).map((message) => message.content)).toEqual(['late']);
      const [recall] = await world.server.sql(`SELECT content_type, related_mid, from_user_id FROM messages WHERE related_mid = $1`, [first]);
      expect(recall).toEqual({ content_type: 10, related_mid: first, from_user_id: alice.userId });
      expect((await world.as(alice, 'PUT', '/message/recall', { conversation_id: bob.userId, msg_id: first })).body).toMatchObject({ code: 10002, message: `msg_id: message ${first} is already recalled` });
      jest.spyOn(clock, 'now').mockReturnValue(new Date(sentAt.getTime() + 121_000));
      expect((await world.as(alice, 'PUT', '/message/recall', { conversation_id: bob.userId, msg_id: second })).body).toMatchObject({
        code: 10010,
        message: `msg_id: message ${second} is older than the recall window (120 seconds)`,
      });
      expect((await world.as(bob, 'POST', '/message/recall', { conversation_id: alice.userId, msg_id: second })).body.code).toBe(10010);
      expect((await world.as(bob, 'POST', '/message/recall', { conversation_id: alice.userId })).body).toMatchObject({ code: 10002, message: 'msg_id: is required' });
    });

    it("lets group admins recall members' messages at any time, and the app admin through group_id", async () => {
      const [owner, admin, member] = await world.users(3);
      const groupId = await world.group(owner, { members: [member], admins: [admin] });
      const clock = world.server.app.get(Clock);
      const sentAt = new Date('2030-02-01T00:00:00Z');
      jest.spyOn(clock, 'now').mockReturnValue(sentAt);
      const one = await world.text(member, groupId, 'one', 2);
      const two = await world.text(member, groupId, 'two', 2);
      const three = await world.text(admin, groupId, 'three', 2);
      jest.spyOn(clock, 'now').mockReturnValue(new Date(sentAt.getTime() + 3_600_000));
      expect((await world.as(member, 'POST', '/message/recall', { conversation_id: groupId, msg_id: one })).body.code).toBe(10010);
      expect((await world.as(admin, 'POST', '/message/recall', { conversation_id: groupId, msg_id: one })).body.code).toBe(200);
      expect((await world.as(member, 'POST', '/message/recall', { conversation_id: groupId, msg_id: three })).body).toMatchObject({
        code: 10010,
        message: `msg_id: message ${three} was sent by another user; only its sender or the group's admins may recall it`,
      });
      expect((await world.asAdmin('POST', '/message/recall', { conversation_id: groupId, msg_id: two }, { group_id: String(groupId) })).body.code).toBe(200);
      expect((await world.history(member, groupId)).map((message) => message.content)).toEqual(['three']);
    });
  });
});
