import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented closing prices of a small share, with two days that have no price.
const CLOSES = `Day,Close
Mon,100
Tue,
Wed,110
Thu,99
Fri,
Sat,118.8
`;

describe('a change from the previous row after the rows missing its column are dropped', () => {
  it('takes each change from the previous row kept', () => {
    const answer = ask(CLOSES, {
      question: 'How much does the share move from one day to the next on average?',
      constraints:
        '{\nDrop the rows with a missing "Close". The daily change is the percentage change of "Close" from the previous remaining row (pandas pct_change times 100).\nRound to two decimal places.\n}',
      format: '{\n@mean_daily_change[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_daily_change: '6.67' });
  });

  it('keeps the change from the row just before when nothing is dropped', () => {
    const answer = ask(CLOSES, {
      question: 'How much does the share move from one day to the next on average?',
      constraints:
        '{\nThe daily change is the percentage change of "Close" from the previous row (pandas pct_change times 100).\nRound to two decimal places.\n}',
      format: '{\n@mean_daily_change[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_daily_change: '-10.00' });
  });
});
