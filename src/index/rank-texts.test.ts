import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuery, queryWordForms } from './analyze.ts';
import { writeChunks } from './index-paths.ts';
import { openIndex, type SearchIndex } from './open-index.ts';
import { DEFAULT_RANK_PARAMS, queryWeights } from './rank.ts';
import { rankTexts } from './rank-texts.ts';
import { search } from './search.ts';

// Two invented files of a few passages each: the same texts ranked in memory and by an index.
const files = [
  [
    'the orchard budget: apples cost more this year, the orchard budget is short',
    'pruning the pear trees in winter, ladders and saws',
    'the cider press needs a new belt before the orchard harvest',
  ],
  [
    'harvest crates stacked by the barn, crates for apples and pears',
    'the barn roof leaks over the crates',
    'budget for the barn roof, a short note',
  ],
];
const texts = files.flatMap((passages, file) => passages.map((body) => ({ body, file })));

let index: SearchIndex;
beforeAll(async () => {
  index = await openIndex(':memory:');
  for (const [n, passages] of files.entries())
    await writeChunks(
      index.store,
      {
        path: `/file-${n}.txt`,
        hash: `h${n}`,
        size: 0,
        mtimeMs: 0,
        owner: 'ann',
        readers: ['*'],
        indexedAt: new Date(0).toISOString(),
      },
      passages.map((text, i) => ({
        type: 'document',
        title: '',
        text,
        locator: { paragraph: i + 1 },
        people: [],
      })),
    );
});
afterAll(async () => {
  await index.close();
});

describe('rankTexts', () => {
  it('gives the scores an index of the same texts gives (BM25F with the file share)', async () => {
    for (const query of ['orchard budget', 'barn crates', 'apples']) {
      // With sequential dependence on, the query's words in order give both the same bonus.
      const params = {
        ...DEFAULT_RANK_PARAMS,
        dependenceOrdered: 0.1 / 0.85,
        dependenceUnordered: 0.05 / 0.85,
      };
      const { results } = await search(index, { query, k: 20, understand: false, feedback: false }, params);
      const scores = rankTexts(texts, queryWeights(query), {
        feedback: false,
        words: queryWordForms(query),
        params,
      });
      expect(results.length).toBeGreaterThan(0);
      for (const hit of results) {
        const at = texts.findIndex((text) => text.body === hit.text);
        // A hit's score is rounded to four decimals.
        expect(scores[at]).toBeCloseTo(hit.score, 3);
      }
      // Texts no query term reaches score 0.
      const reached = new Set(results.map((hit) => hit.text));
      for (const [at, text] of texts.entries()) if (!reached.has(text.body)) expect(scores[at]).toBe(0);
    }
  });

  it('ranks a passage of a file about the query above an equal passage of another file', () => {
    const scores = rankTexts(
      [
        { body: 'the orchard budget', file: 0 },
        { body: 'orchard apples and the orchard press', file: 0 },
        { body: 'the orchard budget', file: 1 },
        { body: 'barn roof and crates', file: 1 },
      ],
      queryWeights('orchard'),
      { feedback: false },
    );
    expect(scores[0]).toBeGreaterThan(scores[2]!);
  });

  it('raises a text saying the query words side by side when proximity is weighed', () => {
    const pair = [
      { body: 'the barn roof leaks, we fix the roof of the barn later' },
      { body: 'a barn stands by the road, the house roof is new' },
    ];
    const weights = new Map(analyzeQuery('barn roof').map((term) => [term, 1]));
    const plain = rankTexts(pair, weights, { feedback: false });
    const near = rankTexts(pair, weights, {
      feedback: false,
      params: { ...DEFAULT_RANK_PARAMS, proximityWeight: 2 },
      words: queryWordForms('barn roof'),
    });
    expect(near[0]! - plain[0]!).toBeGreaterThan(0);
    expect(near[0]! - plain[0]!).toBeGreaterThan(near[1]! - plain[1]!);
  });

  it('lends a text without the query words a score through feedback from the best texts', () => {
    const many = [
      ...Array.from({ length: 12 }, (_, n) => ({ body: `kiln firing log ${n}: glaze and kiln temperature` })),
      { body: 'glaze recipes with ash and feldspar' },
      ...Array.from({ length: 60 }, (_, n) => ({ body: `unrelated note ${n} about the garden fence` })),
    ];
    const weights = queryWeights('kiln');
    expect(rankTexts(many, weights, { feedback: false })[12]).toBe(0);
    expect(rankTexts(many, weights)[12]).toBeGreaterThan(0);
  });

  it('scores nothing for no texts or no query', () => {
    expect(rankTexts([], queryWeights('kiln'))).toEqual([]);
    expect(rankTexts([{ body: 'kiln' }], new Map())).toEqual([0]);
  });
});
