import type { INestApplicationContext } from '@nestjs/common';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { AppsService } from '../app/apps.service';
import type { FileObjectService } from '../file/file-object.service';
import type { RosterService } from '../roster/roster.service';
import type { WebhookCommand } from '../webhook/webhook.cli';

/** Exit codes (README.md "Operator commands"). */
export enum ExitCode {
  Done = 0,
  /** The command ran and was refused or failed: unknown app, database unreachable. */
  Failed = 1,
  /** The command line is wrong: unknown command or option, missing or malformed value. Nothing ran. */
  Usage = 2,
}

/** The services a command calls; resolved only once a command is chosen, so help and usage errors load no module. */
export interface CliServices {
  apps: AppsService;
  roster: RosterService;
  files: FileObjectService;
  /** For commands whose module resolves its own services (verification). */
  context: INestApplicationContext;
}

export type Action = (services: CliServices) => Promise<unknown>;

function trueOrFalse(value: string): boolean {
  if (value !== 'true' && value !== 'false') throw new InvalidArgumentError('takes true or false.');
  return value === 'true';
}

/** `none` stays the word: commander turns a parsed null into an empty string. */
function wholeNumberOrNone(maxDigits: number): (value: string) => number | 'none' {
  return (value) => {
    if (value === 'none') return value;
    if (!new RegExp(`^\\d{1,${maxDigits}}$`).test(value)) throw new InvalidArgumentError('takes a whole number or none.');
    return Number(value);
  };
}

/**
 * Options a command cannot run without. Commander's own mandatory options are checked before
 * unknown ones, so a misspelled `--nam` would be reported as a missing `--name`; these are checked
 * in a preAction hook instead, after commander has named the unknown option.
 */
const REQUIRED = new WeakSet<Option>();

function requiredOption(command: Command, flags: string, description: string, parser?: (value: string) => unknown): Command {
  const option = new Option(flags, description);
  if (parser) option.argParser(parser);
  REQUIRED.add(option);
  return command.addOption(option);
}

function requireOptions(command: Command): void {
  const missing = command.options.find((option) => REQUIRED.has(option) && command.getOptionValue(option.attributeName()) === undefined);
  if (missing) command.error(`error: required option '${missing.flags}' not specified`, { exitCode: ExitCode.Usage, code: 'im.usage' });
}

/**
 * The command line, parsed before anything opens the database: --help, -h and `help [command]`
 * print usage and exit 0; an unknown command or option is named (with the closest known one) and
 * exits 2. The chosen command's action is handed to `chosen`.
 */
export function buildProgram(chosen: (action: Action) => void, output?: { writeOut(text: string): void; writeErr(text: string): void }): Command {
  const program = new Command('npm run app --')
    .description('Operator commands for apps (tenants). Each prints one JSON line on stdout; failures print one line on stderr.')
    .addHelpText('after', '\nExit codes: 0 done, 1 the command failed (unknown app, database error), 2 wrong command line.')
    .showSuggestionAfterError(true)
    .exitOverride();
  if (output) program.configureOutput(output);
  const app = (command: Command) => requiredOption(command, '--app <app_id>', 'the app');

  requiredOption(program.command('create').description('create an app; prints {"app_id", "admin_token"}'), '--name <name>', "the app's name").action((options: { name: string }) => chosen((services) => services.apps.create(options.name)));
  app(program.command('token').description('issue another admin token for the app')).action((options: { app: string }) =>
    chosen((services) => services.apps.issueAdminToken(options.app)),
  );
  program
    .command('revoke')
    .description('revoke one admin token (--token), or every admin token of an app (--app --all)')
    .option('--token <admin_token>', 'the admin token to revoke')
    .option('--app <app_id>', 'the app whose admin tokens to revoke (with --all)')
    .option('--all', 'every admin token of --app')
    .action((options: { token?: string; app?: string; all?: boolean }, command: Command) => {
      if (options.token !== undefined && options.app === undefined && !options.all) return chosen((services) => services.apps.revokeAdminToken(options.token!));
      if (options.token === undefined && options.app !== undefined && options.all) return chosen((services) => services.apps.revokeAllAdminTokens(options.app!));
      command.error('error: revoke needs --token ADMIN_TOKEN, or --app APP_ID --all', { exitCode: ExitCode.Usage, code: 'im.usage' });
    });
  requiredOption(app(program.command('registration').description('allow (default) or refuse self-registration; when refused, /user/register* needs the admin token')), '--open <true|false>', 'whether anyone may register', trueOrFalse)
    .action((options: { app: string; open: boolean }) => chosen((services) => services.apps.setRegistrationOpen(options.app, options.open)));
  requiredOption(app(program.command('stranger-messages').description('let users who are not friends message each other (default) or not')), '--allow <true|false>', 'whether strangers may message', trueOrFalse)
    .action((options: { app: string; allow: boolean }) => chosen((services) => services.roster.setStrangerMessages(options.app, options.allow)));
  requiredOption(app(program.command('group-limit').description("cap the app's live groups (creation answers 20007 at the cap)")), '--max <n|none>', 'the cap; none (the default) lifts it', wholeNumberOrNone(9))
    .action((options: { app: string; max: number | 'none' }) => chosen((services) => services.apps.setMaxGroups(options.app, options.max === 'none' ? null : options.max)));
  requiredOption(app(program.command('file-quota').description("the app's own file storage quota in bytes")), '--bytes <n|none>', 'the quota; none falls back to FILE_APP_QUOTA_BYTES', wholeNumberOrNone(15))
    .action((options: { app: string; bytes: number | 'none' }) => chosen((services) => services.files.setAppQuota(options.app, options.bytes === 'none' ? null : options.bytes)));

  const verification = app(program.command('verification').description("the app's verification policy; prints it (src/verification/README.md)"));
  for (const purpose of ['register', 'bind-mobile', 'bind-email', 'login', 'reset-password']) verification.option(`--${purpose} <policy>`, `required, optional or off for the ${purpose} code`);
  verification
    .option('--captcha-before-send <true|false>', 'ask for an image captcha before a code is sent')
    .option('--captcha-after-failed-logins <n|none>', 'ask for a captcha after this many failed password logins')
    .option('--signup-by-code <true|false>', 'let a login by code create the user');
  const sender = app(program.command('verification-sender').description("the app's code sender (src/verification/README.md \"Senders\")"));
  requiredOption(sender, '--channel <sms|email>', 'what the sender sends');
  requiredOption(sender, '--vendor <vendor>', 'aliyun, tencent, yunpian, twilio, smtp or log');
  sender.option('--settings <json>', "the vendor's settings").option('--secret <secret>', 'the credential, sealed at rest').option('--templates <json>', 'templates per language');
  for (const command of [verification, sender]) {
    command.action((options: { app: string }, chosenCommand: Command) => {
      const option = (name: string) => chosenCommand.getOptionValue(name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())) as string | undefined;
      chosen(async (services) => (await import('../verification/verification.cli')).runVerificationCommand(services.context, command.name() as 'verification' | 'verification-sender', options.app, option));
    });
  }

  const webhook = program.command('webhook').description("the app's webhooks (src/webhook/README.md); each prints what the matching admin route answers").exitOverride();
  const webhookCommands: Record<string, { description: string; options: [string, string][] }> = {
    list: { description: "the app's endpoints", options: [] },
    add: {
      description: 'add an endpoint; prints it with its secret (the only time the secret is shown)',
      options: [['--url <url>', 'where to POST'], ['--events <types>', 'event types, comma-separated'], ['--secret <secret>', 'the HMAC key (generated when left out)'], ['--enabled <true|false>', 'on (default) or off'], ['--with-content <true|false>', 'message content in message events (default true)']],
    },
    update: {
      description: 'change the fields given of an endpoint',
      options: [['--id <id>', 'the endpoint'], ['--url <url>', 'where to POST'], ['--events <types>', 'event types, comma-separated'], ['--secret <secret>', 'a new HMAC key'], ['--enabled <true|false>', 'on or off'], ['--with-content <true|false>', 'message content in message events']],
    },
    remove: { description: 'delete an endpoint', options: [['--id <id>', 'the endpoint']] },
    log: { description: "an endpoint's latest delivery attempts, newest first", options: [['--id <id>', 'the endpoint'], ['--limit <n>', 'how many (default 50, at most 200)']] },
    replay: {
      description: 'send one stored event again (--event), or every stored event from --from to --to (epoch ms)',
      options: [['--event <event_id>', 'the event'], ['--from <ms>', 'start of the range'], ['--to <ms>', 'end of the range (exclusive)'], ['--id <id>', 'only to this endpoint']],
    },
    'before-send': {
      description: 'show the before-send hook; set it with --url --timeout-ms --on-timeout; remove it with --off true',
      options: [['--url <url>', 'where to POST each message'], ['--timeout-ms <ms>', 'how long a send waits (50-10000)'], ['--on-timeout <allow|refuse>', 'what a timeout does'], ['--secret <secret>', 'the HMAC key (kept, or generated, when left out)'], ['--enabled <true|false>', 'on (default) or off'], ['--off <true>', 'remove the hook']],
    },
  };
  for (const [name, { description, options }] of Object.entries(webhookCommands)) {
    const command = app(webhook.command(name).description(description));
    for (const [flags, about] of options) command.option(flags, about);
    command.action((values: { app: string }, chosenCommand: Command) => {
      const option = (flag: string) => chosenCommand.getOptionValue(flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())) as string | undefined;
      chosen(async (services) => (await import('../webhook/webhook.cli')).runWebhookCommand(services.context, name as WebhookCommand, values.app, option));
    });
  }

  const apps = program.command('apps').description('look at apps').exitOverride();
  apps
    .command('list')
    .description('every app, oldest first: [{"app_id", "name", "created_at", "registration_open", "max_groups"}]')
    .action(() => chosen((services) => services.apps.list()));
  app(apps.command('show').description('one app: {"app_id", "name", "created_at", "registration_open", "max_groups"}')).action((options: { app: string }) =>
    chosen((services) => services.apps.show(options.app)),
  );
  for (const command of [program, apps, webhook, ...program.commands, ...apps.commands, ...webhook.commands]) command.exitOverride().showSuggestionAfterError(true).allowExcessArguments(false);
  program.hook('preAction', (_program, actionCommand) => requireOptions(actionCommand));
  return program;
}

/** The exit code of a command line commander stopped: asked-for help (its exit code 0) is done, anything else a usage error. */
export function exitCodeOf(error: CommanderError): ExitCode {
  return error.exitCode === 0 ? ExitCode.Done : ExitCode.Usage;
}
