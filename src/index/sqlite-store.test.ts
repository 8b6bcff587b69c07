import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeChunks } from './index-paths.ts';
import { openIndex } from './open-index.ts';
import { isItemsFile } from './postings.ts';
import { search } from './search.ts';
import { contractRanking, fillContractIndex, quotedMailbox, storeContract } from './store.contract.ts';

const folder = mkdtempSync(join(tmpdir(), 'officemate-sqlite-'));
let counter = 0;

describe('SQLite store', () => {
  storeContract(() => openIndex(join(folder, `index-${++counter}.db`)));

  it('reopens a file with its data and ranks the same', async () => {
    const path = join(folder, 'reopen.db');
    const first = await openIndex(path);
    await fillContractIndex(first);
    const before = await contractRanking(first);
    await first.close();
    const second = await openIndex(path);
    expect(await contractRanking(second)).toEqual(before);
    await second.close();
  });

  it('brings a schema 1 index (posting rows without file headers) to schema 5 on open', async () => {
    const path = join(folder, 'schema-1.db');
    const first = await openIndex(path);
    await fillContractIndex(first);
    const before = await contractRanking(first);
    const stats = await first.store.stats();
    await first.close();
    // Written as schema 1 was: no file lengths, posting rows of chunk triples only.
    const db = new Database(path);
    db.exec(`UPDATE postings SET data = substr(data, 13);
      ALTER TABLE files DROP COLUMN title_len; ALTER TABLE files DROP COLUMN body_len; ALTER TABLE files DROP COLUMN people_len;
      ALTER TABLE stats DROP COLUMN files; ALTER TABLE stats DROP COLUMN file_title_len;
      ALTER TABLE stats DROP COLUMN file_body_len; ALTER TABLE stats DROP COLUMN file_people_len;
      UPDATE meta SET value = '1' WHERE key = 'schema';`);
    db.close();
    const second = await openIndex(path);
    try {
      expect((await second.store.integrityCheck()).problems).toEqual([]);
      expect(await second.store.stats()).toEqual(stats);
      expect(await contractRanking(second)).toEqual(before);
    } finally {
      await second.close();
    }
    const again = new Database(path);
    expect(again.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBe('5');
    again.close();
  });

  it('counts the items of each file of a schema 3 index on open, without reading the files again', async () => {
    const path = join(folder, 'schema-3.db');
    const first = await openIndex(path);
    await fillContractIndex(first);
    const before = await contractRanking(first);
    const files = await first.store.listFiles();
    await first.close();
    // Written as schema 3 was: no item counts.
    const db = new Database(path);
    db.exec("ALTER TABLE files DROP COLUMN items; UPDATE meta SET value = '3' WHERE key = 'schema';");
    db.close();
    const second = await openIndex(path);
    try {
      expect(await second.store.listFiles()).toEqual(files);
      expect((await second.store.integrityCheck()).problems).toEqual([]);
      expect(await contractRanking(second)).toEqual(before);
    } finally {
      await second.close();
    }
    const again = new Database(path);
    expect(again.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBe('5');
    // A wrong count is found by the integrity check.
    again.exec("UPDATE files SET items = 1 WHERE path = '/work/inbox.mbox'");
    again.close();
    const third = await openIndex(path);
    try {
      expect((await third.store.integrityCheck()).problems).toEqual([
        '/work/inbox.mbox: 1 items stored, its chunks give 2',
      ]);
    } finally {
      await third.close();
    }
  });

  it('recounts on open the statistics of an index that counted quoted messages in them', async () => {
    const path = join(folder, 'quoted-stats.db');
    const first = await openIndex(path);
    await fillContractIndex(first);
    await writeChunks(first.store, quotedMailbox.file, quotedMailbox.chunks);
    const stats = await first.store.stats();
    await first.close();
    // Counted as before: the quoted message's lengths in the statistics and in its file's lengths.
    const db = new Database(path);
    db.exec(`UPDATE stats SET chunks = chunks + 1, body_len = body_len + 9, file_body_len = file_body_len + 9;
      UPDATE files SET body_len = body_len + 9 WHERE path = '/work/quoted.mbox'; DELETE FROM meta WHERE key = 'stats';`);
    db.close();
    const second = await openIndex(path);
    try {
      expect(await second.store.stats()).toEqual(stats);
      expect((await second.store.integrityCheck()).problems).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('marks the files of separate items in a schema 2 index on open', async () => {
    const path = join(folder, 'schema-2.db');
    const first = await openIndex(path);
    await fillContractIndex(first);
    const before = await contractRanking(first);
    await first.close();
    const marks = (db: Database.Database) =>
      (
        db
          .prepare('SELECT f.path, p.data FROM postings p JOIN files f ON f.id = p.file_id ORDER BY f.path')
          .raw()
          .all() as [string, Buffer][]
      ).map(([file, data]) => [file, isItemsFile(data.readUInt32LE(4))] as const);
    // Written as schema 2 was: headers without the items mark.
    const db = new Database(path);
    const marked = new Map(marks(db));
    expect(marked.get('/work/inbox.mbox')).toBe(true);
    expect(marked.get('/work/a.md')).toBe(false);
    const rows = db.prepare('SELECT term, file_id, data FROM postings').raw().all() as [
      string,
      number,
      Buffer,
    ][];
    const update = db.prepare('UPDATE postings SET data = ? WHERE term = ? AND file_id = ?');
    for (const [term, fileId, data] of rows) {
      const copy = Buffer.from(data);
      copy.writeUInt32LE(copy.readUInt32LE(4) & 0xffff, 4);
      update.run(copy, term, fileId);
    }
    db.exec("UPDATE meta SET value = '2' WHERE key = 'schema'");
    expect(marks(db).every(([, items]) => !items)).toBe(true);
    db.close();
    const second = await openIndex(path);
    try {
      expect((await second.store.integrityCheck()).problems).toEqual([]);
      expect(await contractRanking(second)).toEqual(before);
    } finally {
      await second.close();
    }
    const again = new Database(path);
    expect(new Map(marks(again))).toEqual(marked);
    expect(again.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBe('5');
    again.close();
  });

  it('drops the index on chunks by file id alone from a schema 4 index on open, reading it as before', async () => {
    const path = join(folder, 'schema-4.db');
    const first = await openIndex(path);
    await fillContractIndex(first);
    const before = await contractRanking(first);
    const files = await first.store.listFiles();
    await first.close();
    const indexes = (db: Database.Database) =>
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'chunks'").pluck().all();
    // Written as schema 4 was: chunks indexed by file id twice.
    const db = new Database(path);
    db.exec(
      "CREATE INDEX chunks_file ON chunks (file_id); UPDATE meta SET value = '4' WHERE key = 'schema';",
    );
    expect(indexes(db)).toContain('chunks_file');
    db.close();
    const second = await openIndex(path);
    try {
      expect(await second.store.listFiles()).toEqual(files);
      expect((await second.store.integrityCheck()).problems).toEqual([]);
      expect(await contractRanking(second)).toEqual(before);
      // Replacing a file finds its old chunks through the remaining index.
      await writeChunks(second.store, { ...files[0]!, hash: 'changed' }, [
        { type: 'document', title: 'Kiln notes', text: 'The kiln cools overnight.', locator: {}, people: [] },
      ]);
      expect((await second.store.integrityCheck()).problems).toEqual([]);
    } finally {
      await second.close();
    }
    const again = new Database(path);
    expect(indexes(again)).not.toContain('chunks_file');
    expect(indexes(again)).toContain('chunks_file_lengths');
    expect(again.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBe('5');
    again.close();
  });

  it('refuses an index of a schema it does not know, saying how to rebuild it', async () => {
    const path = join(folder, 'schema-9.db');
    await (await openIndex(path)).close();
    const db = new Database(path);
    db.exec("UPDATE meta SET value = '9' WHERE key = 'schema'");
    db.close();
    await expect(openIndex(path)).rejects.toThrow(/schema version 9; this Officemate writes version 5/);
  });

  it('sees writes made after a search, by itself and by another connection', async () => {
    const path = join(folder, 'two-connections.db');
    const reader = await openIndex(path);
    const writer = await openIndex(path);
    const record = (file: string) => ({
      path: file,
      hash: file,
      size: 0,
      mtimeMs: 0,
      owner: 'ann',
      readers: ['ann'],
      indexedAt: new Date(0).toISOString(),
    });
    const draft = (title: string, text: string) => ({
      type: 'document' as const,
      title,
      text,
      locator: { paragraph: 1 },
      people: [],
    });
    const titles = async () =>
      (await search(reader, { query: 'zebra', understand: false })).results.map((hit) => hit.title);
    try {
      await writeChunks(reader.store, record('/a.md'), [draft('Zebra one', 'zebra crossing')]);
      expect(await titles()).toEqual(['Zebra one']);
      await writeChunks(writer.store, record('/b.md'), [draft('Zebra two', 'zebra zebra stripes')]);
      expect((await titles()).sort()).toEqual(['Zebra one', 'Zebra two']);
      await reader.store.removeFile('/b.md');
      expect(await titles()).toEqual(['Zebra one']);
      await writer.store.removeFile('/a.md');
      expect(await titles()).toEqual([]);
    } finally {
      await reader.close();
      await writer.close();
    }
  });
});
