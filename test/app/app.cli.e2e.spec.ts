import { createTestDatabase, TestDatabase } from '../database';
import { childEnv, runCli, runCliJson } from '../processes';
import { createUser, startTestServer, TestServer } from '../server';

// Each command boots the application context without the realtime module in a fresh process (about 1 s on 2 cores, more under load).
jest.setTimeout(120_000);

describe('npm run app (operator CLI) against DATABASE_URL', () => {
  let database: TestDatabase;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = childEnv({ DATABASE_URL: database.url });
  });
  afterAll(() => database.drop());

  const cli = (...args: string[]) => runCliJson(args, env);

  it('creates apps, issues and revokes admin tokens, and switches self-registration', async () => {
    const created = await cli('create', '--name', 'shop');
    expect(created.json).toEqual({ app_id: expect.stringMatching(/^[0-9a-f]{16}$/), admin_token: expect.any(String) });
    const second = await cli('token', '--app', created.json.app_id);
    expect(second.json.app_id).toBe(created.json.app_id);
    expect(second.json.admin_token).not.toBe(created.json.admin_token);
    expect((await cli('registration', '--app', created.json.app_id, '--open', 'false')).json).toEqual({ app_id: created.json.app_id, registration_open: false });

    const server: TestServer = await startTestServer({}, database);
    try {
      const batch = (token: string) =>
        server.request({ method: 'POST', url: '/user/register/batch', appId: created.json.app_id, token, body: { list: [{ username: `u_${Date.now()}`, password: 'secret-password' }] } });
      expect((await batch(created.json.admin_token)).body.code).toBe(200);
      const anonymous = await server.request({ method: 'POST', url: '/user/register/v2', appId: created.json.app_id, body: { username: 'anon', password: 'secret-password' } });
      expect(anonymous.body.code).toBe(10010);

      expect((await cli('revoke', '--token', created.json.admin_token)).json).toEqual({ app_id: created.json.app_id, revoked: 1 });
      expect((await batch(created.json.admin_token)).body).toMatchObject({ code: 402, message: expect.stringMatching(/revoked/) });
      expect((await batch(second.json.admin_token)).body.code).toBe(200);

      expect((await cli('revoke', '--app', created.json.app_id, '--all')).json).toEqual({ app_id: created.json.app_id, revoked: 1 });
      expect((await batch(second.json.admin_token)).body.code).toBe(402);
    } finally {
      await server.close();
    }
  });
  it('switches whether strangers may message each other (stranger-messages)', async () => {
    const created = await cli('create', '--name', 'chat');
    const tenant = { appId: created.json.app_id, adminToken: created.json.admin_token };
    const server: TestServer = await startTestServer({}, database);
    try {
      const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
      const mayMessage = async () =>
        (await server.request({ url: `/roster/may_message?user_id=${alice.userId}&roster_id=${bob.userId}`, appId: tenant.appId, token: alice.token })).body.data;
      expect(await mayMessage()).toBe(true);
      expect((await cli('stranger-messages', '--app', tenant.appId, '--allow', 'false')).json).toEqual({ app_id: tenant.appId, stranger_messages: false });
      expect(await mayMessage()).toBe(false);
      expect((await cli('stranger-messages', '--app', tenant.appId, '--allow', 'true')).json).toEqual({ app_id: tenant.appId, stranger_messages: true });
      expect(await mayMessage()).toBe(true);
    } finally {
      await server.close();
    }
    expect(await cli('stranger-messages', '--app', 'nope', '--allow', 'false')).toMatchObject({ code: 1, stderr: 'app_id "nope" does not exist\n' });
    expect(await cli('stranger-messages', '--app', tenant.appId, '--allow', 'maybe')).toMatchObject({
      code: 2,
      stderr: "error: option '--allow <true|false>' argument 'maybe' is invalid. takes true or false.\n",
    });
  });

  it('caps and uncaps the live groups of an app (group-limit)', async () => {
    const created = await cli('create', '--name', 'groups');
    const appId = created.json.app_id;
    expect((await cli('group-limit', '--app', appId, '--max', '10')).json).toEqual({ app_id: appId, max_groups: 10 });
    expect((await cli('group-limit', '--app', appId, '--max', 'none')).json).toEqual({ app_id: appId, max_groups: null });
    expect(await cli('group-limit', '--app', appId, '--max', '-1')).toMatchObject({
      code: 2,
      stderr: "error: option '--max <n|none>' argument '-1' is invalid. takes a whole number or none.\n",
    });
    expect(await cli('group-limit', '--app', 'nope', '--max', '1')).toMatchObject({ code: 1, stderr: 'app_id "nope" does not exist\n' });
  });

  it("sets and clears an app's own file quota (file-quota)", async () => {
    const appId = (await cli('create', '--name', 'files')).json.app_id;
    expect((await cli('file-quota', '--app', appId, '--bytes', '1048576')).json).toEqual({ app_id: appId, quota_bytes: 1048576 });
    expect((await cli('file-quota', '--app', appId, '--bytes', 'none')).json).toEqual({ app_id: appId, quota_bytes: null });
    expect((await cli('file-quota', '--app', appId, '--bytes', '1.5')).stderr).toBe("error: option '--bytes <n|none>' argument '1.5' is invalid. takes a whole number or none.\n");
    expect(await cli('file-quota', '--app', 'nope', '--bytes', '1')).toMatchObject({ code: 1, stderr: 'app_id "nope" does not exist\n' });
  });

  it('explains unknown apps in one line with exit 1, and a wrong command line with exit 2, naming what is wrong', async () => {
    expect(await cli('token', '--app', 'nope')).toMatchObject({ code: 1, stdout: '', stderr: 'app_id "nope" does not exist\n' });
    expect(await cli('create')).toMatchObject({ code: 2, stdout: '', stderr: "error: required option '--name <name>' not specified\n" });
    expect(await cli('create', '--nam', 'shop')).toMatchObject({ code: 2, stdout: '', stderr: "error: unknown option '--nam'\n(Did you mean --name?)\n" });
    expect(await cli('crate', '--name', 'shop')).toMatchObject({ code: 2, stdout: '', stderr: "error: unknown command 'crate'\n(Did you mean create?)\n" });
    expect(await cli('revoke', '--all')).toMatchObject({ code: 2, stdout: '', stderr: 'error: revoke needs --token ADMIN_TOKEN, or --app APP_ID --all\n' });
    expect(await cli('create', '--name', 'a', 'b')).toMatchObject({ code: 2, stdout: '' });
    const bare = await cli();
    expect(bare).toMatchObject({ code: 2, stdout: '' });
    expect(bare.stderr).toMatch(/^Usage: npm run app -- \[options\] \[command\]/);
  });

  it('prints help with exit 0 without touching the database (every command: src/cli/app.commands.spec.ts)', async () => {
    const help = await runCli(['--help'], childEnv({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }));
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: npm run app -- \[options\] \[command\]/);
  });

  it('lists apps and shows one (apps list, apps show), never their secrets', async () => {
    const created = await cli('create', '--name', 'listed');
    await cli('group-limit', '--app', created.json.app_id, '--max', '3');
    const list = await cli('apps', 'list');
    expect(list.stdout.split('\n')).toHaveLength(2);
    const listed = (list.json as { app_id: string }[]).find((app) => app.app_id === created.json.app_id);
    const expected = { app_id: created.json.app_id, name: 'listed', created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), registration_open: true, max_groups: 3 };
    expect(listed).toEqual(expected);
    const shown = await cli('apps', 'show', '--app', created.json.app_id);
    expect(shown.json).toEqual(expected);
    expect(shown.stdout.split('\n')).toEqual([JSON.stringify(shown.json), '']);
    expect(await cli('apps', 'show', '--app', 'nope')).toMatchObject({ code: 1, stdout: '', stderr: 'app_id "nope" does not exist\n' });
  });
});
