import { reportFigure } from '../figure';
import { RunningServer } from '../processes';
import { createUser, Tenant, TestServer } from '../server';
import { ServerFleet, startServerFleet } from './server-fleet';
import { SyncingDevice } from './syncing-device';

const PAIRS = 10;
/** Per pair and direction: PAIRS x this = 1,000 messages each way. */
const PER_SENDER = 100;

/**
 * Fault test 4 (issue 9): two API processes (`node dist/src/main.js`) on one database, with a
 * private redis-server carrying the socket.io adapter. Ten users on the first process and ten on
 * the second write to each other, 1,000 messages each way, each sender one after another. Every
 * message must reach the other process's device by the live path alone (NOTICE, then sync), with
 * no catch-up sync: a NOTICE lost between processes shows up as a lost message. Devices on the first
 * process use socket.io, those on the second a plain WebSocket, so every message also crosses
 * transports. (The in-process
 * two-instance tests of both adapters are test/realtime/scale-out.e2e.spec.ts.)
 */
describe('1,000 messages each way between sockets on two server processes (Redis adapter; socket.io on one, plain WebSocket on the other)', () => {
  let fleet: ServerFleet;
  let setup: TestServer;
  let tenant: Tenant;
  let processes: RunningServer[];
  const devices: SyncingDevice[] = [];

  beforeAll(async () => {
    // Users and tokens are made in this process; the two server processes serve the sockets.
    fleet = await startServerFleet(2);
    ({ setup, tenant, servers: processes } = fleet);
  }, 120_000);

  afterAll(async () => {
    for (const device of devices) device.close();
    await fleet?.stop();
  });

  async function deviceOn(server: RunningServer, name: string): Promise<SyncingDevice> {
    const user = await createUser(setup, tenant, `${name}_${process.pid}`);
    const device = new SyncingDevice(server.url, user, undefined, server === processes[0] ? 'socket.io' : 'websocket');
    devices.push(device);
    await device.connect();
    return device;
  }

  /** Both processes subscribe to the adapter after they listen: a probe pair writes until each side hears the other. */
  async function untilProcessesHearEachOther(): Promise<void> {
    const [left, right] = [await deviceOn(processes[0], 'probe_left'), await deviceOn(processes[1], 'probe_right')];
    for (const [from, to] of [
      [left, right],
      [right, left],
    ]) {
      for (let attempt = 0; to.received(from.user.userId).length === 0; attempt++) {
        if (attempt > 100) throw new Error('the server processes never heard each other');
        await from.send(to.user.userId, 'probe');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  it('delivers every message to the device on the other process, live, once, in order', async () => {
    await untilProcessesHearEachOther();
    const pairs = await Promise.all(
      Array.from({ length: PAIRS }, async (_, index) => ({ first: await deviceOn(processes[0], `first_${index}`), second: await deviceOn(processes[1], `second_${index}`) })),
    );

    const started = Date.now();
    const directions = pairs.flatMap(({ first, second }) => [
      { from: first, to: second, toFirst: false },
      { from: second, to: first, toFirst: true },
    ]);
    const sent = await Promise.all(
      directions.map(async ({ from, to }) => {
        const ids: number[] = [];
        for (let index = 0; index < PER_SENDER; index++) {
          const ack = await from.send(to.user.userId, `${from.user.username}:${index}`);
          if (ack.status.code !== 1) throw new Error(`send refused: ${JSON.stringify(ack.status)}`);
          ids.push(Number(ack.server_mid));
        }
        return ids;
      }),
    );
    const sendSeconds = (Date.now() - started) / 1000;

    const missing = () => directions.reduce((sum, { from, to }, index) => sum + sent[index].filter((id) => !to.seen.has(id)).length, 0);
    const deadline = Date.now() + 30_000;
    while (missing() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await Promise.all(devices.map((device) => device.idle()));

    const lost = (toFirst: boolean) =>
      directions.reduce((sum, { from, to, toFirst: direction }, index) => (direction === toFirst ? sum + sent[index].filter((id) => !to.seen.has(id)).length : sum), 0);
    const repeated = devices.reduce((sum, device) => sum + device.repeats().size, 0);
    reportFigure(
      'two server processes',
      `${PAIRS * PER_SENDER} messages process 1 (socket.io) -> 2 (plain WebSocket) and ${PAIRS * PER_SENDER} messages 2 -> 1 (Redis adapter, ${((2 * PAIRS * PER_SENDER) / sendSeconds).toFixed(0)} msg/s acked); ` +
        `delivered live ${2 * PAIRS * PER_SENDER - lost(true) - lost(false)}, lost 1->2 ${lost(false)}, lost 2->1 ${lost(true)}, duplicated ${repeated}`,
    );

    expect(devices.flatMap((device) => device.errors)).toEqual([]);
    expect(repeated).toBe(0);
    directions.forEach(({ from, to }, index) => expect(to.received(from.user.userId)).toEqual(sent[index]));
  }, 120_000);
});
