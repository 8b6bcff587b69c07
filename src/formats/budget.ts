/**
 * @module budget
 * Per-file budgets: how much work reading one file may cost. Readers check the cheap ones as
 * they go (XML tags per part, cells, recurrence length), `readBuffer` checks the text of the
 * result, and the index checks chunks; the wall time and memory are enforced by running the
 * read in a worker thread (`src/index/isolated-reader.ts`). Going over any of them is the
 * typed error `file_too_complex`, which names the file and the budget it went over.
 */
import { basename } from 'node:path';
import { fail } from '../lib/errors.ts';

export type FileBudget = {
  /** Decompressed bytes of all entries of a zip package. */
  readonly expandedBytes: number;
  /** Tags (`<`) in one XML part, counted before it is parsed. */
  readonly xmlTags: number;
  /** Characters of text in the read file, all strings together. */
  readonly textCharacters: number;
  /** Chunks the index writes for one file. */
  readonly chunks: number;
  /** Non-empty cells in one workbook. */
  readonly cells: number;
  /** Longest event, or step between recurrences, in seconds (DURATION and the like). */
  readonly durationSeconds: number;
  /** Recurrence instances kept per recurring event. */
  readonly recurrenceInstances: number;
  /** Wall time for reading and chunking one file, in milliseconds. */
  readonly wallMs: number;
  /** Heap for the worker that reads one file, in MiB. */
  readonly memoryMb: number;
};

export const DEFAULT_BUDGET: FileBudget = {
  expandedBytes: 1024 * 1024 * 1024,
  xmlTags: 8_000_000,
  textCharacters: 64 * 1024 * 1024,
  chunks: 50_000,
  cells: 5_000_000,
  durationSeconds: 100 * 366 * 24 * 3600,
  recurrenceInstances: 2000,
  wallMs: 60_000,
  memoryMb: 1536,
};

/** The budget with the caller's overrides. */
export function budgetOf(overrides: Partial<FileBudget> | undefined): FileBudget {
  return overrides ? { ...DEFAULT_BUDGET, ...overrides } : DEFAULT_BUDGET;
}

/** Throws `file_too_complex` for `path`: `what` went over `limit`. */
export function tooComplex(path: string, what: string, limit: string): never {
  return fail('file_too_complex', `${basename(path)} is too complex to read: ${what} (limit ${limit}).`, {
    hint: 'The file may be malformed or built to exhaust the reader. If it is genuine, split it into smaller files.',
    path,
  });
}

/**
 * Characters in every string of a parsed value, walked without recursion so deep nesting
 * cannot overflow the stack; stops counting once `limit` is passed.
 */
export function countCharacters(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && total <= limit) {
    const item = stack.pop();
    if (typeof item === 'string') total += item.length;
    else if (Array.isArray(item)) for (const entry of item) stack.push(entry);
    else if (item && typeof item === 'object' && !ArrayBuffer.isView(item))
      for (const entry of Object.values(item)) stack.push(entry);
  }
  return total;
}
