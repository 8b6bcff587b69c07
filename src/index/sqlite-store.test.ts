import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunks } from './index-paths.ts';
import { openIndex } from './open-index.ts';
import { search } from './search.ts';
import { contractRanking, fillContractIndex, storeContract } from './store.contract.ts';

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
