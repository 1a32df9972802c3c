import 'reflect-metadata';
import { CommanderError } from 'commander';
import { Action, buildProgram, ExitCode, exitCodeOf } from './app.commands';

/** Runs one action against the configured database in an application context without workers or sockets. */
async function runAction(action: Action): Promise<unknown> {
  // Loaded here, not at the top: --help and usage errors answer without loading the server's modules.
  const [{ NestFactory }, { AppModule }, { AppsService }, { loadConfig }, { openDatabase }, { runMigrations }, { FileObjectService }, { RosterService }] = await Promise.all([
    import('@nestjs/core'),
    import('../app.module'),
    import('../app/apps.service'),
    import('../common/config/config'),
    import('../common/database/database'),
    import('../common/database/data-source'),
    import('../file/file-object.service'),
    import('../roster/roster.service'),
  ]);
  // A one-shot command runs no workers: in embedded mode PUSH_WORKERS_IN_API defaults to on, and the
  // CLI would briefly take queued push jobs and retention sweeps from the server it sits beside.
  const config = { ...loadConfig(), logLevel: 'silent', pushWorkersInApi: false };
  const database = await openDatabase(config, 'client');
  try {
    await runMigrations(database.url);
    // No command announces anything to devices, and the realtime fan-out would not close this soon (AppModuleOptions).
    const context = await NestFactory.createApplicationContext(AppModule.register(config, database.url, { realtime: false }), { logger: false });
    try {
      return await action({ apps: context.get(AppsService), roster: context.get(RosterService), files: context.get(FileObjectService), context });
    } finally {
      await context.close();
    }
  } finally {
    await database.close();
  }
}

async function main(): Promise<ExitCode> {
  let action: Action | null = null;
  const program = buildProgram((chosen) => (action = chosen));
  try {
    program.parse(process.argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Asked-for help went to stdout; a usage error was printed on stderr.
    return exitCodeOf(error);
  }
  if (!action) {
    program.outputHelp({ error: true });
    return ExitCode.Usage;
  }
  process.stdout.write(JSON.stringify(await runAction(action)) + '\n');
  return ExitCode.Done;
}

// Exits once the answer is printed: queue connections and timers of the modules do not all end
// with the application context, and an operator command must not hang on them.
main().then(
  (code) => process.exit(code),
  async (error) => {
    // Refusals (unknown app, bad setting) are one line already; anything else is prefixed.
    const [{ ApiError }, { ConfigError }] = await Promise.all([import('../common/errors/error-codes'), import('../common/config/config')]);
    if (error instanceof ApiError || error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(ExitCode.Failed);
  },
);
