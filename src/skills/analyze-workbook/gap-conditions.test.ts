import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented podcast's release dates, not in order.
const RELEASES = `Episode,Released
Pilot,3 January 2022
Two,10 January 2022
Three,31 January 2022
Four,4 February 2022
Five,20 February 2022
`;
const GAPS =
  'Parse Released as dates and sort them. Each gap is a date minus the date before it in days; the first date has no gap.';

describe('a condition on the gaps between consecutive dates', () => {
  it('counts the gaps longer than a stated number of days, beside the longest gap', () => {
    const answer = ask(RELEASES, {
      question:
        'How many gaps between consecutive release dates are longer than 7 days, and what is the longest gap?',
      constraints: GAPS,
      format: '@long_gaps[count], @max_gap_days[days] where both are integers.',
    });
    // Gaps 7, 21, 4 and 16: two longer than 7; the longest 21.
    expect(answer.slots.long_gaps).toBe('2');
    expect(Number(answer.slots.max_gap_days)).toBe(21);
  });
  it('refuses when the question also asks a statistic of all gaps the condition would narrow', () => {
    expect(
      refusalCode(RELEASES, {
        question:
          'How many gaps between consecutive release dates are longer than 7 days, and what is the mean gap?',
        constraints: GAPS,
        format: '@long_gaps[count], @mean_gap[mean] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
