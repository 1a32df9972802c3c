/**
 * One load process of a DeviceFleet (bench/device-fleet.ts): it holds devices as MaxIM's SDK runs
 * them (test/fault/syncing-device.ts: provision, UNREAD, pushed pages taken and confirmed, a sync
 * when a NOTICE names a conversation; or the older pull path), sends over them when told, and keeps
 * when each message reached each device.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SyncingDevice, SyncMode } from '../test/fault/syncing-device';
import type { ClientTransport } from '../test/realtime/xsync-client';
import { BodyType, Command, StatusCode } from '../src/realtime/xsync.codec';
import type { Arrival, FleetReply, FleetRequest, NoticeTally, SendOrder, SendResult } from './device-fleet';

/** Epoch milliseconds at sub-millisecond resolution: comparable across the bench's processes. */
function now(): number {
  return performance.timeOrigin + performance.now();
}

/** By position in the users this process was given (a device that failed to connect leaves a hole). */
const devices: SyncingDevice[] = [];
/** Per message id: how many devices received it, first and last arrival. */
let arrivals = new Map<number, Arrival>();
/** Per message id, when each device received it (handed over by a clearing collect only: it grows with devices × messages). */
let arrivalTimes = new Map<number, number[]>();
let notices: NoticeTally = { count: 0, last: 0 };
/** Meta id → what to do with the stored id (null when refused) of sends waiting for their acknowledgement. */
const unacked = new Map<number, (msgId: number | null) => void>();
let metaCounter = 0;
/** How long a finished send order waits for its last acknowledgements. */
const ACK_WAIT_MS = 60_000;

/**
 * With BENCH_CPU_PROFILE_DIR each load process profiles itself too (load-<pid>.cpuprofile, written
 * at the fleet's close): on a box where load and server share the cores, it tells whether the
 * clients set the rate.
 */
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR;
const profiler = PROFILE_DIR ? new Session() : null;
if (profiler) {
  profiler.connect();
  profiler.post('Profiler.enable');
  profiler.post('Profiler.start');
}

function writeProfile(): void {
  // The in-process inspector answers synchronously.
  profiler?.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(join(PROFILE_DIR!, `load-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
}

function reply(message: FleetReply): void {
  process.send!(message);
}

/** Runs `open` for positions 0..count-1, `concurrency` at a time; answers each success's time and each failure. */
async function timedAll(count: number, concurrency: number, open: (index: number) => Promise<void>): Promise<{ connectMs: number[]; failures: string[] }> {
  const connectMs: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      const started = now();
      try {
        await open(index);
      } catch (error) {
        failures.push((error as Error).message);
        continue;
      }
      connectMs.push(now() - started);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { connectMs, failures };
}

async function connect(url: string, users: { userId: number; token: string }[], concurrency: number, transport: ClientTransport, mode: SyncMode): Promise<void> {
  const timed = await timedAll(users.length, concurrency, async (index) => {
    const user = users[index];
    const device = new SyncingDevice(url, { ...user, username: `bench${user.userId}`, password: '' }, undefined, transport, mode);
    try {
      await device.connect();
    } catch (error) {
      throw new Error(`${user.userId}: ${(error as Error).message}`);
    }
    watch(device);
    devices[index] = device;
  });
  reply({ op: 'connected', ...timed });
}

/** Attempts a device makes after a failed reconnect, and the base of its back-off (MaxIM's SDK retries with growing delays). */
const RECONNECT_ATTEMPTS = 5;
const RECONNECT_BACKOFF_MS = 1000;

/**
 * Closes every device's connection at once, then logs each in again (same guid, so the same device)
 * with PROVISION + UNREAD; a failed attempt is retried after a growing, jittered delay. A device's
 * time runs from its first attempt to its UNREAD answer, retries included; it fails only when every attempt did.
 */
async function reconnect(concurrency: number): Promise<void> {
  const held = devices.filter(Boolean);
  for (const device of held) device.close();
  let retries = 0;
  const retryReasons: Record<string, number> = {};
  const timed = await timedAll(held.length, concurrency, async (index) => {
    const device = held[index];
    for (let attempt = 1; ; attempt++) {
      try {
        await device.connect({ syncUnread: false });
        const unread = await device.client!.unread(30_000);
        if ((unread.status?.code ?? StatusCode.Ok) !== StatusCode.Ok) throw new Error(`UNREAD refused: ${JSON.stringify(unread.status)}`);
        break;
      } catch (error) {
        device.close();
        if (attempt === RECONNECT_ATTEMPTS) throw new Error(`${device.user.userId}: ${(error as Error).message} (${attempt} attempts)`);
        retries++;
        const reason = retryReason(error as Error);
        retryReasons[reason] = (retryReasons[reason] ?? 0) + 1;
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_BACKOFF_MS * attempt * (0.5 + Math.random())));
      }
    }
    watch(device);
  });
  reply({ op: 'reconnected', ...timed, retries, retryReasons });
}

/** A failed attempt's message without what varies per device (ids, counts), so equal causes count together. */
function retryReason(error: Error): string {
  return error.message.replace(/\d+/g, 'N').slice(0, 120);
}

function watch(device: SyncingDevice): void {
  const client = device.client!;
  // Frames reach listeners only: a device holding every frame would grow with the run.
  client.retainFrames = false;
  client.onReceived((frame) => {
    if (frame.command === Command.Notice) notices = { count: notices.count + 1, last: now() };
    const clientMid = Number(frame.body.client_mid ?? 0);
    if (frame.command !== Command.Sync || !clientMid) return;
    const settle = unacked.get(clientMid);
    if (!settle) return;
    unacked.delete(clientMid);
    settle(frame.body.status?.code === StatusCode.Ok ? Number(frame.body.server_mid) : null);
  });
  device.onArrival = (_conversation, ids) => {
    const at = now();
    for (const id of ids) {
      const seen = arrivals.get(id);
      if (seen) {
        seen.count++;
        seen.last = at;
      } else {
        arrivals.set(id, { count: 1, first: at, last: at });
      }
      const times = arrivalTimes.get(id);
      if (times) times.push(at);
      else arrivalTimes.set(id, [at]);
    }
  };
}

/** Sends one text over a device and resolves with its send time and stored id (null when refused). */
function sendOne(order: SendOrder, senderIndex: number): Promise<{ sentAt: number; msgId: number | null }> {
  const { device: index, to, group } = order.senders[senderIndex];
  const device = devices[index];
  const id = Date.now() * 1000 + (++metaCounter % 1000);
  const sentAt = now();
  // A frame emitted on a closed socket is never answered.
  if (!device.connected) return Promise.resolve({ sentAt, msgId: null });
  return new Promise((resolve) => {
    unacked.set(id, (msgId) => resolve({ sentAt, msgId }));
    device.client!.emitMeta(
      { uid: device.user.userId, deviceSN: device.sn },
      { uid: to, deviceSN: 0 },
      { type: group ? BodyType.GroupChat : BodyType.Chat, ctype: 0, content: `bench ${id}` },
      id,
    );
  });
}

/**
 * Open loop (`rate`: sends at that many per second whatever the answers) or closed loop (`window`:
 * that many sends waiting for their acknowledgement at any time), for `seconds`, round-robin over
 * the senders; then waits for every acknowledgement.
 */
async function send(order: SendOrder): Promise<void> {
  const sent: [number, number][] = [];
  let refused = 0;
  let turn = 0;
  const inFlight = new Set<Promise<void>>();
  const start = now();
  const end = start + order.seconds * 1000;
  const launch = (): void => {
    const attempt = sendOne(order, turn++ % order.senders.length).then(({ sentAt, msgId }) => {
      if (msgId === null) refused++;
      else sent.push([msgId, sentAt]);
      inFlight.delete(attempt);
    });
    inFlight.add(attempt);
  };
  if (order.rate) {
    let launched = 0;
    while (now() < end) {
      const due = Math.floor(((now() - start) / 1000) * order.rate);
      while (launched < due) {
        launch();
        launched++;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } else {
    const window = order.window ?? 1;
    const count = order.count ?? Infinity;
    let launched = 0;
    while (now() < end && launched < count) {
      while (inFlight.size < window && launched < count) {
        launch();
        launched++;
      }
      await Promise.race(inFlight);
    }
  }
  await Promise.race([Promise.all(inFlight), new Promise((resolve) => setTimeout(resolve, ACK_WAIT_MS))]);
  const result: SendResult = { op: 'sent', sent, refused, unanswered: inFlight.size, seconds: (now() - start) / 1000 };
  reply(result);
}

process.on('message', (request: FleetRequest) => {
  const run = async (): Promise<void> => {
    switch (request.op) {
      case 'connect':
        return connect(request.url, request.users, request.concurrency, request.transport, request.mode);
      case 'send':
        return send(request);
      case 'reconnect':
        return reconnect(request.concurrency);
      case 'collect': {
        const connected = devices.filter(Boolean);
        const errors = connected.flatMap((device) => (request.clear ? device.errors.splice(0) : device.errors));
        const disconnected = connected.filter((device) => !device.connected).length;
        const shed = connected.reduce((sum, device) => sum + device.shed, 0);
        const times = request.clear ? [...arrivalTimes.entries()] : [];
        reply({ op: 'collected', arrivals: [...arrivals.entries()], times, notices, errors, disconnected, shed });
        if (request.clear) {
          arrivals = new Map();
          arrivalTimes = new Map();
          notices = { count: 0, last: 0 };
          for (const device of connected) device.shed = 0;
        }
        return;
      }
      case 'close':
        for (const device of devices.filter(Boolean)) device.close();
        writeProfile();
        reply({ op: 'closed' });
        process.disconnect();
        return;
    }
  };
  run().catch((error) => reply({ op: 'failed', error: String(error?.stack ?? error) }));
});
