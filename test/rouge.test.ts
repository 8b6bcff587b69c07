import { describe, expect, it } from 'vitest';
import { rouge, rougeTokens } from '../bench/rouge.ts';

describe('rouge (rouge-score conventions)', () => {
  it('tokenizes like rouge-score: lowercase, non-alphanumerics split, Porter stems on tokens over 3 characters', () => {
    expect(rougeTokens("The Team's remotes were DISCUSSED, e.g. 25-Euro")).toEqual([
      'the',
      'team',
      's',
      'remot',
      'were',
      'discuss',
      'e',
      'g',
      '25',
      'euro',
    ]);
  });

  it('matches hand-computed scores', () => {
    // pred: the cat sat on the mat (6); ref: the cat is on the mat (6); unigram overlap 5.
    const scores = rouge('the cat sat on the mat', 'the cat is on the mat');
    expect(scores.rouge1).toBeCloseTo(5 / 6, 6);
    // bigrams: pred {the cat, cat sat, sat on, on the, the mat}, ref {the cat, cat is, is on, on the, the mat}: 3 of 5.
    expect(scores.rouge2).toBeCloseTo(3 / 5, 6);
    // LCS: the cat on the mat = 5.
    expect(scores.rougeL).toBeCloseTo(5 / 6, 6);
    expect(rouge('', 'x').rouge1).toBe(0);
  });
});
