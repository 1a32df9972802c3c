import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '../config/config';
import { embeddedEngineAt } from '../database/embedded';
import { EngineBus, InvalidationBus, LocalBus, NotifyOnlyBus, PostgresBus, RedisBus } from './invalidation-bus';

/**
 * What an invalidation names. An entry carries the tags of every row it was read from; an
 * invalidation of a tag drops every entry, of every region, that carries it.
 */
export const hotStateTag = {
  /** The app row and everything app-wide: its tokens, its stranger-messages setting. */
  app: (appId: string) => `app ${appId}`,
  token: (appId: string, tokenId: string) => `token ${appId} ${tokenId}`,
  /** The user row (status, existence) and everything read with it: its tokens, its memberships, its pairs. */
  user: (appId: string, userId: number) => `user ${appId} ${userId}`,
  /** The user's roster (friends, blocks) as the send rules read it, from either side. */
  roster: (appId: string, userId: number) => `roster ${appId} ${userId}`,
  /** The group row and its members' rows (roles, mutes, bans). */
  group: (appId: string, groupId: number) => `group ${appId} ${groupId}`,
  /** Which groups a user receives: a group's own tag covers leaving it; this one, starting to receive another. */
  receivingGroups: (appId: string, userId: number) => `receiving ${appId} ${userId}`,
  /** The app's webhook endpoints and before-send hook. */
  webhooks: (appId: string) => `webhooks ${appId}`,
};

/** Safety net only, for changes made beside the services (an operator's hand-written SQL); invalidation is the mechanism. */
export const HOT_STATE_TTL_MS = 5 * 60_000;

export interface HotStateRegionOptions {
  /** Entries kept at most; the least recently used go first. Bounds and their measured memory: src/common/README.md. */
  max: number;
  /** HOT_STATE_TTL_MS unless said otherwise. */
  ttlMs?: number;
}

interface Entry<V> {
  value: V;
  tags: string[];
}

/**
 * One namespace of the hot-state cache: keys to values read from the database, each with its tags.
 * `read` serves from memory only while this process's invalidation bus is current, and keeps what it
 * read only if no invalidation arrived meanwhile, so a read that raced a change can never outlive it.
 */
export class HotStateRegion<V extends object> {
  private readonly entries: LRUCache<string, Entry<V>>;
  /** The keys carrying each tag: most tags name one entry, which is then held without a Set (a Set costs about 200 bytes). */
  private readonly keysByTag = new Map<string, string | Set<string>>();

  constructor(
    private readonly owner: HotStateCache,
    readonly name: string,
    options: HotStateRegionOptions,
  ) {
    this.entries = new LRUCache<string, Entry<V>>({ max: options.max, ttl: options.ttlMs ?? HOT_STATE_TTL_MS, dispose: (entry, key) => this.unindex(key, entry.tags) });
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The cached value, or `load()`'s (null: absent, never cached). `tagsOf` names the rows the value
   * came from, or answers null for a value not to keep.
   */
  async read(key: string, load: () => Promise<V | null>, tagsOf: (value: V) => string[] | null): Promise<V | null> {
    const cached = this.cached(key);
    if (cached) return cached;
    const generation = this.owner.generation();
    const value = await load();
    const tags = value === null ? null : tagsOf(value);
    if (value !== null && tags !== null && this.owner.mayStore(generation)) {
      this.entries.set(key, { value, tags });
      for (const tag of tags) {
        const keys = this.keysByTag.get(tag);
        if (keys === undefined || keys === key) this.keysByTag.set(tag, key);
        else if (typeof keys === 'string') this.keysByTag.set(tag, new Set([keys, key]));
        else keys.add(key);
      }
    }
    return value;
  }

  /** The cached value when there is one and the cache may serve it, without a promise (as read() would return it). */
  cached(key: string): V | undefined {
    return this.owner.mayServe() ? this.entries.get(key)?.value : undefined;
  }

  drop(tags: string[]): void {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      if (typeof keys === 'string') this.entries.delete(keys);
      else if (keys) for (const key of [...keys]) this.entries.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  private unindex(key: string, tags: string[]): void {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      if (keys === key) this.keysByTag.delete(tag);
      else if (typeof keys === 'object') {
        keys.delete(key);
        if (keys.size === 1) this.keysByTag.set(tag, keys.values().next().value!);
      }
    }
  }
}

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more: long tag lists go in several events. */
const MAX_TAG_CHARS_PER_EVENT = 6_000;

/**
 * The one per-process cache of hot state (src/common/README.md "Hot-state cache"). Modules make
 * their regions here; the code that changes cached state calls `invalidate` after storing the change
 * and before answering, and `invalidate` resolves once no process can serve the old state. The bus
 * is chosen from the connection the process really has: Redis with REDIS_URL, else LISTEN/NOTIFY on
 * the database the DataSource uses, through the engine itself when this process runs the embedded one.
 */
@Injectable()
export class HotStateCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(HotStateCache.name);
  private readonly regions: Pick<HotStateRegion<object>, 'name' | 'size' | 'drop' | 'clear'>[] = [];
  private bus: InvalidationBus | null = null;
  private eventsSeen = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** A cache for a tool whose database nobody else changes while it runs (the bench harness issuing tokens). */
  static local(): HotStateCache {
    const cache = new HotStateCache({ redisUrl: null } as AppConfig, null as unknown as DataSource);
    cache.bus = new LocalBus();
    return cache;
  }

  region<V extends object>(name: string, options: HotStateRegionOptions): HotStateRegion<V> {
    const region = new HotStateRegion<V>(this, name, options);
    this.regions.push(region);
    return region;
  }

  mayServe(): boolean {
    return this.bus?.mayServe() ?? false;
  }

  /** Whether a value read when the generation was `generation` may be kept. */
  mayStore(generation: number): boolean {
    return generation === this.eventsSeen && (this.bus?.subscribed() ?? false);
  }

  /** Changes whenever entries are dropped; HotStateRegion.read compares it around its database read. */
  generation(): number {
    return this.eventsSeen;
  }

  async onModuleInit(): Promise<void> {
    if (this.bus) return;
    this.bus = await this.chooseBus();
    await this.bus.start({
      onInvalidate: (tags) => this.drop(tags),
      onResubscribe: () => this.forgetAll(),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.bus?.stop();
  }

  /** Drops what the tags name here, then in every other process; resolves when none can serve it any more. */
  async invalidate(tags: string[]): Promise<void> {
    this.drop(tags);
    if (!this.bus) return;
    const events: string[][] = [[]];
    let chars = 0;
    for (const tag of tags) {
      if (chars + tag.length > MAX_TAG_CHARS_PER_EVENT && events[events.length - 1].length) {
        events.push([]);
        chars = 0;
      }
      events[events.length - 1].push(tag);
      chars += tag.length + 3;
    }
    await Promise.all(events.map((event) => this.bus!.publish(event)));
  }

  /** Drops every entry of this process: after a lost subscription, and for changes made beside the services (hand-written SQL). */
  forgetAll(): void {
    this.eventsSeen += 1;
    for (const region of this.regions) region.clear();
  }

  /** Entries per region, for the memory figure and for operators. */
  sizes(): Record<string, number> {
    return Object.fromEntries(this.regions.map((region) => [region.name, region.size]));
  }

  private drop(tags: string[]): void {
    this.eventsSeen += 1;
    for (const region of this.regions) region.drop(tags);
  }

  private async chooseBus(): Promise<InvalidationBus> {
    const url = (this.dataSource.options as { url: string }).url;
    if (this.config.redisUrl) return new RedisBus(this.config.redisUrl, await this.databaseIdentity());
    const engine = embeddedEngineAt(url);
    if (engine) return new EngineBus(engine);
    const [{ version }] = await this.dataSource.query(`SELECT version() AS version`);
    if (/PGlite/.test(version)) {
      this.logger.log('on another process\'s embedded database: this process does not cache hot state');
      return new NotifyOnlyBus(async (channel, payload) => void (await this.dataSource.query(`SELECT pg_notify($1, $2)`, [channel, payload])));
    }
    return new PostgresBus(url);
  }

  /** The database's own identity, shared by every process on it whatever URL they reach it by. */
  private async databaseIdentity(): Promise<string> {
    try {
      const [row] = await this.dataSource.query(`SELECT current_database() || '@' || (SELECT system_identifier FROM pg_control_system()) AS identity`);
      return row.identity;
    } catch {
      const [row] = await this.dataSource.query(`SELECT current_database() AS identity`);
      return row.identity;
    }
  }
}
