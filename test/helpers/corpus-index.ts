/**
 * An index of real corpus files for tests that ask over them: copies of the files (paths under
 * ../shared/corpus) in a fresh temporary folder, indexed for the owner "me" as of 1 January 2026.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { indexPaths } from '../../src/index/index-paths.ts';
import { openIndex, type SearchIndex } from '../../src/index/open-index.ts';
import { CORPUS } from './paths.ts';

/** Indexes copies of `files` (relative to the corpus); `folder` is where the index and copies live. */
export async function indexCorpusFiles(
  files: readonly string[],
  prefix: string,
): Promise<{ readonly index: SearchIndex; readonly folder: string }> {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const work = join(folder, 'work');
  mkdirSync(work);
  for (const file of files) copyFileSync(join(CORPUS, file), join(work, basename(file)));
  const index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [work], { owner: 'me', now: new Date('2026-01-01T00:00:00Z') });
  return { index, folder };
}
