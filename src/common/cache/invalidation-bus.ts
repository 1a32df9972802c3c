import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Redis from 'ioredis';
import { Client, QueryResult } from 'pg';
import { EmbeddedDatabase } from '../database/embedded';

/**
 * How invalidations reach the other processes (src/common/README.md "Hot-state cache").
 * `publish` resolves once no other process can serve what the tags name from its cache.
 */
export interface InvalidationBus {
  /** Whether this process may serve from its cache now: its subscription is current. */
  mayServe(): boolean;
  /** Whether this process may store what it read: it is subscribed (a lapsed lease is fine, see README). */
  subscribed(): boolean;
  start(handlers: BusHandlers): Promise<void>;
  publish(tags: string[]): Promise<void>;
  stop(): Promise<void>;
}

export interface BusHandlers {
  /** Another process invalidated these tags. */
  onInvalidate(tags: string[]): void;
  /** The subscription was lost or made again: events may have been missed, everything cached goes. */
  onResubscribe(): void;
}

/** How often a process sends itself a heartbeat through its bus. */
export const HEARTBEAT_MS = 250;
/** A process serves from its cache only while it has processed a heartbeat of its own sent less than this long ago. */
export const LEASE_MS = 2_000;
/** What a writer adds to the lease before answering without every acknowledgement: clock-rate drift and timer slack. */
const LEASE_MARGIN_MS = 50;
const CHANNEL = 'im_hot_state';

/**
 * The lease: the send time (this process's monotonic clock) of the newest heartbeat of its own it has
 * processed. A heartbeat travels the same ordered stream as the invalidations, so having processed one
 * sent at T means having processed every invalidation whose publish was acknowledged by the bus before T.
 */
class Lease {
  private newestBeat = Number.NEGATIVE_INFINITY;

  renew(sentAt: number): void {
    if (sentAt > this.newestBeat) this.newestBeat = sentAt;
  }

  lapse(): void {
    this.newestBeat = Number.NEGATIVE_INFINITY;
  }

  current(): boolean {
    return performance.now() - this.newestBeat < LEASE_MS;
  }
}

/**
 * Counts acknowledgements of published events, by event id. Counting starts before the event is
 * sent (acknowledgements may arrive before the publisher learns how many to expect). If they are not
 * all in by `deadline`, the publisher waits for the deadline itself: by then every process that did
 * not acknowledge has a lapsed lease and reads the database.
 */
class Acknowledgements {
  private readonly counts = new Map<string, { received: number; expected: number; done: (() => void) | null }>();

  begin(id: string): void {
    this.counts.set(id, { received: 0, expected: Number.POSITIVE_INFINITY, done: null });
  }

  received(id: string): void {
    const entry = this.counts.get(id);
    if (!entry) return;
    entry.received += 1;
    if (entry.received >= entry.expected) entry.done?.();
  }

  /** `publishedAt`: when the bus answered the publish, on this process's monotonic clock. */
  finish(id: string, expected: number, publishedAt: number): Promise<void> {
    const entry = this.counts.get(id);
    if (!entry || entry.received >= expected) {
      this.counts.delete(id);
      return Promise.resolve();
    }
    const waitMs = Math.max(0, publishedAt + LEASE_MS + LEASE_MARGIN_MS - performance.now());
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => entry.done?.(), waitMs);
      entry.expected = expected;
      entry.done = () => {
        clearTimeout(timer);
        this.counts.delete(id);
        resolve();
      };
    });
  }

  abandon(id: string): void {
    this.counts.delete(id);
  }
}

/** What travels on the buses. */
interface Envelope {
  /** Sender's bus id. */
  from: string;
  /** An invalidation, with its id for acknowledgements. */
  id?: string;
  tags?: string[];
  /** An acknowledgement of the invalidation with this id. */
  ack?: string;
  /** A heartbeat's send time on the sender's monotonic clock. */
  beat?: number;
}

/**
 * Redis pub/sub. Every process subscribes to the deployment's channel and to one of its own (acks
 * and its own heartbeats), on one connection: Redis delivers to it in the order it executed the
 * PUBLISHes. PUBLISH answers how many connections got the event; each acknowledges once it has
 * dropped the entries (the publisher too), and the publisher waits for all or for the lease.
 */
export class RedisBus implements InvalidationBus {
  private readonly self = randomUUID();
  private readonly subscriber: Redis;
  private readonly publisher: Redis;
  private readonly acks = new Acknowledgements();
  private readonly lease = new Lease();
  private live = false;
  private heartbeat: NodeJS.Timeout | null = null;

  /** `deployment` names the database, so processes of other deployments on the same Redis are not involved. */
  constructor(
    url: string,
    private readonly deployment: string,
  ) {
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
    this.publisher = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: true });
  }

  private get channel(): string {
    return `${CHANNEL}:${this.deployment}`;
  }

  private own(id: string): string {
    return `${this.channel}:${id}`;
  }

  mayServe(): boolean {
    return this.live && this.lease.current();
  }

  subscribed(): boolean {
    return this.live;
  }

  async start({ onInvalidate, onResubscribe }: BusHandlers): Promise<void> {
    this.subscriber.on('message', (channel: string, text: string) => {
      const envelope = JSON.parse(text) as Envelope;
      if (envelope.beat !== undefined) this.lease.renew(envelope.beat);
      else if (envelope.ack) this.acks.received(envelope.ack);
      else if (channel === this.channel && envelope.id && envelope.tags) {
        if (envelope.from !== this.self) onInvalidate(envelope.tags);
        void this.publisher.publish(this.own(envelope.from), JSON.stringify({ from: this.self, ack: envelope.id })).catch(() => undefined);
      }
    });
    // Between a lost connection and the next subscription events may be missed: the cache is emptied and off.
    this.subscriber.on('close', () => {
      if (!this.live) return;
      this.live = false;
      this.lease.lapse();
      onResubscribe();
    });
    this.subscriber.on('ready', () => {
      void this.subscriber.subscribe(this.channel, this.own(this.self)).then(() => {
        this.live = true;
        onResubscribe();
      }, () => undefined);
    });
    await Promise.all([this.subscriber.connect(), this.publisher.connect()]);
    this.heartbeat = setInterval(() => {
      void this.publisher.publish(this.own(this.self), JSON.stringify({ from: this.self, beat: performance.now() })).catch(() => undefined);
    }, HEARTBEAT_MS).unref();
  }

  async publish(tags: string[]): Promise<void> {
    const id = randomUUID();
    this.acks.begin(id);
    let receivers: number;
    try {
      receivers = await this.publisher.publish(this.channel, JSON.stringify({ from: this.self, id, tags }));
    } catch (error) {
      this.acks.abandon(id);
      throw error;
    }
    await this.acks.finish(id, receivers, performance.now());
  }

  async stop(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.live = false;
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}

/** The PostgreSQL listener connections carry this name, so a publisher can count who must acknowledge. */
export const LISTENER_APPLICATION_NAME = 'im-hot-state';
const RECONNECT_MS = 1_000;

/**
 * PostgreSQL LISTEN/NOTIFY, for deployments without Redis. One listener connection per process
 * listens to the deployment's channel and to its own (acks, heartbeats), and sends its heartbeats
 * on it too; PostgreSQL delivers notifications in commit order. The publisher counts the named
 * listener connections in the statement that notifies.
 */
export class PostgresBus implements InvalidationBus {
  private readonly self = randomUUID();
  private readonly acks = new Acknowledgements();
  private readonly lease = new Lease();
  private listener: Client | null = null;
  /** Statements on the listener connection, one at a time (pg is to refuse overlapping queries on one client). */
  private query: ListenerQuery | null = null;
  private live = false;
  private stopped = false;
  private heartbeat: NodeJS.Timeout | null = null;
  private beatPending = false;

  constructor(private readonly url: string) {}

  private own(id: string): string {
    return `${CHANNEL}_${id.replaceAll('-', '')}`;
  }

  mayServe(): boolean {
    return this.live && this.lease.current();
  }

  subscribed(): boolean {
    return this.live;
  }

  async start(handlers: BusHandlers): Promise<void> {
    await this.connect(handlers);
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS).unref();
  }

  private async connect(handlers: BusHandlers): Promise<void> {
    const listener = new Client({ connectionString: this.url, application_name: LISTENER_APPLICATION_NAME });
    const query = oneAtATime(listener);
    listener.on('notification', (message) => {
      const envelope = JSON.parse(message.payload ?? '{}') as Envelope;
      if (envelope.beat !== undefined) {
        if (envelope.from === this.self) this.lease.renew(envelope.beat);
      } else if (envelope.ack) {
        if (message.channel === this.own(this.self)) this.acks.received(envelope.ack);
      } else if (message.channel === CHANNEL && envelope.id && envelope.tags) {
        if (envelope.from !== this.self) handlers.onInvalidate(envelope.tags);
        void query(`SELECT pg_notify($1, $2)`, [this.own(envelope.from), JSON.stringify({ from: this.self, ack: envelope.id })]).catch(() => undefined);
      }
    });
    let lost = false;
    const lose = () => {
      if (lost) return;
      lost = true;
      if (this.listener === listener) {
        this.listener = null;
        this.query = null;
      }
      listener.end().catch(() => undefined);
      if (this.live) {
        this.live = false;
        this.lease.lapse();
        handlers.onResubscribe();
      }
      const reconnect = () => {
        if (!this.stopped) this.connect(handlers).catch(() => undefined);
      };
      if (!this.stopped) setTimeout(reconnect, RECONNECT_MS).unref();
    };
    listener.on('error', lose);
    listener.on('end', lose);
    try {
      await listener.connect();
      await query(`LISTEN ${CHANNEL}`);
      await query(`LISTEN ${this.own(this.self)}`);
    } catch (error) {
      lose();
      throw error;
    }
    if (this.stopped) {
      await listener.end().catch(() => undefined);
      return;
    }
    this.listener = listener;
    this.query = query;
    this.live = true;
    handlers.onResubscribe();
  }

  private beat(): void {
    const query = this.query;
    // A beat still unanswered means the connection is stalled: piling more behind it proves nothing.
    if (!query || this.beatPending) return;
    this.beatPending = true;
    query(`SELECT pg_notify($1, $2)`, [this.own(this.self), JSON.stringify({ from: this.self, beat: performance.now() })])
      .catch(() => undefined)
      .finally(() => (this.beatPending = false));
  }

  async publish(tags: string[]): Promise<void> {
    const query = this.query;
    if (!query) throw new Error('the hot-state invalidation bus (PostgreSQL LISTEN) is not connected; the change is stored but other processes were not told');
    const id = randomUUID();
    this.acks.begin(id);
    let listeners: number;
    try {
      const result = await query<{ listeners: number }>(
        `SELECT pg_notify($1, $2), (SELECT count(*)::int FROM pg_stat_activity WHERE application_name = $3 AND datname = current_database()) AS listeners`,
        [CHANNEL, JSON.stringify({ from: this.self, id, tags }), LISTENER_APPLICATION_NAME],
      );
      listeners = result.rows[0].listeners;
    } catch (error) {
      this.acks.abandon(id);
      throw error;
    }
    await this.acks.finish(id, listeners, performance.now());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.live = false;
    if (this.heartbeat) clearInterval(this.heartbeat);
    const listener = this.listener;
    this.listener = null;
    this.query = null;
    await listener?.end().catch(() => undefined);
  }
}

type ListenerQuery = <R extends object = object>(text: string, values?: unknown[]) => Promise<QueryResult<R>>;

function oneAtATime(client: Client): ListenerQuery {
  let last: Promise<unknown> = Promise.resolve();
  return <R extends object>(text: string, values?: unknown[]) => {
    const next = last.then(() => client.query<R>(text, values));
    last = next.catch(() => undefined);
    return next;
  };
}

/**
 * The embedded engine's owner: it hears every NOTIFY made through its engine synchronously, as the
 * notifying statement runs (EmbeddedDatabase.listen), so an operator CLI's invalidation has been
 * applied here before the CLI's statement is answered. Nothing can stall between the two, hence no
 * lease; other processes on the engine (CLI, worker) do not cache (NotifyOnlyBus), so publishing
 * reaches nobody who needs it.
 */
export class EngineBus implements InvalidationBus {
  private readonly self = randomUUID();

  constructor(private readonly engine: EmbeddedDatabase) {}

  mayServe(): boolean {
    return true;
  }

  subscribed(): boolean {
    return true;
  }

  async start({ onInvalidate }: BusHandlers): Promise<void> {
    await this.engine.listen(CHANNEL, (payload) => {
      const envelope = JSON.parse(payload) as Envelope;
      if (envelope.from !== this.self && envelope.tags) onInvalidate(envelope.tags);
    });
  }

  async publish(): Promise<void> {}

  async stop(): Promise<void> {}
}

/**
 * A process on another process's embedded engine (operator CLI, push worker). It cannot hear the
 * owner's changes (the engine is one session: a notification reaches only the connection that
 * committed it), so it never serves from its cache; its own changes are told to the owner with a
 * NOTIFY, applied there before this statement is answered (EngineBus).
 */
export class NotifyOnlyBus implements InvalidationBus {
  private readonly self = randomUUID();

  constructor(private readonly notify: (channel: string, payload: string) => Promise<void>) {}

  mayServe(): boolean {
    return false;
  }

  subscribed(): boolean {
    return false;
  }

  async start(): Promise<void> {}

  async publish(tags: string[]): Promise<void> {
    await this.notify(CHANNEL, JSON.stringify({ from: this.self, id: randomUUID(), tags }));
  }

  async stop(): Promise<void> {}
}

/** A process whose state nobody else can change (tools that only issue tokens): local invalidation alone. */
export class LocalBus implements InvalidationBus {
  mayServe(): boolean {
    return true;
  }

  subscribed(): boolean {
    return true;
  }

  async start(): Promise<void> {}

  async publish(): Promise<void> {}

  async stop(): Promise<void> {}
}
