import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented depot roster: late trains and wage (in thousands) of each driver.
const ROSTER = `driver_name,number_of_late_trains,wage_in_thousands
Ivo Marsh,2,310
Lena Quist,14,820
Otto Brenn,4,290
Pia Sandor,31,1200
Rune Tal,1,350
Sina Voll,9,400
`;

// Invented call centre: calls by day, split into local and international.
const CALLS = `Day,Local Calls,International Calls
Mon,120,31
Tue,135,28
Wed,128,40
Thu,140,25
`;

describe('slot words that abbreviate a column the plan read', () => {
  it('reads "lt" as the late trains of number_of_late_trains', () => {
    const answer = ask(ROSTER, {
      question: 'What is the median wage of drivers with fewer than 5 late trains?',
      constraints:
        '{\nKeep the rows whose "number_of_late_trains" is less than 5 and take the median of "wage_in_thousands".\nRound to two decimal places.\n}',
      format: '{\n@low_lt_median_wage[median]\nwhere "median" is rounded to two decimal places.\n}',
    });
    // Ivo 310, Otto 290, Rune 350.
    expect(answer.slots).toEqual({ low_lt_median_wage: '310.00' });
  });

  it('reads "intl" as International', () => {
    const answer = ask(CALLS, {
      question: 'On average, how many international calls came in a day?',
      constraints: '{\nTake the mean of "International Calls".\nRound to two decimal places.\n}',
      format: '{\n@mean_intl_calls[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_intl_calls: '31.00' });
  });

  it('still refuses an abbreviation of a column the plan did not read', () => {
    expect(() =>
      ask(CALLS, {
        question: 'On average, how many international calls came in a day?',
        constraints: '{\nTake the mean of "International Calls".\nRound to two decimal places.\n}',
        format: '{\n@mean_lc_calls[avg]\nwhere "avg" is rounded to two decimal places.\n}',
      }),
    ).toThrow(/did not understand "lc"/);
  });
});
