/**
 * @module read-and-chunk
 * The per-file work of an index run, as jobs for a worker thread: read a file's bytes and cut
 * them into chunk drafts (or, for previews, render them as Markdown), within the file's
 * budget. `isolated-reader.ts` runs these in a worker (entry: read-and-chunk-worker.ts); the
 * server's job thread calls them directly, being a worker already.
 */
import { budgetOf, type FileBudget, tooComplex } from '../formats/budget.ts';
import { writeMarkdown } from '../formats/markdown/write-markdown.ts';
import { readBuffer } from '../formats/read-file.ts';
import { toSerializable } from '../formats/serialize.ts';
import { OfficemateError } from '../lib/errors.ts';
import type { Warning } from '../lib/result.ts';
import { chunkFile } from './chunk-file.ts';
import type { ChunkDraft } from './types.ts';

export type ReadJob = {
  readonly op: 'chunk' | 'markdown' | 'model';
  readonly path: string;
  readonly bytes: Uint8Array;
  /** ISO 8601 "now" for readers that need it (calendar windows). */
  readonly now: string;
  /** ISO 8601 modification date of the file, the date of documents without one. */
  readonly fileDate?: string;
  /** Calendars: expand recurrences inside this window (ISO 8601). */
  readonly window?: { readonly start: string; readonly end: string };
  readonly budget?: Partial<FileBudget>;
};

/** What a job made, with the reader's warnings (what it skipped or guessed) for the caller to pass on. */
export type ReadValue = { readonly warnings: readonly Warning[] } & (
  | { readonly op: 'chunk'; readonly drafts: ChunkDraft[] }
  | { readonly op: 'markdown'; readonly type: string; readonly markdown: string }
  | { readonly op: 'model'; readonly type: string; readonly model: unknown }
);

export async function readAndChunk(job: ReadJob): Promise<ReadValue> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const parsed = await readBuffer(job.path, bytes, {
    now: new Date(job.now),
    ...(job.window ? { window: job.window } : {}),
    ...(job.budget ? { budget: job.budget } : {}),
  });
  if (!parsed.success) throw new OfficemateError(parsed.error);
  const { warnings } = parsed;
  if (job.op === 'markdown')
    return { op: 'markdown', type: parsed.data.type, markdown: writeMarkdown(parsed.data), warnings };
  if (job.op === 'model')
    return { op: 'model', type: parsed.data.type, model: toSerializable(parsed.data), warnings };
  const drafts = chunkFile(parsed.data, job.path, job.fileDate ? { fileDate: job.fileDate } : {});
  const limit = budgetOf(job.budget).chunks;
  if (drafts.length > limit) tooComplex(job.path, `it makes ${drafts.length} chunks`, `${limit} chunks`);
  return { op: 'chunk', drafts, warnings };
}
