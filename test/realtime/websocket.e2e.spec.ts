import { request as httpRequest } from 'node:http';
import { Clock } from '../../src/common/clock';
import { XsyncGateway } from '../../src/realtime/xsync.gateway';
import { Command, StatusCode } from '../../src/realtime/xsync.codec';
import { createUser } from '../server';
import { realtimeWorld } from './realtime-world';

/** MaxIM's uni-app SDK: an UNREAD every 50 s, and the socket closed when no frame at all arrives within 20 s of it. */
const SDK_HEARTBEAT_MS = 50_000;
const SDK_UNREAD_TIMEOUT_MS = 20_000;

/** Answers the status line of an upgrade request to `path`. */
function upgradeStatus(url: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}${path}`, { headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' } });
    request.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * The plain WebSocket endpoint as MaxIM's uni-app and mini-program SDKs use it: `ws://<webim
 * host>/`, every message one bare binary Frame. What it shares with socket.io (login, sync,
 * sends, recalls, kicks, limits) runs over both transports in gateway.e2e and messaging.e2e; this
 * file holds what is the transport's own.
 */
describe('plain WebSocket endpoint', () => {
  const world = realtimeWorld({ maxFrameBytes: 4096, provisionTimeoutSeconds: 1, websocketPingSeconds: 1 }, 'websocket');
  const client = () => world.client();

  it('serves the root path beside socket.io at /socket.io/ and refuses upgrades elsewhere', async () => {
    expect(await upgradeStatus(world.url, '/')).toBe(101);
    expect(await upgradeStatus(world.url, '/?app_id=x')).toBe(101);
    expect(await upgradeStatus(world.url, '/elsewhere')).toBe(404);
    // The user first: this server's provision timeout is 1 s.
    const user = await createUser(world.server, world.tenant);
    const both = [await client(), await world.client(4, { transport: 'socket.io' })];
    for (const device of both) expect((await device.provision(user.token, { deviceGuid: `${device.transport}-device` })).status.code).toBe(StatusCode.Ok);
    // REST is untouched at the root: a plain GET is Fastify's.
    expect((await fetch(`${world.url}/v2/app_dns?app_id=${world.tenant.appId}`)).status).toBe(200);
  });

  it('logs in as the uni-app SDK does (no app_id, AES claimed, frames in clear) and answers every 50-second UNREAD well within 20 s', async () => {
    const user = await createUser(world.server, world.tenant);
    const device = await client();
    device.sendFrame(Command.Provision, 'Provision', {
      xid: { uid: user.userId, deviceSN: 0 },
      token: user.token,
      os_type: 2,
      sdk_vsn: '2.0.0',
      device_guid: 'uni-app-install',
      encrypt_method: 2,
      encrypt_key: 'the-public-key-it-was-given',
      device_info: 'uni-app',
    });
    const provisioned = (await device.next((frame) => frame.command === Command.Provision)).body;
    expect(provisioned.status.code).toBe(StatusCode.Ok);
    expect(Number(provisioned.xid.deviceSN)).toBeGreaterThan(0);

    const clock = world.server.app.get(Clock);
    const gateway = world.server.app.get(XsyncGateway);
    const start = Date.now();
    for (let beat = 1; beat <= 4; beat++) {
      // 50 s later each time, as the SDK's timer: the heartbeat sweep keeps the socket.
      jest.spyOn(clock, 'now').mockReturnValue(new Date(start + beat * SDK_HEARTBEAT_MS));
      const sent = Date.now();
      const answer = await device.unread(SDK_UNREAD_TIMEOUT_MS);
      expect(answer.status.code).toBe(StatusCode.Ok);
      expect(Date.now() - sent).toBeLessThan(SDK_UNREAD_TIMEOUT_MS);
      await gateway.sweep();
      expect(device.connected).toBe(true);
    }
  });

  it('answers an UNREAD before login too, so the SDK’s 20-second watchdog always hears a frame', async () => {
    const device = await client();
    expect((await device.unread(SDK_UNREAD_TIMEOUT_MS)).status).toEqual({ code: StatusCode.Unauthorized, reason: 'you must login first' });
  });

  it('answers a text message and a malformed binary one with PB_PARSER_ERROR and keeps the socket', async () => {
    const user = await createUser(world.server, world.tenant);
    const device = await client();
    await device.provision(user.token);
    device.emitRaw('{"command": 1}');
    expect((await device.next((frame) => frame.command === Command.Sync)).body.status).toEqual({ code: StatusCode.PbParserError, reason: 'frame: the message must carry one binary Frame' });
    device.emitRaw(Buffer.from([0x08, 0xff, 0xff]));
    expect((await device.next((frame) => frame.command === Command.Sync)).body.status.code).toBe(StatusCode.PbParserError);
    expect(device.connected).toBe(true);
  });

  it('closes with 1009 a message past twice the frame limit, before reading it', async () => {
    const device = await client();
    device.emitRaw(Buffer.alloc(4096 * 2 + 1025, 1));
    await device.waitDisconnect();
    expect(device.closeCode).toBe(1009);
  });

  it('closes a socket that does not log in within the provision timeout', async () => {
    const device = await client();
    await device.waitDisconnect(3000);
    expect(device.closeCode).toBe(1000);
  });

  it('cuts a peer that stops answering pings, and the user goes offline', async () => {
    const user = await createUser(world.server, world.tenant);
    const device = await client();
    await device.provision(user.token);
    const gateway = world.server.app.get(XsyncGateway);
    const before = gateway.localConnections().length;
    // A peer gone without a FIN: it reads nothing, so it answers no ping.
    device.pauseReading();
    const until = Date.now() + 5000;
    while (gateway.localConnections().length >= before) {
      if (Date.now() > until) throw new Error('the dead peer was not cut');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const online = await world.server.request({ url: '/user/online_status', appId: world.tenant.appId, token: user.token });
    expect(online.body.data.online).toBe(false);
    // Its own side of the connection would wait 30 s for a close handshake it cannot read.
    device.dropConnection();
  });
});
