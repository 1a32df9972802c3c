import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from 'pino';
import { AppsService } from './apps.service';

/**
 * First start against an empty database: creates the `default` app and keeps its id and admin
 * token in <dataDir>/default-app.json (mode 0600) for the operator. The token never enters the
 * JSON log, which log shippers copy far and wide; a person watching the terminal (stdout is a TTY)
 * gets it printed once.
 */
export async function ensureDefaultApp(apps: AppsService, dataDir: string, logger: Logger, terminal: NodeJS.WriteStream = process.stdout): Promise<void> {
  const created = await apps.createDefaultAppIfEmpty();
  if (!created) return;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'default-app.json');
  writeFileSync(file, JSON.stringify(created, null, 2) + '\n', { mode: 0o600 });
  logger.info({ app_id: created.app_id, file }, 'created the default app; its admin token is in the file');
  if (terminal.isTTY) terminal.write(`\nThe default app: app_id ${created.app_id}, admin token ${created.admin_token} (also in ${file})\n\n`);
}
