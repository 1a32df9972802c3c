import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { consoleFolder } from '../../src/console/console.routes';
import type { Tenant } from '../server';

/**
 * `npm test` builds the console first (npm run build); a lone `npx jest test/console/...` after a
 * clean checkout builds it here, before the test server decides whether /console is served.
 */
export function ensureConsoleBuilt(): void {
  if (existsSync(join(consoleFolder(), 'index.html'))) return;
  // jest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('npm', ['run', 'build:console'], { cwd: join(__dirname, '..', '..'), stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

const SCREENSHOTS = join(tmpdir(), `im-console-screenshots-${process.pid}`);

/** Saves a full-page screenshot under the temp dir and prints its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`console screenshot: ${path}`);
  return path;
}

/** A new page at 1280 px (or phone width) on the console's sign-in form. */
export async function openConsole(browser: Browser, api: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: width > 600 ? 800 : 780 } });
  await page.goto(`${api}/console/`);
  return page;
}

export async function signIn(page: Page, tenant: Tenant, token = tenant.adminToken): Promise<void> {
  await page.fill('input[name=app_id]', tenant.appId);
  await page.fill('input[name=admin_token]', token);
  await page.click('button[type=submit]');
}

/** Signs in and waits for the console's navigation. */
export async function signedIn(browser: Browser, api: string, tenant: Tenant, hash = ''): Promise<Page> {
  const page = await openConsole(browser, api);
  await signIn(page, tenant);
  await page.waitForSelector('nav.sidebar');
  if (hash) await page.goto(`${api}/console/${hash}`);
  return page;
}
