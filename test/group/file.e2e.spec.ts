import { Clock } from '../../src/common/clock';
import { GroupFileService } from '../../src/group/group-file.service';
import { GroupType } from '../../src/group/group.entity';
import { GroupNoticeType } from '../../src/notice/notice.types';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { destroyGroup, groupNotices, insertGroup } from './fixtures';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const T0 = Date.parse('2030-03-01T00:00:00Z');
const GIB = 1024 ** 3;

describe(GroupFileService.name, () => {
  let server: TestServer;
  let app: Tenant;
  let otherApp: Tenant;
  let owner: TestUser;
  let admin: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let outsider: TestUser;
  let stranger: TestUser;
  let now: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    server = await startTestServer();
    app = await createTenant(server, 'sharing app');
    otherApp = await createTenant(server, 'other app');
    [owner, admin, alice, bob, outsider] = await Promise.all(Array.from({ length: 5 }, () => createUser(server, app)));
    stranger = await createUser(server, otherApp);
    now = jest.spyOn(server.app.get(Clock), 'now').mockImplementation(() => new Date(T0));
  });
  afterAll(async () => {
    now.mockRestore();
    await server.close();
  });

  const newGroup = (type = GroupType.Private) => insertGroup(server, app, { owner, admins: [admin], members: [alice, bob], type });
  const call = (method: Method, url: string, user: TestUser | null, body?: unknown, headers?: Record<string, string>) =>
    server.request({ method, url, appId: app.appId, token: user?.token ?? app.adminToken, body, headers });
  const asGroupAdmin = (groupId: number) => ({ group_id: String(groupId) });
  const asUser = (user: TestUser) => ({ user_id: String(user.userId) });
  const upload = (user: TestUser | null, body: object, headers?: Record<string, string>) => call('POST', '/group/file/upload', user, body, headers);
  const share = async (groupId: number, user: TestUser, name = 'report.pdf') => {
    const response = await upload(user, { group_id: groupId, name, size: 1234, type: 'application/pdf', url: `https://files.example/${name}` });
    expect(response.body.code).toBe(200);
    return response.body.data;
  };
  const list = async (groupId: number, user: TestUser = alice) => {
    const response = await call('GET', `/group/file/list?group_id=${groupId}`, user);
    expect(response.body.code).toBe(200);
    return response.body.data;
  };
  const bad = (message: string) => ({ code: 10002, message, data: null });
  const refused = (code: number, message: string) => ({ code, message, data: null });
  const needsMember = (groupId: number) => refused(20011, `only members of group ${groupId} may do this`);
  const groupGone = (groupId: number) => refused(20001, `group ${groupId} does not exist in this app`);
  const noFile = (groupId: number, fileId: number) => refused(20022, `file ${fileId} does not exist in group ${groupId}`);
  const notYours = (groupId: number, fileId: number, verb: string) =>
    `only the uploader of file ${fileId} or the admins and owner of group ${groupId} may ${verb} it`;
  const done = { code: 200, message: null, data: true };

  describe('POST /group/file/upload, GET /group/file and GET /group/file/list', () => {
    it('records the file with its uploader; get and list (newest first) read it back', async () => {
      const groupId = await newGroup();
      const response = await upload(alice, { group_id: groupId, name: 'notes.txt', size: 10, type: 'text/plain', url: 'https://files.example/1' });
      const first = {
        file_id: expect.any(Number),
        group_id: groupId,
        name: 'notes.txt',
        size: 10,
        type: 'text/plain',
        url: 'https://files.example/1',
        uploader: alice.userId,
        created_at: T0,
        updated_at: T0,
      };
      expect(response.body).toEqual({ code: 200, message: null, data: first });
      const fileId = response.body.data.file_id;
      const second = await upload(bob, { group_id: groupId, name: 'big.iso', size: 10 * GIB, url: 'https://files.example/2' });
      expect(second.body.data).toMatchObject({ name: 'big.iso', size: 10 * GIB, type: null, uploader: bob.userId });

      const read = await call('GET', `/group/file?group_id=${groupId}&file_id=${fileId}`, bob);
      expect(read.body).toEqual({ code: 200, message: null, data: response.body.data });
      expect(await list(groupId)).toEqual([second.body.data, response.body.data]);
    });

    it('tells every member with FILE_UPLOADED', async () => {
      const groupId = await newGroup();
      const file = await share(groupId, bob);
      for (const member of [owner, admin, alice, bob]) {
        expect(await groupNotices(server, app, member, groupId)).toEqual([
          expect.objectContaining({
            type: GroupNoticeType.FileUploaded,
            fromId: bob.userId,
            content: JSON.stringify({ file_id: file.file_id, name: 'report.pdf' }),
          }),
        ]);
      }
    });

    it("lets members record files, not outsiders even of a public group; the app records them as the group's admin", async () => {
      const groupId = await newGroup(GroupType.Public);
      const body = { group_id: groupId, name: 'a.txt', size: 1, url: 'u' };
      expect((await upload(outsider, body)).body).toEqual(needsMember(groupId));
      expect((await upload(null, body, asUser(outsider))).body).toEqual(needsMember(groupId));
      expect((await upload(null, body)).body.code).toBe(10010);
      expect((await upload(alice, body, asUser(bob))).body.code).toBe(10010);
      expect((await upload(alice, body, asGroupAdmin(groupId))).body.code).toBe(10010);
      const foreign = await server.request({ method: 'POST', url: '/group/file/upload', appId: otherApp.appId, token: stranger.token, body });
      expect(foreign.body).toEqual(groupGone(groupId));
      expect(await list(groupId)).toEqual([]);
      expect((await upload(null, body, asGroupAdmin(groupId))).body.data).toMatchObject({ uploader: null });
      expect((await upload(null, body, asUser(bob))).body.data).toMatchObject({ uploader: bob.userId });
      expect((await list(groupId, outsider)).map((file: { uploader: number | null }) => file.uploader)).toEqual([bob.userId, null]);
    });

    it('shows the files of a private group to members only', async () => {
      const groupId = await newGroup();
      const file = await share(groupId, alice);
      expect((await call('GET', `/group/file/list?group_id=${groupId}`, outsider)).body).toEqual(needsMember(groupId));
      expect((await call('GET', `/group/file?group_id=${groupId}&file_id=${file.file_id}`, outsider)).body).toEqual(needsMember(groupId));
      expect((await call('GET', `/group/file?group_id=${groupId}&file_id=${file.file_id}`, null, undefined, asGroupAdmin(groupId))).body.data).toEqual(file);
      const foreign = await server.request({ method: 'GET', url: `/group/file/list?group_id=${groupId}`, appId: otherApp.appId, token: stranger.token });
      expect(foreign.body).toEqual(groupGone(groupId));
    });

    it('answers 20022 for a missing file or one of another group', async () => {
      const groupId = await newGroup();
      const otherGroupId = await newGroup();
      const theirs = await share(otherGroupId, alice);
      expect((await call('GET', `/group/file?group_id=${groupId}&file_id=${theirs.file_id}`, alice)).body).toEqual(noFile(groupId, theirs.file_id));
      expect((await call('GET', `/group/file?group_id=${groupId}&file_id=999999999`, alice)).body).toEqual(noFile(groupId, 999999999));
    });

    it('refuses bad records with the field and the limit', async () => {
      const groupId = await newGroup();
      const valid = { group_id: groupId, name: 'a.txt', size: 1, url: 'https://files.example/a' };
      const cases: [object, string][] = [
        [{ ...valid, name: undefined }, 'name: is required'],
        [{ ...valid, name: '' }, 'name: must be a file name: not blank, not "." or "..", without / \\ or control characters'],
        [{ ...valid, name: '   ' }, 'name: must be a file name: not blank, not "." or "..", without / \\ or control characters'],
        [{ ...valid, name: '../etc/passwd' }, 'name: must be a file name: not blank, not "." or "..", without / \\ or control characters'],
        [{ ...valid, name: 'dir\\file' }, 'name: must be a file name: not blank, not "." or "..", without / \\ or control characters'],
        [{ ...valid, name: '..' }, 'name: must be a file name: not blank, not "." or "..", without / \\ or control characters'],
        [{ ...valid, name: 'line\nbreak' }, 'name: must be a file name: not blank, not "." or "..", without / \\ or control characters'],
        [{ ...valid, name: 'n'.repeat(256) }, 'name: must be at most 255 characters'],
        [{ ...valid, size: undefined }, 'size: is required'],
        [{ ...valid, size: -1 }, 'size: must be at least 0'],
        [{ ...valid, size: 1.5 }, 'size: must be an integer number of bytes'],
        [{ ...valid, size: '1 KB' }, 'size: "1 KB" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
        [{ ...valid, size: 10 * GIB + 1 }, `size: must be at most ${10 * GIB} bytes (10 GiB)`],
        [{ ...valid, type: 5 }, 'type: must be a string'],
        [{ ...valid, type: 't'.repeat(129) }, 'type: must be at most 128 characters'],
        [{ ...valid, url: undefined }, 'url: is required'],
        [{ ...valid, url: ' ' }, 'url: must not be blank'],
        [{ ...valid, url: 'u'.repeat(2049) }, 'url: must be at most 2048 characters'],
        [{ ...valid, group_id: undefined }, 'group_id: is required'],
        [{ ...valid, uploader: 1 }, 'uploader: unknown field; remove it'],
      ];
      for (const [body, message] of cases) expect({ body, answer: (await upload(alice, body)).body }).toEqual({ body, answer: bad(message) });
      expect(await list(groupId)).toEqual([]);
      expect((await upload(alice, { ...valid, name: 'n'.repeat(255), size: 0, url: 'u'.repeat(2048), type: null })).body.code).toBe(200);
      expect((await call('GET', `/group/file?group_id=${groupId}`, alice)).body).toEqual(bad('file_id: is required'));
      expect((await call('GET', `/group/file?group_id=${groupId}&file_id=-1`, alice)).body).toEqual(bad('file_id: must be a positive id'));
    });

    it('answers 20001 for a destroyed group', async () => {
      const groupId = await newGroup();
      const file = await share(groupId, alice);
      await destroyGroup(server, groupId);
      expect((await upload(alice, { group_id: groupId, name: 'a', size: 1, url: 'u' })).body).toEqual(groupGone(groupId));
      expect((await call('GET', `/group/file/list?group_id=${groupId}`, alice)).body).toEqual(groupGone(groupId));
      expect((await call('GET', `/group/file?group_id=${groupId}&file_id=${file.file_id}`, alice)).body).toEqual(groupGone(groupId));
    });
  });

  describe('POST and PUT /group/file/update_name', () => {
    for (const method of ['POST', 'PUT'] as const) {
      it(`${method} lets the uploader rename the file, stamps updated_at and tells the members`, async () => {
        const groupId = await newGroup();
        const file = await share(groupId, alice);
        now.mockImplementation(() => new Date(T0 + 1000));
        expect((await call(method, '/group/file/update_name', alice, { group_id: groupId, file_id: file.file_id, name: 'final.pdf' })).body).toEqual(done);
        now.mockImplementation(() => new Date(T0));
        expect((await call('GET', `/group/file?group_id=${groupId}&file_id=${file.file_id}`, bob)).body.data).toEqual({
          ...file,
          name: 'final.pdf',
          updated_at: T0 + 1000,
        });
        expect((await groupNotices(server, app, bob, groupId)).slice(-1)).toEqual([
          expect.objectContaining({
            type: GroupNoticeType.FileUpdated,
            fromId: alice.userId,
            toIds: [alice.userId],
            content: JSON.stringify({ file_id: file.file_id, name: 'final.pdf' }),
          }),
        ]);
      });
    }

    it("refuses other members (20023) and outsiders (20011); lets admins, the owner and the app as the group's admin rename any file", async () => {
      const groupId = await newGroup();
      const file = await share(groupId, alice);
      const rename = (user: TestUser | null, name: string, headers?: Record<string, string>) =>
        call('POST', '/group/file/update_name', user, { group_id: groupId, file_id: file.file_id, name }, headers);
      expect((await rename(bob, 'by bob')).body).toEqual(refused(20023, notYours(groupId, file.file_id, 'rename')));
      expect((await rename(null, 'by bob', asUser(bob))).body).toEqual(refused(20023, notYours(groupId, file.file_id, 'rename')));
      expect((await rename(outsider, 'by outsider')).body).toEqual(needsMember(groupId));
      expect((await rename(null, 'bare')).body.code).toBe(10010);
      expect((await rename(bob, 'x', asUser(alice))).body.code).toBe(10010);
      expect((await list(groupId))[0].name).toBe('report.pdf');
      for (const [user, headers, name] of [
        [admin, undefined, 'by admin'],
        [owner, undefined, 'by owner'],
        [null, asGroupAdmin(groupId), 'by app'],
        [null, asUser(alice), 'as alice'],
      ] as const) {
        expect((await rename(user, name, headers)).body).toEqual(done);
        expect((await list(groupId))[0].name).toBe(name);
      }
    });

    it('answers 20022 for a missing file or one of another group, and refuses bad names', async () => {
      const groupId = await newGroup();
      const otherGroupId = await newGroup();
      const theirs = await share(otherGroupId, alice);
      const rename = (body: object) => call('PUT', '/group/file/update_name', alice, body);
      expect((await rename({ group_id: groupId, file_id: theirs.file_id, name: 'x' })).body).toEqual(noFile(groupId, theirs.file_id));
      expect((await rename({ group_id: groupId, file_id: 999999999, name: 'x' })).body).toEqual(noFile(groupId, 999999999));
      expect((await rename({ group_id: groupId, name: 'x' })).body).toEqual(bad('file_id: is required'));
      expect((await rename({ group_id: groupId, file_id: theirs.file_id, name: 'a/b' })).body).toEqual(
        bad('name: must be a file name: not blank, not "." or "..", without / \\ or control characters'),
      );
      expect((await rename({ group_id: groupId, file_id: theirs.file_id, name: 'n'.repeat(256) })).body).toEqual(bad('name: must be at most 255 characters'));
      expect((await list(otherGroupId))[0].name).toBe('report.pdf');
      await destroyGroup(server, otherGroupId);
      expect((await rename({ group_id: otherGroupId, file_id: theirs.file_id, name: 'x' })).body).toEqual(groupGone(otherGroupId));
    });
  });

  describe('POST and DELETE /group/file/delete', () => {
    for (const method of ['POST', 'DELETE'] as const) {
      it(`${method} deletes what the caller may delete and answers each file on its own`, async () => {
        const groupId = await newGroup();
        const own = await share(groupId, alice, 'own.txt');
        const bobs = await share(groupId, bob, 'bobs.txt');
        const response = await call(method, '/group/file/delete', alice, { group_id: groupId, file_list: [own.file_id, bobs.file_id, 999999999, own.file_id] });
        expect(response.body).toEqual({
          code: 200,
          message: null,
          data: [
            { file_id: own.file_id, result: 'success', reason: null },
            { file_id: bobs.file_id, result: 'fail', reason: notYours(groupId, bobs.file_id, 'delete') },
            { file_id: 999999999, result: 'fail', reason: `file 999999999 does not exist in group ${groupId}` },
          ],
        });
        expect(await list(groupId)).toEqual([bobs]);
        expect((await groupNotices(server, app, owner, groupId)).slice(-1)).toEqual([
          expect.objectContaining({ type: GroupNoticeType.FileDeleted, fromId: alice.userId, content: JSON.stringify({ file_list: [own.file_id] }) }),
        ]);
      });
    }

    it("lets admins, the owner and the app as the group's admin delete anyone's files, and tells their uploaders", async () => {
      const groupId = await newGroup(GroupType.Chatroom);
      const files = [await share(groupId, alice, 'a'), await share(groupId, bob, 'b'), await share(groupId, alice, 'c')];
      const del = (user: TestUser | null, fileIds: number[], headers?: Record<string, string>) =>
        call('DELETE', '/group/file/delete', user, { group_id: groupId, file_list: fileIds }, headers);
      expect((await del(admin, [files[0].file_id])).body.data).toEqual([{ file_id: files[0].file_id, result: 'success', reason: null }]);
      expect((await del(owner, [files[1].file_id])).body.data[0].result).toBe('success');
      expect((await del(null, [files[2].file_id], asGroupAdmin(groupId))).body.data[0].result).toBe('success');
      expect(await list(groupId)).toEqual([]);
      const deletedNotices = async (user: TestUser) =>
        (await groupNotices(server, app, user, groupId)).filter((notice) => notice.type === GroupNoticeType.FileDeleted).map((notice) => notice.content);
      // A chatroom tells its staff and the uploaders, not every member.
      expect(await deletedNotices(alice)).toEqual([JSON.stringify({ file_list: [files[0].file_id] }), JSON.stringify({ file_list: [files[2].file_id] })]);
      expect(await deletedNotices(bob)).toEqual([JSON.stringify({ file_list: [files[1].file_id] })]);
      expect(await deletedNotices(owner)).toHaveLength(3);
    });

    it('refuses outsiders, bare admin tokens and impersonation headers on user tokens; 20001 for a destroyed group', async () => {
      const groupId = await newGroup(GroupType.Public);
      const file = await share(groupId, alice);
      const body = { group_id: groupId, file_list: [file.file_id] };
      expect((await call('POST', '/group/file/delete', outsider, body)).body).toEqual(needsMember(groupId));
      expect((await call('POST', '/group/file/delete', null, body)).body.code).toBe(10010);
      expect((await call('POST', '/group/file/delete', bob, body, asUser(alice))).body.code).toBe(10010);
      const foreign = await server.request({ method: 'POST', url: '/group/file/delete', appId: otherApp.appId, token: stranger.token, body });
      expect(foreign.body).toEqual(groupGone(groupId));
      expect(await list(groupId)).toEqual([file]);
      expect((await call('POST', '/group/file/delete', null, body, asUser(alice))).body.data[0].result).toBe('success');
      await destroyGroup(server, groupId);
      expect((await call('POST', '/group/file/delete', alice, body)).body).toEqual(groupGone(groupId));
    });

    it('refuses a bad file_list', async () => {
      const groupId = await newGroup();
      const del = (body: object) => call('POST', '/group/file/delete', alice, body);
      expect((await del({ group_id: groupId })).body).toEqual(bad('file_list: is required'));
      expect((await del({ group_id: groupId, file_list: [] })).body).toEqual(bad('file_list: must hold at least one file id'));
      expect((await del({ group_id: groupId, file_list: ['a'] })).body).toEqual(bad('file_list[0]: "a" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'));
      expect((await del({ group_id: groupId, file_list: Array.from({ length: 101 }, (_, index) => index + 1) })).body).toEqual(
        bad('file_list: must hold at most 100 file ids'),
      );
    });
  });
});
