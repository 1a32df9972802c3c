import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Clock } from '../common/clock';
import { GroupReceivers } from '../group/group-receivers';
import { conversationIdFor, MessageStoredEvent, OperationOutcome } from '../message/message.types';
import { NoticeService } from '../notice/notice.service';
import { NoticesStored, UserNoticeType } from '../notice/notice.types';
import { LiveDeviceTarget, liveDeviceKey, LivePushPayload, LivePushPort } from '../push/live-push.port';
import { EndedSessions, UserSessionsService } from '../user/user-sessions.service';
import { Rooms } from './rooms';
import { XsyncConnection } from './transports/xsync-connection';
import { EntryOrder } from './pushed-pages';
import { XsyncFanOut } from './xsync-fan-out';
import { XsyncIdentity } from './xsync-session';
import { REALTIME_MESSAGES, RealtimeMessages, XsyncSyncService } from './xsync-sync.service';
import { conversationXid, messageMeta, operationMeta, pushMeta, userNoticeMeta, xid } from './xsync-meta';
import { XsyncGateway } from './xsync.gateway';
import { Command, encode, Meta, ok, writeFrame, Xid } from './xsync.codec';

/** How long an entry waits for the entries before it in its conversation (EntryOrder). */
const REORDER_HOLD_MS = 50;

function noticeFrame(target: Xid): Buffer {
  return writeFrame(Command.Notice, encode('Notice', { xid: target }));
}

/** Data pushed without being asked for (typing, receipts, a session's end): a SyncDL the SDK reads like a sync answer. */
function pushedFrame(metas: Meta[], conversation: Xid): Buffer {
  return writeFrame(Command.Sync, encode('SyncDL', { status: ok(), metas, next_key: 0, xid: conversation }));
}

/**
 * Tells live devices that something is waiting for them. Everything goes to rooms (Rooms), and
 * XsyncFanOut carries it to whichever process holds the connections: NOTICE {xid} for stored
 * messages and notices (the device then syncs that xid), the data itself for what is never stored
 * (typing, receipts, mxpush), and the reason before closing the connections of ended sessions.
 */
@Injectable()
export class XsyncDeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('XsyncDelivery');
  private readonly unsubscribers: (() => void)[] = [];
  private readonly order = new EntryOrder<() => void>(REORDER_HOLD_MS, (deliver) => deliver());

  constructor(
    private readonly gateway: XsyncGateway,
    @Inject(REALTIME_MESSAGES) private readonly messages: RealtimeMessages,
    private readonly notices: NoticeService,
    private readonly sessions: UserSessionsService,
    private readonly sync: XsyncSyncService,
    private readonly clock: Clock,
    private readonly moduleRef: ModuleRef,
    private readonly fanOut: XsyncFanOut,
    private readonly groupReceivers: GroupReceivers,
  ) {}

  onApplicationBootstrap(): void {
    this.gateway.onProvisioned((identity, connection) => this.endOlderSessionsOfDevice(identity, connection));
    this.unsubscribers.push(
      this.messages.onStored((event) => this.guard('message', () => this.messageStored(event))),
      this.notices.onNoticesStored((event) => this.guard('notice', () => this.noticesStored(event))),
      this.sessions.onSessionsEnded((event) => this.guard('session end', () => this.sessionsEnded(event))),
      this.groupReceivers.onChanged((change) => this.fanOut.groupReceiversChanged(change)),
    );
    this.sync.onLiveOperation((identity, outcome) => this.guard('receipt', () => this.liveOperation(identity, outcome)));
    const livePush = this.livePushPort();
    if (livePush) this.unsubscribers.push(livePush.onDeliver((appId, targets, payload) => this.deliverPush(appId, targets, payload)));
  }

  onModuleDestroy(): void {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
  }

  /** The push pipeline's port, when the push module is part of this application. */
  private livePushPort(): LivePushPort | null {
    try {
      return this.moduleRef.get(LivePushPort, { strict: false });
    } catch {
      this.logger.warn('no LivePushPort in this application: mxpush notifications are not delivered over sockets');
      return null;
    }
  }

  /** A listener must never throw into the emitter of the service that stored the data. */
  private guard(what: string, deliver: () => unknown): void {
    try {
      const result = deliver();
      if (result instanceof Promise) result.catch((error) => this.logger.error(`${what} delivery failed: ${String(error)}`));
    } catch (error) {
      this.logger.error(`${what} delivery failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  private emit(rooms: string[], except: string | null, frame: Buffer): void {
    this.fanOut.deliver(rooms, except, frame);
  }

  /**
   * MaxIM keeps one session per device: a new one (a second browser tab shares the first one's
   * device_guid, so its device number) ends the older ones with KICK_BY_SAME_DEVICE. MaxIM's SDK
   * then stops reconnecting and, at its next login, provisions under a fresh guid as a new device.
   */
  private async endOlderSessionsOfDevice(identity: XsyncIdentity, connection: XsyncConnection): Promise<void> {
    const { appId, userId, deviceSn } = identity;
    const content = JSON.stringify({ device_sn: deviceSn });
    const reason = pushedFrame([userNoticeMeta(userId, UserNoticeType.KickBySameDevice, content, this.clock.now().getTime())], xid(userId));
    this.fanOut.endReplacedSessions([Rooms.device(appId, userId, deviceSn)], Rooms.connection(connection.id), reason);
  }

  /**
   * A stored entry reaches its recipients' and its sender's devices as a pushed page (or a NOTICE
   * where a session must pull: XsyncGateway.deliverEntryLocal); the sending device's session only
   * notes it. A group's xid is the same for all, so one delivery to its room (its receivers, kept
   * by GroupReceivers) and the sender's carries it, encoded once; a 1:1 conversation is the peer as
   * each side sees it. Typing (transient) is pushed as it is, never to the sending device.
   */
  private messageStored(event: MessageStoredEvent): void {
    const { appId, message, recipientUserIds, senderUserId, senderDeviceSn, transient } = event;
    const senderDevice = senderDeviceSn === null ? null : Rooms.device(appId, senderUserId, senderDeviceSn);
    if (transient && message.chatType === 2) {
      const conversation = conversationXid(conversationIdFor(message, senderUserId));
      this.emit([Rooms.group(appId, message.toId)], Rooms.user(appId, senderUserId), pushedFrame([messageMeta(message, senderUserId)], conversation));
      return;
    }
    if (transient) {
      for (const recipient of new Set(recipientUserIds)) {
        const conversation = conversationXid(conversationIdFor(message, recipient));
        this.emit([Rooms.user(appId, recipient)], senderDevice, pushedFrame([messageMeta(message, recipient)], conversation));
      }
      return;
    }
    const deliverTo = (rooms: string[], viewerId: number): void => {
      const conversation = conversationXid(conversationIdFor(message, viewerId));
      // A message to oneself is synced under one's own xid, the notice stream's: a page confirmed there would move the notice position.
      if (Number(conversation.uid) === viewerId) {
        this.emit(rooms, senderDevice, noticeFrame(conversation));
        return;
      }
      this.fanOut.deliverEntry(rooms, {
        xid: Number(conversation.uid),
        seq: message.seq,
        conversationKey: message.conversationKey,
        senderUserId,
        senderDeviceSn,
        page: writeFrame(Command.Sync, encode('SyncDL', { status: ok(), metas: [messageMeta(message, viewerId)], next_key: message.seq, xid: conversation })),
        notice: noticeFrame(conversation),
      });
    };
    this.order.add(message.conversationKey, message.seq, () => {
      if (message.chatType === 2) {
        // The sender's own room too: its other devices get what it sent whatever its mute mode.
        deliverTo([Rooms.group(appId, message.toId), Rooms.user(appId, senderUserId)], senderUserId);
        return;
      }
      for (const recipient of new Set(recipientUserIds)) {
        if (recipient !== senderUserId) deliverTo([Rooms.user(appId, recipient)], recipient);
      }
      deliverTo([Rooms.user(appId, senderUserId)], senderUserId);
    });
  }

  /** Receipts that are not stored reach the live devices of `liveTo` (never the device that sent them). */
  private liveOperation(identity: XsyncIdentity, outcome: OperationOutcome): void {
    const now = this.clock.now().getTime();
    const acting = Rooms.device(identity.appId, identity.userId, identity.deviceSn);
    for (const userId of new Set(outcome.liveTo)) {
      const meta = operationMeta(outcome, userId, now);
      this.emit([Rooms.user(identity.appId, userId)], acting, pushedFrame([meta], meta.to ?? xid(userId)));
    }
  }

  /** Each recipient's devices sync their own notice stream, whose xid is the user itself. */
  private noticesStored(event: NoticesStored): void {
    for (const recipient of new Set(event.recipientIds)) {
      this.emit([Rooms.user(event.appId, recipient)], null, noticeFrame(xid(recipient)));
    }
  }

  /** The reason first (the SDK stops retrying on it), then the close, in every process (XsyncFanOut.endSessions). */
  private sessionsEnded(ended: EndedSessions): void {
    const { appId, userId, deviceSn, exceptTokenId, onlyTokenId, reason } = ended;
    const room = onlyTokenId ? Rooms.token(onlyTokenId) : deviceSn === null ? Rooms.user(appId, userId) : Rooms.device(appId, userId, deviceSn);
    const except = exceptTokenId ? Rooms.token(exceptTokenId) : null;
    const content = deviceSn === null ? null : JSON.stringify({ device_sn: deviceSn });
    this.fanOut.endSessions([room], except, pushedFrame([userNoticeMeta(userId, reason, content, this.clock.now().getTime())], xid(userId)));
  }

  /** mxpush: the devices with a live socket in any process get the PUSH meta; the others are left to vendors. */
  private async deliverPush(appId: string, targets: readonly LiveDeviceTarget[], payload: LivePushPayload): Promise<Set<string>> {
    const wanted = new Map(targets.map((target) => [liveDeviceKey(target.userId, target.deviceSn), target]));
    const live = await this.fanOut.liveSessions(targets.map((target) => Rooms.device(appId, target.userId, target.deviceSn)));
    const reached = new Set<string>();
    for (const identity of live) {
      if (identity.appId === appId) reached.add(liveDeviceKey(identity.userId, identity.deviceSn));
    }
    const now = this.clock.now().getTime();
    for (const key of reached) {
      const target = wanted.get(key);
      if (!target) continue;
      const meta = pushMeta(target.userId, payload, target.badge, now);
      this.emit([Rooms.device(appId, target.userId, target.deviceSn)], null, pushedFrame([meta], xid(target.userId)));
    }
    return reached;
  }
}
