import { describe, expect, it } from 'vitest';
import { pairedDifference, type QueryResult } from '../bench/paired.ts';

const result = (id: string, score: number, text = 'same', cited = 0, citedInside = 0): QueryResult => ({
  id,
  score,
  text,
  cited,
  citedInside,
});

describe('pairedDifference', () => {
  it('gives the mean change over the queries of both runs, with its standard error', () => {
    const before = [result('a', 0.3), result('b', 0.3), result('c', 0.3), result('gone', 0.9)];
    const after = [result('a', 0.4, 'new'), result('b', 0.3), result('c', 0.5, 'new'), result('added', 0.1)];
    const difference = pairedDifference(before, after);
    expect(difference.n).toBe(3);
    expect(difference.mean).toBeCloseTo(0.1, 10);
    // Deltas 0.1, 0, 0.2: sample variance 0.01, standard error √(0.01 / 3).
    expect(difference.standardError).toBeCloseTo(Math.sqrt(0.01 / 3), 10);
    expect([difference.better, difference.worse, difference.changed]).toEqual([2, 0, 2]);
  });

  it('pools cited turns inside the reference spans over the pairs', () => {
    const before = [result('a', 0.3, 'x', 4, 1), result('b', 0.3, 'y', 2, 2)];
    const after = [result('a', 0.3, 'x', 2, 1), result('b', 0.3, 'y', 2, 2)];
    const difference = pairedDifference(before, after);
    expect(difference.citedBefore).toBeCloseTo(3 / 6, 10);
    expect(difference.citedAfter).toBeCloseTo(3 / 4, 10);
  });

  it('has no spread to report from a single pair', () => {
    expect(pairedDifference([result('a', 0.2)], [result('a', 0.5)]).standardError).toBe(0);
  });
});
