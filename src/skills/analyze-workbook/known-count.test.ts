import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented netball club's seasons: the cup result with placeholders for no result.
const SEASONS = `Season,League,Cup
2015,2nd,Quarter-final
2016,4th,?
2017,1st,N/A
2018,3rd,Winner
2019,?,Semi-final
`;

describe('counts of known or unknown cells', () => {
  it('counts the rows whose cell is known once the text says which cells are missing', () => {
    const answer = ask(SEASONS, {
      question: 'In how many seasons is the Cup result known?',
      constraints: "A Cup of '?' or 'N/A' is missing.",
      format: '@known_cup_results[count] where "count" is an integer.',
    });
    expect(answer.slots.known_cup_results).toBe('3');
  });
  it('counts the unknown ones of the column the slot names', () => {
    const answer = ask(SEASONS, {
      question: 'For how many seasons is the League place unknown?',
      constraints: "A '?' is missing.",
      format: '@unknown_league[count] where "count" is an integer.',
    });
    expect(answer.slots.unknown_league).toBe('1');
  });
  it('gives no count when the text never says which cells are missing', () => {
    expect(
      refusalCode(SEASONS, {
        question: 'In how many seasons is the Cup result known?',
        format: '@known_cup_results[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
