import { Clock } from '../common/clock';
import { loadConfig } from '../common/config/config';
import { Metrics } from '../common/observability/metrics.service';
import { MessageHistoryService } from '../message/message-history.service';
import { PulledPage } from '../message/message.types';
import { PositionWriteBehind } from './position-write-behind';
import { DeviceStreams } from './pushed-pages';
import { XsyncIdentity } from './xsync-session';
import { RealtimeMessages, XsyncSyncService } from './xsync-sync.service';

/** The message port's reads, each held until the test lets it finish; counts how many run at once. */
class HeldReads {
  running = 0;
  most = 0;
  unreadCalls = 0;
  private readonly waiting: (() => void)[] = [];

  port(): RealtimeMessages {
    const empty: PulledPage<never> = { messages: [], nextKey: 0 };
    return {
      pull: () => this.hold(empty),
      pullNotices: () => this.hold(empty),
      deviceUnread: () => {
        this.unreadCalls++;
        return this.hold({ conversations: [], noticesPending: false });
      },
    } as unknown as RealtimeMessages;
  }

  private async hold<T>(value: T): Promise<T> {
    this.running++;
    this.most = Math.max(this.most, this.running);
    await new Promise<void>((release) => this.waiting.push(release));
    this.running--;
    return value;
  }

  async finishOne(): Promise<void> {
    this.waiting.shift()?.();
    await settle();
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
/** These tests read no history. */
const noHistory = {} as MessageHistoryService;
/** These tests confirm nothing from memory. */
const noPositions = {} as PositionWriteBehind;
const streams = () => new DeviceStreams(100);
const serviceWith = (reads: HeldReads, env: Record<string, string>) => new XsyncSyncService(reads.port(), new Clock(), loadConfig(env), new Metrics(), noHistory, noPositions);
const identity: XsyncIdentity = { appId: 'app', userId: 10_000_001, deviceSn: 1, tokenId: 'token', tokenExpiresAt: null };

describe('XsyncSyncService read concurrency (REALTIME_SYNC_CONCURRENCY)', () => {
  it('serves at most the configured number of SYNC reads at once and queues the rest in order', async () => {
    const reads = new HeldReads();
    const service = serviceWith(reads, { REALTIME_SYNC_CONCURRENCY: '2' });
    const answers = Array.from({ length: 6 }, (_, index) => service.sync(identity, { xid: { uid: 10_000_100 + index, deviceSN: 0 }, key: 0 }, streams()));
    await settle();
    expect(reads.running).toBe(2);
    for (let finished = 0; finished < 6; finished++) await reads.finishOne();
    expect((await Promise.all(answers)).map((answer) => answer.status?.code)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(reads.most).toBe(2);
  });

  it('makes UNREAD wait for a free place like SYNC', async () => {
    const reads = new HeldReads();
    const service = serviceWith(reads, { REALTIME_SYNC_CONCURRENCY: '1' });
    const sync = service.sync(identity, { xid: { uid: 10_000_100, deviceSN: 0 }, key: 0 }, streams());
    const unread = service.unread(identity);
    await settle();
    expect(reads.unreadCalls).toBe(0);
    await reads.finishOne();
    expect(reads.unreadCalls).toBe(1);
    await reads.finishOne();
    await reads.finishOne();
    await expect(sync).resolves.toMatchObject({ status: { code: 1 } });
    await expect(unread).resolves.toMatchObject({ status: { code: 1 }, unread: [] });
  });

  it('refuses with RATE_LIMIT_EXCEEDED a read that waited longer than REALTIME_SYNC_MAX_WAIT_MS, and counts it', async () => {
    const reads = new HeldReads();
    const metrics = new Metrics();
    const service = new XsyncSyncService(reads.port(), new Clock(), loadConfig({ REALTIME_SYNC_CONCURRENCY: '1', REALTIME_SYNC_MAX_WAIT_MS: '20' }), metrics, noHistory, noPositions);
    const first = service.sync(identity, { xid: { uid: 10_000_100, deviceSN: 0 }, key: 0 }, streams());
    const late = service.sync(identity, { xid: { uid: 10_000_101, deviceSN: 0 }, key: 0 }, streams()).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 40));
    await reads.finishOne();
    await expect(first).resolves.toMatchObject({ status: { code: 1 } });
    await expect(late).resolves.toMatchObject({ code: 429 });
    expect((await metrics.syncShed.get()).values[0].value).toBe(1);
  });

  it('refuses at once when REALTIME_SYNC_QUEUE_LIMIT reads are already waiting', async () => {
    const reads = new HeldReads();
    const service = serviceWith(reads, { REALTIME_SYNC_CONCURRENCY: '1', REALTIME_SYNC_QUEUE_LIMIT: '1' });
    const held = [];
    for (const uid of [10_000_100, 10_000_101]) {
      held.push(service.sync(identity, { xid: { uid, deviceSN: 0 }, key: 0 }, streams()));
      await settle();
    }
    await expect(service.unread(identity)).rejects.toMatchObject({ code: 429 });
    for (let finished = 0; finished < 2; finished++) await reads.finishOne();
    await Promise.all(held);
  });
});
