/**
 * @module main
 * The CLI edge: global flags, command dispatch, exit codes (0 ok, 1 the work failed,
 * 2 bad usage or bad input) and JSON errors under --json.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { fixedClock, systemClock } from '../lib/clock.ts';
import { type AppError, isInputError, OfficemateError, toAppError } from '../lib/errors.ts';
import { version } from '../lib/version.ts';
import type { ModelRuntime } from '../models/model-runtime.ts';
import type { Command, CommandContext, GlobalOptions } from './command.ts';
import { COMMANDS } from './commands/index.ts';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

const GLOBAL_OPTIONS: ParseArgsOptionsConfig = {
  json: { type: 'boolean', default: false },
  db: { type: 'string' },
  now: { type: 'string' },
  engine: { type: 'string' },
  model: { type: 'string' },
  'base-url': { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export { version };

/**
 * Other spellings of a flag, read as the one the help names. Every command that writes a file
 * or folder takes `-o, --output`; `--out` is the same flag.
 */
const FLAG_ALIASES: Readonly<Record<string, string>> = { out: 'output' };

/** The command's words with each flag alias spelled as its flag ("--out x" as "--output x"); after "--" nothing is a flag. */
export function canonicalFlags(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((word, at) => {
    if ((end >= 0 && at > end) || !word.startsWith('--')) return word;
    const [name = '', ...value] = word.slice(2).split('=');
    const flag = FLAG_ALIASES[name];
    return flag ? `--${[flag, ...value].join('=')}` : word;
  });
}

/**
 * Global flags written before the command ("officemate -q --db x.db index ~/work") moved after
 * it, where the command's parser reads them; a flag that is not global stays where it is.
 */
export function globalsAfterCommand(argv: readonly string[]): string[] {
  const leading: string[] = [];
  let at = 0;
  while (at < argv.length) {
    const word = argv[at] ?? '';
    const named = word.startsWith('--') ? word.slice(2).split('=')[0] : undefined;
    const option = named
      ? GLOBAL_OPTIONS[named]
      : Object.values(GLOBAL_OPTIONS).find((entry) => entry.short && word === `-${entry.short}`);
    if (!option || word === '--help' || word === '-h') break;
    const takesValue = option.type === 'string' && !word.includes('=');
    leading.push(...argv.slice(at, at + (takesValue ? 2 : 1)));
    at += takesValue ? 2 : 1;
  }
  return [...argv.slice(at), ...leading];
}

export function officemateHome(): string {
  return process.env.OFFICEMATE_HOME ?? join(homedir(), '.officemate');
}

function generalHelp(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((name) => name.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]?.summary ?? ''}`);
  return [
    `officemate ${version()}: an AI assistant for office work, on your own machine.`,
    '',
    'Usage: officemate COMMAND [ARGS] [--json] [--db PATH] [--now ISO] [--engine builtin|llama-cpp|openai-compatible]',
    '',
    'Commands:',
    ...lines,
    '',
    'Global flags:',
    '  --json             machine-readable output on stdout, logs on stderr',
    '  --db PATH|URL      the index: a SQLite file or postgres:// URL (default $OFFICEMATE_HOME/index.db)',
    '  --now ISO          fix "now" for relative dates',
    '  --engine NAME      builtin (default), llama-cpp or openai-compatible; also --model, --base-url',
    '                     (--model FILE.gguf alone implies llama-cpp, --base-url URL openai-compatible)',
    '  --timeout SECONDS  the longest one model call may take (default 120; 600 for llama-cpp)',
    '  -q, --quiet        no progress or logs on stderr',
    '  -o, --output PATH  where a command that writes a file (or folder) writes it; --out is the same flag',
    '  -h, --help         help for a command: officemate COMMAND --help',
    '  --version          print the version',
  ].join('\n');
}

/** Help for a group of subcommands (`officemate mail --help`). */
function groupHelp(group: string, subcommands: readonly string[]): string {
  const width = Math.max(...subcommands.map((name) => name.length));
  return [
    `Usage: officemate ${group} SUBCOMMAND [ARGS] [--json]`,
    '',
    'Subcommands:',
    ...subcommands.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]?.summary ?? ''}`),
    '',
    `Help for one: officemate ${subcommands[0]} --help`,
  ].join('\n');
}

/** A usage error in the command's own words, not the argument parser's. */
function flagError(thrown: unknown, command: Command): AppError {
  const message = (thrown as Error).message;
  const flag = /'(-{1,2}[^'\s]+)'/.exec(message)?.[1];
  const usage = `Usage: officemate ${command.usage}\nRun \`officemate ${command.name} --help\` for every flag.`;
  if (/^Unknown option/.test(message) && flag)
    return { code: 'bad_usage', message: `${command.name} has no flag ${flag}.`, hint: usage };
  if (/argument missing/.test(message) && flag)
    return { code: 'bad_usage', message: `${flag} needs a value.`, hint: usage };
  if (/does not take an argument/.test(message) && flag)
    return { code: 'bad_usage', message: `${flag} takes no value.`, hint: usage };
  return { code: 'bad_usage', message: `Could not read the flags of ${command.name}.`, hint: usage };
}

/**
 * A flag that takes one value given twice with different values: the parser would keep the
 * last and drop the others unsaid ("analyze t.csv --ask A --ask B" answered only B).
 */
export function repeatedFlag(
  tokens: readonly { kind: string; name?: string; value?: string | undefined }[],
  options: ParseArgsOptionsConfig,
  command: Command,
): AppError | undefined {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || token.value === undefined) continue;
    const option = options[token.name];
    if (option?.type !== 'string' || option.multiple) continue;
    const before = seen.get(token.name);
    if (before !== undefined && before !== token.value)
      return {
        code: 'bad_usage',
        message: `--${token.name} takes one value, and was given two ("${before}" and "${token.value}").`,
        hint: `Give --${token.name} once; for several, run the command once for each${command.options?.batch ? ' or use --batch FILE.jsonl' : ''}.`,
      };
    seen.set(token.name, token.value);
  }
  return undefined;
}

function commandHelp(command: Command): string {
  return [
    `Usage: officemate ${command.usage}`,
    '',
    command.summary,
    ...(command.help ? ['', command.help] : []),
  ].join('\n');
}

type Streams = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** Runs the CLI and returns the exit code. Never calls process.exit, so piped output drains. */
export async function main(
  argv: readonly string[],
  streams: Streams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  argv = globalsAfterCommand(argv);
  const write = (stream: NodeJS.WritableStream, text: string) => stream.write(`${text}\n`);
  const wantsJson = argv.includes('--json');
  const report = (error: AppError): number => {
    if (wantsJson) {
      write(
        streams.stdout,
        JSON.stringify({
          error: {
            code: error.code,
            message: error.message,
            ...(error.hint ? { hint: error.hint } : {}),
            ...(error.path ? { path: error.path } : {}),
          },
        }),
      );
    }
    write(streams.stderr, `officemate: ${error.message}${error.hint ? `\n  ${error.hint}` : ''}`);
    return isInputError(error) ? 2 : 1;
  };

  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    write(streams.stdout, generalHelp());
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    write(streams.stdout, version());
    return 0;
  }

  const twoWord = argv.length > 1 ? `${argv[0]} ${argv[1]}` : '';
  const name = twoWord in COMMANDS ? twoWord : (argv[0] ?? '');
  const entry = COMMANDS[name];
  if (!entry) {
    const subcommands = Object.keys(COMMANDS).filter((key) => key.startsWith(`${argv[0]} `));
    const asksHelp = argv[1] === undefined || ['--help', '-h', 'help'].includes(argv[1]);
    if (subcommands.length && asksHelp) {
      write(streams.stdout, groupHelp(argv[0] ?? '', subcommands));
      return argv[1] === undefined ? 2 : 0;
    }
    const hint = subcommands.length
      ? `Try one of: ${subcommands.map((key) => `officemate ${key}`).join(', ')}.`
      : 'Run `officemate --help` for the list of commands.';
    return report({
      code: 'bad_usage',
      message: `Unknown command: ${argv.slice(0, subcommands.length ? 2 : 1).join(' ')}.`,
      hint,
    });
  }
  const rest = canonicalFlags(argv.slice(name.split(' ').length));

  let runtime: ModelRuntime | undefined;
  let removeInterrupt = () => {};
  try {
    const command = await entry.load();
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...GLOBAL_OPTIONS, ...(command.options ?? {}) },
        allowPositionals: true,
        strict: true,
        tokens: true,
      });
    } catch (thrown) {
      return report(flagError(thrown, command));
    }
    const repeated = repeatedFlag(
      parsed.tokens ?? [],
      { ...GLOBAL_OPTIONS, ...(command.options ?? {}) },
      command,
    );
    if (repeated) return report(repeated);
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.help) {
      write(streams.stdout, commandHelp(command));
      return 0;
    }
    let clock = systemClock;
    if (typeof values.now === 'string') {
      try {
        clock = fixedClock(values.now);
      } catch {
        return report({
          code: 'bad_usage',
          message: `--now ${values.now} is not an ISO 8601 date.`,
          hint: 'Example: --now 2024-03-01T09:00:00Z',
        });
      }
    }
    const timeoutMs = timeoutFlag(values.timeout);
    if (timeoutMs === null)
      return report({
        code: 'bad_usage',
        message: `--timeout ${String(values.timeout)} is not a number of seconds.`,
        hint: 'Example: --timeout 30',
      });
    const home = officemateHome();
    const globals: GlobalOptions = {
      json: values.json === true,
      db: (values.db as string | undefined) ?? process.env.OFFICEMATE_DB ?? join(home, 'index.db'),
      home,
      clock,
      quiet: values.quiet === true,
      ...(typeof values.engine === 'string' ? { engine: values.engine } : {}),
      ...(typeof values.model === 'string' ? { model: values.model } : {}),
      ...(typeof values['base-url'] === 'string' ? { baseUrl: values['base-url'] } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    };
    const { lazyModelRuntime } = await import('../models/lazy-model-runtime.ts');
    runtime = lazyModelRuntime(globals);
    const interrupt = new AbortController();
    const stop = () => interrupt.abort(new OfficemateError({ code: 'aborted', message: 'Interrupted.' }));
    process.once('SIGINT', stop);
    removeInterrupt = () => process.off('SIGINT', stop);
    const context: CommandContext = {
      ...globals,
      runtime,
      signal: interrupt.signal,
      values: parsed.values as CommandContext['values'],
      positionals: parsed.positionals,
      out: (text) => write(streams.stdout, text),
      write: (text) => streams.stdout.write(text),
      ...terminalOf(streams.stdout),
      log: (text) => {
        if (!globals.quiet) write(streams.stderr, text);
      },
      outJson: (value) => write(streams.stdout, JSON.stringify(value)),
    };
    const code = (await command.run(context)) ?? 0;
    await drain(streams.stdout);
    return code;
  } catch (thrown) {
    const error = toAppError(thrown);
    if (!(thrown instanceof OfficemateError) && process.env.OFFICEMATE_DEBUG)
      write(streams.stderr, String((thrown as Error).stack));
    const code = report(error);
    await drain(streams.stdout);
    return code;
  } finally {
    removeInterrupt();
    // The process owns the model: released once, after the command, never by a skill.
    await runtime?.close();
  }
}

/** The terminal's width when stdout is one. */
function terminalOf(stream: NodeJS.WritableStream): { terminal?: { columns: number } } {
  const tty = stream as NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  return tty.isTTY ? { terminal: { columns: tty.columns || 80 } } : {};
}

/** `--timeout SECONDS` in milliseconds; undefined when absent, null when not a positive number. */
function timeoutFlag(value: unknown): number | undefined | null {
  if (typeof value !== 'string') return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? Math.max(1, Math.round(seconds * 1000)) : null;
}

/** Waits until everything written to a stream has been handed to the OS. */
function drain(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.write('')) stream.once('drain', () => resolve());
    else resolve();
  });
}
