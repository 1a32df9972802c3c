import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..');

export interface WorkerProcess {
  pid: number;
  /** SIGKILL: no shutdown hook runs, jobs stay locked, claimed deliveries stay claimed. */
  kill(): Promise<void>;
  /** SIGTERM: the worker's own graceful shutdown. */
  stop(): Promise<number | null>;
}

/**
 * Runs the push worker entry (src/worker.ts, the code `npm run start:worker` runs compiled) as a
 * child process, compiled on the fly by swc (ts-register.js) so the test needs no build; resolves
 * once it logs "push workers running".
 */
export function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'PORT', 'HOST', 'DATA_DIR', 'LOG_LEVEL', 'PUSH_WORKERS_IN_API']) delete childEnv[name];
  const child: ChildProcess = spawn(process.execPath, ['-r', join(__dirname, 'ts-register.js'), join(ROOT, 'src', 'worker.ts')], {
    cwd: ROOT,
    env: { ...childEnv, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the worker did not start in time; stderr: ${stderr}`));
    }, 30_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the worker exited with ${code}; stderr: ${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.includes('"push workers running"')) return;
      clearTimeout(timer);
      resolve({
        pid: child.pid!,
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
