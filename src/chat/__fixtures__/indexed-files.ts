import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexPaths } from '../../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../../index/open-index.ts';

/**
 * A fresh index, in a folder of its own under the system's temp folder, over invented files
 * written into its `work/` folder (name → text), indexed as the owner "me" at `now`.
 */
export async function indexedFiles(
  prefix: string,
  files: Readonly<Record<string, string>>,
  now: Date,
): Promise<SearchIndex> {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const work = join(folder, 'work');
  mkdirSync(work);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(work, name), text);
  const index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [work], { owner: 'me', now });
  return index;
}
