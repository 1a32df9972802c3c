import { loadConfig } from '../../src/common/config/config';
import { StatusCode } from '../../src/realtime/xsync.codec';
import { listen, XsyncClient } from '../realtime/xsync-client';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';

/**
 * MaxIM's web SDK takes Date.now() as a message's meta id (floo-web messageMaker.js), so two
 * messages sent in one millisecond share it. A repeated meta id is a resend only when the message
 * is the same (same conversation and body); otherwise it is a new message with its own server id.
 */
describe('resends and fresh messages sharing a meta id', () => {
  let server: TestServer;
  let tenant: Tenant;
  let url: string;
  const clients: XsyncClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ realtime: { ...loadConfig({}).realtime, framesPerSecond: 100_000 } });
    tenant = await createTenant(server);
    url = await listen(server);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(() => server.close());

  /** A web device (socket.io 2, as the SDK bundles) of `user`, and its xid. */
  async function device(user: TestUser) {
    const client = await XsyncClient.connect(url, { version: 2 });
    clients.push(client);
    const answer = await client.provision(user.token, { uid: user.userId });
    expect(answer.status.code).toBe(StatusCode.Ok);
    return { client, xid: { uid: user.userId, deviceSN: Number(answer.xid.deviceSN) } };
  }

  const storedBy = async (user: TestUser) =>
    (await server.sql(`SELECT msg_id, to_id, content FROM messages WHERE app_id = $1 AND from_user_id = $2 ORDER BY msg_id`, [tenant.appId, user.userId])).map(
      (row: { msg_id: string; to_id: string; content: string }) => ({ msgId: Number(row.msg_id), toId: Number(row.to_id), content: row.content }),
    );

  it('stores two different messages sent in the same millisecond, each acknowledged with its own server id', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const { client, xid } = await device(alice);
    const id = Date.now();
    const first = await client.sendText(xid, bob.userId, 'first', { id });
    const second = await client.sendText(xid, bob.userId, 'second', { id });
    expect([first.status.code, second.status.code]).toEqual([StatusCode.Ok, StatusCode.Ok]);
    expect([Number(first.client_mid), Number(second.client_mid)]).toEqual([id, id]);
    expect(Number(second.server_mid)).not.toBe(Number(first.server_mid));
    expect(await storedBy(alice)).toEqual([
      { msgId: Number(first.server_mid), toId: bob.userId, content: 'first' },
      { msgId: Number(second.server_mid), toId: bob.userId, content: 'second' },
    ]);

    const bobDevice = await device(bob);
    expect((await bobDevice.client.syncAll(alice.userId)).map((meta) => meta.payload.content)).toEqual(['first', 'second']);
  });

  it('answers a resend (same meta id, conversation and body) with the first server id and stores nothing', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const { client, xid } = await device(alice);
    const id = Date.now();
    const first = await client.sendText(xid, bob.userId, 'hello', { id });
    const again = await client.sendText(xid, bob.userId, 'hello', { id });
    expect(Number(again.server_mid)).toBe(Number(first.server_mid));
    expect(await storedBy(alice)).toHaveLength(1);
  });

  it('takes the same meta id and body to another conversation as a new message', async () => {
    const [alice, bob, carol] = [await createUser(server, tenant), await createUser(server, tenant), await createUser(server, tenant)];
    const { client, xid } = await device(alice);
    const id = Date.now();
    const toBob = await client.sendText(xid, bob.userId, 'same words', { id });
    const toCarol = await client.sendText(xid, carol.userId, 'same words', { id });
    expect(Number(toCarol.server_mid)).not.toBe(Number(toBob.server_mid));
    expect((await storedBy(alice)).map((row) => row.toId)).toEqual([bob.userId, carol.userId]);
  });
});
