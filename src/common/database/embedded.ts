import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
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
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
