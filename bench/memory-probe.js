/**
 * Preloaded into the server under test (NODE_OPTIONS=--require, with --expose-gc) by
 * bench:connections. On SIGUSR2 it runs a full garbage collection and writes process.memoryUsage()
 * (bytes) to BENCH_MEMORY_FILE, so the bench can read what the server holds, not only how much
 * garbage happened to be uncollected when RSS was read. Nothing else in the server uses SIGUSR2.
 */
const { writeFileSync } = require('node:fs');

process.on('SIGUSR2', () => {
  global.gc();
  writeFileSync(process.env.BENCH_MEMORY_FILE, JSON.stringify(process.memoryUsage()));
});
