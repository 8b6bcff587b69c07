import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { STRICT } from '../../test/helpers/paths.ts';
import { writeChunks } from './index-paths.ts';
import { openIndex } from './open-index.ts';
import { isItemsFile } from './postings.ts';
import { contractRanking, fillContractIndex, quotedMailbox, storeContract } from './store.contract.ts';

const url = process.env.OFFICEMATE_TEST_PG_URL;
let counter = 0;
const schemaName = () => `contract_${process.pid}_${++counter}`;
const urlOf = (schema: string) => `${url}${url?.includes('?') ? '&' : '?'}schema=${schema}`;
const schemaUrl = () => urlOf(schemaName());

describe.skipIf(!url && !STRICT)('PostgreSQL store', () => {
  it('has a server to test against', () => {
    expect(url, 'OFFICEMATE_TEST_PG_URL is set by test/helpers/global-setup.ts').toBeTruthy();
  });

  storeContract(() => openIndex(schemaUrl()));

  it('recounts on open the statistics of an index that counted quoted messages in them', async () => {
    const schema = schemaName();
    const first = await openIndex(urlOf(schema));
    await fillContractIndex(first);
    await writeChunks(first.store, quotedMailbox.file, quotedMailbox.chunks);
    const stats = await first.store.stats();
    await first.close();
    // Counted as before: the quoted message's lengths in the statistics and in its file's lengths.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`SET search_path TO ${schema};
        UPDATE stats SET chunks = chunks + 1, body_len = body_len + 9, file_body_len = file_body_len + 9;
        UPDATE files SET body_len = body_len + 9 WHERE path = '/work/quoted.mbox'; DELETE FROM meta WHERE key = 'stats';`);
    } finally {
      await client.end();
    }
    const second = await openIndex(urlOf(schema));
    try {
      expect(await second.store.stats()).toEqual(stats);
      expect((await second.store.integrityCheck()).problems).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('adds file headers to the posting rows of an index written before them, on open', async () => {
    const schema = schemaName();
    const first = await openIndex(urlOf(schema));
    await fillContractIndex(first);
    const before = await contractRanking(first);
    const stats = await first.store.stats();
    await first.close();
    // Written as before: no file lengths, posting rows of chunk triples only.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`SET search_path TO ${schema};
        UPDATE postings SET data = substring(data from 13);
        ALTER TABLE files DROP COLUMN title_len, DROP COLUMN body_len, DROP COLUMN people_len;
        ALTER TABLE stats DROP COLUMN files, DROP COLUMN file_title_len, DROP COLUMN file_body_len, DROP COLUMN file_people_len;
        DELETE FROM meta WHERE key = 'postings';`);
    } finally {
      await client.end();
    }
    const second = await openIndex(urlOf(schema));
    try {
      expect((await second.store.integrityCheck()).problems).toEqual([]);
      expect(await second.store.stats()).toEqual(stats);
      expect(await contractRanking(second)).toEqual(before);
    } finally {
      await second.close();
    }
  });

  it('marks the files of separate items in an index whose headers came before the mark, on open', async () => {
    const schema = schemaName();
    const first = await openIndex(urlOf(schema));
    await fillContractIndex(first);
    const before = await contractRanking(first);
    await first.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const marks = async () =>
      new Map(
        (
          (
            await client.query(
              `SELECT f.path, p.data FROM ${schema}.postings p JOIN ${schema}.files f ON f.id = p.file_id`,
            )
          ).rows as { path: string; data: Buffer }[]
        ).map((row) => [row.path, isItemsFile(row.data.readUInt32LE(4))]),
      );
    try {
      const marked = await marks();
      expect(marked.get('/work/inbox.mbox')).toBe(true);
      expect(marked.get('/work/a.md')).toBe(false);
      // Written as before the mark: the second header word's upper half empty.
      await client.query(`SET search_path TO ${schema};
        UPDATE postings SET data = overlay(data placing '\\x0000'::bytea from 7 for 2);
        UPDATE meta SET value = 'file-header' WHERE key = 'postings';`);
      expect([...(await marks()).values()].some((items) => items)).toBe(false);
      const second = await openIndex(urlOf(schema));
      try {
        expect((await second.store.integrityCheck()).problems).toEqual([]);
        expect(await contractRanking(second)).toEqual(before);
      } finally {
        await second.close();
      }
      expect(await marks()).toEqual(marked);
    } finally {
      await client.end();
    }
  });

  it('counts the items of each file of an index written before item counts, on open', async () => {
    const schema = schemaName();
    const first = await openIndex(urlOf(schema));
    await fillContractIndex(first);
    const files = await first.store.listFiles();
    await first.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Written as before item counts: no column, no mark.
      await client.query(`SET search_path TO ${schema};
        ALTER TABLE files DROP COLUMN items; DELETE FROM meta WHERE key = 'files';`);
    } finally {
      await client.end();
    }
    const second = await openIndex(urlOf(schema));
    try {
      expect(await second.store.listFiles()).toEqual(files);
      expect(files.map((file) => file.items)).toEqual([1, 1, 2]);
      expect((await second.store.integrityCheck()).problems).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('ranks exactly like the SQLite store', async () => {
    const pg = await openIndex(schemaUrl());
    const sqlite = await openIndex(join(mkdtempSync(join(tmpdir(), 'officemate-pg-cmp-')), 'index.db'));
    try {
      await fillContractIndex(pg);
      await fillContractIndex(sqlite);
      const a = await contractRanking(pg);
      const b = await contractRanking(sqlite);
      expect(a.map((list) => list.map(([title]) => title))).toEqual(
        b.map((list) => list.map(([title]) => title)),
      );
      for (const [i, list] of a.entries())
        for (const [j, [, score]] of list.entries()) expect(score).toBeCloseTo(b[i]![j]![1], 6);
    } finally {
      await pg.close();
      await sqlite.close();
    }
  });
});
