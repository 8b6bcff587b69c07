/**
 * Incremental re-indexing on real files: a second run skips unchanged files, re-reads a
 * changed one, picks up a new one and drops a deleted one, and the index stays consistent.
 */
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { indexPaths, storedFingerprint } from '../../src/index/index-paths.ts';
import { openIndex } from '../../src/index/open-index.ts';
import { search } from '../../src/index/search.ts';
import { CORPUS, EXAMPLES } from '../helpers/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'officemate-incremental-'));
const docs = join(work, 'docs');
mkdirSync(docs);
copyFileSync(join(EXAMPLES, 'Notes.md'), join(docs, 'Notes.md'));
copyFileSync(join(EXAMPLES, 'Contacts.vcf'), join(docs, 'Contacts.vcf'));
copyFileSync(join(CORPUS, 'email', 'enron', 'allen-p', 'straw.mbox'), join(docs, 'straw.mbox'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('incremental indexing', () => {
  it('adds, skips, changes and deletes', async () => {
    const index = await openIndex(join(work, 'index.db'));
    try {
      const first = await indexPaths(index, [docs], { owner: 'ann' });
      expect(first.errors).toEqual([]);
      expect(first.files).toBe(3);
      expect(first.added).toHaveLength(3);
      const chunksAfterFirst = (await index.store.stats()).chunks;
      expect(chunksAfterFirst).toBe(first.chunks);

      const second = await indexPaths(index, [docs], { owner: 'ann' });
      expect(second).toMatchObject({ files: 0, chunks: 0, skipped: 3, removed: 0 });
      expect((await index.store.stats()).chunks).toBe(chunksAfterFirst);

      // A file indexed by an older reader (its fingerprint lacks this reading version) is read again.
      const notes = await index.store.getFile(join(docs, 'Notes.md'));
      expect(notes?.hash).toMatch(/^r\d+:[0-9a-f]{64}$/);
      const older = notes!.hash.replace(/^r\d+:/, '');
      expect(storedFingerprint(older)).toBe(notes!.hash);
      const raw = new Database(join(work, 'index.db'));
      raw.prepare('UPDATE files SET hash = ? WHERE path = ?').run(older, join(docs, 'Notes.md'));
      raw.close();
      const reread = await indexPaths(index, [docs], { owner: 'ann' });
      expect(reread).toMatchObject({ skipped: 2, changed: [join(docs, 'Notes.md')] });
      expect((await index.store.getFile(join(docs, 'Notes.md')))?.hash).toBe(notes!.hash);

      appendFileSync(
        join(docs, 'Notes.md'),
        '\n\n## Zanzibar retreat\n\nThe zanzibar retreat is booked for June.\n',
      );
      copyFileSync(join(CORPUS, 'email', 'enron', 'allen-p', 'contacts.mbox'), join(docs, 'contacts.mbox'));
      rmSync(join(docs, 'Contacts.vcf'));
      const third = await indexPaths(index, [docs], { owner: 'ann' });
      expect(third.changed).toEqual([join(docs, 'Notes.md')]);
      expect(third.added).toEqual([join(docs, 'contacts.mbox')]);
      expect(third.deleted).toEqual([join(docs, 'Contacts.vcf')]);
      expect(third.skipped).toBe(1);

      const hits = await search(index, { query: 'zanzibar retreat', understand: false });
      expect(hits.results[0]?.path).toBe(join(docs, 'Notes.md'));
      const files = await index.store.listFiles();
      expect(files.map((file) => file.path).sort()).toEqual([
        join(docs, 'Notes.md'),
        join(docs, 'contacts.mbox'),
        join(docs, 'straw.mbox'),
      ]);
      const stats = await index.store.stats();
      expect(stats.chunks).toBe(files.reduce((sum, file) => sum + file.chunks, 0));
      const report = await index.store.integrityCheck();
      expect(report.problems).toEqual([]);
      const contacts = await search(index, { query: '', filters: { types: ['contact'] } });
      expect(contacts.results).toEqual([]);
    } finally {
      await index.close();
    }
  });

  it('reads a file named twice, or inside a folder also named, once', async () => {
    const index = await openIndex(join(work, 'ahead.db'));
    try {
      const progress: string[] = [];
      const notes = join(docs, 'Notes.md');
      const run = await indexPaths(index, [notes, docs, notes], {
        owner: 'ann',
        onProgress: (step) => progress.push(step.path),
      });
      expect(run.errors).toEqual([]);
      const paths = (await index.store.listFiles()).map((file) => file.path).sort();
      expect([...run.added].sort()).toEqual(paths);
      expect(new Set(progress).size).toBe(progress.length);
      expect(progress[0]).toBe(notes);
      expect((await index.store.stats()).chunks).toBe(run.chunks);
      expect((await index.store.integrityCheck()).problems).toEqual([]);
    } finally {
      await index.close();
    }
  });

  it('picks up macro-enabled Office files when walking a folder, and counts an empty file as left out', async () => {
    const folder = join(work, 'macros');
    mkdirSync(folder);
    for (const name of ['poi_SimpleMacro.pptm', 'sheetjs_number_format.xlsm'])
      copyFileSync(
        join(CORPUS, 'office', name.endsWith('.pptm') ? 'pptx' : 'xlsx', name),
        join(folder, name),
      );
    copyFileSync(join(EXAMPLES, 'Contacts.vcf'), join(folder, 'Contacts.vcf'));
    writeFileSync(join(folder, 'empty.txt'), '');
    const index = await openIndex(join(work, 'macros.db'));
    try {
      const run = await indexPaths(index, [folder], { owner: 'ann' });
      expect(run.errors).toEqual([]);
      expect([...run.added].sort()).toEqual(
        ['Contacts.vcf', 'poi_SimpleMacro.pptm', 'sheetjs_number_format.xlsm'].map((name) =>
          join(folder, name),
        ),
      );
    } finally {
      await index.close();
    }
  });

  it('streams a large mailbox and gets the same chunks as reading it whole', async () => {
    const mailbox = join(CORPUS, 'email', 'enron', 'lavorato-j', 'sent_items.mbox');
    const whole = await openIndex(join(work, 'whole.db'));
    const streamed = await openIndex(join(work, 'streamed.db'));
    try {
      const a = await indexPaths(whole, [mailbox], { owner: 'ann' });
      process.env.OFFICEMATE_STREAM_BYTES = '100000';
      const b = await indexPaths(streamed, [mailbox], { owner: 'ann' });
      expect(b.errors).toEqual([]);
      expect(b.chunks).toBe(a.chunks);
      expect((await streamed.store.getFile(mailbox))?.hash).toBe((await whole.store.getFile(mailbox))?.hash);
      const titles = async (index: typeof whole) =>
        (await index.store.queryChunks({ limit: 10_000, offset: 0 })).map((chunk) => chunk.locator.messageId);
      expect(await titles(streamed)).toEqual(await titles(whole));
    } finally {
      delete process.env.OFFICEMATE_STREAM_BYTES;
      await whole.close();
      await streamed.close();
    }
  }, 120_000);
});
