/**
 * @module fail-file
 * For readers: throw a typed error that names the file. Its own module, so readers never
 * import read-file.ts (which imports them).
 */
import { basename } from 'node:path';
import { type AppError, fail } from '../lib/errors.ts';
import type { ReaderInput } from './reader.ts';

export function failFile(
  input: Pick<ReaderInput, 'path'>,
  code: AppError['code'],
  detail: string,
  hint?: string,
): never {
  return fail(code, `${basename(input.path)}: ${detail}`, { path: input.path, ...(hint ? { hint } : {}) });
}
