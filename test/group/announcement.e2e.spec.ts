import { Clock } from '../../src/common/clock';
import { GroupAnnouncementService } from '../../src/group/group-announcement.service';
import { GroupType } from '../../src/group/group.entity';
import { GroupNoticeType } from '../../src/notice/notice.types';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { destroyGroup, groupNotices, insertGroup } from './fixtures';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const T0 = Date.parse('2030-02-01T00:00:00Z');

describe(GroupAnnouncementService.name, () => {
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
    app = await createTenant(server, 'announcing app');
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
  const edit = (user: TestUser | null, body: unknown, headers?: Record<string, string>) => call('POST', '/group/announcement/edit', user, body, headers);
  const list = async (groupId: number, user: TestUser = alice) => {
    const response = await call('GET', `/group/announcement/list?group_id=${groupId}`, user);
    expect(response.body.code).toBe(200);
    return response.body.data;
  };
  const bad = (message: string) => ({ code: 10002, message, data: null });
  const refused = (code: number, message: string) => ({ code, message, data: null });
  const needsAdmin = (groupId: number) => refused(20012, `only the group's admins and owner of group ${groupId} may do this`);
  const needsMember = (groupId: number) => refused(20011, `only members of group ${groupId} may do this`);
  const groupGone = (groupId: number) => refused(20001, `group ${groupId} does not exist in this app`);
  const noAnnouncement = (groupId: number, id: number) => refused(20020, `announcement ${id} does not exist in group ${groupId}`);

  describe('POST /group/announcement/edit', () => {
    it('publishes a new announcement each time: get, last and list (newest first) read it back', async () => {
      const groupId = await newGroup();
      const first = await edit(admin, { group_id: groupId, title: 'Welcome', content: 'Be kind.' });
      const firstAnnouncement = { group_id: groupId, title: 'Welcome', content: 'Be kind.', author: admin.userId, created_at: T0 };
      expect(first.body).toEqual({ code: 200, message: null, data: { id: expect.any(Number), ...firstAnnouncement } });
      now.mockImplementation(() => new Date(T0 + 60_000));
      const second = await edit(owner, { group_id: groupId, title: '', content: 'Meeting at noon.' });
      now.mockImplementation(() => new Date(T0));
      const secondAnnouncement = {
        id: second.body.data.id,
        group_id: groupId,
        title: '',
        content: 'Meeting at noon.',
        author: owner.userId,
        created_at: T0 + 60_000,
      };
      expect(second.body.data).toEqual(secondAnnouncement);
      expect(second.body.data.id).toBeGreaterThan(first.body.data.id);

      const byId = await call('GET', `/group/announcement?group_id=${groupId}&announcement_id=${first.body.data.id}`, bob);
      expect(byId.body).toEqual({ code: 200, message: null, data: first.body.data });
      expect((await call('GET', `/group/announcement/last?group_id=${groupId}`, bob)).body).toEqual({ code: 200, message: null, data: secondAnnouncement });
      expect(await list(groupId)).toEqual([secondAnnouncement, first.body.data]);
    });

    it('tells every member with ANNOUNCEMENT_UPDATED', async () => {
      const groupId = await newGroup();
      const { id } = (await edit(admin, { group_id: groupId, title: 'T', content: 'C' })).body.data;
      for (const member of [owner, admin, alice, bob]) {
        expect(await groupNotices(server, app, member, groupId)).toEqual([
          expect.objectContaining({
            type: GroupNoticeType.AnnouncementUpdated,
            fromId: admin.userId,
            content: JSON.stringify({ announcement_id: id, title: 'T' }),
          }),
        ]);
      }
    });

    it("refuses members and outsiders; the app may publish as the group's admin (no author) or as an admin user", async () => {
      const groupId = await newGroup(GroupType.Public);
      const body = { group_id: groupId, title: 'T', content: 'C' };
      expect((await edit(alice, body)).body).toEqual(needsAdmin(groupId));
      expect((await edit(outsider, body)).body).toEqual(needsAdmin(groupId));
      expect((await edit(null, body, asUser(alice))).body).toEqual(needsAdmin(groupId));
      expect((await edit(null, body)).body.code).toBe(10010);
      expect((await edit(alice, body, asUser(admin))).body.code).toBe(10010);
      expect((await edit(alice, body, asGroupAdmin(groupId))).body.code).toBe(10010);
      const foreign = await server.request({ method: 'POST', url: '/group/announcement/edit', appId: otherApp.appId, token: stranger.token, body });
      expect(foreign.body).toEqual(groupGone(groupId));
      expect(await list(groupId)).toEqual([]);

      expect((await edit(null, body, asGroupAdmin(groupId))).body.data).toMatchObject({ author: null });
      expect((await edit(null, body, asUser(admin))).body.data).toMatchObject({ author: admin.userId });
      expect((await list(groupId)).map((item: { author: number | null }) => item.author)).toEqual([admin.userId, null]);
    });

    it('refuses bad titles and contents', async () => {
      const groupId = await newGroup();
      expect((await edit(owner, { group_id: groupId, content: 'C' })).body).toEqual(bad('title: is required'));
      expect((await edit(owner, { group_id: groupId, title: 'T' })).body).toEqual(bad('content: is required'));
      expect((await edit(owner, { group_id: groupId, title: 'T', content: ' ' })).body).toEqual(bad('content: must not be blank'));
      expect((await edit(owner, { group_id: groupId, title: 1, content: 'C' })).body).toEqual(bad('title: must be a string'));
      expect((await edit(owner, { group_id: groupId, title: 't'.repeat(129), content: 'C' })).body).toEqual(bad('title: must be at most 128 characters'));
      expect((await edit(owner, { group_id: groupId, title: 'T', content: 'c'.repeat(4097) })).body).toEqual(
        bad('content: must be at most 4096 characters'),
      );
      expect((await edit(owner, { group_id: groupId, id: 1, title: 'T', content: 'C' })).body).toEqual(bad('id: unknown field; remove it'));
      expect(await list(groupId)).toEqual([]);
      expect((await edit(owner, { group_id: groupId, title: 't'.repeat(128), content: 'c'.repeat(4096) })).body.code).toBe(200);
    });

    it('answers 20001 for a destroyed group', async () => {
      const groupId = await newGroup();
      await destroyGroup(server, groupId);
      expect((await edit(owner, { group_id: groupId, title: 'T', content: 'C' })).body).toEqual(groupGone(groupId));
    });
  });

  describe('POST and DELETE /group/announcement/delete', () => {
    for (const method of ['POST', 'DELETE'] as const) {
      it(`${method} deletes the announcement and tells the members`, async () => {
        const groupId = await newGroup();
        const kept = (await edit(owner, { group_id: groupId, title: 'kept', content: 'C' })).body.data;
        const gone = (await edit(owner, { group_id: groupId, title: 'gone', content: 'C' })).body.data;
        const response = await call(method, `/group/announcement/delete?group_id=${groupId}&announcement_id=${gone.id}`, admin);
        expect(response.body).toEqual({ code: 200, message: null, data: true });
        expect(await list(groupId)).toEqual([kept]);
        expect((await call('GET', `/group/announcement?group_id=${groupId}&announcement_id=${gone.id}`, alice)).body).toEqual(
          noAnnouncement(groupId, gone.id),
        );
        expect((await groupNotices(server, app, bob, groupId)).slice(-1)).toEqual([
          expect.objectContaining({
            type: GroupNoticeType.AnnouncementUpdated,
            fromId: admin.userId,
            content: JSON.stringify({ announcement_id: gone.id, deleted: true }),
          }),
        ]);
      });
    }

    it('answers 20020 for a missing announcement or one of another group', async () => {
      const groupId = await newGroup();
      const otherGroupId = await newGroup();
      const theirs = (await edit(owner, { group_id: otherGroupId, title: 'T', content: 'C' })).body.data;
      const del = (id: number) => call('POST', `/group/announcement/delete?group_id=${groupId}&announcement_id=${id}`, owner);
      expect((await del(theirs.id)).body).toEqual(noAnnouncement(groupId, theirs.id));
      expect((await del(999999999)).body).toEqual(noAnnouncement(groupId, 999999999));
      expect(await list(otherGroupId)).toEqual([theirs]);
      expect(await groupNotices(server, app, alice, groupId)).toEqual([]);
    });

    it("refuses members; the app may delete as the group's admin", async () => {
      const groupId = await newGroup();
      const { id } = (await edit(owner, { group_id: groupId, title: 'T', content: 'C' })).body.data;
      const url = `/group/announcement/delete?group_id=${groupId}&announcement_id=${id}`;
      expect((await call('DELETE', url, alice)).body).toEqual(needsAdmin(groupId));
      expect((await call('POST', url, outsider)).body).toEqual(needsAdmin(groupId));
      expect((await call('POST', url, null)).body.code).toBe(10010);
      expect((await call('POST', url, alice, undefined, asUser(owner))).body.code).toBe(10010);
      expect(await list(groupId)).toHaveLength(1);
      expect((await call('DELETE', url, null, undefined, asGroupAdmin(groupId))).body).toEqual({ code: 200, message: null, data: true });
      expect(await list(groupId)).toEqual([]);
    });

    it('refuses a missing announcement_id; 20001 for a destroyed group', async () => {
      const groupId = await newGroup();
      expect((await call('POST', `/group/announcement/delete?group_id=${groupId}`, owner)).body).toEqual(bad('announcement_id: is required'));
      expect((await call('DELETE', `/group/announcement/delete?group_id=${groupId}&announcement_id=x`, owner)).body).toEqual(
        bad('announcement_id: must be an integer id'),
      );
      await destroyGroup(server, groupId);
      expect((await call('POST', `/group/announcement/delete?group_id=${groupId}&announcement_id=1`, owner)).body).toEqual(groupGone(groupId));
    });
  });

  describe('GET /group/announcement, /announcement/last and /announcement/list', () => {
    it('answers null data for last and an empty list when there is none', async () => {
      const groupId = await newGroup();
      expect((await call('GET', `/group/announcement/last?group_id=${groupId}`, alice)).body).toEqual({ code: 200, message: null, data: null });
      expect((await call('GET', `/group/announcement/list?group_id=${groupId}`, alice)).body).toEqual({ code: 200, message: null, data: [] });
    });

    it('shows a public group to anyone of the app and a private group to members only', async () => {
      const publicId = await newGroup(GroupType.Public);
      const privateId = await newGroup(GroupType.Private);
      const published = (await edit(owner, { group_id: publicId, title: 'T', content: 'C' })).body.data;
      const hidden = (await edit(owner, { group_id: privateId, title: 'T', content: 'C' })).body.data;
      expect((await call('GET', `/group/announcement?group_id=${publicId}&announcement_id=${published.id}`, outsider)).body.data).toEqual(published);
      expect((await call('GET', `/group/announcement/last?group_id=${publicId}`, outsider)).body.data).toEqual(published);
      expect(await list(publicId, outsider)).toEqual([published]);
      for (const url of [
        `/group/announcement?group_id=${privateId}&announcement_id=${hidden.id}`,
        `/group/announcement/last?group_id=${privateId}`,
        `/group/announcement/list?group_id=${privateId}`,
      ]) {
        expect((await call('GET', url, outsider)).body).toEqual(needsMember(privateId));
        expect((await call('GET', url, null, undefined, asGroupAdmin(privateId))).body.code).toBe(200);
        expect((await call('GET', url, null, undefined, asUser(bob))).body.code).toBe(200);
        expect((await call('GET', url, bob, undefined, asUser(bob))).body.code).toBe(10010);
        const foreign = await server.request({ method: 'GET', url, appId: otherApp.appId, token: stranger.token });
        expect(foreign.body).toEqual(groupGone(privateId));
      }
    });

    it('answers 20020 for an announcement of another group, 20001 for a destroyed group, 10002 for bad ids', async () => {
      const groupId = await newGroup();
      const otherGroupId = await newGroup();
      const theirs = (await edit(owner, { group_id: otherGroupId, title: 'T', content: 'C' })).body.data;
      expect((await call('GET', `/group/announcement?group_id=${groupId}&announcement_id=${theirs.id}`, owner)).body).toEqual(
        noAnnouncement(groupId, theirs.id),
      );
      expect((await call('GET', `/group/announcement?group_id=${groupId}`, owner)).body).toEqual(bad('announcement_id: is required'));
      expect((await call('GET', `/group/announcement/list`, owner)).body).toEqual(bad('group_id: is required'));
      await destroyGroup(server, otherGroupId);
      for (const url of [
        `/group/announcement?group_id=${otherGroupId}&announcement_id=${theirs.id}`,
        `/group/announcement/last?group_id=${otherGroupId}`,
        `/group/announcement/list?group_id=${otherGroupId}`,
      ]) {
        expect((await call('GET', url, owner)).body).toEqual(groupGone(otherGroupId));
      }
    });
  });
});
