import { CommanderError } from 'commander';
import { buildProgram, exitCodeOf } from './app.commands';

/** Parses one command line in-process, as `npm run app -- …args` would, capturing what commander prints. */
function parse(...args: string[]): { exitCode: number | null; out: string; err: string; chose: boolean } {
  let out = '';
  let err = '';
  let chose = false;
  const program = buildProgram(() => (chose = true), { writeOut: (text) => (out += text), writeErr: (text) => (err += text) });
  try {
    program.parse(['node', 'app.cli.js', ...args]);
    return { exitCode: null, out, err, chose };
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { exitCode: exitCodeOf(error), out, err, chose };
  }
}

const COMMANDS = ['create', 'token', 'revoke', 'registration', 'stranger-messages', 'group-limit', 'file-quota', 'apps', 'apps list', 'apps show'];

describe('the operator command line', () => {
  it.each([['--help'], ['-h'], ['help']])('prints the program help for %s on stdout with exit 0', (flag) => {
    const answer = parse(flag);
    expect(answer).toMatchObject({ exitCode: 0, err: '', chose: false });
    expect(answer.out).toMatch(/^Usage: npm run app -- \[options\] \[command\]/);
    for (const command of COMMANDS.filter((name) => !name.includes(' '))) expect(answer.out).toContain(`\n  ${command} `);
    expect(answer.out).toContain('Exit codes: 0 done, 1 the command failed (unknown app, database error), 2 wrong command line.');
  });

  // `help` names one level: `help apps`, `apps help show`.
  const helpForms = (command: string) => {
    const words = command.split(' ');
    return [[...words, '--help'], [...words.slice(0, -1), 'help', words[words.length - 1]]];
  };
  it.each(COMMANDS.flatMap(helpForms))('prints help for %s %s %s', (...args) => {
    const answer = parse(...args);
    const command = args.filter((arg) => arg !== 'help' && arg !== '--help').join(' ');
    expect(answer).toMatchObject({ exitCode: 0, err: '', chose: false });
    expect(answer.out).toMatch(new RegExp(`^Usage: npm run app -- ${command} `));
  });

  it('names an unknown option, and the known one it resembles, before any missing one', () => {
    expect(parse('create', '--nam', 'shop')).toEqual({ exitCode: 2, out: '', err: "error: unknown option '--nam'\n(Did you mean --name?)\n", chose: false });
    expect(parse('apps', 'show', '--ap', 'x')).toMatchObject({ exitCode: 2, err: "error: unknown option '--ap'\n(Did you mean --app?)\n", chose: false });
    expect(parse('create')).toEqual({ exitCode: 2, out: '', err: "error: required option '--name <name>' not specified\n", chose: false });
  });

  it('chooses a command only when its line is complete and well-formed', () => {
    expect(parse('create', '--name', 'shop')).toMatchObject({ exitCode: null, chose: true });
    expect(parse('apps', 'list')).toMatchObject({ exitCode: null, chose: true });
    expect(parse('group-limit', '--app', 'a', '--max', 'lots')).toMatchObject({ exitCode: 2, chose: false });
    expect(parse('group-limit', '--app', 'a', '--max', 'none')).toMatchObject({ exitCode: null, chose: true });
    expect(parse('revoke', '--token', 't', '--all')).toMatchObject({ exitCode: 2, chose: false });
  });
});
