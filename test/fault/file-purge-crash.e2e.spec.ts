import { Client } from 'pg';
import { Clock } from '../../src/common/clock';
import { FILE_SWEEP_GRACE_MS, FileSweepService } from '../../src/file/file-sweep.service';
import { createTestDatabase, TestDatabase } from '../database';
import { fileTestConfig, PUBLIC_URL, redPng, sendUpload, UploadAnswer } from '../file/fixtures';
import { storagesUnderTest } from '../file/storages';
import { childEnv, RunningServer, startServerProcess } from '../processes';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

/**
 * Issue 24's fault test: a real API process is SIGKILLed after a recall committed the release of
 * a file but before its purge deleted it, the state a crash between commit and purge leaves. A
 * trigger on the test's own database holds the purge's DELETE so the kill lands exactly there.
 * The sweeper (in another process on the same database and files) then removes that object once
 * the grace period has passed, and leaves a still-referenced file and an avatar alone.
 */
describe('a server killed between the commit of a release and its purge', () => {
  const local = storagesUnderTest().find((storage) => storage.name === 'local')!;
  let database: TestDatabase;
  let setup: TestServer;
  let api: RunningServer;
  let sql: Client;
  let app: Tenant;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    database = await createTestDatabase();
    const files = fileTestConfig();
    setup = await startTestServer({ ...files, pushWorkersInApi: false }, database);
    app = await createTenant(setup, 'purge crash app');
    [alice, bob] = await Promise.all([createUser(setup, app), createUser(setup, app)]);
    api = await startServerProcess(
      childEnv({
        DATABASE_URL: database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        BOOTSTRAP_DEFAULT_APP: 'false',
        PUSH_WORKERS_IN_API: 'false',
        DATA_DIR: files.dataDir!,
        FILE_STORAGE: 'local',
        FILE_PUBLIC_URL: PUBLIC_URL,
      }),
    );
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await sql?.end();
    await api?.stop();
    await setup?.close();
    await database?.drop();
  });

  const keyOf = (target: UploadAnswer) => JSON.parse(Buffer.from(new URL(target.download_url).searchParams.get('file_sign')!.split('.')[0], 'base64url').toString()).k as string;
  const sendFile = async (): Promise<{ target: UploadAnswer; msgId: number }> => {
    const target = (await setup.request({ url: `/file/upload/chat?file_type=100&to_id=${bob.userId}`, appId: app.appId, token: alice.token })).body.data;
    expect((await sendUpload(setup, target, Buffer.alloc(2000, 7))).status).toBe(200);
    const sent = await setup.request({
      method: 'POST',
      url: '/message/send',
      appId: app.appId,
      token: alice.token,
      body: { type: 1, targets: [bob.userId], content_type: 4, content: 'a file', attachment: JSON.stringify({ url: target.download_url, dName: 'f.bin', fLen: 2000 }) },
    });
    expect(sent.body.code).toBe(200);
    return { target, msgId: (sent.body as unknown as { msg_ids: number[] }).msg_ids[0] };
  };
  const rowOf = async (key: string) => (await sql.query(`SELECT released_at FROM file_objects WHERE app_id = $1 AND object_key = $2`, [app.appId, key])).rows[0];

  it('leaves the released object for the sweeper, which removes it after the grace period and touches nothing referenced', async () => {
    const recalled = await sendFile();
    const kept = await sendFile();
    const avatar = (await setup.request({ url: '/file/upload/avatar/user', appId: app.appId, token: alice.token })).body.data;
    expect((await sendUpload(setup, avatar, await redPng(8, 8))).status).toBe(200);
    const avatarKey = new URL(avatar.download_url).searchParams.get('object_name')!;

    await sql.query(`CREATE FUNCTION hold_purge() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(120); RETURN OLD; END $$`);
    await sql.query(`CREATE TRIGGER hold_purge BEFORE DELETE ON file_objects FOR EACH ROW EXECUTE FUNCTION hold_purge()`);
    const recall = fetch(`${api.url}/message/recall`, {
      method: 'POST',
      headers: { app_id: app.appId, 'access-token': alice.token, 'content-type': 'application/json' },
      body: JSON.stringify({ conversation_id: bob.userId, msg_id: recalled.msgId }),
    }).catch((error: Error) => error);
    let held: number | undefined;
    for (let attempt = 0; attempt < 200 && held === undefined; attempt++) {
      const [row] = (await sql.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'DELETE FROM file_objects%' AND state = 'active'`)).rows;
      held = row?.pid;
      if (held === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(held).toBeDefined();
    // The release committed: no reference is left and the object is marked released.
    expect((await rowOf(keyOf(recalled.target))).released_at).not.toBeNull();

    process.kill(api.pid, 'SIGKILL');
    // The recall never answered: its connection died with the process.
    expect(await recall).toHaveProperty('message', 'fetch failed');
    // PostgreSQL ends a dead client's backend; here the backend sleeps, so end it as PostgreSQL would.
    await sql.query(`SELECT pg_terminate_backend($1)`, [held]);
    await sql.query(`DROP TRIGGER hold_purge ON file_objects`);
    expect(await rowOf(keyOf(recalled.target))).toBeDefined();
    expect(await local.holds(setup, app.appId, keyOf(recalled.target))).toBe(true);

    const sweeper = setup.app.get(FileSweepService);
    expect(await sweeper.sweep()).toEqual({ released: 0, reservations: 0 });
    jest.spyOn(setup.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + FILE_SWEEP_GRACE_MS + 1000));
    expect(await sweeper.sweep()).toEqual({ released: 1, reservations: 0 });

    expect(await rowOf(keyOf(recalled.target))).toBeUndefined();
    expect(await local.holds(setup, app.appId, keyOf(recalled.target))).toBe(false);
    for (const key of [keyOf(kept.target), avatarKey]) {
      expect(await rowOf(key)).toBeDefined();
      expect(await local.holds(setup, app.appId, key)).toBe(true);
    }
    const download = await local.download(setup, app.appId, kept.target.download_url, bob);
    expect(download.statusCode).toBe(200);
  });
});
