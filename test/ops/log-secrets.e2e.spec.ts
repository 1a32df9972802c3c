import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '../database';
import { childEnv, RunningServer, startServerProcess } from '../processes';

interface Answer {
  status: number;
  body: any;
}

/**
 * The log policy (README.md "Operations"): a server process at the production log level goes
 * through a full flow (first start, registration, login, impersonation, a file upload and a
 * download by store_token, refused credentials); none of the secrets it issued or was sent may
 * appear anywhere in its log.
 */
describe('the JSON log of a full flow', () => {
  let database: TestDatabase;
  let dataDir: string;
  let server: RunningServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    // An empty database, as on a first start, so the default app is created.
    dataDir = mkdtempSync(join(tmpdir(), 'log-secrets-'));
    server = await startServerProcess(
      childEnv({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: dataDir, BOOTSTRAP_DEFAULT_APP: 'true', FILE_PUBLIC_URL: 'http://files.test' }),
    );
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  }

  it('carries none of the tokens, passwords, signatures and tickets it saw', async () => {
    const file = join(dataDir, 'default-app.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const defaultApp = JSON.parse(readFileSync(file, 'utf8')) as { app_id: string; admin_token: string };
    const app = { app_id: defaultApp.app_id };
    const secrets: Record<string, string> = { admin_token: defaultApp.admin_token };

    secrets.password = `pw-${Math.random().toString(36).slice(2)}`;
    for (const username of ['alice', 'bob']) expect((await call('POST', '/user/register/v2', app, { username, password: secrets.password })).body.code).toBe(200);
    const login = await call('POST', '/token/user', app, { name: 'alice', password: secrets.password });
    expect(login.body.code).toBe(200);
    secrets.token = login.body.data.token;
    secrets.store_token = login.body.data.store_token;
    const bob = await call('POST', '/token/user', app, { name: 'bob', password: secrets.password });
    const wrongPassword = `wrong-${Math.random().toString(36).slice(2)}`;
    expect((await call('POST', '/token/user', app, { name: 'alice', password: wrongPassword })).body.code).toBe(10014);
    secrets.wrongPassword = wrongPassword;

    expect((await call('GET', '/user/profile', { ...app, 'access-token': secrets.token })).body.code).toBe(200);
    expect((await call('GET', '/user/profile', { ...app, 'access-token': secrets.admin_token, user_id: String(bob.body.data.user_id) })).body.code).toBe(200);
    secrets.forged = `${secrets.token.slice(0, -4)}AAAA`;
    expect((await call('GET', '/user/profile', { ...app, 'access-token': secrets.forged })).body.code).toBe(10008);

    const upload = await call('GET', `/file/upload/chat?file_type=100&to_id=${bob.body.data.user_id}`, { ...app, 'access-token': secrets.token });
    expect(upload.body.code).toBe(200);
    const uploadUrl = new URL(upload.body.data.upload_url);
    const downloadUrl = new URL(upload.body.data.download_url);
    secrets.ticket = uploadUrl.searchParams.get('ticket')!;
    secrets.file_sign = downloadUrl.searchParams.get('file_sign')!;
    const stored = await fetch(`${server.url}${uploadUrl.pathname}${uploadUrl.search}`, { method: 'PUT', body: 'hello file', headers: { 'content-type': 'application/octet-stream' } });
    expect(stored.status).toBe(200);
    const download = await fetch(`${server.url}${downloadUrl.pathname}${downloadUrl.search}&app_id=${app.app_id}&store_token=${encodeURIComponent(secrets.store_token)}`);
    expect(await download.text()).toBe('hello file');
    // A credential in a parameter no route knows is redacted too.
    secrets.stray = `stray-${Math.random().toString(36).slice(2)}`;
    await call('GET', `/user/profile?access_token=${secrets.stray}`, { ...app, 'access-token': secrets.token });

    await new Promise((resolve) => setTimeout(resolve, 200)); // the last request lines reach stdout
    const log = server.logs.map((line) => JSON.stringify(line)).join('\n');
    const leaked = Object.entries(secrets).filter(([, secret]) => log.includes(secret) || log.includes(encodeURIComponent(secret)));
    expect(leaked.map(([name]) => name)).toEqual([]);

    // The lines that would have carried them are there, redacted.
    const urls = server.logs.map((line) => (line.req as { url?: string } | undefined)?.url).filter(Boolean);
    expect(urls).toContain(`/file/object?ticket=[redacted]`);
    expect(urls).toContainEqual(expect.stringMatching(/^\/file\/download\/chat\?file_sign=\[redacted\]&app_id=\w+&store_token=\[redacted\]$/));
    expect(urls).toContain(`/user/profile?access_token=[redacted]`);
    expect(server.logs).toContainEqual(expect.objectContaining({ msg: expect.stringMatching(/^created the default app/), app_id: app.app_id }));
  }, 60_000);
});
