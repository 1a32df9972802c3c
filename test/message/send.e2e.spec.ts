import { RosterService } from '../../src/roster/roster.service';
import { TestUser } from '../server';
import { MessageWorld } from './fixtures';

describe('POST /message/send and /message/notify', () => {
  const world = new MessageWorld();
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    await world.start();
    [alice, bob] = await world.users(2);
  });
  afterAll(() => world.close());

  const send = (user: TestUser, body: Record<string, unknown>, method: 'POST' | 'PUT' = 'POST') => world.as(user, method, '/message/send', body);
  const text = (to: number, extra: Record<string, unknown> = {}) => ({ type: 1, targets: [to], content_type: 0, content: 'hello', ...extra });

  it('stores a 1:1 message once and answers its id at the top level (POST and PUT)', async () => {
    for (const method of ['POST', 'PUT'] as const) {
      const response = await send(alice, text(bob.userId, { content: `via ${method}`, ext: '{"k":1}', config: 'c', attachment: '{"url":"https://cdn.example/a.png"}' }), method);
      expect(response.body).toEqual({ code: 200, message: null, data: true, msg_ids: [expect.any(Number)] });
      const [row] = await world.server.sql(`SELECT from_user_id, to_id, chat_type, content, ext, config, attachment FROM messages WHERE msg_id = $1`, [response.body.msg_ids![0]]);
      expect(row).toEqual({ from_user_id: alice.userId, to_id: bob.userId, chat_type: 1, content: `via ${method}`, ext: '{"k":1}', config: 'c', attachment: '{"url":"https://cdn.example/a.png"}' });
    }
    const seenByBob = await world.history(bob, alice.userId);
    expect(seenByBob.map((message) => message.content)).toEqual(['via POST', 'via PUT']);
    expect(seenByBob[0]).toEqual(
      expect.objectContaining({ from_xid: { uid: alice.userId, device_sn: 0 }, to_xid: { uid: bob.userId, device_sn: 0 }, ctype: 'TEXT', ext: '{"k":1}' }),
    );
  });

  it('answers no msg_ids for several receivers, and sends to each', async () => {
    const [carol, dave] = await world.users(2);
    const response = await send(alice, { type: 1, targets: [carol.userId, dave.userId], content_type: 0, content: 'to both' });
    expect(response.body).toEqual({ code: 200, message: null, data: true });
    expect((await world.history(carol, alice.userId)).map((message) => message.content)).toEqual(['to both']);
    expect((await world.history(dave, alice.userId)).map((message) => message.content)).toEqual(['to both']);
  });

  it('lets an admin token name the sender with from_user_id, or act through the user_id header', async () => {
    const named = await world.asAdmin('POST', '/message/send', text(bob.userId, { from_user_id: alice.userId, content: 'from admin' }));
    expect(named.body.code).toBe(200);
    const header = await world.asAdmin('POST', '/message/send', text(bob.userId, { content: 'as alice' }), { user_id: String(alice.userId) });
    expect(header.body.code).toBe(200);
    const rows = await world.server.sql(`SELECT from_user_id, from_device_sn FROM messages WHERE msg_id = ANY($1::bigint[])`, [[named.body.msg_ids![0], header.body.msg_ids![0]]]);
    expect(rows).toEqual([
      { from_user_id: alice.userId, from_device_sn: null },
      { from_user_id: alice.userId, from_device_sn: null },
    ]);
    const missing = await world.asAdmin('POST', '/message/send', text(bob.userId));
    expect(missing.body).toMatchObject({ code: 10002, message: 'from_user_id: required with an admin token (or send the user_id header): it names the sender' });
  });

  it('refuses a user token naming another sender, impersonation headers with a user token, and other apps', async () => {
    expect((await send(alice, text(bob.userId, { from_user_id: bob.userId }))).body.code).toBe(10010);
    expect((await send(alice, text(bob.userId, { from_user_id: alice.userId }))).body.code).toBe(200);
    const withHeader = await world.server.request({ method: 'POST', url: '/message/send', appId: world.tenant.appId, token: alice.token, headers: { user_id: String(bob.userId) }, body: text(bob.userId) });
    expect(withHeader.body.code).toBe(10010);
    const other = await world.server.request({ method: 'POST', url: '/message/send', appId: world.tenant.appId, body: text(bob.userId) });
    expect(other.body.code).toBe(10003);
  });

  it('refuses a receiver of another app or nobody (10000) and a disabled sender (admin naming it)', async () => {
    expect((await send(alice, text(99_999_999))).body).toMatchObject({ code: 10000, message: 'user 99999999 does not exist in this app' });
    const disabled = await world.user();
    await world.asAdmin('PUT', '/user/disable', { list: [disabled.userId] });
    const response = await world.asAdmin('POST', '/message/send', text(bob.userId, { from_user_id: disabled.userId }));
    expect(response.body.code).toBe(10013);
    expect((await send(disabled, text(bob.userId))).body.code).toBe(402);
  });

  it('refuses a sender the receiver blocked (10006), and strangers when the app refuses them (10010)', async () => {
    const [sender, blocker] = await world.users(2);
    await world.ok(blocker, 'POST', `/roster/block?user_id=${sender.userId}`);
    expect((await send(sender, text(blocker.userId))).body).toMatchObject({ code: 10006, message: `user ${blocker.userId} has blocked you` });
    expect((await send(blocker, text(sender.userId))).body.code).toBe(200);
    const roster = world.server.app.get(RosterService);
    await roster.setStrangerMessages(world.tenant.appId, false);
    try {
      const [stranger, other] = await world.users(2);
      expect((await send(stranger, text(other.userId))).body).toMatchObject({
        code: 10010,
        message: `user ${other.userId} is not your friend and this app does not allow messages between strangers`,
      });
      expect((await send(stranger, text(stranger.userId, { content: 'note to self' }))).body.code).toBe(200);
    } finally {
      await roster.setStrangerMessages(world.tenant.appId, true);
    }
  });

  it('applies the group rules: not a member 20002, banned member, ban-all (admins still send), destroyed group 20001', async () => {
    const [owner, member, admin, outsider] = await world.users(4);
    const groupId = await world.group(owner, { members: [member], admins: [admin] });
    const group = (user: TestUser, content = 'hi') => send(user, { type: 2, targets: [groupId], content_type: 0, content });
    expect((await group(member)).body.code).toBe(200);
    expect((await group(outsider)).body.code).toBe(20002);
    await world.ok(owner, 'POST', '/group/ban', { group_id: groupId, user_list: [member.userId], duration: 10 });
    expect((await group(member)).body.code).toBe(10010);
    await world.ok(owner, 'POST', '/group/unban', { group_id: groupId, user_list: [member.userId] });
    expect((await group(member)).body.code).toBe(200);
    await world.ok(owner, 'POST', '/group/settings/ban_all', { group_id: groupId, duration: -1 });
    expect((await group(member)).body.code).toBe(20012);
    expect((await group(admin)).body.code).toBe(200);
    expect((await group(owner)).body.code).toBe(200);
    await world.ok(owner, 'POST', `/group/destroy?group_id=${groupId}`);
    expect((await group(owner)).body.code).toBe(20001);
    expect((await send(alice, { type: 2, targets: [1_999_999_999], content_type: 0, content: 'x' })).body.code).toBe(20001);
  });

  it('checks every target before sending to any', async () => {
    const [sender, fine] = await world.users(2);
    const before = await world.messageRows();
    const response = await send(sender, { type: 1, targets: [fine.userId, 99_999_998], content_type: 0, content: 'x' });
    expect(response.body.code).toBe(10000);
    expect(await world.messageRows()).toBe(before);
  });

  it('refuses bad input with the field and the reason', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ targets: [bob.userId], content_type: 0, content: 'x' }, 'type: is required'],
      [{ type: 3, targets: [bob.userId], content_type: 0, content: 'x' }, 'type: must be 1 (users) or 2 (groups)'],
      [{ type: 1, targets: [], content_type: 0, content: 'x' }, 'targets: name at least one receiver'],
      [{ type: 1, targets: 'x', content_type: 0, content: 'x' }, 'targets: must be an array of ids'],
      [{ type: 1, targets: [0], content_type: 0, content: 'x' }, 'targets: must hold positive ids'],
      [{ type: 1, targets: [bob.userId], content_type: 13, content: 'x' }, 'content_type: must be an integer from 0 to 12'],
      [{ type: 1, targets: [bob.userId], content_type: 0 }, 'content: is required'],
      [{ type: 1, targets: [bob.userId], content_type: 0, content: 5 }, 'content: must be a string'],
      [{ type: 1, targets: [bob.userId], content_type: 0, content: 'x', online_only: 'yes' }, 'online_only: must be true or false'],
      [{ type: 1, targets: [bob.userId], content_type: 0, content: 'x', transaction_id: 1.5 }, 'transaction_id: must be an integer'],
      [{ type: 1, targets: [bob.userId], content_type: 0, content: 'x', set_content: true }, 'set_content: unknown field; remove it'],
      [{ type: 1, targets: [bob.userId], content_type: 10, content: '' }, 'related_mid: required for content_type 10 (it names the message operated on)'],
      [{ type: 1, targets: [bob.userId, alice.userId], content_type: 10, content: '', related_mid: 1 }, 'targets: an operation (content_type 9-12) names exactly one conversation'],
    ];
    for (const [body, message] of cases) {
      expect((await send(alice, body)).body).toMatchObject({ code: 10002, message });
    }
    const tooLong = await send(alice, text(bob.userId, { content: 'x'.repeat(65_537) }));
    expect(tooLong.body).toMatchObject({ code: 10002, message: 'content: must be at most 65536 characters' });
  });

  it('is idempotent per transaction_id: the same id returns the first msg_id and stores one row', async () => {
    const [sender, receiver] = await world.users(2);
    const first = await send(sender, text(receiver.userId, { transaction_id: 42, content: 'once' }));
    const again = await send(sender, text(receiver.userId, { transaction_id: 42, content: 'once' }));
    expect(again.body.msg_ids).toEqual(first.body.msg_ids);
    const other = await send(sender, text(receiver.userId, { transaction_id: 43, content: 'twice' }));
    expect(other.body.msg_ids).not.toEqual(first.body.msg_ids);
    expect((await world.history(receiver, sender.userId)).map((message) => message.content)).toEqual(['once', 'twice']);
    expect(await world.unread(receiver)).toEqual({ [sender.userId]: 2 });
  });

  it('answers 1,000 concurrent retries of one transaction_id with one msg_id and one stored row', async () => {
    const [sender, receiver] = await world.users(2);
    const retries = await Promise.all(Array.from({ length: 1000 }, () => send(sender, text(receiver.userId, { transaction_id: 777 }))));
    const ids = new Set(retries.map((response) => (response.body.code === 200 ? response.body.msg_ids![0] : response.body.code)));
    expect([...ids]).toHaveLength(1);
    expect([...ids][0]).toBeGreaterThan(0);
    const rows = await world.server.sql(`SELECT count(*)::int AS n FROM messages WHERE from_user_id = $1`, [sender.userId]);
    expect(rows[0].n).toBe(1);
    const [conversation] = await world.server.sql(`SELECT last_seq FROM message_conversations WHERE app_id = $1 AND type = 1 AND low_id = $2 AND high_id = $3`, [
      world.tenant.appId,
      Math.min(sender.userId, receiver.userId),
      Math.max(sender.userId, receiver.userId),
    ]);
    expect(conversation.last_seq).toBe(1);
  }, 60_000);

  it('online_only delivers to live sessions only and stores nothing', async () => {
    const [sender, receiver] = await world.users(2);
    const heard: unknown[] = [];
    const unsubscribe = world.service.onStored((event) => heard.push(event));
    const before = await world.messageRows();
    const response = await send(sender, text(receiver.userId, { online_only: true, content: 'live only' }));
    unsubscribe();
    expect(response.body.code).toBe(200);
    expect(await world.messageRows()).toBe(before);
    expect(heard).toEqual([expect.objectContaining({ transient: true, recipientUserIds: [receiver.userId], message: expect.objectContaining({ content: 'live only' }) })]);
    expect(await world.history(receiver, sender.userId)).toEqual([]);
  });

  it('notify: an admin sends system notices, from from_user_id or the system sender 0; users may not', async () => {
    const receiver = await world.user();
    const fromSystem = await world.asAdmin('POST', '/message/notify', text(receiver.userId, { content: 'system says' }));
    expect(fromSystem.body).toEqual({ code: 200, message: null, data: true, msg_ids: [expect.any(Number)] });
    const fromAlice = await world.asAdmin('PUT', '/message/notify', text(receiver.userId, { content: 'alice says', from_user_id: alice.userId }));
    expect(fromAlice.body.code).toBe(200);
    const rows = await world.server.sql(`SELECT from_user_id, is_system, content FROM messages WHERE to_id = $1 ORDER BY msg_id`, [receiver.userId]);
    expect(rows).toEqual([
      { from_user_id: 0, is_system: true, content: 'system says' },
      { from_user_id: alice.userId, is_system: true, content: 'alice says' },
    ]);
    expect((await world.history(receiver, 0)).map((message) => message.content)).toEqual(['system says']);
    expect((await world.as(alice, 'POST', '/message/notify', text(receiver.userId))).body.code).toBe(10010);
    // Refused for who is calling before anything is said about the body.
    for (const path of ['/message/notify', '/message/broadcast']) {
      expect((await world.as(alice, 'POST', path, { type: 'nonsense' })).body).toEqual({
        code: 10010,
        message: 'this operation needs the app admin access-token',
        data: null,
      });
    }
    const group = await world.group(alice, { members: [receiver] });
    const toGroup = await world.asAdmin('POST', '/message/notify', { type: 2, targets: [group], content_type: 0, content: 'group notice' });
    expect(toGroup.body.code).toBe(200);
    expect((await world.history(receiver, group)).map((message) => message.content)).toEqual(['group notice']);
  });

  it('/ai/message/send stores like a send and lists the stored message; the reply grows by APPEND and REPLACE', async () => {
    const [human, bot] = await world.users(2);
    for (const method of ['POST', 'PUT'] as const) {
      const response = await world.as(human, method, '/ai/message/send', text(bot.userId, { content: `question ${method}` }));
      expect(response.body).toEqual({
        code: 200,
        message: null,
        data: { message_quota_usage: 0, messages: [expect.objectContaining({ content: `question ${method}`, type: 'CHAT', from_xid: { uid: human.userId, device_sn: 0 } })] },
      });
    }
    const reply = await world.text(bot, human.userId, 'The ans');
    expect((await send(bot, { type: 1, targets: [human.userId], content_type: 11, content: 'wer is 42', related_mid: reply })).body.code).toBe(200);
    expect((await world.history(human, bot.userId)).map((message) => message.content)).toEqual(['question POST', 'question PUT', 'The answer is 42']);
    expect((await send(bot, { type: 1, targets: [human.userId], content_type: 12, content: 'Replaced', related_mid: reply })).body.code).toBe(200);
    const [edited] = await world.server.sql(`SELECT content, edit_timestamp FROM messages WHERE msg_id = $1`, [reply]);
    expect(edited).toEqual({ content: 'Replaced', edit_timestamp: expect.any(Number) });
    expect((await send(human, { type: 1, targets: [bot.userId], content_type: 11, content: 'x', related_mid: reply })).body.code).toBe(10010);
    expect(await world.unread(human)).toEqual({ [bot.userId]: 1 });
  });
});
