/**
 * Soak: profile reads and 1:1 sends together at half of their saturation rate for 10 minutes
 * (BENCH_SOAK_SECONDS), in one-minute rounds so p99 can be compared minute by minute; the server's
 * RSS (from /proc) is sampled every round. Saturation is probed first (BENCH_PROBE_SECONDS, 10 s
 * each). Prints errors, p99 per minute and RSS growth from the end of the second minute.
 *
 *   npm run bench:soak
 */
import { benchContext, createBenchUsers, integerEnv, LoadOptions, rssMiB, runBench, runLoad, startBenchServer } from './harness';

const SOAK_SECONDS = integerEnv('BENCH_SOAK_SECONDS', 600);
const PROBE_SECONDS = integerEnv('BENCH_PROBE_SECONDS', 10);
const ROUND_SECONDS = Math.min(60, SOAK_SECONDS);
const CONNECTIONS = 25;

async function main(): Promise<void> {
  console.log(`bench/soak (${benchContext()}; ${SOAK_SECONDS} s in rounds of ${ROUND_SECONDS} s)`);
  const server = await startBenchServer();
  try {
    const [alice, bob] = await createBenchUsers(server, 2);
    const headers = { app_id: server.appId, 'access-token': alice.token, 'content-type': 'application/json' };
    const profile: LoadOptions = { url: `${server.url}/user/profile`, headers, connections: CONNECTIONS, durationSeconds: PROBE_SECONDS };
    const send: LoadOptions = {
      url: `${server.url}/message/send`,
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 1, targets: [bob.userId], content_type: 0, content: 'soak message' }),
      connections: CONNECTIONS,
      durationSeconds: PROBE_SECONDS,
    };
    // Saturation of the mix: both loads at once, as fast as they go.
    const [profileMax, sendMax] = await Promise.all([runLoad(profile), runLoad(send)]);
    const profileRate = Math.max(1, Math.round(profileMax.requestsPerSecond / 2));
    const sendRate = Math.max(1, Math.round(sendMax.requestsPerSecond / 2));
    console.log(`saturation of the mix: profile ${Math.round(profileMax.requestsPerSecond)} req/s + send ${Math.round(sendMax.requestsPerSecond)} req/s; soaking at ${profileRate} + ${sendRate} req/s`);

    const rounds = Math.max(1, Math.round(SOAK_SECONDS / ROUND_SECONDS));
    let errors = 0;
    const rss: number[] = [];
    const p99s: string[] = [];
    for (let round = 1; round <= rounds; round++) {
      const [profileRound, sendRound] = await Promise.all([
        runLoad({ ...profile, durationSeconds: ROUND_SECONDS, overallRate: profileRate }),
        runLoad({ ...send, durationSeconds: ROUND_SECONDS, overallRate: sendRate }),
      ]);
      errors += profileRound.errors + profileRound.non2xx + sendRound.errors + sendRound.non2xx;
      rss.push(rssMiB(server.pid));
      p99s.push(`${profileRound.p99}/${sendRound.p99}`);
      console.log(
        `round ${round}: profile ${Math.round(profileRound.requestsPerSecond)} req/s p99 ${profileRound.p99} ms; send ${Math.round(sendRound.requestsPerSecond)} req/s p99 ${sendRound.p99} ms; RSS ${rss.at(-1)!.toFixed(0)} MiB`,
      );
    }
    // The first minute is warm-up, and its end still holds warm-up garbage: growth is measured from the end of the second.
    const warm = rss[Math.min(1, rss.length - 1)];
    const growth = ((rss.at(-1)! - warm) / warm) * 100;
    console.log(`errors: ${errors}`);
    console.log(`p99 per round (profile/send, ms): ${p99s.join(', ')}`);
    console.log(`RSS after warm-up (end of round ${Math.min(2, rss.length)}) ${warm.toFixed(0)} MiB, at end ${rss.at(-1)!.toFixed(0)} MiB: growth ${growth.toFixed(1)}% (target < 10%)`);
  } finally {
    await server.stop();
  }
}

runBench(main);
