import { FileReferenceService } from '../../src/file/file-reference.service';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { insertGroup } from '../group/fixtures';
import { redPng, sendUpload, UploadAnswer } from './fixtures';
import { storagesUnderTest } from './storages';

const QUOTA = 50_000;

describe.each(storagesUnderTest().map((storage) => [storage.name, storage] as const))(`${FileReferenceService.name} on %s storage`, (_name, storage) => {
  let server: TestServer;
  let app: Tenant;
  let owner: TestUser;
  let admin: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let groupId: number;

  beforeAll(async () => {
    if ('start' in storage) await storage.start();
    server = await startTestServer(storage.config({ appQuotaBytes: QUOTA }));
    app = await createTenant(server, 'group files app');
    [owner, admin, member, outsider] = await Promise.all(Array.from({ length: 4 }, () => createUser(server, app)));
    groupId = await insertGroup(server, app, { owner, admins: [admin], members: [member] });
  });
  afterAll(async () => {
    await server.close();
    await storage.close();
  });
  beforeEach(async () => {
    // Each test starts with an empty store, so the quota is the test's own.
    await server.sql(`DELETE FROM group_files WHERE app_id = $1`, [app.appId]);
    await server.sql(`DELETE FROM file_references WHERE app_id = $1`, [app.appId]);
    await server.sql(`DELETE FROM file_objects WHERE app_id = $1`, [app.appId]);
    await server.sql(`UPDATE file_app_usage SET used_bytes = 0, quota_bytes = NULL WHERE app_id = $1`, [app.appId]);
  });

  const get = (url: string, user: TestUser | null, headers?: Record<string, string>) => server.request({ url, appId: app.appId, token: user?.token ?? app.adminToken, headers });
  const sharedUrl = async (user: TestUser, fileType = 200): Promise<UploadAnswer> => {
    const response = await get(`/file/upload/chat?file_type=${fileType}&to_id=${groupId}&to_type=2`, user);
    expect(response.body.code).toBe(200);
    return response.body.data;
  };
  const keyOf = (download: string) => JSON.parse(Buffer.from(new URL(download).searchParams.get('file_sign')!.split('.')[0], 'base64url').toString()).k as string;
  const stored = (key: string) => storage.holds(server, app.appId, key);
  const onlyOn = (name: typeof storage.name) => (storage.name === name ? it : it.skip);
  const bytes = (length: number) => Buffer.alloc(length, 7);
  const usage = async () => (await server.sql(`SELECT used_bytes AS used FROM file_app_usage WHERE app_id = $1`, [app.appId]))[0]?.used ?? 0;

  describe('group shared files', () => {
    it('records an uploaded shared file; deleting the record deletes the bytes when nothing else references them', async () => {
      const target = await sharedUrl(member);
      await storage.upload(server, target, bytes(1000));
      const recorded = await server.request({
        method: 'POST',
        url: '/group/file/upload',
        appId: app.appId,
        token: member.token,
        body: { group_id: groupId, name: 'plan.pdf', size: 1000, type: 'application/pdf', url: target.download_url },
      });
      expect(recorded.body.code).toBe(200);
      const key = keyOf(target.download_url);
      expect(await server.app.get(FileReferenceService).referrersOf(app.appId, key)).toEqual([`group_file:${recorded.body.data.file_id}`]);
      expect((await storage.download(server, app.appId, recorded.body.data.url, admin)).rawPayload.length).toBe(1000);
      expect((await storage.download(server, app.appId, recorded.body.data.url, outsider)).json()).toEqual({
        code: 10010,
        message: `this file belongs to group ${groupId}; only its members may read it`,
        data: null,
      });
      expect(await usage()).toBe(1000);
      const deleted = await server.request({ method: 'POST', url: '/group/file/delete', appId: app.appId, token: member.token, body: { group_id: groupId, file_list: [recorded.body.data.file_id] } });
      expect(deleted.body.data).toEqual([{ file_id: recorded.body.data.file_id, result: 'success', reason: null }]);
      expect(await stored(key)).toBe(false);
      expect(await server.sql(`SELECT 1 FROM file_objects WHERE app_id = $1 AND object_key = $2`, [app.appId, key])).toEqual([]);
      expect(await usage()).toBe(0);
      expect((await storage.download(server, app.appId, target.download_url, member)).json().message).toBe('file_sign: the file has not been uploaded, or was deleted');
    });

    it('keeps the bytes while a message still references them, and deletes them with the last reference', async () => {
      const references = server.app.get(FileReferenceService);
      const target = await sharedUrl(member);
      await storage.upload(server, target, bytes(10));
      const recorded = await server.request({ method: 'POST', url: '/group/file/upload', appId: app.appId, token: member.token, body: { group_id: groupId, name: 'a.txt', size: 10, url: target.download_url } });
      const key = keyOf(target.download_url);
      expect(await references.retainUrl(app.appId, target.download_url, 'message:42')).toBe(key);
      await server.request({ method: 'DELETE', url: '/group/file/delete', appId: app.appId, token: admin.token, body: { group_id: groupId, file_list: [recorded.body.data.file_id] } });
      expect(await stored(key)).toBe(true);
      expect(await references.referrersOf(app.appId, key)).toEqual(['message:42']);
      expect(await references.release(app.appId, ['message:42'])).toEqual([key]);
      expect(await stored(key)).toBe(false);
    });

    it('refuses to record a file of ours uploaded for another conversation, or never uploaded; other URLs are kept as given', async () => {
      const forUser = (await get(`/file/upload/chat?file_type=100&to_id=${owner.userId}`, member)).body.data;
      await storage.upload(server, forUser, bytes(10));
      const record = (url: string) => server.request({ method: 'POST', url: '/group/file/upload', appId: app.appId, token: member.token, body: { group_id: groupId, name: 'x.bin', size: 10, url } });
      expect((await record(forUser.download_url)).body).toEqual({
        code: 10002,
        message: `url: the file was uploaded for another conversation; upload it with to_type 2 and to_id ${groupId}, or forward it there with /file/upload/forward`,
        data: null,
      });
      const notUploaded = await sharedUrl(member);
      expect((await record(notUploaded.download_url)).body).toEqual({ code: 10002, message: 'url: the file has not been uploaded, or was deleted', data: null });
      expect((await record(`${notUploaded.download_url}x`)).body).toEqual({ code: 10002, message: 'url: its file_sign is not a valid file signature of this app', data: null });
      expect((await server.sql(`SELECT count(*)::int AS n FROM group_files WHERE app_id = $1`, [app.appId]))[0].n).toBe(0);
      expect((await record('https://elsewhere.example/x.bin')).body.code).toBe(200);
    });

    it('lets only members who may send upload to the group; a forward into it follows the same rule', async () => {
      expect((await get(`/file/upload/chat?file_type=200&to_id=${groupId}&to_type=2`, outsider)).body).toEqual({
        code: 20002,
        message: `user ${outsider.userId} is not a member of group ${groupId}`,
        data: null,
      });
      expect((await get(`/file/upload/chat?file_type=100&to_id=999999999&to_type=2`, member)).body.code).toBe(20001);
      expect((await get(`/file/upload/chat?file_type=202&to_id=${groupId}&to_type=2`, null, { group_id: String(groupId) })).body.code).toBe(200);
      expect((await get(`/file/upload/chat?file_type=102&to_id=${owner.userId}&to_type=1`, null, { group_id: String(groupId) })).body.code).toBe(10010);
      const direct = (await get(`/file/upload/chat?file_type=100&to_id=${member.userId}`, outsider)).body.data;
      await storage.upload(server, direct, bytes(10));
      const sign = new URL(direct.download_url).searchParams.get('file_sign');
      expect((await get(`/file/upload/forward?file_sign=${sign}&to_id=${groupId}&to_type=2`, outsider)).body.code).toBe(20002);
      expect((await get(`/file/upload/forward?file_sign=${sign}&to_id=${groupId}&to_type=2`, member)).body.code).toBe(200);
    });
  });

  describe('GET /file/upload/avatar/group', () => {
    it('lets admins and the owner upload; members only while member_modify is on; outsiders never', async () => {
      const url = `/file/upload/avatar/group?group_id=${groupId}`;
      expect((await get(url, owner)).body.code).toBe(200);
      const answer = await get(url, admin);
      expect(answer.body.data.download_url).toMatch(/\/file\/download\/avatar\?object_name=avatar%2F[0-9a-f]{32}$/);
      expect((await storage.upload(server, answer.body.data, await redPng(32, 32))).ok).toBe(true);
      expect((await storage.download(server, app.appId, answer.body.data.download_url, outsider)).statusCode).toBe(200);
      expect((await get(url, member)).body).toEqual({ code: 20012, message: `only the group's admins and owner of group ${groupId} may do this`, data: null });
      expect((await get(url, outsider)).body).toEqual({ code: 20012, message: `only the group's admins and owner of group ${groupId} may do this`, data: null });
      await server.sql(`UPDATE groups SET member_modify = true WHERE id = $1`, [groupId]);
      expect((await get(url, member)).body.code).toBe(200);
      await server.sql(`UPDATE groups SET member_modify = false WHERE id = $1`, [groupId]);
      expect((await get(url, null, { group_id: String(groupId) })).body.code).toBe(200);
      expect((await get(`/file/upload/avatar/group?group_id=abc`, owner)).body).toEqual({ code: 10002, message: 'group_id: must be an integer id', data: null });
    });
  });

  describe('strangers', () => {
    it('refuses chat uploads to strangers when the app lets only friends message each other', async () => {
      await server.sql(`UPDATE apps SET stranger_messages = false WHERE id = $1`, [app.appId]);
      try {
        expect((await get(`/file/upload/chat?file_type=100&to_id=${owner.userId}`, outsider)).body).toEqual({
          code: 10010,
          message: `user ${outsider.userId} may not message user ${owner.userId} (blocked, or this app lets only friends message each other)`,
          data: null,
        });
      } finally {
        await server.sql(`UPDATE apps SET stranger_messages = true WHERE id = $1`, [app.appId]);
      }
    });
  });

  describe('quota', () => {
    onlyOn('local')('counts stored bytes against the app quota: an upload past it is cut off (507, 10009) and leaves nothing; a full app gets no new URLs', async () => {
      const first = (await get(`/file/upload/chat?file_type=100&to_id=${owner.userId}`, member)).body.data;
      expect((await sendUpload(server, first, bytes(QUOTA - 100))).status).toBe(200);
      const second = (await get(`/file/upload/chat?file_type=100&to_id=${owner.userId}`, member)).body.data;
      const refused = await sendUpload(server, second, bytes(200), { method: 'PUT' });
      expect(refused).toEqual({
        status: 507,
        body: { code: 10009, message: `storage quota of app ${app.appId} (${QUOTA} bytes) has no room for this file; delete files or ask the operator for more`, data: null },
      });
      expect(await usage()).toBe(QUOTA - 100);
      expect((await sendUpload(server, second, bytes(100), { method: 'PUT' })).status).toBe(200);
      expect((await get(`/file/upload/chat?file_type=100&to_id=${owner.userId}`, member)).body).toEqual({
        code: 10009,
        message: `storage quota of app ${app.appId} (${QUOTA} bytes) is used up; delete files or ask the operator for more`,
        data: null,
      });
      expect((await get('/file/upload/avatar/user', member)).body.code).toBe(10009);
    });

    it('checks the quota again when it stores, in the same statement that counts the bytes (no race between two uploads)', async () => {
      const { FileRepository } = await import('../../src/file/file.repository');
      const repository = server.app.get(FileRepository);
      await repository.insertPending(app.appId, 'chat/0123456789abcdef0123456789abcdef', 'any', 10 ** 6, member.userId, new Date());
      const placed = jest.fn(async () => undefined);
      const facts = { size: QUOTA + 1, contentType: 'application/octet-stream', fileName: null };
      expect(await repository.store(app.appId, 'chat/0123456789abcdef0123456789abcdef', facts, new Date(), QUOTA, placed)).toBe('quota');
      expect(placed).not.toHaveBeenCalled();
      expect(await repository.store(app.appId, 'chat/0123456789abcdef0123456789abcdef', { ...facts, size: QUOTA }, new Date(), QUOTA, placed)).toBeNull();
      expect(placed).toHaveBeenCalledTimes(1);
      expect(await usage()).toBe(QUOTA);
    });

    onlyOn('s3')('counts an S3 upload on first use: one past the quota is refused (10009) and its bytes deleted; a full app gets no new URLs', async () => {
      const first = (await get(`/file/upload/chat?file_type=100&to_id=${owner.userId}`, member)).body.data;
      await storage.upload(server, first, bytes(QUOTA - 100));
      expect((await storage.download(server, app.appId, first.download_url, member)).rawPayload.length).toBe(QUOTA - 100);
      const second = (await get(`/file/upload/chat?file_type=100&to_id=${owner.userId}`, member)).body.data;
      await storage.upload(server, second, bytes(200));
      expect(await stored(keyOf(second.download_url))).toBe(true);
      expect((await storage.download(server, app.appId, second.download_url, member)).json()).toEqual({
        code: 10009,
        message: `storage quota of app ${app.appId} (${QUOTA} bytes) is used up; delete files or ask the operator for more`,
        data: null,
      });
      expect(await stored(keyOf(second.download_url))).toBe(false);
      expect(await usage()).toBe(QUOTA - 100);
      const third = (await get(`/file/upload/chat?file_type=100&to_id=${owner.userId}`, member)).body.data;
      await storage.upload(server, third, bytes(100));
      expect((await storage.download(server, app.appId, third.download_url, member)).statusCode).toBe(200);
      expect((await get('/file/upload/avatar/user', member)).body.code).toBe(10009);
    });

    onlyOn('local')("takes the app's own quota over the default", async () => {
      await server.sql(`INSERT INTO file_app_usage (app_id, quota_bytes) VALUES ($1, 10) ON CONFLICT (app_id) DO UPDATE SET quota_bytes = 10`, [app.appId]);
      const target = (await get(`/file/upload/chat?file_type=100&to_id=${owner.userId}`, member)).body.data;
      expect((await sendUpload(server, target, bytes(11), { method: 'PUT' })).status).toBe(507);
      expect((await sendUpload(server, target, bytes(10), { method: 'PUT' })).status).toBe(200);
    });
  });
});
