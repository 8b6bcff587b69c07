import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { boundsRowCount } from './group-count-bounds.ts';

// Invented ferry log: one row per crossing, the pier coded by number, and the fare taken.
const ROWS = `ticket,pier,fare
1,9,40
2,12,35
3,9,42
4,2,30
5,12,38
6,9,41
7,5,33
8,12,36
9,9,44
10,2,31
11,12,37
12,9,39
`;

describe('a bound on the count of rows of each group', () => {
  it('is read on the counts of the groups, never on the group column', () => {
    const answer = ask(ROWS, {
      question:
        'Count the crossings of each pier and keep the piers whose count is 3 or more. How many piers are kept?',
      constraints: 'Count the rows per pier; keep piers with a count of at least 3.',
      format: '@kept_piers[count] where count is an integer.',
    });
    expect(answer.slots).toEqual({ kept_piers: '2' });
  });

  it('refuses a figure of the rows of the kept groups rather than read the bound on the pier codes', () => {
    expect(
      refusalCode(ROWS, {
        question: 'Keep the piers with a count of at least 3. What is the mean fare of their crossings?',
        format: '@mean_fare[value] rounded to two decimals.',
      }),
    ).toBe('unsupported');
  });

  it('still reads a bound on a column named by the words before it', () => {
    const answer = ask(ROWS, {
      question: 'Keep the crossings whose fare is at least 40. How many are there?',
      format: '@n[count]',
    });
    expect(answer.slots).toEqual({ n: '4' });
  });
});

describe('boundsRowCount', () => {
  it('finds a count of rows ending the words before a bound', () => {
    expect(boundsRowCount('the piers whose count is', 'pier')).toBe(true);
    expect(boundsRowCount('piers with a count of', 'pier')).toBe(true);
    expect(boundsRowCount('piers whose number of rows is', 'pier')).toBe(true);
  });

  it('leaves a column whose own name holds the count word, and words with no count', () => {
    expect(boundsRowCount('the days whose visit count is', 'Visit count')).toBe(false);
    expect(boundsRowCount('the crossings whose fare is', 'fare')).toBe(false);
  });
});
