import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, runCli, startServerProcess } from '../processes';

async function call(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: object) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    // A query that waits for a second connection inside a transaction never ends on the embedded engine.
    signal: AbortSignal.timeout(20_000),
  });
  return (await response.json()) as { code: number; message: string | null; data: any };
}

describe('npm start with no configuration (embedded PGlite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'im-embedded-'));
  const env = childEnv({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the default app, serves register → token → profile, and keeps data across a restart', async () => {
    const server = await startServerProcess(env);
    let restarted;
    try {
      const credentialsFile = join(dataDir, 'default-app.json');
      expect(statSync(credentialsFile).mode & 0o777).toBe(0o600);
      const defaults = JSON.parse(readFileSync(credentialsFile, 'utf8'));
      expect(server.logs.find((entry) => entry.msg === 'created the default app; its admin token is in the file')).toMatchObject({ app_id: defaults.app_id });

      const cli = await runCli(['create', '--name', 'shop'], env);
      expect(cli).toMatchObject({ code: 0, stderr: '' });
      const shop = JSON.parse(cli.stdout);
      expect(cli.stdout.trim().split('\n')).toHaveLength(1);

      const app = { app_id: shop.app_id };
      expect((await call(server.url, 'POST', '/user/register/v2', app, { username: 'alice', password: 'alice-password' })).code).toBe(200);
      const login = await call(server.url, 'POST', '/token/user', app, { name: 'alice', password: 'alice-password' });
      const profile = await call(server.url, 'GET', '/user/profile', { ...app, 'access-token': login.data.token });
      expect(profile.data).toMatchObject({ username: 'alice', user_id: login.data.user_id });
      const asAdmin = await call(server.url, 'GET', '/user/profile', { ...app, 'access-token': shop.admin_token, user_id: String(login.data.user_id) });
      expect(asAdmin.data.username).toBe('alice');

      // The server caches the admin token's state; the CLI, another process on the same engine, revokes it (issue 17).
      expect(JSON.parse((await runCli(['revoke', '--token', shop.admin_token], env)).stdout)).toEqual({ app_id: shop.app_id, revoked: 1 });
      const revoked = await call(server.url, 'GET', '/user/profile', { ...app, 'access-token': shop.admin_token, user_id: String(login.data.user_id) });
      expect(revoked).toMatchObject({ code: 402, message: expect.stringMatching(/revoked/) });

      expect(await server.stop()).toBe(0);
      restarted = await startServerProcess(env);
      expect(restarted.logs.find((entry) => entry.msg === 'created the default app')).toBeUndefined();
      const again = await call(restarted.url, 'POST', '/token/user', app, { name: 'alice', password: 'alice-password' });
      expect(again.data.user_id).toBe(login.data.user_id);
      expect(JSON.parse(readFileSync(credentialsFile, 'utf8'))).toEqual(defaults);
    } finally {
      await server.stop();
      await restarted?.stop();
    }
  }, 120_000);

  it('runs the flows that read inside a transaction (group create, apply, a file message) on its one engine session', async () => {
    const server = await startServerProcess(env);
    try {
      const shop = JSON.parse((await runCli(['create', '--name', 'groups'], env)).stdout);
      const app = { app_id: shop.app_id };
      const tokens: Record<string, { token: string; id: number }> = {};
      for (const name of ['gina', 'hugo', 'ivan']) {
        expect((await call(server.url, 'POST', '/user/register/v2', app, { username: name, password: `${name}-password` })).code).toBe(200);
        const login = await call(server.url, 'POST', '/token/user', app, { name, password: `${name}-password` });
        tokens[name] = { token: login.data.token, id: login.data.user_id };
      }
      const as = (name: string) => ({ ...app, 'access-token': tokens[name].token });
      const created = await call(server.url, 'POST', '/group/create', as('gina'), { name: 'g', type: 0, user_list: [tokens.hugo.id] });
      expect(created.code).toBe(200);
      const groupId = created.data.group_id;
      expect((await call(server.url, 'POST', '/group/apply', as('ivan'), { group_id: groupId, reason: 'hi' })).code).toBe(200);

      const upload = await call(server.url, 'GET', `/file/upload/chat?file_type=100&to_id=${groupId}&to_type=2`, as('gina'));
      const form = new FormData();
      form.append('file', new Blob([Buffer.alloc(500, 1)]), 'a.bin');
      const objectUrl = new URL(upload.data.upload_url);
      const stored = await fetch(`${server.url}${objectUrl.pathname}${objectUrl.search}`, { method: 'POST', body: form, signal: AbortSignal.timeout(20_000) });
      expect(stored.status).toBe(200);
      const attachment = JSON.stringify({ url: upload.data.download_url, dName: 'a.bin', fLen: 500 });
      const sent = await call(server.url, 'POST', '/message/send', as('gina'), { type: 2, targets: [groupId], content_type: 4, content: 'file', attachment });
      expect(sent.code).toBe(200);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('refuses a malformed setting with a one-line explanation', async () => {
    const failed = await startServerProcess({ ...env, PORT: 'eighty' }).catch((error: Error) => error.message);
    expect(failed).toMatch(/server exited with 1; stderr: configuration error: PORT="eighty" is invalid: expected a whole number from 0 to 65535\n$/);
  });
});
