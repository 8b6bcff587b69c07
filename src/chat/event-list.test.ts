import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../test/helpers/paths.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { indexedEvents } from './event-list.ts';

let index: SearchIndex;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'event-list-'));
  copyFileSync(join(EXAMPLES, 'Calendar.ics'), join(folder, 'Calendar.ics'));
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [folder], { owner: 'ann' });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

/** The index seen through a store that builds a new statistics object on every call, and counts its event reads. */
function freshStatsView(): { view: SearchIndex; reads: () => number } {
  let reads = 0;
  const store = index.store;
  const view: SearchIndex = {
    ...index,
    store: {
      ...store,
      stats: async (reader) => ({ ...(await store.stats(reader)) }),
      listFiles: store.listFiles.bind(store),
      queryChunks: async (query) => {
        reads++;
        return store.queryChunks(query);
      },
    },
  };
  return { view, reads: () => reads };
}

describe('indexedEvents', () => {
  it('reads the events once while the index is unchanged, though each stats object is new', async () => {
    const { view, reads } = freshStatsView();
    const first = await indexedEvents(view, 'ann');
    const readsAfterFirst = reads();
    const second = await indexedEvents(view, 'ann');
    expect(first.length).toBeGreaterThan(0);
    expect(second.map((item) => item.chunk.id)).toEqual(first.map((item) => item.chunk.id));
    expect(readsAfterFirst).toBeGreaterThan(0);
    expect(reads()).toBe(readsAfterFirst);
  });

  it("checks who may read against the file's current readers, not the kept copy", async () => {
    const { view } = freshStatsView();
    expect(await indexedEvents(view, 'bea')).toHaveLength(0);
    const path = join(folder, 'Calendar.ics');
    expect(await index.store.setReaders(path, ['ann', 'bea'])).toBe(true);
    expect((await indexedEvents(view, 'bea')).length).toBeGreaterThan(0);
    await index.store.setReaders(path, ['ann']);
    expect(await indexedEvents(view, 'bea')).toHaveLength(0);
  });
});
