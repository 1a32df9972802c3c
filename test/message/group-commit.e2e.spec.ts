import { DuplicateSend, MessageRepository, MessageRow, NewEntry } from '../../src/message/message.repository';
import { pairOf } from '../../src/message/message.service';
import { TestUser } from '../server';
import { MessageWorld } from './fixtures';

/**
 * Group commit (src/message/README.md): entries appended in the same turn of the event loop are
 * stored by one statement, and must come out exactly as if stored one by one.
 */
describe('group commit of sends', () => {
  const world = new MessageWorld();
  let repository: MessageRepository;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;

  beforeAll(async () => {
    await world.start();
    repository = world.server.app.get(MessageRepository);
    [alice, bob, carol] = await world.users(3);
  });
  afterAll(() => world.close());

  function entry(from: number, to: number, content: string, extra: Partial<NewEntry> = {}): NewEntry {
    return {
      appId: world.tenant.appId,
      pair: pairOf(1, from, to),
      chatType: 1,
      fromUserId: from,
      fromDeviceSn: null,
      toId: to,
      contentType: 0,
      content,
      attachment: null,
      config: null,
      ext: null,
      timestamp: Date.now(),
      relatedMid: null,
      isSystem: false,
      clientMid: null,
      transactionId: null,
      counted: true,
      advanceSenderRead: true,
      receiverUserId: to,
      ...extra,
    };
  }

  /** Appends all in one turn, so they meet in one batch; answers each outcome. */
  function appendTogether(entries: NewEntry[]): Promise<PromiseSettledResult<MessageRow>[]> {
    return Promise.allSettled(entries.map((item) => repository.append(item)));
  }

  const rowsOf = (msgIds: number[]) =>
    world.server.sql(`SELECT msg_id, conversation_id, seq, count_at, content, xmin::text AS tx FROM messages WHERE msg_id = ANY($1::bigint[]) ORDER BY msg_id`, [msgIds]);
  const conversation = async (a: number, b: number) => (await world.server.sql(`SELECT id, last_seq, last_count FROM message_conversations WHERE app_id = $1 AND type = 1 AND low_id = $2 AND high_id = $3`, [world.tenant.appId, Math.min(a, b), Math.max(a, b)]))[0];
  const readSeq = async (userId: number, conversationId: number) =>
    (await world.server.sql(`SELECT read_seq FROM message_conversation_states WHERE user_id = $1 AND conversation_id = $2`, [userId, conversationId]))[0]?.read_seq;

  it('stores one turn of sends in one transaction, each conversation in the order given, with the states one-by-one storing leaves', async () => {
    const sends = [
      entry(alice.userId, bob.userId, 'a1'),
      entry(bob.userId, alice.userId, 'b1'),
      entry(alice.userId, carol.userId, 'c1'),
      entry(alice.userId, bob.userId, 'a2'),
      entry(alice.userId, carol.userId, 'c2', { counted: false, advanceSenderRead: false }),
      entry(alice.userId, bob.userId, 'a3'),
    ];
    const outcomes = await appendTogether(sends);
    const rows = outcomes.map((outcome) => (outcome as PromiseFulfilledResult<MessageRow>).value);
    expect(rows.map((row) => row.content)).toEqual(sends.map((send) => send.content));
    const stored = await rowsOf(rows.map((row) => row.msgId));
    expect(new Set(stored.map((row: { tx: string }) => row.tx)).size).toBe(1);
    const withBob = await conversation(alice.userId, bob.userId);
    const withCarol = await conversation(alice.userId, carol.userId);
    // Positions follow the order given; message ids grow with them (history pages by msg id).
    expect(stored.filter((row: { conversation_id: number }) => row.conversation_id === withBob.id).map((row: { content: string; seq: number; count_at: number }) => [row.content, row.seq, row.count_at])).toEqual([
      ['a1', 1, 1],
      ['b1', 2, 2],
      ['a2', 3, 3],
      ['a3', 4, 4],
    ]);
    expect(stored.filter((row: { conversation_id: number }) => row.conversation_id === withCarol.id).map((row: { content: string; seq: number; count_at: number }) => [row.content, row.seq, row.count_at])).toEqual([
      ['c1', 1, 1],
      ['c2', 2, 1],
    ]);
    expect(withBob).toMatchObject({ last_seq: 4, last_count: 4 });
    expect(withCarol).toMatchObject({ last_seq: 2, last_count: 1 });
    expect(await readSeq(alice.userId, withBob.id)).toBe(4);
    expect(await readSeq(bob.userId, withBob.id)).toBe(2);
    expect(await readSeq(alice.userId, withCarol.id)).toBe(1);
    expect(await readSeq(carol.userId, withCarol.id)).toBe(0);
    expect(await world.unread(bob)).toEqual({ [alice.userId]: 2 });
  });

  it("moves a sending device's sync position over the leading run of its own entries only", async () => {
    const [dave, erin] = await world.users(2);
    const [first] = await appendTogether([entry(dave.userId, erin.userId, 'start')]);
    const conversationId = (first as PromiseFulfilledResult<MessageRow>).value.conversationKey;
    await repository.ensureSyncDevice(world.tenant.appId, dave.userId, 7);
    await repository.advanceDevicePosition(world.tenant.appId, dave.userId, 7, conversationId, 1);
    const fromDevice = { fromDeviceSn: 7 };
    await appendTogether([
      entry(dave.userId, erin.userId, 'd1', fromDevice),
      entry(dave.userId, erin.userId, 'd2', fromDevice),
      entry(erin.userId, dave.userId, 'e1'),
      entry(dave.userId, erin.userId, 'd3', fromDevice),
    ]);
    const [position] = await world.server.sql(`SELECT seq FROM message_device_positions WHERE user_id = $1 AND device_sn = 7 AND conversation_id = $2`, [dave.userId, conversationId]);
    expect(position.seq).toBe(3);
  });

  it('answers a resend with the first message, in the same batch or after it, and stores its neighbours', async () => {
    const [dave, erin] = await world.users(2);
    const [earlier] = await appendTogether([entry(dave.userId, erin.userId, 'first x', { transactionId: 'x' })]);
    const firstX = (earlier as PromiseFulfilledResult<MessageRow>).value;
    const outcomes = await appendTogether([
      entry(dave.userId, erin.userId, 'new 1'),
      entry(dave.userId, erin.userId, 'first x', { transactionId: 'x' }),
      entry(dave.userId, erin.userId, 'first y', { transactionId: 'y' }),
      entry(dave.userId, erin.userId, 'first y', { transactionId: 'y' }),
      entry(dave.userId, erin.userId, 'new 2'),
    ]);
    const [new1, resendX, firstY, resendY, new2] = outcomes;
    expect(new1.status).toBe('fulfilled');
    expect(new2.status).toBe('fulfilled');
    expect(firstY.status).toBe('fulfilled');
    expect((resendX as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateSend);
    expect(((resendX as PromiseRejectedResult).reason as DuplicateSend).existing.msgId).toBe(firstX.msgId);
    expect(((resendY as PromiseRejectedResult).reason as DuplicateSend).existing.msgId).toBe((firstY as PromiseFulfilledResult<MessageRow>).value.msgId);
    const stored = await world.server.sql(`SELECT content FROM messages WHERE conversation_id = $1 ORDER BY seq`, [firstX.conversationKey]);
    expect(stored.map((row: { content: string }) => row.content)).toEqual(['first x', 'new 1', 'first y', 'new 2']);
    expect((await conversation(dave.userId, erin.userId)).last_seq).toBe(4);
  });

  it('fails only the entry that cannot be stored: its neighbours are stored, in order, with no position used up', async () => {
    const [dave, erin] = await world.users(2);
    const outcomes = await appendTogether([
      entry(dave.userId, erin.userId, 'kept 1'),
      // No such user: its receiver state row breaks a foreign key, so the batch fails and is stored one by one.
      entry(dave.userId, 9_007_199_254_740, 'refused'),
      entry(dave.userId, erin.userId, 'kept 2'),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const kept = outcomes.filter((outcome) => outcome.status === 'fulfilled').map((outcome) => (outcome as PromiseFulfilledResult<MessageRow>).value);
    expect(kept.map((row) => [row.content, row.seq])).toEqual([
      ['kept 1', 1],
      ['kept 2', 2],
    ]);
    expect((await conversation(dave.userId, erin.userId)).last_seq).toBe(2);
  });

  it('answers concurrent REST sends each with its own stored message, all in one stream without gaps', async () => {
    const [dave, erin] = await world.users(2);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, index) => world.text(dave, erin.userId, `m${index}`)));
    expect(new Set(answers).size).toBe(30);
    const rows = await world.server.sql(`SELECT msg_id, content, seq FROM messages WHERE msg_id = ANY($1::bigint[]) ORDER BY seq`, [answers]);
    expect(rows.map((row: { seq: number }) => row.seq)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
    for (const [index, msgId] of answers.entries()) expect(rows.find((row: { msg_id: number }) => row.msg_id === msgId).content).toBe(`m${index}`);
    expect((await world.history(erin, dave.userId)).length).toBe(30);
  });
});
