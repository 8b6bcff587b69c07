/**
 * @module command
 * The shape of one CLI command. Commands are thin: parse flags, call a skill or a format
 * function, print through the context. Every command gets the global flags (--json, --db,
 * --now, engine selection) already parsed.
 */
import type { ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

import type { Clock } from '../lib/clock.ts';
import type { ModelRuntime } from '../models/model-runtime.ts';

export type GlobalOptions = {
  readonly json: boolean;
  /** Index location: a SQLite file path or a postgres:// URL. */
  readonly db: string;
  /** Officemate's home folder (config, default index, artifacts). */
  readonly home: string;
  readonly clock: Clock;
  readonly engine?: string;
  readonly model?: string;
  readonly baseUrl?: string;
  /** `--timeout SECONDS`, in milliseconds: the longest one model call may take. */
  readonly timeoutMs?: number;
  readonly quiet: boolean;
};

export type CommandContext = GlobalOptions & {
  /** The process's model, owned and released by `main`: commands and skills never release it. */
  readonly runtime: ModelRuntime;
  /** Aborted on Ctrl-C, so a running skill stops cleanly. */
  readonly signal: AbortSignal;
  /** The command's own flags, parsed. */
  readonly values: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
  readonly positionals: readonly string[];
  /** Writes text to stdout (a newline is added). */
  out(text: string): void;
  /** Writes text to stdout as it is, for text shown as it comes (no newline added). */
  write?(text: string): void;
  /** Present when stdout is a terminal: its width, so text shown as it comes can be rewritten in place. */
  readonly terminal?: { readonly columns: number };
  /** Writes a log line to stderr (suppressed by --quiet). */
  log(text: string): void;
  /** Writes one JSON value to stdout as a single line (for --json and --batch). */
  outJson(value: unknown): void;
};

export type Command = {
  /** "convert", or "mail threads" for a subcommand. */
  readonly name: string;
  readonly summary: string;
  /** Usage line after `officemate `, e.g. "convert FILE [--to md|json]". */
  readonly usage: string;
  readonly options?: ParseArgsOptionsConfig;
  /** Longer help text: flags and examples. */
  readonly help?: string;
  /** Returns the exit code (0 when omitted). Throw OfficemateError for failures. */
  run(context: CommandContext): Promise<number | undefined> | number | undefined;
};
