import { loadConfig } from '../../src/common/config/config';
import { Command, StatusCode } from '../../src/realtime/xsync.codec';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { createGroup } from '../group/fixtures';
import { listen, Received, XsyncClient } from './xsync-client';

/**
 * Pushed pages (src/realtime/README.md): once a device has synced a conversation, each new entry
 * comes to it as `SyncDL {xid, metas: [entry], next_key: seq}` with no NOTICE; its confirmation is
 * answered at once with an empty page, and the position is stored within a flush interval.
 */
describe('pushed pages', () => {
  let server: TestServer;
  let tenant: Tenant;
  let url: string;
  const clients: XsyncClient[] = [];

  async function device(user: TestUser, query?: Record<string, string>): Promise<{ client: XsyncClient; sn: number }> {
    const client = await XsyncClient.connect(url, { query });
    clients.push(client);
    const answer = await client.provision(user.token, { uid: user.userId });
    if (answer.status.code !== StatusCode.Ok) throw new Error(`provision failed: ${JSON.stringify(answer.status)}`);
    return { client, sn: Number(answer.xid.deviceSN) };
  }

  const pushedPage = (xid: number) => (frame: Received) =>
    frame.command === Command.Sync && !Number(frame.body.client_mid ?? 0) && Number(frame.body.xid?.uid) === xid && frame.body.metas.length > 0;

  async function position(user: TestUser, sn: number): Promise<number> {
    const [row] = await server.sql(`SELECT COALESCE(max(seq), 0)::int AS seq FROM message_device_positions WHERE user_id = $1 AND device_sn = $2`, [user.userId, sn]);
    return row.seq;
  }

  beforeAll(async () => {
    server = await startTestServer({ realtime: { ...loadConfig({}).realtime, framesPerSecond: 100_000, positionFlushMs: 50 } });
    tenant = await createTenant(server);
    url = await listen(server);
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  it('pushes 1:1 entries to a caught-up device, answers its confirmation from memory and stores the position behind', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const sender = await device(alice);
    const receiver = await device(bob);
    const send = (text: string) => sender.client.sendText({ uid: alice.userId, deviceSN: sender.sn }, bob.userId, text);

    const first = await send('first');
    await receiver.client.notice(alice.userId);
    expect((await receiver.client.syncAll(alice.userId)).map((meta) => Number(meta.id))).toEqual([Number(first.server_mid)]);

    const second = await send('second');
    const page = (await receiver.client.next(pushedPage(alice.userId))).body;
    expect(page.metas.map((meta: { id: unknown }) => Number(meta.id))).toEqual([Number(second.server_mid)]);
    expect(page.metas[0].payload.content).toBe('second');
    const confirmed = await receiver.client.syncPage(alice.userId, Number(page.next_key));
    expect(confirmed).toMatchObject({ status: { code: StatusCode.Ok }, metas: [] });
    expect(Number(confirmed.next_key ?? 0)).toBe(0);
    expect(receiver.client.has((frame) => frame.command === Command.Notice && Number(frame.body.xid.uid) === alice.userId)).toBe(true);
    expect(receiver.client.received.filter((frame) => frame.command === Command.Notice)).toHaveLength(1);

    for (const deadline = Date.now() + 5000; (await position(bob, receiver.sn)) < Number(page.next_key); ) {
      if (Date.now() > deadline) throw new Error('the confirmed position was never stored');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await receiver.client.unread()).unread).toEqual([]);
  });

  it('pushes a group entry to every member’s caught-up devices, the sender’s other device included, never to the sending one', async () => {
    const [owner, member] = [await createUser(server, tenant), await createUser(server, tenant)];
    const groupId = await createGroup(server, tenant, owner, { members: [member] });
    const sending = await device(owner);
    const ownerOther = await device(owner);
    const listener = await device(member);
    const send = (text: string) => sending.client.sendText({ uid: owner.userId, deviceSN: sending.sn }, groupId, text, { group: true });

    await send('opening');
    for (const { client } of [ownerOther, listener]) {
      await client.notice(groupId);
      await client.syncAll(groupId);
    }
    const next = await send('pushed');
    for (const { client } of [ownerOther, listener]) {
      const page = (await client.next(pushedPage(groupId))).body;
      expect(page.metas.map((meta: { id: unknown }) => Number(meta.id))).toEqual([Number(next.server_mid)]);
      expect(Number(page.next_key)).toBeGreaterThan(0);
    }
    await sending.client.unread();
    expect(sending.client.has((frame) => frame.command !== Command.Provision && frame.command !== Command.Unread && !Number(frame.body.client_mid ?? 0))).toBe(false);
  });

  it('keeps a connection opened with xsync_pages=off on NOTICE and pull', async () => {
    const [alice, bob] = [await createUser(server, tenant), await createUser(server, tenant)];
    const sender = await device(alice);
    const receiver = await device(bob, { xsync_pages: 'off' });
    for (const text of ['one', 'two']) {
      const sent = await sender.client.sendText({ uid: alice.userId, deviceSN: sender.sn }, bob.userId, text);
      await receiver.client.notice(alice.userId);
      expect((await receiver.client.syncAll(alice.userId)).map((meta) => Number(meta.id))).toEqual([Number(sent.server_mid)]);
    }
  });
});
