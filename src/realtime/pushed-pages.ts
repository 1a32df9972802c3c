/**
 * What one live session knows of each conversation's stream (src/realtime/README.md "Pushed pages"),
 * keyed by the xid the device syncs it under (peer or group). Positions are stream seqs:
 * - `delivered`: every entry up to it has been given to this session (pushed, pulled, or its own send);
 * - `confirmed`: the device confirmed everything up to it (SyncUL key), or its position is that;
 * - `stale`: the session may be missing entries after `delivered` (a gap, a backlog, a fallback
 *   NOTICE not yet synced): entries go out as NOTICE until a pull reaches the end again.
 * A conversation without a state is unknown (the session just connected, or never synced it).
 */
interface StreamState {
  delivered: number;
  confirmed: number;
  /** The internal conversation id positions are stored under; null until an entry or a page names it. */
  conversationKey: number | null;
  stale: boolean;
}

/**
 * How the session hears of a stored entry: `page` the entry itself in a SyncDL, `notice` a NOTICE
 * (it pulls), `advance` nothing, but its own send moved its position (to be stored), `none` nothing.
 */
export type EntryDelivery = 'page' | 'notice' | 'advance' | 'none';

/** A position that moved in memory and is stored later (PositionWriteBehind). */
export interface MovedPosition {
  conversationKey: number;
  seq: number;
}

/**
 * A conversation the device had read to its end when its UNREAD was read: the stream's last seq
 * (`head`) was not past the device's position. `conversationKey` null: the group has no stream yet.
 */
export interface CaughtUpConversation {
  xid: number;
  head: number;
  conversationKey: number | null;
}

/** The conversations whose state changed while a read of positions ran (DeviceStreams.watch). */
export interface StreamWatch {
  readonly touched: Set<number>;
}

export class DeviceStreams {
  private readonly states = new Map<number, StreamState>();
  private readonly watches = new Set<StreamWatch>();

  /**
   * Unconfirmed entries past `pageSize` (a page) make the session fall back to NOTICE: it is not
   * keeping up. `pushes` false: NOTICE and pull only, nothing answered from memory (Handshake.pushPages).
   */
  constructor(
    private readonly pageSize: number,
    private readonly pushes = true,
  ) {}

  /**
   * Entry `seq` of conversation `xid` was stored; `own` when this very device sent it (its pulls skip
   * it but count it). Only the entry right after `delivered` can be pushed: a page confirms every seq
   * up to its own, so pushing past a gap could confirm an entry the device never got.
   */
  entryStored(xid: number, seq: number, conversationKey: number, own: boolean): EntryDelivery {
    if (!this.pushes) return own ? 'none' : 'notice';
    this.touch(xid);
    const state = this.states.get(xid);
    if (own) {
      if (!state || state.stale || seq <= state.delivered) return 'none';
      if (seq !== state.delivered + 1) {
        state.stale = true;
        return 'none';
      }
      const caughtUp = state.confirmed === state.delivered;
      state.delivered = seq;
      state.conversationKey = conversationKey;
      if (!caughtUp) return 'none';
      state.confirmed = seq;
      return 'advance';
    }
    if (!state) {
      this.states.set(xid, { delivered: 0, confirmed: 0, conversationKey, stale: true });
      return 'notice';
    }
    state.conversationKey = conversationKey;
    if (seq <= state.delivered) return 'none';
    if (!state.stale && seq === state.delivered + 1 && seq - state.confirmed <= this.pageSize) {
      state.delivered = seq;
      return 'page';
    }
    state.stale = true;
    return 'notice';
  }

  /**
   * A SyncUL {xid, key} confirming what this session was given: the position to store, answered
   * without a read (nothing after `delivered` exists that the session will not be told of). Null
   * when the session's state cannot answer it; the read path then does.
   */
  confirm(xid: number, key: number): MovedPosition | null {
    const state = this.states.get(xid);
    if (!this.pushes || !state || state.stale || state.conversationKey === null || key <= 0 || key > state.delivered) return null;
    state.confirmed = Math.max(state.confirmed, key);
    return { conversationKey: state.conversationKey, seq: state.confirmed };
  }

  /**
   * The session starts or stops receiving the conversation live (a group joined or left, its mute
   * mode changed): what it was given belongs to another membership, so its next entry is a NOTICE
   * and the pull applies the group's rules (joined position, history visibility), never a page
   * continuing the old state across entries stored while it was out.
   */
  forget(xid: number): void {
    this.touch(xid);
    this.states.delete(xid);
  }

  /**
   * Starts noting which conversations an entry, a membership change or a pull reaches while the
   * caller reads positions from the database; `caughtUp` then leaves those alone. Always `unwatch`.
   */
  watch(): StreamWatch {
    const watch = { touched: new Set<number>() };
    this.watches.add(watch);
    return watch;
  }

  unwatch(watch: StreamWatch): void {
    this.watches.delete(watch);
  }

  /**
   * What a read of positions (UNREAD) found the device had read to the end: those conversations
   * become known, given and confirmed up to their head, so the next entry is pushed instead of
   * announced. Only where the session has no state and nothing reached the conversation since the
   * read began (`watch`): an entry stored after the read is then either seen here (and left to its
   * NOTICE) or arrives later as `head + 1`, and a gap still sends the session to NOTICE.
   */
  caughtUp(watch: StreamWatch, conversations: readonly CaughtUpConversation[]): void {
    if (!this.pushes) return;
    for (const { xid, head, conversationKey } of conversations) {
      if (watch.touched.has(xid) || this.states.has(xid)) continue;
      this.states.set(xid, { delivered: head, confirmed: head, conversationKey, stale: false });
    }
  }

  private touch(xid: number): void {
    for (const watch of this.watches) watch.touched.add(xid);
  }

  /** Where a SYNC with key 0 reads from: the position confirmed in memory (perhaps not stored yet), else 0 (the stored one). */
  readFrom(xid: number): number {
    return this.states.get(xid)?.confirmed ?? 0;
  }

  /**
   * A page read from the database for a SYNC confirming `key` (0: none): drops what this session was
   * already given (pushed while unconfirmed, or pushed while the read ran) and records how far the
   * session now is. An empty answer to a confirmation the session can vouch for means it has
   * everything stored so far: later entries may be pushed again.
   */
  pulled<T extends { seq: number; conversationKey: number }>(xid: number, key: number, entries: T[], nextKey: number): T[] {
    if (!this.pushes) return entries;
    this.touch(xid);
    let state = this.states.get(xid);
    if (!state) this.states.set(xid, (state = { delivered: 0, confirmed: 0, conversationKey: null, stale: true }));
    const vouched = key > 0 && key <= state.delivered;
    if (vouched) state.confirmed = Math.max(state.confirmed, key);
    const fresh = entries.filter((entry) => entry.seq > state.delivered);
    if (entries.length > 0) state.conversationKey = entries[0].conversationKey;
    if (nextKey > 0) {
      state.delivered = Math.max(state.delivered, nextKey);
    } else if (vouched) {
      state.stale = false;
    }
    return fresh;
  }
}

/**
 * A stored entry on its way to the sessions of its viewers, as one process hands it to the others:
 * the conversation as those viewers sync it, and both frames built once (the entry as a pushed
 * SyncDL page, and the NOTICE for sessions that must pull).
 */
export interface StoredEntryDelivery {
  xid: number;
  seq: number;
  conversationKey: number;
  senderUserId: number;
  senderDeviceSn: number | null;
  page: Buffer;
  notice: Buffer;
}

/**
 * Entries of each conversation announced in seq order by this process. Concurrent sends into one
 * conversation commit in seq order but may reach their announcement in another order, and a gap
 * sends every caught-up session back to NOTICE; so a later seq waits, at most `holdMs`, for the
 * ones before it. What another process stored never arrives here: after `holdMs` the waiting
 * entries go out in order anyway (sessions then see the gap and fall back to NOTICE, as before).
 */
export class EntryOrder<T> {
  private readonly conversations = new Map<number, { next: number; waiting: Map<number, T>; timer: NodeJS.Timeout | null; lastAt: number }>();

  constructor(
    private readonly holdMs: number,
    private readonly release: (entry: T) => void,
  ) {}

  add(conversationKey: number, seq: number, entry: T, now = Date.now()): void {
    const conversation = this.conversations.get(conversationKey);
    if (!conversation) {
      this.forgetIdle(now);
      this.conversations.set(conversationKey, { next: seq + 1, waiting: new Map(), timer: null, lastAt: now });
      this.release(entry);
      return;
    }
    conversation.lastAt = now;
    if (seq < conversation.next) {
      this.release(entry);
      return;
    }
    conversation.waiting.set(seq, entry);
    this.drain(conversation);
  }

  /** Releases what follows `next` without a gap; what still waits gets at most `holdMs` more. */
  private drain(conversation: { next: number; waiting: Map<number, T>; timer: NodeJS.Timeout | null }): void {
    for (;;) {
      const entry = conversation.waiting.get(conversation.next);
      if (entry === undefined) break;
      conversation.waiting.delete(conversation.next);
      conversation.next += 1;
      this.release(entry);
    }
    if (conversation.waiting.size === 0 && conversation.timer) {
      clearTimeout(conversation.timer);
      conversation.timer = null;
    }
    if (conversation.waiting.size > 0 && !conversation.timer) {
      conversation.timer = setTimeout(() => {
        conversation.timer = null;
        conversation.next = Math.min(...conversation.waiting.keys());
        this.drain(conversation);
      }, this.holdMs);
      conversation.timer.unref();
    }
  }

  /** Conversations quiet for a minute are forgotten: their next entry goes out at once. */
  private forgetIdle(now: number): void {
    if (this.conversations.size < 10_000) return;
    for (const [key, conversation] of this.conversations) {
      if (conversation.waiting.size === 0 && now - conversation.lastAt > 60_000) this.conversations.delete(key);
    }
  }
}
