import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented sightings: the first row is unique, one later pair repeats its place and date.
const SIGHTINGS = `Date,Place,Birds
1 May,Marsh,3
2 May,Wood,5
2 May,Wood,2
3 May,Marsh,4
`;

describe('duplicates over chosen columns, the first of each kept', () => {
  it('does not read "keep the first row of each pair (pandas drop_duplicates)" as leaving out the first row', () => {
    const answer = ask(SIGHTINGS, {
      question: 'How many rows remain after removing duplicate rows over the Date and Place columns?',
      constraints:
        'Keep the first row of each pair of Date and Place (pandas drop_duplicates with subset Date and Place).',
      format: '@remaining_rows[count] where "count" is an integer.',
    });
    expect(answer.slots.remaining_rows).toBe('3');
    expect(answer.planText).not.toContain('first row left out');
  });
});
