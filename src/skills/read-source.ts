/**
 * @module read-source
 * Reads a skill's file reference through the caller's permissions (`context.readSource`) and
 * parses it, failing with a message that names the file and says what the skill needs.
 */
import type { ParsedFile } from '../formats/model.ts';
import { readFile } from '../formats/read-file.ts';
import type { ReadOptions } from '../formats/reader.ts';
import { fail, OfficemateError } from '../lib/errors.ts';
import type { SkillContext, SourceFile } from './skill.ts';

export type ReadSource<T extends ParsedFile = ParsedFile> = {
  readonly source: SourceFile;
  readonly parsed: T;
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
  return { source, parsed: result.data };
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

/** A file name without its extension, for naming what a skill makes from it. */
export function stemOf(name: string): string {
  return name.replace(/\.[^.]+$/, '') || 'file';
}
