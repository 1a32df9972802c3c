import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../../../src/common/clock';
import { AppConfig, loadConfig, PushVendorEndpoints } from '../../../src/common/config/config';
import { dataSourceOptions } from '../../../src/common/database/data-source';
import { PushEnvironment, PushTarget } from '../../../src/push/channels/push-channel';
import { PushChannelRegistry } from '../../../src/push/channels/push-channel.registry';
import { VendorTokenCache } from '../../../src/push/channels/vendor-common/vendor-token.cache';
import { VendorTokenRepository } from '../../../src/push/channels/vendor-common/vendor-token.repository';
import { createTestDatabase, TestDatabase } from '../../database';

/**
 * What a channel test needs: a cloned database (the token cache's table), one app row, a stubbable
 * Clock, a registry and a VendorTokenCache — the same objects PushModule wires, without booting HTTP.
 */
export interface ChannelHarness {
  appId: string;
  config: AppConfig;
  clock: Clock;
  registry: PushChannelRegistry;
  cache: VendorTokenCache;
  dataSource: DataSource;
  /** A second cache on the same store: another worker process. */
  otherWorkerCache(): VendorTokenCache;
  /** Moves the Clock forward (tokens judge their expiry by it). */
  advance(ms: number): void;
  close(): Promise<void>;
}

export async function createChannelHarness(endpoints: Partial<PushVendorEndpoints> = {}, redisUrl: string | null = null): Promise<ChannelHarness> {
  const database: TestDatabase = await createTestDatabase();
  const dataSource = new DataSource(dataSourceOptions(database.url, { poolSize: 4 }));
  await dataSource.initialize();
  const appId = `app${randomBytes(4).toString('hex')}`;
  await dataSource.query(`INSERT INTO apps (id, name, secret) VALUES ($1, 'push test', 'secret')`, [appId]);
  const base = loadConfig({});
  const config: AppConfig = { ...base, redisUrl, pushVendors: { ...base.pushVendors, ...endpoints } };
  const clock = new Clock();
  let offset = 0;
  jest.spyOn(clock, 'now').mockImplementation(() => new Date(Date.now() + offset));
  const repository = new VendorTokenRepository(dataSource);
  const caches: VendorTokenCache[] = [];
  const newCache = () => {
    const cache = new VendorTokenCache(config, clock, repository);
    caches.push(cache);
    return cache;
  };
  const cache = newCache();
  return {
    appId,
    config,
    clock,
    registry: new PushChannelRegistry(),
    cache,
    dataSource,
    otherWorkerCache: newCache,
    advance: (ms) => (offset += ms),
    async close() {
      for (const each of caches) await each.onModuleDestroy();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

let deviceSn = 0;

export function target(deviceToken: string, extra: Partial<PushTarget> = {}): PushTarget {
  return { userId: 10_000_001, deviceSn: ++deviceSn, deviceToken, platform: 2, ...extra };
}

let credentialId = 0;

/** The fields every credential carries; a fresh id each time so tests never share a cached token by accident. */
export function credentialBase(appId: string, environment = PushEnvironment.Production) {
  return { id: ++credentialId, version: 1, appId, name: `cert-${credentialId}`, environment };
}
