import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { AppsService } from '../app/apps.service';
import { ConfigError, loadConfig } from '../common/config/config';
import { openDatabase } from '../common/database/database';
import { runMigrations } from '../common/database/data-source';
import { ApiError } from '../common/errors/error-codes';
import { FileObjectService } from '../file/file-object.service';
import { RosterService } from '../roster/roster.service';
import { runVerificationCommand, VERIFICATION_USAGE } from '../verification/verification.cli';

const USAGE = `usage:
  npm run app -- create --name NAME                 create an app; prints {"app_id", "admin_token"}
  npm run app -- token --app APP_ID                 issue another admin token for the app
  npm run app -- revoke --token ADMIN_TOKEN         revoke one admin token
  npm run app -- revoke --app APP_ID --all          revoke every admin token of the app
  npm run app -- registration --app APP_ID --open true|false
                                                    allow or refuse self-registration (default open)
  npm run app -- stranger-messages --app APP_ID --allow true|false
                                                    let users who are not friends message each other (default true)
  npm run app -- group-limit --app APP_ID --max N|none
                                                    cap the app's live groups (default none)
  npm run app -- file-quota --app APP_ID --bytes N|none
                                                    the app's own file storage quota (none: FILE_APP_QUOTA_BYTES)
${VERIFICATION_USAGE}`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

function required(args: string[], name: string): string {
  const value = option(args, name);
  if (!value || value.startsWith('--')) throw new UsageError(`--${name} is required`);
  return value;
}

class UsageError extends Error {}

function limit(args: string[], name: string, maxDigits = 9): number | null {
  const value = required(args, name);
  if (value === 'none') return null;
  if (!new RegExp(`^\\d{1,${maxDigits}}$`).test(value)) throw new UsageError(`--${name} takes a whole number or none`);
  return Number(value);
}

function flag(args: string[], name: string): boolean {
  const value = required(args, name);
  if (value !== 'true' && value !== 'false') throw new UsageError(`--${name} takes true or false`);
  return value === 'true';
}

async function run(context: INestApplicationContext, args: string[]): Promise<unknown> {
  const apps = context.get(AppsService);
  switch (args[0]) {
    case 'create':
      return apps.create(required(args, 'name'));
    case 'token':
      return apps.issueAdminToken(required(args, 'app'));
    case 'revoke':
      if (option(args, 'token')) return apps.revokeAdminToken(required(args, 'token'));
      if (args.includes('--all')) return apps.revokeAllAdminTokens(required(args, 'app'));
      throw new UsageError('revoke needs --token ADMIN_TOKEN, or --app APP_ID --all');
    case 'registration':
      return apps.setRegistrationOpen(required(args, 'app'), flag(args, 'open'));
    case 'stranger-messages':
      return context.get(RosterService).setStrangerMessages(required(args, 'app'), flag(args, 'allow'));
    case 'group-limit':
      return apps.setMaxGroups(required(args, 'app'), limit(args, 'max'));
    case 'file-quota':
      return context.get(FileObjectService).setAppQuota(required(args, 'app'), limit(args, 'bytes', 15));
    case 'verification':
    case 'verification-sender':
      return runVerificationCommand(context, args[0], required(args, 'app'), (name) => option(args, name));
    default:
      throw new UsageError(args[0] ? `unknown command ${args[0]}` : 'no command given');
  }
}

/** Operator commands; each prints one JSON line on success, a one-line reason and exit 1 otherwise. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // A one-shot command runs no workers: in embedded mode PUSH_WORKERS_IN_API defaults to on, and the
  // CLI would briefly take queued push jobs and retention sweeps from the server it sits beside.
  const config = { ...loadConfig(), logLevel: 'silent', pushWorkersInApi: false };
  const database = await openDatabase(config, 'client');
  try {
    await runMigrations(database.url);
    // No command announces anything to devices, and the realtime fan-out would not close this soon (AppModuleOptions).
    const context = await NestFactory.createApplicationContext(AppModule.register(config, database.url, { realtime: false }), { logger: false });
    try {
      process.stdout.write(JSON.stringify(await run(context, args)) + '\n');
    } finally {
      await context.close();
    }
  } finally {
    await database.close();
  }
}

// Exits once the answer is printed: queue connections and timers of the modules do not all end
// with the application context, and an operator command must not hang on them.
main().then(
  () => process.exit(0),
  (error) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n${USAGE}\n`);
    else if (error instanceof ApiError || error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
