/**
 * @module convert
 * `officemate convert FILE [--to md|json]`: read any supported file and print its typed model.
 * A file is read in a worker thread under the per-file budget (wall time and heap included,
 * `index/isolated-reader.ts`), so a file built to loop or balloon fails with
 * `file_too_complex` instead of running forever; mail folders are read here, as `index` does.
 */
import { readFile as readBytes, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_BUDGET } from '../../formats/budget.ts';
import { writeMarkdown } from '../../formats/markdown/write-markdown.ts';
import { DEFAULT_MAX_BYTES, readFile } from '../../formats/read-file.ts';
import { toSerializable } from '../../formats/serialize.ts';
import { openIsolatedReader } from '../../index/isolated-reader.ts';
import type { IsolatedReadOptions } from '../../index/types.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import type { Result, Warning } from '../../lib/result.ts';
import { requirePositional, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';

type Converted = { readonly model: unknown } | { readonly markdown: string };
/** What was read, with the reader's warnings (what it skipped or guessed), which go to stderr. */
type ConvertedFile = { readonly converted: Converted; readonly warnings: readonly Warning[] };

/** Reads `path` in the isolated reader; folders, missing and oversized files go through `readFile` for its answer. */
async function convertFile(
  path: string,
  to: 'md' | 'json',
  options: IsolatedReadOptions,
  wallMs: number | undefined,
): Promise<ConvertedFile> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile() || info.size > DEFAULT_MAX_BYTES) {
    const result = await readFile(path, options);
    if (!result.success) throw new OfficemateError(result.error);
    const converted =
      to === 'json' ? { model: toSerializable(result.data) } : { markdown: writeMarkdown(result.data) };
    return { converted, warnings: result.warnings };
  }
  const bytes = await readBytes(path);
  const reader = openIsolatedReader(wallMs !== undefined ? { wallMs } : undefined);
  try {
    const result: Result<Converted> =
      to === 'json' ? await reader.model(path, bytes, options) : await reader.markdown(path, bytes, options);
    if (!result.success) throw new OfficemateError(result.error);
    return { converted: result.data, warnings: result.warnings };
  } finally {
    await reader.close();
  }
}

const USAGE = 'convert FILE [--to md|json] [--json] [--time-limit SECONDS]';

/** `--time-limit SECONDS` as milliseconds (fractions allowed), or undefined for the budget's default. */
function timeLimitFlag(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    fail('bad_usage', `--time-limit must be a number of seconds above 0, not "${raw}".`, {
      hint: `The default is ${DEFAULT_BUDGET.wallMs / 1000} s.`,
    });
  return Math.ceil(seconds * 1000);
}

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Read any supported file and print it as Markdown (default) or as its typed model in JSON.',
  usage: USAGE,
  options: { to: { type: 'string' }, window: { type: 'string' }, 'time-limit': { type: 'string' } },
  help: [
    'Flags:',
    '  --to md|json    output form (default md; --json implies json)',
    '  --window A..B   calendars: expand recurrences between two ISO dates',
    `  --time-limit S  wall time for reading the file (default ${DEFAULT_BUDGET.wallMs / 1000} s); a file is read in a`,
    `                  worker thread with that time and ${DEFAULT_BUDGET.memoryMb} MiB of heap, and one over either`,
    '                  fails with file_too_complex (exit 2)',
    '',
    'Examples:',
    '  officemate convert report.docx',
    '  officemate convert deck.pptx --to json',
  ].join('\n'),
  async run(context) {
    const path = requirePositional(context, 0, 'FILE', USAGE);
    const to = stringFlag(context, 'to') ?? (context.json ? 'json' : 'md');
    if (to !== 'md' && to !== 'json') fail('bad_usage', `--to must be md or json, not "${to}".`);
    const windowFlag = stringFlag(context, 'window');
    let window: { start: string; end: string } | undefined;
    if (windowFlag) {
      const [start, end] = windowFlag.split('..');
      if (!start || !end || Number.isNaN(Date.parse(start)) || Number.isNaN(Date.parse(end))) {
        fail('bad_usage', `--window must be START..END in ISO 8601, not "${windowFlag}".`);
      }
      window = { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
    }
    const wallMs = timeLimitFlag(stringFlag(context, 'time-limit'));
    const options = { now: context.clock.now(), ...(window ? { window } : {}) };
    const { converted, warnings } = await convertFile(path, to, options, wallMs);
    for (const warning of warnings) context.log(`officemate: ${basename(path)}: ${warning.message}`);
    if ('model' in converted) context.outJson(converted.model);
    else if (context.json) context.outJson({ markdown: converted.markdown });
    else context.out(converted.markdown);
    return 0;
  },
};
