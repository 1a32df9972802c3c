/**
 * Shares of a server's CPU profile (bench:http with BENCH_CPU_PROFILE_DIR) by where the time goes,
 * over the last seconds of the process's life, i.e. the measured load and not start-up:
 *
 *   node bench/profile-shares.js <dir>/send.cpuprofile [seconds, default 21]
 *
 * A sample counts for a row when any frame of its stack matches (so rows overlap: a socket write
 * under the fan-out counts for both); `writev`, the garbage collector and idle are the sample's own
 * frame. "% busy" leaves idle out, the figure to compare between runs on a loaded machine.
 */
const { readFileSync } = require('node:fs');

const ROWS = [
  ['validation pipe (class-transformer, class-validator, compiled)', (url) => /class-validator|class-transformer|pipes\/validation\.pipe|common\/(compiled-)?validation/.test(url)],
  ['realtime fan-out after commit', (url) => /realtime\/xsync-(fan-out|delivery)|socket\.io|redis-adapter|postgres-adapter/.test(url)],
  ['offline-push hand-off (incl. BullMQ enqueue)', (url) => /offline-push\.hand-off|bullmq/.test(url)],
  ['group commit + message repository', (url) => /message\/(group-commit|message\.repository)/.test(url)],
  ['pg client JavaScript', (url) => /node_modules\/(pg|pg-protocol|pg-pool)\//.test(url)],
  ['ioredis (queue, fan-out, cache bus)', (url) => /node_modules\/ioredis\//.test(url)],
  ['auth guard', (url) => /common\/auth\//.test(url)],
  ['Nest call chain (core, rxjs)', (url) => /@nestjs\/core|node_modules\/rxjs/.test(url)],
  ['response write (fastify reply)', (url, name) => /fastify\/lib\/reply/.test(url) || name === 'writePayload'],
  ['metrics / logging', (url) => /prom-client|pino/.test(url)],
];
const OWN = [
  ['socket writes (writev, writeBuffer, writeUtf8String)', (name) => name === 'writev' || name === 'writeBuffer' || name === 'writeUtf8String'],
  ['garbage collector', (name) => name === '(garbage collector)'],
  ['idle', (name) => name === '(idle)'],
];

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const windowMicros = Number(process.argv[3] ?? 21) * 1e6;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
let time = profile.startTime;
const times = profile.timeDeltas.map((delta) => (time += delta));
const start = times[times.length - 1] - windowMicros;

const counts = new Map([...OWN, ...ROWS].map(([label]) => [label, 0]));
let total = 0;
profile.samples.forEach((leaf, index) => {
  if (times[index] < start) return;
  total++;
  const own = OWN.find(([, test]) => test(nodes.get(leaf).callFrame.functionName));
  if (own) counts.set(own[0], counts.get(own[0]) + 1);
  const hit = new Set();
  for (let id = leaf; id !== undefined; id = parents.get(id)) {
    const { url, functionName } = nodes.get(id).callFrame;
    for (const [label, test] of ROWS) if (test(url, functionName)) hit.add(label);
  }
  for (const label of hit) counts.set(label, counts.get(label) + 1);
});
const idle = counts.get('idle');
console.log(`${process.argv[2]}: last ${windowMicros / 1e6} s, ${total} samples`);
console.log(`${'row'.padEnd(64)} % all  % busy`);
for (const [label, count] of counts) {
  const busy = label === 'idle' ? '' : ((100 * count) / (total - idle)).toFixed(1);
  console.log(`${label.padEnd(64)}${((100 * count) / total).toFixed(1).padStart(6)}${busy.padStart(8)}`);
}
