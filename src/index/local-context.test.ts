import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import {
  conceptBeliefs,
  conceptRarity,
  conceptWeights,
  cooccurrence,
  queryExponents,
  rerankByContext,
} from './local-context.ts';

/** Invented passages: "turbine" sits beside both query words, "harbour" and "quilt" beside one each. */
const passages = [
  'Wobbleton turbine blades and the kestrel gearbox hum at dawn.',
  'A kestrel gearbox feeds the wobbleton turbine under the harbour pier.',
  'Harbour lanterns glow over wobbleton docks.',
  'The kestrel quilt was sewn in a barn.',
];
const [wobbleton, kestrel] = analyze('wobbleton kestrel');
const query = [wobbleton!, kestrel!];
const term = (word: string) => analyze(word)[0]!;

describe('cooccurrence', () => {
  it('sums tf(word) · tf(term) over the passages, one entry per query term', () => {
    const co = cooccurrence(passages, query);
    expect([...co.get(term('turbine'))!]).toEqual([2, 2]);
    expect([...co.get(term('harbour'))!]).toEqual([2, 1]);
    expect([...co.get(term('quilt'))!]).toEqual([0, 1]);
  });

  it('leaves out the query terms themselves and passages without any', () => {
    const co = cooccurrence([...passages, 'Nothing relevant sails here.'], query);
    expect(co.has(wobbleton!)).toBe(false);
    expect(co.has(term('sails'))).toBe(false);
  });
});

describe('conceptBeliefs', () => {
  const co = cooccurrence(passages, query);

  it('ranks a word found beside every query term above one found beside a single term', () => {
    const ranked = conceptBeliefs(co, [1, 1], passages.length, 0.1).map(([word]) => word);
    expect(ranked.indexOf(term('turbine'))).toBeLessThan(ranked.indexOf(term('quilt')));
    expect(ranked.indexOf(term('harbour'))).toBeLessThan(ranked.indexOf(term('quilt')));
  });

  it('drops words of no rarity and lowers common ones', () => {
    const rarity = (word: string) => (word === term('turbine') ? 0 : 1);
    const ranked = conceptBeliefs(co, [1, 1], passages.length, 0.1, rarity).map(([word]) => word);
    expect(ranked).not.toContain(term('turbine'));
  });

  it('weighs the rarer query term more through its exponent', () => {
    // "quilt" is beside kestrel only, "lantern" beside wobbleton only: the exponents decide.
    const byKestrel = conceptBeliefs(co, [0.5, 1.5], passages.length, 0.1).map(([word]) => word);
    expect(byKestrel.indexOf(term('quilt'))).toBeLessThan(byKestrel.indexOf(term('lanterns')));
    const byWobbleton = conceptBeliefs(co, [1.5, 0.5], passages.length, 0.1).map(([word]) => word);
    expect(byWobbleton.indexOf(term('lanterns'))).toBeLessThan(byWobbleton.indexOf(term('quilt')));
  });
});

describe('queryExponents', () => {
  it('is each idf over the mean', () => {
    expect(queryExponents([1, 3])).toEqual([0.5, 1.5]);
    expect(queryExponents([0, 0])).toEqual([1, 1]);
  });
});

describe('conceptRarity', () => {
  it('is 1 for a word of one chunk and 0 for a word of every chunk', () => {
    expect(conceptRarity(1000, 1)).toBe(1);
    expect(conceptRarity(1000, 1000)).toBe(0);
    expect(conceptRarity(1000, 10)).toBeCloseTo(2 / 3);
  });
});

describe('conceptWeights', () => {
  it('weighs by rank as 1 − 0.9 · i / count and sums to the share', () => {
    const weights = conceptWeights(['a', 'b', 'c'], 2, 0.2);
    expect([...weights.keys()]).toEqual(['a', 'b']);
    expect(weights.get('a')! / weights.get('b')!).toBeCloseTo(1 / 0.55);
    expect(weights.get('a')! + weights.get('b')!).toBeCloseTo(0.2);
  });
});

describe('rerankByContext', () => {
  const co = cooccurrence(passages, query);

  it('puts a candidate found beside every query term ahead of a more frequent one beside a single term', () => {
    const reranked = rerankByContext(
      [
        [term('quilt'), 0.5],
        [term('turbine'), 0.3],
      ],
      co,
      [1, 1],
      passages.length,
      0.1,
      1,
    ).map(([word]) => word);
    expect(reranked).toEqual([term('turbine'), term('quilt')]);
  });

  it('keeps the order of candidates alike in context, and power 0 changes nothing', () => {
    const candidates: [string, number][] = [
      [term('quilt'), 0.5],
      [term('turbine'), 0.3],
    ];
    expect(rerankByContext(candidates, co, [1, 1], passages.length, 0.1, 0)).toEqual(candidates);
  });
});
