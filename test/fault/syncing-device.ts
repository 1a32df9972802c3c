import { Command, StatusCode } from '../../src/realtime/xsync.codec';
import { TestUser } from '../server';
import { ClientTransport, Received, XsyncClient } from '../realtime/xsync-client';

let metaCounter = 0;

/**
 * How a device syncs. `sdk` is MaxIM's web SDK (floo-web messageReceiver.js `receiveNotice`,
 * `receiveSyncdl`, `receiveUnread`): every SyncDL's metas are taken whether asked for or not (the
 * server pushes pages), a non-zero `next_key` is confirmed at once, a NOTICE for a conversation
 * whose sync is still open is held 3 s, and UNREAD after login syncs the listed conversations
 * (the first at once, then 20 a second). `pull` is the path before pushed pages: the connection
 * opts out of them (`xsync_pages=off`) and a NOTICE starts a request-by-request sync.
 */
export type SyncMode = 'sdk' | 'pull';

/** MaxIM's SDK holds a NOTICE this long while the conversation's sync is open. */
const NOTICE_HOLD_MS = 3000;
/** MaxIM's SDK sends an UNREAD this often, and syncs what it lists. */
const HEARTBEAT_MS = 50_000;
/** MaxIM's SDK syncs the conversations UNREAD lists 20 a second. */
const UNREAD_SYNCS_PER_SECOND = 20;
/**
 * In `sdk` mode a device cannot tell which answer confirms which page (pushed pages and answers
 * look alike), so after a drop it allows a repeat of what it received in this window: longer than
 * the server's position flush (REALTIME_POSITION_FLUSH_MS) plus a confirmation's wait for a read slot.
 */
export const REPEAT_WINDOW_MS = 6000;

/**
 * One device of a user as MaxIM's SDK runs it: on every (re)connect it provisions with the same
 * device_guid (so the same device number) and syncs every conversation UNREAD lists; while
 * connected it takes pushed pages and syncs a conversation whenever a NOTICE names it (SyncMode).
 *
 * It records the wire: every message id each page carried, repeats included. The protocol may
 * repeat only a page that was not confirmed when the connection dropped; those ids are kept in
 * `mayRepeat`, so a test can tell a permitted re-delivery from a duplicate.
 */
export class SyncingDevice {
  client: XsyncClient | null = null;
  sn = 0;
  drops = 0;
  /** Per conversation (peer user id or group id), every message id received, in arrival order, repeats included. */
  readonly wire = new Map<number, number[]>();
  /** Every message id received, for a quick "did it arrive" (message ids are unique across conversations). */
  readonly seen = new Set<number>();
  /** Ids of pages not yet confirmed when a connection dropped: the only ids the protocol may deliver again. */
  readonly mayRepeat = new Set<number>();
  /** Sync failures while the connection was up (a status other than OK, a timeout). */
  readonly errors: string[] = [];
  /** Syncs the server refused as overloaded (RATE_LIMIT_EXCEEDED): the SDK syncs again on the next NOTICE or UNREAD. */
  shed = 0;
  /** Called with each page's message ids as it arrives (benchmarks time deliveries with it). */
  onArrival: ((conversation: number, ids: number[]) => void) | null = null;
  private readonly syncing = new Map<number, { client: XsyncClient; done: Promise<void> }>();
  private readonly dirty = new Set<number>();
  /** The last page received per conversation whose confirming request has not been answered yet (`pull`). */
  private readonly unconfirmed = new Map<number, number[]>();
  /** `sdk`: conversations whose NOTICE-started sync is open (the SDK's `noticeXids`). */
  private readonly open = new Set<number>();
  /** `sdk`: held NOTICEs and staggered UNREAD syncs not yet sent. */
  private readonly timers = new Set<NodeJS.Timeout>();
  /** `sdk`: pages received lately, for the repeat window of a drop. */
  private recent: { at: number; ids: number[] }[] = [];
  private heartbeat: NodeJS.Timeout | null = null;
  /** `sdk`: SyncUL requests sent so far (idle() waits until they are answered). */
  private syncsSent = 0;
  /** `sdk`: the connection whose frames count; none once it was lost (frames still buffered in a dropped one do not). */
  private live: XsyncClient | null = null;

  constructor(
    /** Where it connects; a test points it at a restarted server. */
    public url: string,
    readonly user: TestUser,
    readonly guid = `${user.username}-device`,
    readonly transport: ClientTransport = 'socket.io',
    readonly mode: SyncMode = 'sdk',
  ) {}

  get connected(): boolean {
    return this.client?.connected ?? false;
  }

  /** Connects, provisions, and (unless told not to) syncs whatever UNREAD lists; NOTICEs trigger syncs from here on. */
  async connect(options: { syncUnread?: boolean } = {}): Promise<void> {
    const query: Record<string, string> | undefined = this.mode === 'pull' ? { xsync_pages: 'off' } : undefined;
    const client = await XsyncClient.connect(this.url, { transport: this.transport, query });
    try {
      const answer = await client.provision(this.user.token, { uid: this.user.userId, deviceGuid: this.guid, timeoutMs: 30_000 });
      if (answer.status.code !== StatusCode.Ok) throw new Error(`provision failed: ${JSON.stringify(answer.status)}`);
      this.sn = Number(answer.xid.deviceSN);
    } catch (error) {
      client.close();
      throw error;
    }
    this.client = client;
    this.live = client;
    this.open.clear();
    client.onClose(() => {
      if (this.client === client) this.connectionLost();
    });
    client.onReceived((frame) => {
      const uid = Number(frame.body.xid?.uid ?? 0);
      if (this.mode === 'sdk') {
        // Listeners run before waiters: a frame a test awaited itself (syncPage…) is the test's to act on.
        queueMicrotask(() => {
          if (!frame.awaited) this.receivedAsSdk(client, frame);
        });
        return;
      }
      // Waiters of the frame are served first; the sync starts after.
      if (frame.command === Command.Notice && uid !== this.user.userId) queueMicrotask(() => this.requestSync(uid));
    });
    if (this.mode === 'sdk') {
      // The SDK's heartbeat is how a sync the server shed, or a NOTICE never sent, is caught up.
      this.heartbeat = setInterval(() => {
        if (client === this.live) this.syncUnread().catch(() => undefined);
      }, HEARTBEAT_MS);
      this.heartbeat.unref();
    }
    if (options.syncUnread !== false) await this.syncUnread();
  }

  /** What the SDK's heartbeat does: UNREAD, then a sync of every conversation with something unread. */
  async syncUnread(): Promise<void> {
    const client = this.client!;
    const unread = await client.unread(30_000);
    let count = 0;
    for (const entry of unread.unread) {
      const uid = Number(entry.xid?.uid ?? 0);
      if (!(entry.n > 0) || uid === this.user.userId) continue;
      if (this.mode === 'pull') {
        this.requestSync(uid);
        continue;
      }
      this.later(1000 * Math.ceil(count++ / UNREAD_SYNCS_PER_SECOND), () => this.sendSync(client, uid, 0));
    }
  }

  /** Cuts the TCP connection mid-whatever (no close handshake); pages not confirmed yet may come again. */
  drop(): void {
    this.drops++;
    this.connectionLost();
    this.client?.dropConnection();
  }

  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.client?.close();
  }

  /** Resolves once no sync is running (those running now, and any they trigger). */
  async idle(): Promise<void> {
    if (this.mode === 'pull') {
      while (this.syncing.size) await Promise.allSettled([...this.syncing.values()].map((run) => run.done));
      return;
    }
    // Frames are answered in order: once an UNREAD sent now is answered, so is every sync sent before it.
    while (this.connected) {
      if (this.timers.size > 0) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      const sent = this.syncsSent;
      await this.client!.unread(30_000);
      if (this.syncsSent === sent && this.timers.size === 0) return;
    }
  }

  /** Sends a text (a 1:1 message, or to a group) and answers the ack; `id` is the meta id a resend repeats. */
  send(toUid: number, content: string, options: { group?: boolean; id?: number } = {}): Promise<any> {
    // A frame emitted on a connection already cut would wait for its ack until the timeout.
    if (!this.connected) return Promise.reject(new Error('not connected'));
    const id = options.id ?? SyncingDevice.metaId();
    return this.client!.sendText({ uid: this.user.userId, deviceSN: this.sn }, toUid, content, { group: options.group, id });
  }

  static metaId(): number {
    return Date.now() * 1000 + (++metaCounter % 1000);
  }

  /** The conversation's message ids once each, in first-arrival order. */
  received(conversation: number): number[] {
    return [...new Set(this.wire.get(conversation) ?? [])];
  }

  /** Every id received more than once, and how many extra times. */
  repeats(): Map<number, number> {
    const seen = new Set<number>();
    const extra = new Map<number, number>();
    for (const ids of this.wire.values()) {
      for (const id of ids) {
        if (seen.has(id)) extra.set(id, (extra.get(id) ?? 0) + 1);
        seen.add(id);
      }
    }
    return extra;
  }

  /** The page ids the protocol may deliver again after this connection's end. */
  private connectionLost(): void {
    this.live = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const ids of this.unconfirmed.values()) for (const id of ids) this.mayRepeat.add(id);
    this.unconfirmed.clear();
    const since = Date.now() - REPEAT_WINDOW_MS;
    for (const page of this.recent) if (page.at >= since) for (const id of page.ids) this.mayRepeat.add(id);
    this.recent = [];
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.open.clear();
  }

  private later(delayMs: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, delayMs);
    this.timers.add(timer);
  }

  private sendSync(client: XsyncClient, conversation: number, key: number): void {
    if (client !== this.live || !client.connected) return;
    this.syncsSent++;
    client.sendFrame(Command.Sync, 'SyncUL', { xid: { uid: conversation, deviceSN: 0 }, key });
  }

  /** floo-web `receiveNotice` and `receiveSyncdl`, for messages (the user's own notice stream is not recorded). */
  private receivedAsSdk(client: XsyncClient, frame: Received): void {
    if (client !== this.live) return;
    const uid = Number(frame.body.xid?.uid ?? 0);
    if (frame.command === Command.Notice) {
      if (uid !== this.user.userId) this.noticed(client, uid);
      return;
    }
    if (frame.command !== Command.Sync || Number(frame.body.client_mid ?? 0) || frame.body.is_full_sync) return;
    const code = frame.body.status?.code;
    if (code !== undefined && code !== StatusCode.Ok) {
      if (code === StatusCode.RateLimitExceeded) this.shed++;
      else this.errors.push(`${uid}: sync answered ${JSON.stringify(frame.body.status)}`);
      return;
    }
    if (uid === this.user.userId || uid === 0) return;
    const nextKey = Number(frame.body.next_key ?? 0);
    if (!nextKey) this.open.delete(uid);
    const ids = (frame.body.metas ?? []).map((meta: { id: unknown }) => Number(meta.id));
    if (ids.length > 0) {
      if (!this.wire.has(uid)) this.wire.set(uid, []);
      this.wire.get(uid)!.push(...ids);
      for (const id of ids) this.seen.add(id);
      this.onArrival?.(uid, ids);
      const now = Date.now();
      this.recent.push({ at: now, ids });
      if (this.recent[0].at < now - REPEAT_WINDOW_MS) this.recent = this.recent.filter((page) => page.at >= now - REPEAT_WINDOW_MS);
    }
    if (nextKey) this.sendSync(client, uid, nextKey);
  }

  private noticed(client: XsyncClient, conversation: number): void {
    if (this.open.has(conversation)) {
      this.later(NOTICE_HOLD_MS, () => {
        this.open.delete(conversation);
        this.noticed(client, conversation);
      });
      return;
    }
    this.open.add(conversation);
    this.sendSync(client, conversation, 0);
  }

  requestSync(conversation: number): void {
    const client = this.client!;
    if (this.syncing.get(conversation)?.client === client) {
      this.dirty.add(conversation);
      return;
    }
    // A sync still running on a dropped connection ends by itself; this one replaces it.
    const run = { client, done: Promise.resolve() };
    run.done = (async () => {
      try {
        do {
          this.dirty.delete(conversation);
          await this.syncConversation(client, conversation);
        } while (this.dirty.has(conversation) && client === this.client && client.connected);
      } catch (error) {
        // A sync cut by a drop resumes after the reconnect's UNREAD.
        if (client === this.client && client.connected) this.errors.push(`${conversation}: ${(error as Error).message}`);
      } finally {
        if (this.syncing.get(conversation) === run) this.syncing.delete(conversation);
      }
    })();
    this.syncing.set(conversation, run);
  }

  private async syncConversation(client: XsyncClient, conversation: number): Promise<void> {
    let key = 0;
    for (;;) {
      const page = await client.syncPage(conversation, key, 30_000);
      if (page.status?.code === StatusCode.RateLimitExceeded) {
        // Shed by an overloaded server: ask again shortly, from the same key.
        this.shed++;
        await new Promise((resolve) => setTimeout(resolve, 1000));
        continue;
      }
      if (page.status?.code !== StatusCode.Ok) throw new Error(`sync answered ${JSON.stringify(page.status)}`);
      if (client !== this.client) return;
      // This answer came to a request carrying `key`: the page before it is confirmed.
      this.unconfirmed.delete(conversation);
      const ids = (page.metas ?? []).map((meta: { id: unknown }) => Number(meta.id));
      if (!this.wire.has(conversation)) this.wire.set(conversation, []);
      this.wire.get(conversation)!.push(...ids);
      for (const id of ids) this.seen.add(id);
      this.onArrival?.(conversation, ids);
      key = Number(page.next_key ?? 0);
      if (!key) return;
      this.unconfirmed.set(conversation, ids);
    }
  }
}
