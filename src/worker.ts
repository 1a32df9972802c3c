import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './common/config/config';
import { openDatabase } from './common/database/database';
import { runMigrations } from './common/database/data-source';
import { createRootLogger, JsonLogger } from './common/logging/logger';

/**
 * The push worker process: the same modules as the API, no HTTP listener, push workers always on.
 * With the embedded database it connects to the engine the API process runs (start the API first).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = { ...loadConfig(), pushWorkersInApi: true };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const logger = createRootLogger(config.logLevel);
  const database = await openDatabase(config, 'client');
  // Migrations take an advisory lock, so an API and a worker starting together migrate once.
  await runMigrations(database.url);
  const app = await NestFactory.createApplicationContext(AppModule.register(config, database.url), { logger: new JsonLogger(logger) });
  await app.init();
  logger.info({ concurrency: config.pushWorkerConcurrency, queue: config.redisUrl ? 'redis' : 'postgresql' }, 'push workers running');
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'worker shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
