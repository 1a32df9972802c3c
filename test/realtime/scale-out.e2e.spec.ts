import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module';
import { MessageService } from '../../src/message/message.service';
import { loadConfig } from '../../src/common/config/config';
import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace, UserNoticeType } from '../../src/notice/notice.types';
import { LivePushPort } from '../../src/push/live-push.port';
import { Command, MetaNamespace, StatusCode } from '../../src/realtime/xsync.codec';
import { createTestDatabase, TestDatabase } from '../database';
import { createTenant, createUser, startTestServer, Tenant, TestServer, TestUser } from '../server';
import { Rooms } from '../../src/realtime/rooms';
import { SocketIoTransport } from '../../src/realtime/transports/socket-io.transport';
import { ClientTransport, listen, XsyncClient } from './xsync-client';
import { startPrivateRedis } from '../private-redis';

/**
 * Two server instances (two Nest applications in this process, each with its own socket.io server
 * and adapter) on one database: what one stores reaches sockets held by the other, through Redis
 * (REDIS_URL) or through PostgreSQL LISTEN/NOTIFY (DATABASE_URL, no Redis).
 */
describe.each(['redis', 'postgres'] as const)('two server processes sharing delivery through %s', (fanOut) => {
  let database: TestDatabase;
  let redis: { url: string; stop(): Promise<void> } | null = null;
  let first: TestServer;
  let second: TestServer;
  let firstUrl: string;
  let secondUrl: string;
  let tenant: Tenant;
  let overrides: Partial<TestServer['config']>;
  const clients: XsyncClient[] = [];

  async function device(url: string, user: TestUser, transport: ClientTransport = 'socket.io'): Promise<{ client: XsyncClient; sn: number }> {
    const client = await XsyncClient.connect(url, { transport });
    clients.push(client);
    const answer = await client.provision(user.token);
    if (answer.status.code !== StatusCode.Ok) throw new Error(`provision failed: ${JSON.stringify(answer.status)}`);
    return { client, sn: Number(answer.xid.deviceSN) };
  }

  /** The adapters subscribe asynchronously after start: notices are published on the first server until one arrives on the second. */
  async function untilConnected(listener: XsyncClient, user: TestUser): Promise<void> {
    const notices = first.app.get(NoticeService);
    for (let attempt = 0; attempt < 100; attempt++) {
      await notices.publish(tenant.appId, { namespace: NoticeNamespace.User, type: UserNoticeType.InfoUpdated, fromId: null, toIds: [user.userId] }, [user.userId]);
      try {
        await listener.notice(user.userId, 100);
        return;
      } catch {
        // not subscribed yet
      }
    }
    throw new Error('the second server never heard the first');
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    if (fanOut === 'redis') redis = await startPrivateRedis();
    overrides = { databaseUrl: database.url, redisUrl: redis?.url ?? null, realtime: loadConfig({}).realtime };
    first = await startTestServer(overrides, database);
    second = await startTestServer(overrides, database);
    [firstUrl, secondUrl] = [await listen(first), await listen(second)];
    tenant = await createTenant(first);
  });

  afterEach(() => {
    for (const open of clients.splice(0)) open.close();
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await redis?.stop();
    await database?.drop();
  });

  it('delivers a message sent through one server to a device connected to the other, and to the sender’s device there', async () => {
    const [alice, bob] = [await createUser(first, tenant), await createUser(first, tenant)];
    const bobOnSecond = await device(secondUrl, bob);
    await untilConnected(bobOnSecond.client, bob);
    const aliceOnFirst = await device(firstUrl, alice);
    const aliceOnSecond = await device(secondUrl, alice);

    const ack = await aliceOnFirst.client.sendText({ uid: alice.userId, deviceSN: aliceOnFirst.sn }, bob.userId, 'across processes');
    expect(ack.status.code).toBe(StatusCode.Ok);
    await bobOnSecond.client.notice(alice.userId);
    const metas = await bobOnSecond.client.syncAll(alice.userId);
    expect(metas.map((meta) => [Number(meta.id), meta.payload.content])).toEqual([[Number(ack.server_mid), 'across processes']]);
    await aliceOnSecond.client.notice(bob.userId);
  });

  it('carries the entries stored together across in one publish, in the order they were stored', async () => {
    const [cleo, dan] = [await createUser(first, tenant), await createUser(first, tenant)];
    const danOnSecond = await device(secondUrl, dan);
    await untilConnected(danOnSecond.client, dan);
    const publishes = jest.spyOn(first.app.get(SocketIoTransport).server.of('/'), 'serverSideEmit');
    try {
      const sends = Array.from({ length: 30 }, (_, index) =>
        first.app.get(MessageService).send({ appId: tenant.appId, userId: cleo.userId, deviceSn: null }, { chatType: 1, toId: dan.userId, contentType: 0, content: `burst ${index}` }),
      );
      const stored = await Promise.all(sends);
      await danOnSecond.client.notice(cleo.userId);
      const metas = await danOnSecond.client.syncAll(cleo.userId);
      expect(metas.map((meta) => Number(meta.id))).toEqual(stored.map((sent) => sent.msgId).sort((a, b) => a - b));
      const entryPublishes = publishes.mock.calls.filter(([event]) => event === 'xsync:entries');
      const published = entryPublishes.flatMap(([, entries]) => entries as { seq: number; rooms: string[] }[]).filter((entry) => entry.rooms.includes(Rooms.user(tenant.appId, dan.userId)));
      // Each message once for its receiver (and once for its sender's devices), in seq order, in fewer publishes than entries.
      expect(published.map((entry) => entry.seq)).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
      expect(entryPublishes.length).toBeLessThan(60);
    } finally {
      publishes.mockRestore();
    }
  });

  /** The USER_NOTICE a device received before its socket closed. */
  function userNoticeBeforeClose(client: XsyncClient): number | null {
    const told = client.received.find((frame) => frame.command === Command.Sync && frame.body.metas?.[0]?.ns === MetaNamespace.UserNotice);
    return told ? told.body.metas[0].payload.type : null;
  }

  it('lets a plain-WebSocket device and a socket.io device of one user, on different servers, see each other’s messages live', async () => {
    const [fay, gus] = [await createUser(first, tenant), await createUser(first, tenant)];
    const fayPlain = await device(secondUrl, fay, 'websocket');
    await untilConnected(fayPlain.client, fay);
    const faySocketIo = await device(firstUrl, fay);
    const gusPlain = await device(secondUrl, gus, 'websocket');

    const fromSocketIo = await faySocketIo.client.sendText({ uid: fay.userId, deviceSN: faySocketIo.sn }, gus.userId, 'from socket.io on the first');
    await fayPlain.client.notice(gus.userId);
    expect((await fayPlain.client.syncAll(gus.userId)).map((meta) => Number(meta.id))).toEqual([Number(fromSocketIo.server_mid)]);
    await gusPlain.client.notice(fay.userId);

    const fromPlain = await fayPlain.client.sendText({ uid: fay.userId, deviceSN: fayPlain.sn }, gus.userId, 'from a plain WebSocket on the second');
    await faySocketIo.client.notice(gus.userId);
    expect((await faySocketIo.client.syncAll(gus.userId)).map((meta) => meta.payload.content)).toEqual(['from a plain WebSocket on the second']);
    expect(Number(fromPlain.server_mid)).toBeGreaterThan(Number(fromSocketIo.server_mid));

    // A kick through the first server reaches the plain WebSocket on the second, reason first.
    await first.request({ method: 'POST', url: `/user/kick?device_sn=${fayPlain.sn}`, appId: tenant.appId, token: tenant.adminToken, headers: { user_id: String(fay.userId) } });
    await fayPlain.client.waitDisconnect();
    expect(userNoticeBeforeClose(fayPlain.client)).toBe(UserNoticeType.KickedByOtherDevice);
    expect(faySocketIo.client.connected).toBe(true);
  });

  it('finds the live devices of the other server for mxpush and delivers there', async () => {
    const hal = await createUser(first, tenant);
    const onSecond = await device(secondUrl, hal, 'websocket');
    await untilConnected(onSecond.client, hal);
    const reached = await first.app.get(LivePushPort).deliver(
      tenant.appId,
      [
        { userId: hal.userId, deviceSn: onSecond.sn },
        { userId: hal.userId, deviceSn: onSecond.sn + 1 },
      ],
      { taskId: 7, content: { notificationId: 'task-7', type: 'text', title: 'Hi', body: 'across processes', ext: {} } },
    );
    expect([...reached]).toEqual([`${hal.userId}:${onSecond.sn}`]);
    const pushed = await onSecond.client.next((frame) => frame.command === Command.Sync && frame.body.metas?.[0]?.ns === MetaNamespace.Push);
    expect(pushed.body.metas[0].payload.content).toBe('across processes');
  });

  it('tells a socket held by the other server why, then closes it, when the user is kicked through this one (every time)', async () => {
    const carol = await createUser(first, tenant);
    for (let round = 0; round < 5; round++) {
      const onSecond = await device(secondUrl, carol);
      await untilConnected(onSecond.client, carol);
      const kicked = await first.request({ method: 'POST', url: `/user/kick?device_sn=${onSecond.sn}`, appId: tenant.appId, token: tenant.adminToken, headers: { user_id: String(carol.userId) } });
      expect(kicked.body.code).toBe(200);
      await onSecond.client.waitDisconnect();
      expect(userNoticeBeforeClose(onSecond.client)).toBe(UserNoticeType.KickedByOtherDevice);
    }
  });

  it('ends the session of a device on the other server when the same device provisions here, telling it KICK_BY_SAME_DEVICE first', async () => {
    const dora = await createUser(first, tenant);
    const older = await XsyncClient.connect(secondUrl);
    clients.push(older);
    const sn = Number((await older.provision(dora.token, { deviceGuid: 'one-browser' })).xid.deviceSN);
    await untilConnected(older, dora);
    const newer = await XsyncClient.connect(firstUrl);
    clients.push(newer);
    expect(Number((await newer.provision(dora.token, { deviceGuid: 'one-browser' })).xid.deviceSN)).toBe(sn);
    await older.waitDisconnect();
    expect(userNoticeBeforeClose(older)).toBe(UserNoticeType.KickBySameDevice);
    expect(newer.connected).toBe(true);
  });

  it('ends the older sessions on the other server of devices that log in here together, through the batched xsync:replaced, each told KICK_BY_SAME_DEVICE first', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => createUser(first, tenant)));
    const olders = await Promise.all(
      users.map(async (user) => {
        const older = await XsyncClient.connect(secondUrl);
        clients.push(older);
        expect((await older.provision(user.token, { deviceGuid: 'storm-browser' })).status.code).toBe(StatusCode.Ok);
        return older;
      }),
    );
    await untilConnected(olders[0], users[0]);
    const publishes = jest.spyOn(first.app.get(SocketIoTransport).server.of('/'), 'serverSideEmit');
    try {
      const newers = await Promise.all(users.map(() => XsyncClient.connect(firstUrl)));
      clients.push(...newers);
      const answers = await Promise.all(newers.map((newer, index) => newer.provision(users[index].token, { deviceGuid: 'storm-browser' })));
      expect(answers.map((answer) => answer.status.code)).toEqual(users.map(() => StatusCode.Ok));
      await Promise.all(olders.map((older) => older.waitDisconnect()));
      expect(olders.map(userNoticeBeforeClose)).toEqual(users.map(() => UserNoticeType.KickBySameDevice));
      const replaced = publishes.mock.calls.filter(([event]) => event === 'xsync:replaced').flatMap(([, ends]) => ends as { rooms: string[] }[]);
      expect(replaced.map((end) => end.rooms[0]).sort()).toEqual(users.map((user, index) => Rooms.device(tenant.appId, user.userId, Number(answers[index].xid.deviceSN))).sort());
      expect(newers.every((newer) => newer.connected)).toBe(true);
    } finally {
      publishes.mockRestore();
    }
  });

  it('delivers what a worker process (no socket server of its own) stores to a socket of a server process', async () => {
    const [dave, erin] = [await createUser(first, tenant), await createUser(first, tenant)];
    const erinOnSecond = await device(secondUrl, erin);
    await untilConnected(erinOnSecond.client, erin);
    const worker = await NestFactory.createApplicationContext(AppModule.register({ ...first.config, ...overrides }, database.url), { logger: false });
    try {
      await worker.init();
      const sent = await worker.get(MessageService).send({ appId: tenant.appId, userId: dave.userId, deviceSn: null }, { chatType: 1, toId: erin.userId, contentType: 0, content: 'from the worker' });
      await erinOnSecond.client.notice(dave.userId);
      expect((await erinOnSecond.client.syncAll(dave.userId)).map((meta) => Number(meta.id))).toEqual([sent.msgId]);
    } finally {
      await worker.close();
    }
  });
});
