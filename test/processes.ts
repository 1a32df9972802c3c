import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A compiled entry point under dist/; `npm test` builds before running jest. */
export function builtEntry(relative: string): string {
  const path = join(__dirname, '..', 'dist', relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does)`);
  return path;
}

/** Environment for a child process: this one's, minus settings that would point it elsewhere. */
export function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'PORT', 'HOST', 'DATA_DIR', 'LOG_LEVEL']) delete env[name];
  return { ...env, ...overrides };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [builtEntry('src/cli/app.cli.js'), ...args], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** runCli, with stdout read as the one JSON line a command prints when it succeeds (null otherwise). */
export async function runCliJson(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult & { json: any }> {
  const result = await runCli(args, env);
  return { ...result, json: result.code === 0 ? JSON.parse(result.stdout) : null };
}

export interface RunningServer {
  url: string;
  pid: number;
  logs: Record<string, unknown>[];
  stop(): Promise<number | null>;
}

/**
 * Starts `node dist/src/main.js` and resolves once it logs that it listens. With LOG_LEVEL above
 * info (benchmarks) that line is never written: `readyUrl` is then polled until it answers.
 */
export function startServerProcess(env: NodeJS.ProcessEnv, options: { readyUrl?: string } = {}): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [builtEntry('src/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let started = false;
    const timer = setTimeout(() => reject(new Error(`server did not start in time; stderr: ${stderr}`)), 60_000);
    const ready = (url: string) => {
      if (started) return;
      started = true;
      clearTimeout(timer);
      resolve({
        url,
        pid: child.pid!,
        logs,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    void exited.then((code) => {
      clearTimeout(timer);
      started = true;
      reject(new Error(`server exited with ${code}; stderr: ${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line);
      logs.push(entry);
      if (entry.msg === 'server listening') ready(String(entry.url).replace('[::1]', '127.0.0.1'));
    });
    if (options.readyUrl) {
      const readyUrl = options.readyUrl;
      const poll = () => {
        if (started) return;
        fetch(readyUrl).then(
          () => ready(new URL(readyUrl).origin),
          () => setTimeout(poll, 100),
        );
      };
      poll();
    }
  });
}
