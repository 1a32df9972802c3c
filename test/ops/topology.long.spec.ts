import { Command, MetaNamespace } from '../../src/realtime/xsync.codec';
import { ServerFleet, startServerFleet } from '../fault/server-fleet';
import { SyncingDevice } from '../fault/syncing-device';
import { reportFigure } from '../figure';
import { freePort } from '../private-redis';
import { RunningServer } from '../processes';
import { HUAWEI_CERTIFICATE } from '../push/push-fixtures';
import { startWorkerProcess, WorkerProcess } from '../push/worker-process';
import { createUser, TestUser } from '../server';

/**
 * The production topology (README.md "Operations"): 2 API processes and 1 worker process on one
 * PostgreSQL, with Redis and without. Users and tokens are made in the test process; every request
 * and socket goes to the real processes.
 */
describe.each([
  ['PostgreSQL + Redis', true],
  ['PostgreSQL alone', false],
])('2 API processes and 1 worker on %s', (_name, withRedis) => {
  let fleet: ServerFleet;
  let api: RunningServer[];
  let worker: WorkerProcess;
  let workerMetricsPort: number;
  const devices: SyncingDevice[] = [];

  beforeAll(async () => {
    fleet = await startServerFleet(2, { redis: withRedis });
    api = fleet.servers;
    workerMetricsPort = await freePort();
    const env = Object.fromEntries(Object.entries(fleet.env).filter(([name, value]) => value !== undefined && !['PORT', 'HOST'].includes(name))) as Record<string, string>;
    worker = await startWorkerProcess({ ...env, METRICS_PORT: String(workerMetricsPort), HOST: '127.0.0.1' });
    const certificate = await post(api[0], '/push/certificate', fleet.tenant.adminToken, HUAWEI_CERTIFICATE);
    if (certificate.code !== 200) throw new Error(`certificate: ${JSON.stringify(certificate)}`);
  }, 180_000);

  afterAll(async () => {
    for (const device of devices) device.close();
    await worker?.stop();
    await fleet?.stop();
  });

  async function post(server: RunningServer, path: string, token: string, body: unknown): Promise<any> {
    const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { app_id: fleet.tenant.appId, 'access-token': token, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return response.json();
  }

  async function deviceOn(server: RunningServer, user: TestUser, guid?: string): Promise<SyncingDevice> {
    const device = new SyncingDevice(server.url, user, guid);
    devices.push(device);
    await device.connect();
    return device;
  }

  async function user(name: string): Promise<TestUser> {
    return createUser(fleet.setup, fleet.tenant, `${name}_${withRedis ? 'r' : 'p'}_${process.pid}`);
  }

  async function sendText(server: RunningServer, from: TestUser, to: number, content: string): Promise<number> {
    const answer = await post(server, '/message/send', from.token, { type: 1, targets: [to], content_type: 0, content });
    if (answer.code !== 200) throw new Error(`send: ${JSON.stringify(answer)}`);
    return answer.msg_ids[0];
  }

  async function until(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('delivers a message sent through API 1 to a device on API 2, live', async () => {
    const [alice, bob] = [await user('alice'), await user('bob')];
    const bobDevice = await deviceOn(api[1], bob);
    // The processes subscribe to the adapter after they listen: send until the first arrives live.
    const first = await sendText(api[0], alice, bob.userId, 'probe');
    await until('the first message on API 2', () => bobDevice.seen.has(first));
    const ids: number[] = [];
    for (let index = 0; index < 20; index++) ids.push(await sendText(api[0], alice, bob.userId, `hello ${index}`));
    await until('20 messages on API 2', () => ids.every((id) => bobDevice.seen.has(id)));
    expect(bobDevice.received(alice.userId)).toEqual([first, ...ids]);
    expect(bobDevice.errors).toEqual([]);
  }, 60_000);

  it('delivers an mxpush_only notification, run by the worker, to live devices on either API process', async () => {
    const [carol, dave] = [await user('carol'), await user('dave')];
    const [carolDevice, daveDevice] = [await deviceOn(api[0], carol), await deviceOn(api[1], dave)];
    const pushed = (device: SyncingDevice) =>
      device.client!.next((frame) => frame.command === Command.Sync && frame.body.metas?.some((meta: { ns: number }) => meta.ns === MetaNamespace.Push), 30_000);
    const arrivals = Promise.all([pushed(carolDevice), pushed(daveDevice)]);
    const task = await post(api[0], '/push/notify', fleet.tenant.adminToken, {
      audience: { user_id: [carol.userId, dave.userId] },
      setting: { distribution_strategy: 'mxpush_only' },
      message: { title: 'topology', body: 'live on both' },
    });
    expect(task.code).toBe(200);
    await arrivals;
    let detail: Record<string, number> = {};
    await until('the task detail', async () => {
      detail = (await post(api[1], '/push/task/detail', fleet.tenant.adminToken, { list: [task.data.task_id] })).data[0];
      return detail?.mxpush_sent === 2;
    });
    expect(detail).toMatchObject({ mxpush_sent: 2 });
    // Only the worker runs push jobs here (API processes have PUSH_WORKERS_IN_API=false): its metrics count them.
    const scrape = await (await fetch(`http://127.0.0.1:${workerMetricsPort}/metrics`)).text();
    expect(scrape).toMatch(/^im_push_deliveries_total\{channel="mxpush",outcome="sent"\} ([2-9]|\d\d+)$/m);
  }, 60_000);

  it('moves the devices of a SIGKILLed API process to the other, which syncs them with nothing lost', async () => {
    const sender = await user('sender');
    const receivers = await Promise.all(Array.from({ length: 5 }, (_, index) => user(`moved_${index}`)));
    const before = await Promise.all(receivers.map((receiver) => deviceOn(api[1], receiver)));
    const sent = new Map<number, number[]>(receivers.map((receiver) => [receiver.userId, []]));
    const sendRound = async (label: string) => {
      for (const receiver of receivers) sent.get(receiver.userId)!.push(await sendText(api[0], sender, receiver.userId, label));
    };
    await sendRound('before');
    await until('the first round on API 2', () => before.every((device, index) => sent.get(receivers[index].userId)!.every((id) => device.seen.has(id))));

    process.kill(api[1].pid, 'SIGKILL');
    await until('the sockets of API 2 to drop', () => before.every((device) => !device.connected));
    await sendRound('while down');
    const after = await Promise.all(receivers.map((receiver, index) => deviceOn(api[0], receiver, before[index].guid)));
    await sendRound('after');
    const missing = () => receivers.reduce((sum, receiver, index) => sum + sent.get(receiver.userId)!.filter((id) => !before[index].seen.has(id) && !after[index].seen.has(id)).length, 0);
    await until('every message on API 1', () => missing() === 0).catch(() => undefined);
    const total = receivers.length * 3;
    reportFigure('topology', `${withRedis ? 'PostgreSQL + Redis' : 'PostgreSQL alone'}: SIGKILL of API 2 with ${receivers.length} devices; ${total} messages sent before, during and after; lost ${missing()}`);
    expect(missing()).toBe(0);
    for (const [index, receiver] of receivers.entries()) {
      expect(after[index].sn).toBe(before[index].sn);
      expect(after[index].errors).toEqual([]);
      expect([...new Set([...before[index].received(sender.userId), ...after[index].received(sender.userId)])].sort()).toEqual([...sent.get(receiver.userId)!].sort());
    }
  }, 90_000);
});
