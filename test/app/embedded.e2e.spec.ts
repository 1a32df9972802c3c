import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, runCli, startServerProcess } from '../processes';

async function call(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: object) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
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

  it('refuses a malformed setting with a one-line explanation', async () => {
    const failed = await startServerProcess({ ...env, PORT: 'eighty' }).catch((error: Error) => error.message);
    expect(failed).toMatch(/server exited with 1; stderr: configuration error: PORT="eighty" is invalid: expected a whole number from 0 to 65535\n$/);
  });
});
