import { randomUUID } from 'node:crypto';
import { statementsSentTotal } from '../../src/common/database/preparing-client';
import { PRESENCE_WINDOW_SECONDS, PresenceService } from '../../src/user/presence.service';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

describe(`${PresenceService.name} and /user/online_status`, () => {
  let server: TestServer;
  let presence: PresenceService;
  let tenant: Tenant;
  let other: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    presence = server.app.get(PresenceService);
    tenant = await createTenant(server);
    other = await createTenant(server, 'other');
  });
  afterAll(() => server.close());

  const onlineStatus = async (token: string, headers: Record<string, string> = {}, appId = tenant.appId) =>
    (await server.request({ url: '/user/online_status', appId, token, headers })).body;

  const online = async (user: TestUser) => {
    const body = await onlineStatus(user.token);
    expect(body.code).toBe(200);
    return body.data.online as boolean;
  };

  const open = async (user: TestUser, appId = tenant.appId) => {
    const connectionId = randomUUID();
    await presence.sessionOpened({ appId, userId: user.userId, deviceSn: null, connectionId });
    return connectionId;
  };

  const age = (connectionId: string, seconds: number) =>
    server.sql(`UPDATE live_sessions SET seen_at = now() - make_interval(secs => $2) WHERE connection_id = $1`, [connectionId, seconds]);

  it('is offline without a live session, online once the gateway opens one, offline once it closes', async () => {
    const user = await createUser(server, tenant);
    expect(await onlineStatus(user.token)).toEqual({ code: 200, message: null, data: { online: false } });
    const connectionId = await open(user);
    expect(await onlineStatus(user.token)).toEqual({ code: 200, message: null, data: { online: true } });
    const [row] = await server.sql(`SELECT app_id, user_id, node_id FROM live_sessions WHERE connection_id = $1`, [connectionId]);
    expect(row).toEqual({ app_id: tenant.appId, user_id: user.userId, node_id: presence.nodeId });
    expect(await presence.sessionClosed(connectionId)).toBe(true);
    expect(await online(user)).toBe(false);
    expect(await presence.sessionClosed(connectionId)).toBe(false);
  });

  it(`counts a session as live only while its last heartbeat is younger than ${PRESENCE_WINDOW_SECONDS} s`, async () => {
    const user = await createUser(server, tenant);
    const connectionId = await open(user);
    await age(connectionId, PRESENCE_WINDOW_SECONDS - 5);
    expect(await online(user)).toBe(true);
    await age(connectionId, PRESENCE_WINDOW_SECONDS + 1);
    expect(await online(user)).toBe(false);
    expect(await presence.heartbeat([connectionId, randomUUID()])).toBe(1);
    expect(await online(user)).toBe(true);
    expect(await presence.heartbeat([])).toBe(0);
  });

  it('stays online while any of several sessions is live', async () => {
    const user = await createUser(server, tenant);
    const first = await open(user);
    const second = await open(user);
    await presence.sessionClosed(first);
    expect(await online(user)).toBe(true);
    await presence.sessionClosed(second);
    expect(await online(user)).toBe(false);
  });

  it("does not let a node refresh or close another node's sessions; dropNode and the stale sweep clear dead nodes", async () => {
    const user = await createUser(server, tenant);
    const deadNode = randomUUID();
    const orphan = randomUUID();
    await server.sql(`INSERT INTO live_sessions (connection_id, app_id, user_id, node_id) VALUES ($1, $2, $3, $4)`, [orphan, tenant.appId, user.userId, deadNode]);
    expect(await online(user)).toBe(true);
    expect(await presence.heartbeat([orphan])).toBe(0);
    expect(await presence.sessionClosed(orphan)).toBe(false);
    expect(await presence.dropNode(deadNode)).toBe(1);
    expect(await online(user)).toBe(false);

    const stale = await open(user);
    const fresh = await open(user);
    await age(stale, PRESENCE_WINDOW_SECONDS + 30);
    expect(await presence.dropStaleSessions()).toBeGreaterThanOrEqual(1);
    const left = await server.sql(`SELECT connection_id FROM live_sessions WHERE user_id = $1 ORDER BY connection_id`, [user.userId]);
    expect(left).toEqual([{ connection_id: fresh }]);
  });

  it('answers which of a list of users are online, within one app only', async () => {
    const [a, b, c] = [await createUser(server, tenant), await createUser(server, tenant), await createUser(server, tenant)];
    const foreign = await createUser(server, other);
    await open(a);
    await open(c);
    await age(await open(b), PRESENCE_WINDOW_SECONDS + 1);
    await open(foreign, other.appId);
    expect(await presence.onlineUserIds(tenant.appId, [c.userId, b.userId, a.userId, foreign.userId])).toEqual([a.userId, c.userId].sort((x, y) => x - y));
    expect(await presence.onlineUserIds(other.appId, [a.userId, foreign.userId])).toEqual([foreign.userId]);
    expect(await presence.onlineUserIds(tenant.appId, [])).toEqual([]);
    expect(await presence.isOnline(other.appId, a.userId)).toBe(false);
  });

  it('stores sessions opened and closed together (a reconnect storm) in one statement each, a close never before its open', async () => {
    const users = await Promise.all(Array.from({ length: 20 }, () => createUser(server, tenant)));
    const before = statementsSentTotal();
    const connectionIds = users.map(() => randomUUID());
    await Promise.all(users.map((user, index) => presence.sessionOpened({ appId: tenant.appId, userId: user.userId, deviceSn: 1, connectionId: connectionIds[index] })));
    // One statement (not 20); background statements of the test server (sweeps, queue polls) may fall in the window too.
    expect(statementsSentTotal() - before).toBeLessThan(5);
    expect(await presence.onlineUserIds(tenant.appId, users.map((user) => user.userId))).toHaveLength(20);

    // The first half closes while the second half reopens under new connection ids, in one turn.
    const reopened = users.map(() => randomUUID());
    const closing = Promise.all(connectionIds.map((id) => presence.sessionClosed(id)));
    const opening = Promise.all(users.map((user, index) => presence.sessionOpened({ appId: tenant.appId, userId: user.userId, deviceSn: 1, connectionId: reopened[index] })));
    // A session closed in the same turn as its open leaves no row behind.
    const brief = randomUUID();
    const briefOpen = presence.sessionOpened({ appId: tenant.appId, userId: users[0].userId, deviceSn: 2, connectionId: brief });
    const briefClose = presence.sessionClosed(brief);
    expect(await closing).toEqual(connectionIds.map(() => true));
    await opening;
    await briefOpen;
    expect(await briefClose).toBe(true);
    const rows = await server.sql(`SELECT connection_id FROM live_sessions WHERE user_id = ANY($1::bigint[])`, [users.map((user) => user.userId)]);
    expect(rows.map((row) => row.connection_id).sort()).toEqual([...reopened].sort());
  });

  it('reopening a connection id moves it to the new user and refreshes it', async () => {
    const [a, b] = [await createUser(server, tenant), await createUser(server, tenant)];
    const connectionId = await open(a);
    await presence.sessionOpened({ appId: tenant.appId, userId: b.userId, deviceSn: 1, connectionId });
    expect(await online(a)).toBe(false);
    expect(await online(b)).toBe(true);
  });

  it('answers for the user an admin acts as, and refuses user tokens with user_id and tokens of another app', async () => {
    const user = await createUser(server, tenant);
    const watcher = await createUser(server, tenant);
    await open(user);
    expect(await onlineStatus(tenant.adminToken, { user_id: String(user.userId) })).toEqual({ code: 200, message: null, data: { online: true } });
    expect(await online(watcher)).toBe(false);
    expect((await onlineStatus(watcher.token, { user_id: String(user.userId) })).code).toBe(10010);
    expect((await onlineStatus(user.token, {}, other.appId)).code).toBe(10008);
    expect((await onlineStatus(tenant.adminToken)).code).toBe(10010);
  });

  it('removes its own node\'s sessions when the process shuts down', async () => {
    const user = await createUser(server, tenant);
    await open(user);
    await presence.beforeApplicationShutdown();
    expect(await server.sql(`SELECT 1 FROM live_sessions WHERE node_id = $1`, [presence.nodeId])).toEqual([]);
  });
});
