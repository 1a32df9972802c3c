import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

/** GET /user/search (src/user/README.md "Operator search"): every user of the app by name, id or email, for the admin token only. */
describe('GET /user/search', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let alice: TestUser;
  let alicia: TestUser;
  let bob: TestUser;
  let hidden: TestUser;
  let outsider: TestUser;
  const tag = `s${process.pid}`;

  const search = (query: string, token = tenant.adminToken, appId = tenant.appId, headers?: Record<string, string>) =>
    server.request({ url: `/user/search${query}`, appId, token, headers });
  const found = async (query: string, token?: string, appId?: string) => {
    const answer = await search(query, token, appId);
    expect(answer.body.code).toBe(200);
    return (answer.body.data as { user_id: number }[]).map((item) => item.user_id);
  };

  beforeAll(async () => {
    server = await startTestServer();
    [tenant, other] = [await createTenant(server), await createTenant(server, 'other app')];
    alice = await createUser(server, tenant, `Alice_${tag}`);
    alicia = await createUser(server, tenant, `alicia_${tag}`);
    bob = await createUser(server, tenant, `bob_${tag}`);
    hidden = await createUser(server, tenant, `hidden_${tag}`);
    outsider = await createUser(server, other, `alice_out_${tag}`);
    await server.sql(`UPDATE users SET nick_name = 'Queen of Wonderland' WHERE id = $1`, [alice.userId]);
    await server.sql(`UPDATE users SET email = 'Bob.Builder@example.com', nick_name = '100%_sure' WHERE id = $1`, [bob.userId]);
    // Operators see users who switched search off, and disabled users.
    expect((await server.request({ method: 'POST', url: '/user/privacy', appId: tenant.appId, token: hidden.token, body: { username_searchable: false } })).body.code).toBe(200);
    expect((await server.request({ method: 'PUT', url: '/user/disable', appId: tenant.appId, token: tenant.adminToken, body: { list: [alicia.userId] } })).body.code).toBe(200);
  });
  afterAll(() => server.close());

  it("finds the app's users whose username or nick name contains the keyword, any case, in id order, with /user/list's fields", async () => {
    const answer = await search('?keyword=ALI');
    expect(answer.body.code).toBe(200);
    expect(answer.body.cursor).toBeUndefined();
    expect(answer.body.data).toEqual([
      { user_id: alice.userId, username: `Alice_${tag}`, status: 0, nick_name: 'Queen of Wonderland', avatar: null, created_at: expect.any(Number) },
      { user_id: alicia.userId, username: `alicia_${tag}`, status: 1, nick_name: null, avatar: null, created_at: expect.any(Number) },
    ]);
    expect(await found('?keyword=wonder')).toEqual([alice.userId]);
    expect(await found('?keyword=a')).toEqual(expect.arrayContaining([alice.userId, alicia.userId]));
  });

  it('finds users who switched search off, whom /roster/search does not find', async () => {
    expect(await found(`?keyword=hidden_${tag}`)).toEqual([hidden.userId]);
    const asUser = await server.request({ url: `/roster/search?keyword=hidden_${tag}`, appId: tenant.appId, token: alice.token });
    expect(asUser.body.data).toEqual([]);
  });

  it('finds a user by exact id and by exact email (any case), never by part of an email', async () => {
    expect(await found(`?keyword=${bob.userId}`)).toEqual([bob.userId]);
    expect(await found('?keyword=bob.builder@EXAMPLE.com')).toEqual([bob.userId]);
    expect(await found('?keyword=builder@example')).toEqual([]);
  });

  it('reads % and _ in the keyword as plain characters', async () => {
    expect(await found('?keyword=%25_')).toEqual([bob.userId]);
    expect(await found('?keyword=_')).toEqual(expect.arrayContaining([alice.userId, alicia.userId, bob.userId, hidden.userId]));
  });

  it('pages with a cursor, never repeating or skipping a user', async () => {
    const first = await search(`?keyword=${tag}&limit=3`);
    expect(first.body.data.map((item: { user_id: number }) => item.user_id)).toEqual([alice.userId, alicia.userId, bob.userId]);
    expect(first.body.cursor).toEqual(expect.any(String));
    const second = await search(`?keyword=${tag}&limit=3&cursor=${first.body.cursor}`);
    expect(second.body.data.map((item: { user_id: number }) => item.user_id)).toEqual([hidden.userId]);
    expect(second.body.cursor).toBeUndefined();
  });

  it("refuses a user token, a user token impersonating and another app's admin token; another app's admin sees only its own users", async () => {
    expect((await search('?keyword=ali', alice.token)).body.code).toBe(10010);
    expect((await search('?keyword=ali', alice.token, tenant.appId, { user_id: String(bob.userId) })).body.code).toBe(10010);
    expect((await search('?keyword=ali', other.adminToken)).body.code).toBe(10008);
    expect(await found('?keyword=ali', other.adminToken, other.appId)).toEqual([outsider.userId]);
    expect(await found(`?keyword=${alice.userId}`, other.adminToken, other.appId)).toEqual([]);
  });

  it.each([
    ['', 'keyword: is required'],
    ['?keyword=%20%20', 'keyword: is required; send 1 to 64 characters'],
    [`?keyword=${'x'.repeat(65)}`, 'keyword: must be at most 64 characters'],
    ['?keyword=ali&limit=0', 'limit: must be at least 1'],
    ['?keyword=ali&limit=101', 'limit: must be at most 100'],
    ['?keyword=ali&cursor=not-a-cursor', 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page'],
  ])('refuses %s with 10002', async (query, message) => {
    expect((await search(query)).body).toEqual({ code: 10002, message, data: null });
  });

  it('is marked ours in the OpenAPI document', async () => {
    const document = (await server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect(document.paths['/user/search'].get['x-extension']).toBe(true);
    expect(Object.keys(document.components.schemas.UserAdminSearchItemDto.properties)).toEqual(['user_id', 'username', 'status', 'nick_name', 'avatar', 'created_at']);
  });
});
