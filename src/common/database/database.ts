import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/config';
import { startEmbeddedDatabase } from './embedded';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

interface RunningEmbedded {
  url: string;
  pid: number;
}

const RUNNING_FILE = 'embedded-db.json';

function runningEmbedded(dataDir: string): RunningEmbedded | null {
  const file = join(dataDir, RUNNING_FILE);
  if (!existsSync(file)) return null;
  try {
    const running = JSON.parse(readFileSync(file, 'utf8')) as RunningEmbedded;
    process.kill(running.pid, 0);
    return running;
  } catch {
    return null;
  }
}

/**
 * The database the process should use: DATABASE_URL when set; otherwise the embedded engine under
 * the data directory. PGlite files belong to one process, so the server records where its engine
 * listens, and other processes (the operator CLI) connect there instead of opening the files;
 * `owner` processes refuse to start while another process owns them.
 */
export async function openDatabase(config: AppConfig, role: 'owner' | 'client'): Promise<OpenDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, close: async () => undefined };
  const running = runningEmbedded(config.dataDir);
  if (running && role === 'client') return { url: running.url, embedded: true, close: async () => undefined };
  if (running) {
    throw new Error(`the embedded database in ${config.dataDir} is in use by process ${running.pid}; stop it or set DATA_DIR or DATABASE_URL`);
  }
  const engine = await startEmbeddedDatabase(config.dataDir);
  const file = join(config.dataDir, RUNNING_FILE);
  writeFileSync(file, JSON.stringify({ url: engine.url, pid: process.pid }), { mode: 0o600 });
  return {
    url: engine.url,
    embedded: true,
    async close() {
      rmSync(file, { force: true });
      await engine.stop();
    },
  };
}
