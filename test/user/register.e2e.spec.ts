import { createTenant, createUser, startTestServer, Tenant, TestServer } from '../server';

describe('/user/register, /user/register/v2, /user/register/anonymous, /user/register/batch', () => {
  let server: TestServer;
  let tenant: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
  });
  afterAll(() => server.close());

  const register = (url: string, body: object, options: { appId?: string; token?: string; headers?: Record<string, string> } = {}) =>
    server.request({ method: 'POST', url, appId: options.appId ?? tenant.appId, token: options.token, headers: options.headers, body });

  it('registers with v2 and returns the new user settings object', async () => {
    const response = await register('/user/register/v2', { username: 'reg_v2', password: 'secret-password' });
    expect(response.body.code).toBe(200);
    expect(response.body.data).toEqual({
      id: response.body.data.user_id,
      user_id: expect.any(Number),
      auth_mode: 0,
      auth_question: null,
      auth_answer: null,
      auto_download: true,
      group_confirm: false,
      no_push: false,
      no_push_detail: false,
      no_push_start_hour: null,
      no_push_end_hour: null,
      no_sounds: false,
      vibratory: true,
      push_nick_name: null,
      silence_start_time: null,
      silence_end_time: null,
      push_token: null,
    });
    expect(response.body.data.user_id).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('registers with v1 including mobile, email and CJK names, and stores the password hashed', async () => {
    const response = await register('/user/register', { username: '用户_一', password: 'secret-password', mobile: '+4412345678', email: 'one@example.com' });
    expect(response.body.code).toBe(200);
    const [row] = await server.sql(`SELECT password_hash, mobile, email FROM users WHERE id = $1`, [response.body.data.user_id]);
    expect(row).toMatchObject({ mobile: '+4412345678', email: 'one@example.com' });
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses a taken username with 10004 and a taken mobile or email with 10011', async () => {
    expect((await register('/user/register/v2', { username: 'reg_v2', password: 'secret-password' })).body).toEqual({
      code: 10004,
      message: 'username "reg_v2" is already taken in this app',
      data: null,
    });
    expect((await register('/user/register', { username: 'reg_mobile', password: 'secret-password', mobile: '+4412345678' })).body.code).toBe(10011);
    expect((await register('/user/register', { username: 'reg_email', password: 'secret-password', email: 'ONE@example.com' })).body.code).toBe(10011);
  });

  it('keeps usernames per app: another app may register the same name', async () => {
    const other = await createTenant(server, 'other');
    expect((await register('/user/register/v2', { username: 'reg_v2', password: 'secret-password' }, { appId: other.appId })).body.code).toBe(200);
  });

  it.each([
    [{ username: '12345', password: 'secret-password' }, 'username: use letters, digits, _ or CJK characters, not only digits, and do not start with "maxim" or "mta"'],
    [{ username: 'maxim_user', password: 'secret-password' }, 'username: use letters, digits, _ or CJK characters, not only digits, and do not start with "maxim" or "mta"'],
    [{ username: 'has space', password: 'secret-password' }, 'username: use letters, digits, _ or CJK characters, not only digits, and do not start with "maxim" or "mta"'],
    [{ username: 'a'.repeat(65), password: 'secret-password' }, 'username: must be at most 64 characters'],
    [{ username: 'short_pw', password: '12345' }, 'password: must be at least 6 characters'],
    [{ password: 'secret-password' }, 'username: is required'],
    [{ username: 'bad_mobile', password: 'secret-password', mobile: '12345' }, 'mobile: must be a mainland China mobile number or +<country code><number>'],
    [{ username: 'bad_email', password: 'secret-password', email: 'nope' }, 'email: must be an email address'],
  ])('refuses %j with 10002: %s', async (body, message) => {
    expect((await register('/user/register', body)).body).toEqual({ code: 10002, message, data: null });
  });

  it('needs the admin token once the app closes self-registration', async () => {
    await server.sql(`UPDATE apps SET registration_open = false WHERE id = $1`, [tenant.appId]);
    try {
      expect((await register('/user/register/v2', { username: 'closed_anon', password: 'secret-password' })).body).toEqual({
        code: 10010,
        message: 'this app does not allow self-registration; register users with the app admin access-token',
        data: null,
      });
      const user = await createUser(server, (await createTenant(server)));
      expect((await register('/user/register/v2', { username: 'closed_user', password: 'secret-password' }, { token: user.token })).body.code).toBe(10008);
      expect((await register('/user/register/v2', { username: 'closed_admin', password: 'secret-password' }, { token: tenant.adminToken })).body.code).toBe(200);
    } finally {
      await server.sql(`UPDATE apps SET registration_open = true WHERE id = $1`, [tenant.appId]);
    }
  });

  it("registers through POST /user/register/anonymous as the web SDK's asyncRegisterAnonymous sends it, under the same policy", async () => {
    const registered = await register('/user/register/anonymous', { username: 'anon_web', password: 'secret-password' });
    expect(registered.body).toMatchObject({ code: 200, data: { user_id: expect.any(Number), auth_mode: 0 } });
    const login = await server.request({ method: 'POST', url: '/token/user', appId: tenant.appId, body: { name: 'anon_web', password: 'secret-password' } });
    expect(login.body.data.user_id).toBe(registered.body.data.user_id);
    expect((await register('/user/register/anonymous', { username: 'anon_nopass' })).body).toEqual({ code: 10002, message: 'password: is required', data: null });
    await server.sql(`UPDATE apps SET registration_open = false WHERE id = $1`, [tenant.appId]);
    try {
      expect((await register('/user/register/anonymous', { username: 'anon_closed', password: 'secret-password' })).body.code).toBe(10010);
    } finally {
      await server.sql(`UPDATE apps SET registration_open = true WHERE id = $1`, [tenant.appId]);
    }
  });

  describe('batch', () => {
    it('registers each item on its own and reports per item', async () => {
      const response = await register(
        '/user/register/batch',
        { list: [{ username: 'batch_a', password: 'secret-password' }, { username: 'reg_v2', password: 'secret-password' }, { username: '999', password: 'secret-password' }, { username: 'batch_b', password: 'secret-password', extra: 1 }, { username: 'batch_c', password: 'secret-password' }] },
        { token: tenant.adminToken },
      );
      expect(response.body.code).toBe(200);
      expect(response.body.data).toEqual([
        { user_id: expect.any(Number), username: 'batch_a', success: true, reason: null },
        { user_id: null, username: 'reg_v2', success: false, reason: 'username "reg_v2" is already taken in this app' },
        { user_id: null, username: '999', success: false, reason: expect.stringMatching(/^username: /) },
        { user_id: null, username: 'batch_b', success: false, reason: 'extra: unknown field; remove it' },
        { user_id: expect.any(Number), username: 'batch_c', success: true, reason: null },
      ]);
      const login = await server.request({ method: 'POST', url: '/token/user', appId: tenant.appId, body: { name: 'batch_c', password: 'secret-password' } });
      expect(login.body.data.user_id).toBe(response.body.data[4].user_id);
    });

    it('is for the admin token only', async () => {
      const user = await createUser(server, tenant);
      const body = { list: [{ username: 'batch_denied', password: 'secret-password' }] };
      expect((await register('/user/register/batch', body, { token: user.token })).body).toEqual({
        code: 10010,
        message: 'this operation needs the app admin access-token',
        data: null,
      });
      expect((await register('/user/register/batch', body)).body.code).toBe(10003);
      const other = await createTenant(server, 'other');
      expect((await register('/user/register/batch', body, { token: other.adminToken })).body.code).toBe(10008);
    });

    it('refuses empty, oversized and malformed lists with 10002', async () => {
      const list = Array.from({ length: 101 }, (_, i) => ({ username: `big_${i}`, password: 'secret-password' }));
      expect((await register('/user/register/batch', { list }, { token: tenant.adminToken })).body).toEqual({ code: 10002, message: 'list: must hold at most 100 users', data: null });
      expect((await register('/user/register/batch', { list: [] }, { token: tenant.adminToken })).body.message).toBe('list: must hold at least one user');
      expect((await register('/user/register/batch', { list: ['x'] }, { token: tenant.adminToken })).body.message).toBe('list: every item must be an object {username, password}');
    });
  });
});
