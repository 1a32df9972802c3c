import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PrivateRedis {
  url: string;
  /** A client on it, for reading what the queues stored. */
  client: Redis;
  /** SIGKILL, as a crash: no save on the way out; the client is disconnected. */
  kill(): Promise<void>;
  /** Starts redis-server again on the same port (and, with `appendOnly`, the same data), and reconnects the client. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A redis-server of this test file alone (never the shared one), on a free port; stop() kills it.
 * Without persistence by default; `appendOnly` keeps an AOF (fsync every second, Redis' default) in
 * a temporary directory, so what was written survives kill() and restart(), as in production.
 */
export async function startPrivateRedis(options: { appendOnly?: boolean } = {}): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'private-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', options.appendOnly ? 'yes' : 'no'];
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // Refused connects while redis-server is still starting (or killed) surface as rejected commands; the event would only be logged.
  client.on('error', () => undefined);
  let child: ChildProcess;
  let exited: Promise<void>;

  const start = async () => {
    child = spawn('redis-server', args, { stdio: 'ignore' });
    exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    for (let attempt = 0; ; attempt++) {
      try {
        await client.connect();
        await client.ping();
        return;
      } catch (error) {
        client.disconnect();
        if (attempt > 100) {
          child.kill('SIGKILL');
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const end = async (signal: NodeJS.Signals) => {
    client.disconnect();
    child.kill(signal);
    await exited;
  };

  await start();
  return {
    url,
    client,
    kill: () => end('SIGKILL'),
    restart: start,
    async stop() {
      await end('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
