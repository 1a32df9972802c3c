import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/browser';
import { listen } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer } from '../server';
import { ensureConsoleBuilt, screenshot, signedIn } from './console-page';

/** The console pages over our admin routes: app settings, user search, the app's group list. */
describe('the console settings, user search and group list', () => {
  let server: TestServer;
  let api: string;
  let browser: Browser;

  beforeAll(async () => {
    ensureConsoleBuilt();
    server = await startTestServer();
    api = await listen(server);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const selfRegister = (tenant: Tenant, username: string) =>
    server.request({ method: 'POST', url: '/user/register/v2', appId: tenant.appId, body: { username, password: 'secret-password' } });

  it('closes registration and caps groups; a reload shows the stored settings, and the API refuses a self-registration', async () => {
    const tenant = await createTenant(server);
    const page = await signedIn(browser, api, tenant, '#/settings');
    const registration = page.locator('input[name=registration_open]');
    await registration.waitFor();
    expect(await registration.isChecked()).toBe(true);
    expect(await page.textContent('[data-testid=file-used]')).toContain('0 bytes');

    await registration.uncheck();
    await page.locator('input[name=groups_capped]').nth(1).check();
    await page.fill('input[name=max_groups]', '5');
    await page.click('button:has-text("Save")');
    await page.waitForSelector('.note:has-text("Settings saved")');

    await page.reload();
    await page.locator('[data-testid=settings-form]').waitFor();
    expect(await page.locator('input[name=registration_open]').isChecked()).toBe(false);
    expect(await page.inputValue('input[name=max_groups]')).toBe('5');
    expect(await page.locator('input[name=own_quota]').first().isChecked()).toBe(true);
    await screenshot(page, 'settings');

    expect((await selfRegister(tenant, `closed_${process.pid}`)).body.code).toBe(10010);
    const stored = await server.request({ url: '/app/settings', appId: tenant.appId, token: tenant.adminToken });
    expect(stored.body.data).toMatchObject({ registration_open: false, max_groups: 5, file_quota_bytes: null });

    await page.fill('input[name=max_groups]', '1000000000');
    await page.click('button:has-text("Save")');
    await page.locator('.error', { hasText: 'MaxIM code 10002: max_groups: must be a whole number' }).waitFor();
    expect((await server.request({ url: '/app/settings', appId: tenant.appId, token: tenant.adminToken })).body.data.max_groups).toBe(5);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.menu-toggle').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'settings-phone');
    await page.close();
  });

  it('finds a user on the server by part of the nick name, and opens them', async () => {
    const tenant = await createTenant(server);
    const [quinn, other] = [await createUser(server, tenant), await createUser(server, tenant)];
    const nick = await server.request({ method: 'PUT', url: '/user/profile', appId: tenant.appId, token: quinn.token, body: { nick_name: 'Quinn the Eskimo' } });
    expect(nick.body.code).toBe(200);

    const page = await signedIn(browser, api, tenant, '#/users');
    await page.fill('input[name=user_lookup]', 'eskim');
    await page.click('form.search button[type=submit]');
    const table = page.locator('[data-testid=user-table]');
    const row = table.locator('tr', { hasText: 'Quinn the Eskimo' });
    await row.waitFor();
    expect(await table.textContent()).not.toContain(other.username);
    expect(page.url()).toContain('q=eskim');
    await screenshot(page, 'user-search');

    await row.locator('button:has-text("Open")').click();
    await page.locator('[data-testid=user-profile]', { hasText: quinn.username }).waitFor();
    expect(page.url()).toContain('q=eskim');

    await page.fill('input[name=user_lookup]', 'nobody-is-called-this');
    await page.click('form.search button[type=submit]');
    await table.locator('p', { hasText: 'No user matches' }).waitFor();
    await page.close();
  });

  it('pages through the app groups, newest first, and opens one', async () => {
    const tenant = await createTenant(server);
    const owner = await createUser(server, tenant);
    const member = await createUser(server, tenant);
    const create = async (index: number) => {
      const created = await server.request({ method: 'POST', url: '/group/create', appId: tenant.appId, token: owner.token, body: { name: `listed ${index}`, user_list: [member.userId] } });
      expect(created.body.code).toBe(200);
      return created.body.data.group_id as number;
    };
    // One more group than a page holds (20), so the list has a second page; 'listed 0' first, so it is the oldest.
    const oldestId = await create(0);
    await Promise.all(Array.from({ length: 20 }, (_, index) => create(index + 1)));

    const page = await signedIn(browser, api, tenant, '#/groups');
    // Waits until the table shows exactly this many groups (a page or a search has been drawn).
    const groupRows = (count: number) => page.waitForFunction(`document.querySelectorAll('[data-testid=group-table] tbody tr').length === ${count}`);
    const table = page.locator('[data-testid=group-table]');
    await groupRows(20);
    expect(await table.textContent()).not.toContain('listed 0');

    await page.click('button:has-text("Next ›")');
    const oldest = table.locator('tr', { hasText: 'listed 0' });
    await oldest.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await page.textContent('.pager')).toContain('Page 2');
    await oldest.locator('button:has-text("Open")').click();
    await page.locator('.card h2', { hasText: `Group ${oldestId}` }).waitFor();
    await page.locator('[data-testid=group-members] td', { hasText: new RegExp(`^${member.userId}$`) }).waitFor();
    await screenshot(page, 'group-list');

    await page.click('button:has-text("‹ Previous")');
    await groupRows(20);

    await page.fill('input[name=group_lookup]', 'listed 1');
    await page.click('form.search button[type=submit]');
    // 'listed 1' and 'listed 10' to 'listed 19': wait for the search's page, not the rows already shown.
    await groupRows(11);
    expect(await table.textContent()).not.toContain('listed 20');
    await page.close();
  });
});
