/**
 * Fanout: a group of BENCH_FANOUT_MEMBERS members (10,000), every one online, spread over four load
 * processes. The owner sends over its socket; every other member's device gets the message as a
 * pushed page (or a NOTICE and a sync), as MaxIM's SDK takes it; BENCH_SYNC_MODES adds the pull path
 * before pushed pages for comparison, each on a fresh server. For three messages one after another it prints the time from the
 * send to the last NOTICE and to the last member holding the message. Then the owner streams into
 * the group for BENCH_FANOUT_STREAM_SECONDS (20), 20 sends awaiting their ack at any time, or
 * BENCH_FANOUT_STREAM_RATE sends a second whatever the answers: stored msg/s, deliveries/s, each
 * member's delivery time (send to arrival, every member and message), the NOTICEs the stream cost
 * (each one a pull), syncs shed, and how long after the last send the last member had everything.
 *
 * The server runs with REALTIME_FRAMES_PER_SECOND raised: a member syncs after each NOTICE, and a
 * busy group would otherwise run its members into the per-socket limit; this measures the server.
 *
 *   npm run bench:fanout
 */
import { insertGroup } from '../test/group/fixtures';
import type { SyncMode } from '../test/fault/syncing-device';
import { latencySummary, shares, syncModes, withServerAndFleet } from './device-fleet';
import { benchContext, benchSql, integerEnv, runBench, seedBenchUsers } from './harness';

const MEMBERS = integerEnv('BENCH_FANOUT_MEMBERS', 10_000);
const STREAM_SECONDS = integerEnv('BENCH_FANOUT_STREAM_SECONDS', 20);
const STREAM_WINDOW = 20;
/** Sends a second in the stream (open loop); 0: STREAM_WINDOW sends awaiting their acknowledgement instead. */
const STREAM_RATE = integerEnv('BENCH_FANOUT_STREAM_RATE', 0);
const LOAD_PROCESSES = 4;
const DELIVERY_WAIT_MS = 300_000;

async function main(): Promise<void> {
  console.log(`bench/fanout (${benchContext()}; ${MEMBERS} members online, stream ${STREAM_SECONDS} s)`);
  for (const mode of syncModes()) await measure(mode);
}

async function measure(mode: SyncMode): Promise<void> {
  console.log(`devices: ${mode}`);
  await withServerAndFleet({ REALTIME_FRAMES_PER_SECOND: '100000' }, LOAD_PROCESSES, async (server, fleet) => {
    const users = await seedBenchUsers(server, MEMBERS);
    const [owner] = users;
    const groupId = await insertGroup({ sql: (text, params) => benchSql(server, text, params) }, server, { owner, members: users, capacity: MEMBERS });
    const started = Date.now();
    // The owner is the first device of the first process.
    const connected = await fleet.connect(server.url, shares(users, LOAD_PROCESSES), 50, 'socket.io', mode);
    if (connected.failures.length > 0) throw new Error(`${connected.failures.length} devices failed to connect: ${connected.failures.slice(0, 5).join('; ')}`);
    console.log(`${MEMBERS} devices connected and provisioned in ${((Date.now() - started) / 1000).toFixed(1)} s (each ${latencySummary(connected.connectMs)})`);
    const receivers = MEMBERS - 1;
    const ownerOrder = { senders: [{ device: 0, to: groupId, group: true }], seconds: 60 };

    for (let attempt = 1; attempt <= 3; attempt++) {
      const { sent } = await fleet.send([{ ...ownerOrder, window: 1, count: 1 }]);
      if (sent.length !== 1) throw new Error('the group message was not stored');
      const [[id, sentAt]] = sent;
      const deliveries = await fleet.waitDelivered([id], receivers, DELIVERY_WAIT_MS);
      const arrival = deliveries.arrivals.get(id);
      console.log(
        `one message to ${MEMBERS} members (#${attempt}): ${deliveries.notices.count > 0 ? `last NOTICE after ${(deliveries.notices.last - sentAt).toFixed(0)} ms (${deliveries.notices.count} NOTICEs)` : 'no NOTICE (the page pushed to every member)'}, ` +
          `last delivery after ${arrival ? (arrival.last - sentAt).toFixed(0) : '-'} ms to ${arrival?.count ?? 0} of ${receivers} devices (target < 250 ms)`,
      );
      if (deliveries.errors.length > 0) console.log(`  device errors: ${deliveries.errors.length}, first: ${deliveries.errors[0]}`);
    }

    const pace = STREAM_RATE > 0 ? { rate: STREAM_RATE } : { window: STREAM_WINDOW };
    const stream = await fleet.send([{ ...ownerOrder, seconds: STREAM_SECONDS, ...pace }]);
    const ids = stream.sent.map(([id]) => id);
    const firstSend = Math.min(...stream.sent.map(([, sentAt]) => sentAt));
    const lastSend = Math.max(...stream.sent.map(([, sentAt]) => sentAt));
    const deliveries = await fleet.waitDelivered(ids, receivers, DELIVERY_WAIT_MS);
    const arrivals = ids.map((id) => deliveries.arrivals.get(id));
    const delivered = arrivals.reduce((sum, arrival) => sum + (arrival?.count ?? 0), 0);
    const lastArrival = Math.max(...arrivals.map((arrival) => arrival?.last ?? 0));
    // A device counts a page again when it pairs a late answer with a newer request (after its 30 s sync timeout).
    const missing = arrivals.reduce((sum, arrival) => sum + Math.max(0, receivers - (arrival?.count ?? 0)), 0);
    const counted = arrivals.reduce((sum, arrival) => sum + Math.max(0, (arrival?.count ?? 0) - receivers), 0);
    console.log(
      `stream into the group: ${ids.length} messages stored in ${stream.seconds.toFixed(1)} s = ${(ids.length / stream.seconds).toFixed(0)} msg/s (refused ${stream.refused}, unanswered ${stream.unanswered}); ` +
        `${delivered} deliveries = ${(delivered / ((lastArrival - firstSend) / 1000)).toFixed(0)}/s; last member complete ${((lastArrival - lastSend) / 1000).toFixed(1)} s after the last send; missing ${missing}, counted twice ${counted}`,
    );
    const sentAt = new Map(stream.sent);
    const memberMs = ids.flatMap((id) => (deliveries.times.get(id) ?? []).map((at) => at - sentAt.get(id)!));
    console.log(
      `  each member's delivery (send to arrival, ${memberMs.length}): ${memberMs.length ? latencySummary(memberMs) : '-'}; ` +
        `NOTICEs during the stream ${deliveries.notices.count}; syncs shed ${deliveries.shed}`,
    );
    if (deliveries.disconnected > 0 || deliveries.errors.length > 0) {
      console.log(`  devices disconnected: ${deliveries.disconnected}; device errors: ${deliveries.errors.length}${deliveries.errors.length ? `, first: ${deliveries.errors[0]}` : ''}`);
    }
  });
}

runBench(main);
