import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented league: seasons as years (typed dates), a division, a coach, wins and losses.
const LEAGUE = `Season,Division,Coach,Wins,Losses
1975,East,Avery,5,7
1976,West,Avery,8,4
1977,North,Brook,6,6
1978,East,Avery,9,3
1979,West,Avery,4,8
1980,East,Brook,7,5
1981,North,Avery,3,9
1982,West,Brook,10,2
1983,East,Avery,6,6
1984,West,Brook,8,4
1985,North,Brook,5,7
1986,East,Avery,9,3
1987,West,Avery,7,5
1988,East,Avery,4,8
1989,North,Avery,6,6
1990,West,Brook,11,1
`;
const ask = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(LEAGUE, 'invented').sheets[0]!)!, request);
const outcome = (request: AnalysisRequest) => {
  try {
    return ask(request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('rows kept by a listed value or a year bound', () => {
  // scipy.stats.chi2_contingency(pd.crosstab(Division, Coach)) over the East and West rows (12):
  // 0.375, p 0.5403 with the default continuity correction.
  it("keeps the rows whose Division is 'East' or 'West' for a chi-square test between two named columns", () => {
    expect(
      ask({
        question: 'Is the Coach associated with the Division?',
        constraints:
          "Keep the rows whose Division is 'East' or 'West'. Perform a chi-square test of independence between Division and Coach (scipy.stats.chi2_contingency with its defaults). Round to four decimal places.",
        format: '@chi2_statistic[chi2], @p_value[p_value] where both are rounded to four decimal places.',
      }).slots,
    ).toEqual({ chi2_statistic: '0.3750', p_value: '0.5403' });
  });
  // scipy.stats.linregress(Season, Wins) over the 8 seasons from 1983 on.
  it('reads "Season is 1983 or later" on a column of years not named Year', () => {
    expect(
      ask({
        question: 'For the seasons from 1983, how do Wins depend on Season?',
        constraints:
          'Keep the rows whose Season is 1983 or later. Fit a simple linear regression with Season as the predictor and Wins as the response. Round to four decimal places.',
        format: '@slope[slope], @intercept[intercept], @r_squared[r_squared] rounded to four decimal places.',
      }).slots,
    ).toEqual({ slope: '0.2381', intercept: '-465.9762', r_squared: '0.0661' });
  });
});

describe('a chi-square test between columns the text names', () => {
  it('refuses when one side is a flag no step made, rather than testing two other columns', () => {
    expect(
      outcome({
        question: 'Is a winning record associated with the Division?',
        constraints:
          'Mark each season as a winning record when Wins is greater than Losses. Perform a chi-square test of independence between Division and the winning-record flag.',
        format: '@chi2_statistic[chi2], @p_value[p_value] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('refuses when a named column has one value left in the rows kept', () => {
    expect(
      outcome({
        question: 'Is the Coach associated with the Division in the East?',
        constraints:
          "Keep the rows whose Division is 'East'. Perform a chi-square test of independence between Division and Coach.",
        format: '@chi2_statistic[chi2], @p_value[p_value] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
});
