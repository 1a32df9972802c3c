import { GroupType } from '../../src/group/group.entity';
import { createGroup } from '../group/fixtures';
import { RosterWorld } from '../roster/roster.fixtures';
import { createTenant, createUser, TestUser } from '../server';

describe('GET /roster/search and /group/search: fuzzy search (our extensions)', () => {
  const world = new RosterWorld();
  let run = 0;

  beforeAll(() => world.start());
  afterAll(() => world.close());

  /** A word no other test's users share, so each test sees only its own matches. */
  function word(): string {
    run += 1;
    return `zq${'abcdefghij'[run % 10]}${'klmnopqrst'[Math.floor(run / 10) % 10]}xw`;
  }

  async function named(user: TestUser, nickName: string, email?: string): Promise<void> {
    await world.server.sql(`UPDATE users SET nick_name = $2, email = $3 WHERE id = $1`, [user.userId, nickName, email ?? null]);
  }

  async function found(user: TestUser, url: string): Promise<number[]> {
    const body = (await world.ok(user, 'GET', url)).data as { user_id?: number; group_id?: number }[];
    return body.map((item) => item.user_id ?? item.group_id!);
  }

  it('finds users by part of the nick name or username, case-insensitively, best match first, and answers public fields only', async () => {
    const key = word();
    const [viewer, exact, longer, other] = await world.users(4);
    await named(exact, key.toUpperCase(), 'exact@example.com');
    await named(longer, `the ${key} fan club`);
    await named(other, 'someone else');
    const answer = (await world.ok(viewer, 'GET', `/roster/search?keyword=${key}`)) as { data: unknown[]; cursor?: string };
    expect(answer.data).toEqual([
      { user_id: exact.userId, username: exact.username, nick_name: key.toUpperCase(), avatar: null },
      { user_id: longer.userId, username: longer.username, nick_name: `the ${key} fan club`, avatar: null },
    ]);
    expect(answer.cursor).toBeUndefined();
    expect(await found(viewer, `/roster/search?keyword=${exact.username.slice(-8)}`)).toContain(exact.userId);
  });

  it('pages with a cursor, without repeating or skipping anyone', async () => {
    const key = word();
    const [viewer, ...matches] = await world.users(5);
    for (const [index, user] of matches.entries()) await named(user, `${key}${'x'.repeat(index)}`);
    const first = await world.ok(viewer, 'GET', `/roster/search?keyword=${key}&limit=3`);
    expect(first.data).toHaveLength(3);
    const second = await world.ok(viewer, 'GET', `/roster/search?keyword=${key}&limit=3&cursor=${first.cursor}`);
    expect(second.cursor).toBeUndefined();
    expect([...first.data, ...second.data].map((item: { user_id: number }) => item.user_id)).toEqual(matches.map((user) => user.userId));
  });

  it('matches an email only whole, never by prefix, and never shows it', async () => {
    const key = word();
    const [viewer, target] = await world.users(2);
    await named(target, 'plain name', `${key}@example.com`);
    const whole = await world.ok(viewer, 'GET', `/roster/search?keyword=${key.toUpperCase()}@example.com`);
    expect(whole.data).toEqual([{ user_id: target.userId, username: target.username, nick_name: 'plain name', avatar: null }]);
    expect(await found(viewer, `/roster/search?keyword=${key}@exam`)).toEqual([]);
    expect(await found(viewer, `/roster/search?keyword=${key}`)).toEqual([]);
  });

  it('finds users by the start of their id', async () => {
    const [viewer, target] = await world.users(2);
    const prefix = String(target.userId).slice(0, Math.max(3, String(target.userId).length - 1));
    expect(await found(viewer, `/roster/search?keyword=${prefix}&limit=100`)).toContain(target.userId);
    expect(await found(viewer, `/roster/search?keyword=${target.userId}`)).toEqual([target.userId]);
  });

  it('leaves out users who turned username search off, who block the caller or whom the caller blocks, and the caller', async () => {
    const key = word();
    const [viewer, hidden, blocker, blocked, visible] = await world.users(5);
    for (const user of [viewer, hidden, blocker, blocked, visible]) await named(user, `${key} person`);
    await world.ok(hidden, 'POST', '/user/privacy', { username_searchable: false });
    await world.ok(blocker, 'POST', `/roster/block?user_id=${viewer.userId}`);
    await world.ok(viewer, 'POST', `/roster/block?user_id=${blocked.userId}`);
    expect(await found(viewer, `/roster/search?keyword=${key}`)).toEqual([visible.userId]);
    expect(await found(viewer, `/roster/search?keyword=${hidden.userId}`)).toEqual([]);
  });

  it('never finds users or groups of another app', async () => {
    const key = word();
    const other = await createTenant(world.server, 'other');
    const outsider = await createUser(world.server, other);
    await world.server.sql(`UPDATE users SET nick_name = $2 WHERE id = $1`, [outsider.userId, key]);
    await createGroup(world.server, other, outsider, { type: GroupType.Public, name: `${key} group` });
    const [viewer] = await world.users(1);
    expect(await found(viewer, `/roster/search?keyword=${key}`)).toEqual([]);
    expect(await found(viewer, `/group/search?keyword=${key}`)).toEqual([]);
    const foreign = await world.server.request({ url: `/roster/search?keyword=${key}`, appId: world.tenant.appId, token: outsider.token });
    expect(foreign.body.code).toBe(10008);
  });

  it('finds live public groups by part of the name; not private ones, destroyed ones or groups that block the caller', async () => {
    const key = word();
    const [viewer, owner] = await world.users(2);
    const open = await createGroup(world.server, world.tenant, owner, { type: GroupType.Public, name: `${key} hikers` });
    const exact = await createGroup(world.server, world.tenant, owner, { type: GroupType.Public, name: key });
    await createGroup(world.server, world.tenant, owner, { type: GroupType.Private, name: `${key} secret` });
    const blocking = await createGroup(world.server, world.tenant, owner, { type: GroupType.Public, name: `${key} blocks` });
    await world.ok(owner, 'POST', '/group/block', { group_id: blocking, user_list: [viewer.userId] });
    const destroyed = await createGroup(world.server, world.tenant, owner, { type: GroupType.Public, name: `${key} gone` });
    await world.ok(owner, 'POST', `/group/destroy?group_id=${destroyed}`);
    const answer = await world.ok(viewer, 'GET', `/group/search?keyword=${key.toUpperCase()}`);
    expect(answer.data.map((item: { group_id: number }) => item.group_id)).toEqual([exact, open]);
    expect(answer.data[0]).toEqual({ group_id: exact, name: key, avatar: null, description: null, count: 1, capacity: 2000, apply_approval: 1 });
    expect(await found(owner, `/group/search?keyword=${key}&limit=1`)).toEqual([exact]);
  });

  it.each([
    ['/roster/search', 'keyword: is required'],
    ['/roster/search?keyword=ab', 'keyword: must be at least 3 characters'],
    ['/roster/search?keyword=%20ab%20', 'keyword: must be at least 3 characters'],
    [`/roster/search?keyword=${'a'.repeat(65)}`, 'keyword: must be at most 64 characters'],
    ['/group/search?keyword=abc&limit=101', 'limit: must be at most 100'],
    ['/group/search?keyword=abc&cursor=nonsense', 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page'],
  ])('refuses GET %s with 10002: %s', async (url, message) => {
    const [viewer] = await world.users(1);
    expect((await world.as(viewer, 'GET', url)).body).toEqual({ code: 10002, message, data: null });
  });

  it('finds a part that spans a space or punctuation only with that very separator, in user and group names', async () => {
    const key = word();
    const part = key.slice(2);
    const [viewer, spaced, swapped, dotted, owner] = await world.users(5);
    await named(spaced, `${key} bolt`);
    await named(swapped, `bolt ${key}`);
    await named(dotted, `${key}.bolt`);
    expect(await found(viewer, `/roster/search?keyword=${encodeURIComponent(`${part} bo`)}`)).toEqual([spaced.userId]);
    expect(await found(viewer, `/roster/search?keyword=${encodeURIComponent(`${part}.bo`)}`)).toEqual([dotted.userId]);
    const hikers = await createGroup(world.server, world.tenant, owner, { type: GroupType.Public, name: `${key} hikers` });
    await createGroup(world.server, world.tenant, owner, { type: GroupType.Public, name: `hikers ${key}` });
    await createGroup(world.server, world.tenant, owner, { type: GroupType.Public, name: `${key}-hikers` });
    expect(await found(viewer, `/group/search?keyword=${encodeURIComponent(`${part} hi`)}`)).toEqual([hikers]);
  });

  it('treats % and _ in a keyword as plain characters', async () => {
    const [viewer, percent, other] = await world.users(3);
    await named(percent, 'rate 100%_ok');
    await named(other, 'rate 1000 ok');
    expect(await found(viewer, `/roster/search?keyword=${encodeURIComponent('0%_o')}`)).toEqual([percent.userId]);
  });

  it('lets an admin token act as a user, and refuses an admin acting as nobody and a user token impersonating another (10010)', async () => {
    const key = word();
    const [viewer, target] = await world.users(2);
    await named(target, key);
    expect((await world.asAdminFor(viewer, 'GET', `/roster/search?keyword=${key}`)).body.data).toHaveLength(1);
    const asNobody = await world.server.request({ url: `/group/search?keyword=${key}`, appId: world.tenant.appId, token: world.tenant.adminToken });
    expect(asNobody.body.code).toBe(10010);
    expect((await world.impersonate(viewer, target, 'GET', `/roster/search?keyword=${key}`)).body.code).toBe(10010);
  });

  it('marks both routes as our extension in the OpenAPI document', async () => {
    const document = (await world.server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect([document.paths['/roster/search'].get['x-extension'], document.paths['/group/search'].get['x-extension']]).toEqual([true, true]);
  });
});
