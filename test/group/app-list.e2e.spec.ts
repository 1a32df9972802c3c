import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

interface Listed {
  group_id: number;
  name: string;
}

/** GET /group/app_list (src/group/README.md "Operator list"): the app's live groups, newest first, for the admin token only. */
describe('GET /group/app_list', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let owner: TestUser;
  let member: TestUser;
  const ids: Record<string, number> = {};

  const list = (query = '', token = tenant.adminToken, appId = tenant.appId, headers?: Record<string, string>) =>
    server.request({ url: `/group/app_list${query}`, appId, token, headers });
  const names = async (query = '', token?: string, appId?: string) => {
    const answer = await list(query, token, appId);
    expect(answer.body.code).toBe(200);
    return (answer.body.data as Listed[]).map((item) => item.name);
  };
  const create = async (tenantOf: Tenant, user: TestUser, name: string, type = 0) => {
    const answer = await server.request({ method: 'POST', url: '/group/create', appId: tenantOf.appId, token: user.token, body: { name, type, user_list: user === owner ? [member.userId] : [] } });
    expect(answer.body.code).toBe(200);
    return answer.body.data.group_id as number;
  };

  beforeAll(async () => {
    server = await startTestServer();
    [tenant, other] = [await createTenant(server), await createTenant(server, 'other app')];
    [owner, member] = [await createUser(server, tenant), await createUser(server, tenant)];
    ids.cooking = await create(tenant, owner, 'Cooking Club', 1);
    ids.chess = await create(tenant, owner, 'chess club');
    ids.gone = await create(tenant, owner, 'Gone Club');
    ids.percent = await create(tenant, owner, '100%_fun');
    ids.room = await create(tenant, owner, 'Lobby', 2);
    expect((await server.request({ method: 'POST', url: `/group/destroy?group_id=${ids.gone}`, appId: tenant.appId, token: owner.token })).body.code).toBe(200);
    await create(other, await createUser(server, other), 'Other Club');
  });
  afterAll(() => server.close());

  it("lists the app's live groups newest first, with owner, members, type and creation time", async () => {
    const answer = await list();
    expect(answer.body.code).toBe(200);
    expect(answer.body.cursor).toBeUndefined();
    expect(answer.body.data.map((item: Listed) => item.name)).toEqual(['Lobby', '100%_fun', 'chess club', 'Cooking Club']);
    expect(answer.body.data[3]).toEqual({ group_id: ids.cooking, name: 'Cooking Club', owner_id: owner.userId, member_count: 2, capacity: expect.any(Number), type: 1, created_at: expect.any(Number) });
    expect(answer.body.data[0]).toMatchObject({ group_id: ids.room, type: 2 });
    const info = await server.request({ url: `/group/info?group_id=${ids.cooking}`, appId: tenant.appId, token: owner.token });
    expect(answer.body.data[3]).toMatchObject({ type: info.body.data.type, capacity: info.body.data.capacity, created_at: info.body.data.created_at });
  });

  it('narrows to names containing the keyword, any case, with % and _ read as plain characters; an empty keyword lists all', async () => {
    expect(await names('?keyword=CLUB')).toEqual(['chess club', 'Cooking Club']);
    expect(await names('?keyword=%25_')).toEqual(['100%_fun']);
    expect(await names('?keyword=')).toHaveLength(4);
    expect(await names('?keyword=nothing')).toEqual([]);
  });

  it('pages with a cursor, never repeating or skipping a group', async () => {
    const first = await list('?limit=3');
    expect(first.body.data.map((item: Listed) => item.group_id)).toEqual([ids.room, ids.percent, ids.chess]);
    const second = await list(`?limit=3&cursor=${first.body.cursor}`);
    expect(second.body.data.map((item: Listed) => item.group_id)).toEqual([ids.cooking]);
    expect(second.body.cursor).toBeUndefined();
    const byName = await list('?keyword=club&limit=1');
    expect((await list(`?keyword=club&limit=1&cursor=${byName.body.cursor}`)).body.data.map((item: Listed) => item.name)).toEqual(['Cooking Club']);
  });

  it("refuses a user token, a user token impersonating and another app's admin token; another app's admin sees only its own groups", async () => {
    expect((await list('', owner.token)).body.code).toBe(10010);
    expect((await list('', owner.token, tenant.appId, { user_id: String(member.userId) })).body.code).toBe(10010);
    expect((await list('', other.adminToken)).body.code).toBe(10008);
    expect(await names('', other.adminToken, other.appId)).toEqual(['Other Club']);
  });

  it.each([
    [`?keyword=${'x'.repeat(65)}`, 'keyword: must be at most 64 characters'],
    ['?limit=0', 'limit: must be at least 1'],
    ['?limit=101', 'limit: must be at most 100'],
    ['?limit=ten', 'limit: must be an integer'],
    ['?cursor=e30', 'cursor: not a cursor this list returned; send the cursor of the previous page, or none for the first page'],
    ['?sort=name', 'sort: unknown field; remove it'],
  ])('refuses %s with 10002', async (query, message) => {
    expect((await list(query)).body).toEqual({ code: 10002, message, data: null });
  });

  it('is marked ours in the OpenAPI document', async () => {
    const document = (await server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect(document.paths['/group/app_list'].get['x-extension']).toBe(true);
    expect(Object.keys(document.components.schemas.GroupAppListItemDto.properties)).toEqual(['group_id', 'name', 'owner_id', 'member_count', 'capacity', 'type', 'created_at']);
  });
});
