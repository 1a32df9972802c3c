import { VendorTokenCache, VendorTokenScope } from '../../../src/push/channels/vendor-common/vendor-token.cache';
import { ChannelHarness, createChannelHarness } from './channel-harness';
import { startPrivateRedis } from '../../private-redis';

let scopeCounter = 0;

describe.each(['postgres', 'redis'] as const)(`${VendorTokenCache.name} on %s`, (store) => {
  let harness: ChannelHarness;
  let redis: { url: string; stop(): Promise<void> } | null = null;

  beforeAll(async () => {
    if (store === 'redis') redis = await startPrivateRedis();
    harness = await createChannelHarness({}, redis?.url ?? null);
  });

  afterAll(async () => {
    await harness.close();
    await redis?.stop();
  });

  const scope = (): VendorTokenScope => ({ appId: harness.appId, vendor: 'test', credentialParts: [++scopeCounter] });
  const options = { refreshMarginMs: 60_000 };

  it('fetches once for concurrent callers in several workers, then serves the cached token', async () => {
    const shared = scope();
    const workers = [harness.cache, harness.otherWorkerCache(), harness.otherWorkerCache()];
    let fetches = 0;
    const fetcher = async () => {
      fetches++;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { token: `token-${fetches}`, expiresInMs: 3600_000 };
    };
    const tokens = await Promise.all(workers.flatMap((worker) => [worker.get(shared, options, fetcher), worker.get(shared, options, fetcher)]));
    expect(new Set(tokens)).toEqual(new Set(['token-1']));
    expect(fetches).toBe(1);
    expect(await harness.otherWorkerCache().get(shared, options, fetcher)).toBe('token-1');
    expect(fetches).toBe(1);
  });

  it('refetches when the Clock reaches expiry minus the margin', async () => {
    const own = scope();
    let fetches = 0;
    const fetcher = async () => ({ token: `t${++fetches}`, expiresInMs: 600_000 });
    expect(await harness.cache.get(own, options, fetcher)).toBe('t1');
    harness.advance(600_000 - 60_000 - 1000);
    expect(await harness.cache.get(own, options, fetcher)).toBe('t1');
    harness.advance(2000);
    expect(await harness.cache.get(own, options, fetcher)).toBe('t2');
  });

  it('invalidates only the rejected token, never a newer one another worker stored', async () => {
    const own = scope();
    const other = harness.otherWorkerCache();
    expect(await harness.cache.get(own, options, async () => ({ token: 'old', expiresInMs: 3600_000 }))).toBe('old');
    await harness.cache.invalidate(own, 'old');
    expect(await other.get(own, options, async () => ({ token: 'new', expiresInMs: 3600_000 }))).toBe('new');
    await harness.cache.invalidate(own, 'old');
    expect(await harness.otherWorkerCache().get(own, options, async () => ({ token: 'unexpected', expiresInMs: 3600_000 }))).toBe('new');
  });

  it('releases the refresh lease when the fetch fails, so the next call fetches at once', async () => {
    const own = scope();
    await expect(harness.cache.get(own, options, async () => Promise.reject(new Error('vendor down')))).rejects.toThrow('vendor down');
    const started = Date.now();
    expect(await harness.otherWorkerCache().get(own, options, async () => ({ token: 'later', expiresInMs: 3600_000 }))).toBe('later');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
