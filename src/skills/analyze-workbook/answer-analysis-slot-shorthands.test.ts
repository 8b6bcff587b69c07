import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented ferry line: sailings with the passengers carried and the minutes late.
const SAILINGS = `Sailing,Passengers,Minutes Late
Morning Gull,41200,3
Harbour Lark,75300,12
Tide Runner,62800,7
Salt Finch,18900,1
Grey Tern,80100,15
Cove Wren,55000,4
`;

describe('slot names written in short forms', () => {
  it('reads "60k" in a slot name as the bound of 60000 the question states', () => {
    const answer = ask(SAILINGS, {
      question: 'How many sailings carried more than 60,000 passengers?',
      constraints: '{\nCount the sailings whose Passengers is strictly greater than 60000.\n}',
      format: '{\n@sailings_over_60k[count]\nwhere "count" is an integer.\n}',
    });
    // Harbour Lark, Tide Runner, Grey Tern.
    expect(answer.slots).toEqual({ sailings_over_60k: '3' });
  });

  it('still refuses a "k" whose thousands the plan never used', () => {
    expect(() =>
      ask(SAILINGS, {
        question: 'How many sailings carried more than 60 passengers?',
        constraints: '{\nCount the sailings whose Passengers is strictly greater than 60.\n}',
        format: '{\n@sailings_over_90k[count]\nwhere "count" is an integer.\n}',
      }),
    ).toThrow(/did not understand "k"/);
  });

  it('reads "@p_val" as the p-value of the test asked', () => {
    const answer = ask(SAILINGS, {
      question: 'Is the number of passengers correlated with how late a sailing was? Give r and its p-value.',
      constraints:
        '{\nUse the Pearson correlation of Passengers and Minutes Late.\nRound r to two decimal places and the p-value to four.\n}',
      format:
        '{\n@r_value[r]\n@p_val[p]\nwhere "r" is rounded to two decimal places and "p" to four decimal places.\n}',
    });
    // r = 0.9202, p = 0.0093 (worked out apart from the engine).
    expect(answer.slots).toEqual({ r_value: '0.92', p_val: '0.0093' });
  });
});
