import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { GroupStatus } from '../group/group.entity';
import { GroupCommit } from './group-commit';
import { ChatType, HISTORY_CONTENT_TYPE_MAX, MessageStatus } from './message.types';

/** A stream entry as read from the database; the service adds the viewer's conversation id. */
export interface MessageRow {
  msgId: number;
  appId: string;
  chatType: ChatType;
  fromUserId: number;
  fromDeviceSn: number | null;
  toId: number;
  conversationKey: number;
  seq: number;
  contentType: number;
  content: string;
  attachment: string | null;
  config: string | null;
  ext: string | null;
  timestamp: number;
  status: MessageStatus;
  editTimestamp: number | null;
  relatedMid: number | null;
  isSystem: boolean;
}

const ROW = `m.msg_id AS "msgId", m.app_id AS "appId", m.chat_type AS "chatType", m.from_user_id AS "fromUserId",
  m.from_device_sn AS "fromDeviceSn", m.to_id AS "toId", m.conversation_id AS "conversationKey", m.seq,
  m.content_type AS "contentType", m.content, m.attachment, m.config, m.ext, m.timestamp, m.status,
  m.edit_timestamp AS "editTimestamp", m.related_mid AS "relatedMid", m.is_system AS "isSystem"`;

/** A conversation row: one per 1:1 pair (low_id < or = high_id) or per group (group id, 0). */
export interface ConversationPair {
  type: ChatType;
  lowId: number;
  highId: number;
}

export interface ConversationRow {
  id: number;
  lastSeq: number;
  lastCount: number;
}

/** What findReadable answers; the group fields are false for 1:1 pairs. */
export interface ReadableConversation {
  groupExists: boolean;
  member: boolean;
  deviceRegistered: boolean;
  conversation: ConversationRow | null;
}

/** One user's state in one conversation, in stream positions. */
export interface ConversationState {
  readSeq: number;
  clearedSeq: number;
  joinedSeq: number;
}

export interface NewEntry {
  appId: string;
  pair: ConversationPair;
  chatType: ChatType;
  fromUserId: number;
  fromDeviceSn: number | null;
  toId: number;
  contentType: number;
  content: string;
  attachment: string | null;
  config: string | null;
  ext: string | null;
  timestamp: number;
  relatedMid: number | null;
  isSystem: boolean;
  clientMid: number | null;
  transactionId: string | null;
  /** Counts toward unread numbers (messages do; operations do not). */
  counted: boolean;
  /** The sender's read position moves to this entry (its own messages; not operations, not the system sender 0). */
  advanceSenderRead: boolean;
  /** For 1:1: the receiving user, whose state row is created on the first message. */
  receiverUserId: number | null;
}

/** A change to an earlier message made in the same transaction as the operation entry that announces it. */
export type EntryEffect =
  | { kind: 'recall'; targetMsgId: number }
  | { kind: 'append' | 'replace'; targetMsgId: number; content: string; editTimestamp: number };

/** What identifies a send for resends: the device's client id with the conversation and body, or the transaction id. */
export type SendKey = Pick<NewEntry, 'fromUserId' | 'fromDeviceSn' | 'clientMid' | 'chatType' | 'toId' | 'transactionId' | 'contentType' | 'content' | 'attachment' | 'config' | 'ext'>;

/**
 * SQL of the body fingerprint from five parameters starting at `$first` (content_type, content,
 * attachment, config, ext); the migration fills older rows with the same expression over the columns.
 */
function bodyFingerprint(first: number): string {
  const [contentType, content, attachment, config, ext] = [0, 1, 2, 3, 4].map((offset) => `$${first + offset}`);
  return `md5(json_build_array(${contentType}::smallint, ${content}::text, ${attachment}::text, ${config}::text, ${ext}::text)::text)`;
}

/** The keys of the unique indexes a stored entry takes: two entries of one batch sharing one are a send and its resend. */
function uniqueKeysOf(entry: NewEntry): string[] {
  const keys: string[] = [];
  if (entry.clientMid !== null && entry.fromDeviceSn !== null) {
    const { appId, fromUserId, fromDeviceSn, clientMid, chatType, toId, contentType, content, attachment, config, ext } = entry;
    keys.push(JSON.stringify(['client_mid', appId, fromUserId, fromDeviceSn, clientMid, chatType, toId, contentType, content, attachment, config, ext]));
  }
  if (entry.transactionId !== null) keys.push(JSON.stringify(['transaction', entry.appId, entry.fromUserId, entry.chatType, entry.toId, entry.transactionId]));
  return keys;
}

/**
 * The statement failed in PostgreSQL and was rolled back: the server's own error message (it has a
 * severity and a SQLSTATE: a unique or foreign key violation, a deadlock, the session terminated
 * mid-statement…). A lost connection has none (or a socket code such as ECONNRESET): the statement
 * may have committed without our hearing it.
 */
function refusedByDatabase(error: unknown): boolean {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof severity === 'string' && typeof code === 'string';
}

/** The parameters of insertEntries, and in which order its rows come back (entry indexes by conversation, then position). */
interface BatchPlan {
  parameters: unknown[];
  order: number[];
}

/**
 * Lays a batch out as the column arrays insertEntries unnests: one row per conversation (how many
 * entries and counted entries it gets), one per entry (its conversation and its offsets there), one
 * per (user, conversation) state to write (a sender's last entry; a receiver's row, created only),
 * and one per conversation whose first entries come from a device (how many lead in a row).
 */
function planBatch(entries: NewEntry[]): BatchPlan {
  const conversations = new Map<string, { no: number; pair: ConversationPair; appId: string; members: NewEntry[]; counted: number; oldest: number }>();
  const pairNo: number[] = [];
  const seqOffset: number[] = [];
  const countOffset: number[] = [];
  for (const entry of entries) {
    const key = `${entry.appId}|${entry.pair.type}|${entry.pair.lowId}|${entry.pair.highId}`;
    let conversation = conversations.get(key);
    if (!conversation) {
      conversation = { no: conversations.size + 1, pair: entry.pair, appId: entry.appId, members: [], counted: 0, oldest: entry.timestamp };
      conversations.set(key, conversation);
    }
    conversation.members.push(entry);
    if (entry.counted) conversation.counted++;
    conversation.oldest = Math.min(conversation.oldest, entry.timestamp);
    pairNo.push(conversation.no);
    seqOffset.push(conversation.members.length);
    countOffset.push(conversation.counted);
  }
  const states = new Map<string, { userId: number; pairNo: number; seqOffset: number; chatType: ChatType; peerId: number }>();
  entries.forEach((entry, index) => {
    if (entry.advanceSenderRead) {
      states.set(`${entry.fromUserId}|${pairNo[index]}`, { userId: entry.fromUserId, pairNo: pairNo[index], seqOffset: seqOffset[index], chatType: entry.chatType, peerId: entry.toId });
    }
  });
  entries.forEach((entry, index) => {
    const receiver = entry.receiverUserId !== null && entry.receiverUserId !== entry.fromUserId ? entry.receiverUserId : null;
    const key = `${receiver}|${pairNo[index]}`;
    if (receiver !== null && !states.has(key)) states.set(key, { userId: receiver, pairNo: pairNo[index], seqOffset: 0, chatType: 1, peerId: entry.fromUserId });
  });
  const devices: { userId: number; deviceSn: number; pairNo: number; run: number }[] = [];
  for (const { no, members } of conversations.values()) {
    const [lead] = members;
    if (lead.fromDeviceSn === null) continue;
    const run = members.findIndex((member) => member.fromUserId !== lead.fromUserId || member.fromDeviceSn !== lead.fromDeviceSn);
    devices.push({ userId: lead.fromUserId, deviceSn: lead.fromDeviceSn, pairNo: no, run: run === -1 ? members.length : run });
  }
  const pairs = [...conversations.values()];
  const stateRows = [...states.values()];
  return {
    parameters: [
      pairs.map((pair) => pair.appId),
      pairs.map((pair) => pair.pair.type),
      pairs.map((pair) => pair.pair.lowId),
      pairs.map((pair) => pair.pair.highId),
      pairs.map((pair) => pair.members.length),
      pairs.map((pair) => pair.counted),
      pairs.map((pair) => pair.oldest),
      pairNo,
      seqOffset,
      countOffset,
      entries.map((entry) => entry.chatType),
      entries.map((entry) => entry.fromUserId),
      entries.map((entry) => entry.fromDeviceSn),
      entries.map((entry) => entry.toId),
      entries.map((entry) => entry.contentType),
      entries.map((entry) => entry.content),
      entries.map((entry) => entry.attachment),
      entries.map((entry) => entry.config),
      entries.map((entry) => entry.ext),
      entries.map((entry) => entry.timestamp),
      entries.map((entry) => entry.relatedMid),
      entries.map((entry) => entry.isSystem),
      entries.map((entry) => entry.clientMid),
      entries.map((entry) => entry.transactionId),
      stateRows.map((state) => state.userId),
      stateRows.map((state) => state.pairNo),
      stateRows.map((state) => state.seqOffset),
      stateRows.map((state) => state.chatType),
      stateRows.map((state) => state.peerId),
      devices.map((device) => device.userId),
      devices.map((device) => device.deviceSn),
      devices.map((device) => device.pairNo),
      devices.map((device) => device.run),
    ],
    order: entries.map((_, index) => index).sort((a, b) => pairNo[a] - pairNo[b] || seqOffset[a] - seqOffset[b]),
  };
}

export class DuplicateSend extends Error {
  constructor(readonly existing: MessageRow) {
    super('duplicate send');
  }
}

/** The effect's target changed under the conversation lock (already recalled): nothing was stored. */
export class EffectRefused extends Error {}

/**
 * The user's conversations as `convs` ($1 app, $2 user): 1:1 ones it has a state in, groups it is
 * a member of (live groups only), each with its read position and floor (cleared or joined).
 */
const USER_CONVERSATIONS = `
  WITH convs AS (
    SELECT s.conversation_id, s.chat_type, s.peer_id, s.read_seq, GREATEST(s.cleared_seq, s.joined_seq) AS floor
      FROM message_conversation_states s WHERE s.app_id = $1 AND s.user_id = $2 AND s.chat_type = 1
    UNION ALL
    SELECT c.id, 2, gm.group_id, COALESCE(s.read_seq, 0), GREATEST(COALESCE(s.cleared_seq, 0), COALESCE(s.joined_seq, 0))
      FROM group_members gm
      JOIN groups g ON g.id = gm.group_id AND g.app_id = gm.app_id AND g.status = 0
      JOIN message_conversations c ON c.app_id = gm.app_id AND c.type = 2 AND c.low_id = gm.group_id AND c.high_id = 0
      LEFT JOIN message_conversation_states s ON s.user_id = gm.user_id AND s.conversation_id = c.id
     WHERE gm.app_id = $1 AND gm.user_id = $2
  )`;

export interface UnreadRow {
  chatType: ChatType;
  peerId: number;
  count: number;
}

/** A conversation a device has read to the end: its stream's last seq; no key when a group has no stream yet. */
export interface CaughtUpRow {
  chatType: ChatType;
  peerId: number;
  conversationKey: number | null;
  head: number;
}

export interface ConversationToPurge {
  id: number;
  appId: string;
  oldestTimestamp: number;
}

/** An entry the retention sweep deleted. */
export interface PurgedEntry {
  msgId: number;
  seq: number;
  countAt: number;
  attachment: string | null;
}

/** A member of a live group as a message's audience: whether it receives, and whether it wants a push. */
export interface GroupRecipientRow {
  userId: number;
  msgMuteMode: number;
  msgPushMode: number;
  role: number;
}

/** Messages, conversation positions, read states and device sync positions. Every query names the app. */
@Injectable()
export class MessageRepository {
  private readonly groupCommit = new GroupCommit<NewEntry, MessageRow>(
    (entries) => this.insertEntries(this.dataSource.manager, entries),
    (entry) => this.appendAlone(entry),
    uniqueKeysOf,
    refusedByDatabase,
  );

  constructor(private readonly dataSource: DataSource) {}

  /** A fresh message id for a message that is delivered but not stored (transient sends). */
  async nextMessageId(): Promise<number> {
    const rows: { id: number }[] = await this.dataSource.query(`SELECT nextval('messages_id_seq') AS id`);
    return rows[0].id;
  }

  /** Status (0 normal, 1 disabled) of the users among `userIds` that belong to the app. */
  async userStatuses(appId: string, userIds: number[]): Promise<Map<number, number>> {
    const rows: { id: number; status: number }[] = await this.dataSource.query(`SELECT id, status FROM users WHERE app_id = $1 AND id = ANY($2::bigint[])`, [
      appId,
      userIds,
    ]);
    return new Map(rows.map((row) => [row.id, row.status]));
  }

  async findConversation(appId: string, pair: ConversationPair): Promise<ConversationRow | null> {
    const rows: ConversationRow[] = await this.dataSource.query(
      `SELECT id, last_seq AS "lastSeq", last_count AS "lastCount" FROM message_conversations WHERE app_id = $1 AND type = $2 AND low_id = $3 AND high_id = $4`,
      [appId, pair.type, pair.lowId, pair.highId],
    );
    return rows[0] ?? null;
  }

  /**
   * What a pull checks before every page, in one round trip: for a group, whether the live group
   * exists and `userId` is a member; whether the device is registered for sync (never, for a null
   * `deviceSn`); and the conversation, null when nothing was ever stored in it.
   */
  async findReadable(appId: string, userId: number, deviceSn: number | null, pair: ConversationPair): Promise<ReadableConversation> {
    const [row]: ({ id: number | null } & Omit<ReadableConversation, 'conversation'> & Omit<ConversationRow, 'id'>)[] = await this.dataSource.query(
      `SELECT g.id IS NOT NULL AS "groupExists",
              $2 = 2 AND EXISTS (SELECT 1 FROM group_members gm WHERE gm.app_id = $1 AND gm.group_id = $3 AND gm.user_id = $5) AS member,
              EXISTS (SELECT 1 FROM message_sync_devices d WHERE d.app_id = $1 AND d.user_id = $5 AND d.device_sn = $6) AS "deviceRegistered",
              c.id, c.last_seq AS "lastSeq", c.last_count AS "lastCount"
         FROM (SELECT 1) AS one
         LEFT JOIN groups g ON $2 = 2 AND g.app_id = $1 AND g.id = $3 AND g.status = $7
         LEFT JOIN message_conversations c ON c.app_id = $1 AND c.type = $2 AND c.low_id = $3 AND c.high_id = $4`,
      [appId, pair.type, pair.lowId, pair.highId, userId, deviceSn, GroupStatus.Normal],
    );
    const conversation = row.id === null ? null : { id: row.id, lastSeq: row.lastSeq, lastCount: row.lastCount };
    return { groupExists: row.groupExists, member: row.member, deviceRegistered: row.deviceRegistered, conversation };
  }

  async findState(appId: string, userId: number, conversationId: number): Promise<ConversationState | null> {
    const rows: ConversationState[] = await this.dataSource.query(
      `SELECT read_seq AS "readSeq", cleared_seq AS "clearedSeq", joined_seq AS "joinedSeq"
         FROM message_conversation_states WHERE app_id = $1 AND user_id = $2 AND conversation_id = $3`,
      [appId, userId, conversationId],
    );
    return rows[0] ?? null;
  }

  async findMessage(appId: string, msgId: number): Promise<MessageRow | null> {
    const rows: MessageRow[] = await this.dataSource.query(`SELECT ${ROW} FROM messages m WHERE m.app_id = $1 AND m.msg_id = $2`, [appId, msgId]);
    return rows[0] ?? null;
  }

  /**
   * The earlier send this one repeats: same device, client id, conversation and body (a meta id
   * alone is not unique: MaxIM's web SDK uses Date.now()), or same sender, target and transaction id.
   */
  async findDuplicate(appId: string, key: SendKey, manager: EntityManager = this.dataSource.manager): Promise<MessageRow | null> {
    if (key.clientMid !== null && key.fromDeviceSn !== null) {
      const rows: MessageRow[] = await manager.query(
        `SELECT ${ROW} FROM messages m
          WHERE m.app_id = $1 AND m.from_user_id = $2 AND m.from_device_sn = $3 AND m.client_mid = $4 AND m.chat_type = $5 AND m.to_id = $6
            AND m.client_body_md5 = ${bodyFingerprint(7)}`,
        [appId, key.fromUserId, key.fromDeviceSn, key.clientMid, key.chatType, key.toId, key.contentType, key.content, key.attachment, key.config, key.ext],
      );
      if (rows[0]) return rows[0];
    }
    if (key.transactionId !== null) {
      const rows: MessageRow[] = await manager.query(
        `SELECT ${ROW} FROM messages m
          WHERE m.app_id = $1 AND m.from_user_id = $2 AND m.chat_type = $3 AND m.to_id = $4 AND m.transaction_id = $5`,
        [appId, key.fromUserId, key.chatType, key.toId, key.transactionId],
      );
      if (rows[0]) return rows[0];
    }
    return null;
  }

  /**
   * Appends one entry to its conversation's stream. Without `effect` and `alsoDo` (every plain send)
   * the entry joins the group commit: concurrent entries are stored together by one statement
   * (`insertEntries`), and this answers once that statement committed. `effect` and `alsoDo`
   * (recall/edit targets, file references) need a transaction around the statement; only operations
   * and sends with an attachment URL pay for it. A resend is caught by the unique indexes on
   * (device, client_mid, body) and (sender, target, transaction_id): the statement fails as a whole
   * (no position is used up) and DuplicateSend carries the first message. Throws DuplicateSend or
   * EffectRefused.
   */
  append(entry: NewEntry, effect: EntryEffect | null = null, alsoDo?: (transaction: { manager: EntityManager }, row: MessageRow) => Promise<void>): Promise<MessageRow> {
    if (!effect && !alsoDo) return this.groupCommit.add(entry);
    return this.appendAlone(entry, effect, alsoDo);
  }

  private async appendAlone(
    entry: NewEntry,
    effect: EntryEffect | null = null,
    alsoDo?: (transaction: { manager: EntityManager }, row: MessageRow) => Promise<void>,
  ): Promise<MessageRow> {
    try {
      if (!effect && !alsoDo) return (await this.insertEntries(this.dataSource.manager, [entry]))[0];
      return await this.dataSource.transaction(async (manager) => {
        const [row] = await this.insertEntries(manager, [entry]);
        if (effect) await this.applyEffect(manager, entry.appId, effect);
        if (alsoDo) await alsoDo({ manager }, row);
        return row;
      });
    } catch (error) {
      const constraint = (error as { code?: string; constraint?: string }).code === '23505' ? (error as { constraint?: string }).constraint : undefined;
      if (constraint === 'messages_client_mid_key' || constraint === 'messages_transaction_key') {
        const existing = await this.findDuplicate(entry.appId, entry);
        if (existing) throw new DuplicateSend(existing);
      }
      throw error;
    }
  }

  /**
   * Appends entries to their conversations' streams in ONE statement (no BEGIN/COMMIT round trips),
   * answering their rows in the order given. Each conversation row's upsert moves its position past
   * all of its entries at once and holds the row lock until the statement commits, so a
   * conversation's entries get consecutive positions in the order given, after every earlier
   * commit. The same statement advances each sender's read position to its last entry, creates the
   * 1:1 receivers' state rows, and moves a sending device's sync position over the leading run of
   * its own entries when it had seen everything before (exactly what storing them one by one does).
   * Rows that ON CONFLICT would touch twice are merged here first (PostgreSQL refuses that), and
   * conversation and state rows are locked in key order, so concurrent batches cannot deadlock.
   */
  private async insertEntries(manager: EntityManager, entries: NewEntry[]): Promise<MessageRow[]> {
    const batch = planBatch(entries);
    const rows: MessageRow[] = await manager.query(
      `WITH pairs AS (
         SELECT * FROM unnest($1::text[], $2::smallint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[])
           WITH ORDINALITY AS p(app_id, type, low_id, high_id, entries, counted, oldest, no)
       ), conversation AS (
         INSERT INTO message_conversations AS mc (app_id, type, low_id, high_id, last_seq, last_count, oldest_timestamp)
         SELECT app_id, type, low_id, high_id, entries, counted, oldest FROM pairs ORDER BY app_id, type, low_id, high_id
         ON CONFLICT (app_id, type, low_id, high_id) DO UPDATE
           SET last_seq = mc.last_seq + EXCLUDED.last_seq, last_count = mc.last_count + EXCLUDED.last_count,
               oldest_timestamp = COALESCE(mc.oldest_timestamp, EXCLUDED.oldest_timestamp)
         RETURNING id, app_id, type, low_id, high_id, last_seq, last_count
       ), positioned AS (
         SELECT p.no, c.id, c.app_id, c.last_seq - p.entries AS seq_base, c.last_count - p.counted AS count_base
           FROM pairs p JOIN conversation c ON c.app_id = p.app_id AND c.type = p.type AND c.low_id = p.low_id AND c.high_id = p.high_id
       ), stored AS (
         INSERT INTO messages AS m (app_id, conversation_id, seq, count_at, chat_type, from_user_id, from_device_sn, to_id, content_type,
                                    content, attachment, config, ext, timestamp, related_mid, is_system, client_mid, transaction_id, client_body_md5)
         SELECT c.app_id, c.id, c.seq_base + e.seq_offset, c.count_base + e.count_offset, e.chat_type, e.from_user_id, e.from_device_sn, e.to_id,
                e.content_type, e.content, e.attachment, e.config, e.ext, e.timestamp, e.related_mid, e.is_system, e.client_mid, e.transaction_id,
                CASE WHEN e.client_mid IS NULL THEN NULL ELSE md5(json_build_array(e.content_type, e.content, e.attachment, e.config, e.ext)::text) END
           FROM unnest($8::int[], $9::int[], $10::bigint[], $11::smallint[], $12::bigint[], $13::integer[], $14::bigint[], $15::smallint[],
                       $16::text[], $17::text[], $18::text[], $19::text[], $20::bigint[], $21::bigint[], $22::boolean[], $23::bigint[], $24::text[])
                  AS e(pair_no, seq_offset, count_offset, chat_type, from_user_id, from_device_sn, to_id, content_type,
                       content, attachment, config, ext, timestamp, related_mid, is_system, client_mid, transaction_id)
           JOIN positioned c ON c.no = e.pair_no
          ORDER BY e.pair_no, e.seq_offset
         RETURNING ${ROW}
       ), states AS (
         INSERT INTO message_conversation_states AS s (user_id, conversation_id, app_id, chat_type, peer_id, read_seq)
         SELECT x.user_id, c.id, c.app_id, x.chat_type, x.peer_id, CASE WHEN x.seq_offset = 0 THEN 0 ELSE c.seq_base + x.seq_offset END
           FROM unnest($25::bigint[], $26::int[], $27::int[], $28::smallint[], $29::bigint[]) AS x(user_id, pair_no, seq_offset, chat_type, peer_id)
           JOIN positioned c ON c.no = x.pair_no
          ORDER BY x.user_id, c.id
         ON CONFLICT (user_id, conversation_id) DO UPDATE SET read_seq = EXCLUDED.read_seq WHERE s.read_seq < EXCLUDED.read_seq
       ), sending_device AS (
         UPDATE message_device_positions p SET seq = c.seq_base + d.run
           FROM unnest($30::bigint[], $31::integer[], $32::int[], $33::int[]) AS d(user_id, device_sn, pair_no, run)
           JOIN positioned c ON c.no = d.pair_no
          WHERE p.user_id = d.user_id AND p.device_sn = d.device_sn AND p.conversation_id = c.id AND p.app_id = c.app_id AND p.seq = c.seq_base
       )
       SELECT s.* FROM stored s JOIN positioned c ON c.id = s."conversationKey" ORDER BY c.no, s.seq`,
      batch.parameters,
    );
    const inGivenOrder: MessageRow[] = new Array(entries.length);
    batch.order.forEach((entryIndex, rowIndex) => (inGivenOrder[entryIndex] = rows[rowIndex]));
    return inGivenOrder;
  }

  private async applyEffect(manager: EntityManager, appId: string, effect: EntryEffect): Promise<void> {
    // An UPDATE answers [rows, count] through TypeORM.
    let result: [unknown[], number];
    if (effect.kind === 'recall') {
      result = await manager.query(`UPDATE messages SET status = ${MessageStatus.Recalled} WHERE app_id = $1 AND msg_id = $2 AND status = ${MessageStatus.Normal} RETURNING msg_id`, [
        appId,
        effect.targetMsgId,
      ]);
    } else {
      const content = effect.kind === 'append' ? `content || $3` : `$3`;
      result = await manager.query(
        `UPDATE messages SET content = ${content}, edit_timestamp = $4 WHERE app_id = $1 AND msg_id = $2 AND status = ${MessageStatus.Normal} RETURNING msg_id`,
        [appId, effect.targetMsgId, effect.content, effect.editTimestamp],
      );
    }
    if (result[0].length === 0) throw new EffectRefused();
  }

  /**
   * Group members with their delivery modes and role (the audience of a group message, and what the
   * offline-push hand-off needs, in one read); none when the group is not live.
   */
  async groupRecipients(appId: string, groupId: number): Promise<GroupRecipientRow[]> {
    return this.dataSource.query(
      `SELECT gm.user_id AS "userId", gm.msg_mute_mode AS "msgMuteMode", gm.msg_push_mode AS "msgPushMode", gm.role
         FROM group_members gm
         JOIN groups g ON g.id = gm.group_id AND g.app_id = gm.app_id AND g.status = 0
        WHERE gm.app_id = $1 AND gm.group_id = $2`,
      [appId, groupId],
    );
  }

  /**
   * Where new members' history starts: their read and joined positions are the group's current
   * last position (rejoining moves them; the read position never moves back). Runs in the group's
   * admitting transaction.
   */
  async recordGroupJoins(manager: EntityManager, appId: string, groupId: number, userIds: number[]): Promise<void> {
    if (userIds.length === 0) return;
    await manager.query(
      `INSERT INTO message_conversations (app_id, type, low_id, high_id) VALUES ($1, 2, $2, 0) ON CONFLICT (app_id, type, low_id, high_id) DO NOTHING`,
      [appId, groupId],
    );
    await manager.query(
      `INSERT INTO message_conversation_states (user_id, conversation_id, app_id, chat_type, peer_id, read_seq, joined_seq)
       SELECT u, c.id, $1, 2, $2, c.last_seq, c.last_seq
         FROM message_conversations c, unnest($3::bigint[]) AS u
        WHERE c.app_id = $1 AND c.type = 2 AND c.low_id = $2 AND c.high_id = 0
       ON CONFLICT (user_id, conversation_id) DO UPDATE
         SET joined_seq = EXCLUDED.joined_seq, read_seq = GREATEST(message_conversation_states.read_seq, EXCLUDED.read_seq)`,
      [appId, groupId, userIds],
    );
  }

  /** Moves the user's read position (never past the stream's end); `backwards` allows moving it back (read_cancel). */
  async setReadSeq(appId: string, userId: number, conversationId: number, chatType: ChatType, peerId: number, seq: number, backwards = false): Promise<void> {
    const update = backwards ? 'EXCLUDED.read_seq' : 'GREATEST(message_conversation_states.read_seq, EXCLUDED.read_seq)';
    await this.dataSource.query(
      `INSERT INTO message_conversation_states (user_id, conversation_id, app_id, chat_type, peer_id, read_seq) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (user_id, conversation_id) DO UPDATE SET read_seq = ${update}`,
      [userId, conversationId, appId, chatType, peerId, seq],
    );
  }

  /** Hides everything up to `seq` from the user (DELETE /message/conversation): read and cleared move there. */
  async clearConversation(appId: string, userId: number, conversationId: number, chatType: ChatType, peerId: number, seq: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO message_conversation_states (user_id, conversation_id, app_id, chat_type, peer_id, read_seq, cleared_seq) VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (user_id, conversation_id) DO UPDATE
         SET cleared_seq = GREATEST(message_conversation_states.cleared_seq, EXCLUDED.cleared_seq),
             read_seq = GREATEST(message_conversation_states.read_seq, EXCLUDED.read_seq)`,
      [userId, conversationId, appId, chatType, peerId, seq],
    );
  }

  /** Hides one message from one user only (the DELETE operation). */
  async hideMessage(appId: string, userId: number, msgId: number): Promise<void> {
    await this.dataSource.query(`INSERT INTO message_hidden (user_id, msg_id, app_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [userId, msgId, appId]);
  }

  /**
   * Per user, for GET /message/unread: the user's conversations (1:1 ones it has a state in, groups it
   * is a member of) with messages past the read position (operations not counted). Arithmetic on
   * positions: one index lookup per conversation, no row counting. Entries the retention sweep
   * deleted (up to `purged_seq`) are no longer unread: a position before them counts from
   * `purged_seq` / `purged_count`, so a count never includes what can no longer be read.
   */
  async unread(appId: string, userId: number): Promise<UnreadRow[]> {
    return this.dataSource.query(
      `${USER_CONVERSATIONS}
       SELECT * FROM (
         SELECT v.chat_type AS "chatType", v.peer_id AS "peerId",
                (c.last_count - COALESCE((SELECT m.count_at FROM messages m WHERE m.conversation_id = c.id AND m.seq <= GREATEST(v.read_seq, v.floor)
                                            ORDER BY m.seq DESC LIMIT 1), c.purged_count))::int AS count
           FROM convs v JOIN message_conversations c ON c.id = v.conversation_id
          WHERE c.last_seq > GREATEST(v.read_seq, v.floor)
       ) counted WHERE count > 0 ORDER BY "chatType", "peerId"`,
      [appId, userId],
    );
  }

  /**
   * Per device (a registered one), in one statement: the same conversations with entries past the
   * device's sync position (everything counted, operations too); those it has read to the end
   * (their stream's last seq, so a live session can take the next entry as a pushed page), groups
   * without a stream yet among them (head 0, no key), messages to oneself left out (they are synced
   * under the notice stream's xid); and whether its notice stream has notices
   * after its notice position.
   */
  async deviceUnread(appId: string, userId: number, deviceSn: number): Promise<{ conversations: UnreadRow[]; caughtUp: CaughtUpRow[]; noticesPending: boolean }> {
    const [row]: { conversations: UnreadRow[]; caughtUp: CaughtUpRow[]; noticesPending: boolean }[] = await this.dataSource.query(
      `WITH convs AS (
         SELECT s.conversation_id, s.chat_type, s.peer_id, GREATEST(s.cleared_seq, s.joined_seq) AS floor
           FROM message_conversation_states s WHERE s.app_id = $1 AND s.user_id = $2 AND s.chat_type = 1
         UNION ALL
         SELECT c.id, 2, gm.group_id, GREATEST(COALESCE(s.cleared_seq, 0), COALESCE(s.joined_seq, 0))
           FROM group_members gm
           JOIN groups g ON g.id = gm.group_id AND g.app_id = gm.app_id AND g.status = 0
           LEFT JOIN message_conversations c ON c.app_id = gm.app_id AND c.type = 2 AND c.low_id = gm.group_id AND c.high_id = 0
           LEFT JOIN message_conversation_states s ON s.user_id = gm.user_id AND s.conversation_id = c.id
          WHERE gm.app_id = $1 AND gm.user_id = $2
       ), heads AS (
         SELECT v.chat_type, v.peer_id, c.id, COALESCE(c.last_seq, 0) AS head,
                GREATEST(v.floor, COALESCE(p.seq, 0), COALESCE(c.purged_seq, 0)) AS position
           FROM convs v LEFT JOIN message_conversations c ON c.id = v.conversation_id
           LEFT JOIN message_device_positions p ON p.user_id = $2 AND p.device_sn = $3 AND p.conversation_id = v.conversation_id
       )
       SELECT COALESCE((SELECT json_agg(json_build_object('chatType', h.chat_type, 'peerId', h.peer_id, 'count', h.head - h.position)
                                        ORDER BY h.chat_type, h.peer_id)
                          FROM heads h WHERE h.head > h.position), '[]'::json) AS conversations,
              COALESCE((SELECT json_agg(json_build_object('chatType', h.chat_type, 'peerId', h.peer_id, 'conversationKey', h.id, 'head', h.head))
                          FROM heads h WHERE h.head <= h.position AND h.peer_id <> $2), '[]'::json) AS "caughtUp",
              EXISTS (SELECT 1 FROM message_sync_devices d JOIN notices n ON n.app_id = d.app_id AND n.recipient_id = d.user_id AND n.id > d.notice_position
                       WHERE d.app_id = $1 AND d.user_id = $2 AND d.device_sn = $3) AS "noticesPending"`,
      [appId, userId, deviceSn],
    );
    return row;
  }

  /**
   * Registers a device for sync the first time it syncs: its positions start at the user's read
   * positions of that moment (it gets what is unread, not the whole history), and its notice
   * position at the user's newest notice. Later conversations start at their beginning. One
   * statement: the positions insert runs only when the device row is new.
   */
  async ensureSyncDevice(appId: string, userId: number, deviceSn: number): Promise<void> {
    await this.dataSource.query(
      `WITH device AS (
         INSERT INTO message_sync_devices (user_id, device_sn, app_id, notice_position)
         SELECT $2, $3, $1, COALESCE((SELECT max(id) FROM notices WHERE app_id = $1 AND recipient_id = $2), 0)
          WHERE EXISTS (SELECT 1 FROM users WHERE app_id = $1 AND id = $2)
         ON CONFLICT (user_id, device_sn) DO NOTHING RETURNING user_id
       )
       INSERT INTO message_device_positions (user_id, device_sn, conversation_id, app_id, seq)
       SELECT $2, $3, s.conversation_id, $1, GREATEST(s.read_seq, s.cleared_seq, s.joined_seq)
         FROM message_conversation_states s WHERE s.app_id = $1 AND s.user_id = $2 AND EXISTS (SELECT 1 FROM device)
       ON CONFLICT DO NOTHING`,
      [appId, userId, deviceSn],
    );
  }

  /** Moves a device's position forward only: a stale confirmation never moves it back. */
  async advanceDevicePosition(appId: string, userId: number, deviceSn: number, conversationId: number, seq: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO message_device_positions (user_id, device_sn, conversation_id, app_id, seq) VALUES ($2, $3, $4, $1, $5)
       ON CONFLICT (user_id, device_sn, conversation_id) DO UPDATE SET seq = GREATEST(message_device_positions.seq, EXCLUDED.seq)`,
      [appId, userId, deviceSn, conversationId, seq],
    );
  }

  /**
   * A device's next entries of a conversation, in stream order: after its stored position and after
   * the user's floor (cleared or joined position), read in the same round trip.
   */
  entriesForDevice(appId: string, userId: number, deviceSn: number, conversationId: number, limit: number): Promise<MessageRow[]> {
    return this.dataSource.query(
      `SELECT ${ROW} FROM messages m
        WHERE m.app_id = $1 AND m.conversation_id = $4
          AND m.seq > GREATEST(
                COALESCE((SELECT seq FROM message_device_positions WHERE app_id = $1 AND user_id = $2 AND device_sn = $3 AND conversation_id = $4), 0),
                COALESCE((SELECT GREATEST(cleared_seq, joined_seq) FROM message_conversation_states WHERE app_id = $1 AND user_id = $2 AND conversation_id = $4), 0))
        ORDER BY m.seq LIMIT $5`,
      [appId, userId, deviceSn, conversationId, limit],
    );
  }

  /**
   * History for one user, newest first: messages (content types 0–8) after `floorSeq`, before
   * `beforeMsgId` (0: from the newest), not recalled and not hidden from the user.
   */
  /** `contentType` null: every listed type (0 to HISTORY_CONTENT_TYPE_MAX); otherwise only that one. */
  history(appId: string, userId: number, conversationId: number, floorSeq: number, beforeMsgId: number, limit: number, contentType: number | null = null): Promise<MessageRow[]> {
    return this.dataSource.query(
      `SELECT ${ROW} FROM messages m
        WHERE m.app_id = $1 AND m.conversation_id = $2 AND m.seq > $3 AND ($4::bigint = 0 OR m.msg_id < $4::bigint)
          AND m.content_type <= ${HISTORY_CONTENT_TYPE_MAX} AND ($7::smallint IS NULL OR m.content_type = $7::smallint)
          AND m.status = ${MessageStatus.Normal}
          AND NOT EXISTS (SELECT 1 FROM message_hidden h WHERE h.user_id = $5 AND h.msg_id = m.msg_id)
        ORDER BY m.msg_id DESC LIMIT $6`,
      [appId, conversationId, floorSeq, beforeMsgId, userId, limit, contentType],
    );
  }

  async noticePosition(appId: string, userId: number, deviceSn: number): Promise<number> {
    const rows: { position: number }[] = await this.dataSource.query(
      `SELECT notice_position AS position FROM message_sync_devices WHERE app_id = $1 AND user_id = $2 AND device_sn = $3`,
      [appId, userId, deviceSn],
    );
    return rows[0]?.position ?? 0;
  }

  async advanceNoticePosition(appId: string, userId: number, deviceSn: number, position: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE message_sync_devices SET notice_position = GREATEST(notice_position, $4) WHERE app_id = $1 AND user_id = $2 AND device_sn = $3`,
      [appId, userId, deviceSn, position],
    );
  }

  /** Forgets a device's sync positions (the device was removed; its number may be given to a new one). */
  async forgetDevice(appId: string, userId: number, deviceSn: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM message_sync_devices WHERE app_id = $1 AND user_id = $2 AND device_sn = $3`, [appId, userId, deviceSn]);
  }

  /**
   * Conversations whose oldest entry is older than `cutoff` (ms), in (oldest_timestamp, id) order
   * after `after` — the retention sweep's work list (all apps: retention is one setting).
   */
  conversationsToPurge(cutoff: number, after: { oldestTimestamp: number; id: number } | null, limit: number): Promise<ConversationToPurge[]> {
    return this.dataSource.query(
      `SELECT id, app_id AS "appId", oldest_timestamp AS "oldestTimestamp" FROM message_conversations
        WHERE oldest_timestamp < $1 AND ($2::bigint IS NULL OR (oldest_timestamp, id) > ($2::bigint, $3::bigint))
        ORDER BY oldest_timestamp, id LIMIT $4`,
      [cutoff, after?.oldestTimestamp ?? null, after?.id ?? 0, limit],
    );
  }

  /**
   * Deletes up to `limit` of a conversation's oldest entries, in stream order, stopping at the first
   * one not older than `cutoff`: what is left is always a suffix of the stream, so positions stay
   * meaningful. Under the conversation's row lock (a send waits for one batch at most), in one
   * transaction with `alsoDo` (the file references of the deleted messages), it records the new
   * `purged_seq`, `purged_count` (the message count at that point) and `oldest_timestamp`.
   */
  purgeOldest(
    appId: string,
    conversationId: number,
    cutoff: number,
    limit: number,
    alsoDo: (transaction: { manager: EntityManager }, deleted: PurgedEntry[]) => Promise<void>,
  ): Promise<PurgedEntry[]> {
    return this.dataSource.transaction(async (manager) => {
      const [conversation]: { purgedSeq: number }[] = await manager.query(
        `SELECT purged_seq AS "purgedSeq" FROM message_conversations WHERE app_id = $1 AND id = $2 FOR UPDATE`,
        [appId, conversationId],
      );
      if (!conversation) return [];
      // A DELETE answers [rows, count] through TypeORM.
      const [deleted]: [PurgedEntry[], number] = await manager.query(
        `WITH page AS (
           SELECT msg_id, seq, timestamp FROM messages WHERE app_id = $1 AND conversation_id = $2 AND seq > $3 ORDER BY seq LIMIT $5
         ), expired AS (
           SELECT msg_id FROM (SELECT msg_id, bool_and(timestamp < $4) OVER (ORDER BY seq) AS prefix FROM page) p WHERE prefix
         )
         DELETE FROM messages m USING expired e WHERE m.app_id = $1 AND m.msg_id = e.msg_id
         RETURNING m.msg_id AS "msgId", m.seq, m.count_at AS "countAt", m.attachment`,
        [appId, conversationId, conversation.purgedSeq, cutoff, limit],
      );
      const last = deleted.reduce<PurgedEntry | null>((latest, entry) => (latest === null || entry.seq > latest.seq ? entry : latest), null);
      await manager.query(
        `UPDATE message_conversations c
            SET purged_seq = GREATEST(c.purged_seq, $3), purged_count = CASE WHEN $3 > c.purged_seq THEN $4 ELSE c.purged_count END,
                oldest_timestamp = (SELECT m.timestamp FROM messages m WHERE m.app_id = $1 AND m.conversation_id = c.id AND m.seq > GREATEST(c.purged_seq, $3) ORDER BY m.seq LIMIT 1)
          WHERE c.app_id = $1 AND c.id = $2`,
        [appId, conversationId, last?.seq ?? conversation.purgedSeq, last?.countAt ?? 0],
      );
      if (deleted.length > 0) await alsoDo({ manager }, deleted);
      return deleted;
    });
  }

  /** A page of the app's user ids in id order (broadcast fan-out). */
  async userIdsAfter(appId: string, afterId: number, limit: number): Promise<number[]> {
    const rows: { id: number }[] = await this.dataSource.query(`SELECT id FROM users WHERE app_id = $1 AND id > $2 ORDER BY id LIMIT $3`, [appId, afterId, limit]);
    return rows.map((row) => row.id);
  }

  async countUsers(appId: string): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE app_id = $1`, [appId]);
    return rows[0].count;
  }
}
