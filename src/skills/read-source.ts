/**
 * @module read-source
 * Reads a skill's file reference through the caller's permissions (`context.readSource`) and
 * parses it, failing with a message that names the file and says what the skill needs.
 */
import { meetingTranscriptOf } from '../formats/chat/chat-transcript.ts';
import type { ParsedFile, Transcript } from '../formats/model.ts';
import { readFile } from '../formats/read-file.ts';
import type { ReadOptions } from '../formats/reader.ts';
import { fail, OfficemateError } from '../lib/errors.ts';
import type { Warning } from '../lib/result.ts';
import type { SkillContext, SourceFile } from './skill.ts';

export type ReadSource<T extends ParsedFile = ParsedFile> = {
  readonly source: SourceFile;
  readonly parsed: T;
  /** What the reader skipped or guessed (an event it could not read), for the skill to pass on. */
  readonly warnings: readonly Warning[];
};

/** Resolves and parses a file reference. */
export async function readSource(
  context: SkillContext,
  ref: string,
  options: ReadOptions = {},
): Promise<ReadSource> {
  const source = await context.readSource(ref);
  const result = await readFile(source.path, {
    now: context.clock.now(),
    signal: context.signal,
    ...options,
  });
  if (!result.success) throw new OfficemateError(result.error);
  return { source, parsed: result.data, warnings: result.warnings };
}

/** The reader's warnings of a source with its file name before each ("cal.ics: Event … could not be read: …"), as a skill's run warnings. */
export function sourceWarnings(read: Pick<ReadSource, 'source' | 'warnings'>): Warning[] {
  return read.warnings.map((warning) => ({
    type: warning.type,
    message: `${read.source.name}: ${warning.message}`,
  }));
}

/** Resolves and parses a file reference that must be of one type (a transcript, a workbook...). */
export async function readSourceOf<K extends ParsedFile['type']>(
  context: SkillContext,
  ref: string,
  type: K,
  hint: string,
  options: ReadOptions = {},
): Promise<ReadSource<Extract<ParsedFile, { type: K }>>> {
  const read = await readSource(context, ref, options);
  if (read.parsed.type !== type)
    fail('format_unsupported', `${read.source.name} is a ${read.parsed.type}, not a ${type}.`, {
      hint,
      path: read.source.path,
    });
  return read as ReadSource<Extract<ParsedFile, { type: K }>>;
}

/**
 * A parsed file as a meeting transcript: a transcript as it is, a chat log as one turn per message
 * (formats/chat/chat-transcript.ts); anything else, or a chat with no messages, is refused with a
 * message naming the file (`name`) and the `hint`. One reading for recap, its web view and the CLI,
 * so that a recap's citations point at the turns the view shows.
 */
export function asTranscript(parsed: ParsedFile, name: string, path: string, hint: string): Transcript {
  const transcript = meetingTranscriptOf(parsed);
  if (!transcript)
    fail(
      'format_unsupported',
      `${name} is a ${parsed.type}${parsed.type === 'chat' ? ' with no messages' : ''}, not a transcript.`,
      { hint, path },
    );
  return transcript;
}

/** Resolves and parses a file reference that must be a meeting transcript or a chat log (`asTranscript`). */
export async function readTranscriptSource(
  context: SkillContext,
  ref: string,
  hint: string,
): Promise<ReadSource<Transcript>> {
  const { source, parsed, warnings } = await readSource(context, ref);
  return { source, parsed: asTranscript(parsed, source.name, source.path, hint), warnings };
}

/** A file name without its extension, for naming what a skill makes from it. */
export function stemOf(name: string): string {
  return name.replace(/\.[^.]+$/, '') || 'file';
}
