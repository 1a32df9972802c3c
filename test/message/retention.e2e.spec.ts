import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Clock } from '../../src/common/clock';
import { APP_CONFIG, AppConfig, loadConfig } from '../../src/common/config/config';
import { FileReferenceService } from '../../src/file/file-reference.service';
import { MessageRetentionService, RETENTION_SCHEDULER_ID, RETENTION_SWEEP_EVERY_MS } from '../../src/message/message-retention.service';
import { MESSAGE_BROADCAST_QUEUE, RETENTION_SWEEP_JOB } from '../../src/message/message.queue';
import { ChatType } from '../../src/message/message.types';
import { fileTestConfig, sendUpload, UploadAnswer } from '../file/fixtures';
import { TestUser } from '../server';
import { MessageWorld } from './fixtures';

const DAY = 86_400_000;

describe('MESSAGE_RETENTION_DAYS: the retention sweep', () => {
  const world = new MessageWorld();
  let retention: MessageRetentionService;
  const app = () => world.tenant.appId;

  beforeAll(async () => {
    await world.start({ ...fileTestConfig(), messages: { ...loadConfig({}).messages, retentionDays: 30 } });
    retention = world.server.app.get(MessageRetentionService);
  });
  afterAll(() => world.close());
  afterEach(() => jest.restoreAllMocks());

  /** Sends through the service as if `daysAgo` days ago (the Clock stubbed); answers the msg_id. */
  async function sendAt(daysAgo: number, from: TestUser, to: number, content: string, chatType: ChatType = 1, attachment?: string): Promise<number> {
    const clock = world.server.app.get(Clock);
    const now = Date.now();
    const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(now - daysAgo * DAY));
    try {
      const sent = await world.service.send({ appId: app(), userId: from.userId, deviceSn: null }, { chatType, toId: to, contentType: 0, content, attachment });
      return sent.msgId;
    } finally {
      spy.mockRestore();
    }
  }

  const remaining = async (msgIds: number[]) =>
    (await world.server.sql(`SELECT msg_id FROM messages WHERE msg_id = ANY($1::bigint[]) ORDER BY msg_id`, [msgIds])).map((row) => row.msg_id);

  it('keeps the hourly sweep scheduled on the message queue', async () => {
    const queue = world.server.app.get<Queue>(getQueueToken(MESSAGE_BROADCAST_QUEUE));
    expect(await queue.getJobSchedulers()).toEqual([expect.objectContaining({ key: RETENTION_SCHEDULER_ID, name: RETENTION_SWEEP_JOB, every: RETENTION_SWEEP_EVERY_MS })]);
  });

  it('deletes 1:1 messages older than the period; unread counts, history and device positions past them stay right', async () => {
    const [alice, bob] = await world.users(2);
    // Bob's device registers first, so it has everything to sync.
    expect(await world.service.unreadFor(app(), bob.userId, 1)).toEqual([]);
    const old = [await sendAt(40, alice, bob.userId, 'old 1'), await sendAt(35, alice, bob.userId, 'old 2'), await sendAt(31, alice, bob.userId, 'old 3')];
    // The device reads a first page of the old messages but has not confirmed it when the sweep runs.
    const firstPage = await world.service.pull(app(), bob.userId, 1, 1, alice.userId, 0, 2);
    expect(firstPage.messages.map((message) => message.content)).toEqual(['old 1', 'old 2']);
    const recent = [await sendAt(29, alice, bob.userId, 'inside the period'), await world.text(alice, bob.userId, 'today')];
    expect(await world.unread(bob)).toEqual({ [alice.userId]: 5 });

    expect(await retention.sweep()).toBe(3);
    expect(await remaining([...old, ...recent])).toEqual(recent);
    expect(await world.unread(bob)).toEqual({ [alice.userId]: 2 });
    expect(await world.unread(alice)).toEqual({});
    expect((await world.history(bob, alice.userId)).map((message) => message.content)).toEqual(['inside the period', 'today']);
    expect(await world.service.unreadFor(app(), bob.userId, 1)).toEqual([{ chatType: 1, conversationId: alice.userId, count: 2 }]);
    // Confirming the page whose entries are gone still works and moves on to what is left.
    const next = await world.service.pull(app(), bob.userId, 1, 1, alice.userId, firstPage.nextKey, 100);
    expect(next.messages.map((message) => message.content)).toEqual(['inside the period', 'today']);
    expect((await world.service.pull(app(), bob.userId, 1, 1, alice.userId, next.nextKey, 100)).messages).toEqual([]);
    expect(await world.service.unreadFor(app(), bob.userId, 1)).toEqual([]);
    // Reading moves on from there, never below zero; a second sweep finds nothing.
    await world.ok(bob, 'GET', `/message/ack?conversation_id=${alice.userId}&msg_id=${recent[0]}`);
    expect(await world.unread(bob)).toEqual({ [alice.userId]: 1 });
    expect(await retention.sweep()).toBe(0);
    const [conversation] = await world.server.sql(
      `SELECT purged_seq::int AS "purgedSeq", purged_count::int AS "purgedCount", last_seq::int AS "lastSeq" FROM message_conversations WHERE app_id = $1 AND type = 1 AND low_id = $2 AND high_id = $3`,
      [app(), Math.min(alice.userId, bob.userId), Math.max(alice.userId, bob.userId)],
    );
    // Five messages and Bob's READ_ACK entry; the first three are gone.
    expect(conversation).toEqual({ purgedSeq: 3, purgedCount: 3, lastSeq: 6 });
  });

  it('deletes in batches, oldest first, stopping at the first entry inside the period', async () => {
    const [alice, bob] = await world.users(2);
    const old: number[] = [];
    for (let index = 0; index < 7; index++) old.push(await sendAt(60 - index, alice, bob.userId, `old ${index}`));
    const kept = await sendAt(1, alice, bob.userId, 'recent');
    // An entry stamped older but behind a newer one waits for the newer one's turn: the stream keeps a suffix.
    const behind = await sendAt(45, alice, bob.userId, 'late clock');
    expect(await retention.sweep(3)).toBe(7);
    expect(await remaining([...old, kept, behind])).toEqual([kept, behind]);
    expect(await world.unread(bob)).toEqual({ [alice.userId]: 2 });
  });

  it('reads group timelines the same way: members count only what is left', async () => {
    const [owner, member] = await world.users(2);
    const groupId = await world.group(owner, { members: [member] });
    const old = [await sendAt(50, owner, groupId, 'old a', 2), await sendAt(40, owner, groupId, 'old b', 2)];
    const recent = await world.text(owner, groupId, 'fresh', 2);
    expect(await world.unread(member)).toEqual({ [groupId]: 3 });
    expect(await retention.sweep()).toBe(2);
    expect(await remaining([...old, recent])).toEqual([recent]);
    expect(await world.unread(member)).toEqual({ [groupId]: 1 });
    expect(await world.unread(owner)).toEqual({});
    expect(await world.service.unreadFor(app(), member.userId, 1)).toEqual([{ chatType: 2, conversationId: groupId, count: 1 }]);
    expect((await world.history(member, groupId)).map((message) => message.content)).toEqual(['fresh']);
  });

  it('releases the files the deleted messages held', async () => {
    const [alice, bob] = await world.users(2);
    const upload: UploadAnswer = (await world.as(alice, 'GET', `/file/upload/chat?file_type=100&to_id=${bob.userId}`)).body.data;
    expect((await sendUpload(world.server, upload, Buffer.alloc(64, 7))).status).toBeLessThan(300);
    const msgId = await sendAt(31, alice, bob.userId, 'a file', 1, JSON.stringify({ url: upload.download_url }));
    const references = world.server.app.get(FileReferenceService);
    const [object] = await world.server.sql(`SELECT object_key FROM file_objects WHERE app_id = $1`, [app()]);
    expect(await references.referrersOf(app(), object.object_key)).toEqual([`message:${msgId}`]);
    expect(await retention.sweep()).toBe(1);
    expect(await references.referrersOf(app(), object.object_key)).toEqual([]);
    expect(await world.server.sql(`SELECT 1 FROM file_objects WHERE app_id = $1 AND object_key = $2`, [app(), object.object_key])).toEqual([]);
  });

  it('deletes nothing with MESSAGE_RETENTION_DAYS 0', async () => {
    const [alice, bob] = await world.users(2);
    const old = await sendAt(400, alice, bob.userId, 'ancient');
    const config = world.server.app.get<AppConfig>(APP_CONFIG);
    const days = config.messages.retentionDays;
    config.messages.retentionDays = 0;
    try {
      expect(await retention.sweep()).toBe(0);
    } finally {
      config.messages.retentionDays = days;
    }
    expect(await remaining([old])).toEqual([old]);
  });
});
