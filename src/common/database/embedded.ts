import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /**
   * Hears every NOTIFY on `channel` made through the engine, by this process or another one (the
   * operator CLI): PGlite is one session, so a notification reaches only the connection whose
   * statement committed it, and `pg` LISTEN clients of the owner would never hear the others'. The
   * listener runs while the notifying statement executes, before its answer is sent.
   */
  listen(channel: string, listener: (payload: string) => void): Promise<void>;
  stop(): Promise<void>;
}

/** The engine this process runs, by URL: one at most per process (openDatabase). */
const engines = new Map<string, EmbeddedDatabase>();

/** The embedded engine at `url` when this process runs it; undefined for a real PostgreSQL or another process's engine. */
export function embeddedEngineAt(url: string): EmbeddedDatabase | undefined {
  return engines.get(url);
}

/**
 * Runs PostgreSQL in-process (PGlite, kept under `<dataDir>/pgdata`) behind a loopback socket, so
 * the rest of the server talks to it through `pg` exactly as it talks to a real server. PGlite is
 * single-session: the socket server queues statements and serialises transactions, which keeps
 * them isolated but makes this mode for development and small single-process deployments only.
 */
// The server's TypeORM pool, the queue backend's pool and LISTEN client, and an operator CLI run
// beside it all connect here; a low cap makes the socket server reset the last comer.
export async function startEmbeddedDatabase(dataDir: string, maxConnections = 64): Promise<EmbeddedDatabase> {
  const directory = join(dataDir, 'pgdata');
  mkdirSync(directory, { recursive: true });
  // The discovery migrations create these contrib extensions (trigram search, nearby queries);
  // PGlite only offers an extension it was given at start.
  const db = await PGlite.create(directory, { extensions: { pg_trgm, cube, earthdistance } });
  const listeners = new Map<string, ((payload: string) => void)[]>();
  const tapped = tapNotifications(db, (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  });
  const server = new PGLiteSocketServer({ db: tapped, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  const engine: EmbeddedDatabase = {
    url,
    async listen(channel, listener) {
      if (!listeners.has(channel)) {
        // Through the socket server's queue, so the LISTEN never lands inside a client's open transaction.
        const client = new Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
        } finally {
          await client.end();
        }
      }
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    async stop() {
      engines.delete(url);
      await server.stop();
      await db.close();
    },
  };
  engines.set(url, engine);
  return engine;
}

const NOTIFICATION_RESPONSE = 0x41;

/**
 * The engine as the socket server sees it, with each statement's raw protocol output scanned for
 * NotificationResponse messages ('A': int32 length, int32 pid, channel, payload) before it is sent.
 */
function tapNotifications(db: PGlite, onNotification: (channel: string, payload: string) => void): PGlite {
  return new Proxy(db, {
    get(target, property) {
      if (property === 'execProtocolRawStream') {
        return (message: Uint8Array, options: { onRawData: (data: Uint8Array) => void; syncToFs?: boolean }) => {
          const scan = notificationScanner(onNotification);
          return target.execProtocolRawStream(message, {
            ...options,
            onRawData: (data) => {
              scan(data);
              options.onRawData(data);
            },
          });
        };
      }
      const value = Reflect.get(target, property, target);
      // PGlite keeps private state: its methods must run on the engine itself, not on this proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A parser of one statement's output, chunk by chunk, that skips every message but notifications without copying them. */
function notificationScanner(onNotification: (channel: string, payload: string) => void): (chunk: Uint8Array) => void {
  let skip = 0;
  let pending: Buffer | null = null;
  return (chunk) => {
    let data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (skip >= data.length) {
      skip -= data.length;
      return;
    }
    data = data.subarray(skip);
    skip = 0;
    if (pending) {
      data = Buffer.concat([pending, data]);
      pending = null;
    }
    let at = 0;
    while (at < data.length) {
      if (data.length - at < 5) {
        pending = Buffer.from(data.subarray(at));
        return;
      }
      const end = at + 1 + data.readInt32BE(at + 1);
      if (data[at] !== NOTIFICATION_RESPONSE) {
        if (end > data.length) {
          skip = end - data.length;
          return;
        }
        at = end;
        continue;
      }
      if (end > data.length) {
        pending = Buffer.from(data.subarray(at));
        return;
      }
      const channelEnd = data.indexOf(0, at + 9);
      const payloadEnd = data.indexOf(0, channelEnd + 1);
      onNotification(data.toString('utf8', at + 9, channelEnd), data.toString('utf8', channelEnd + 1, payloadEnd));
      at = end;
    }
  };
}
