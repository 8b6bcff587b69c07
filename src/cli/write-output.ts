/**
 * @module write-output
 * Writes a file the user named with `-o`: the folders above it are made when missing, and a
 * path that cannot be written (a folder, no permission, a read-only disk) is a bad-input error
 * that names the path and says what to do, instead of the system's errno text.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fail } from '../lib/errors.ts';

/** Why a write failed, in words, by errno code. */
const WRITE_FAILURES: Readonly<Record<string, string>> = {
  EISDIR: 'is a folder',
  EACCES: 'is not writable (permission denied)',
  EPERM: 'is not writable (operation not permitted)',
  EROFS: 'is on a read-only file system',
  ENOTDIR: 'has a file where a folder should be',
  // mkdir's answer when a file stands on the way to the folder.
  EEXIST: 'has a file where a folder should be',
  ENOSPC: 'cannot be written: the disk is full',
  ENAMETOOLONG: 'has a name that is too long',
};

/** What is wrong with a path, in words ("is a folder"), from a file-system error; undefined for others. */
export function pathProblem(thrown: unknown): string | undefined {
  const code = (thrown as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? WRITE_FAILURES[code] : undefined;
}

/** Writes `bytes` to `path`, making its folder first; fails with `bad_usage` naming the path. */
export async function writeOutputFile(path: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  } catch (thrown) {
    const why = pathProblem(thrown);
    if (!why) throw thrown;
    fail('bad_usage', `Cannot write ${path}: the path ${why}.`, {
      hint: 'Give -o a file path in a folder you can write to.',
      path,
    });
  }
}
