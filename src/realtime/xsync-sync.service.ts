import { Inject, Injectable } from '@nestjs/common';
import pLimit from 'p-limit';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { Metrics } from '../common/observability/metrics.service';
import { MessageHistoryService } from '../message/message-history.service';
import {
  CaughtUpConversation,
  ConversationUnread as Unread,
  MessageSender,
  MessageStoredEvent,
  OperationInput,
  OperationOutcome,
  PulledPage,
  SendInput,
  SentMessage,
  StoredMessage,
} from '../message/message.types';
import { NoticeNamespace, StoredNotice, UserNoticeType } from '../notice/notice.types';
import { PositionWriteBehind } from './position-write-behind';
import { DeviceStreams } from './pushed-pages';
import { XsyncIdentity } from './xsync-session';
import { chatTypeOfConversation, conversationXid, messageMeta, noticeMeta, operationOfWireType, xid } from './xsync-meta';
import {
  BodyType,
  ConversationBody,
  ConversationOperationType,
  ConversationType,
  decode,
  MessageBody,
  Meta,
  MetaNamespace,
  ok,
  OperationType,
  Qos,
  SyncDL,
  SyncUL,
  UnreadDL,
} from './xsync.codec';

/** What the gateway needs of the message module (MessageService provides it; see realtime.module.ts). */
export interface RealtimeMessages {
  send(sender: MessageSender, input: SendInput): Promise<SentMessage>;
  /**
   * A device's unread conversations, those it has read to the end (with their stream's last seq)
   * and whether its notice stream has news (registering the device first).
   */
  deviceUnread(appId: string, userId: number, deviceSn: number): Promise<{ conversations: Unread[]; caughtUp: CaughtUpConversation[]; noticesPending: boolean }>;
  registerSyncDevice(appId: string, userId: number, deviceSn: number): Promise<void>;
  pull(appId: string, userId: number, deviceSn: number, chatType: 1 | 2, conversationId: number, key: number, limit: number): Promise<PulledPage<StoredMessage>>;
  operate(sender: MessageSender, input: OperationInput): Promise<OperationOutcome>;
  /** The group a message was sent to; null for a 1:1 or unknown message. */
  groupOfMessage(appId: string, msgId: number): Promise<number | null>;
  onStored(listener: (event: MessageStoredEvent) => void): () => void;
  /** The user's notice stream for one device, paged like `pull`. */
  pullNotices(appId: string, userId: number, deviceSn: number, key: number, limit: number): Promise<PulledPage<StoredNotice>>;
}

export const REALTIME_MESSAGES = Symbol('REALTIME_MESSAGES');

/** Entries per SyncDL page; MaxIM's SDK asks again with next_key until it is 0. */
export const SYNC_PAGE_SIZE = 100;

/** History pages over the socket (`is_full_sync`): `full_sync_num` below 1 means this many, above the REST maximum that maximum. */
export const HISTORY_PAGE_DEFAULT = 20;
export const HISTORY_PAGE_MAX = 100;

/** Called for every live operation receipt (liveTo) so the gateway can hand it to those users' devices. */
export type LiveOperationSink = (identity: XsyncIdentity, outcome: OperationOutcome) => void;

/** A typing indicator: MaxIM's SDK sends CHAT bodies with ext {"input_status": …} and qos AT_MOST_ONCE. */
function isTyping(body: MessageBody): boolean {
  if (body.qos !== Qos.AtMostOnce || !body.ext) return false;
  try {
    const ext = JSON.parse(body.ext) as unknown;
    return typeof ext === 'object' && ext !== null && 'input_status' in ext;
  } catch {
    return false;
  }
}

/** User notices that end sessions; MaxIM's SDK logs itself out on any of them, whichever device they name. */
const SESSION_ENDING_NOTICES = new Set<number>([
  UserNoticeType.KickBySameDevice,
  UserNoticeType.KickedByOtherDevice,
  UserNoticeType.DeviceRemoved,
  UserNoticeType.PasswordChanged,
]);

/**
 * A session-ending notice this session must not see: one naming another device (`{"device_sn": n}`),
 * or one sparing this device or this token (`{"except_device_sn": n, "except_token_id": t}`, the
 * session that changed the password or kicked the others) — its SDK would take either for its own logout.
 */
function notForThisSession(notice: StoredNotice, deviceSn: number, tokenId: string): boolean {
  if (notice.namespace !== NoticeNamespace.User || !SESSION_ENDING_NOTICES.has(notice.type) || !notice.content) return false;
  try {
    const scope = JSON.parse(notice.content) as { device_sn?: unknown; except_device_sn?: unknown; except_token_id?: unknown };
    if (typeof scope.device_sn === 'number') return scope.device_sn !== deviceSn;
    return scope.except_device_sn === deviceSn || scope.except_token_id === tokenId;
  } catch {
    return false;
  }
}

function invalid(reason: string): ApiError {
  return ApiError.badParameter(reason);
}

/**
 * UNREAD and SYNC for a provisioned device: conversation unread counts, paged pulls of a
 * conversation or of the user's own notice stream (xid = the user itself, or uid 0), sends and
 * operations. Refusals are thrown as ApiError and become statuses in the gateway.
 */
@Injectable()
export class XsyncSyncService {
  private liveOperations: LiveOperationSink = () => undefined;

  /**
   * UNREAD and SYNC reads, a few at a time per process: after a big group's NOTICE its members'
   * syncs would otherwise hold every pooled database connection, and sends and REST calls would
   * wait behind thousands of them (bench/README.md "fanout").
   */
  private readonly reads: pLimit.Limit;
  private readonly maxWaitMs: number;
  private readonly queueLimit: number;
  /** Reads queued and not started (p-limit's own count lags by a microtask). */
  private waiting = 0;

  constructor(
    @Inject(REALTIME_MESSAGES) private readonly messages: RealtimeMessages,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly metrics: Metrics,
    private readonly history: MessageHistoryService,
    private readonly positions: PositionWriteBehind,
  ) {
    this.reads = pLimit(config.realtime.syncConcurrency);
    this.maxWaitMs = config.realtime.syncMaxWaitMs;
    this.queueLimit = config.realtime.syncQueueLimit;
  }

  /**
   * Load shedding: a read the device has stopped waiting for is refused instead of served late,
   * and a full queue refuses at once (RATE_LIMIT_EXCEEDED; MaxIM's SDK syncs again on its next
   * NOTICE or UNREAD). Serving it would only push every later read past its device's patience too.
   */
  private async read<T>(run: () => Promise<T>): Promise<T> {
    if (this.waiting >= this.queueLimit) throw this.shed(`${this.waiting} reads are waiting`);
    const queuedAt = Date.now();
    this.waiting++;
    let started = false;
    try {
      return await this.metrics.queuedRead(this.reads, () => {
        started = true;
        this.waiting--;
        const waited = Date.now() - queuedAt;
        if (waited > this.maxWaitMs) throw this.shed(`this read waited ${waited} ms for a slot`);
        return run();
      });
    } finally {
      if (!started) this.waiting--;
    }
  }

  private shed(why: string): ApiError {
    this.metrics.syncShed.inc();
    return new ApiError(ErrorCode.RateLimited, `server busy: ${why}; sync again shortly`);
  }

  onLiveOperation(sink: LiveOperationSink): void {
    this.liveOperations = sink;
  }

  /**
   * Starts the device's sync positions at PROVISION (the message module registers a device on its
   * first unread or pull): what arrives from then on is the device's to sync, even if the first
   * frame after PROVISION is a SYNC.
   */
  async deviceOnline(identity: XsyncIdentity): Promise<void> {
    await this.messages.registerSyncDevice(identity.appId, identity.userId, identity.deviceSn);
  }

  /**
   * One statement: the counts are position arithmetic, and the notice stream's news one EXISTS
   * (README "Reconnect"). The conversations the device has read to the end become known to the
   * session's `streams` (when there is a session), so their next entry is pushed, not announced
   * (README "Pushed pages").
   */
  async unread(identity: XsyncIdentity, streams?: DeviceStreams): Promise<UnreadDL> {
    const { appId, userId, deviceSn } = identity;
    const watch = streams?.watch();
    try {
      const { conversations, caughtUp, noticesPending } = await this.read(() => this.messages.deviceUnread(appId, userId, deviceSn));
      if (watch) streams!.caughtUp(watch, caughtUp.map(({ conversationId, head, conversationKey }) => ({ xid: conversationId, head, conversationKey })));
      const unread = conversations.map((conversation) => ({
        xid: conversationXid(conversation.conversationId),
        n: conversation.count,
        type: conversation.chatType === 2 ? ConversationType.GroupChat : ConversationType.Chat,
      }));
      // The SDK only asks whether n > 0 before syncing the stream; the exact count would cost a count query per heartbeat.
      if (noticesPending) unread.push({ xid: xid(userId), n: 1, type: ConversationType.Unknown });
      return { status: ok(), unread };
    } finally {
      if (watch) streams!.unwatch(watch);
    }
  }

  /**
   * A page of a conversation or of the notice stream. A confirmation of what `streams` says this
   * session was given is answered from memory, its position stored behind (PositionWriteBehind);
   * other requests read the database, leaving out what was pushed meanwhile.
   */
  async sync(identity: XsyncIdentity, request: SyncUL, streams: DeviceStreams): Promise<SyncDL> {
    const { appId, userId, deviceSn } = identity;
    const uid = Number(request.xid?.uid ?? 0);
    const key = Number(request.key ?? 0);
    if (request.is_full_sync) return this.historyPage(identity, uid, key, Number(request.full_sync_num ?? 0));
    if (uid === 0 || uid === userId) {
      const page = await this.read(() => this.messages.pullNotices(appId, userId, deviceSn, key, SYNC_PAGE_SIZE));
      const notices = page.messages.filter((notice) => !notForThisSession(notice, deviceSn, identity.tokenId));
      return { status: ok(), metas: notices.map(noticeMeta), next_key: page.nextKey, xid: xid(uid) };
    }
    const confirmed = streams.confirm(uid, key);
    if (confirmed) {
      this.positions.record(userId, deviceSn, confirmed.conversationKey, confirmed.seq);
      return { status: ok(), metas: [], next_key: 0, xid: conversationXid(uid) };
    }
    const from = key > 0 ? key : streams.readFrom(uid);
    const page = await this.read(() => this.messages.pull(appId, userId, deviceSn, chatTypeOfConversation(uid), uid, from, SYNC_PAGE_SIZE));
    const fresh = streams.pulled(uid, from, page.messages, page.nextKey);
    return {
      status: ok(),
      metas: fresh.map((message) => messageMeta(message, userId)),
      next_key: page.nextKey,
      xid: conversationXid(uid),
    };
  }

  /**
   * MaxIM's `requireHistoryMessage`: the conversation's messages older than `key` (a msg id; 0: from
   * the newest), newest first, as GET /message/conversation lists them (the same service, so the
   * same visibility: cleared conversations, history_visible, recalled and deleted messages left out).
   * Reading history moves no sync position.
   */
  private async historyPage(identity: XsyncIdentity, uid: number, key: number, wanted: number): Promise<SyncDL> {
    if (uid === 0) throw invalid('xid.uid: required: the user or group whose history to read');
    const limit = wanted < 1 ? HISTORY_PAGE_DEFAULT : Math.min(wanted, HISTORY_PAGE_MAX);
    const { appId, userId } = identity;
    const page = await this.read(() => this.history.read(appId, userId, chatTypeOfConversation(uid), uid, key, limit));
    return {
      status: ok(),
      is_full_sync: true,
      metas: page.messages.map(({ message }) => messageMeta(message, userId)),
      next_key: page.nextMsgId,
      xid: conversationXid(uid),
    };
  }

  /** SyncUL with a meta: a message, an operation or a typing indicator. */
  async send(identity: XsyncIdentity, meta: Meta): Promise<SyncDL> {
    const clientMid = Number(meta.id ?? 0);
    if (meta.ns === MetaNamespace.Conversation) return this.deleteConversation(identity, meta, clientMid);
    if (meta.ns !== MetaNamespace.Message) throw invalid(`meta.ns: ${meta.ns ?? 0} cannot be sent; send MESSAGE or CONVERSATION metas`);
    const body = decode<MessageBody>('MessageBody', meta.payload ?? new Uint8Array());
    const sender: MessageSender = { appId: identity.appId, userId: identity.userId, deviceSn: identity.deviceSn };
    if (body.type === BodyType.Oper) return this.operate(identity, sender, meta, body, clientMid);

    const toId = Number(meta.to?.uid ?? 0);
    if (!toId) throw invalid('meta.to.uid: required: the user or group to send to');
    const chatType = body.type === BodyType.GroupChat ? 2 : body.type === BodyType.Chat ? 1 : chatTypeOfConversation(toId);
    const sent = await this.messages.send(sender, {
      chatType,
      toId,
      contentType: body.ctype ?? 0,
      content: body.content ?? '',
      attachment: body.attachment || null,
      config: body.config || null,
      ext: body.ext || null,
      clientMid: clientMid || null,
      transient: isTyping(body),
    });
    return { status: ok(), client_mid: clientMid, server_mid: sent.msgId, server_time: sent.timestamp, xid: conversationXid(toId) };
  }

  private async operate(identity: XsyncIdentity, sender: MessageSender, meta: Meta, body: MessageBody, clientMid: number): Promise<SyncDL> {
    const operation = body.operation;
    const type = operationOfWireType(Number(operation?.type ?? OperationType.Unknown));
    if (!operation || !type) throw invalid('operation.type: must be one of READ_ACK … REPLACE');
    // READ_ALL, READ_CANCEL and DELETE are addressed to oneself and name the conversation in operation.xid.
    const to = Number(meta.to?.uid ?? 0);
    const mid = Number(operation.mid ?? 0);
    const conversationId = Number(operation.xid?.uid ?? 0) || (await this.readAckedGroup(identity, type, to, mid)) || (to !== identity.userId ? to : 0);
    if (!conversationId) throw invalid('operation.xid.uid: required: the conversation (peer or group) operated on');
    const outcome = await this.messages.operate(sender, {
      type,
      chatType: chatTypeOfConversation(conversationId),
      conversationId,
      msgId: mid || undefined,
      content: type === 'append' || type === 'replace' ? (body.content ?? '') : undefined,
    });
    if (outcome.liveTo.length > 0) this.liveOperations(identity, outcome);
    const serverTime = outcome.stored?.timestamp ?? this.clock.now().getTime();
    return { status: ok(), client_mid: clientMid, server_mid: outcome.stored?.msgId ?? 0, server_time: serverTime, xid: conversationXid(conversationId), edit_timestamp: outcome.stored?.editTimestamp ?? 0 };
  }

  /**
   * MaxIM's SDKs delete a conversation with a CONVERSATION meta (sysManage.deleteConversation →
   * makeConversationOperation: OPER, operation {DELETE or DELETE_EVERYWHERE, xid}): the same
   * deletion as DELETE /message/conversation, for the caller only.
   */
  private async deleteConversation(identity: XsyncIdentity, meta: Meta, clientMid: number): Promise<SyncDL> {
    const conversation = decode<ConversationBody>('Conversation', meta.payload ?? new Uint8Array());
    const operationType = Number(conversation.operation?.type ?? 0);
    if (operationType !== ConversationOperationType.Delete && operationType !== ConversationOperationType.DeleteEverywhere) {
      throw invalid('operation.type: a CONVERSATION meta must be DELETE (1) or DELETE_EVERYWHERE (2)');
    }
    const conversationId = Number(conversation.operation?.xid?.uid ?? 0);
    if (!conversationId) throw invalid('operation.xid.uid: required: the conversation (peer or group) to delete');
    await this.history.clear(identity.appId, identity.userId, chatTypeOfConversation(conversationId), conversationId);
    return { status: ok(), client_mid: clientMid, server_time: this.clock.now().getTime(), xid: conversationXid(conversationId) };
  }

  /**
   * MaxIM's SDKs send a group message's READ_ACK to the message's sender (makeReadMessageAck(meta.from,
   * mid)) with no operation.xid: the message's own group is then the conversation, if it has one.
   */
  private async readAckedGroup(identity: XsyncIdentity, type: string, to: number, mid: number): Promise<number | null> {
    if (type !== 'read_ack' || !mid || chatTypeOfConversation(to) !== 1) return null;
    return this.reads(() => this.messages.groupOfMessage(identity.appId, mid));
  }
}
