import 'reflect-metadata';
import { ensureDefaultApp } from './app/default-app';
import { AppsService } from './app/apps.service';
import { ConfigError, loadConfig } from './common/config/config';
import { openDatabase } from './common/database/database';
import { runMigrations } from './common/database/data-source';
import { createRootLogger } from './common/logging/logger';
import { createHttpApp, startDraining } from './http';

/**
 * Connections the kernel holds for us until the event loop accepts them. Node's default, 511, is
 * overrun when thousands of devices reconnect at once: the kernel then drops their handshakes and
 * each one retries after 1, 3, 7, 15 s (SYN-ACK retransmits), which set the reconnect's tail
 * (src/realtime/README.md "Reconnect"). The kernel caps this at net.core.somaxconn (4096 on
 * Linux 5.4 and later), so that sysctl is the operator's one knob.
 */
const ACCEPT_BACKLOG = 65_535;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const logger = createRootLogger(config.logLevel);
  const database = await openDatabase(config, 'owner');
  logger.info({ embedded: database.embedded, dataDir: config.dataDir }, database.embedded ? 'using the embedded database' : 'using DATABASE_URL');
  const applied = await runMigrations(database.url);
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');

  const app = await createHttpApp(config, database.url, logger);
  if (config.bootstrapDefaultApp) await ensureDefaultApp(app.get(AppsService), config.dataDir, logger);

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    startDraining(app);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host, backlog: ACCEPT_BACKLOG });
  logger.info({ url: await app.getUrl(), docs: '/docs' }, 'server listening');
}

main().catch((error) => {
  process.stderr.write(`failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
