/**
 * @module batch
 * `--batch FILE.jsonl`: one JSON object per line in, one JSON line per input out, each
 * carrying its `id`. A bad line yields an error line for that id; the batch goes on.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fail, toAppError } from '../lib/errors.ts';
import type { CommandContext } from './command.ts';

export type BatchItem = Record<string, unknown> & { id: string | number };

export async function* readBatch(
  path: string,
): AsyncGenerator<BatchItem | { id: string | number; parseError: string }> {
  try {
    await access(path);
  } catch {
    fail('file_not_found', `Batch file ${path} does not exist.`, { path });
  }
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error('not a JSON object');
      const item = value as Record<string, unknown>;
      const id = typeof item.id === 'string' || typeof item.id === 'number' ? item.id : lineNumber;
      yield { ...item, id } as BatchItem;
    } catch (thrown) {
      yield { id: lineNumber, parseError: `line ${lineNumber}: ${(thrown as Error).message}` };
    }
  }
}

/** Runs `answer` for each line and prints `{ id, ...result }` or `{ id, error }` per line. Returns the exit code. */
export async function runBatch(
  context: CommandContext,
  path: string,
  answer: (item: BatchItem) => Promise<Record<string, unknown>>,
): Promise<number> {
  let failures = 0;
  for await (const item of readBatch(path)) {
    if ('parseError' in item) {
      failures++;
      context.outJson({ id: item.id, error: { code: 'bad_usage', message: item.parseError } });
      continue;
    }
    try {
      context.outJson({ id: item.id, ...(await answer(item)) });
    } catch (thrown) {
      failures++;
      const error = toAppError(thrown);
      context.outJson({ id: item.id, error: { code: error.code, message: error.message } });
    }
  }
  return failures > 0 ? 1 : 0;
}
