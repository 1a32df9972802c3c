import { fileTestConfig, sendUpload } from '../file/fixtures';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

const DEFAULT_QUOTA = 1_000_000;

/** GET and POST /app/settings (src/app/README.md "Operator settings"): the CLI's settings for the console, holding on the very next request. */
describe('/app/settings', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(fileTestConfig({ appQuotaBytes: DEFAULT_QUOTA }));
  });
  afterAll(() => server.close());

  const read = (tenant: Tenant, token = tenant.adminToken, headers?: Record<string, string>) => server.request({ url: '/app/settings', appId: tenant.appId, token, headers });
  const change = (tenant: Tenant, body: unknown, token = tenant.adminToken, headers?: Record<string, string>) =>
    server.request({ method: 'POST', url: '/app/settings', appId: tenant.appId, token, body, headers });
  const changed = async (tenant: Tenant, body: unknown) => {
    const answer = await change(tenant, body);
    expect(answer.body.code).toBe(200);
    return answer.body.data;
  };
  const register = (tenant: Tenant, username: string, token?: string) =>
    server.request({ method: 'POST', url: '/user/register/v2', appId: tenant.appId, token, body: { username, password: 'secret-password' } });
  const send = (tenant: Tenant, from: TestUser, to: TestUser) =>
    server.request({ method: 'POST', url: '/message/send', appId: tenant.appId, token: from.token, body: { type: 1, targets: [to.userId], content_type: 0, content: 'hello' } });
  const createGroup = (tenant: Tenant, owner: TestUser, name: string) => server.request({ method: 'POST', url: '/group/create', appId: tenant.appId, token: owner.token, body: { name } });

  it('answers the defaults, and the bytes the app stores', async () => {
    const tenant = await createTenant(server);
    const defaults = { registration_open: true, stranger_messages: true, max_groups: null, file_quota_bytes: null, file_quota_default_bytes: DEFAULT_QUOTA, file_used_bytes: 0 };
    expect((await read(tenant)).body).toEqual({ code: 200, message: null, data: defaults });

    const alice = await createUser(server, tenant);
    const target = await server.request({ url: `/file/upload/chat?file_type=100&to_id=${alice.userId}`, appId: tenant.appId, token: alice.token });
    expect(target.body.code).toBe(200);
    expect((await sendUpload(server, target.body.data, Buffer.alloc(1234, 7))).status).toBe(200);
    expect((await read(tenant)).body.data).toEqual({ ...defaults, file_used_bytes: 1234 });
  });

  it('changes several settings at once and answers them all, as GET does afterwards', async () => {
    const tenant = await createTenant(server);
    const answer = await changed(tenant, { registration_open: false, stranger_messages: false, max_groups: 5, file_quota_bytes: 2048 });
    expect(answer).toEqual({ registration_open: false, stranger_messages: false, max_groups: 5, file_quota_bytes: 2048, file_quota_default_bytes: DEFAULT_QUOTA, file_used_bytes: 0 });
    expect((await read(tenant)).body.data).toEqual(answer);
    expect(await changed(tenant, { max_groups: null, file_quota_bytes: null })).toEqual({ ...answer, max_groups: null, file_quota_bytes: null });
    // What the operator CLI shows reads the same row.
    expect(await server.app.get((await import('../../src/app/apps.service')).AppsService).show(tenant.appId)).toMatchObject({ registration_open: false, max_groups: null });
  });

  it('closed registration refuses the very next self-registration; the admin token still registers', async () => {
    const tenant = await createTenant(server);
    expect((await register(tenant, `open_${process.pid}`)).body.code).toBe(200);
    await changed(tenant, { registration_open: false });
    expect((await register(tenant, `closed_${process.pid}`)).body.code).toBe(10010);
    expect((await register(tenant, `by_admin_${process.pid}`, tenant.adminToken)).body.code).toBe(200);
    await changed(tenant, { registration_open: true });
    expect((await register(tenant, `reopened_${process.pid}`)).body.code).toBe(200);
  });

  it("stranger_messages false refuses a stranger's very next send (after one that was let through and cached)", async () => {
    const tenant = await createTenant(server);
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    expect((await send(tenant, alice, bob)).body.code).toBe(200);
    await changed(tenant, { stranger_messages: false });
    expect((await send(tenant, alice, bob)).body).toEqual({
      code: 10010,
      message: `user ${bob.userId} is not your friend and this app does not allow messages between strangers`,
      data: null,
    });
    await changed(tenant, { stranger_messages: true });
    expect((await send(tenant, alice, bob)).body.code).toBe(200);
  });

  it('max_groups reached answers 20007 on the next group creation; null lifts the cap', async () => {
    const tenant = await createTenant(server);
    const owner = await createUser(server, tenant);
    await changed(tenant, { max_groups: 1 });
    expect((await createGroup(tenant, owner, 'first')).body.code).toBe(200);
    expect((await createGroup(tenant, owner, 'second')).body.code).toBe(20007);
    await changed(tenant, { max_groups: null });
    expect((await createGroup(tenant, owner, 'second')).body.code).toBe(200);
  });

  it('a quota of 0 bytes refuses the next upload URL (10009); null falls back to the server default', async () => {
    const tenant = await createTenant(server);
    const alice = await createUser(server, tenant);
    const uploadUrl = () => server.request({ url: '/file/upload/avatar/user', appId: tenant.appId, token: alice.token });
    await changed(tenant, { file_quota_bytes: 0 });
    expect((await uploadUrl()).body).toEqual({ code: 10009, message: `storage quota of app ${tenant.appId} (0 bytes) is used up; delete files or ask the operator for more`, data: null });
    await changed(tenant, { file_quota_bytes: null });
    expect((await uploadUrl()).body.code).toBe(200);
  });

  it("refuses a user token, a user token impersonating, no token, and another app's admin token; another app's settings stay its own", async () => {
    const [tenant, other] = [await createTenant(server), await createTenant(server, 'other app')];
    const carol = await createUser(server, tenant);
    expect((await read(tenant, carol.token)).body.code).toBe(10010);
    expect((await change(tenant, { registration_open: false }, carol.token)).body.code).toBe(10010);
    expect((await read(tenant, carol.token, { user_id: String(carol.userId) })).body.code).toBe(10010);
    expect((await change(tenant, { registration_open: false }, carol.token, { user_id: String(carol.userId) })).body.code).toBe(10010);
    expect((await server.request({ url: '/app/settings', appId: tenant.appId })).body.code).not.toBe(200);
    expect((await read(tenant, other.adminToken)).body.code).toBe(10008);
    expect((await change(tenant, { registration_open: false }, other.adminToken)).body.code).toBe(10008);
    await changed(other, { registration_open: false, max_groups: 0 });
    expect((await read(tenant)).body.data).toMatchObject({ registration_open: true, max_groups: null });
  });

  it.each([
    [{}, 'body: send at least one of registration_open, stranger_messages, max_groups, file_quota_bytes'],
    // The global pipe reads null as a missing value: a switch has no default to fall back to.
    [{ registration_open: null }, 'registration_open: is required'],
    [{ registration_open: 'yes' }, 'registration_open: must be true or false'],
    [{ stranger_messages: 1 }, 'stranger_messages: must be true or false'],
    [{ max_groups: -1 }, 'max_groups: must be a whole number from 0 to 999999999, or null to lift the cap'],
    [{ max_groups: 1.5 }, 'max_groups: must be a whole number from 0 to 999999999, or null to lift the cap'],
    [{ max_groups: 1_000_000_000 }, 'max_groups: must be a whole number from 0 to 999999999, or null to lift the cap'],
    [{ file_quota_bytes: 'lots' }, 'file_quota_bytes: "lots" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
    [{ file_quota_bytes: 1e15 }, 'file_quota_bytes: must be a whole number of bytes from 0 to 999999999999999, or null for the server default'],
    [{ registration: false }, 'registration: unknown field; remove it'],
  ])('refuses %j with 10002 and changes nothing', async (body, message) => {
    const tenant = await createTenant(server);
    const before = (await read(tenant)).body.data;
    expect((await change(tenant, body)).body).toEqual({ code: 10002, message, data: null });
    expect((await read(tenant)).body.data).toEqual(before);
  });

  it('takes whole numbers as digit strings, as every JSON body does', async () => {
    const tenant = await createTenant(server);
    expect(await changed(tenant, { max_groups: '7' })).toMatchObject({ max_groups: 7 });
  });

  it('is marked ours in the OpenAPI document', async () => {
    const document = (await server.app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect(document.paths['/app/settings'].get['x-extension']).toBe(true);
    expect(document.paths['/app/settings'].post['x-extension']).toBe(true);
    expect(Object.keys(document.components.schemas.AppSettingsDto.properties)).toEqual([
      'registration_open',
      'stranger_messages',
      'max_groups',
      'file_quota_bytes',
      'file_quota_default_bytes',
      'file_used_bytes',
    ]);
  });
});
