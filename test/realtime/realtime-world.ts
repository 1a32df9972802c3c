import { loadConfig, RealtimeSettings } from '../../src/common/config/config';
import { StatusCode } from '../../src/realtime/xsync.codec';
import { createTenant, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { ClientTransport, listen, XsyncClient } from './xsync-client';

/** A device logged in over the socket: its client, device number and the UNREAD answer (count by conversation). */
export interface LoggedInDevice {
  client: XsyncClient;
  sn: number;
  unread: Map<number, number>;
}

/** A listening test server with one tenant, for the tests of one describe block. */
export interface RealtimeWorld {
  server: TestServer;
  tenant: Tenant;
  url: string;
  /** A client over the world's transport, or `transport`, closed after the test (`version` picks the socket.io client). */
  client(version?: 2 | 4, options?: { query?: Record<string, string>; transport?: ClientTransport }): Promise<XsyncClient>;
  /** Connects, logs `user` in under `guid` (the web SDK's way: the token names no device) and asks UNREAD, as the SDK does at login. */
  login(user: TestUser, guid: string): Promise<LoggedInDevice>;
}

/** Registers the jest hooks that start the world before the block, close its clients after each test and stop it after the block. */
export function realtimeWorld(realtime: Partial<RealtimeSettings>, transport: ClientTransport = 'socket.io'): RealtimeWorld {
  const clients: XsyncClient[] = [];
  const world = {
    async client(version: 2 | 4 = 4, options: { query?: Record<string, string>; transport?: ClientTransport } = {}) {
      const created = await XsyncClient.connect(world.url, { version, transport, ...options });
      clients.push(created);
      return created;
    },
    async login(user: TestUser, guid: string) {
      const client = await world.client();
      const answer = await client.provision(user.token, { uid: user.userId, deviceGuid: guid });
      if (answer.status.code !== StatusCode.Ok) throw new Error(`provision failed: ${JSON.stringify(answer.status)}`);
      const unread = await client.unread();
      return { client, sn: Number(answer.xid.deviceSN), unread: new Map(unread.unread.map((entry: { xid: { uid: unknown }; n: number }) => [Number(entry.xid.uid), entry.n])) };
    },
  } as RealtimeWorld;
  beforeAll(async () => {
    world.server = await startTestServer({ realtime: { ...loadConfig({}).realtime, ...realtime } });
    world.tenant = await createTenant(world.server);
    world.url = await listen(world.server);
  });
  afterEach(() => {
    for (const open of clients.splice(0)) open.close();
    jest.restoreAllMocks();
  });
  afterAll(() => world.server.close());
  return world;
}
