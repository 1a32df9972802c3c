import 'reflect-metadata';
import { ensureDefaultApp } from './app/default-app';
import { AppsService } from './app/apps.service';
import { ConfigError, loadConfig } from './common/config/config';
import { openDatabase } from './common/database/database';
import { runMigrations } from './common/database/data-source';
import { createRootLogger } from './common/logging/logger';
import { createHttpApp, startDraining } from './http';

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
  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: await app.getUrl(), docs: '/docs' }, 'server listening');
}

main().catch((error) => {
  process.stderr.write(`failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
