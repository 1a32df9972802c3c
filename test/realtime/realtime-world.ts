import { loadConfig, RealtimeSettings } from '../../src/common/config/config';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';
import { ClientTransport, listen, XsyncClient } from './xsync-client';

/** A listening test server with one tenant, for the tests of one describe block. */
export interface RealtimeWorld {
  server: TestServer;
  tenant: Tenant;
  url: string;
  /** A client over the world's transport, or `transport`, closed after the test (`version` picks the socket.io client). */
  client(version?: 2 | 4, options?: { query?: Record<string, string>; transport?: ClientTransport }): Promise<XsyncClient>;
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
