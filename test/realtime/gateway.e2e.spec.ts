import { deflateSync } from 'node:zlib';
import { Clock } from '../../src/common/clock';
import { NoticeService } from '../../src/notice/notice.service';
import { NoticeNamespace, RosterNoticeType, UserNoticeType } from '../../src/notice/notice.types';
import { LivePushPort } from '../../src/push/live-push.port';
import { XsyncGateway } from '../../src/realtime/xsync.gateway';
import { Command, encode, MetaNamespace, StatusCode } from '../../src/realtime/xsync.codec';
import { createUser } from '../server';
import { realtimeWorld } from './realtime-world';

/** The same session logic behind both transports: every case runs over socket.io and over a plain WebSocket. */
describe.each(['socket.io', 'websocket'] as const)('XsyncGateway over %s', (transport) => {
  const world = realtimeWorld({ maxFrameBytes: 4096, framesPerSecond: 20 }, transport);
  const client = world.client;

  describe('PROVISION', () => {
    it.each([4, 2] as const)('logs a device in (socket.io-client %i when over socket.io), assigns its device number and marks the user online', async (version) => {
      const alice = await createUser(world.server, world.tenant);
      const device = await client(version);
      const answer = await device.provision(alice.token, { uid: alice.userId });
      expect(answer.status.code).toBe(StatusCode.Ok);
      expect(Number(answer.xid.uid)).toBe(alice.userId);
      expect(Number(answer.xid.deviceSN)).toBe(1);

      const devices = await world.server.request({ url: '/user/device/list', appId: world.tenant.appId, token: alice.token });
      expect(devices.body.data).toEqual([expect.objectContaining({ device_sn: 1, device_guid: device.guid, platform: 6 })]);
      const online = await world.server.request({ url: '/user/online_status', appId: world.tenant.appId, token: alice.token });
      expect(online.body.data).toEqual({ online: true });

      // The same guid later gets the same number; another installation the next one.
      device.close();
      await expect(device.waitDisconnect()).resolves.toBeDefined();
      const again = await client(version);
      expect(Number((await again.provision(alice.token, { deviceGuid: device.guid })).xid.deviceSN)).toBe(1);
      const second = await client(version);
      expect(Number((await second.provision(alice.token)).xid.deviceSN)).toBe(2);
    });

    it('goes offline when the socket closes', async () => {
      const bob = await createUser(world.server, world.tenant);
      const device = await client();
      await device.provision(bob.token);
      device.close();
      await waitFor(async () => (await world.server.request({ url: '/user/online_status', appId: world.tenant.appId, token: bob.token })).body.data.online === false);
    });

    it('uses the device a login with device_guid was issued for', async () => {
      const carol = await createUser(world.server, world.tenant);
      const login = await world.server.request({ method: 'POST', url: '/token/user', appId: world.tenant.appId, body: { name: carol.username, password: carol.password, device_guid: 'phone' } });
      await world.server.request({ method: 'POST', url: '/token/user', appId: world.tenant.appId, body: { name: carol.username, password: carol.password, device_guid: 'tablet' } });
      const device = await client();
      const answer = await device.provision(login.body.data.token, { deviceGuid: null, osType: 1 });
      expect(Number(answer.xid.deviceSN)).toBe(login.body.data.device_sn);
      const devices = await world.server.request({ url: '/user/device/list', appId: world.tenant.appId, token: carol.token });
      expect(devices.body.data.find((listed: { device_sn: number }) => listed.device_sn === login.body.data.device_sn).platform).toBe(1);
    });

    it('refuses a forged, missing or expired token with INVALID_TOKEN', async () => {
      const dave = await createUser(world.server, world.tenant);
      const device = await client();
      expect((await device.provision('not-a-token')).status.code).toBe(StatusCode.InvalidToken);
      expect((await device.provision('')).status).toEqual({ code: StatusCode.InvalidToken, reason: 'token: required; get one from /token/user or /token/id' });
      const [header, payload] = dave.token.split('.');
      expect((await device.provision(`${header}.${payload}.forged-signature`)).status.code).toBe(StatusCode.InvalidToken);
      await world.server.sql(`UPDATE access_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [dave.userId]);
      expect((await device.provision(dave.token)).status.code).toBe(StatusCode.InvalidToken);
    });

    it("refuses a token of another user than xid.uid, the admin token, and an unknown app's token", async () => {
      const erin = await createUser(world.server, world.tenant);
      const device = await client();
      expect((await device.provision(erin.token, { uid: erin.userId + 1 })).status).toEqual({
        code: StatusCode.InvalidToken,
        reason: `xid.uid: the token belongs to user ${erin.userId}, not ${erin.userId + 1}`,
      });
      expect((await device.provision(world.tenant.adminToken)).status.code).toBe(StatusCode.Unauthorized);
      const other = await client(4, { query: { app_id: 'no-such-app' } });
      expect((await other.provision(erin.token)).status.code).toBe(StatusCode.AppFrozen);
    });

    it('answers USER_FROZEN to a disabled user', async () => {
      const frank = await createUser(world.server, world.tenant);
      await world.server.request({ method: 'PUT', url: '/user/disable', appId: world.tenant.appId, token: world.tenant.adminToken, body: { list: [frank.userId] } });
      const device = await client();
      const answer = await device.provision(frank.token);
      expect(answer.status.code).toBe(StatusCode.UserFrozen);
    });

    it('refuses UNREAD and SYNC before PROVISION with the reason the SDK re-logs in on', async () => {
      const device = await client();
      expect((await device.unread()).status).toEqual({ code: StatusCode.Unauthorized, reason: 'you must login first' });
      device.sendFrame(Command.Sync, 'SyncUL', { xid: { uid: 123 }, key: 0 });
      expect((await device.next((frame) => frame.command === Command.Sync)).body.status).toEqual({ code: StatusCode.Unauthorized, reason: 'you must login first' });
    });

    it('needs device_guid when the token names no device', async () => {
      const gina = await createUser(world.server, world.tenant);
      const device = await client();
      expect((await device.provision(gina.token, { deviceGuid: null })).status).toEqual({
        code: StatusCode.InvalidParameter,
        reason: 'device_guid: required when the token was issued without one',
      });
    });
  });

  describe('malformed frames', () => {
    it('answers a status to bad protobuf, non-binary data, unknown commands, encryption and oversized frames, and keeps the socket', async () => {
      const hank = await createUser(world.server, world.tenant);
      const device = await client();
      await device.provision(hank.token);

      device.emitRaw(Buffer.from([0xff, 0xff, 0xff, 0xff]));
      expect((await device.next((frame) => frame.command === Command.Sync)).body.status.code).toBe(StatusCode.PbParserError);
      device.emitRaw('text, not a frame');
      expect((await device.next((frame) => frame.command === Command.Sync)).body.status.code).toBe(StatusCode.PbParserError);
      device.emitRaw(Buffer.from(encode('Frame', { command: 9, payload: Buffer.alloc(0) })));
      expect((await device.next((frame) => frame.command === Command.Sync)).body.status.code).toBe(StatusCode.UnknownCommand);
      device.emitRaw(Buffer.from(encode('Frame', { command: Command.Notice, payload: Buffer.alloc(0) })));
      expect((await device.next((frame) => frame.command === Command.Sync)).body.status.code).toBe(StatusCode.UnknownCommand);
      device.emitRaw(Buffer.from(encode('Frame', { command: Command.Unread, encrypt_method: 1, payload: Buffer.alloc(0) })));
      expect((await device.next((frame) => frame.command === Command.Unread)).body.status.code).toBe(StatusCode.EncryptMethodUnsupported);
      device.emitRaw(Buffer.from(encode('Frame', { command: Command.Sync, payload: Buffer.from([0x0a, 0x05, 0x01]) })));
      expect((await device.next((frame) => frame.command === Command.Sync)).body.status.code).toBe(StatusCode.PbParserError);
      device.emitRaw(Buffer.from(encode('Frame', { command: Command.Sync, compress_method: 1, payload: Buffer.from('not zlib') })));
      expect((await device.next((frame) => frame.command === Command.Sync)).body.status.code).toBe(StatusCode.PbParserError);
      // A zlib bomb: 10 kB of zeros deflate to a few bytes but inflate past the 4 kB frame limit.
      device.emitRaw(Buffer.from(encode('Frame', { command: Command.Sync, compress_method: 1, payload: deflateSync(Buffer.alloc(10_000)) })));
      expect((await device.next((frame) => frame.command === Command.Sync)).body.status.code).toBe(StatusCode.PbParserError);
      device.emitRaw(Buffer.alloc(5000, 1));
      expect((await device.next((frame) => frame.command === Command.Sync)).body.status).toEqual({
        code: StatusCode.InvalidParameter,
        reason: 'frame: 5000 bytes is over the 4096-byte limit',
      });

      expect(device.connected).toBe(true);
      expect((await device.unread()).status.code).toBe(StatusCode.Ok);
    });

    it('reads ZLIB frames and answers in kind', async () => {
      const ivan = await createUser(world.server, world.tenant);
      const device = await client();
      device.compress = true;
      expect((await device.provision(ivan.token)).status.code).toBe(StatusCode.Ok);
      expect((await device.unread()).status.code).toBe(StatusCode.Ok);
      const content = 'y'.repeat(5000);
      await world.server.app.get(NoticeService).publish(world.tenant.appId, { namespace: NoticeNamespace.Roster, type: RosterNoticeType.InfoUpdated, fromId: null, toIds: [], content }, [ivan.userId]);
      device.sendFrame(Command.Sync, 'SyncUL', { xid: { uid: ivan.userId }, key: 0 });
      const answer = await device.next((frame) => frame.command === Command.Sync && frame.body.metas?.length > 0);
      expect(answer.compressed).toBe(true);
      expect(answer.body.metas[0].payload.content).toBe(content);
    });

    it('refuses frames over the rate with RATE_LIMIT_EXCEEDED and closes a socket that keeps flooding', async () => {
      const judy = await createUser(world.server, world.tenant);
      const device = await client();
      await device.provision(judy.token);
      // Time stands still, so the bucket does not refill: 40 frames pass (twice the rate), the rest are refused.
      jest.spyOn(world.server.app.get(Clock), 'now').mockReturnValue(new Date());
      for (let index = 0; index < 60; index++) device.sendFrame(Command.Unread, 'UnreadUL', {});
      await waitFor(async () => device.received.filter((frame) => frame.command === Command.Unread).length >= 60);
      const statuses = device.received.filter((frame) => frame.command === Command.Unread).map((frame) => frame.body.status.code);
      expect(statuses.filter((code) => code === StatusCode.Ok).length).toBeLessThanOrEqual(41);
      expect(statuses).toContain(StatusCode.RateLimitExceeded);
      for (let index = 0; index < 200; index++) device.sendFrame(Command.Unread, 'UnreadUL', {});
      await device.waitDisconnect();
    });
  });

  describe('sessions', () => {
    it('tells and closes the sockets of a kicked device at once, and the user reads offline', async () => {
      const kim = await createUser(world.server, world.tenant);
      const phone = await client();
      const web = await client(2);
      await phone.provision(kim.token);
      const webSn = Number((await web.provision(kim.token)).xid.deviceSN);

      await world.server.request({ method: 'POST', url: `/user/kick?device_sn=${webSn}`, appId: world.tenant.appId, token: world.tenant.adminToken, headers: { user_id: String(kim.userId) } });
      const told = await web.next((frame) => frame.command === Command.Sync && frame.body.metas?.[0]?.ns === MetaNamespace.UserNotice);
      expect(told.body.metas[0].payload).toEqual({ type: 5, content: JSON.stringify({ device_sn: webSn }) });
      await web.waitDisconnect();
      expect(phone.connected).toBe(true);

      // The phone syncs its notice stream and is not told of the web's kick (the SDK would log itself out).
      await phone.notice(kim.userId);
      expect((await phone.syncAll(kim.userId)).filter((meta) => meta.ns === MetaNamespace.UserNotice)).toEqual([]);

      await world.server.request({ method: 'POST', url: '/user/kick', appId: world.tenant.appId, token: world.tenant.adminToken, headers: { user_id: String(kim.userId) } });
      await phone.waitDisconnect();
      await waitFor(async () => (await world.server.request({ url: '/user/online_status', appId: world.tenant.appId, token: world.tenant.adminToken, headers: { user_id: String(kim.userId) } })).body.data.online === false);
    });

    it("kicks the device named in the JSON body (the web SDK's userKick) and never the kicking web session, even on kick-all", async () => {
      const lee = await createUser(world.server, world.tenant);
      const login = async () =>
        (await world.server.request({ method: 'POST', url: '/token/user', appId: world.tenant.appId, body: { name: lee.username, password: lee.password } })).body.data.token as string;
      const kick = (body?: unknown, query = '') => world.server.request({ method: 'POST', url: `/user/kick${query}`, appId: world.tenant.appId, token: lee.token, body });
      const kicker = await client(2);
      await kicker.provision(lee.token);
      const other = await client(2);
      const otherSn = Number((await other.provision(await login())).xid.deviceSN);

      expect((await kick({ device_sn: otherSn }, `?device_sn=${otherSn + 1}`)).body).toEqual({
        code: 10002,
        message: `device_sn: the query says ${otherSn + 1} and the body ${otherSn}; send it once`,
        data: null,
      });
      expect((await kick({ device_sn: otherSn })).body.data).toBe(true);
      await other.waitDisconnect();
      expect(kicker.connected).toBe(true);

      const third = await client(2);
      await third.provision(await login());
      expect((await kick()).body.data).toBe(true);
      await third.waitDisconnect();
      // The kicker's web token has no device of its own: the notice spares it by token, so its SDK does not log itself out.
      await kicker.notice(lee.userId);
      expect((await kicker.syncAll(lee.userId)).filter((meta) => meta.ns === MetaNamespace.UserNotice)).toEqual([]);
      expect(kicker.connected).toBe(true);
      expect((await world.server.request({ url: '/user/profile', appId: world.tenant.appId, token: lee.token })).body.code).toBe(200);
    });

    it('ends the older session of a device that provisions again elsewhere (two tabs, one device_guid) with KICK_BY_SAME_DEVICE', async () => {
      const [tia, sam] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
      const firstTab = await client(2);
      const secondTab = await client(2);
      const sn = Number((await firstTab.provision(tia.token, { deviceGuid: 'shared-browser' })).xid.deviceSN);
      const again = await secondTab.provision(tia.token, { deviceGuid: 'shared-browser' });
      // The newer tab keeps the device number; the SDK of the older one gets the reason, then the close.
      expect(again.status.code).toBe(StatusCode.Ok);
      expect(Number(again.xid.deviceSN)).toBe(sn);
      await firstTab.waitDisconnect();
      const told = firstTab.received.find((frame) => frame.command === Command.Sync && frame.body.metas?.[0]?.ns === MetaNamespace.UserNotice);
      expect(told?.body.status.code).toBe(StatusCode.Ok);
      expect(told?.body.metas[0].payload).toEqual({ type: UserNoticeType.KickBySameDevice, content: JSON.stringify({ device_sn: sn }) });
      expect(Number(told?.body.xid.uid)).toBe(tia.userId);
      expect(secondTab.has((frame) => frame.command === Command.Sync && frame.body.metas?.length > 0)).toBe(false);

      // The surviving tab gets what arrives from then on, and nothing confirms it in its place.
      const samDevice = await client();
      await samDevice.provision(sam.token);
      await samDevice.sendText({ uid: sam.userId, deviceSN: 1 }, tia.userId, 'to the second tab');
      await secondTab.notice(sam.userId);
      expect((await secondTab.syncAll(sam.userId)).map((meta) => meta.payload.content)).toEqual(['to the second tab']);
      expect(secondTab.connected).toBe(true);
      // Kicked sessions are never stored: the notice stream has nothing of it.
      expect((await secondTab.syncAll(tia.userId)).filter((meta) => meta.ns === MetaNamespace.UserNotice)).toEqual([]);
    });

    it('closes the other devices on a password change and spares the device that changed it', async () => {
      const pat = await createUser(world.server, world.tenant);
      const loginOn = async (guid: string) =>
        (await world.server.request({ method: 'POST', url: '/token/user', appId: world.tenant.appId, body: { name: pat.username, password: pat.password, device_guid: guid } })).body.data.token;
      const [phoneToken, webToken] = [await loginOn('phone'), await loginOn('web')];
      const phone = await client();
      const web = await client();
      await phone.provision(phoneToken, { deviceGuid: null });
      await web.provision(webToken, { deviceGuid: null });

      const changed = await world.server.request({
        method: 'POST',
        url: '/user/change_password',
        appId: world.tenant.appId,
        token: phoneToken,
        body: { old_password: pat.password, new_password: 'another-secret' },
      });
      expect(changed.body.code).toBe(200);
      await web.waitDisconnect();
      expect(phone.connected).toBe(true);
      await phone.notice(pat.userId);
      expect((await phone.syncAll(pat.userId)).filter((meta) => meta.ns === MetaNamespace.UserNotice)).toEqual([]);
    });

    it('closes a socket within a second of its token’s expiry, telling it INVALID_TOKEN first so the SDK logs in again', async () => {
      const uma = await createUser(world.server, world.tenant);
      const expiresAt = JSON.parse(Buffer.from(uma.token.split('.')[1], 'base64url').toString()).exp * 1000;
      // The token has a week to live; the gateway's clock says it has one second.
      jest.spyOn(world.server.app.get(Clock), 'now').mockReturnValue(new Date(expiresAt - 1000));
      const device = await client();
      const sent = Date.now();
      await device.provision(uma.token);
      await device.waitDisconnect(3000);
      const elapsed = Date.now() - sent;
      expect(elapsed).toBeGreaterThanOrEqual(990);
      expect(elapsed).toBeLessThan(2000);
      const told = device.received.find((frame) => frame.command === Command.Sync);
      expect(told?.body.status).toEqual({ code: StatusCode.InvalidToken, reason: 'token: expired; log in again (/token/user) and PROVISION with the new token' });
    });

    it('closes a socket that sent nothing for the heartbeat timeout when the sweep runs', async () => {
      const lou = await createUser(world.server, world.tenant);
      const device = await client();
      await device.provision(lou.token);
      const gateway = world.server.app.get(XsyncGateway);
      await gateway.sweep();
      expect(device.connected).toBe(true);
      jest.spyOn(world.server.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + (world.server.config.realtime.heartbeatTimeoutSeconds + 1) * 1000));
      await gateway.sweep();
      await device.waitDisconnect();
    });
  });

  describe('mxpush', () => {
    it("delivers the push pipeline's live payload to connected devices and reports which it reached", async () => {
      const olga = await createUser(world.server, world.tenant);
      const device = await client();
      const sn = Number((await device.provision(olga.token)).xid.deviceSN);
      const reached = await world.server.app.get(LivePushPort).deliver(
        world.tenant.appId,
        [
          { userId: olga.userId, deviceSn: sn, badge: 3 },
          { userId: olga.userId, deviceSn: sn + 1 },
        ],
        { taskId: 42, content: { notificationId: 'task-42', type: 'text', title: 'Sale', body: 'Everything must go', ext: { campaign: 7 } } },
      );
      expect([...reached]).toEqual([`${olga.userId}:${sn}`]);
      const frame = await device.next((received) => received.command === Command.Sync && received.body.metas?.[0]?.ns === MetaNamespace.Push);
      const meta = frame.body.metas[0];
      expect(Number(meta.id)).toBe(42);
      expect(meta.payload.content).toBe('Everything must go');
      expect(JSON.parse(meta.payload.config)).toMatchObject({ title: 'Sale', notification_id: 'task-42', task_id: 42, badge: 3 });
      expect(JSON.parse(meta.payload.ext)).toEqual({ campaign: 7 });
    });
  });

  describe('notices', () => {
    it("sends NOTICE {xid: the user} to the recipient's live devices when a notice is stored", async () => {
      const [mia, ned] = [await createUser(world.server, world.tenant), await createUser(world.server, world.tenant)];
      const device = await client();
      await device.provision(ned.token);
      await world.server.app.get(NoticeService).publish(world.tenant.appId, { namespace: NoticeNamespace.Roster, type: RosterNoticeType.Applied, fromId: mia.userId, toIds: [ned.userId], content: 'hi' }, [ned.userId]);
      const notice = await device.notice(ned.userId);
      expect(Number(notice.body.xid.uid)).toBe(ned.userId);
    });
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
