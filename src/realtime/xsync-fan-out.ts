import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Server } from 'socket.io';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { GroupReceiversChange } from '../group/group-receivers';
import { SocketIoTransport } from './transports/socket-io.transport';
import { StoredEntryDelivery } from './pushed-pages';
import { attachFanOut, chooseFanOut } from './xsync-io.adapter';
import { XsyncIdentity } from './xsync-session';
import { XsyncGateway } from './xsync.gateway';

/** Events between server processes (socket.io's serverSideEmit): never seen by clients. */
const DELIVER = 'xsync:deliver';
const END = 'xsync:end';
const REPLACED = 'xsync:replaced';
const LIVE = 'xsync:live';
const ENTRIES = 'xsync:entries';
const RECEIVERS = 'xsync:receivers';

/** Most stored entries one publish carries (a group commit of 200 sends announces 400 in a turn for 1:1). */
const MAX_ENTRIES_PER_PUBLISH = 500;

/** Most replaced sessions one publish carries (logins finishing in one turn of a reconnect storm). */
const MAX_REPLACED_PER_PUBLISH = 500;

/**
 * Rooms, the connections to leave out, and the frame in base64: the Redis adapter sends
 * serverSideEmit arguments as JSON, which would not keep a Buffer.
 */
interface Delivery {
  rooms: string[];
  except: string | null;
  frame: string;
}

/** A stored entry between processes, its frames in base64 like Delivery's. */
interface EntryDelivery extends Omit<StoredEntryDelivery, 'page' | 'notice'> {
  rooms: string[];
  page: string;
  notice: string;
}

/**
 * Carries deliveries to every process: this process's sessions directly (XsyncGateway, whatever
 * their transport), the others' through the socket.io adapter's server-to-server events (Redis or
 * PostgreSQL; src/realtime/README.md "Delivery and scale-out"). A worker process has no
 * transports: it broadcasts through a detached socket.io server with the same adapter.
 *
 * Ending sessions travels as one event holding both the reason and the order to close, so each
 * process sends the reason before it closes the connection, whichever adapter carried it (the
 * PostgreSQL adapter fetches binary payloads from a table and could let a separate close overtake them).
 */
@Injectable()
export class XsyncFanOut implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('XsyncFanOut');
  /** The socket.io server whose adapter reaches the other processes; null with the in-memory adapter (one process). */
  private bus: Server | null = null;
  private detached: Server | null = null;
  private closeDetached: (() => Promise<unknown>) | null = null;
  /** Stored entries announced in this turn of the event loop, published to the other processes together. */
  private outgoingEntries: EntryDelivery[] = [];
  /** Sessions replaced in this turn of the event loop (endReplacedSessions), published together; never pending at the same time as entries. */
  private outgoingReplaced: Delivery[] = [];

  constructor(
    private readonly gateway: XsyncGateway,
    private readonly socketIo: SocketIoTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Nest builds the gateways' servers before init hooks run, so the transport's server is known here. */
  onModuleInit(): void {
    const fanOut = chooseFanOut(this.config.redisUrl, this.config.databaseUrl);
    if (fanOut.kind === 'local') return;
    let bus: Server | undefined = this.socketIo.server;
    if (!bus) {
      this.detached = bus = new Server();
      const log = { warn: (details: object, message: string) => this.logger.warn(`${message}: ${String((details as { err?: unknown }).err)}`) };
      this.closeDetached = attachFanOut(this.detached, fanOut, log);
    }
    const namespace = bus.of('/');
    namespace.on(DELIVER, (delivery: Delivery) => this.gateway.deliverLocal(delivery.rooms, delivery.except, Buffer.from(delivery.frame, 'base64')));
    namespace.on(END, (delivery: Delivery) => this.gateway.endLocal(delivery.rooms, delivery.except, Buffer.from(delivery.frame, 'base64')));
    namespace.on(REPLACED, (deliveries: Delivery[]) => {
      for (const { rooms, except, frame } of deliveries) this.gateway.endLocal(rooms, except, Buffer.from(frame, 'base64'));
    });
    namespace.on(ENTRIES, (entries: EntryDelivery[]) => {
      for (const { rooms, page, notice, ...entry } of entries) {
        this.gateway.deliverEntryLocal(rooms, { ...entry, page: Buffer.from(page, 'base64'), notice: Buffer.from(notice, 'base64') });
      }
    });
    namespace.on(LIVE, (rooms: string[], answer: (identities: XsyncIdentity[]) => void) => answer(this.gateway.liveLocal(rooms)));
    namespace.on(RECEIVERS, (change: GroupReceiversChange, answer: (applied: boolean) => void) => {
      this.gateway.groupReceiversChangedLocal(change);
      answer(true);
    });
    this.bus = bus;
  }

  async onModuleDestroy(): Promise<void> {
    this.publishPending();
    this.bus = null;
    if (this.detached) {
      // A detached server has no engine to close: only its namespace's adapter holds anything.
      await this.detached.of('/').adapter.close();
      await this.closeDetached?.();
      this.detached = null;
    }
  }

  /** `frame` to every connection in one of `rooms`, minus those in room `except`, in every process. */
  deliver(rooms: string[], except: string | null, frame: Buffer): void {
    if (rooms.length === 0) return;
    this.gateway.deliverLocal(rooms, except, frame);
    this.publishPending();
    this.bus?.of('/').serverSideEmit(DELIVER, { rooms, except, frame: frame.toString('base64') } satisfies Delivery);
  }

  /**
   * A stored entry to the sessions in `rooms`, in every process: each gets the page, a NOTICE or
   * nothing (XsyncGateway.deliverEntryLocal). This process's sessions get it at once; the other
   * processes get the entries of one turn of the event loop in one publish (a group commit announces
   * its whole batch in one turn), in the order they were announced. Any other publish sends the
   * entries gathered so far first, so the other processes see every delivery in this process's order.
   */
  deliverEntry(rooms: string[], entry: StoredEntryDelivery): void {
    if (rooms.length === 0) return;
    this.gateway.deliverEntryLocal(rooms, entry);
    if (!this.bus) return;
    const { page, notice, ...rest } = entry;
    this.publishReplaced();
    if (this.outgoingEntries.length === 0) setImmediate(() => this.publishEntries());
    this.outgoingEntries.push({ ...rest, rooms, page: page.toString('base64'), notice: notice.toString('base64') });
    if (this.outgoingEntries.length >= MAX_ENTRIES_PER_PUBLISH) this.publishEntries();
  }

  private publishEntries(): void {
    if (this.outgoingEntries.length === 0) return;
    const entries = this.outgoingEntries;
    this.outgoingEntries = [];
    this.bus?.of('/').serverSideEmit(ENTRIES, entries);
  }

  private publishReplaced(): void {
    if (this.outgoingReplaced.length === 0) return;
    const replaced = this.outgoingReplaced;
    this.outgoingReplaced = [];
    this.bus?.of('/').serverSideEmit(REPLACED, replaced);
  }

  /** Whatever this turn has gathered (at most one of the two kinds is pending), before a publish that must come after it. */
  private publishPending(): void {
    this.publishEntries();
    this.publishReplaced();
  }

  /**
   * Moves the sessions of a group's new and former receivers into or out of its room in every
   * process, and resolves once each process has answered (or the adapter's request timeout, 5 s,
   * passed for one that did not): the call that changed the membership is answered after that, so
   * a message sent after its answer reaches exactly the new receivers.
   */
  async groupReceiversChanged(change: GroupReceiversChange): Promise<void> {
    this.gateway.groupReceiversChangedLocal(change);
    if (!this.bus) return;
    this.publishPending();
    await new Promise<void>((resolve) => {
      this.bus!.of('/').serverSideEmit(RECEIVERS, change, (error: Error | null) => {
        if (error) this.logger.warn(`group ${change.groupId} receivers: ${error.message}`);
        resolve();
      });
    });
  }

  /** Ends the sessions in `rooms` (minus `except`) in every process, each getting `frame` (the reason) before its close. */
  endSessions(rooms: string[], except: string | null, frame: Buffer): void {
    this.gateway.endLocal(rooms, except, frame);
    this.publishPending();
    this.bus?.of('/').serverSideEmit(END, { rooms, except, frame: frame.toString('base64') } satisfies Delivery);
  }

  /**
   * endSessions for the sessions a device's new session replaces (one session per device), which
   * every login asks for: the other processes get those of one turn of the event loop in one
   * publish, as stored entries are batched, instead of one publish per login (in a reconnect storm
   * those publishes were about a tenth of the server's CPU profile). The order of this
   * process's publishes is kept: entries gathered before are published first, and an entry
   * announced after publishes these first.
   */
  endReplacedSessions(rooms: string[], except: string | null, frame: Buffer): void {
    this.gateway.endLocal(rooms, except, frame);
    if (!this.bus) return;
    this.publishEntries();
    if (this.outgoingReplaced.length === 0) setImmediate(() => this.publishReplaced());
    this.outgoingReplaced.push({ rooms, except, frame: frame.toString('base64') });
    if (this.outgoingReplaced.length >= MAX_REPLACED_PER_PUBLISH) this.publishReplaced();
  }

  /**
   * Who is live in `rooms` in any process. A process that does not answer within the adapter's
   * request timeout counts as holding nobody: its devices are left to the vendor channels.
   */
  async liveSessions(rooms: string[]): Promise<XsyncIdentity[]> {
    const local = this.gateway.liveLocal(rooms);
    if (!this.bus) return local;
    const remote = await new Promise<XsyncIdentity[][]>((resolve) => {
      this.bus!.of('/').serverSideEmit(LIVE, rooms, (error: Error | null, responses: XsyncIdentity[][]) => {
        if (error) this.logger.warn(`live sessions: ${error.message}`);
        resolve(responses ?? []);
      });
    });
    return [...local, ...remote.flat()];
  }
}
