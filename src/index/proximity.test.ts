import { describe, expect, it } from 'vitest';
import { placedWords, queryWordForms } from './analyze.ts';
import { writeChunks } from './index-paths.ts';
import { openIndex } from './open-index.ts';
import { pairWeight, proximityBonus, queryPairs } from './proximity.ts';
import { DEFAULT_RANK_PARAMS } from './rank.ts';
import { search } from './search.ts';

const params = { ...DEFAULT_RANK_PARAMS, proximityWeight: 1, exactFormWeight: 0 };
const idf = (term: string) => (term === 'lantern' ? 3 : 1);
const bonus = (query: string, text: string, overrides = {}) =>
  proximityBonus(queryWordForms(query), placedWords(text), idf, 1.2, { ...params, ...overrides });

describe('placedWords', () => {
  it('keeps stop words in their places without a term', () => {
    const words = placedWords('Repairs of the lanterns');
    expect(words.map((word) => word.term)).toEqual(['repair', undefined, undefined, 'lantern']);
    expect(words[3]?.word).toBe('lanterns');
  });
});

describe('queryPairs', () => {
  it('pairs neighbouring distinct terms once each', () => {
    const query = queryWordForms('lantern repair lantern repair lantern lantern');
    expect(queryPairs(query)).toEqual([
      ['lantern', 'repair'],
      ['repair', 'lantern'],
    ]);
  });
});

describe('pairWeight', () => {
  it('adds 1/d² for each pair within the window, reversed pairs by their factor', () => {
    expect(pairWeight([0], [1], 5, 1)).toBeCloseTo(1);
    expect(pairWeight([0, 10], [2, 30], 5, 1)).toBeCloseTo(0.25);
    expect(pairWeight([4], [2], 5, 0.5)).toBeCloseTo(0.5 / 4);
    expect(pairWeight([0], [6], 5, 1)).toBe(0);
  });
});

describe('proximityBonus', () => {
  it('is larger when the query words stand together', () => {
    const near = bonus('brass lantern repair', 'We repair brass lanterns at the harbour every spring.');
    const apart = bonus(
      'brass lantern repair',
      'Brass fittings arrive in spring; the harbour crew will repair the old boats, and later the lanterns.',
    );
    expect(near).toBeGreaterThan(0);
    expect(apart).toBe(0);
  });

  it('weighs a pair by its rarer term', () => {
    const rare = bonus('lantern repair', 'lantern repair');
    const common = bonus('harbour repair', 'harbour repair');
    expect(rare).toBeCloseTo(common);
    expect(bonus('brass lantern', 'brass lantern')).toBeCloseTo(common);
  });

  it('counts exact forms when asked, and only then', () => {
    const text = 'The lanterns were repaired.';
    expect(bonus('lanterns', text)).toBe(0);
    const exact = bonus('lanterns', text, { exactFormWeight: 1 });
    const otherForm = bonus('lantern', text, { exactFormWeight: 1 });
    expect(exact).toBeGreaterThan(0);
    expect(otherForm).toBe(0);
  });
});

describe('search with proximity', () => {
  it('puts the passage holding the query words together ahead of one holding them apart', async () => {
    const index = await openIndex(':memory:');
    try {
      const filler = Array.from({ length: 12 }, (_, i) => `Harbour note ${i} about boats and nets.`);
      const texts = [
        'Every lantern was checked and the boats need repair.',
        'The crew keeps a lantern repair kit beside the boats.',
        ...filler,
      ];
      for (const [position, text] of texts.entries())
        await writeChunks(
          index.store,
          {
            path: `/notes/${position}.txt`,
            hash: String(position),
            size: 0,
            mtimeMs: 0,
            owner: 'ann',
            readers: ['*'],
            indexedAt: new Date(0).toISOString(),
          },
          [{ type: 'document', title: '', text, locator: { line: 1 }, people: [] }],
        );
      const ranked = async (overrides: object) =>
        (
          await search(
            index,
            { query: 'lantern repair', understand: false },
            { ...DEFAULT_RANK_PARAMS, ...overrides },
          )
        ).results.map((hit) => hit.path);
      // Off by default (it did not carry to the check collections); on at the weight it was tuned to.
      expect((await ranked({ proximityWeight: 0.6 }))[0]).toBe('/notes/1.txt');
      expect((await ranked({}))[0]).toBe('/notes/0.txt');
    } finally {
      await index.close();
    }
  });
});
