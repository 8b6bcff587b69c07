import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented match log: an event code per row, and a score written only on scoring events.
const LOG = `Event,Code,Score
1,4,
2,2,2-0
3,4,
4,4,
5,1,2-2
`;

describe('cells present and the mode of a coded column', () => {
  it('counts the cells present for "a non-missing Score", not the missing ones', () => {
    const answer = ask(LOG, {
      question: 'What percentage of rows have a non-missing Score?',
      format: '@score_pct[percent] where "percent" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ score_pct: '40.00' });
  });

  it('still counts the missing cells when the slot names them', () => {
    const answer = ask(LOG, {
      question: 'What percentage of Score values are missing?',
      format: '@missing_pct[percent] where "percent" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ missing_pct: '60.00' });
  });

  it('gives how often the most frequent code occurs, for a column of whole-number codes named in full', () => {
    const answer = ask(LOG, {
      question: 'Determine the most frequent value of Code and how often it occurs.',
      format: '@top_code[value], @top_code_count[count] where both are integers.',
    });
    expect(answer.slots).toEqual({ top_code: '4', top_code_count: '3' });
  });

  it('gives the share of rows that have a recorded Score', () => {
    const answer = ask(LOG, {
      question: 'What share of the events have a recorded Score?',
      format: '@scored_share[percent] where "percent" is a percentage rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ scored_share: '40.00' });
  });
});
