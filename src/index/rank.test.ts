import { describe, expect, it } from 'vitest';
import { DEFAULT_RANK_PARAMS, feedbackMix, feedbackShare, mixQuery, type RankParams } from './rank.ts';

const params: RankParams = { ...DEFAULT_RANK_PARAMS, feedbackWeight: 0.3, feedbackFullUpTo: 10 };
const candidates: [string, number][] = [
  ['glacier', 0.5],
  ['moraine', 0.3],
  ['everywhere', 0.2],
];
/** "everywhere" is in every chunk, the others in a few. */
const df = (term: string) => (term === 'everywhere' ? 100 : 3);

function query(terms: number): Map<string, number> {
  return new Map(Array.from({ length: terms }, (_, i) => [`word${i}`, 1]));
}

describe('feedbackShare', () => {
  it('gives queries up to feedbackFullUpTo terms the full feedback weight', () => {
    expect(feedbackShare(params, 1)).toBeCloseTo(0.3);
    expect(feedbackShare(params, 10)).toBeCloseTo(0.3);
  });

  it('shrinks in proportion beyond it', () => {
    expect(feedbackShare(params, 20)).toBeCloseTo(0.15);
    expect(feedbackShare(params, 40)).toBeCloseTo(0.075);
  });

  it('is the plain weight for every length when the limit is infinite', () => {
    const flat = { ...params, feedbackFullUpTo: Number.POSITIVE_INFINITY };
    expect(feedbackShare(flat, 200)).toBeCloseTo(0.3);
  });
});

describe('feedbackMix', () => {
  it('leaves out terms found in too many chunks and splits the share among the rest', () => {
    const { scale, added } = feedbackMix(query(2), candidates, df, 100, params);
    expect([...added.keys()]).toEqual(['glacier', 'moraine']);
    expect(added.get('glacier')! + added.get('moraine')!).toBeCloseTo(0.3);
    expect(added.get('glacier')! / added.get('moraine')!).toBeCloseTo(0.5 / 0.3);
    // The original query keeps 1 - share of the mass, spread over its two terms.
    expect(scale).toBeCloseTo(0.7 / 2);
  });

  it('gives a long question less feedback than a short one', () => {
    const short = mixQuery(query(5), candidates, df, 100, params);
    const long = mixQuery(query(30), candidates, df, 100, params);
    const feedbackMass = (mixed: Map<string, number>) =>
      (mixed.get('glacier') ?? 0) + (mixed.get('moraine') ?? 0);
    expect(feedbackMass(short)).toBeCloseTo(0.3);
    expect(feedbackMass(long)).toBeCloseTo(0.1);
    // Weights still sum to one: the original terms keep the rest.
    const total = [...long.values()].reduce((sum, weight) => sum + weight, 0);
    expect(total).toBeCloseTo(1);
  });

  it('adds nothing and keeps the query as it is when feedback is off', () => {
    const { scale, added } = feedbackMix(query(3), candidates, df, 100, { ...params, feedbackWeight: 0 });
    expect(added.size).toBe(0);
    expect(scale).toBe(1);
  });
});
