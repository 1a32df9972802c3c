/**
 * Delivery: 1:1 send→receive latency over the realtime protocol. BENCH_DELIVERY_PAIRS pairs of
 * online devices (200) in two load processes; each sender sends over its socket, open loop, so the
 * pairs together send 500 and then 2,000 messages per second for BENCH_DELIVERY_SECONDS (15) each,
 * after a warm-up. With 200 pairs a sender sends 10 frames a second at 2,000/s, well under the
 * per-socket limit (REALTIME_FRAMES_PER_SECOND, 50). A message counts as received when it is in the
 * receiving device's hands: the page holding it arrived, pushed or pulled after a NOTICE, as MaxIM's
 * SDK takes it. Latency is that moment minus the moment the sender emitted the frame. Both
 * transports (BENCH_DELIVERY_TRANSPORTS) and both device behaviours (BENCH_SYNC_MODES: `sdk` with
 * pushed pages, `pull` the path before them) in one run, each on a fresh server: socket.io (the web
 * SDK's) and the plain WebSocket at / (uni-app and mini-programs). Rates: BENCH_DELIVERY_RATES.
 *
 *   npm run bench:delivery
 */
import type { ClientTransport } from '../test/realtime/xsync-client';
import type { SyncMode } from '../test/fault/syncing-device';
import { latencySummary, Sender, shares, syncModes, withServerAndFleet } from './device-fleet';
import { benchContext, integerEnv, runBench, seedBenchUsers } from './harness';

const PAIRS = integerEnv('BENCH_DELIVERY_PAIRS', 200);
const SECONDS = integerEnv('BENCH_DELIVERY_SECONDS', 15);
const RATES = (process.env.BENCH_DELIVERY_RATES ?? '500,2000,5000').split(',').map(Number);
const LOAD_PROCESSES = 2;
const TRANSPORTS = (process.env.BENCH_DELIVERY_TRANSPORTS ?? 'socket.io,websocket').split(',') as ClientTransport[];

async function main(): Promise<void> {
  console.log(`bench/delivery (${benchContext()}; ${PAIRS} pairs, ${SECONDS} s per rate)`);
  // A fresh server and fleet per transport: a backlog one leaves behind cannot weigh on the other.
  for (const transport of TRANSPORTS) for (const mode of syncModes()) await measure(transport, mode);
}

async function measure(transport: ClientTransport, mode: SyncMode): Promise<void> {
  await withServerAndFleet({}, LOAD_PROCESSES, async (server, fleet) => {
    const users = await seedBenchUsers(server, PAIRS * 2);
    // Pairs stay in one process, so a latency is read on one clock: user 2i sends to user 2i+1.
    const userShares = shares(users, LOAD_PROCESSES, 2);
    const connected = await fleet.connect(server.url, userShares, 20, transport, mode);
    if (connected.failures.length > 0) throw new Error(`devices failed to connect over ${transport}: ${connected.failures.slice(0, 5).join('; ')}`);
    const senders = userShares.map((share) =>
      share.flatMap((user, index): Sender[] => (index % 2 === 0 ? [{ device: index, to: share[index + 1].userId, group: false }] : [])),
    );

    const run = async (rate: number, seconds: number) => {
      const result = await fleet.send(senders.map((own) => ({ senders: own, rate: rate / LOAD_PROCESSES, seconds })));
      const deliveries = await fleet.waitDelivered(
        result.sent.map(([id]) => id),
        1,
        120_000,
      );
      const latencies = result.sent.flatMap(([id, sentAt]) => {
        const arrival = deliveries.arrivals.get(id);
        return arrival ? [arrival.first - sentAt] : [];
      });
      return { result, deliveries, latencies };
    };

    await run(200, 3);
    for (const rate of RATES) {
      const { result, deliveries, latencies } = await run(rate, SECONDS);
      const lost = result.sent.length - latencies.length;
      const duplicated = [...deliveries.arrivals.values()].filter((arrival) => arrival.count > 1).length;
      const target = rate === 2000 ? ' (target p99 < 25 ms)' : '';
      console.log(
        `${transport.padEnd(9)} ${mode.padEnd(4)} 1:1 at ${rate} msg/s: sent ${result.sent.length} in ${result.seconds.toFixed(1)} s (refused ${result.refused}, unanswered ${result.unanswered}), received ${latencies.length} (lost ${lost}, duplicated ${duplicated}), send→receive ${latencySummary(latencies)}${target}`,
      );
      if (deliveries.errors.length > 0) console.log(`  device errors: ${deliveries.errors.length}, first: ${deliveries.errors[0]}`);
    }
  });
}

runBench(main);
