import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented orchard's harvests: each season and the crates picked.
const HARVESTS = `Season,Crates
2031–32,40
2032–33,44
2033–34,47
2034–35,46
2035–36,52
`;

describe('digits of a column, stated with an example in parentheses', () => {
  it('makes the column though the example follows the quoted name', () => {
    const answer = ask(HARVESTS, {
      question: 'Calculate the Spearman rank correlation between the start year and Crates.',
      constraints:
        'The start year is the first four digits of "Season" (for example "2040–41" starts in 2040). Round the coefficient to two decimal places.',
      format: '@spearman_coefficient[rho] where "rho" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ spearman_coefficient: '0.90' });
  });
});
