import { loadConfig } from '../../src/common/config/config';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';

/** The three calls MaxIM's SDK makes before it logs in, answered by this server about itself. */
describe('DiscoveryController', () => {
  let server: TestServer;
  let tenant: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTenant(server);
  });

  afterAll(() => server.close());

  const cluster = (protocol: string, ratelHost: string, socketHost = ratelHost) => ({
    version: 1,
    app_status: 'normal',
    dns_list: [
      {
        group_level: 0,
        clusters: [{ ratel: [{ protocol, host: ratelHost, ip_list: [] }], webim: [{ protocol, host: socketHost }], rtc: [{ protocol, host: socketHost }] }],
      },
    ],
    dns_server_list: [],
    link_server_list: [],
  });

  it('GET /v2/app_dns points REST and the socket at the Host the client used', async () => {
    const answer = await server.request({ url: `/v2/app_dns?app_id=${tenant.appId}&source=sdk`, appId: tenant.appId, headers: { host: 'im.example.com:3000' } });
    expect(answer.body).toEqual({ code: 200, message: null, data: cluster('http', 'im.example.com:3000') });
  });

  it('GET /v2/app_dns takes app_id from the query alone, as a DNS URL carries it', async () => {
    const answer = await server.request({ url: `/v2/app_dns?app_id=${tenant.appId}`, headers: { host: 'im.example.com' } });
    expect(answer.body.data).toEqual(cluster('http', 'im.example.com'));
  });

  it('GET /v2/app_dns follows X-Forwarded-Proto and X-Forwarded-Host from a proxy', async () => {
    const answer = await server.request({
      url: '/v2/app_dns',
      appId: tenant.appId,
      headers: { host: '10.0.0.5:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'chat.example.org, inner.proxy' },
    });
    expect(answer.body.data).toEqual(cluster('https', 'chat.example.org'));
  });

  it('GET /v2/app_dns answers PUBLIC_URL when set; its path prefixes REST only', async () => {
    const configured = await startTestServer({ realtime: { ...loadConfig({}).realtime, publicUrl: 'https://api.example.net/im' } }, server.database);
    try {
      const answer = await configured.request({ url: '/v2/app_dns', appId: tenant.appId, headers: { host: 'ignored:1' } });
      expect(answer.body.data).toEqual(cluster('https', 'api.example.net/im', 'api.example.net'));
    } finally {
      await configured.app.close();
    }
  });

  it('GET /v2/app_dns refuses a query app_id that differs from the header, and unknown apps', async () => {
    const mismatch = await server.request({ url: '/v2/app_dns?app_id=other', appId: tenant.appId });
    expect(mismatch.body).toEqual({ code: 10002, message: `app_id: the query names "other" but the app_id header "${tenant.appId}"`, data: null });
    const unknown = await server.request({ url: '/v2/app_dns', appId: 'no-such-app' });
    expect(unknown.body.code).toBe(40000);
    const badSource = await server.request({ url: '/v2/app_dns?source=web', appId: tenant.appId });
    expect(badSource.body).toEqual({ code: 10002, message: 'source: must be sdk or app', data: null });
  });

  it('GET /api/health answers ok without a token, and without or with an unknown app_id', async () => {
    for (const appId of [tenant.appId, undefined, 'no-such-app']) {
      const answer = await server.request({ url: '/api/health', appId });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ code: 200, message: null, data: { status: 'ok' } });
    }
  });

  it('GET /app/config answers the client settings for the platform and checks it', async () => {
    const answer = await server.request({ url: '/app/config?platform=6', appId: tenant.appId });
    expect(answer.body.data).toEqual({ app_id: tenant.appId, platform: 6, hide_member_info: false, configs: {} });
    const bad = await server.request({ url: '/app/config?platform=9', appId: tenant.appId });
    expect(bad.body).toEqual({ code: 10002, message: 'platform: must be an integer from 1 to 6', data: null });
  });
});
