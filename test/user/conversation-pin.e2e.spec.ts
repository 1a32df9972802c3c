import { MAX_ID } from '../../src/common/validation';
import { insertGroup } from '../group/fixtures';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

type Method = 'POST' | 'PUT';

describe('/user/conversation/pin, unpin and pin_list', () => {
  let server: TestServer;
  let appA: Tenant;
  let appB: Tenant;
  let carolOfB: TestUser;
  let groupOfB: number;

  beforeAll(async () => {
    server = await startTestServer();
    appA = await createTenant(server, 'A');
    appB = await createTenant(server, 'B');
    carolOfB = await createUser(server, appB);
    groupOfB = await createGroup(appB, carolOfB);
  });
  afterAll(() => server.close());

  function createGroup(tenant: Tenant, owner: TestUser, members: TestUser[] = []): Promise<number> {
    return insertGroup(server, tenant, { owner, members });
  }

  interface CallOptions {
    token: string;
    appId?: string;
    headers?: Record<string, string>;
  }
  const pin = (conversationId: unknown, options: CallOptions, method: Method = 'POST') =>
    server.request({ method, url: '/user/conversation/pin', appId: options.appId ?? appA.appId, token: options.token, headers: options.headers, body: { conversation_id: conversationId } });
  const unpin = (conversationId: unknown, options: CallOptions, method: Method = 'POST') =>
    server.request({ method, url: '/user/conversation/unpin', appId: options.appId ?? appA.appId, token: options.token, headers: options.headers, body: { conversation_id: conversationId } });
  const pinList = async (user: TestUser): Promise<number[]> => {
    const response = await server.request({ url: '/user/conversation/pin_list', appId: appA.appId, token: user.token });
    expect(response.body.code).toBe(200);
    return response.body.data.conversation_ids;
  };
  const ok = { code: 200, message: null, data: true };
  const bad = (message: string) => ({ code: 10002, message, data: null });

  it.each<Method>(['POST', 'PUT'])('%s pins users and groups, newest first, and pinning again moves a pin to the top', async (method) => {
    const alice = await createUser(server, appA);
    const bob = await createUser(server, appA);
    const group = await createGroup(appA, bob, [alice]);
    expect(await pinList(alice)).toEqual([]);
    expect((await pin(bob.userId, alice, method)).body).toEqual(ok);
    expect((await pin(group, alice, method)).body).toEqual(ok);
    expect(await pinList(alice)).toEqual([group, bob.userId]);
    expect((await pin(bob.userId, alice, method)).body).toEqual(ok);
    expect(await pinList(alice)).toEqual([bob.userId, group]);
    const [{ count }] = await server.sql(`SELECT count(*)::int AS count FROM conversation_pins WHERE user_id = $1`, [alice.userId]);
    expect(count).toBe(2);
  });

  it.each<Method>(['POST', 'PUT'])('%s unpins a pinned conversation and refuses one that is not pinned', async (method) => {
    const alice = await createUser(server, appA);
    const bob = await createUser(server, appA);
    const group = await createGroup(appA, bob, [alice]);
    await pin(bob.userId, alice);
    await pin(group, alice);
    expect((await unpin(group, alice, method)).body).toEqual(ok);
    expect(await pinList(alice)).toEqual([bob.userId]);
    expect((await unpin(group, alice, method)).body).toEqual(bad(`conversation_id: conversation ${group} is not pinned`));
    expect(await pinList(alice)).toEqual([bob.userId]);
  });

  it('unpins a group that was dissolved after it was pinned', async () => {
    const alice = await createUser(server, appA);
    const group = await createGroup(appA, alice);
    await pin(group, alice);
    await server.sql(`UPDATE groups SET status = 1 WHERE id = $1`, [group]);
    expect((await unpin(group, alice)).body).toEqual(ok);
    expect(await pinList(alice)).toEqual([]);
  });

  it("refuses conversations that are not the app's: another app's user or group, a dissolved group, nobody, oneself", async () => {
    const alice = await createUser(server, appA);
    const dissolved = await createGroup(appA, alice);
    await server.sql(`UPDATE groups SET status = 1 WHERE id = $1`, [dissolved]);
    expect((await pin(carolOfB.userId, alice)).body).toEqual({ code: 10000, message: `conversation_id: user ${carolOfB.userId} does not exist in this app`, data: null });
    expect((await pin(groupOfB, alice, 'PUT')).body).toEqual({ code: 20001, message: `conversation_id: group ${groupOfB} does not exist in this app`, data: null });
    expect((await pin(dissolved, alice)).body).toEqual({ code: 20001, message: `conversation_id: group ${dissolved} does not exist in this app`, data: null });
    expect((await pin(1, alice)).body.code).toBe(10000);
    expect((await pin(alice.userId, alice)).body).toEqual(bad('conversation_id: is your own user id; pin a peer user or a group'));
    expect(await pinList(alice)).toEqual([]);
  });

  it('keeps at most 100 pins; re-pinning one of them still works at the limit', async () => {
    const alice = await createUser(server, appA);
    const bob = await createUser(server, appA);
    const group = await createGroup(appA, bob, [alice]);
    await pin(group, alice);
    await server.sql(
      `INSERT INTO conversation_pins (user_id, conversation_id, app_id, pinned_at)
         SELECT $1, 5000000000 + n, $2, now() - interval '1 hour' FROM generate_series(1, 99) AS n`,
      [alice.userId, appA.appId],
    );
    expect((await pin(bob.userId, alice)).body).toEqual(bad('conversation_id: at most 100 conversations can be pinned; unpin one first'));
    expect(await pinList(alice)).toHaveLength(100);
    expect((await pin(group, alice, 'PUT')).body).toEqual(ok);
    expect((await unpin(5000000001, alice)).body).toEqual(ok);
    expect((await pin(bob.userId, alice)).body).toEqual(ok);
    const list = await pinList(alice);
    expect(list).toHaveLength(100);
    expect(list.slice(0, 2)).toEqual([bob.userId, group]);
  });

  it('lets only one of several concurrent pins take the last free place', async () => {
    const alice = await createUser(server, appA);
    const peers = await Promise.all(Array.from({ length: 5 }, () => createUser(server, appA)));
    await server.sql(
      `INSERT INTO conversation_pins (user_id, conversation_id, app_id) SELECT $1, 5000000000 + n, $2 FROM generate_series(1, 99) AS n`,
      [alice.userId, appA.appId],
    );
    const answers = await Promise.all(peers.map((peer) => pin(peer.userId, alice)));
    expect(answers.map((answer) => answer.body.code).sort((a, b) => a - b)).toEqual([200, 10002, 10002, 10002, 10002]);
    expect(await pinList(alice)).toHaveLength(100);
  });

  it('lets only members pin a group, and a former member still unpin it', async () => {
    const alice = await createUser(server, appA);
    const bob = await createUser(server, appA);
    const group = await createGroup(appA, bob, [alice]);
    const notMember = { code: 20002, message: `conversation_id: you are not a member of group ${group}`, data: null };
    const outsider = await createUser(server, appA);
    expect((await pin(group, outsider)).body).toEqual(notMember);
    expect(await pinList(outsider)).toEqual([]);
    expect((await pin(group, alice)).body).toEqual(ok);
    await server.sql(`DELETE FROM group_members WHERE group_id = $1 AND user_id = $2`, [group, alice.userId]);
    expect((await pin(group, alice, 'PUT')).body).toEqual(notMember);
    expect((await unpin(group, alice)).body).toEqual(ok);
  });

  describe('permissions', () => {
    it("keeps each user's pins its own", async () => {
      const alice = await createUser(server, appA);
      const bob = await createUser(server, appA);
      const dave = await createUser(server, appA);
      await pin(dave.userId, bob);
      expect(await pinList(alice)).toEqual([]);
      expect((await unpin(dave.userId, alice)).body).toEqual(bad(`conversation_id: conversation ${dave.userId} is not pinned`));
      expect(await pinList(bob)).toEqual([dave.userId]);
    });

    it('lets an admin token pin, unpin and list as the user_id header names', async () => {
      const bob = await createUser(server, appA);
      const dave = await createUser(server, appA);
      const asBob = { token: appA.adminToken, headers: { user_id: String(bob.userId) } };
      expect((await pin(dave.userId, asBob, 'PUT')).body).toEqual(ok);
      expect(await pinList(bob)).toEqual([dave.userId]);
      const listed = await server.request({ url: '/user/conversation/pin_list', appId: appA.appId, ...asBob });
      expect(listed.body.data).toEqual({ conversation_ids: [dave.userId] });
      expect((await unpin(dave.userId, asBob, 'PUT')).body).toEqual(ok);
      expect(await pinList(bob)).toEqual([]);
    });

    const routes: [string, 'GET' | Method][] = [
      ['/user/conversation/pin', 'POST'],
      ['/user/conversation/pin', 'PUT'],
      ['/user/conversation/unpin', 'POST'],
      ['/user/conversation/unpin', 'PUT'],
      ['/user/conversation/pin_list', 'GET'],
    ];

    it.each(routes)('%s (%s) refuses another app, a user token with user_id, an admin acting as nobody and no token', async (url, method) => {
      const alice = await createUser(server, appA);
      const bob = await createUser(server, appA);
      await pin(bob.userId, alice);
      const payload = method === 'GET' ? undefined : { conversation_id: bob.userId };
      const send = (appId: string, token?: string, headers?: Record<string, string>) => server.request({ method, url, appId, token, headers, body: payload });
      expect((await send(appB.appId, alice.token)).body.code).toBe(10008);
      expect((await send(appB.appId, appB.adminToken, { user_id: String(alice.userId) })).body.code).toBe(10000);
      expect((await send(appA.appId, alice.token, { user_id: String(bob.userId) })).body.code).toBe(10010);
      expect((await send(appA.appId, appA.adminToken)).body).toEqual({
        code: 10010,
        message: 'this operation acts as a user: send a user token, or an admin token with the user_id header',
        data: null,
      });
      expect((await send(appA.appId)).body.code).toBe(10003);
      expect(await pinList(alice)).toEqual([bob.userId]);
      expect(await pinList(bob)).toEqual([]);
    });
  });

  describe('bad input', () => {
    const cases: [unknown, string][] = [
      [undefined, 'conversation_id: is required'],
      [null, 'conversation_id: is required'],
      ['0x12', 'conversation_id: "0x12" is not a whole number; send a JSON number or a string of the digits 0-9 only (no sign, spaces, exponent or hex)'],
      [1.5, 'conversation_id: must be an integer id'],
      [0, 'conversation_id: must be a positive id'],
      [-3, 'conversation_id: must be a positive id'],
      [MAX_ID + 1, `conversation_id: must be at most ${MAX_ID}`],
    ];
    it.each(cases)('pin and unpin refuse conversation_id %j with 10002: %s', async (conversationId, message) => {
      const alice = await createUser(server, appA);
      for (const method of ['POST', 'PUT'] as const) {
        expect((await pin(conversationId, alice, method)).body).toEqual(bad(message));
        expect((await unpin(conversationId, alice, method)).body).toEqual(bad(message));
      }
      expect(await pinList(alice)).toEqual([]);
    });

    it('refuses unknown fields and a missing body', async () => {
      const alice = await createUser(server, appA);
      const bob = await createUser(server, appA);
      for (const url of ['/user/conversation/pin', '/user/conversation/unpin']) {
        const extra = await server.request({ method: 'POST', url, appId: appA.appId, token: alice.token, body: { conversation_id: bob.userId, type: 1 } });
        expect(extra.body).toEqual(bad('type: unknown field; remove it'));
        const empty = await server.request({ method: 'PUT', url, appId: appA.appId, token: alice.token });
        expect(empty.body).toEqual(bad('conversation_id: is required'));
      }
      expect(await pinList(alice)).toEqual([]);
    });
  });
});
