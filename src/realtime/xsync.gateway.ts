import { Inject, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayDisconnect, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Server } from 'socket.io';
import { Clock } from '../common/clock';
import { AppConfig, APP_CONFIG, RealtimeSettings } from '../common/config/config';
import { Metrics } from '../common/observability/metrics.service';
import { PresenceService } from '../user/presence.service';
import { Rooms } from './rooms';
import { Handshake, XsyncProvisionService } from './xsync-provision.service';
import { bufferedBytes, FrameBucket, XsyncIdentity, XsyncSession, XsyncSocket } from './xsync-session';
import { statusOf } from './xsync-status';
import { XsyncSyncService } from './xsync-sync.service';
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

/** Frames of one socket waiting beyond this many seconds' worth of its rate: the socket is flooding. */
const QUEUE_SECONDS = 4;

/** The reason MaxIM's SDK matches to log in again. */
const LOGIN_FIRST = 'you must login first';

/**
 * The xsync gateway: one `frame` event each way carrying a binary Frame protobuf. It owns the
 * socket's life (PROVISION, presence, heartbeats, flood and slow-consumer limits, malformed
 * frames); what UNREAD and SYNC answer comes from XsyncSyncService. Nothing a client sends can
 * throw out of a handler: every failure becomes a status on that socket.
 */
@WebSocketGateway()
export class XsyncGateway implements OnGatewayConnection, OnGatewayDisconnect, OnModuleInit, OnModuleDestroy {
  @WebSocketServer() server!: Server;

  private readonly logger = new Logger('XsyncGateway');
  private readonly settings: RealtimeSettings;
  private readonly sessions = new Map<XsyncSocket, XsyncSession>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly provisioning: XsyncProvisionService,
    private readonly sync: XsyncSyncService,
    private readonly presence: PresenceService,
    private readonly metrics: Metrics,
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

  handleConnection(socket: XsyncSocket): void {
    const now = this.clock.now().getTime();
    socket.data = { identity: null };
    // A socket that never logs in holds a connection and its buffers for nothing: it gets a deadline, not the heartbeat timeout.
    const provisionDeadline = setTimeout(() => {
      if (!socket.data.identity) socket.disconnect(true);
    }, this.settings.provisionTimeoutSeconds * 1000);
    provisionDeadline.unref();
    this.metrics.liveSockets.inc();
    this.sessions.set(socket, {
      compress: false,
      lastFrameAt: now,
      provisionDeadline,
      queue: Promise.resolve(),
      pending: 0,
      bucket: new FrameBucket(this.settings.framesPerSecond, now),
    });
    socket.on('frame', (data: unknown) => this.receive(socket, data));
  }

  handleDisconnect(socket: XsyncSocket): void {
    const session = this.sessions.get(socket);
    if (session?.provisionDeadline) clearTimeout(session.provisionDeadline);
    if (this.sessions.delete(socket)) this.metrics.liveSockets.dec();
    if (socket.data.identity) {
      this.presence.sessionClosed(socket.id).catch((error) => this.logger.warn(`presence close failed: ${String(error)}`));
    }
  }

  /**
   * The periodic duty: refresh this process's live sessions, close sockets silent past the
   * heartbeat timeout and sockets whose output has piled up past the buffer limit.
   */
  async sweep(): Promise<void> {
    const now = this.clock.now().getTime();
    const live: string[] = [];
    for (const [socket, session] of this.sessions) {
      if (now - session.lastFrameAt > this.settings.heartbeatTimeoutSeconds * 1000) {
        socket.disconnect(true);
      } else if (bufferedBytes(socket) > this.settings.sendBufferBytes) {
        this.dropSlowConsumer(socket);
      } else if (socket.data.identity) {
        live.push(socket.id);
      }
    }
    try {
      await this.presence.heartbeat(live);
    } catch (error) {
      this.logger.warn(`presence heartbeat failed: ${String(error)}`);
    }
  }

  /** Sockets of this process (tests and diagnostics). */
  localSockets(): XsyncSocket[] {
    return [...this.sessions.keys()];
  }

  private receive(socket: XsyncSocket, data: unknown): void {
    const session = this.sessions.get(socket);
    if (!session) return;
    this.metrics.framesReceived.inc();
    const now = this.clock.now().getTime();
    session.lastFrameAt = now;
    if (session.pending >= this.settings.framesPerSecond * QUEUE_SECONDS) {
      this.logger.warn(`closing socket ${socket.id}: ${session.pending} frames waiting`);
      socket.disconnect(true);
      return;
    }
    const throttled = !session.bucket.take(now);
    session.pending += 1;
    session.queue = session.queue
      .then(() => (throttled ? this.refuseFlood(socket, data) : this.handle(socket, data)))
      .catch((error) => {
        this.logger.error(`frame handling failed on socket ${socket.id}: ${error instanceof Error ? error.stack : String(error)}`);
        this.answerStatus(socket, Command.Sync, statusOf(error));
      })
      .finally(() => {
        session.pending -= 1;
      });
  }

  private async handle(socket: XsyncSocket, data: unknown): Promise<void> {
    const bytes = asBytes(data);
    if (!bytes) {
      this.answerStatus(socket, Command.Sync, { code: StatusCode.PbParserError, reason: 'frame: the event must carry one binary Frame' });
      return;
    }
    if (bytes.length > this.settings.maxFrameBytes) {
      const reason = `frame: ${bytes.length} bytes is over the ${this.settings.maxFrameBytes}-byte limit`;
      this.answerStatus(socket, Command.Sync, { code: StatusCode.InvalidParameter, reason });
      return;
    }
    let command: number = Command.Sync;
    let syncUl: SyncUL | null = null;
    try {
      const frame = readFrame(bytes, this.settings.maxFrameBytes);
      command = frame.command;
      if (frame.compressed) this.sessionOf(socket).compress = true;
      if (command === Command.Provision) {
        await this.provision(socket, decode<Provision>('Provision', frame.payload));
        return;
      }
      if (command !== Command.Unread && command !== Command.Sync) {
        this.answerStatus(socket, Command.Sync, { code: StatusCode.UnknownCommand, reason: `command: ${command} is not UNREAD, SYNC or PROVISION` });
        return;
      }
      const identity = socket.data.identity;
      if (!identity) {
        this.answerStatus(socket, command, { code: StatusCode.Unauthorized, reason: LOGIN_FIRST });
        return;
      }
      if (command === Command.Unread) {
        this.reply(socket, Command.Unread, 'UnreadDL', await this.sync.unread(identity));
        return;
      }
      syncUl = decode<SyncUL>('SyncUL', frame.payload);
      const answer = syncUl.meta ? await this.sync.send(identity, syncUl.meta) : await this.sync.sync(identity, syncUl);
      if (answer) this.reply(socket, Command.Sync, 'SyncDL', answer);
    } catch (error) {
      if (!(error instanceof FrameError) && !(error instanceof Error && 'code' in error)) throw error;
      const status = error instanceof FrameError ? { code: error.status, reason: error.message } : statusOf(error);
      const answered = error instanceof FrameError && error.command !== undefined ? error.command : command;
      this.answerStatus(socket, answered, status, syncUl?.meta?.id);
    }
  }

  private sessionOf(socket: XsyncSocket): XsyncSession {
    const session = this.sessions.get(socket);
    if (!session) throw new Error(`socket ${socket.id} has no session`);
    return session;
  }

  private async provision(socket: XsyncSocket, request: Provision): Promise<void> {
    const current = socket.data.identity;
    if (current) {
      // A repeated PROVISION on a live socket confirms the session it already has.
      this.reply(socket, Command.Provision, 'Provision', { status: ok(), xid: { uid: current.userId, deviceSN: current.deviceSn } });
      return;
    }
    const outcome = await this.provisioning.provision(request, this.handshakeOf(socket));
    if ('status' in outcome) {
      this.reply(socket, Command.Provision, 'Provision', { status: outcome.status, xid: request.xid ?? null });
      return;
    }
    if (!socket.connected) return;
    const identity: XsyncIdentity = outcome.identity;
    socket.data.identity = identity;
    const session = this.sessions.get(socket);
    if (session?.provisionDeadline) {
      clearTimeout(session.provisionDeadline);
      session.provisionDeadline = null;
    }
    await socket.join([Rooms.user(identity.appId, identity.userId), Rooms.device(identity.appId, identity.userId, identity.deviceSn), Rooms.token(identity.tokenId)]);
    await this.sync.deviceOnline(identity);
    await this.presence.sessionOpened({ appId: identity.appId, userId: identity.userId, deviceSn: identity.deviceSn, connectionId: socket.id });
    this.reply(socket, Command.Provision, 'Provision', { status: ok(), xid: { uid: identity.userId, deviceSN: identity.deviceSn } });
  }

  private handshakeOf(socket: XsyncSocket): Handshake {
    const { query, headers } = socket.handshake;
    const fromQuery = typeof query.app_id === 'string' ? query.app_id : null;
    const fromHeader = typeof headers.app_id === 'string' ? headers.app_id : null;
    const userAgent = headers['user-agent'];
    return { appId: fromQuery || fromHeader || null, userAgent: typeof userAgent === 'string' ? userAgent : null };
  }

  /** Over the socket's frame rate: the frame is not handled; a send learns which message failed. */
  private refuseFlood(socket: XsyncSocket, data: unknown): void {
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
    this.answerStatus(socket, command, { code: StatusCode.RateLimitExceeded, reason }, clientMid);
  }

  /** A status in the answer type of the command it refuses (SyncDL when the command is unknown). */
  private answerStatus(socket: XsyncSocket, command: number, status: Status, clientMid?: number): void {
    if (command === Command.Provision) this.reply(socket, Command.Provision, 'Provision', { status });
    else if (command === Command.Unread) this.reply(socket, Command.Unread, 'UnreadDL', { status });
    else this.reply(socket, Command.Sync, 'SyncDL', clientMid ? { status, client_mid: clientMid } : { status });
  }

  private reply(socket: XsyncSocket, command: Command, name: MessageName, value: object): void {
    const payload = encode(name, value);
    const compress = (this.sessions.get(socket)?.compress ?? false) && payload.length > COMPRESS_ABOVE_BYTES;
    this.send(socket, writeFrame(command, payload, compress));
  }

  /** Sends, unless the client stopped reading: then the socket is closed and the device will sync. */
  send(socket: XsyncSocket, frame: Buffer): void {
    if (!socket.connected) return;
    if (bufferedBytes(socket) + frame.length > this.settings.sendBufferBytes) {
      this.dropSlowConsumer(socket);
      return;
    }
    socket.emit('frame', frame);
    this.metrics.framesSent.inc({ kind: 'reply' });
  }

  private dropSlowConsumer(socket: XsyncSocket): void {
    this.logger.warn(`closing socket ${socket.id}: more than ${this.settings.sendBufferBytes} bytes waiting for a client that does not read`);
    // Buffered frames are discarded with the connection, which is cut at once: a polite websocket
    // close would wait for a client that does not read. The device catches up by syncing.
    const transport = (socket.conn as unknown as { transport?: { socket?: { terminate?: () => void } } }).transport;
    socket.disconnect(true);
    transport?.socket?.terminate?.();
  }
}
