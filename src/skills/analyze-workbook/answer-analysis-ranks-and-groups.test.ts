import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented fixtures; the expected figures are worked out by hand or by the scipy call named.
const MATCHES = `Season,Home,Away,Venue,Scored,Conceded,Crowd
2019,Ashford Rovers,Brindle Town,H,3,1,1200
2019,Brindle Town,Ashford Rovers,A,0,2,900
2019,Calder Vale,Ashford Rovers,H,1,1,700
2020,Ashford Rovers,Calder Vale,A,2,0,1500
2020,Brindle Town,Calder Vale,H,4,2,1100
2020,Calder Vale,Brindle Town,A,1,3,800
2021,Ashford Rovers,Brindle Town,H,2,2,1300
2021,Brindle Town,Ashford Rovers,A,1,0,1000
2021,Calder Vale,Ashford Rovers,H,0,1,600
`;
const OUTPUT = `Region,Year,Output
North,2020,50
South,2020,70
East,2020,70
West,2020,40
North,2021,60
South,2021,55
East,2021,80
West,2021,65
`;
const table = (csv: string) => headerRowTable(csvToWorkbook(csv, 'data').sheets[0]!)!;
const ask = (csv: string, request: AnalysisRequest) => answerAnalysis(table(csv), request);
const refusal = (csv: string, request: AnalysisRequest) => {
  try {
    ask(csv, request);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('the column a quoted value is kept on', () => {
  const request = (constraints: string) => ({
    question: "What is the population variance of Scored in the matches of 'Ashford Rovers'?",
    constraints,
    format: '@variance[value] where "value" is a number rounded to four decimal places.',
  });
  it('takes the column the constraints name for a value found in two columns', () => {
    // Home is Ashford Rovers: Scored 3, 2, 2; numpy.var (ddof=0) = 0.2222.
    const answer = ask(MATCHES, request("Keep the rows whose Home is 'Ashford Rovers'. Use ddof=0."));
    expect(answer.slots.variance).toBe('0.2222');
    expect(answer.planText).toContain('rows where Home is "Ashford Rovers" (3)');
  });
  it('still refuses when no sentence names the column', () => {
    expect(refusal(MATCHES, request('Use ddof=0.'))).toBe('unsupported');
  });
});

describe('a year written after the name of its column', () => {
  it('keeps the rows of "Season 2020"', () => {
    const answer = ask(MATCHES, {
      question: 'For Season 2020, what is the mean Crowd?',
      constraints: 'Keep the rows of Season 2020.',
      format: '@mean_crowd[mean] where "mean" is rounded to two decimal places.',
    });
    // (1500 + 1100 + 800) / 3
    expect(answer.slots.mean_crowd).toBe('1133.33');
  });
  it('compares two years a t-test names, keeping neither as a filter', () => {
    // scipy.stats.ttest_ind([1200, 900, 700], [1300, 1000, 600]): t = -0.1336, p = 0.9001.
    const answer = ask(MATCHES, {
      question: 'Is the mean Crowd in Season 2019 different from that in Season 2021?',
      constraints:
        'Compare the rows of Season 2019 with those of Season 2021 using an independent two-sample t-test assuming equal variances (2019 first).',
      format: '@t_statistic[t], @p_value[p] where both are rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ t_statistic: '-0.1336', p_value: '0.9001' });
  });
});

describe('several groups ranked, and a ranking slot that asks for the score', () => {
  it('lists the two best groups in order', () => {
    // Mean Crowd by Home: Ashford Rovers 1333.33, Brindle Town 1000, Calder Vale 700.
    const answer = ask(MATCHES, {
      question: 'Which two Home teams have the highest mean Crowd?',
      constraints: 'Group the rows by Home and average Crowd.',
      format: '@top_teams[list] where "list" is the two Home names, the largest first.',
    });
    expect(answer.slots.top_teams).toBe('Ashford Rovers, Brindle Town');
  });
  it('refuses a list whose cut falls inside a tie', () => {
    // Every Home team has three matches.
    expect(
      refusal(MATCHES, {
        question: 'Which two Home teams have the most matches?',
        constraints: 'Count the rows for each Home.',
        format: '@top_teams[list] where "list" is the two Home names.',
      }),
    ).toBe('unsupported');
  });
  it('answers the group and its score when one slot names both and its placeholder the score', () => {
    const answer = ask(MATCHES, {
      question: 'Which Home team has the highest mean Crowd, and what is that mean?',
      constraints: 'Group the rows by Home and average Crowd.',
      format: '@top_home[name], @top_home_crowd[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ top_home: 'Ashford Rovers', top_home_crowd: '1333.33' });
  });
});

describe('chi-square degrees of freedom', () => {
  it('gives (rows - 1) * (columns - 1) of the contingency table', () => {
    // scipy.stats.chi2_contingency(pandas.crosstab(Home, Venue)): chi2 = 0.9, dof = 2.
    const answer = ask(MATCHES, {
      question: 'Is the Venue independent of the Home team?',
      constraints: 'Perform a chi-square test of independence between Home and Venue.',
      format:
        '@chi2[chi2], @dof[dof] where "chi2" is rounded to four decimal places and "dof" is an integer.',
    });
    expect(answer.slots).toEqual({ chi2: '0.9000', dof: '2' });
  });
});

describe('the rank of a named row', () => {
  const request = (constraints: string, region = 'North') => ({
    question: `In Year 2020, what rank does '${region}' have by Output?`,
    constraints: `Keep the rows of Year 2020. ${constraints}`,
    format: '@region_rank[rank] where "rank" is an integer.',
  });
  it("ranks among the rows the other conditions keep (pandas rank method='min')", () => {
    // 2020: 70, 70, 50, 40 → North (50) is third.
    const answer = ask(
      OUTPUT,
      request(
        "Rank by Output, the largest first (rank 1), ties sharing the smallest rank (pandas rank method='min').",
      ),
    );
    expect(answer.slots.region_rank).toBe('3');
  });
  it("reads method='dense' and the tied rows' shared rank", () => {
    expect(ask(OUTPUT, request("Rank by Output, the largest first, method='dense'.")).slots.region_rank).toBe(
      '2',
    );
    expect(
      ask(OUTPUT, request("Rank by Output, the largest first, method='max'.", 'South')).slots.region_rank,
    ).toBe('2');
  });
  it('refuses when the direction, or the ties of a tied row, are not stated', () => {
    expect(refusal(OUTPUT, request('Rank by Output.'))).toBe('unsupported');
    expect(refusal(OUTPUT, request('Rank by Output, the largest first.', 'South'))).toBe('unsupported');
  });
});

const PEOPLE = `Name,Group,Height,Score
Ann,a,150,3
Ben,b,160,5
Cal,a,170,4
Dee,b,165,8
Eve,a,155,2
Fay,b,180,9
Gus,a,175,6
Hal,b,158,7
Ivy,a,162,5
Jon,b,168,6
`;

describe('distribution statistics as the text defines them', () => {
  it("gives Pearson's kurtosis when the text says fisher=False", () => {
    // scipy.stats.kurtosis(Height, fisher=False) = 2.1755; the default (Fisher) is -0.8245.
    const request = (constraints: string) => ({
      question: 'What is the kurtosis of Height?',
      constraints,
      format: '@kurt[value] rounded to four decimal places.',
    });
    expect(ask(PEOPLE, request('Use scipy.stats.kurtosis with fisher=False.')).slots.kurt).toBe('2.1755');
    expect(ask(PEOPLE, request('Use scipy.stats.kurtosis.')).slots.kurt).toBe('-0.8245');
  });
  it('gives the share of values within one standard deviation when the slot asks for a percentage', () => {
    // Sample std 9.0 around the mean 164.3: 6 of 10 heights lie within.
    const answer = ask(PEOPLE, {
      question: 'What percentage of Height values lie within one standard deviation of the mean?',
      constraints: 'Use the sample standard deviation.',
      format: '@pct_within[percent] rounded to two decimal places.',
    });
    expect(answer.slots.pct_within).toBe('60.00');
  });
  it('reads "more than 1.5 standard deviations from the mean" as a z-score bound', () => {
    // Score mean 5.5, population std 2.06: z of 2 and 9 is ±1.70.
    const answer = ask(PEOPLE, {
      question: 'How many Score values are outliers, more than 1.5 standard deviations from the mean?',
      constraints: 'Use the population standard deviation.',
      format: '@outliers[count] an integer.',
    });
    expect(answer.slots.outliers).toBe('2');
  });
  it('gives the extreme z-scores, not the extreme values', () => {
    const answer = ask(PEOPLE, {
      question: 'What are the minimum and maximum z-scores of Score?',
      constraints: 'z = (x - mean) / std with the population standard deviation (scipy.stats.zscore).',
      format: '@min_z[z], @max_z[z] rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ min_z: '-1.6977', max_z: '1.6977' });
  });
  it('answers the mean of the best group for a slot that names the group and the statistic', () => {
    const answer = ask(PEOPLE, {
      question: 'Which Group has the highest mean Score, and what is its mean?',
      constraints: '',
      format: '@top_group[group], @top_group_mean[mean] rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ top_group: 'b', top_group_mean: '7.00' });
  });
});

describe('tests and counts read from the slot and the text', () => {
  it('counts the rows above the mean for "@above_mean[count]" (it gave their mean)', () => {
    // Scores above the mean 5.5: 8, 9, 6, 7, 6.
    const answer = ask(PEOPLE, {
      question: 'How many rows have a Score greater than the mean Score?',
      constraints: '',
      format: '@above_mean[count] where "count" is an integer.',
    });
    expect(answer.slots.above_mean).toBe('5');
  });
  it('refuses the row with the largest "Height to Score ratio" when no step divides', () => {
    expect(
      refusal(PEOPLE, {
        question: 'Which Name has the largest Height to Score ratio?',
        constraints: '',
        format: '@name[name] where "name" is a string.',
      }),
    ).toBe('unsupported');
  });
  it('reads the value of "significantly different from 5" for a one-sample t-test', () => {
    // scipy.stats.ttest_1samp(Score, 5): t = 0.7276, p = 0.4854.
    const answer = ask(PEOPLE, {
      question: 'Is the mean Score significantly different from 5?',
      constraints: 'Use a one-sample t-test at alpha 0.05.',
      format: '@t[t], @p[p] where both are rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ t: '0.7276', p: '0.4854' });
  });
  it("answers Levene's W for a statistic slot (it gave the variance the question names)", () => {
    // scipy.stats.levene: deviations from each group's median are 1, 0, 2, 2, 1 and 2, 1, 2, 0, 1.
    const answer = ask(PEOPLE, {
      question: 'Is the variance of Score equal across the Groups?',
      constraints: "Use Levene's test (scipy.stats.levene with its defaults).",
      format: '@statistic[w], @p_value[p] where both are rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ statistic: '0.0000', p_value: '1.0000' });
  });
});

describe('steps the text asks that no rule carries out are refused', () => {
  it('refuses a statistic of "the three tallest" over every row', () => {
    expect(
      refusal(PEOPLE, {
        question: 'What is the mean Score of the three tallest people?',
        constraints: '',
        format: '@mean_score[mean] rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('keeps "the top 3 rows by Height" before the statistic', () => {
    // Fay 180, Gus 175, Cal 170: Scores 9, 6, 4.
    expect(
      answerAnalysis(headerRowTable(csvToWorkbook(PEOPLE, 'invented').sheets[0]!)!, {
        question: 'What is the mean Score of the top 3 rows by Height?',
        constraints: '',
        format: '@mean_score[mean] rounded to two decimal places.',
      }).slots,
    ).toEqual({ mean_score: '6.33' });
  });
  it('refuses "the second-ranked" group when no step ranked', () => {
    expect(
      refusal(PEOPLE, {
        question: 'Rank the Groups by total Score. What is the total of the second-ranked Group?',
        constraints: '',
        format: '@second_total[total] an integer.',
      }),
    ).toBe('unsupported');
  });
  it('refuses a chi-square test over a flag defined by a bound no step made', () => {
    expect(
      refusal(PEOPLE, {
        question: 'Is Group independent of whether Score exceeds 5?',
        constraints: 'Perform a chi-square test of independence between Group and whether Score exceeds 5.',
        format: '@chi2[value] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
  it("reads scipy's bias=False as the corrected skewness", () => {
    // scipy.stats.skew(Height, bias=False) = 0.2247; the biased default is 0.1895.
    const request = (constraints: string) => ({
      question: 'What is the skewness of Height?',
      constraints,
      format: '@skew[value] rounded to four decimal places.',
    });
    expect(ask(PEOPLE, request('Use scipy.stats.skew with bias=False.')).slots.skew).toBe('0.2247');
    expect(ask(PEOPLE, request('Use scipy.stats.skew.')).slots.skew).toBe('0.1895');
  });
});

describe('statistics of per-row values and of groups the constraints state', () => {
  it('refuses "the median of the ratio of A to B" (it gave the ratio of the medians)', () => {
    expect(
      refusal(PEOPLE, {
        question: 'What is the median of the ratio of Height to Score?',
        constraints: '',
        format: '@median_ratio[value] rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('still answers the mean of the differences between two columns, the difference of their means', () => {
    // mean(Height) − mean(Score) = 164.3 − 5.5.
    const answer = ask(PEOPLE, {
      question: 'What is the mean of the difference between Height and Score?',
      constraints: '',
      format: '@mean_difference[value] rounded to two decimal places.',
    });
    expect(answer.slots.mean_difference).toBe('158.80');
  });
  it('refuses a count over rows when the constraints group by a column no step used', () => {
    expect(
      refusal(MATCHES, {
        question: 'How many Home teams have a mean Crowd above 900?',
        constraints: 'Group by Home and average Crowd.',
        format: '@count[count] an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('quantile methods the text names', () => {
  const request = (constraints: string, percentile = 30) => ({
    question: `What is the ${percentile}th percentile of Score?`,
    constraints,
    format: '@p[value] rounded to two decimal places.',
  });
  it("reads numpy's method= (numpy.percentile(Score, 30, method=...))", () => {
    expect(ask(PEOPLE, request('')).slots.p).toBe('4.70');
    expect(ask(PEOPLE, request("Use numpy.percentile with method='lower'.")).slots.p).toBe('4.00');
    expect(ask(PEOPLE, request("Use numpy.percentile with method='higher'.")).slots.p).toBe('5.00');
    expect(ask(PEOPLE, request("Use numpy.percentile with method='midpoint'.")).slots.p).toBe('4.50');
    expect(ask(PEOPLE, request("Use numpy.percentile with method='nearest'.")).slots.p).toBe('5.00');
    // h = 4.5 lies halfway: numpy takes the even index (4), Score 5.
    expect(ask(PEOPLE, request("Use numpy.percentile with method='nearest'.", 50)).slots.p).toBe('5.00');
  });
  it('refuses a method it does not compute', () => {
    expect(refusal(PEOPLE, request('Use the nearest rank method.'))).toBe('unsupported');
  });
});

describe('covariance', () => {
  const request = (constraints: string) => ({
    question: 'What is the covariance between Height and Score?',
    constraints,
    format: '@covariance[cov] where "cov" is rounded to four decimal places.',
  });
  it('gives the sample covariance as pandas and numpy.cov do, the population one when stated', () => {
    // numpy.cov(Height, Score)[0, 1] = 13.0556; with ddof=0, 11.75.
    expect(ask(PEOPLE, request('')).slots.covariance).toBe('13.0556');
    expect(ask(PEOPLE, request('Use ddof=0.')).slots.covariance).toBe('11.7500');
  });
});
