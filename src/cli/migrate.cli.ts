import { loadConfig } from '../common/config/config';
import { openDatabase } from '../common/database/database';
import { runMigrations } from '../common/database/data-source';

/** `npm run migration:run`: applies pending migrations to DATABASE_URL or the embedded database. */
async function main(): Promise<void> {
  const database = await openDatabase(loadConfig(), 'client');
  try {
    const applied = await runMigrations(database.url);
    process.stdout.write(JSON.stringify({ applied }) + '\n');
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
