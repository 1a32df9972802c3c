/**
 * Where a server's CPU went, from a .cpuprofile that bench:http wrote (BENCH_CPU_PROFILE_DIR), in
 * the window of the last seconds (the measured phase, not start-up). Three views, as the issue-17
 * tables of bench/README.md use them:
 * - parts: each sample's own function is put in exactly one part (they add up to 100%);
 * - paths: a sample counts for a path when any frame of its stack matches (paths overlap: a socket
 *   write under the fan-out counts for both), to see what a piece of work costs with all it calls;
 * - the top functions by own samples.
 * Shares are given of all samples and of busy ones (not idle): on a box shared with other work the
 * idle share moves with the load, the split of busy time much less.
 *
 *   node bench/cpu-profile-shares.js <file.cpuprofile> [last seconds, e.g. 21 for a 20 s phase]
 */
const { readFileSync } = require('node:fs');

const [file, lastSeconds = '0', top = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/cpu-profile-shares.js <file.cpuprofile> [last seconds] [top functions]');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

let clock = profile.startTime;
const times = profile.timeDeltas.map((delta) => (clock += delta));
const from = Number(lastSeconds) > 0 ? clock - Number(lastSeconds) * 1e6 : -Infinity;

/** Inclusive paths: a sample counts when any frame of its stack matches. */
const PATHS = [
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

const inPackages = (...names) => (url) => names.some((name) => url.includes(`node_modules/${name}/`));
/** The first part whose test matches a sample's own function is the one it counts for. */
const PARTS = [
  ['idle', (url, name) => name === '(idle)'],
  ['garbage collector', (url, name) => name === '(garbage collector)'],
  ['writev (socket writes: PostgreSQL, Redis, clients)', (url, name) => name === 'writev' || url.includes('stream_base_commons')],
  ['PostgreSQL client (pg, pg-protocol, pg-pool, postgres-date, typeorm)', inPackages('pg', 'pg-protocol', 'pg-pool', 'pg-types', 'postgres-date', 'typeorm')],
  ['JWT verification (jws, jwa, jsonwebtoken, @nestjs/jwt, HMAC)', (url, name) => inPackages('jws', 'jwa', 'jsonwebtoken', '@nestjs/jwt')(url) || url.includes('crypto/hash') || name === 'Hmac'],
  ["Nest's call chain (rxjs, @nestjs/core)", inPackages('rxjs', '@nestjs/core')],
  ['Fastify (fastify, find-my-way, @fastify/*)', (url) => inPackages('fastify', 'find-my-way', 'avvio')(url) || url.includes('node_modules/@fastify/')],
  ['logging (pino, redaction)', inPackages('pino', '@pinojs/redact', 'pino-std-serializers')],
  ['metrics (prom-client)', inPackages('prom-client')],
  ['reflection (reflect-metadata)', inPackages('reflect-metadata')],
  ['caches (lru-cache)', inPackages('lru-cache')],
  ['our code (dist/src)', (url) => url.includes('/dist/src/')],
  ['module loading (start-up)', (url) => /modules\/(cjs|esm)|cjs-module-lexer|package_json_reader/.test(url)],
];

const parts = new Map();
const paths = new Map(PATHS.map(([label]) => [label, 0]));
const functions = new Map();
let samples = 0;
for (let i = 0; i < profile.samples.length; i++) {
  if (times[i] < from) continue;
  const { url, functionName } = nodes.get(profile.samples[i]);
  samples += 1;
  const part = (PARTS.find(([, test]) => test(url, functionName)) ?? ['other (Node: HTTP parser, events, microtasks)'])[0];
  parts.set(part, (parts.get(part) ?? 0) + 1);
  const hit = new Set();
  for (let id = profile.samples[i]; id !== undefined; id = parents.get(id)) {
    const frame = nodes.get(id);
    for (const [label, test] of PATHS) if (test(frame.url, frame.functionName)) hit.add(label);
  }
  for (const label of hit) paths.set(label, paths.get(label) + 1);
  if (functionName !== '(idle)') {
    const where = `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/')}`;
    functions.set(where, (functions.get(where) ?? 0) + 1);
  }
}
const busy = samples - (parts.get('idle') ?? 0);
const percent = (count, of) => `${((100 * count) / of).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${samples} samples over ${((clock - Math.max(from, profile.startTime)) / 1e6).toFixed(1)} s; share of all | of busy`);
for (const [part, count] of [...parts].sort((a, b) => b[1] - a[1])) {
  console.log(`${percent(count, samples)} | ${part === 'idle' ? '     -' : percent(count, busy)}  ${part}`);
}
console.log('paths (any frame of the stack), share of all | of busy:');
for (const [label, count] of paths) console.log(`${percent(count, samples)} | ${percent(count, busy)}  ${label}`);
console.log('top functions, share of busy:');
for (const [where, count] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${percent(count, busy)}  ${where}`);
