/**
 * Preloaded into the server under test (NODE_OPTIONS=--require) when bench:http runs with
 * BENCH_CPU_PROFILE_DIR: Node refuses --cpu-prof in NODE_OPTIONS. Profiles the whole life of the
 * process and writes BENCH_CPU_PROFILE_FILE (a .cpuprofile for Chrome DevTools or speedscope) at exit.
 */
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
// The in-process inspector answers synchronously, so the profile is written before the exit completes.
process.on('exit', () => {
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(process.env.BENCH_CPU_PROFILE_FILE, JSON.stringify(result.profile));
  });
});
