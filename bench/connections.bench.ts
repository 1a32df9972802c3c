/**
 * Connections: BENCH_CONNECTIONS (20,000) idle authenticated realtime connections to one server
 * process, opened from four load processes, 50 at a time each. Every device connects, provisions
 * and asks UNREAD, as MaxIM's SDK does on login. Prints the connect rate and each device's connect
 * time, then the server's RSS growth per connection once the connections have sat idle for
 * BENCH_IDLE_SECONDS (30: past a socket.io ping round and a presence refresh), and the server's CPU
 * while they idle. The server holds a file descriptor per connection: the count is capped at the
 * process's hard open-files limit less 200, and the bench says so when it caps.
 *
 * Then the reconnect phase: every connection is closed at once and every device logs in again at
 * once (BENCH_RECONNECT_CONCURRENCY logins in flight per load process, default 500: 2,000 at a
 * time), with PROVISION + UNREAD, as after a network blip or a load balancer's restart; a failed
 * attempt is retried with back-off, as MaxIM's SDK does. Prints the reconnect rate, each
 * device's connect + PROVISION + UNREAD time, failures (a refused UNREAD counts), and the SQL
 * statements per reconnect (the server's im_db_statements_total, closes of the old sessions included).
 *
 * BENCH_CPU_PROFILE_DIR=<dir> writes the server's CPU profile of the whole run there (connections.cpuprofile).
 * The memory line is RSS as read (garbage not yet collected included); the line below it reads
 * the server's memory again right after a full GC at both ends (bench/memory-probe.js, preloaded):
 * what the connections hold, and how much of it is V8 heap.
 *
 *   npm run bench:connections
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeviceFleet, latencySummary, shares, withServerAndFleet } from './device-fleet';
import { benchContext, integerEnv, rssMiB, runBench, seedBenchUsers, statementsSent } from './harness';
import type { ClientTransport } from '../test/realtime/xsync-client';

const WANTED = integerEnv('BENCH_CONNECTIONS', 20_000);
const IDLE_SECONDS = integerEnv('BENCH_IDLE_SECONDS', 30);
const LOAD_PROCESSES = 4;
const CONCURRENCY = 50;
const WARM_UP_CONNECTIONS = 200;
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR;
/** Logins in flight per load process during the reconnect: 2,000 at once over the four (all of them at once broke the client side at 19,800). */
const RECONNECT_CONCURRENCY = integerEnv('BENCH_RECONNECT_CONCURRENCY', 500);
/**
 * The devices speak socket.io's wire protocol over a bare WebSocket (the server sees what
 * socket.io-client sends): socket.io-client itself cost the load processes more CPU per reconnect
 * than the server spent, on the same cores. BENCH_CLIENT=socket.io-client uses the library.
 */
const CLIENT: ClientTransport = process.env.BENCH_CLIENT === 'socket.io-client' ? 'socket.io' : 'socket.io-wire';

/** The hard "Max open files" limit this process (and so the server it starts) runs under. */
function hardOpenFilesLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((entry) => entry.startsWith('Max open files'))!;
  const hard = line.split(/\s+/)[4];
  return hard === 'unlimited' ? Infinity : Number(hard);
}

/** How long UNREAD and SYNC reads have waited for a read slot so far (im_realtime_sync_wait_seconds): total seconds and reads. */
async function readSlotWaits(server: { url: string }): Promise<{ seconds: number; reads: number }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} ([0-9.e+-]+)`, 'm').exec(text)?.[1] ?? NaN);
  return { seconds: value('im_realtime_sync_wait_seconds_sum'), reads: value('im_realtime_sync_wait_seconds_count') };
}

/** What the server holds, in bytes, read after a full garbage collection (bench/memory-probe.js). */
interface HeldMemory {
  rss: number;
  heapUsed: number;
  external: number;
}

/** Asks the server (bench/memory-probe.js preloaded) for a full GC and its memory right after. */
async function heldMemory(pid: number, file: string): Promise<HeldMemory> {
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as HeldMemory;
      } catch {
        // written but not complete yet: read again
      }
    }
    if (Date.now() > deadline) throw new Error('the server did not report its memory (bench/memory-probe.js) within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** KiB per connection between two readings in bytes. */
function kibEach(before: number, after: number, connections: number): string {
  return ((after - before) / 1024 / connections).toFixed(1);
}

/** User + system CPU seconds the process has used, from /proc. */
function cpuSeconds(pid: number): number {
  const { user, system } = cpuSplit(pid);
  return user + system;
}

/** User and system (kernel: socket reads and writes, accepts) CPU seconds the process has used, from /proc. */
function cpuSplit(pid: number): { user: number; system: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
}

async function main(): Promise<void> {
  const hardLimit = hardOpenFilesLimit();
  const count = Math.min(WANTED, hardLimit - 200);
  console.log(`bench/connections (${benchContext()}; ${count} connections, idle ${IDLE_SECONDS} s, client ${CLIENT})`);
  if (count < WANTED) console.log(`capped at ${count}: the hard open-files limit here is ${hardLimit} and the server needs one descriptor per connection`);
  const memoryFile = join(mkdtempSync(join(tmpdir(), 'bench-connections-')), 'memory.json');
  const preloads = [`--expose-gc --require ${join(__dirname, 'memory-probe.js')}`, ...(PROFILE_DIR ? [`--require ${join(__dirname, 'cpu-profile.js')}`] : [])];
  const serverEnv: Record<string, string> = {
    NODE_OPTIONS: preloads.join(' '),
    BENCH_MEMORY_FILE: memoryFile,
    ...(PROFILE_DIR ? { BENCH_CPU_PROFILE_FILE: join(PROFILE_DIR, 'connections.cpuprofile') } : {}),
  };
  await withServerAndFleet(serverEnv, LOAD_PROCESSES, async (server, fleet) => {
    const users = await seedBenchUsers(server, count + WARM_UP_CONNECTIONS);
    // Code paths and pools warmed by a first batch, closed again, so the baseline is a running server's.
    const warmUp = DeviceFleet.start(1);
    try {
      await warmUp.connect(server.url, [users.slice(count)], CONCURRENCY, CLIENT);
    } finally {
      await warmUp.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const before = rssMiB(server.pid);
    const heldBefore = await heldMemory(server.pid, memoryFile);

    const started = Date.now();
    const connected = await fleet.connect(server.url, shares(users.slice(0, count), LOAD_PROCESSES), CONCURRENCY, CLIENT);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${connected.connectMs.length} connections authenticated in ${seconds.toFixed(1)} s = ${(connected.connectMs.length / seconds).toFixed(0)}/s; connect + PROVISION + UNREAD each ${latencySummary(connected.connectMs)}; failed ${connected.failures.length}`,
    );
    if (connected.failures.length > 0) console.log(`  first failure: ${connected.failures[0]}`);

    const idleFrom = cpuSeconds(server.pid);
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const idleCpu = ((cpuSeconds(server.pid) - idleFrom) / IDLE_SECONDS) * 100;
    const after = rssMiB(server.pid);
    const heldAfter = await heldMemory(server.pid, memoryFile);
    const perConnection = ((after - before) * 1024) / connected.connectMs.length;
    const idle = await fleet.collect(true);
    const held = (key: keyof HeldMemory) => kibEach(heldBefore[key], heldAfter[key], connected.connectMs.length);
    console.log(
      `server RSS ${before.toFixed(0)} MiB before, ${after.toFixed(0)} MiB with ${connected.connectMs.length} idle connections: ${perConnection.toFixed(1)} KiB per connection (target ≤ 15 KiB); ` +
        `server CPU while idle ${idleCpu.toFixed(1)}% of one core; dropped while idle ${idle.disconnected}`,
    );
    console.log(
      `  after a full GC at both readings: RSS ${(heldBefore.rss / 1048576).toFixed(0)} → ${(heldAfter.rss / 1048576).toFixed(0)} MiB, ${held('rss')} KiB per connection; ` +
        `of it V8 heap in use ${held('heapUsed')} KiB, external (Buffers) ${held('external')} KiB`,
    );

    const statementsBefore = await statementsSent(server);
    const waitsBefore = await readSlotWaits(server);
    const serverCpuBefore = cpuSplit(server.pid);
    const loadCpuBefore = fleet.pids().map(cpuSeconds);
    const dropped = Date.now();
    const reconnected = await fleet.reconnect(RECONNECT_CONCURRENCY);
    const reconnectSeconds = (Date.now() - dropped) / 1000;
    const serverCpuAfter = cpuSplit(server.pid);
    const serverSystem = serverCpuAfter.system - serverCpuBefore.system;
    const serverCpu = serverCpuAfter.user - serverCpuBefore.user + serverSystem;
    const loadCpu = fleet.pids().map((pid, index) => cpuSeconds(pid) - loadCpuBefore[index]);
    const statements = (await statementsSent(server)) - statementsBefore;
    const waitsAfter = await readSlotWaits(server);
    const reads = waitsAfter.reads - waitsBefore.reads;
    console.log(
      `reconnect: all ${connected.connectMs.length} dropped at once, ${reconnected.connectMs.length} back in ${reconnectSeconds.toFixed(1)} s = ${(reconnected.connectMs.length / reconnectSeconds).toFixed(0)}/s (target ≥ 2,000/s); ` +
        `connect + PROVISION + UNREAD each ${latencySummary(reconnected.connectMs)}; failed ${reconnected.failures.length} (attempts retried ${reconnected.retries}); ` +
        `${(statements / Math.max(1, reconnected.connectMs.length)).toFixed(2)} SQL statements per reconnect (old session's close included)`,
    );
    if (reconnected.failures.length > 0) console.log(`  first failure: ${reconnected.failures[0]}`);
    const perReconnectMs = (seconds: number) => ((seconds * 1000) / Math.max(1, reconnected.connectMs.length)).toFixed(2);
    console.log(
      `  CPU per reconnect (drop to last answer, retries included): server ${perReconnectMs(serverCpu)} ms (${serverCpu.toFixed(1)} s, ${((serverSystem / Math.max(0.01, serverCpu)) * 100).toFixed(0)}% of it in the kernel), ` +
        `load processes ${perReconnectMs(loadCpu.reduce((sum, each) => sum + each, 0))} ms (${loadCpu.map((each) => each.toFixed(1)).join(' + ')} s); ` +
        `${reads} reads waited ${(((waitsAfter.seconds - waitsBefore.seconds) * 1000) / Math.max(1, reads)).toFixed(0)} ms on average for a read slot`,
    );
    for (const [reason, count] of Object.entries(reconnected.retryReasons).sort((a, b) => b[1] - a[1])) console.log(`  retried ${count}×: ${reason}`);
  });
}

runBench(main);
