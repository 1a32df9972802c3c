import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig, APP_CONFIG } from '../config/config';
import { BoundedCache } from './bounded-cache';

/** A change to hot state, announced by the code that made it, after it is stored. */
export type HotStateEvent =
  | { kind: 'app'; appId: string }
  | { kind: 'users'; appId: string; userIds: number[] }
  | { kind: 'token'; appId: string; tokenId: string };

/** A named part of the cache and the events that drop its entries. */
export interface HotStateRegionOptions<K, V> {
  maxEntries: number;
  /** Safety net only; invalidation events are the mechanism. */
  maxAgeMs: number;
  /** Whether the event makes this entry stale. */
  staleAfter(event: HotStateEvent, key: K, value: V): boolean;
}

/**
 * One region of the hot-state cache. A reader takes `generationNow()` before it reads the database and
 * hands it back to `store`; a value read while an event arrived is not kept, so a read that raced a
 * change can never outlive it.
 */
export class HotStateRegion<K, V> {
  private readonly entries: BoundedCache<K, V>;

  constructor(
    private readonly owner: HotStateCache,
    readonly name: string,
    private readonly options: HotStateRegionOptions<K, V>,
  ) {
    this.entries = new BoundedCache(options.maxEntries, options.maxAgeMs);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Take before reading the database; hand to `store` with what was read. */
  generationNow(): number {
    return this.owner.generation();
  }

  get(key: K): V | undefined {
    return this.owner.live ? this.entries.get(key) : undefined;
  }

  store(key: K, value: V, generation: number): void {
    if (this.owner.live && generation === this.owner.generation()) this.entries.set(key, value);
  }

  apply(event: HotStateEvent): void {
    this.entries.deleteWhere((key, value) => this.options.staleAfter(event, key, value));
  }

  clear(): void {
    this.entries.clear();
  }
}

/** How events reach the other processes; `publish` resolves once every listening process has applied it. */
interface InvalidationBus {
  start(onEvent: (event: HotStateEvent) => void, onLiveChange: (live: boolean) => void): Promise<void>;
  publish(event: HotStateEvent): Promise<void>;
  stop(): Promise<void>;
}

const CHANNEL = 'im_hot_state';
const ACK_CHANNEL = 'im_hot_state_ack';
/** The PostgreSQL listener connections carry this name, so a publisher can count who must acknowledge. */
const LISTENER_APPLICATION_NAME = 'im-hot-state';
/** A process that has not acknowledged by then is down or wedged; its own cache is off while its bus is down. */
const ACK_TIMEOUT_MS = 2_000;

interface Envelope {
  id: string;
  from: string;
  event?: HotStateEvent;
  /** For acknowledgements: the id of the event acknowledged. */
  ack?: string;
  /** For acknowledgements over PostgreSQL, where every listener hears every notification: the publisher. */
  to?: string;
}

/**
 * Counts acknowledgements of published events, by event id. Counting starts before the event is
 * sent (acknowledgements may arrive before the publisher learns how many to expect); late ones,
 * after a timeout, are ignored.
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

  finish(id: string, expected: number): Promise<void> {
    const entry = this.counts.get(id);
    if (!entry || entry.received >= expected) {
      this.counts.delete(id);
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => entry.done?.(), ACK_TIMEOUT_MS);
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

/**
 * Redis pub/sub. PUBLISH answers how many connections received the event; each process acknowledges
 * once it has dropped the entries, and the publisher waits for all of them (its own excepted).
 */
class RedisBus implements InvalidationBus {
  private readonly self = randomUUID();
  private readonly subscriber: Redis;
  private readonly publisher: Redis;
  private readonly acks = new Acknowledgements();

  constructor(url: string) {
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
    this.publisher = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: true });
  }

  async start(onEvent: (event: HotStateEvent) => void, onLiveChange: (live: boolean) => void): Promise<void> {
    this.subscriber.on('message', (channel: string, text: string) => {
      const envelope = JSON.parse(text) as Envelope;
      if (channel === CHANNEL && envelope.event && envelope.from !== this.self) {
        onEvent(envelope.event);
        void this.publisher.publish(`${ACK_CHANNEL}:${envelope.from}`, JSON.stringify({ id: randomUUID(), from: this.self, ack: envelope.id })).catch(() => undefined);
      } else if (envelope.ack) {
        this.acks.received(envelope.ack);
      }
    });
    // Between a lost connection and the next subscription, events may be missed: the cache is off.
    this.subscriber.on('close', () => onLiveChange(false));
    this.subscriber.on('ready', () => {
      void this.subscriber
        .subscribe(CHANNEL, `${ACK_CHANNEL}:${this.self}`)
        .then(() => onLiveChange(true))
        .catch(() => onLiveChange(false));
    });
    await Promise.all([this.subscriber.connect(), this.publisher.connect()]);
  }

  async publish(event: HotStateEvent): Promise<void> {
    const id = randomUUID();
    this.acks.begin(id);
    let receivers: number;
    try {
      receivers = await this.publisher.publish(CHANNEL, JSON.stringify({ id, from: this.self, event }));
    } catch (error) {
      this.acks.abandon(id);
      throw error;
    }
    await this.acks.finish(id, receivers - 1);
  }

  async stop(): Promise<void> {
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}

/**
 * PostgreSQL LISTEN/NOTIFY, for deployments without Redis. The listener connections are named, so
 * the publisher counts the processes that must acknowledge in the same statement that notifies.
 */
class PostgresBus implements InvalidationBus {
  private readonly self = randomUUID();
  private listener: Client | null = null;
  private readonly acks = new Acknowledgements();

  constructor(private readonly url: string) {}

  async start(onEvent: (event: HotStateEvent) => void, onLiveChange: (live: boolean) => void): Promise<void> {
    const listener = new Client({ connectionString: this.url, application_name: LISTENER_APPLICATION_NAME });
    this.listener = listener;
    listener.on('notification', (message) => {
      const envelope = JSON.parse(message.payload ?? '{}') as Envelope;
      if (message.channel === CHANNEL && envelope.event && envelope.from !== this.self) {
        onEvent(envelope.event);
        void listener
          .query(`SELECT pg_notify($1, $2)`, [ACK_CHANNEL, JSON.stringify({ id: randomUUID(), from: this.self, ack: envelope.id, to: envelope.from })])
          .catch(() => undefined);
      } else if (message.channel === ACK_CHANNEL && envelope.ack && envelope.to === this.self) {
        this.acks.received(envelope.ack);
      }
    });
    listener.on('error', () => onLiveChange(false));
    listener.on('end', () => onLiveChange(false));
    await listener.connect();
    await listener.query(`LISTEN ${CHANNEL}`);
    await listener.query(`LISTEN ${ACK_CHANNEL}`);
    onLiveChange(true);
  }

  async publish(event: HotStateEvent): Promise<void> {
    if (!this.listener) return;
    const id = randomUUID();
    this.acks.begin(id);
    let listeners: number;
    try {
      const result = await this.listener.query<{ listeners: number }>(
        `SELECT pg_notify($1, $2), (SELECT count(*)::int FROM pg_stat_activity WHERE application_name = $3 AND datname = current_database()) AS listeners`,
        [CHANNEL, JSON.stringify({ id, from: this.self, event }), LISTENER_APPLICATION_NAME],
      );
      listeners = result.rows[0].listeners;
    } catch (error) {
      this.acks.abandon(id);
      throw error;
    }
    await this.acks.finish(id, listeners - 1);
  }

  async stop(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }
}

/**
 * The one per-process cache of hot state (src/common/README.md "Hot-state cache"). Modules make
 * their regions here; the code that changes cached state calls `invalidate` after storing the
 * change and before answering, and `invalidate` resolves once every process has dropped the stale
 * entries. While the bus to the other processes is down the cache is bypassed and emptied.
 */
@Injectable()
export class HotStateCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(HotStateCache.name);
  private readonly regions: HotStateRegion<any, any>[] = [];
  private readonly bus: InvalidationBus | null;
  private eventsSeen = 0;
  private busLive: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) this.bus = new RedisBus(config.redisUrl);
    else if (config.databaseUrl) this.bus = new PostgresBus(config.databaseUrl);
    // The embedded database belongs to this one process: nobody else can change its state.
    else this.bus = null;
    this.busLive = this.bus === null;
  }

  region<K, V>(name: string, options: HotStateRegionOptions<K, V>): HotStateRegion<K, V> {
    const region = new HotStateRegion<K, V>(this, name, options);
    this.regions.push(region);
    return region;
  }

  /** Whether entries may be read and stored: only while events from every process reach this one. */
  get live(): boolean {
    return this.busLive;
  }

  /** Changes whenever an event is applied; see HotStateRegion.store. */
  generation(): number {
    return this.eventsSeen;
  }

  async onModuleInit(): Promise<void> {
    if (!this.bus) return;
    await this.bus.start(
      (event) => this.apply(event),
      (live) => {
        if (live === this.busLive) return;
        this.busLive = live;
        this.eventsSeen += 1;
        for (const region of this.regions) region.clear();
        if (!live) this.logger.warn('hot-state invalidation bus is down: cache bypassed until it is back');
      },
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.busLive = false;
    await this.bus?.stop();
  }

  /** Drops what the event makes stale here, then in every other process; resolves when all have. */
  async invalidate(event: HotStateEvent): Promise<void> {
    this.apply(event);
    await this.bus?.publish(event);
  }

  /**
   * Drops every entry of this process, as after a lost bus: for changes made beside the services
   * (hand-written SQL), which announce nothing.
   */
  forgetAll(): void {
    this.eventsSeen += 1;
    for (const region of this.regions) region.clear();
  }

  /** Entries per region, for the memory figure and for operators. */
  sizes(): Record<string, number> {
    return Object.fromEntries(this.regions.map((region) => [region.name, region.size]));
  }

  private apply(event: HotStateEvent): void {
    this.eventsSeen += 1;
    for (const region of this.regions) region.apply(event);
  }
}
