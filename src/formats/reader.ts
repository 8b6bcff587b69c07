/**
 * @module reader
 * The contract every format reader implements. A reader is a function from bytes to one
 * typed model; it throws OfficemateError (never anything else on bad input) and bounds its
 * own work: no unbounded decompression, no entity expansion, no network.
 */

import type { Result, Warning } from '../lib/result.ts';
import type { FileBudget } from './budget.ts';
import type { FormatId } from './detect-format.ts';
import type { ParsedFile } from './model.ts';

export type ReadOptions = {
  /** Calendars: recurrences are expanded inside this window (ISO 8601). Default: one year either side of `now`. */
  readonly window?: { readonly start: string; readonly end: string };
  /** "Now" for defaults that depend on it (calendar window). */
  readonly now?: Date;
  /** Parse attachments of mail as nested documents (default true). */
  readonly parseAttachments?: boolean;
  /** Largest file read into memory, in bytes (default 256 MiB). */
  readonly maxBytes?: number;
  /** Bound on total decompressed bytes of a zip package (default 1 GiB). */
  readonly maxExpandedBytes?: number;
  readonly signal?: AbortSignal;
  /** Per-file budgets (text, cells, tags, durations...); see `budget.ts`. */
  readonly budget?: Partial<FileBudget>;
  /**
   * Reads an attachment (mail, .msg) as a nested file. `readBuffer` supplies it to every
   * reader; without it attachments are listed, not parsed.
   */
  readonly readNested?: (path: string, bytes: Buffer, options: ReadOptions) => Promise<Result<ParsedFile>>;
};

export type ReaderInput = {
  readonly path: string;
  readonly bytes: Buffer;
  readonly format: FormatId;
  readonly options: ReadOptions;
  /**
   * Notes what the reader skipped or guessed (an event it could not read, malformed lines), so
   * the warning reaches the user: `readBuffer` returns them with its success, and the index
   * summary and `convert` name them with the file.
   */
  readonly warn?: (warning: Warning) => void;
};

export type Reader = (input: ReaderInput) => Promise<ParsedFile>;
