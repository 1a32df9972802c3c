import { catalogueOperationsWithFields } from '../catalogue';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

/** Query parameters that carry an id or a device number (open_id and app_id are strings). */
const ID_PARAMETER = /^(user_id|group_id|to_id|file_id|msg_id|msg_id_start|conversation_id|announcement_id|roster_id|opposite_id|device_sn|deviceSn)$/;

/** Valid values for the other parameters of an operation, so the one being swept is the first thing wrong. */
const VALID: Record<string, string> = { file_type: '100', file_sign: 'sign', limit: '10', msg_id_start: '0' };

/** Number() reads each of these as a number; none is decimal digits. */
const NOT_DECIMAL = ['1e9', '0x10', '+1'];

describe('strict inputs', () => {
  let server: TestServer;
  let tenant: Tenant;
  let alice: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
    alice = await createUser(server, tenant);
  });
  afterAll(() => server?.close());

  async function nickName(): Promise<string | null> {
    return (await server.request({ url: '/user/profile', appId: tenant.appId, token: alice.token })).body.data.nick_name;
  }

  describe('bodies that are not application/json get HTTP 415 with 10002', () => {
    it.each([
      ['application/x-www-form-urlencoded', 'nick_name=formed'],
      ['text/plain', '{"nick_name":"plain"}'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="nick_name"\r\n\r\nparts\r\n--x--\r\n'],
      ['application/xml', '<nick_name>xml</nick_name>'],
    ])('%s, and nothing is applied', async (contentType, rawBody) => {
      const before = await nickName();
      const answer = await server.request({ method: 'POST', url: '/user/profile', appId: tenant.appId, token: alice.token, headers: { 'content-type': contentType }, rawBody });
      expect(answer).toMatchObject({ status: 415, body: { code: 10002, message: 'request body must be sent as application/json', data: null } });
      expect(await nickName()).toBe(before);
    });

    it('while JSON is applied, and the info routes still take text/plain', async () => {
      expect((await server.request({ method: 'POST', url: '/user/profile', appId: tenant.appId, token: alice.token, body: { nick_name: 'json' } })).body.code).toBe(200);
      expect(await nickName()).toBe('json');
      const plain = await server.request({ method: 'PUT', url: '/user/public', appId: tenant.appId, token: alice.token, headers: { 'content-type': 'text/plain' }, rawBody: 'hello' });
      expect(plain).toMatchObject({ status: 200, body: { code: 200 } });
    });
  });

  describe('ids in query strings and headers are decimal digits', () => {
    const cases = catalogueOperationsWithFields().flatMap((operation) =>
      operation.query.filter((field) => ID_PARAMETER.test(field.name)).flatMap((field) => NOT_DECIMAL.map((value) => ({ ...operation, field: field.name, value }))),
    );

    it('the catalogue has id parameters to sweep', () => {
      expect(new Set(cases.map((item) => item.field)).size).toBeGreaterThanOrEqual(8);
    });

    it.each(cases.map((item) => [`${item.method} ${item.path}?${item.field}=${item.value}`, item] as const))('refuses %s naming the parameter', async (_name, item) => {
      const others = item.query.filter((field) => field.name !== item.field).map((field) => [field.name, ID_PARAMETER.test(field.name) && !VALID[field.name] ? '1000000000' : VALID[field.name]]);
      const query = [...others.filter(([, value]) => value !== undefined), [item.field, item.value]].map(([name, value]) => `${name}=${encodeURIComponent(value!)}`).join('&');
      const answer = await server.request({ method: item.method, url: `${item.path}?${query}`, appId: tenant.appId, token: tenant.adminToken, headers: { user_id: String(alice.userId) } });
      expect({ code: answer.body.code, message: answer.body.message }).toEqual({ code: 10002, message: expect.stringMatching(new RegExp(`^${item.field}: `)) });
    });

    it.each(['user_id', 'group_id'].flatMap((header) => NOT_DECIMAL.map((value) => [header, value] as const)))('refuses the %s header %s', async (header, value) => {
      const answer = await server.request({ url: '/user/profile', appId: tenant.appId, token: tenant.adminToken, headers: { [header]: value } });
      expect(answer.body).toEqual({ code: 10002, message: `${header} header: must be a positive integer id, got ${JSON.stringify(value)}`, data: null });
    });
  });
});
