import { Command, StatusCode } from '../../src/realtime/xsync.codec';
import { TestUser } from '../server';
import { ClientTransport, XsyncClient } from '../realtime/xsync-client';

let metaCounter = 0;

/**
 * One device of a user as MaxIM's SDK runs it: on every (re)connect it provisions with the same
 * device_guid (so the same device number) and syncs every conversation UNREAD lists; while
 * connected it syncs a conversation whenever a NOTICE names it. A sync reads pages from key 0,
 * each request after the first confirming the page before it (src/message/README.md "Device sync").
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
  /** Called with each page's message ids as it arrives (benchmarks time deliveries with it). */
  onArrival: ((conversation: number, ids: number[]) => void) | null = null;
  private readonly syncing = new Map<number, { client: XsyncClient; done: Promise<void> }>();
  private readonly dirty = new Set<number>();
  /** The last page received per conversation whose confirming request has not been answered yet. */
  private readonly unconfirmed = new Map<number, number[]>();

  constructor(
    private readonly url: string,
    readonly user: TestUser,
    readonly guid = `${user.username}-device`,
    readonly transport: ClientTransport = 'socket.io',
  ) {}

  get connected(): boolean {
    return this.client?.connected ?? false;
  }

  /** Connects, provisions, and (unless told not to) syncs whatever UNREAD lists; NOTICEs trigger syncs from here on. */
  async connect(options: { syncUnread?: boolean } = {}): Promise<void> {
    const client = await XsyncClient.connect(this.url, { transport: this.transport });
    try {
      const answer = await client.provision(this.user.token, { uid: this.user.userId, deviceGuid: this.guid, timeoutMs: 30_000 });
      if (answer.status.code !== StatusCode.Ok) throw new Error(`provision failed: ${JSON.stringify(answer.status)}`);
      this.sn = Number(answer.xid.deviceSN);
    } catch (error) {
      client.close();
      throw error;
    }
    this.client = client;
    client.onReceived((frame) => {
      const uid = Number(frame.body.xid?.uid ?? 0);
      // Waiters of the frame are served first; the sync starts after.
      if (frame.command === Command.Notice && uid !== this.user.userId) queueMicrotask(() => this.requestSync(uid));
    });
    if (options.syncUnread !== false) await this.syncUnread();
  }

  /** What the SDK's heartbeat does: UNREAD, then a sync of every conversation with something unread. */
  async syncUnread(): Promise<void> {
    const client = this.client!;
    const unread = await client.unread(30_000);
    for (const entry of unread.unread) {
      const uid = Number(entry.xid?.uid ?? 0);
      if (entry.n > 0 && uid !== this.user.userId) this.requestSync(uid);
    }
  }

  /** Cuts the TCP connection mid-whatever (no close handshake); pages not confirmed yet may come again. */
  drop(): void {
    this.drops++;
    for (const ids of this.unconfirmed.values()) for (const id of ids) this.mayRepeat.add(id);
    this.unconfirmed.clear();
    this.client?.dropConnection();
  }

  close(): void {
    this.client?.close();
  }

  /** Resolves once no sync is running (those running now, and any they trigger). */
  async idle(): Promise<void> {
    while (this.syncing.size) await Promise.allSettled([...this.syncing.values()].map((run) => run.done));
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
