import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChunks } from './index-paths.ts';
import { openIndex, type SearchIndex } from './open-index.ts';
import { DEFAULT_RANK_PARAMS } from './rank.ts';
import { search } from './search.ts';

// A long guide in two passages: the first about the query, the second naming the lens, which
// only a short leaflet (no query word) also names. Ten notes match the query better than the
// guide's second passage does, so feedback from the five best passages never reads it.
const files: Record<string, string[]> = {
  '/guide.txt': [
    'lighthouse lamp care: the lighthouse lamp is lit at dusk, the lighthouse lamp trimmed at dawn',
    'the lighthouse fresnel lens: clean the fresnel prisms weekly, a fresnel panel cracks in frost',
  ],
  '/leaflet.txt': ['fresnel panels for sale, prisms polished'],
};
const notes = ['harbour', 'island', 'cliff', 'storm', 'winter', 'pier', 'signal', 'beacon', 'coast', 'rock'];
for (const [n, word] of notes.entries())
  files[`/note-${n}.txt`] = [`${word} lighthouse lamp, ${word} report number ${n}`];

let index: SearchIndex;

beforeAll(async () => {
  index = await openIndex(':memory:');
  for (const [path, texts] of Object.entries(files))
    await writeChunks(
      index.store,
      {
        path,
        hash: path,
        size: 0,
        mtimeMs: 0,
        owner: 'ann',
        readers: ['*'],
        indexedAt: new Date(0).toISOString(),
      },
      texts.map((text, n) => ({
        type: 'document',
        title: '',
        text,
        locator: { paragraph: n + 1 },
        people: [],
      })),
    );
});

afterAll(async () => {
  await index.close();
});

const leafletFound = async (feedbackFileChunks: number) => {
  const params = { ...DEFAULT_RANK_PARAMS, feedbackFileChunks };
  const { results } = await search(index, { query: 'lighthouse lamp', k: 20, understand: false }, params);
  return results.some((hit) => hit.path === '/leaflet.txt');
};

describe('feedback from documents', () => {
  it('lends a feedback file the text of its other matching passages', async () => {
    expect(await leafletFound(0)).toBe(false);
    expect(await leafletFound(6)).toBe(true);
  });
});
