/**
 * Realtime load for the delivery, fanout and connections benches: devices speaking xsync as
 * MaxIM's SDK does, spread over child processes (bench/device-fleet.child.ts) so the load never
 * shares the bench's event loop. Each process gets its own share of users and answers one request
 * at a time; device indexes in send orders are positions within that share.
 */
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { SyncMode } from '../test/fault/syncing-device';
import type { ClientTransport } from '../test/realtime/xsync-client';
import { BenchServer, BenchUser, startBenchServer } from './harness';

export interface Arrival {
  /** Devices that received the message. */
  count: number;
  first: number;
  last: number;
}

export interface NoticeTally {
  count: number;
  last: number;
}

export interface Sender {
  /** Position of the sending device within its process's share of users. */
  device: number;
  /** Peer user id, or group id when `group`. */
  to: number;
  group: boolean;
}

export interface SendOrder {
  op: 'send';
  senders: Sender[];
  seconds: number;
  /** Sends per second, whatever the answers (open loop)… */
  rate?: number;
  /** …or this many sends waiting for their acknowledgement at any time (closed loop), at most `count` in all. */
  window?: number;
  count?: number;
}

export type FleetRequest =
  | { op: 'connect'; url: string; users: BenchUser[]; concurrency: number; transport: ClientTransport; mode: SyncMode }
  | SendOrder
  | { op: 'reconnect'; concurrency: number }
  | { op: 'collect'; clear: boolean }
  | { op: 'close' };

export interface SendResult {
  op: 'sent';
  /** [stored message id, send time] of every acknowledged send. */
  sent: [number, number][];
  refused: number;
  /** Sends still without an acknowledgement a minute after the order ended. */
  unanswered: number;
  seconds: number;
}

interface Collected {
  op: 'collected';
  arrivals: [number, Arrival][];
  /** Per message id, each device's arrival time; only from a clearing collect. */
  times: [number, number[]][];
  notices: NoticeTally;
  errors: string[];
  disconnected: number;
  /** Syncs the server refused as overloaded (RATE_LIMIT_EXCEEDED). */
  shed: number;
}

export type FleetReply =
  | { op: 'connected'; connectMs: number[]; failures: string[] }
  | { op: 'reconnected'; connectMs: number[]; failures: string[]; retries: number; retryReasons: Record<string, number> }
  | SendResult
  | Collected
  | { op: 'closed' }
  | { op: 'failed'; error: string };

export interface Deliveries {
  arrivals: Map<number, Arrival>;
  /** Per message id, each device's arrival time (epoch ms); filled by a clearing collect only. */
  times: Map<number, number[]>;
  notices: NoticeTally;
  errors: string[];
  disconnected: number;
  shed: number;
}

class FleetProcess {
  private waiting: { resolve: (reply: FleetReply) => void; reject: (error: Error) => void } | null = null;

  constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: FleetReply) => {
      const waiting = this.waiting;
      this.waiting = null;
      if (reply.op === 'failed') waiting?.reject(new Error(`load process failed: ${reply.error}`));
      else waiting?.resolve(reply);
    });
    child.on('exit', (code) => this.waiting?.reject(new Error(`load process exited with ${code}`)));
  }

  request<T extends FleetReply>(request: FleetRequest): Promise<T> {
    if (this.waiting) return Promise.reject(new Error('a load process answers one request at a time'));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve: resolve as (reply: FleetReply) => void, reject };
      this.child.send(request);
    });
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  get pid(): number {
    return this.child.pid!;
  }
}

export class DeviceFleet {
  private constructor(private readonly processes: FleetProcess[]) {}

  static start(count: number): DeviceFleet {
    const child = join(__dirname, 'device-fleet.child.ts');
    const register = join(__dirname, '..', 'test', 'push', 'ts-register.js');
    return new DeviceFleet(
      Array.from({ length: count }, () => new FleetProcess(fork(child, [], { execArgv: ['-r', register, '--max-old-space-size=4096'], stdio: 'inherit' }))),
    );
  }

  /** The load processes' ids (their CPU is read from /proc). */
  pids(): number[] {
    return this.processes.map((loader) => loader.pid);
  }

  /**
   * Connects and provisions process k's share `shares[k]`, `concurrency` at a time per process, over
   * socket.io (the web SDK's) or a plain WebSocket (uni-app, mini-programs); answers each device's connect time.
   */
  async connect(url: string, shares: BenchUser[][], concurrency: number, transport: ClientTransport = 'socket.io', mode: SyncMode = 'sdk'): Promise<{ connectMs: number[]; failures: string[] }> {
    const replies = await Promise.all(
      this.processes.map((loader, index) =>
        loader.request<Extract<FleetReply, { op: 'connected' }>>({ op: 'connect', url, users: shares[index] ?? [], concurrency, transport, mode }),
      ),
    );
    return { connectMs: replies.flatMap((reply) => reply.connectMs), failures: replies.flatMap((reply) => reply.failures) };
  }

  /**
   * Every process closes all its devices' connections at once, then reconnects them, `concurrency`
   * at a time, each with PROVISION + UNREAD (a refused UNREAD counts as a failed attempt; failed
   * attempts are retried with back-off); answers each device's connect + PROVISION + UNREAD time.
   */
  async reconnect(concurrency: number): Promise<{ connectMs: number[]; failures: string[]; retries: number; retryReasons: Record<string, number> }> {
    const replies = await Promise.all(this.processes.map((loader) => loader.request<Extract<FleetReply, { op: 'reconnected' }>>({ op: 'reconnect', concurrency })));
    const retryReasons: Record<string, number> = {};
    for (const reply of replies) for (const [reason, count] of Object.entries(reply.retryReasons)) retryReasons[reason] = (retryReasons[reason] ?? 0) + count;
    return {
      connectMs: replies.flatMap((reply) => reply.connectMs),
      failures: replies.flatMap((reply) => reply.failures),
      retries: replies.reduce((sum, reply) => sum + reply.retries, 0),
      retryReasons,
    };
  }

  /** Runs process k's order `orders[k]` (none: it sends nothing), all at once. */
  async send(orders: (Omit<SendOrder, 'op'> | null)[]): Promise<Omit<SendResult, 'op'>> {
    const replies = await Promise.all(
      this.processes.map((loader, index) => {
        const order = orders[index];
        return order ? loader.request<SendResult>({ op: 'send', ...order }) : Promise.resolve({ op: 'sent', sent: [], refused: 0, unanswered: 0, seconds: 0 } as SendResult);
      }),
    );
    return {
      sent: replies.flatMap((reply) => reply.sent),
      refused: replies.reduce((sum, reply) => sum + reply.refused, 0),
      unanswered: replies.reduce((sum, reply) => sum + reply.unanswered, 0),
      seconds: Math.max(...replies.map((reply) => reply.seconds)),
    };
  }

  /** What every device received since the last clearing collect, merged over the processes. */
  async collect(clear: boolean): Promise<Deliveries> {
    const replies = await Promise.all(this.processes.map((loader) => loader.request<Collected>({ op: 'collect', clear })));
    const arrivals = new Map<number, Arrival>();
    for (const reply of replies) {
      for (const [id, arrival] of reply.arrivals) {
        const seen = arrivals.get(id);
        arrivals.set(id, seen ? { count: seen.count + arrival.count, first: Math.min(seen.first, arrival.first), last: Math.max(seen.last, arrival.last) } : arrival);
      }
    }
    const times = new Map<number, number[]>();
    for (const reply of replies) {
      for (const [id, at] of reply.times) {
        const seen = times.get(id);
        if (seen) seen.push(...at);
        else times.set(id, at);
      }
    }
    return {
      arrivals,
      times,
      notices: { count: replies.reduce((sum, reply) => sum + reply.notices.count, 0), last: Math.max(...replies.map((reply) => reply.notices.last)) },
      errors: replies.flatMap((reply) => reply.errors),
      disconnected: replies.reduce((sum, reply) => sum + reply.disconnected, 0),
      shed: replies.reduce((sum, reply) => sum + reply.shed, 0),
    };
  }

  /** Collects until each of `ids` reached `devicesEach` devices or `timeoutMs` passed; the last collect clears. */
  async waitDelivered(ids: number[], devicesEach: number, timeoutMs: number): Promise<Deliveries> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const deliveries = await this.collect(false);
      const done = ids.every((id) => (deliveries.arrivals.get(id)?.count ?? 0) >= devicesEach);
      if (done || Date.now() > deadline) return this.collect(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.processes.map((loader) => loader.request({ op: 'close' })));
    for (const loader of this.processes) loader.kill();
  }
}

/** Starts the bench server (with `serverEnv`) and a fleet of `loadProcesses`, runs `bench` with them, and always stops both. */
export async function withServerAndFleet(
  serverEnv: Record<string, string>,
  loadProcesses: number,
  bench: (server: BenchServer, fleet: DeviceFleet) => Promise<void>,
): Promise<void> {
  const server = await startBenchServer(serverEnv);
  const fleet = DeviceFleet.start(loadProcesses);
  try {
    await bench(server, fleet);
  } finally {
    await fleet.close();
    await server.stop();
  }
}

/** Splits `items` into `parts` contiguous shares whose sizes differ by at most one (or by `unit` multiples, keeping pairs together). */
export function shares<T>(items: T[], parts: number, unit = 1): T[][] {
  const units = Math.ceil(items.length / unit);
  return Array.from({ length: parts }, (_, part) => {
    const from = Math.floor((units * part) / parts) * unit;
    const to = Math.floor((units * (part + 1)) / parts) * unit;
    return items.slice(from, to);
  });
}

/** The value below which `fraction` of `values` fall (nearest rank). */
export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

/** "p50 x ms, p99 y ms, max z ms" */
export function latencySummary(values: number[]): string {
  const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
  return `p50 ${ms(percentile(values, 0.5))} ms, p99 ${ms(percentile(values, 0.99))} ms, max ${ms(values.reduce((most, value) => Math.max(most, value), -Infinity))} ms`;
}

/**
 * The device behaviours a bench measures (BENCH_SYNC_MODES, comma-separated; default both): `sdk`,
 * MaxIM's SDK with pushed pages, and `pull`, the NOTICE-and-pull path before them, for comparison.
 */
export function syncModes(): SyncMode[] {
  const modes = (process.env.BENCH_SYNC_MODES ?? 'sdk,pull').split(',').map((mode) => mode.trim());
  for (const mode of modes) if (mode !== 'sdk' && mode !== 'pull') throw new Error(`BENCH_SYNC_MODES: ${mode} is neither sdk nor pull`);
  return modes as SyncMode[];
}
