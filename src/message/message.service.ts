import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { HotStateCache, HotStateRegion, hotStateTag } from '../common/cache/hot-state.cache';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../common/config/config';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { GroupAccessService, GroupPermission } from '../group/group-access.service';
import { GroupMembershipService } from '../group/group-membership.service';
import { GroupModerationService } from '../group/group-moderation.service';
import { GroupRepository } from '../group/group.repository';
import { NoticeService } from '../notice/notice.service';
import { StoredNotice, UserNoticeType } from '../notice/notice.types';
import { RosterService } from '../roster/roster.service';
import { UserSessionsService } from '../user/user-sessions.service';
import { UserStatus } from '../user/user.entity';
import { BeforeSendService } from '../webhook/before-send.service';
import { WebhookEvents } from '../webhook/webhook-events.service';
import { attachmentUrl, MessageFiles } from './message-files.service';
import { webhookEventOf } from './message-webhook';
import { OfflinePushHandOff } from './offline-push.hand-off';
import {
  ConversationPair,
  DuplicateSend,
  EffectRefused,
  EntryEffect,
  GroupRecipientRow,
  MessageRepository,
  MessageRow,
  NewEntry,
  ReadableConversation,
  SendKey,
} from './message.repository';
import {
  CaughtUpConversation,
  ChatType,
  ContentType,
  conversationIdFor,
  ConversationUnread,
  LAST_MESSAGE_CONTENT_TYPE,
  MessageSender,
  MessageStatus,
  MessageStoredEvent,
  OPERATION_WIRE_TYPES,
  OperationInput,
  OperationOutcome,
  OperationType,
  PulledPage,
  SendInput,
  SentMessage,
  StoredMessage,
} from './message.types';

const MESSAGE_STORED = 'message-stored';

/** Offline-push hand-offs in flight beyond which a send waits for its own (backpressure on the queue). */
const MAX_PENDING_HAND_OFFS = 1000;

/** The system sender of /message/notify and /message/broadcast when no from_user_id is named. */
export const SYSTEM_SENDER_ID = 0;

/** What the `sync-devices` region keeps: the key (a registered device) is all it says. */
const SYNC_REGISTERED = {};

/** A device's UNREAD (`deviceUnread`). */
export interface DeviceUnread {
  conversations: ConversationUnread[];
  /** Conversations the device has read to the end, with their stream's last seq (README "Device sync"). */
  caughtUp: CaughtUpConversation[];
  /** The device's notice stream has entries after its notice position. */
  noticesPending: boolean;
}

/** Largest page pull() and pullNotices() serve. */
export const MAX_PULL_LIMIT = 200;

/** Content types sent as messages that are really operations on `relatedMid`. */
const OPERATION_OF_CONTENT_TYPE: Partial<Record<number, OperationType>> = {
  [ContentType.ReadAck]: 'read_ack',
  [ContentType.Recall]: 'recall',
  [ContentType.Append]: 'append',
  [ContentType.Replace]: 'replace',
};

/** The conversation row of a 1:1 pair (ordered ids) or a group (group id, 0). */
export function pairOf(chatType: ChatType, userId: number, conversationId: number): ConversationPair {
  if (chatType === 2) return { type: 2, lowId: conversationId, highId: 0 };
  return { type: 1, lowId: Math.min(userId, conversationId), highId: Math.max(userId, conversationId) };
}

/**
 * Sending, storing and syncing messages (src/message/README.md). Every send goes through `send`:
 * the rules of the roster and group modules, the per-conversation stream, idempotent resends, and
 * after commit the `onStored` announcement (the realtime gateway's NOTICE) and the offline-push
 * hand-off. Devices read their streams with `unreadFor` and `pull`.
 */
@Injectable()
export class MessageService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MessageService.name);
  private readonly events = new EventEmitter();
  private unsubscribeAdmissions: (() => void) | null = null;
  private unsubscribeSessions: (() => void) | null = null;
  private readonly handOffs = new Set<Promise<void>>();
  /** Users' status (normal, disabled) as the send rules read it; disables, enables and deletes drop it. */
  private readonly userStatuses: HotStateRegion<{ status: number }>;
  /** Devices registered for sync (`registerSyncDevice`); a removed device or user drops its entry. */
  private readonly syncDevices: HotStateRegion<object>;

  constructor(
    private readonly repository: MessageRepository,
    private readonly roster: RosterService,
    private readonly moderation: GroupModerationService,
    private readonly groups: GroupRepository,
    private readonly groupAccess: GroupAccessService,
    private readonly membership: GroupMembershipService,
    private readonly notices: NoticeService,
    private readonly offlinePush: OfflinePushHandOff,
    private readonly files: MessageFiles,
    private readonly clock: Clock,
    private readonly sessions: UserSessionsService,
    private readonly beforeSend: BeforeSendService,
    private readonly webhooks: WebhookEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: HotStateCache,
  ) {
    this.events.setMaxListeners(0);
    this.userStatuses = cache.region('user-status', { max: 50_000 });
    this.syncDevices = cache.region('sync-devices', { max: 50_000 });
  }

  onModuleInit(): void {
    this.unsubscribeAdmissions = this.membership.onAdmitted((tx, userIds) => this.repository.recordGroupJoins(tx.manager, tx.group.appId, tx.group.id, userIds));
    // A removed device's number may be handed out again; its sync positions must not carry over.
    this.unsubscribeSessions = this.sessions.onSessionsEnded(({ appId, userId, deviceSn, reason }) => {
      if (reason !== UserNoticeType.DeviceRemoved || deviceSn === null) return;
      this.forgetDevice(appId, userId, deviceSn).catch((error: Error) =>
        this.logger.error(`forgetting the sync positions of device ${deviceSn} of user ${userId} failed: ${error.message}`),
      );
    });
  }

  /** Runs before the queue connections close (onApplicationShutdown), so pending hand-offs still reach the queue. */
  async onModuleDestroy(): Promise<void> {
    this.unsubscribeAdmissions?.();
    this.unsubscribeSessions?.();
    await this.handOffsSettled();
  }

  /** Listens for stored (and transient) messages after commit; returns the function that unsubscribes. */
  onStored(listener: (event: MessageStoredEvent) => void): () => void {
    this.events.on(MESSAGE_STORED, listener);
    return () => this.events.off(MESSAGE_STORED, listener);
  }

  /**
   * Sends one message (or, for content types 9–12, performs the operation on `relatedMid`). Refusals
   * throw ApiError with the published codes: 10000 unknown user, 10013 disabled sender, 10006 blocked,
   * 10010 strangers refused by the app, 20001 no such group, 20002 not a member, 10010 banned, 20012
   * ban-all, 10002 bad input. A resend with the same clientMid (per device) or transactionId (per
   * sender and target) answers the first result with `duplicate: true` and stores nothing.
   */
  async send(sender: MessageSender, input: SendInput): Promise<SentMessage> {
    validateSendInput(input);
    const operation = OPERATION_OF_CONTENT_TYPE[input.contentType];
    if (operation) {
      if (!input.relatedMid) throw ApiError.badParameter(`related_mid: required for content_type ${input.contentType} (it names the message operated on)`);
      const outcome = await this.operate(sender, {
        type: operation,
        chatType: input.chatType,
        conversationId: input.toId,
        msgId: input.relatedMid,
        content: input.content,
      });
      const message = outcome.stored ?? this.unstoredOperation(sender, input, outcome);
      return { msgId: message.msgId, timestamp: message.timestamp, duplicate: false, message };
    }
    const transactionId = input.transactionId === undefined || input.transactionId === null ? null : String(input.transactionId);
    const clientMid = sender.deviceSn === null ? null : (input.clientMid ?? null);
    const attachment = input.attachment ?? null;
    const key: SendKey = {
      fromUserId: sender.userId,
      fromDeviceSn: sender.deviceSn,
      clientMid,
      chatType: input.chatType,
      toId: input.toId,
      transactionId,
      contentType: input.contentType,
      content: input.content,
      attachment,
      config: input.config ?? null,
      ext: input.ext ?? null,
    };
    try {
      await this.checkSendRules(sender, input);
    } catch (refusal) {
      // A resend answers what the first send answered even when the rules would refuse it now
      // (looked up only here: on the usual path the unique indexes catch a resend at insert).
      if (!input.transient && (clientMid !== null || transactionId !== null)) {
        const earlier = await this.repository.findDuplicate(sender.appId, key);
        if (earlier) return this.duplicateOf(earlier);
      }
      throw refusal;
    }
    if (input.transient) return this.sendTransient(sender, input);
    // The app's moderation sees users' messages that passed the rules, before storage; the app's own system notices skip it (src/webhook/README.md "Before-send hook").
    const reviewed = input.isSystem ? key : await this.beforeSend.review(sender.appId, key);

    const entry: NewEntry = {
      ...reviewed,
      appId: sender.appId,
      pair: pairOf(input.chatType, sender.userId, input.toId),
      timestamp: this.clock.now().getTime(),
      relatedMid: input.relatedMid ?? null,
      isSystem: input.isSystem ?? false,
      counted: true,
      advanceSenderRead: sender.userId !== SYSTEM_SENDER_ID,
      receiverUserId: input.chatType === 1 ? input.toId : null,
    };
    // Only an attachment naming a URL needs the storing transaction (the file reference commits with the message).
    const retainFile = attachmentUrl(attachment) === null ? undefined : (transaction: { manager: EntityManager }, stored: MessageRow) =>
      this.files.retain(transaction, sender.appId, stored.msgId, attachment, input.chatType, input.toId);
    // A group's audience is read alongside the insert rather than after it: one round trip less.
    const audience = input.chatType === 2 ? this.groupAudience(sender.appId, input.toId) : null;
    audience?.catch(() => undefined);
    let row: MessageRow;
    try {
      row = await this.repository.append(entry, null, retainFile);
    } catch (error) {
      if (error instanceof DuplicateSend) return this.duplicateOf(error.existing);
      throw error;
    }
    const message = toStored(row, receiverView(row));
    await this.announce(message, sender, input.asAdmin ?? false, audience ? await audience : undefined);
    return { msgId: message.msgId, timestamp: message.timestamp, duplicate: false, message };
  }

  /** The rules a send must pass, without sending (REST checks every target before sending to any). */
  async checkSendRules(sender: MessageSender, input: Pick<SendInput, 'chatType' | 'toId' | 'isSystem'>): Promise<void> {
    const system = input.isSystem === true;
    const userIds = [sender.userId, ...(input.chatType === 1 ? [input.toId] : [])].filter((id) => id !== SYSTEM_SENDER_ID);
    // The user lookup and the roster or group rule are independent reads: both run at once (one
    // round trip instead of two), and their refusals are still judged in the published order.
    const later = (check: Promise<unknown>): Promise<unknown> => check.then(() => null, (refusal: unknown) => refusal ?? new Error('refused'));
    const rule: Promise<unknown> =
      input.chatType === 1
        ? system
          ? Promise.resolve(null)
          : later(this.roster.assertMayMessage(sender.appId, sender.userId, input.toId))
        : system
          ? later(this.groups.findGroup(sender.appId, input.toId).then((group) => {
              if (!group) throw ApiError.groupNotFound(input.toId);
            }))
          : later(this.moderation.assertMaySend(sender.appId, input.toId, sender.userId));
    const statuses = await this.statusesOf(sender.appId, userIds);
    if (sender.userId !== SYSTEM_SENDER_ID) {
      const status = statuses.get(sender.userId);
      if (status === undefined) throw ApiError.userNotFound(sender.userId);
      if (status === UserStatus.Disabled) throw new ApiError(ErrorCode.UserDisabled, `user ${sender.userId} is disabled and may not send messages`);
    }
    if (input.chatType === 1 && !statuses.has(input.toId)) throw ApiError.userNotFound(input.toId);
    const refusal = await rule;
    if (refusal) throw refusal;
  }

  /** The status of each of `userIds` that is a user of the app, from the hot-state cache when there. */
  private async statusesOf(appId: string, userIds: number[]): Promise<Map<number, number>> {
    const found = await Promise.all(
      userIds.map((userId) =>
        this.userStatuses.read(
          `${appId} ${userId}`,
          async () => {
            const status = (await this.repository.userStatuses(appId, [userId])).get(userId);
            return status === undefined ? null : { status };
          },
          () => [hotStateTag.user(appId, userId)],
        ),
      ),
    );
    return new Map(userIds.flatMap((userId, index) => (found[index] ? [[userId, found[index].status] as const] : [])));
  }

  /**
   * Per device: the conversations with entries after this device's sync position (the counts are
   * position arithmetic). The first call of a device registers it: it starts at the user's read positions.
   */
  async unreadFor(appId: string, userId: number, deviceSn: number): Promise<ConversationUnread[]> {
    return (await this.deviceUnread(appId, userId, deviceSn)).conversations;
  }

  /**
   * The socket's UNREAD in one statement (a registered device's): `unreadFor`'s counts, and whether
   * the device's notice stream has anything after its notice position.
   */
  async deviceUnread(appId: string, userId: number, deviceSn: number): Promise<DeviceUnread> {
    await this.registerSyncDevice(appId, userId, deviceSn);
    const { conversations, caughtUp, noticesPending } = await this.repository.deviceUnread(appId, userId, deviceSn);
    return {
      conversations: conversations.map((row) => ({ chatType: row.chatType, conversationId: row.peerId, count: row.count })),
      caughtUp: caughtUp.map((row) => ({ chatType: row.chatType, conversationId: row.peerId, conversationKey: row.conversationKey, head: row.head })),
      noticesPending,
    };
  }

  /**
   * Registers a device for sync (README "Device sync"); a device this process has registered before
   * costs no statement (the hot-state region `sync-devices`, dropped by `forgetDevice` and user deletes).
   */
  async registerSyncDevice(appId: string, userId: number, deviceSn: number): Promise<void> {
    await this.syncDevices.read(
      `${appId} ${userId} ${deviceSn}`,
      async () => {
        await this.repository.ensureSyncDevice(appId, userId, deviceSn);
        return SYNC_REGISTERED;
      },
      () => [hotStateTag.user(appId, userId)],
    );
  }

  /** Per user, for GET /message/unread: messages after the user's read position (operations do not count). */
  async unreadMessages(appId: string, userId: number): Promise<ConversationUnread[]> {
    const rows = await this.repository.unread(appId, userId);
    return rows.map((row) => ({ chatType: row.chatType, conversationId: row.peerId, count: row.count }));
  }

  /**
   * The device's stream of one conversation after its stored position. `key` 0 starts at the stored
   * position; otherwise it is the nextKey answered last time, which confirms that page and moves the
   * stored position there. A device that drops before confirming gets the same page (same msg ids)
   * again. nextKey is 0 when the page is empty; the device's own sends are skipped but counted.
   */
  async pull(appId: string, userId: number, deviceSn: number, chatType: ChatType, conversationId: number, key: number, limit: number): Promise<PulledPage<StoredMessage>> {
    const pageSize = clampLimit(limit);
    const { conversation, deviceRegistered } = await this.readableConversation(appId, userId, chatType, conversationId, deviceSn);
    if (!conversation) return { messages: [], nextKey: 0 };
    if (!deviceRegistered) await this.repository.ensureSyncDevice(appId, userId, deviceSn);
    // Advancing never moves a position back, so a stale or repeated key leaves it where it is.
    if (key > 0 && key <= conversation.lastSeq) await this.repository.advanceDevicePosition(appId, userId, deviceSn, conversation.id, key);
    const rows = await this.repository.entriesForDevice(appId, userId, deviceSn, conversation.id, pageSize);
    const nextKey = rows.length === 0 ? 0 : rows[rows.length - 1].seq;
    const messages = rows
      .filter((row) => !(row.fromUserId === userId && row.fromDeviceSn === deviceSn))
      .map((row) => toStored(row, conversationIdFor(row, userId)));
    return { messages, nextKey };
  }

  /** The device's notice stream (roster, group, user notices) in the same confirm-to-advance style as pull. */
  async pullNotices(appId: string, userId: number, deviceSn: number, key: number, limit: number): Promise<PulledPage<StoredNotice>> {
    await this.registerSyncDevice(appId, userId, deviceSn);
    let position = await this.repository.noticePosition(appId, userId, deviceSn);
    if (key > position) {
      await this.repository.advanceNoticePosition(appId, userId, deviceSn, key);
      position = key;
    }
    const notices = await this.notices.listAfter(appId, userId, position, clampLimit(limit));
    return { messages: notices, nextKey: notices.length === 0 ? 0 : notices[notices.length - 1].id };
  }

  /** Forgets a removed device's sync positions, so a device later given the same number starts afresh. */
  async forgetDevice(appId: string, userId: number, deviceSn: number): Promise<void> {
    await this.repository.forgetDevice(appId, userId, deviceSn);
    await this.cache.invalidate([hotStateTag.user(appId, userId)]);
  }

  /**
   * The OPER operations of maxim-realtime.md. Stored as stream entries (announced through onStored
   * like messages): 1:1 read_ack, recall, append, replace. Only moving the actor's own state
   * (delivered live, `liveTo`): read_all, read_cancel, delete (to the actor's other devices),
   * deliver_ack, play_ack and group read_ack (to the message's sender; group read_ack only when the
   * group's read_ack is on).
   */
  /** The group a message was sent to, or null for a 1:1 or unknown message (the caller's access is checked by `operate`). */
  async groupOfMessage(appId: string, msgId: number): Promise<number | null> {
    const message = await this.repository.findMessage(appId, msgId);
    return message?.chatType === 2 ? message.toId : null;
  }

  async operate(sender: MessageSender, op: OperationInput): Promise<OperationOutcome> {
    if (!(op.type in OPERATION_WIRE_TYPES)) throw ApiError.badParameter(`operation: unknown type ${JSON.stringify(op.type)}`);
    if (op.chatType !== 1 && op.chatType !== 2) throw ApiError.badParameter('type: must be 1 (user) or 2 (group)');
    const { conversation } = await this.readableConversation(sender.appId, sender.userId, op.chatType, op.conversationId);
    const needsMessage = op.type !== 'read_all';
    const target = op.msgId ? await this.repository.findMessage(sender.appId, op.msgId) : null;
    if (op.msgId && (!target || !conversation || target.conversationKey !== conversation.id)) {
      throw ApiError.badParameter(`msg_id: message ${op.msgId} is not in conversation ${op.conversationId}`);
    }
    if (needsMessage && !target) throw ApiError.badParameter(`msg_id: required for ${op.type}`);
    const outcome = (stored: StoredMessage | null, liveTo: number[]): OperationOutcome => ({
      type: op.type,
      stored,
      liveTo: [...new Set(liveTo)],
      operation: {
        type: op.type,
        wireType: OPERATION_WIRE_TYPES[op.type],
        msgId: target?.msgId ?? 0,
        chatType: op.chatType,
        conversationId: op.conversationId,
        fromUserId: sender.userId,
        fromDeviceSn: sender.deviceSn,
      },
    });
    if (!conversation) return outcome(null, []);
    const pair = pairOf(op.chatType, sender.userId, op.conversationId);
    switch (op.type) {
      case 'read_all':
        await this.repository.setReadSeq(sender.appId, sender.userId, conversation.id, op.chatType, op.conversationId, target?.seq ?? conversation.lastSeq);
        return outcome(null, [sender.userId]);
      case 'read_cancel':
        await this.repository.setReadSeq(sender.appId, sender.userId, conversation.id, op.chatType, op.conversationId, Math.max(0, target!.seq - 1), true);
        return outcome(null, [sender.userId]);
      case 'delete':
        await this.repository.hideMessage(sender.appId, sender.userId, target!.msgId);
        return outcome(null, [sender.userId]);
      case 'deliver_ack':
      case 'play_ack':
        return outcome(null, target!.fromUserId === sender.userId ? [] : [target!.fromUserId]);
      case 'read_ack': {
        await this.repository.setReadSeq(sender.appId, sender.userId, conversation.id, op.chatType, op.conversationId, target!.seq);
        if (op.chatType === 2) {
          const group = await this.groups.findGroup(sender.appId, op.conversationId);
          return outcome(null, group?.readAck && target!.fromUserId !== sender.userId ? [target!.fromUserId] : [sender.userId]);
        }
        const stored = await this.storeOperation(sender, op, pair, ContentType.ReadAck, '', target!, null);
        return outcome(stored, []);
      }
      case 'recall': {
        await this.assertMayRecall(sender, op, target!);
        return outcome(await this.recallMessage(sender, op, pair, target!), []);
      }
      case 'append':
      case 'replace': {
        if (target!.fromUserId !== sender.userId) throw ApiError.noPermission(`msg_id: only the sender of message ${target!.msgId} may ${op.type} to it`);
        if (target!.contentType > LAST_MESSAGE_CONTENT_TYPE) throw ApiError.badParameter(`msg_id: message ${target!.msgId} is an operation, not a message`);
        if (typeof op.content !== 'string' || (op.type === 'append' && op.content.length === 0)) {
          throw ApiError.badParameter(`content: required for ${op.type}`);
        }
        const editTimestamp = this.clock.now().getTime();
        const contentType = op.type === 'append' ? ContentType.Append : ContentType.Replace;
        const stored = await this.storeOperation(sender, op, pair, contentType, op.content, target!, {
          kind: op.type,
          targetMsgId: target!.msgId,
          content: op.content,
          editTimestamp,
        });
        return outcome(stored, []);
      }
    }
  }

  /**
   * Recall by an app admin token acting as a group's admin (the group_id header): any message of
   * the group, at any time; the RECALL entry comes from the system sender 0.
   */
  async recallAsGroupAdmin(sender: MessageSender, groupId: number, msgId: number): Promise<OperationOutcome> {
    if (!(await this.groups.findGroup(sender.appId, groupId))) throw ApiError.groupNotFound(groupId);
    const pair = pairOf(2, sender.userId, groupId);
    const conversation = await this.repository.findConversation(sender.appId, pair);
    const target = await this.repository.findMessage(sender.appId, msgId);
    if (!conversation || !target || target.conversationKey !== conversation.id) {
      throw ApiError.badParameter(`msg_id: message ${msgId} is not in conversation ${groupId}`);
    }
    if (target.contentType > LAST_MESSAGE_CONTENT_TYPE) throw ApiError.badParameter(`msg_id: message ${target.msgId} is an operation, not a message`);
    if (target.status === MessageStatus.Recalled) throw ApiError.badParameter(`msg_id: message ${target.msgId} is already recalled`);
    const op: OperationInput = { type: 'recall', chatType: 2, conversationId: groupId, msgId };
    const stored = await this.recallMessage(sender, op, pair, target);
    return {
      type: 'recall',
      stored,
      liveTo: [],
      operation: { type: 'recall', wireType: OPERATION_WIRE_TYPES.recall, msgId, chatType: 2, conversationId: groupId, fromUserId: sender.userId, fromDeviceSn: null },
    };
  }

  private async recallMessage(sender: MessageSender, op: OperationInput, pair: ConversationPair, target: MessageRow): Promise<StoredMessage> {
    const stored = await this.storeOperation(sender, op, pair, ContentType.Recall, '', target, { kind: 'recall', targetMsgId: target.msgId });
    await this.files.release(sender.appId, [target.msgId]);
    return stored;
  }

  /** Recall: the sender within the recall window, or for group messages the group's owner and admins at any time. */
  private async assertMayRecall(sender: MessageSender, op: OperationInput, target: MessageRow): Promise<void> {
    if (target.contentType > LAST_MESSAGE_CONTENT_TYPE) throw ApiError.badParameter(`msg_id: message ${target.msgId} is an operation, not a message`);
    if (target.status === MessageStatus.Recalled) throw ApiError.badParameter(`msg_id: message ${target.msgId} is already recalled`);
    if (op.chatType === 2) {
      const group = await this.groups.findGroup(sender.appId, op.conversationId);
      if (!group) throw ApiError.groupNotFound(op.conversationId);
      const member = await this.groups.findMember(sender.appId, group.id, sender.userId);
      if (this.groupAccess.allows({ group, userId: sender.userId, role: member?.role ?? null, member }, GroupPermission.Moderate)) return;
    }
    if (target.fromUserId !== sender.userId) {
      throw ApiError.noPermission(
        op.chatType === 2
          ? `msg_id: message ${target.msgId} was sent by another user; only its sender or the group's admins may recall it`
          : `msg_id: message ${target.msgId} was sent by another user; only its sender may recall it`,
      );
    }
    const windowMs = this.config.messages.recallWindowSeconds * 1000;
    if (this.clock.now().getTime() - target.timestamp > windowMs) {
      throw ApiError.noPermission(`msg_id: message ${target.msgId} is older than the recall window (${this.config.messages.recallWindowSeconds} seconds)`);
    }
  }

  private async storeOperation(
    sender: MessageSender,
    op: OperationInput,
    pair: ConversationPair,
    contentType: ContentType,
    content: string,
    target: MessageRow,
    effect: EntryEffect | null,
  ): Promise<StoredMessage> {
    const entry: NewEntry = {
      appId: sender.appId,
      pair,
      chatType: op.chatType,
      fromUserId: sender.userId,
      fromDeviceSn: sender.deviceSn,
      toId: op.conversationId,
      contentType,
      content,
      attachment: null,
      config: null,
      ext: null,
      timestamp: this.clock.now().getTime(),
      relatedMid: target.msgId,
      isSystem: false,
      clientMid: null,
      transactionId: null,
      counted: false,
      advanceSenderRead: false,
      receiverUserId: op.chatType === 1 ? op.conversationId : null,
    };
    let row: MessageRow;
    try {
      row = await this.repository.append(entry, effect);
    } catch (error) {
      if (error instanceof EffectRefused) throw ApiError.badParameter(`msg_id: message ${target.msgId} is recalled`);
      throw error;
    }
    const message = toStored(row, receiverView(row));
    await this.announce(message, sender, false);
    return message;
  }

  /**
   * The conversation a user may read or operate on: its own 1:1 pair, or a group it is a member of
   * (20001 / 20002 otherwise), with whether `deviceSn` is registered for sync. The conversation is
   * null when nothing was ever stored in it.
   */
  private async readableConversation(
    appId: string,
    userId: number,
    chatType: ChatType,
    conversationId: number,
    deviceSn: number | null = null,
  ): Promise<ReadableConversation> {
    const found = await this.repository.findReadable(appId, userId, deviceSn, pairOf(chatType, userId, conversationId));
    if (chatType === 2 && !found.groupExists) throw ApiError.groupNotFound(conversationId);
    if (chatType === 2 && !found.member) throw new ApiError(ErrorCode.NotGroupMember, `user ${userId} is not a member of group ${conversationId}`);
    return found;
  }

  private async sendTransient(sender: MessageSender, input: SendInput): Promise<SentMessage> {
    const timestamp = this.clock.now().getTime();
    const message: StoredMessage = {
      msgId: await this.repository.nextMessageId(),
      appId: sender.appId,
      chatType: input.chatType,
      fromUserId: sender.userId,
      fromDeviceSn: sender.deviceSn,
      toId: input.toId,
      conversationId: input.chatType === 2 ? input.toId : sender.userId,
      conversationKey: 0,
      seq: 0,
      contentType: input.contentType,
      content: input.content,
      attachment: input.attachment ?? null,
      config: input.config ?? null,
      ext: input.ext ?? null,
      timestamp,
      status: MessageStatus.Normal,
      editTimestamp: null,
      relatedMid: input.relatedMid ?? null,
      isSystem: input.isSystem ?? false,
    };
    const members = input.chatType === 2 ? await this.groupAudience(sender.appId, input.toId) : null;
    const recipientUserIds = recipientsAmong(message, members);
    this.emit({ appId: sender.appId, message, recipientUserIds, senderUserId: sender.userId, senderDeviceSn: sender.deviceSn, transient: true });
    return { msgId: message.msgId, timestamp, duplicate: false, message };
  }

  /** A group read_ack or other unstored operation sent through REST: answered as the operation it was, not stored. */
  private unstoredOperation(sender: MessageSender, input: SendInput, outcome: OperationOutcome): StoredMessage {
    return {
      msgId: 0,
      appId: sender.appId,
      chatType: input.chatType,
      fromUserId: sender.userId,
      fromDeviceSn: sender.deviceSn,
      toId: input.toId,
      conversationId: input.chatType === 2 ? input.toId : sender.userId,
      conversationKey: 0,
      seq: 0,
      contentType: input.contentType,
      content: '',
      attachment: null,
      config: null,
      ext: null,
      timestamp: this.clock.now().getTime(),
      status: MessageStatus.Normal,
      editTimestamp: null,
      relatedMid: outcome.operation.msgId,
      isSystem: false,
    };
  }

  private duplicateOf(row: MessageRow): SentMessage {
    const message = toStored(row, receiverView(row));
    return { msgId: message.msgId, timestamp: message.timestamp, duplicate: true, message };
  }

  /**
   * Tells listeners (the gateway) after commit, then hands offline recipients to the push pipeline
   * WITHOUT waiting for it: presence, push preferences and the enqueue are not the sender's
   * business. Hand-offs in flight are tracked: a send waits only when too many are pending
   * (backpressure), and shutdown waits for them so a clean stop loses no push.
   */
  private async announce(message: StoredMessage, sender: MessageSender, fromAdmin: boolean, audience?: GroupRecipientRow[]): Promise<void> {
    const members = message.chatType === 2 ? (audience ?? (await this.groupAudience(message.appId, message.toId))) : null;
    const recipientUserIds = recipientsAmong(message, members);
    this.emit({ appId: message.appId, message, recipientUserIds, senderUserId: sender.userId, senderDeviceSn: sender.deviceSn, transient: false });
    const webhookEvent = webhookEventOf(message);
    if (webhookEvent) this.webhooks.emit(webhookEvent);
    if (message.contentType > LAST_MESSAGE_CONTENT_TYPE || recipientUserIds.length === 0) return;
    const handOff: Promise<void> = this.offlinePush
      .handOff(message, recipientUserIds, fromAdmin, members ?? undefined)
      .then(
        () => undefined,
        (error: Error) => this.logger.error(`offline push of message ${message.msgId} failed: ${error.message}`),
      )
      .finally(() => this.handOffs.delete(handOff));
    this.handOffs.add(handOff);
    if (this.handOffs.size > MAX_PENDING_HAND_OFFS) await handOff;
  }

  /** Resolves when every offline-push hand-off started so far has been enqueued (or has failed and been logged). */
  async handOffsSettled(): Promise<void> {
    while (this.handOffs.size > 0) await Promise.all([...this.handOffs]);
  }

  /** The members of a live group with their delivery modes (none when the group is gone). */
  private groupAudience(appId: string, groupId: number): Promise<GroupRecipientRow[]> {
    return this.repository.groupRecipients(appId, groupId);
  }

  private emit(event: MessageStoredEvent): void {
    try {
      this.events.emit(MESSAGE_STORED, event);
    } catch (error) {
      this.logger.error(`a message listener failed for message ${event.message.msgId}: ${(error as Error).message}`);
    }
  }
}

/** Who hears of a message besides the sender: the 1:1 peer, or the group's members that receive (mute mode 2 left out). */
function recipientsAmong(message: StoredMessage, members: GroupRecipientRow[] | null): number[] {
  if (message.chatType === 1) return message.toId === message.fromUserId ? [] : [message.toId];
  return (members ?? []).filter((member) => member.userId !== message.fromUserId && member.msgMuteMode !== 2).map((member) => member.userId);
}

/** The conversation id the receiver knows a stored entry under: the group, or the sender for 1:1. */
function receiverView(row: MessageRow): number {
  return row.chatType === 2 ? row.toId : row.fromUserId;
}

/** A stored entry as served: a recalled message keeps its ids but no longer carries its content. */
export function toStored(row: MessageRow, conversationId: number): StoredMessage {
  const recalled = row.status === MessageStatus.Recalled;
  return {
    ...row,
    conversationId,
    content: recalled ? '' : row.content,
    attachment: recalled ? null : row.attachment,
  };
}

function clampLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1) return 50;
  return Math.min(limit, MAX_PULL_LIMIT);
}

function validateSendInput(input: SendInput): void {
  if (input.chatType !== 1 && input.chatType !== 2) throw ApiError.badParameter('type: must be 1 (user) or 2 (group)');
  if (!Number.isSafeInteger(input.toId) || input.toId <= 0) throw ApiError.badParameter('targets: ids must be positive integers');
  if (!Number.isInteger(input.contentType) || input.contentType < 0 || input.contentType > ContentType.Replace) {
    throw ApiError.badParameter('content_type: must be an integer from 0 to 12');
  }
  if (typeof input.content !== 'string') throw ApiError.badParameter('content: must be a string');
}
