import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { tCritical } from './summary-extras.ts';

// An invented table of market stalls: visitors, takings and a rating. Expected figures are
// scipy.stats' and numpy's (sem, t.interval, gmean, hmean, median_abs_deviation, average).
const STALLS = `Stall,Market,Visitors,Takings,Rating
Ashgrove,East,120,340.5,4.1
Birchway,West,95,210.0,3.8
Cobble Lane,East,140,402.25,4.5
Dovecote,North,60,150.75,3.2
Elmstead,West,180,515.0,4.8
Fernhill,North,75,199.5,3.5
Gorse End,East,110,305.0,4.0
Hazelmere,West,130,388.0,4.3
Ivybridge,North,55,120.0,2.9
Juniper Row,East,160,470.5,4.6
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(STALLS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('summary statistics beyond the moments', () => {
  it('the t critical value inverts the two-sided t tail', () => {
    expect(tCritical(0.95, 9)).toBeCloseTo(2.262157, 5);
    expect(tCritical(0.99, 29)).toBeCloseTo(2.756386, 5);
  });
  it('the standard error of the mean, in the slot or spelled out', () => {
    expect(
      outcome({
        question: 'What is the standard error of the mean of Takings?',
        format: '@sem_takings[sem] rounded to four decimal places.',
      }),
    ).toEqual({ sem_takings: '43.0768' });
    expect(
      outcome({
        question: 'Calculate the standard error of the mean for Takings.',
        constraints: 'Round to two decimal places.',
        format: '@standard_error[value]',
      }),
    ).toEqual({ standard_error: '43.08' });
  });
  it('a t confidence interval for the mean at the stated level', () => {
    expect(
      outcome({
        question: 'Calculate the 95% confidence interval for the mean of Takings.',
        constraints: 'Use the t distribution. Round to two decimal places.',
        format: '@ci_lower[lower], @ci_upper[upper]',
      }),
    ).toEqual({ ci_lower: '212.70', ci_upper: '407.60' });
    expect(
      outcome({
        question: 'Give a 99% confidence interval of the average Takings.',
        constraints: 'Round to two decimal places.',
        format: '@lower_bound[value], @upper_bound[value]',
      }),
    ).toEqual({ lower_bound: '170.16', upper_bound: '450.14' });
  });
  it('geometric and harmonic means', () => {
    expect(
      outcome({
        question: 'What are the geometric mean and the harmonic mean of Takings?',
        format: '@geometric_mean[gm], @harmonic_mean[hm] rounded to two decimal places.',
      }),
    ).toEqual({ geometric_mean: '280.14', harmonic_mean: '249.46' });
  });
  it('the mean or median absolute deviation only when the text says which', () => {
    expect(
      outcome({
        question: 'What is the mean absolute deviation of Takings?',
        format: '@mad_takings[mad] rounded to one decimal place.',
      }),
    ).toEqual({ mad_takings: '113.1' });
    expect(
      outcome({
        question: 'What is the median absolute deviation of Takings?',
        format: '@takings_mad[value] rounded to one decimal place.',
      }),
    ).toEqual({ takings_mad: '118.0' });
    expect(outcome({ question: 'What is the MAD of Takings?', format: '@mad_takings[mad]' })).toBe(
      'unsupported',
    );
  });
  it('a mean weighted by another column', () => {
    expect(
      outcome({
        question: 'What is the average Rating weighted by Visitors?',
        format: '@weighted_rating[value] rounded to four decimal places.',
      }),
    ).toEqual({ weighted_rating: '4.1742' });
  });
});

describe('z-scores of one row and stated z bounds', () => {
  it('a named row, against the standard deviation the text states', () => {
    expect(
      outcome({
        question: "What is the z-score of Dovecote's Visitors?",
        constraints: 'Use the population standard deviation. Round to four decimal places.',
        format: '@dovecote_z[z]',
      }),
    ).toEqual({ dovecote_z: '-1.3245' });
    expect(
      outcome({
        question: "What is the standard score of the Visitors of 'Dovecote'?",
        constraints: 'z = (x - mean) / std with ddof=1. Round to four decimal places.',
        format: '@z_score[z]',
      }),
    ).toEqual({ z_score: '-1.2565' });
  });
  it('the row a superlative picks', () => {
    expect(
      outcome({
        question: 'Which Stall has the lowest Rating, and what is its z-score for Rating?',
        constraints: 'Use the sample standard deviation. Round to four decimal places.',
        format: '@stall[name], @z_score[z]',
      }),
    ).toEqual({ stall: 'Ivybridge', z_score: '-1.7205' });
  });
  it('refuses when the standard deviation is not stated, rather than give the raw figure', () => {
    expect(
      outcome({
        question: "What is the z-score of Dovecote's Visitors?",
        format: '@z_score[z] rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('reads "|z| > k" and "an absolute z-score above k" as the outlier bound', () => {
    expect(
      outcome({
        question: 'How many Takings values are outliers by the z-score?',
        constraints: 'Leave out nothing.\nAn outlier has |z| > 1.2.',
        format: '@outliers[count]',
      }),
    ).toEqual({ outliers: '4' });
    expect(
      outcome({
        question: 'Count the outliers of Takings.',
        constraints: 'A value is an outlier when its absolute z-score is above 1.5.',
        format: '@outliers[count]',
      }),
    ).toEqual({ outliers: '1' });
  });
});

describe('verdict slots', () => {
  it('a yes-or-no slot naming a difference after a test answers the test', () => {
    expect(
      outcome({
        question: 'Is the mean Rating different from 4?',
        constraints: 'Perform a one-sample t-test at alpha 0.05. Round to four decimal places.',
        format: '@t_statistic[t], @p_value[p], @different[answer] where "answer" is "yes" or "no".',
      }),
    ).toEqual({ t_statistic: '-0.1525', p_value: '0.8821', different: 'no' });
  });
  it("a one-letter placeholder is not read inside the next placeholder's name", () => {
    expect(
      outcome({
        question: 'What is the Pearson correlation between Visitors and Takings, and is it significant?',
        constraints: 'Significant means p < 0.05. Round r to four decimal places.',
        format:
          '@r_value[r], @significant[answer] where "r" is rounded to four decimal places and "answer" is "yes" or "no".',
      }),
    ).toEqual({ r_value: '0.9914', significant: 'yes' });
  });
});

describe('comparisons with the mean, ranked groups and correlated pairs', () => {
  const table = () => headerRowTable(csvToWorkbook(STALLS, 'invented').sheets[0]!)!;
  it('"above the mean" with no column after it compares with the mean of the column compared', () => {
    expect(
      outcome({ question: 'How many stalls have Takings above the mean?', format: '@above_mean[count]' }),
    ).toEqual({
      above_mean: '5',
    });
    expect(
      outcome({
        question: 'How many values of Takings are below the column average?',
        format: '@below_mean_count[count]',
      }),
    ).toEqual({ below_mean_count: '5' });
  });
  it('keeps a group comparison with the overall mean for the group rule', () => {
    expect(
      outcome({
        question: 'How many markets have an average Takings above the overall average?',
        format: '@higher_markets[count]',
      }),
    ).not.toEqual({ higher_markets: '5' });
  });
  it('"rank the groups by their total X" ranks groups, either end', () => {
    expect(
      outcome({
        question: 'Rank the markets by their total Takings and report the top Market.',
        format: '@top_market[market], @total_takings[total] rounded to two decimal places.',
      }),
    ).toEqual({ top_market: 'East', total_takings: '1518.25' });
    expect(
      outcome({
        question: 'Sort the markets by total Takings in descending order. Which market is last?',
        format: '@last_market[market]',
      }),
    ).toEqual({ last_market: 'North' });
  });
  it('the pair of columns with the strongest or weakest correlation, and its r', () => {
    expect(
      outcome({
        question: 'Which pair of numeric columns has the strongest correlation?',
        format: '@pair[col1, col2], @corr[r] rounded to four decimal places.',
      }),
    ).toEqual({ pair: 'Visitors, Takings', corr: '0.9914' });
    expect(
      outcome({
        question: 'Which two variables have the weakest correlation?',
        format: '@weakest_pair[pair]',
      }),
    ).toEqual({ weakest_pair: 'Takings, Rating' });
  });
  it('counts values more than k standard deviations from the mean without reading "more than k" as a filter', () => {
    const answer = answerAnalysis(table(), {
      question: 'How many stalls have a Rating more than 1.5 standard deviations away from the mean?',
      constraints: 'Use the population standard deviation.',
      format: '@count_beyond[count]',
    });
    expect(answer.slots).toEqual({ count_beyond: '1' });
    expect(answer.planText).not.toMatch(/rows where/);
  });
});

describe('a simple regression read at a stated value', () => {
  it('predicts the response at the predictor value the text gives, and refuses with none', () => {
    expect(
      outcome({
        question:
          'Fit a linear regression with Visitors as the predictor and Takings as the response. What is the predicted Takings when Visitors is 100?',
        format: '@predicted_takings[value] rounded to two decimal places.',
      }),
    ).toEqual({ predicted_takings: '269.75' });
    expect(
      outcome({
        question:
          'Fit a linear regression with Visitors as the predictor and Takings as the response. What is the predicted Takings?',
        format: '@predicted_takings[value]',
      }),
    ).toBe('unsupported');
  });
  it('reads "a regression of Y on X" before "predict Y … with N X"', () => {
    expect(
      outcome({
        question:
          'Predict the Takings of a stall with 100 Visitors using a simple linear regression of Takings on Visitors.',
        format: '@predicted_takings[value] rounded to two decimal places.',
      }),
    ).toEqual({ predicted_takings: '269.75' });
  });
});

describe('statistics over picked rows and sign words', () => {
  it('a statistic slot over the top N rows takes the statistic, a list slot the rows', () => {
    expect(
      outcome({
        question: 'What is the mean Takings of the 3 stalls with the most Visitors?',
        format: '@mean_takings_top3[mean] rounded to two decimal places.',
      }),
    ).toEqual({ mean_takings_top3: '462.58' });
    expect(
      outcome({
        question: 'What is the mean Takings of the 3 stalls with the most Visitors?',
        format: '@top_stalls[list]',
      }),
    ).toEqual({ top_stalls: 'Elmstead, Juniper Row, Cobble Lane' });
  });
  it('the direction of a correlation as the sign of r', () => {
    expect(
      outcome({
        question: 'Is the correlation between Visitors and Rating positive or negative?',
        format: '@direction[positive/negative]',
      }),
    ).toEqual({ direction: 'positive' });
  });
  it('a slot named for the data without its outliers after a step pruned them', () => {
    const table = headerRowTable(
      csvToWorkbook('Item,Weight\nA,10\nB,12\nC,11\nD,13\nE,12\nF,11\nG,60\nH,10\n', 'invented').sheets[0]!,
    )!;
    expect(
      answerAnalysis(table, {
        question:
          'Identify outliers in Weight using the IQR method and report the mean Weight after removing them.',
        format: '@mean_without_outliers[mean] rounded to two decimal places.',
      }).slots,
    ).toEqual({ mean_without_outliers: '11.29' });
  });
});

describe('word answers and shares of outliers', () => {
  const weights = () =>
    headerRowTable(
      csvToWorkbook('Item,Weight\nA,10\nB,12\nC,11\nD,13\nE,12\nF,11\nG,60\nH,10\n', 'invented').sheets[0]!,
    )!;
  const ask = (request: AnalysisRequest) => {
    try {
      return answerAnalysis(weights(), request).slots;
    } catch (thrown) {
      return toAppError(thrown).code;
    }
  };
  it('refuses a figure for a slot that takes one of several words', () => {
    expect(
      ask({
        question: 'Is Weight leptokurtic, platykurtic or mesokurtic?',
        format: '@kurtosis_type[type] where "type" is "leptokurtic", "platykurtic" or "mesokurtic".',
      }),
    ).toBe('unsupported');
  });
  it('gives the outliers as a percentage of the values when the slot asks a share', () => {
    expect(
      ask({
        question: 'What percentage of the Weight values are outliers by the IQR method?',
        format: '@outlier_percentage[pct] rounded to two decimal places.',
      }),
    ).toEqual({ outlier_percentage: '12.50' });
  });
  it('reads the symmetric band the text states for a skewness verdict', () => {
    const format = '@shape[shape] where "shape" is "symmetric", "skewed_right" or "skewed_left".';
    expect(
      ask({ question: 'Is Weight skewed?', constraints: 'Between -0.5 and 0.5 is symmetric.', format }),
    ).toEqual({ shape: 'skewed_right' });
    expect(
      ask({ question: 'Is Weight skewed?', constraints: 'Between -5 and 5 is symmetric.', format }),
    ).toEqual({
      shape: 'symmetric',
    });
  });
});
