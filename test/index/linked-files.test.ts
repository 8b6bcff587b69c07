/** Indexing a folder of symbolic links to real corpus files, as a user gathers a workspace. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexPaths } from '../../src/index/index-paths.ts';
import { openIndex } from '../../src/index/open-index.ts';
import { CORPUS } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'officemate-links-'));
const folder = join(work, 'picked');
mkdirSync(join(folder, 'more'), { recursive: true });
symlinkSync(join(CORPUS, 'office', 'docx', 'poi_footnotes.docx'), join(folder, 'footnotes.docx'));
symlinkSync(
  join(CORPUS, 'email', 'enron', 'lavorato-j', 'southamerica.mbox'),
  join(folder, 'more', 'southamerica.mbox'),
);
// A link back up the tree and a link to nothing.
symlinkSync(folder, join(folder, 'more', 'up'));
symlinkSync(join(work, 'missing.docx'), join(folder, 'broken.docx'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a folder of symbolic links', () => {
  it('indexes the files they point to, walks a linked folder once and skips a broken link', async () => {
    const index = await openIndex(join(work, 'index.db'));
    try {
      const summary = await indexPaths(index, [folder], { owner: 'ann' });
      expect(summary.errors).toEqual([]);
      expect(summary.files).toBe(2);
      expect(summary.added.map((path) => path.replace(`${folder}/`, '')).sort()).toEqual([
        'footnotes.docx',
        'more/southamerica.mbox',
      ]);
    } finally {
      await index.close();
    }
  });
});
