import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { mannWhitneyU } from './rank-tests.ts';
import { oneSampleT, pairedT, pooledT, welchT, wilcoxonSignedRank } from './sided-tests.ts';

// An invented table of bakery shifts: loaves per hour before and after a new oven rack, the
// minutes a batch took, the region and the oven. Expected figures are scipy.stats' at its defaults.
const SHIFTS = `Shift,Region,Oven,Before,After,Minutes
1,North,Gas,12,15,40
2,South,Wood,9,11,55
3,North,Gas,14,13,38
4,East,Wood,7,10,61
5,South,Gas,11,14,47
6,North,Wood,15,18,35
7,East,Gas,8,8,66
8,South,Wood,10,13,52
9,North,Gas,13,17,41
10,East,Wood,6,9,70
11,South,Gas,12,12,45
12,North,Wood,16,19,33
`;
const ask = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(SHIFTS, 'invented').sheets[0]!)!, request);
const outcome = (request: AnalysisRequest) => {
  try {
    return ask(request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};
const round = (value: number) => Number(value.toFixed(4));

describe('one-sided and paired tests at scipy.stats defaults', () => {
  const a = [12, 9, 14, 7, 11, 15, 8, 10, 13, 6, 12, 16];
  const b = [15, 11, 13, 10, 14, 18, 8, 13, 17, 9, 12, 19];
  it('t-tests under each alternative', () => {
    expect(
      [
        pairedT(a, b, 'less'),
        oneSampleT(a, 10, 'greater'),
        pooledT(a, b, 'less'),
        welchT(a, b, 'greater'),
      ].map((r) => [round(r.statistic), round(r.p)]),
    ).toEqual([
      [-4.7326, 0.0003],
      [1.1818, 0.1311],
      [-1.5834, 0.0638],
      [-1.5834, 0.9361],
    ]);
  });
  it('Wilcoxon signed-rank: exact table, every sign choice with ties, and the normal approximation', () => {
    const c = [3.1, 4.7, 2.2, 5.9, 1.4, 6.8, 7.3, 0.5, 8.6, 9.2];
    const d = [2.0, 5.0, 2.9, 4.1, 3.3, 6.0, 9.9, 1.7, 7.0, 8.1];
    const x = Array.from({ length: 30 }, (_, i) => (i * 7) % 11);
    const y = Array.from({ length: 30 }, (_, i) => (i * 5) % 13);
    const results = [
      wilcoxonSignedRank(c, d, 'greater'),
      wilcoxonSignedRank(a, b, 'two-sided'),
      wilcoxonSignedRank(x, y, 'two-sided'),
    ];
    expect(results.map((r) => [r.statistic, Number(r.p.toFixed(6))])).toEqual([
      [27, 0.539063],
      [1, 0.003906],
      [143, 0.407894],
    ]);
  });
  it('Mann-Whitney U one-sided: exact and normal approximation', () => {
    expect(
      round(mannWhitneyU([3.1, 4.7, 2.2, 5.9, 1.4, 6.8], [2.0, 5.0, 2.9, 4.1, 3.3, 6.0, 9.9], 'less').p),
    ).toBe(0.3654);
    expect(round(mannWhitneyU(a, b, 'less').p)).toBe(0.0868);
  });
});

describe('questions that name a paired, one-sample, one-sided or one-against-the-rest test', () => {
  it('a paired t-test between two columns of the same rows', () => {
    expect(
      ask({
        question: 'Is there a significant difference between Before and After of the same shift?',
        constraints:
          'Perform a paired t-test with a significance level of 0.05. Round to four decimal places.',
        format: '@t_statistic[t], @p_value[p] where both are rounded to four decimal places.',
      }).slots,
    ).toEqual({ t_statistic: '-4.7326', p_value: '0.0006' });
  });
  it('a one-sided paired test: the comparison is the hypothesis, not a row filter', () => {
    const answer = ask({
      question: 'Is After greater than Before on average for the same shift?',
      constraints:
        'Perform a one-sided paired t-test with the alternative that After is greater than Before.',
      format: '@t_statistic[t], @p_value[p] where both are rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ t_statistic: '4.7326', p_value: '0.0003' });
  });
  it('the Wilcoxon signed-rank statistic and p-value', () => {
    expect(
      ask({
        question: 'Do Before and After differ for the same shift?',
        constraints: 'Perform a Wilcoxon signed-rank test.',
        format: '@w_statistic[w], @p_value[p] where both are rounded to four decimal places.',
      }).slots,
    ).toEqual({ w_statistic: '1.0000', p_value: '0.0039' });
  });
  it('a one-sample t-test, one-sided by the words before its value', () => {
    const request = (question: string) => ({
      question,
      constraints: 'Perform a one-sided one-sample t-test against 50.',
      format: '@t_statistic[t], @p_value[p] where both are rounded to four decimal places.',
    });
    expect(ask(request('Is the mean Minutes greater than 50?')).slots).toEqual({
      t_statistic: '-0.4001',
      p_value: '0.6516',
    });
    expect(ask(request('Is the mean Minutes less than 50?')).slots).toEqual({
      t_statistic: '-0.4001',
      p_value: '0.3484',
    });
  });
  it('one named group against all the others: Student, one-sided Welch and Mann-Whitney', () => {
    const base =
      "Is the mean Minutes of the 'North' region different from that of all other regions combined?";
    expect(
      ask({
        question: base,
        constraints: 'Use an independent two-sample t-test assuming equal variances.',
        format: '@t_statistic[t], @p_value[p] where both are rounded to four decimal places.',
      }).slots,
    ).toEqual({ t_statistic: '-4.2884', p_value: '0.0016' });
    expect(
      ask({
        question: 'Do North shifts take fewer Minutes than all the other shifts?',
        constraints: "Use a one-sided Welch's t-test (alternative: North is less).",
        format: '@p_value[p] rounded to four decimal places.',
      }).slots,
    ).toEqual({ p_value: '0.0006' });
    expect(
      ask({
        question: 'Do North shifts take fewer Minutes than all the other shifts?',
        constraints: 'Use a one-sided Mann-Whitney U test (alternative: North is less).',
        format: '@u_statistic[u], @p_value[p] rounded to four decimal places.',
      }).slots,
    ).toEqual({ u_statistic: '0.0000', p_value: '0.0013' });
  });
  it('a one-sided two-sample t-test between two named groups', () => {
    expect(
      ask({
        question: 'Is the mean Minutes of Gas ovens greater than that of Wood ovens?',
        constraints: 'Perform a one-sided independent two-sample t-test (alternative: Gas is greater).',
        format: '@t_statistic[t], @p_value[p] where both are rounded to four decimal places.',
      }).slots,
    ).toEqual({ t_statistic: '-0.6650', p_value: '0.7395' });
  });
  it('refuses a one-sided test it cannot orient or only does two-sided', () => {
    expect(
      outcome({
        question: 'Do Gas and Wood ovens differ in Minutes?',
        constraints: 'Use a one-sided t-test.',
        format: '@p_value[p] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
    expect(
      outcome({
        question: 'Do the Minutes differ across Region? Use the Kruskal-Wallis test, one-sided.',
        format: '@p_value[p] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
});

describe('named bins with their ranges in a sentence of their own', () => {
  it('bins the column after "by" and counts each label; the labels pick no rows', () => {
    const answer = ask({
      question:
        "Bin the shifts by Minutes into 'quick', 'normal' and 'slow'. How many shifts are in each bin?",
      constraints: "'quick' is below 40 minutes, 'normal' 40 to 55 and 'slow' above 55.",
      format: '@quick[count], @normal[count], @slow[count] where each is an integer.',
    });
    expect(answer.slots).toEqual({ quick: '3', normal: '6', slow: '3' });
  });
});

describe('stated steps the engine did not carry out', () => {
  it('refuses a test over a column the question creates but no step made', () => {
    expect(
      outcome({
        question: 'How many shifts are outliers in the spread?',
        constraints:
          'Create a column spread as the larger of Before and After minus the smaller, then count the shifts whose absolute z-score is above 2.',
        format: '@outlier_count[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
  it('refuses a regression whose kept rows no step shows', () => {
    expect(
      outcome({
        question: 'For the late shifts, how does Minutes depend on Before?',
        constraints:
          'Keep the rows whose Shift is 6 or after. Fit a simple linear regression with Before as the predictor and Minutes as the response.',
        format: '@slope[slope] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
});

describe('groups named by the word the text gives them', () => {
  // scipy.stats.ttest_ind(gas, wood, equal_var=False, alternative='less'): the Wood rows are the
  // "old" ovens the alternative expects larger, so Gas (named first) is the smaller side.
  it('reads "old is greater" through "old ovens \'Wood\'"', () => {
    expect(
      ask({
        question: 'Do batches in old ovens take longer than in modern ovens?',
        constraints:
          "Modern ovens have Oven equal to 'Gas' and old ovens 'Wood'. Perform a one-sided t-test on Minutes with unequal variances (alternative: old is greater). Round to four decimal places.",
        format: '@t_statistic[t_value], @p_value[p_value] where both are rounded to four decimal places.',
      }).slots,
    ).toEqual({ t_statistic: '-0.6650', p_value: '0.2614' });
  });
  it('still refuses when the alternative names no group', () => {
    expect(
      outcome({
        question: 'Do the ovens differ in Minutes?',
        constraints:
          "Compare the rows whose Oven is 'Gas' with those whose Oven is 'Wood' in a one-sided t-test (alternative: the first is greater).",
        format: '@p_value[p_value] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
});

describe('a paired test of the two columns either side of "greater than"', () => {
  // An invented league: a third numeric column (Games) is only the filter's.
  const LEAGUE = `Team,No. of Wins,Losses,Games
Alders,10,8,18
Birches,7,9,16
Cedars,12,5,17
Deodars,4,6,10
Elms,9,9,18
Firs,11,7,18
Gums,3,2,5
`;
  const league = (request: AnalysisRequest) =>
    answerAnalysis(headerRowTable(csvToWorkbook(LEAGUE, 'invented').sheets[0]!)!, request).slots;
  // scipy.stats.ttest_rel(wins, losses, alternative='greater') over the six teams with 10+ games.
  it('reads "No. of Wins is greater than Losses" as the pair and the side, past the abbreviation\'s full stop', () => {
    expect(
      league({
        question: 'Among the teams with at least 10 Games, is No. of Wins greater than Losses on average?',
        constraints:
          'Keep the rows whose Games is 10 or more. Perform a one-sided paired t-test with the alternative that No. of Wins is greater than Losses. Round to four decimal places.',
        format: '@t_statistic[t_value], @p_value[p_value] where both are rounded to four decimal places.',
      }),
    ).toEqual({ t_statistic: '1.0310', p_value: '0.1749' });
  });
});
