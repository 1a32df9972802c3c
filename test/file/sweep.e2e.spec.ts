import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock';
import { Metrics } from '../../src/common/observability/metrics.service';
import { FileReferenceService } from '../../src/file/file-reference.service';
import { FILE_SWEEP_GRACE_MS, FileSweepService } from '../../src/file/file-sweep.service';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { redPng, UploadAnswer } from './fixtures';
import { storagesUnderTest } from './storages';

describe.each(storagesUnderTest().map((storage) => [storage.name, storage] as const))(`${FileSweepService.name} on %s storage`, (_name, storage) => {
  let server: TestServer;
  let app: Tenant;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    if ('start' in storage) await storage.start();
    server = await startTestServer(storage.config());
    app = await createTenant(server, 'sweep app');
    [alice, bob] = await Promise.all([createUser(server, app), createUser(server, app)]);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await server.close();
    await storage.close();
  });

  const keyOf = (target: UploadAnswer) =>
    target.download_url.includes('file_sign=')
      ? (JSON.parse(Buffer.from(new URL(target.download_url).searchParams.get('file_sign')!.split('.')[0], 'base64url').toString()).k as string)
      : new URL(target.download_url).searchParams.get('object_name')!;
  const chatFile = async (): Promise<UploadAnswer> => {
    const target = (await server.request({ url: `/file/upload/chat?file_type=100&to_id=${bob.userId}`, appId: app.appId, token: alice.token })).body.data;
    expect((await storage.upload(server, target, Buffer.alloc(100, 1))).ok).toBe(true);
    return target;
  };
  const rowExists = async (key: string) => (await server.sql(`SELECT 1 FROM file_objects WHERE app_id = $1 AND object_key = $2`, [app.appId, key])).length === 1;

  it('removes an object whose purge never ran (the state a crash between commit and purge leaves) after the grace period, and nothing referenced or never referenced', async () => {
    const references = server.app.get(FileReferenceService);
    const orphan = await chatFile();
    const kept = await chatFile();
    const avatar = (await server.request({ url: '/file/upload/avatar/user', appId: app.appId, token: alice.token })).body.data;
    await storage.upload(server, avatar, await redPng(8, 8));
    await storage.download(server, app.appId, avatar.download_url, bob); // S3 learns of it on first use
    await references.retainUrl(app.appId, orphan.download_url, 'message:1');
    await references.retainUrl(app.appId, kept.download_url, 'message:1');
    await references.retainUrl(app.appId, kept.download_url, 'message:2');
    // The message is deleted in a transaction that commits; the purge that should follow it never runs.
    const released = await server.app.get(DataSource).transaction((manager) => references.release(app.appId, ['message:1'], { manager }));
    expect(released.sort()).toEqual([keyOf(orphan), keyOf(kept)].sort());
    expect(await storage.holds(server, app.appId, keyOf(orphan))).toBe(true);

    const sweeper = server.app.get(FileSweepService);
    expect(await sweeper.sweep()).toEqual({ released: 0, reservations: 0 }); // still within the grace period
    expect(await rowExists(keyOf(orphan))).toBe(true);

    const later = new Date(Date.now() + FILE_SWEEP_GRACE_MS + 1000);
    jest.spyOn(server.app.get(Clock), 'now').mockReturnValue(later);
    const log = jest.spyOn((sweeper as unknown as { logger: { log(message: string): void } }).logger, 'log');
    expect(await sweeper.sweep()).toEqual({ released: 1, reservations: 0 });
    expect(log).toHaveBeenCalledWith('file sweep removed 1 released object(s) whose purge never ran and 0 abandoned upload reservation(s)');
    expect(await rowExists(keyOf(orphan))).toBe(false);
    expect(await storage.holds(server, app.appId, keyOf(orphan))).toBe(false);
    for (const untouched of [kept, avatar]) {
      expect(await rowExists(keyOf(untouched))).toBe(true);
      expect(await storage.holds(server, app.appId, keyOf(untouched))).toBe(true);
    }
    expect(await references.referrersOf(app.appId, keyOf(kept))).toEqual(['message:2']);
    expect((await server.app.get(Metrics).fileSweepRemoved.get()).values).toContainEqual(expect.objectContaining({ labels: { kind: 'released' }, value: 1 }));
    jest.restoreAllMocks();
  });

  it('removes upload reservations older than twice the URL lifetime, with any bytes sent to them, and keeps fresh ones', async () => {
    const abandoned = (await server.request({ url: `/file/upload/chat?file_type=100&to_id=${bob.userId}`, appId: app.appId, token: alice.token })).body.data;
    if (storage.name === 's3') await storage.upload(server, abandoned, Buffer.alloc(10, 2)); // sent, never used
    const fresh = (await server.request({ url: `/file/upload/chat?file_type=100&to_id=${bob.userId}`, appId: app.appId, token: alice.token })).body.data;
    const ttlMs = server.config.files.urlTtlSeconds * 1000;
    await server.sql(`UPDATE file_objects SET created_at = now() - make_interval(secs => $3) WHERE app_id = $1 AND object_key = $2`, [app.appId, keyOf(abandoned), (2 * ttlMs + 1000) / 1000]);
    const sweeper = server.app.get(FileSweepService);
    expect(await sweeper.sweep()).toEqual({ released: 0, reservations: 1 });
    expect(await rowExists(keyOf(abandoned))).toBe(false);
    expect(await storage.holds(server, app.appId, keyOf(abandoned))).toBe(false);
    expect(await rowExists(keyOf(fresh))).toBe(true);
  });
});
