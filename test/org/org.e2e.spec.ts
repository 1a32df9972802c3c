import { createTenant, createUser, RequestOptions, startTestServer, Tenant, TestServer, TestUser } from '../server';

describe('/org: organisation departments (our extension)', () => {
  let server: TestServer;
  let tenant: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
  });
  afterAll(() => server.close());

  function asAdmin(method: RequestOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}) {
    return server.request({ method, url, appId: tenant.appId, token: tenant.adminToken, body, headers });
  }

  async function admin(method: RequestOptions['method'], url: string, body?: unknown) {
    const response = await asAdmin(method, url, body);
    if (response.body.code !== 200) throw new Error(`${method} ${url} failed: ${JSON.stringify(response.body)}`);
    return response.body.data;
  }

  function as(user: TestUser, method: RequestOptions['method'], url: string, body?: unknown) {
    return server.request({ method, url, appId: tenant.appId, token: user.token, body });
  }

  async function department(name: string, parentId?: number): Promise<number> {
    return (await admin('POST', '/org/department', { name, ...(parentId ? { parent_id: parentId } : {}) })).department_id;
  }

  it('builds a tree, renames and moves departments, and shows it to every user of the app', async () => {
    const reader = await createUser(server, tenant);
    const created = await admin('POST', '/org/department', { name: ' Sales ', sort: 2 });
    expect(created).toEqual({ department_id: expect.any(Number), name: 'Sales', parent_id: null, sort: 2, created_at: expect.any(Number), updated_at: expect.any(Number) });
    const sales = created.department_id;
    const east = await department('East', sales);
    const west = await department('West', sales);
    const engineering = await department('Engineering');

    expect((await admin('PUT', '/org/department/name', { department_id: east, name: 'East coast' })).name).toBe('East coast');
    expect((await admin('POST', '/org/department/move', { department_id: west, parent_id: engineering, sort: 5 })).parent_id).toBe(engineering);
    const list = (await as(reader, 'GET', '/org/department/list')).body.data;
    expect(list.map((item: { department_id: number; parent_id: number | null; name: string }) => [item.department_id, item.parent_id, item.name])).toEqual([
      [engineering, null, 'Engineering'],
      [sales, null, 'Sales'],
      [east, sales, 'East coast'],
      [west, engineering, 'West'],
    ]);
    expect((await as(reader, 'GET', `/org/department?department_id=${west}`)).body.data).toMatchObject({ department_id: west, parent_id: engineering, sort: 5 });
    expect((await admin('PUT', '/org/department/move', { department_id: west, parent_id: null })).parent_id).toBeNull();
  });

  it('refuses to move a department under itself or its own subtree, and to delete one with sub-departments', async () => {
    const top = await department('Top');
    const middle = await department('Middle', top);
    const bottom = await department('Bottom', middle);
    const cycle = { code: 10002, message: `parent_id: department ${bottom} is department ${top} or inside it; a department cannot move under itself`, data: null };
    expect((await asAdmin('POST', '/org/department/move', { department_id: top, parent_id: bottom })).body).toEqual(cycle);
    expect((await asAdmin('POST', '/org/department/move', { department_id: top, parent_id: top })).body.code).toBe(10002);
    expect((await asAdmin('DELETE', `/org/department?department_id=${middle}`)).body).toEqual({
      code: 10002,
      message: `department_id: department ${middle} has sub-departments; move or delete them first`,
      data: null,
    });
    expect(await admin('DELETE', `/org/department?department_id=${bottom}`)).toBe(true);
    expect(await admin('DELETE', `/org/department?department_id=${middle}`)).toBe(true);
    expect((await asAdmin('GET', `/org/department?department_id=${middle}`)).body).toEqual({ code: 10002, message: `department_id: no department ${middle} in this app`, data: null });
  });

  it('sets members with title and manager, updates them, pages them, lists a user\'s departments, and removes them', async () => {
    const [boss, alice, bob, carol] = [await createUser(server, tenant), await createUser(server, tenant), await createUser(server, tenant), await createUser(server, tenant)];
    const team = await department('Team');
    const other = await department('Other');
    const members = [
      { user_id: boss.userId, title: 'Head' },
      { user_id: alice.userId, title: 'Engineer', manager_id: boss.userId },
      { user_id: bob.userId, manager_id: boss.userId },
    ];
    expect(await admin('POST', '/org/department/members', { department_id: team, members })).toEqual({ imported: 3 });
    expect(await admin('POST', '/org/department/members', { department_id: team, members: [{ user_id: bob.userId, title: 'Designer', manager_id: alice.userId }] })).toEqual({ imported: 1 });
    await admin('POST', '/org/department/members', { department_id: other, members: [{ user_id: alice.userId, title: 'Mentor' }] });

    const first = (await as(carol, 'GET', `/org/department/members?department_id=${team}&limit=2`)).body;
    expect(first.data).toEqual([
      { department_id: team, user_id: boss.userId, username: boss.username, nick_name: null, avatar: null, title: 'Head', manager_id: null, updated_at: expect.any(Number) },
      { department_id: team, user_id: alice.userId, username: alice.username, nick_name: null, avatar: null, title: 'Engineer', manager_id: boss.userId, updated_at: expect.any(Number) },
    ]);
    const second = (await as(carol, 'GET', `/org/department/members?department_id=${team}&limit=2&cursor=${first.cursor}`)).body;
    expect(second.data).toEqual([expect.objectContaining({ user_id: bob.userId, title: 'Designer', manager_id: alice.userId })]);
    expect(second.cursor).toBeUndefined();
    expect((await as(carol, 'GET', `/org/user/departments?user_id=${alice.userId}`)).body.data).toEqual([
      { department_id: team, name: 'Team', title: 'Engineer', manager_id: boss.userId },
      { department_id: other, name: 'Other', title: 'Mentor', manager_id: null },
    ]);

    expect(await admin('POST', '/org/department/members/remove', { department_id: team, user_list: [alice.userId] })).toBe(true);
    expect((await as(carol, 'GET', `/org/user/departments?user_id=${alice.userId}`)).body.data).toEqual([
      { department_id: other, name: 'Other', title: 'Mentor', manager_id: null },
    ]);
    await admin('DELETE', `/org/department?department_id=${other}`);
    expect((await as(carol, 'GET', `/org/user/departments?user_id=${alice.userId}`)).body.data).toEqual([]);
  });

  it('imports 10,000 members in one JSON call, and the same rows again as CSV (updating titles)', async () => {
    const [first] = await server.sql(
      `WITH created AS (INSERT INTO users (app_id, username, password_hash) SELECT $1, 'org_' || n, '!' FROM generate_series(1, 5000) AS n RETURNING id)
       SELECT min(id)::bigint AS id FROM created`,
      [tenant.appId],
    );
    const firstId = Number(first.id);
    const left = await department('Left');
    const right = await department('Right');
    const rows = Array.from({ length: 10_000 }, (_, index) => ({
      department_id: index % 2 === 0 ? left : right,
      user_id: firstId + Math.floor(index / 2),
      title: 'Staff',
      manager_id: firstId,
    }));
    rows[0].manager_id = firstId + 1;
    rows[1].manager_id = firstId + 1;
    expect(await admin('POST', '/org/import', rows)).toEqual({ imported: 10_000 });
    const [{ count }] = await server.sql(`SELECT count(*)::int AS count FROM org_members WHERE department_id IN ($1, $2)`, [left, right]);
    expect(count).toBe(10_000);

    const csv = ['user_id,department_id,title,manager_id', ...rows.map((row) => `${row.user_id},${row.department_id},"Staff, ""senior""",${row.manager_id}`)].join('\r\n');
    const imported = await server.request({ method: 'POST', url: '/org/import', appId: tenant.appId, token: tenant.adminToken, headers: { 'content-type': 'text/plain' }, rawBody: csv });
    expect(imported.body).toEqual({ code: 200, message: null, data: { imported: 10_000 } });
    const [row] = await server.sql(`SELECT title FROM org_members WHERE department_id = $1 AND user_id = $2`, [left, firstId]);
    expect(row.title).toBe('Staff, "senior"');
  });

  it('refuses a bad import whole, naming the bad rows', async () => {
    const [member, manager] = [await createUser(server, tenant), await createUser(server, tenant)];
    const team = await department('Import team');
    const rows = [
      { department_id: team, user_id: member.userId, manager_id: manager.userId },
      { department_id: 999999, user_id: member.userId },
      { department_id: team, user_id: 'x' },
      { department_id: team, user_id: manager.userId, manager_id: manager.userId },
      { department_id: team, user_id: member.userId },
    ];
    expect((await asAdmin('POST', '/org/import', rows)).body).toEqual({
      code: 10002,
      message: 'nothing stored: row 3: user_id: "x" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)',
      data: null,
    });
    rows.splice(2, 1);
    expect((await asAdmin('POST', '/org/import', rows)).body).toEqual({
      code: 10002,
      message: `nothing stored: row 2: department_id: no department 999999 in this app; row 3: manager_id: a member cannot be their own manager; row 4: user ${member.userId} is already in department ${team} at row 1`,
      data: null,
    });
    const [{ count }] = await server.sql(`SELECT count(*)::int AS count FROM org_members WHERE department_id = $1`, [team]);
    expect(count).toBe(0);
  });

  it.each([
    ['POST', '/org/department', {}, 'name: is required'],
    ['POST', '/org/department', { name: '   ' }, 'name: must not be blank'],
    ['POST', '/org/department', { name: 'x'.repeat(65) }, 'name: must be at most 64 characters'],
    ['POST', '/org/department', { name: 'orphan', parent_id: 999999 }, 'parent_id: no department 999999 in this app'],
    ['POST', '/org/department/name', { department_id: 999999, name: 'x' }, 'department_id: no department 999999 in this app'],
    ['POST', '/org/department/move', { department_id: 999999, parent_id: null }, 'department_id: no department 999999 in this app'],
    ['POST', '/org/department/members', { department_id: 999999, members: [] }, 'members: must hold at least one member'],
    ['POST', '/org/import', {}, 'body: must be a JSON array of {department_id, user_id, title, manager_id}, or CSV text with a header line'],
    ['POST', '/org/import', [], 'body: must hold at least one member'],
    ['POST', '/org/import', Array.from({ length: 10_001 }, () => ({ department_id: 1, user_id: 1 })), 'body: must hold at most 10000 members; split the import'],
    ['GET', '/org/department/members?department_id=abc', undefined, 'department_id: must be an integer id'],
    ['GET', '/org/user/departments?user_id=999999', undefined, 'user 999999 does not exist in this app'],
  ])('refuses %s %s with 10002 or 10000: %s', async (method, url, body, message) => {
    const response = (await asAdmin(method as 'POST', url, body)).body;
    expect(response).toEqual({ code: url.startsWith('/org/user') ? 10000 : 10002, message, data: null });
  });

  it.each([
    ['user_id,title\n1,x', 'body: the CSV header must name the columns department_id,user_id,title,manager_id (title and manager_id optional); got user_id,title'],
    ['department_id,user_id\n1,2,3', 'body: line 2 has 3 fields; the header names 2'],
    ['department_id,user_id,title\n1,2,"open', 'body: a quoted CSV field is not closed'],
  ])('refuses the CSV import %j with 10002', async (csv, message) => {
    const response = await server.request({ method: 'POST', url: '/org/import', appId: tenant.appId, token: tenant.adminToken, headers: { 'content-type': 'text/plain' }, rawBody: csv });
    expect(response.body).toEqual({ code: 10002, message, data: null });
  });

  it('lets only the admin token acting as no one change departments; users, an admin acting as a user and other apps are refused', async () => {
    const [user, victim] = [await createUser(server, tenant), await createUser(server, tenant)];
    const team = await department('Guarded');
    const refusal = { code: 10010, message: "departments are changed with the app's admin token, without user_id or group_id", data: null };
    expect((await as(user, 'POST', '/org/department', { name: 'mine' })).body).toEqual(refusal);
    expect((await as(user, 'POST', '/org/import', [{ department_id: team, user_id: user.userId }])).body).toEqual(refusal);
    expect((await asAdmin('DELETE', `/org/department?department_id=${team}`, undefined, { user_id: String(user.userId) })).body).toEqual(refusal);
    const impersonating = await server.request({ method: 'POST', url: '/org/department/name', appId: tenant.appId, token: user.token, headers: { user_id: String(victim.userId) }, body: { department_id: team, name: 'x' } });
    expect(impersonating.body.code).toBe(10010);

    const other = await createTenant(server, 'other');
    const outsider = await createUser(server, other);
    expect((await server.request({ url: '/org/department/list', appId: tenant.appId, token: outsider.token })).body.code).toBe(10008);
    const foreignAdmin = (url: string, method: RequestOptions['method'] = 'GET', body?: unknown) => server.request({ method, url, appId: other.appId, token: other.adminToken, body });
    expect((await foreignAdmin(`/org/department?department_id=${team}`)).body.code).toBe(10002);
    expect((await foreignAdmin('/org/department/name', 'POST', { department_id: team, name: 'stolen' })).body.code).toBe(10002);
    expect((await foreignAdmin('/org/department/members', 'POST', { department_id: team, members: [{ user_id: user.userId }] })).body.message).toContain(`no department ${team} in this app`);
    const foreignMember = await server.request({ method: 'POST', url: '/org/department/members', appId: tenant.appId, token: tenant.adminToken, body: { department_id: team, members: [{ user_id: outsider.userId }] } });
    expect(foreignMember.body.message).toBe(`nothing stored: row 1: user_id: no user ${outsider.userId} in this app`);
    expect((await foreignAdmin('/org/department/list')).body.data).toEqual([]);
  });

  it('marks every /org route as our extension in the OpenAPI document', async () => {
    const document = (await server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/org/'))
      .flatMap(([, methods]) => Object.values(methods as Record<string, { 'x-extension'?: boolean }>));
    expect(operations.length).toBeGreaterThanOrEqual(13);
    expect(operations.every((operation) => operation['x-extension'] === true)).toBe(true);
  });
});
