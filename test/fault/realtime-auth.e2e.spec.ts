import { loadConfig } from '../../src/common/config/config';
import { Command, StatusCode } from '../../src/realtime/xsync.codec';
import { reportFigure } from '../figure';
import { listen, XsyncClient } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

/**
 * Issue 9, test 16: who may hold a realtime socket. No or bad token at PROVISION is refused; a
 * socket that does not log in within REALTIME_PROVISION_TIMEOUT_SECONDS is closed; kick, password
 * change, device removal (token revoke) and disable close live sockets within 1 s of the REST
 * answer; a flooding socket is throttled and then closed while its neighbours carry on.
 */
const PROVISION_TIMEOUT_SECONDS = 1;
const FRAMES_PER_SECOND = 20;
const CLOSE_WITHIN_MS = 1000;

describe('abuse: realtime authentication', () => {
  let server: TestServer;
  let tenant: Tenant;
  let url: string;
  const clients: XsyncClient[] = [];
  const closeMs: Record<string, number> = {};
  let refusedProvisions = 0;
  let floodRefused = 0;

  async function connect(): Promise<XsyncClient> {
    const client = await XsyncClient.connect(url);
    clients.push(client);
    return client;
  }

  /** Milliseconds from `action` settling to the socket's disconnect. */
  async function timeToClose(client: XsyncClient, action: () => Promise<unknown>): Promise<number> {
    const closed = client.waitDisconnect(10_000).then(() => process.hrtime.bigint());
    await action();
    const answered = process.hrtime.bigint();
    const at = await closed;
    return Math.max(0, Number(at - answered) / 1e6);
  }

  beforeAll(async () => {
    server = await startTestServer({
      realtime: { ...loadConfig({}).realtime, provisionTimeoutSeconds: PROVISION_TIMEOUT_SECONDS, framesPerSecond: FRAMES_PER_SECOND },
    });
    tenant = await createTenant(server);
    url = await listen(server);
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  afterAll(async () => {
    const closes = Object.entries(closeMs)
      .map(([what, ms]) => `${what} ${ms.toFixed(0)} ms`)
      .join(', ');
    reportFigure('realtime auth', `refused ${refusedProvisions} bad PROVISIONs; closed after: ${closes}; flood: ${floodRefused} frames refused, socket closed, neighbour unaffected`);
    await server.close();
  });

  it('refuses PROVISION without a token, with garbage, a forged signature, an alg:none token and an admin token; the socket learns nothing', async () => {
    const victim = await createUser(server, tenant);
    const device = await connect();
    const [header, payload] = victim.token.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const answers = [
      await device.provision(''),
      await device.provision('not-a-token'),
      await device.provision(`${header}.${payload}.${Buffer.from('forged').toString('base64url')}`),
      await device.provision(none),
    ];
    expect(answers.map((answer) => answer.status.code)).toEqual(Array(4).fill(StatusCode.InvalidToken));
    expect((await device.provision(tenant.adminToken)).status.code).toBe(StatusCode.Unauthorized);
    refusedProvisions += answers.length + 1;
    expect((await device.unread()).status).toEqual({ code: StatusCode.Unauthorized, reason: 'you must login first' });
  });

  it('closes a socket that does not PROVISION in time, even one that keeps sending other frames, and spares a logged-in one', async () => {
    const silentStart = process.hrtime.bigint();
    const silent = await connect();
    const chatty = await connect();
    const bad = await connect();
    const owner = await createUser(server, tenant);
    const loggedIn = await connect();
    await loggedIn.provision(owner.token);
    const chatter = setInterval(() => chatty.connected && chatty.sendFrame(Command.Unread, 'UnreadUL', {}), 100);
    try {
      await bad.provision('not-a-token');
      await silent.waitDisconnect(10_000);
      const silentMs = Number(process.hrtime.bigint() - silentStart) / 1e6;
      await chatty.waitDisconnect(10_000);
      await bad.waitDisconnect(10_000);
      closeMs['silence, past the deadline,'] = silentMs - PROVISION_TIMEOUT_SECONDS * 1000;
      expect(silentMs).toBeGreaterThanOrEqual(PROVISION_TIMEOUT_SECONDS * 1000 - 50);
      expect(chatty.received.filter((frame) => frame.command === Command.Unread).every((frame) => frame.body.status.code === StatusCode.Unauthorized)).toBe(true);
    } finally {
      clearInterval(chatter);
    }
    expect(loggedIn.connected).toBe(true);
    expect((await loggedIn.unread()).status.code).toBe(StatusCode.Ok);
  });

  async function loggedInDevice(user: TestUser, guid: string): Promise<{ client: XsyncClient; token: string; deviceSn: number }> {
    const login = await server.request({ method: 'POST', url: '/token/user', appId: tenant.appId, body: { name: user.username, password: user.password, device_guid: guid } });
    const client = await connect();
    const answer = await client.provision(login.body.data.token, { deviceGuid: null });
    expect(answer.status.code).toBe(StatusCode.Ok);
    return { client, token: login.body.data.token, deviceSn: login.body.data.device_sn };
  }

  const asAdmin = (user: TestUser) => ({ appId: tenant.appId, token: tenant.adminToken, headers: { user_id: String(user.userId) } });

  it.each([
    ['kick', (user: TestUser, sn: number) => server.request({ method: 'POST', url: `/user/kick?device_sn=${sn}`, ...asAdmin(user) })],
    ['password change', (user: TestUser) => server.request({ method: 'POST', url: '/user/change_password_admin', ...asAdmin(user), body: { password: 'a-new-password' } })],
    ['token revoke (device removal)', (user: TestUser, sn: number) => server.request({ method: 'POST', url: `/user/device/remove?device_sn=${sn}`, ...asAdmin(user) })],
    ['disable', (user: TestUser) => server.request({ method: 'PUT', url: '/user/disable', appId: tenant.appId, token: tenant.adminToken, body: { list: [user.userId] } })],
  ])('closes a live socket within 1 s of a %s, and its token cannot PROVISION again', async (what, end) => {
    const user = await createUser(server, tenant);
    const { client, token, deviceSn } = await loggedInDevice(user, `phone-${what}`);
    const ms = await timeToClose(client, async () => expect((await end(user, deviceSn)).body.code).toBe(200));
    closeMs[what] = ms;
    expect(ms).toBeLessThan(CLOSE_WITHIN_MS);
    const again = await connect();
    const answer = await again.provision(token, { deviceGuid: null });
    expect([StatusCode.InvalidToken, StatusCode.UserFrozen]).toContain(answer.status.code);
    refusedProvisions += 1;
  });

  it('throttles a flooding socket and then closes it; a neighbour of the same user is served throughout', async () => {
    const user = await createUser(server, tenant);
    const flooder = await loggedInDevice(user, 'flooder');
    const neighbour = await loggedInDevice(user, 'neighbour');
    const unreadAnswers = () => flooder.client.received.filter((frame) => frame.command === Command.Unread);
    // Three seconds' worth at once: the burst allowance (twice the rate) is served, the rest refused.
    for (let index = 0; index < FRAMES_PER_SECOND * 3; index++) flooder.client.sendFrame(Command.Unread, 'UnreadUL', {});
    await flooder.client.next((frame) => frame.command === Command.Unread && unreadAnswers().length >= FRAMES_PER_SECOND * 3, 10_000);
    floodRefused = unreadAnswers().filter((frame) => frame.body.status.code === StatusCode.RateLimitExceeded).length;
    expect(floodRefused).toBeGreaterThan(0);
    // Keeping it up past four seconds' worth of waiting frames closes the socket.
    for (let index = 0; index < FRAMES_PER_SECOND * 20; index++) flooder.client.sendFrame(Command.Unread, 'UnreadUL', {});
    await flooder.client.waitDisconnect(10_000);
    expect(neighbour.client.connected).toBe(true);
    expect((await neighbour.client.unread()).status.code).toBe(StatusCode.Ok);
  });
});
