import { IncomingMessage } from 'node:http';
import { Browser, Page } from 'playwright-core';
import { listen } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { launchChromium, serveStaticPage, StaticSite } from './browser';

/**
 * A web app of our own, served from its own origin, calling the API the way MaxIM's web SDK does
 * (floo-web src/sdk/utils/request.js): JSON bodies, the `app_id` header on every call and
 * `access-token` once logged in, so every call is preflighted. Each call answers the envelope and
 * the `x-request-id` header, which only CORS's exposed headers let the page read.
 */
const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>cross-origin client</title>
<script>
  window.session = { token: null };
  window.call = async (api, appId, method, path, body) => {
    const headers = { app_id: appId };
    if (window.session.token) headers['access-token'] = window.session.token;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await fetch(api + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, requestId: response.headers.get('x-request-id'), body: await response.json() };
    } catch (error) {
      return { failed: String(error) };
    }
  };
  window.login = async (api, appId, name, password) => {
    const answer = await window.call(api, appId, 'POST', '/token/user', { name, password });
    if (answer.body && answer.body.code === 200) window.session.token = answer.body.data.token;
    return answer;
  };
</script>`;

interface CallAnswer {
  status?: number;
  requestId?: string | null;
  body?: { code: number; message: string | null; data: any };
  failed?: string;
}

describe('the API from a browser page on another origin', () => {
  let server: TestServer;
  let tenant: Tenant;
  let api: string;
  let browser: Browser;
  let allowedSite: StaticSite;
  let otherSite: StaticSite;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    // The page is on localhost, the API on 127.0.0.1: different hosts and ports, so different origins.
    allowedSite = await serveStaticPage('localhost', PAGE);
    otherSite = await serveStaticPage('localhost', PAGE);
    server = await startTestServer({ corsOrigins: [allowedSite.origin] });
    tenant = await createTenant(server);
    api = await listen(server);
    [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await allowedSite?.close();
    await otherSite?.close();
  });

  async function open(site: StaticSite): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/`);
    return page;
  }

  const logIn = (page: Page, user: TestUser): Promise<CallAnswer> =>
    page.evaluate(([a, appId, name, password]) => (globalThis as any).login(a, appId, name, password), [api, tenant.appId, user.username, user.password] as const);

  const call = (page: Page, method: string, path: string, body?: unknown): Promise<CallAnswer> =>
    page.evaluate(([a, appId, m, p, b]) => (globalThis as any).call(a, appId, m, p, b), [api, tenant.appId, method, path, body] as const);

  it('logs in, reads the profile, lists the roster with string ids and sends a message, reading x-request-id each time', async () => {
    // Chromium does not report preflights to the page's request events: the server sees them.
    const preflights: string[] = [];
    server.app.getHttpServer().on('request', (request: IncomingMessage) => {
      if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) preflights.push(request.url ?? '');
    });
    const page = await open(allowedSite);
    const login = await logIn(page, alice);
    expect(login.body).toMatchObject({ code: 200, data: { user_id: alice.userId, public_key: '' } });
    expect(login.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const profile = await call(page, 'GET', '/user/profile');
    expect(profile.body).toMatchObject({ code: 200, data: { user_id: alice.userId, username: alice.username } });
    expect(profile.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const roster = await call(page, 'POST', '/roster/list', { list: [String(bob.userId)] });
    expect(roster.body?.code).toBe(200);
    expect(roster.body?.data).toEqual([expect.objectContaining({ user_id: bob.userId, username: bob.username })]);

    const sent = await call(page, 'POST', '/message/send', { type: 1, targets: [String(bob.userId)], content_type: 0, content: 'hello from another origin' });
    expect(sent.body).toMatchObject({ code: 200 });
    expect(sent.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const [stored] = await server.sql(`SELECT content FROM messages WHERE app_id = $1 AND from_user_id = $2`, [tenant.appId, alice.userId]);
    expect(stored.content).toBe('hello from another origin');

    // Custom headers make every call a preflighted one; the browser asked before each path.
    expect(preflights).toEqual(expect.arrayContaining(['/token/user', '/user/profile', '/roster/list', '/message/send']));
    await page.close();
  }, 60_000);

  it('reads an error answer and its request id too', async () => {
    const page = await open(allowedSite);
    expect((await logIn(page, bob)).body?.code).toBe(200);
    const answer = await call(page, 'POST', '/roster/list', { list: ['1e3'] });
    expect(answer.body?.code).toBe(10002);
    expect(answer.body?.message).toMatch(/^list\[0\]: "1e3" is not a whole number/);
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    await page.close();
  }, 60_000);

  it('refuses a page whose origin is not in CORS_ORIGINS: its browser never hands it the answer', async () => {
    const page = await open(otherSite);
    const answer = await call(page, 'GET', '/user/profile');
    expect(answer).toEqual({ failed: 'TypeError: Failed to fetch' });
    await page.close();
  }, 60_000);
});
