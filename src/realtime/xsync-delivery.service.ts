import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Server } from 'socket.io';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { Clock } from '../common/clock';
import { Metrics } from '../common/observability/metrics.service';
import { conversationIdFor, MessageStoredEvent, OperationOutcome } from '../message/message.types';
import { NoticeService } from '../notice/notice.service';
import { NoticesStored } from '../notice/notice.types';
import { LiveDeviceTarget, liveDeviceKey, LivePushPayload, LivePushPort } from '../push/live-push.port';
import { EndedSessions, UserSessionsService } from '../user/user-sessions.service';
import { Rooms } from './rooms';
import { XsyncIdentity, XsyncSocketData } from './xsync-session';
import { REALTIME_MESSAGES, RealtimeMessages, XsyncSyncService } from './xsync-sync.service';
import { conversationXid, messageMeta, operationMeta, pushMeta, userNoticeMeta, xid } from './xsync-meta';
import { attachFanOut, chooseFanOut } from './xsync-io.adapter';
import { XsyncGateway } from './xsync.gateway';
import { Command, encode, Meta, ok, writeFrame, Xid } from './xsync.codec';

function noticeFrame(target: Xid): Buffer {
  return writeFrame(Command.Notice, encode('Notice', { xid: target }));
}

/** Data pushed without being asked for (typing, receipts, a session's end): a SyncDL the SDK reads like a sync answer. */
function pushedFrame(metas: Meta[], conversation: Xid): Buffer {
  return writeFrame(Command.Sync, encode('SyncDL', { status: ok(), metas, next_key: 0, xid: conversation }));
}

/**
 * Tells live devices that something is waiting for them. Everything goes to socket.io rooms
 * (Rooms), so the adapter carries it to whichever process holds the sockets: NOTICE {xid} for
 * stored messages and notices (the device then syncs that xid), the data itself for what is never
 * stored (typing, receipts, mxpush), and the reason before closing the sockets of ended sessions.
 */
@Injectable()
export class XsyncDeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('XsyncDelivery');
  private readonly unsubscribers: (() => void)[] = [];
  /** In a process without the socket server (the worker): a detached server that only broadcasts through the adapter. */
  private detached: Server | null = null;
  private closeDetached: (() => Promise<unknown>) | null = null;

  constructor(
    private readonly gateway: XsyncGateway,
    @Inject(REALTIME_MESSAGES) private readonly messages: RealtimeMessages,
    private readonly notices: NoticeService,
    private readonly sessions: UserSessionsService,
    private readonly sync: XsyncSyncService,
    private readonly clock: Clock,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  /** The socket server of this process, or the detached one that reaches the others. */
  private get io(): Server {
    return this.gateway.server ?? this.detached!;
  }

  onApplicationBootstrap(): void {
    if (!this.gateway.server) {
      this.detached = new Server();
      const log = { warn: (details: object, message: string) => this.logger.warn(`${message}: ${String((details as { err?: unknown }).err)}`) };
      this.closeDetached = attachFanOut(this.detached, chooseFanOut(this.config.redisUrl, this.config.databaseUrl), log);
    }
    this.unsubscribers.push(
      this.messages.onStored((event) => this.guard('message', () => this.messageStored(event))),
      this.notices.onNoticesStored((event) => this.guard('notice', () => this.noticesStored(event))),
      this.sessions.onSessionsEnded((event) => this.guard('session end', () => this.sessionsEnded(event))),
    );
    this.sync.onLiveOperation((identity, outcome) => this.guard('receipt', () => this.liveOperation(identity, outcome)));
    const livePush = this.livePushPort();
    if (livePush) this.unsubscribers.push(livePush.onDeliver((appId, targets, payload) => this.deliverPush(appId, targets, payload)));
  }

  async onModuleDestroy(): Promise<void> {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    if (this.detached) {
      // A detached server has no engine to close: only its namespace's adapter holds anything.
      await this.detached.of('/').adapter.close();
      await this.closeDetached?.();
      this.detached = null;
    }
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
    if (rooms.length === 0) return;
    const target = except ? this.io.to(rooms).except(except) : this.io.to(rooms);
    target.emit('frame', frame);
    this.metrics.framesSent.inc({ kind: 'room' });
  }

  /**
   * Recipients and the sender's other devices learn of the conversation; a group's xid is the same
   * for all, a 1:1 conversation is the peer as each side sees it.
   */
  private messageStored(event: MessageStoredEvent): void {
    const { appId, message, recipientUserIds, senderUserId, senderDeviceSn, transient } = event;
    const senderDevice = senderDeviceSn === null ? null : Rooms.device(appId, senderUserId, senderDeviceSn);
    const frameFor = (viewerId: number): Buffer => {
      const conversation = conversationXid(conversationIdFor(message, viewerId));
      return transient ? pushedFrame([messageMeta(message, viewerId)], conversation) : noticeFrame(conversation);
    };
    if (message.chatType === 2) {
      const viewers = transient ? recipientUserIds : [...recipientUserIds, senderUserId];
      this.emit([...new Set(viewers)].map((userId) => Rooms.user(appId, userId)), senderDevice, frameFor(senderUserId));
      return;
    }
    for (const recipient of new Set(recipientUserIds)) {
      if (recipient !== senderUserId) this.emit([Rooms.user(appId, recipient)], null, frameFor(recipient));
    }
    if (!transient) this.emit([Rooms.user(appId, senderUserId)], senderDevice, frameFor(senderUserId));
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

  /** The reason first (the SDK stops retrying on it), then the close; engine.io flushes the frame before closing. */
  private sessionsEnded(ended: EndedSessions): void {
    const { appId, userId, deviceSn, exceptTokenId, onlyTokenId, reason } = ended;
    const room = onlyTokenId ? Rooms.token(onlyTokenId) : deviceSn === null ? Rooms.user(appId, userId) : Rooms.device(appId, userId, deviceSn);
    const except = exceptTokenId ? Rooms.token(exceptTokenId) : null;
    const content = deviceSn === null ? null : JSON.stringify({ device_sn: deviceSn });
    this.emit([room], except, pushedFrame([userNoticeMeta(userId, reason, content, this.clock.now().getTime())], xid(userId)));
    const sockets = except ? this.io.in(room).except(except) : this.io.in(room);
    sockets.disconnectSockets(true);
  }

  /** mxpush: the devices with a live socket in any process get the PUSH meta; the others are left to vendors. */
  private async deliverPush(appId: string, targets: readonly LiveDeviceTarget[], payload: LivePushPayload): Promise<Set<string>> {
    const wanted = new Map(targets.map((target) => [liveDeviceKey(target.userId, target.deviceSn), target]));
    const sockets = await this.io.in(targets.map((target) => Rooms.device(appId, target.userId, target.deviceSn))).fetchSockets();
    const reached = new Set<string>();
    for (const socket of sockets) {
      const identity = (socket.data as XsyncSocketData | undefined)?.identity;
      if (identity && identity.appId === appId) reached.add(liveDeviceKey(identity.userId, identity.deviceSn));
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
