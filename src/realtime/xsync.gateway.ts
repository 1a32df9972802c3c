import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG, RealtimeSettings } from '../common/config/config';
import { Metrics } from '../common/observability/metrics.service';
import { GroupMemberService } from '../group/group-member.service';
import { GroupReceiversChange } from '../group/group-receivers';
import { PresenceService } from '../user/presence.service';
import { PositionWriteBehind } from './position-write-behind';
import { DeviceStreams, StoredEntryDelivery } from './pushed-pages';
import { Rooms } from './rooms';
import { XsyncConnection } from './transports/xsync-connection';
import { XsyncProvisionService } from './xsync-provision.service';
import { FrameBucket, XsyncIdentity, XsyncSession } from './xsync-session';
import { statusOf } from './xsync-status';
import { SYNC_PAGE_SIZE, XsyncSyncService } from './xsync-sync.service';
import {
  asBytes,
  Command,
  decode,
  encode,
  FrameError,
  MessageName,
  ok,
  Provision,
  readFrame,
  Status,
  StatusCode,
  SyncUL,
  writeFrame,
} from './xsync.codec';

/** Answers larger than this go out ZLIB-compressed to clients that compress their own frames. */
const COMPRESS_ABOVE_BYTES = 1024;

/** Frames of one connection waiting beyond this many seconds' worth of its rate: the client is flooding. */
const QUEUE_SECONDS = 4;

/** The reason MaxIM's SDK matches to log in again. */
const LOGIN_FIRST = 'you must login first';

/** setTimeout's longest delay; a token living longer re-arms its timer. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Told of every newly provisioned session (the delivery service ends older sessions of the same device). */
export type ProvisionedListener = (identity: XsyncIdentity, connection: XsyncConnection) => Promise<void>;

/**
 * The xsync session logic, the same for every transport (transports/): a transport hands it each
 * connection's opening, binary Frames and close. It owns the session's life (PROVISION, presence,
 * heartbeats, flood and slow-consumer limits, malformed frames) and this process's rooms; what
 * UNREAD and SYNC answer comes from XsyncSyncService. Nothing a client sends can throw out of a
 * handler: every failure becomes a status on that connection.
 */
@Injectable()
export class XsyncGateway implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('XsyncGateway');
  private readonly settings: RealtimeSettings;
  private readonly sessions = new Map<XsyncConnection, XsyncSession>();
  /**
   * Sessions by room. A room of one session (every device, token and connection room, and the user
   * room of a user with one live device) holds it without a Set: a Set costs about 150 bytes, and
   * each connection is in at least four rooms.
   */
  private readonly rooms = new Map<string, XsyncSession | Set<XsyncSession>>();
  private provisioned: ProvisionedListener = async () => undefined;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly provisioning: XsyncProvisionService,
    private readonly sync: XsyncSyncService,
    private readonly presence: PresenceService,
    private readonly metrics: Metrics,
    private readonly positions: PositionWriteBehind,
    private readonly groupMembers: GroupMemberService,
  ) {
    this.settings = config.realtime;
  }

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep(), this.settings.presenceHeartbeatSeconds * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  onProvisioned(listener: ProvisionedListener): void {
    this.provisioned = listener;
  }

  opened(connection: XsyncConnection): void {
    const now = this.clock.now().getTime();
    // A connection that never logs in holds its buffers for nothing: it gets a deadline, not the heartbeat timeout.
    const provisionDeadline = setTimeout(() => {
      if (!this.sessions.get(connection)?.identity) connection.close();
    }, this.settings.provisionTimeoutSeconds * 1000);
    provisionDeadline.unref();
    this.metrics.liveSockets.inc();
    this.sessions.set(connection, {
      connection,
      identity: null,
      rooms: new Set(),
      groupChangesHeard: null,
      streams: new DeviceStreams(SYNC_PAGE_SIZE, connection.handshake.pushPages),
      compress: false,
      lastFrameAt: now,
      provisionDeadline,
      tokenExpiry: null,
      queue: Promise.resolve(),
      pending: 0,
      bucket: new FrameBucket(this.settings.framesPerSecond, now),
    });
  }

  closed(connection: XsyncConnection): void {
    const session = this.sessions.get(connection);
    if (!session) return;
    if (session.provisionDeadline) clearTimeout(session.provisionDeadline);
    if (session.tokenExpiry) clearTimeout(session.tokenExpiry);
    this.sessions.delete(connection);
    this.metrics.liveSockets.dec();
    this.leaveRooms(session);
    if (session.identity) {
      this.presence.sessionClosed(connection.id).catch((error) => this.logger.warn(`presence close failed: ${String(error)}`));
    }
  }

  /**
   * The periodic duty: refresh this process's live sessions, close connections silent past the
   * heartbeat timeout and those whose output has piled up past the buffer limit.
   */
  async sweep(): Promise<void> {
    const now = this.clock.now().getTime();
    const live: string[] = [];
    for (const [connection, session] of this.sessions) {
      if (now - session.lastFrameAt > this.settings.heartbeatTimeoutSeconds * 1000) {
        connection.close();
      } else if (connection.bufferedBytes() > this.settings.sendBufferBytes) {
        this.dropSlowConsumer(connection);
      } else if (session.identity) {
        live.push(connection.id);
      }
    }
    try {
      await this.presence.heartbeat(live);
    } catch (error) {
      this.logger.warn(`presence heartbeat failed: ${String(error)}`);
    }
  }

  /** Connections of this process (tests and diagnostics). */
  localConnections(): XsyncConnection[] {
    return [...this.sessions.keys()];
  }

  /** This process's share of a delivery: every session in one of `rooms`, minus those in `except`. */
  deliverLocal(rooms: readonly string[], except: string | null, frame: Buffer): void {
    for (const session of this.sessionsIn(rooms, except)) this.send(session.connection, frame, 'delivery');
  }

  /**
   * This process's share of a stored entry: each session in `rooms` gets the entry itself, a
   * NOTICE, or nothing, as its own state of that conversation says (DeviceStreams.entryStored).
   */
  deliverEntryLocal(rooms: readonly string[], entry: StoredEntryDelivery): void {
    for (const session of this.sessionsIn(rooms, null)) {
      const identity = session.identity;
      if (!identity) continue;
      const own = identity.userId === entry.senderUserId && identity.deviceSn === entry.senderDeviceSn;
      const delivery = session.streams.entryStored(entry.xid, entry.seq, entry.conversationKey, own);
      if (delivery === 'page') this.send(session.connection, entry.page, 'delivery');
      else if (delivery === 'notice') this.send(session.connection, entry.notice, 'delivery');
      else if (delivery === 'advance') this.positions.record(identity.userId, identity.deviceSn, entry.conversationKey, entry.seq);
    }
  }

  /** Ends this process's sessions in `rooms` (minus `except`): `frame` (the reason) first, then a close that lets it out. */
  endLocal(rooms: readonly string[], except: string | null, frame: Buffer): void {
    for (const session of this.sessionsIn(rooms, except)) {
      this.send(session.connection, frame, 'delivery');
      session.connection.close();
    }
  }

  /** Who is live in `rooms` on this process. */
  liveLocal(rooms: readonly string[]): XsyncIdentity[] {
    return [...this.sessionsIn(rooms, null)].flatMap((session) => (session.identity ? [session.identity] : []));
  }

  private sessionsIn(rooms: readonly string[], except: string | null): Set<XsyncSession> {
    const excluded = except ? this.rooms.get(except) : undefined;
    const found = new Set<XsyncSession>();
    const add = (session: XsyncSession): void => {
      if (session !== excluded && !(excluded instanceof Set && excluded.has(session))) found.add(session);
    };
    for (const room of rooms) {
      const members = this.rooms.get(room);
      if (members instanceof Set) members.forEach(add);
      else if (members) add(members);
    }
    return found;
  }

  /**
   * This process's share of a change of a group's receivers: the sessions of users who joined (or
   * unmuted) enter the group's room, those of users who left (or chose mode 2) leave it, each
   * starting the group's stream afresh (DeviceStreams.forget).
   */
  groupReceiversChangedLocal(change: GroupReceiversChange): void {
    const room = Rooms.group(change.appId, change.groupId);
    for (const [userIds, receives] of [
      [change.joined, true],
      [change.left, false],
    ] as const) {
      for (const session of this.sessionsIn(userIds.map((userId) => Rooms.user(change.appId, userId)), null)) {
        session.groupChangesHeard?.set(change.groupId, receives);
        if (session.rooms.has(room) === receives) continue;
        session.streams.forget(change.groupId);
        if (receives) this.joinRoom(session, room);
        else this.leaveRoom(session, room);
      }
    }
  }

  /**
   * The rooms of the groups whose messages the user receives. Its user room is joined first, so a
   * change announced while this reads reaches the session and wins over the read.
   */
  private async joinGroupRooms(session: XsyncSession, identity: XsyncIdentity): Promise<void> {
    const heard = new Map<number, boolean>();
    session.groupChangesHeard = heard;
    try {
      const groupIds = await this.groupMembers.receivingGroupsOf(identity.appId, identity.userId);
      // A connection closed meanwhile has left its rooms already: it must not hold group rooms.
      if (!this.sessions.has(session.connection)) return;
      for (const groupId of groupIds) {
        if (!heard.has(groupId)) this.joinRoom(session, Rooms.group(identity.appId, groupId));
      }
    } finally {
      session.groupChangesHeard = null;
    }
  }

  private joinRoom(session: XsyncSession, room: string): void {
    session.rooms.add(room);
    const members = this.rooms.get(room);
    if (members === undefined || members === session) this.rooms.set(room, session);
    else if (members instanceof Set) members.add(session);
    else this.rooms.set(room, new Set([members, session]));
  }

  private leaveRoom(session: XsyncSession, room: string): void {
    session.rooms.delete(room);
    const members = this.rooms.get(room);
    if (members === session) this.rooms.delete(room);
    else if (members instanceof Set) {
      members.delete(session);
      if (members.size === 1) this.rooms.set(room, members.values().next().value!);
    }
  }

  private leaveRooms(session: XsyncSession): void {
    for (const room of [...session.rooms]) this.leaveRoom(session, room);
  }

  received(connection: XsyncConnection, data: unknown): void {
    const session = this.sessions.get(connection);
    if (!session) return;
    this.metrics.framesReceived.inc();
    const now = this.clock.now().getTime();
    session.lastFrameAt = now;
    if (session.pending >= this.settings.framesPerSecond * QUEUE_SECONDS) {
      this.logger.warn(`closing ${connection.transport} connection ${connection.id}: ${session.pending} frames waiting`);
      connection.close();
      return;
    }
    const throttled = !session.bucket.take(now);
    session.pending += 1;
    session.queue = session.queue
      .then(() => (throttled ? this.refuseFlood(session, data) : this.handle(session, data)))
      .catch((error) => {
        this.logger.error(`frame handling failed on ${connection.transport} connection ${connection.id}: ${error instanceof Error ? error.stack : String(error)}`);
        this.answerStatus(session, Command.Sync, statusOf(error));
      })
      .finally(() => {
        session.pending -= 1;
      });
  }

  private async handle(session: XsyncSession, data: unknown): Promise<void> {
    const bytes = asBytes(data);
    if (!bytes) {
      this.answerStatus(session, Command.Sync, { code: StatusCode.PbParserError, reason: 'frame: the message must carry one binary Frame' });
      return;
    }
    if (bytes.length > this.settings.maxFrameBytes) {
      const reason = `frame: ${bytes.length} bytes is over the ${this.settings.maxFrameBytes}-byte limit`;
      this.answerStatus(session, Command.Sync, { code: StatusCode.InvalidParameter, reason });
      return;
    }
    let command: number = Command.Sync;
    let syncUl: SyncUL | null = null;
    try {
      const frame = readFrame(bytes, this.settings.maxFrameBytes);
      command = frame.command;
      if (frame.compressed) session.compress = true;
      if (command === Command.Provision) {
        await this.provision(session, decode<Provision>('Provision', frame.payload));
        return;
      }
      if (command !== Command.Unread && command !== Command.Sync) {
        this.answerStatus(session, Command.Sync, { code: StatusCode.UnknownCommand, reason: `command: ${command} is not UNREAD, SYNC or PROVISION` });
        return;
      }
      const identity = session.identity;
      if (!identity) {
        this.answerStatus(session, command, { code: StatusCode.Unauthorized, reason: LOGIN_FIRST });
        return;
      }
      if (command === Command.Unread) {
        this.reply(session, Command.Unread, 'UnreadDL', await this.sync.unread(identity, session.streams));
        return;
      }
      syncUl = decode<SyncUL>('SyncUL', frame.payload);
      const answer = syncUl.meta ? await this.sync.send(identity, syncUl.meta) : await this.sync.sync(identity, syncUl, session.streams);
      if (answer) this.reply(session, Command.Sync, 'SyncDL', answer);
    } catch (error) {
      if (!(error instanceof FrameError) && !(error instanceof Error && 'code' in error)) throw error;
      const status = error instanceof FrameError ? { code: error.status, reason: error.message } : statusOf(error);
      const answered = error instanceof FrameError && error.command !== undefined ? error.command : command;
      this.answerStatus(session, answered, status, syncUl?.meta?.id, syncUl?.meta ? undefined : syncUl?.xid);
    }
  }

  private async provision(session: XsyncSession, request: Provision): Promise<void> {
    const current = session.identity;
    if (current) {
      // A repeated PROVISION on a live connection confirms the session it already has.
      this.reply(session, Command.Provision, 'Provision', { status: ok(), xid: { uid: current.userId, deviceSN: current.deviceSn } });
      return;
    }
    const { connection } = session;
    const outcome = await this.provisioning.provision(request, connection.handshake);
    if ('status' in outcome) {
      this.reply(session, Command.Provision, 'Provision', { status: outcome.status, xid: request.xid ?? null });
      return;
    }
    if (!connection.isOpen() || !this.sessions.has(connection)) return;
    const identity: XsyncIdentity = outcome.identity;
    session.identity = identity;
    if (session.provisionDeadline) {
      clearTimeout(session.provisionDeadline);
      session.provisionDeadline = null;
    }
    this.endAtTokenExpiry(session, identity.tokenExpiresAt);
    for (const room of [
      Rooms.user(identity.appId, identity.userId),
      Rooms.device(identity.appId, identity.userId, identity.deviceSn),
      Rooms.token(identity.tokenId),
      Rooms.connection(connection.id),
    ]) {
      this.joinRoom(session, room);
    }
    await this.joinGroupRooms(session, identity);
    await this.provisioned(identity, connection);
    // Confirmations of this device's previous session on this process are stored before it reads.
    await this.positions.flushDevice(identity.userId, identity.deviceSn);
    await this.sync.deviceOnline(identity);
    // A connection closed meanwhile has had its presence close queued already: opening now would leave its row behind.
    if (!this.sessions.has(connection)) return;
    await this.presence.sessionOpened({ appId: identity.appId, userId: identity.userId, deviceSn: identity.deviceSn, connectionId: connection.id });
    this.reply(session, Command.Provision, 'Provision', { status: ok(), xid: { uid: identity.userId, deviceSN: identity.deviceSn } });
  }

  /**
   * A session lives as long as its token: when it expires the device gets INVALID_TOKEN, the status
   * on which MaxIM's SDK logs in again by itself, and then the close.
   */
  private endAtTokenExpiry(session: XsyncSession, expiresAt: number | null): void {
    if (expiresAt === null) return;
    const delay = Math.max(0, expiresAt - this.clock.now().getTime());
    session.tokenExpiry = setTimeout(
      () => {
        session.tokenExpiry = null;
        if (delay > LONGEST_TIMER_MS) {
          this.endAtTokenExpiry(session, expiresAt);
          return;
        }
        this.answerStatus(session, Command.Sync, { code: StatusCode.InvalidToken, reason: 'token: expired; log in again (/token/user) and PROVISION with the new token' });
        session.connection.close();
      },
      Math.min(delay, LONGEST_TIMER_MS),
    );
    session.tokenExpiry.unref();
  }

  /** Over the connection's frame rate: the frame is not handled; a send learns which message failed. */
  private refuseFlood(session: XsyncSession, data: unknown): void {
    let command: number = Command.Sync;
    let clientMid: number | undefined;
    try {
      const bytes = asBytes(data);
      if (bytes && bytes.length <= this.settings.maxFrameBytes) {
        const frame = readFrame(bytes, this.settings.maxFrameBytes);
        command = frame.command;
        if (command === Command.Sync) clientMid = decode<SyncUL>('SyncUL', frame.payload).meta?.id;
      }
    } catch {
      // unreadable as well as too frequent: the rate limit is the answer
    }
    const reason = `too many frames: at most ${this.settings.framesPerSecond} a second`;
    this.answerStatus(session, command, { code: StatusCode.RateLimitExceeded, reason }, clientMid);
  }

  /** A status in the answer type of the command it refuses (SyncDL when the command is unknown). */
  /** A refused sync names its xid (a shed read, a group one left), so a client can tell which sync failed. */
  private answerStatus(session: XsyncSession, command: number, status: Status, clientMid?: number, syncXid?: SyncUL['xid']): void {
    if (command === Command.Provision) this.reply(session, Command.Provision, 'Provision', { status });
    else if (command === Command.Unread) this.reply(session, Command.Unread, 'UnreadDL', { status });
    else if (clientMid) this.reply(session, Command.Sync, 'SyncDL', { status, client_mid: clientMid });
    else this.reply(session, Command.Sync, 'SyncDL', syncXid ? { status, xid: syncXid } : { status });
  }

  private reply(session: XsyncSession, command: Command, name: MessageName, value: object): void {
    const payload = encode(name, value);
    this.send(session.connection, writeFrame(command, payload, session.compress && payload.length > COMPRESS_ABOVE_BYTES), 'reply');
  }

  /** Sends, unless the client stopped reading: then the connection is cut and the device will sync. */
  private send(connection: XsyncConnection, frame: Buffer, kind: 'reply' | 'delivery'): void {
    if (!connection.isOpen()) return;
    if (connection.bufferedBytes() + frame.length > this.settings.sendBufferBytes) {
      this.dropSlowConsumer(connection);
      return;
    }
    connection.send(frame);
    this.metrics.framesSent.inc({ kind });
  }

  private dropSlowConsumer(connection: XsyncConnection): void {
    this.logger.warn(`closing ${connection.transport} connection ${connection.id}: more than ${this.settings.sendBufferBytes} bytes waiting for a client that does not read`);
    // Buffered frames are discarded with the connection, which is cut at once: a polite close
    // would wait for a client that does not read. The device catches up by syncing.
    connection.terminate();
  }
}
