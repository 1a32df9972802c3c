import { GroupType } from '../../src/group/group.entity';
import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace, UserNoticeType } from '../../src/notice/notice.types';
import { createGroup } from '../group/fixtures';
import { RosterWorld } from '../roster/roster.fixtures';
import { createTenant, createUser, TestUser } from '../server';

describe('nearby people and groups, user and group locations (our extensions)', () => {
  const world = new RosterWorld();
  let area = 0;

  beforeAll(() => world.start());
  afterAll(() => world.close());

  /** A spot far from every other test's, so each test sees only its own users and groups. */
  function spot(): { latitude: number; longitude: number } {
    area += 1;
    return { latitude: -60 + area * 5, longitude: -150 + area * 10 };
  }

  async function share(user: TestUser, latitude: number, longitude: number) {
    return (await world.ok(user, 'POST', '/user/location', { latitude, longitude })).data;
  }

  async function nearbyIds(user: TestUser, at: { latitude: number; longitude: number }, extra = '') {
    const page = await world.ok(user, 'GET', `/roster/nearby?latitude=${at.latitude}&longitude=${at.longitude}${extra}`);
    return page.data.map((item: { user_id: number }) => item.user_id);
  }

  async function userNotices(user: TestUser) {
    const stored = await world.server.app.get(NoticeService).listAfter(world.tenant.appId, user.userId, 0, 1000);
    return stored.filter((notice) => notice.namespace === NoticeNamespace.User).map(({ type }) => type);
  }

  it('stores only the 0.01° cell, answers it with its age, and lists users nearest first with distances in steps of 100 m', async () => {
    const here = spot();
    const [viewer, near, far, away] = await world.users(4);
    expect((await world.as(viewer, 'GET', '/user/location')).body).toEqual({ code: 200, message: null, data: null });
    const stored = await share(near, here.latitude + 0.012345, here.longitude + 0.004321);
    expect(stored).toMatchObject({ latitude: here.latitude + 0.01, longitude: here.longitude, location_age: 0 });
    const [row] = await world.server.sql(`SELECT latitude, longitude FROM user_locations WHERE user_id = $1`, [near.userId]);
    expect(row).toEqual({ latitude: here.latitude + 0.01, longitude: here.longitude });
    await share(far, here.latitude + 0.03, here.longitude);
    await share(away, here.latitude + 1, here.longitude);

    const page = await world.ok(viewer, 'GET', `/roster/nearby?latitude=${here.latitude}&longitude=${here.longitude}`);
    expect(page.data.map((item: { user_id: number }) => item.user_id)).toEqual([near.userId, far.userId]);
    expect(page.data[0]).toEqual({
      user_id: near.userId,
      username: near.username,
      nick_name: null,
      avatar: null,
      latitude: here.latitude + 0.01,
      longitude: here.longitude,
      distance: 1100,
      located_at: expect.any(Number),
      location_age: expect.any(Number),
    });
    expect(page.data[1].distance).toBe(3300);
    expect(await nearbyIds(viewer, here, '&radius=2000')).toEqual([near.userId]);
    expect((await world.ok(near, 'GET', '/user/location')).data).toMatchObject({ latitude: here.latitude + 0.01, longitude: here.longitude });
  });

  it('pages nearest first with a cursor', async () => {
    const here = spot();
    const [viewer, ...sharing] = await world.users(4);
    for (const [index, user] of sharing.entries()) await share(user, here.latitude + 0.01 * index, here.longitude);
    const first = await world.ok(viewer, 'GET', `/roster/nearby?latitude=${here.latitude}&longitude=${here.longitude}&limit=2`);
    const second = await world.ok(viewer, 'GET', `/roster/nearby?latitude=${here.latitude}&longitude=${here.longitude}&limit=2&cursor=${first.cursor}`);
    expect(second.cursor).toBeUndefined();
    expect([...first.data, ...second.data].map((item: { user_id: number }) => item.user_id)).toEqual(sharing.map((user) => user.userId));
  });

  it('leaves out the caller, users who stopped sharing, stale locations, disabled users and blocks either way', async () => {
    const here = spot();
    const [viewer, stopped, stale, blocker, blocked, disabled, visible] = await world.users(7);
    for (const user of [viewer, stopped, stale, blocker, blocked, disabled, visible]) await share(user, here.latitude, here.longitude);
    expect((await world.ok(stopped, 'DELETE', '/user/location')).data).toBe(true);
    await world.server.sql(`UPDATE user_locations SET updated_at = now() - interval '8 days' WHERE user_id = $1`, [stale.userId]);
    await world.ok(blocker, 'POST', `/roster/block?user_id=${viewer.userId}`);
    await world.ok(viewer, 'POST', `/roster/block?user_id=${blocked.userId}`);
    await world.server.sql(`UPDATE users SET status = 1 WHERE id = $1`, [disabled.userId]);
    expect(await nearbyIds(viewer, here)).toEqual([visible.userId]);
  });

  it("tells the user's devices USER INFO_UPDATED when the location appears, moves to another cell or is withdrawn; not on a refresh in the same cell", async () => {
    const here = spot();
    const [user] = await world.users(1);
    await share(user, here.latitude, here.longitude);
    await share(user, here.latitude + 0.001, here.longitude);
    expect(await userNotices(user)).toEqual([UserNoticeType.InfoUpdated]);
    await share(user, here.latitude + 0.02, here.longitude);
    await world.ok(user, 'DELETE', '/user/location');
    await world.ok(user, 'DELETE', '/user/location');
    expect(await userNotices(user)).toEqual([UserNoticeType.InfoUpdated, UserNoticeType.InfoUpdated, UserNoticeType.InfoUpdated]);
  });

  it('sets, shows, finds and clears a group location (admins); public groups only, never another app', async () => {
    const here = spot();
    const [owner, member, viewer] = await world.users(3);
    const publicGroup = await createGroup(world.server, world.tenant, owner, { type: GroupType.Public, name: 'cafe', members: [member] });
    const privateGroup = await createGroup(world.server, world.tenant, owner, { type: GroupType.Private, name: 'home' });
    const body = { group_id: publicGroup, latitude: here.latitude + 0.0123456, longitude: here.longitude, address: '1 Main Street' };
    expect((await world.ok(owner, 'POST', '/group/location', body)).data).toBe(true);
    await world.ok(owner, 'PUT', '/group/location', { group_id: privateGroup, latitude: here.latitude, longitude: here.longitude });
    const location = { latitude: here.latitude + 0.0123, longitude: here.longitude, address: '1 Main Street' };
    expect((await world.ok(viewer, 'GET', `/group/info?group_id=${publicGroup}`)).data.location).toEqual(location);

    const notices = await world.server.app.get(NoticeService).listAfter(world.tenant.appId, member.userId, 0, 1000);
    expect(notices.filter((notice) => notice.namespace === NoticeNamespace.Group).map((notice) => JSON.parse(notice.content ?? '{}'))).toContainEqual({ location });

    const page = await world.ok(viewer, 'GET', `/group/nearby?latitude=${here.latitude}&longitude=${here.longitude}`);
    expect(page.data).toEqual([
      { group_id: publicGroup, name: 'cafe', avatar: null, description: null, count: 2, capacity: 2000, apply_approval: 1, ...location, distance: 1400 },
    ]);
    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);
    const foreign = await world.server.request({ url: `/group/nearby?latitude=${here.latitude}&longitude=${here.longitude}`, appId: other.appId, token: outsider.token });
    expect(foreign.body.data).toEqual([]);

    expect((await world.as(member, 'POST', '/group/location', body)).body.code).toBe(20012);
    expect((await world.ok(owner, 'DELETE', `/group/location?group_id=${publicGroup}`)).data).toBe(true);
    expect((await world.ok(viewer, 'GET', `/group/info?group_id=${publicGroup}`)).data.location).toBeUndefined();
    expect((await world.ok(viewer, 'GET', `/group/nearby?latitude=${here.latitude}&longitude=${here.longitude}`)).data).toEqual([]);
  });

  it.each([
    ['GET', '/roster/nearby?longitude=1', undefined, 'latitude: is required'],
    ['GET', '/roster/nearby?latitude=91&longitude=1', undefined, 'latitude: must be a number of degrees from -90 to 90'],
    ['GET', '/group/nearby?latitude=1e1&longitude=1', undefined, 'latitude: must be a number of degrees from -90 to 90'],
    ['GET', '/roster/nearby?latitude=1&longitude=-180.5', undefined, 'longitude: must be a number of degrees from -180 to 180'],
    ['GET', '/roster/nearby?latitude=1&longitude=1&radius=60000', undefined, 'radius: must be at most 50000 metres'],
    ['GET', '/roster/nearby?latitude=1&longitude=1&radius=10', undefined, 'radius: must be at least 100 metres'],
    ['POST', '/user/location', { latitude: '10', longitude: 1 }, 'latitude: must be a number of degrees from -90 to 90'],
    ['PUT', '/user/location', { latitude: 10 }, 'longitude: is required'],
    ['POST', '/group/location', { group_id: 1, latitude: 1, longitude: 1, address: 'x'.repeat(257) }, 'address: must be at most 256 characters'],
  ])('refuses %s %s %j with 10002: %s', async (method, url, body, message) => {
    const [user] = await world.users(1);
    expect((await world.as(user, method as 'GET', url, body)).body).toEqual({ code: 10002, message, data: null });
  });

  it('lets an admin token act as a user, and refuses an admin acting as nobody and a user token impersonating another (10010)', async () => {
    const here = spot();
    const [alice, bob] = await world.users(2);
    expect((await world.asAdminFor(alice, 'POST', '/user/location', here)).body.code).toBe(200);
    expect((await world.asAdminFor(bob, 'GET', `/roster/nearby?latitude=${here.latitude}&longitude=${here.longitude}`)).body.data).toHaveLength(1);
    const asNobody = await world.server.request({ method: 'POST', url: '/user/location', appId: world.tenant.appId, token: world.tenant.adminToken, body: here });
    expect(asNobody.body.code).toBe(10010);
    expect((await world.impersonate(bob, alice, 'DELETE', '/user/location')).body.code).toBe(10010);
    expect((await world.ok(alice, 'GET', '/user/location')).data).not.toBeNull();
  });

  it('marks the routes as our extension in the OpenAPI document', async () => {
    const document = (await world.server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    const marks = [
      document.paths['/roster/nearby'].get,
      document.paths['/group/nearby'].get,
      document.paths['/user/location'].get,
      document.paths['/user/location'].post,
      document.paths['/user/location'].delete,
      document.paths['/group/location'].post,
    ].map((operation) => operation['x-extension']);
    expect(marks).toEqual([true, true, true, true, true, true]);
  });
});
