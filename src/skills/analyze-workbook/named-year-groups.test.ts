import { describe, expect, it } from 'vitest';
import { askCsv } from '../../../test/helpers/analysis-csv.ts';

// Invented output of a kiln by firing date over three years.
const FIRINGS = `Date,Output
2051-02-01,12
2051-05-01,15
2051-08-01,11
2051-10-01,14
2051-12-01,13
2052-02-01,18
2052-05-01,17
2052-08-01,20
2052-10-01,16
2052-12-01,19
2053-02-01,30
2053-05-01,2
2053-08-01,25
`;

describe('groups by the years the text writes, of a year a step took from a date', () => {
  it('compares the two named years with a t-test, the third year left out', () => {
    const answer = askCsv(FIRINGS, {
      question:
        'Is there a significant difference between the Output of 2051 and that of 2052? Perform a t-test.',
      constraints:
        '{\nTake the year from "Date". Compare "Output" of the rows of 2051 with "Output" of the rows of 2052 using an independent two-sample t-test (2051 first). If the p-value is less than 0.05, report "significant difference", otherwise "no significant difference".\n}',
      format:
        '{\n@t_statistic[t]\n@p_value[p_value]\n@result[significance]\nwhere "t" is rounded to two decimal places, "p_value" to four decimal places and "significance" is "significant difference" or "no significant difference".\n}',
    });
    expect(answer.slots).toEqual({
      t_statistic: '-5.00',
      p_value: '0.0011',
      result: 'significant difference',
    });
  });
});
