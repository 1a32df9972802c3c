import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from 'pino';
import { AppsService } from './apps.service';

/**
 * First start against an empty database: creates the `default` app, logs its id and admin token
 * once, and keeps them in <dataDir>/default-app.json (mode 0600) for the operator.
 */
export async function ensureDefaultApp(apps: AppsService, dataDir: string, logger: Logger): Promise<void> {
  const created = await apps.createDefaultAppIfEmpty();
  if (!created) return;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'default-app.json');
  writeFileSync(file, JSON.stringify(created, null, 2) + '\n', { mode: 0o600 });
  logger.info({ app_id: created.app_id, admin_token: created.admin_token, file }, 'created the default app');
}
