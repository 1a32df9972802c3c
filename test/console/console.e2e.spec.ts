import type { Browser } from 'playwright-core';
import { HUAWEI_CERTIFICATE } from '../push/push-fixtures';
import { HuaweiStub, startHuaweiStub } from '../push/stubs/huawei.stub';
import { launchChromium } from '../browser/browser';
import { listen } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer } from '../server';
import { ensureConsoleBuilt, openConsole, screenshot, signIn, signedIn } from './console-page';

/** The admin console (console/) in headless Chromium, served by a test server on a real port. */
describe('the admin console in a browser', () => {
  let server: TestServer;
  let huawei: HuaweiStub;
  let tenant: Tenant;
  let api: string;
  let browser: Browser;

  beforeAll(async () => {
    ensureConsoleBuilt();
    huawei = await startHuaweiStub({ clientId: HUAWEI_CERTIFICATE.app_id, clientSecret: HUAWEI_CERTIFICATE.app_secret });
    server = await startTestServer();
    server.config.pushVendors.huaweiBaseUrl = huawei.url;
    server.config.pushVendors.huaweiAuthUrl = huawei.authUrl;
    tenant = await createTenant(server);
    api = await listen(server);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await huawei?.close();
  });

  it('is a static page: /console needs no app_id or token', async () => {
    const redirect = await fetch(`${api}/console`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/console/');
    const index = await fetch(`${api}/console/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root">');
  });

  it('refuses a wrong admin token with its code and message, then signs in', async () => {
    const page = await openConsole(browser, api);
    await signIn(page, tenant, 'not-the-admin-token');
    const error = await page.waitForSelector('.error');
    expect(await page.textContent('.error-title')).toBe('Sign-in refused');
    expect(await error.textContent()).toMatch(/MaxIM code \d+: .*token/i);
    await screenshot(page, 'sign-in-refused');

    const user = await createUser(server, tenant);
    await signIn(page, tenant, user.token);
    await page.locator('.error', { hasText: 'MaxIM code 10010' }).waitFor();

    await signIn(page, tenant);
    await page.waitForSelector('nav.sidebar');
    expect(await page.textContent('.topbar')).toContain(tenant.appId);
    await screenshot(page, 'signed-in');
    await page.close();
  });

  it('finds a user and disables them, after which their token gets 402', async () => {
    const alice = await createUser(server, tenant);
    const page = await signedIn(browser, api, tenant, '#/users');
    await page.fill('input[name=user_lookup]', String(alice.userId));
    await page.click('form.row button[type=submit]');
    await page.waitForSelector('[data-testid=user-profile]');
    expect(await page.textContent('[data-testid=user-profile]')).toContain(alice.username);
    await page.click('button:has-text("Disable")');
    await page.waitForSelector('.note:has-text("User disabled")');
    await page.locator('[data-testid=user-table] tr', { hasText: alice.username }).filter({ hasText: 'disabled' }).waitFor();
    await screenshot(page, 'user-disabled');

    const refused = await server.request({ url: '/user/profile', appId: tenant.appId, token: alice.token });
    expect(refused.body.code).toBe(402);

    await page.click('button:has-text("Enable")');
    await page.waitForSelector('.note:has-text("User enabled")');
    expect((await server.request({ url: '/user/profile', appId: tenant.appId, token: alice.token })).body.code).toBe(200);
    await page.close();
  });

  it('acts as a user: their friends and groups, each opening the conversation viewer as them', async () => {
    const [erin, frank] = [await createUser(server, tenant), await createUser(server, tenant)];
    const as = (user: { token: string }, url: string, body?: object) => server.request({ method: 'POST', url, appId: tenant.appId, token: user.token, body });
    // The app's default friend policy adds at once, without an acceptance.
    expect((await as(erin, '/roster/apply', { user_id: frank.userId, reason: 'console' })).body.code).toBe(200);
    const group = await as(erin, '/group/create', { name: 'erin group', user_list: [frank.userId] });
    expect(group.body.code).toBe(200);
    const sent = await as(frank, '/message/send', { type: 1, targets: [erin.userId], content_type: 0, content: 'hello erin' });
    expect(sent.body.code).toBe(200);

    const page = await signedIn(browser, api, tenant, `#/users?user=${erin.userId}`);
    const acting = page.locator('[data-testid=acting-as]');
    await acting.locator('h3', { hasText: `As user ${erin.userId}` }).waitFor();
    await page.locator('[data-testid=acting-groups] a', { hasText: `group ${group.body.data.group_id}` }).waitFor();
    const friend = page.locator('[data-testid=acting-friends] li', { hasText: `user ${frank.userId}` });
    await friend.waitFor();
    await screenshot(page, 'acting-as-user');

    await friend.locator('a', { hasText: `chat as ${erin.userId}` }).click();
    await page.locator('.card h2', { hasText: `As user ${erin.userId}: with ${frank.userId}` }).waitFor();
    await page.locator('[data-testid=messages] td', { hasText: 'hello erin' }).waitFor();
    await page.close();
  });

  it('sends a push to a stub vendor and shows its per-channel chart', async () => {
    const bob = await createUser(server, tenant);
    const certificate = await server.request({ method: 'POST', url: '/push/certificate', appId: tenant.appId, token: tenant.adminToken, body: { ...HUAWEI_CERTIFICATE, environment: 1 } });
    expect(certificate.body.code).toBe(200);
    const phone = await server.request({ method: 'POST', url: '/token/user', appId: tenant.appId, body: { name: bob.username, password: bob.password, device_guid: 'bob-phone' } });
    const bound = await server.request({
      method: 'POST',
      url: '/user/token/bind',
      appId: tenant.appId,
      token: phone.body.data.token,
      body: { device_sn: phone.body.data.device_sn, device_token: 'bob-console-token', notifier_name: HUAWEI_CERTIFICATE.name },
    });
    expect(bound.body.code).toBe(200);

    const page = await signedIn(browser, api, tenant, '#/push');
    await page.fill('input[name=audience_list]', String(bob.userId));
    await page.fill('input[name=title]', 'Hello');
    await page.fill('textarea[name=body]', 'from the console');
    await page.click('button:has-text("Send")');
    await page.waitForSelector('[data-testid=push-chart] canvas', { timeout: 20_000 });
    await page.locator('[data-testid=push-tasks] td', { hasText: '1 / 1' }).waitFor({ timeout: 20_000 });
    expect(huawei.state.deliveries.map((delivery) => delivery.token)).toContain('bob-console-token');
    await screenshot(page, 'push-chart');

    // The list comes from the server (GET /push/task/list): a reload still shows the task, settled.
    await page.reload();
    const task = page.locator('[data-testid=push-tasks] tr', { hasText: 'Hello' });
    await task.filter({ hasText: 'done' }).waitFor({ timeout: 20_000 });
    expect(await task.textContent()).toContain('1 / 1');
    expect(await task.textContent()).toContain('user_id (1)');
    await page.locator('[data-testid=push-chart] canvas').waitFor();
    await page.close();
  });

  it('recalls a message from the conversation viewer', async () => {
    const [carol, dave] = [await createUser(server, tenant), await createUser(server, tenant)];
    const sent = await server.request({
      method: 'POST',
      url: '/message/send',
      appId: tenant.appId,
      token: tenant.adminToken,
      body: { type: 1, from_user_id: carol.userId, targets: [dave.userId], content_type: 0, content: 'recall me please' },
    });
    expect(sent.body.code).toBe(200);

    const page = await signedIn(browser, api, tenant, `#/conversation?user=${dave.userId}&peer=${carol.userId}`);
    const row = page.locator('[data-testid=messages] tr', { hasText: 'recall me please' });
    await row.waitFor();
    await row.locator('button:has-text("Recall")').click();
    await page.waitForSelector('.note:has-text("recalled")');
    expect(await page.locator('[data-testid=messages]').textContent()).not.toContain('recall me please');
    await screenshot(page, 'conversation-recalled');

    const history = await server.request({ url: `/message/conversation?opposite_id=${carol.userId}&msg_id_start=0&limit=20`, appId: tenant.appId, token: dave.token });
    expect(history.body.data.messages.map((message: { content: string }) => message.content)).not.toContain('recall me please');
    await page.close();
  });

  it('shows the overview counts and chart, and works at phone width', async () => {
    const page = await signedIn(browser, api, tenant, '#/overview');
    const figures = page.locator('[data-testid=overview-figures]');
    await figures.waitFor();
    expect(await figures.textContent()).toMatch(/\d+Users/);
    await page.locator('.chart canvas').waitFor();
    await screenshot(page, 'overview');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.click('.menu-toggle');
    await page.click('nav.sidebar a:has-text("Users")');
    await page.locator('[data-testid=user-table] td', { hasText: 'active' }).first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'users-phone');
    await page.close();
  });

  it('shows certificates masked, and a group with its members, muting one', async () => {
    const owner = await createUser(server, tenant);
    const member = await createUser(server, tenant);
    const group = await server.request({ method: 'POST', url: '/group/create', appId: tenant.appId, token: owner.token, body: { name: 'console group', user_list: [member.userId] } });
    expect(group.body.code).toBe(200);
    const groupId = group.body.data.group_id;

    const page = await signedIn(browser, api, tenant, '#/certificates');
    const row = page.locator('.card tr', { hasText: HUAWEI_CERTIFICATE.name });
    await row.waitFor();
    expect(await row.textContent()).not.toContain(HUAWEI_CERTIFICATE.app_secret);

    await page.goto(`${api}/console/#/groups?group=${groupId}`);
    const memberRow = page.locator('[data-testid=group-members] tr', { has: page.locator('td', { hasText: new RegExp(`^${member.userId}$`) }) });
    await memberRow.waitFor();
    await memberRow.getByRole('button', { name: 'Mute', exact: true }).click();
    await page.waitForSelector(`.note:has-text("User ${member.userId} muted")`);
    const banned = await server.request({ url: `/group/banned_list?group_id=${groupId}`, appId: tenant.appId, token: owner.token });
    expect(banned.body.data.map((entry: { user_id: number }) => entry.user_id)).toEqual([member.userId]);
    await screenshot(page, 'group-muted');
    await page.close();
  });
});
