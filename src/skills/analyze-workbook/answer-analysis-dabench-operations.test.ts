import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askCsv, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { CORPUS } from '../../../test/helpers/paths.ts';

// Golden figures on the corpus's DABench CSVs, worked out with pandas and scipy
// (bench/data/dabench-own-batch32.py prints the same ones).
const table = (name: string) => readFileSync(join(CORPUS, 'tables', 'dabench', 'tables', name), 'utf8');

describe('binning into stated groups', () => {
  const titanic = table('titanic.csv');
  const format =
    '@Child[count], @Teen[count], @Adult[count], @Senior[count] where each "count" is an integer.';
  const expected = { Child: '69', Teen: '95', Adult: '528', Senior: '22' };

  it('reads ranges with both ends in words ("over 12 up to 19")', () => {
    const answer = askCsv(titanic, {
      question:
        "Create a new column 'AgeGroup' by binning the Age column into 'Child' (0 to 12), 'Teen' (over 12 up to 19), 'Adult' (over 19 up to 60) and 'Senior' (over 60). How many passengers are in each group?",
      constraints: 'Drop the rows where Age is missing.',
      format,
    });
    expect(answer.slots).toEqual(expected);
  });

  it('names the bins of stated edges by the labels listed with them, in order', () => {
    const answer = askCsv(titanic, {
      question:
        "Bin the Age column into 'Child', 'Teen', 'Adult' and 'Senior' using the bins [0, 12, 19, 60, 100]. How many passengers are in each group?",
      constraints: 'Drop the rows where Age is missing.',
      format,
    });
    expect(answer.slots).toEqual(expected);
    expect(answer.planText).toContain('Teen (12, 19]');
    const cut = askCsv(titanic, {
      question:
        "Create a new column AgeGroup with pd.cut(Age, bins=[0, 12, 19, 60, 100], labels=['Child', 'Teen', 'Adult', 'Senior']). How many passengers are in each group?",
      constraints: 'Drop the rows where Age is missing.',
      format,
    });
    expect(cut.slots).toEqual(expected);
  });
});

describe('a t-test between the rows a 0/1 indicator flags and the others', () => {
  it('takes the groups in the order the question names them, the column named by its words', () => {
    const answer = askCsv(table('baseball_data.csv'), {
      question:
        'Is there a significant difference in salary between the players who are eligible for free agency and those who are not? Perform an independent two-sample t-test.',
      constraints:
        'Use indicator_of_free_agency_eligibility and drop the rows where it is missing. Use scipy.stats.ttest_ind with equal variances assumed. Round the t statistic to two decimal places.',
      format: '@t_statistic[t] where "t" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ t_statistic: '12.49' });
  });
});

describe('a distinct count beside the most frequent value of another column', () => {
  const hotels = table('hotel_data.csv');

  it('counts the distinct values of the column the count slot names', () => {
    const answer = askCsv(hotels, {
      question:
        'What is the most common hotel type in the dataset, how many hotels have that type, and how many distinct cities are there?',
      format:
        '@most_common_type[type], @type_count[count], @city_count[count] where "type" is a string and each "count" is an integer.',
    });
    expect(answer.slots).toEqual({ most_common_type: 'Hotel', type_count: '609', city_count: '7' });
  });

  it("refuses a count slot naming another column than the frequent value's", () => {
    expect(
      refusalCode(hotels, {
        question: 'What is the most common hotel type in the dataset, and how many cities are there?',
        format: '@city_count[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('steps that must not change the rows or columns an answer is over', () => {
  const apple = table('e5_aapl.csv');

  it('correlates the column a difference made, not the two columns it was made of', () => {
    const answer = askCsv(apple, {
      question:
        "Create a new column 'Price_Range' as the difference between High and Low. Calculate the Pearson correlation coefficient between Price_Range and Volume.",
      constraints: 'Round to two decimal places.',
      format: '@correlation[r] where "r" is rounded to two decimal places.',
    });
    // pandas: (High - Low).corr(Volume) = 0.4279
    expect(answer.slots).toEqual({ correlation: '0.43' });
  });

  it("keeps every row when the first rows 'with no value' are a rolling window's", () => {
    const answer = askCsv(apple, {
      question:
        "Calculate the 7-day moving average of the 'Close' column. What is the mean of the moving average values?",
      constraints:
        'Use a rolling window of 7 rows; ignore the first 6 rows with no value. Round to two decimal places.',
      format: '@mean_ma[mean] where "mean" is rounded to two decimal places.',
    });
    // pandas: Close.rolling(7).mean().mean() = 105.7039
    expect(answer.slots).toEqual({ mean_ma: '105.70' });
  });

  it('reads survivors and non-survivors as the 1 and 0 rows of Survived, in that order', () => {
    const answer = askCsv(table('titanic.csv'), {
      question:
        'Is there a significant difference in the age of survivors and non-survivors? Perform a two-sample t-test.',
      constraints: 'Drop missing ages. Round the t statistic to three decimal places.',
      format: '@t_statistic[t] where "t" is rounded to three decimal places.',
    });
    // scipy.stats.ttest_ind(Age of Survived == 1, Age of Survived == 0) = -2.0667
    expect(answer.slots).toEqual({ t_statistic: '-2.067' });
  });
});

describe('the statistic of a rolling column, and shares over the rows whose value is known', () => {
  it('takes the maximum of a rolling standard deviation for @max_rolling_std', () => {
    const answer = askCsv(table('microsoft.csv'), {
      question:
        'Calculate the 30-day rolling standard deviation of the Close price. What is its maximum value?',
      constraints: 'Use a window of 30 rows. Round to two decimal places.',
      format: '@max_rolling_std[value]',
    });
    // pandas: Close.rolling(30).std().max() = 3.6288
    expect(answer.slots).toEqual({ max_rolling_std: '3.63' });
  });

  it('takes a share over the rows whose named column is known', () => {
    const loans = table('test_Y3wMUE5_7gLdaTN.csv');
    const format = '@male_proportion[proportion]';
    const constraints = 'Round to four decimal places.';
    // pandas: Gender.value_counts(normalize=True)['Male'] = 286 / 356
    for (const question of [
      'What is the proportion of male applicants among those whose Gender is known?',
      'What is the proportion of male applicants among the applicants whose Gender is not missing?',
    ])
      expect(askCsv(loans, { question, constraints, format }).slots).toEqual({ male_proportion: '0.8034' });
  });
});

describe('a year where a measure peaks, and the peak itself', () => {
  const degrees = table('percent-bachelors-degrees-women-usa.csv');

  it('gives the year to the slot naming Year and the figure to the slot naming the measure', () => {
    const answer = askCsv(degrees, {
      question: 'Which year had the highest value in the Engineering column, and what was that value?',
      format: '@year[year], @max_engineering[value]',
    });
    // pandas: Engineering.max() = 19.0, in Year 2001
    expect(answer.slots).toEqual({ year: '2001', max_engineering: '19.00' });
  });

  it('never gives the highest year itself for a figure the question ties to the year of a peak', () => {
    // "Which Year" names the label the question asks for, so Year is no measure beside Engineering:
    // pandas: Engineering.max() = 19.0 (the highest Year, 2011, had been the answer to refuse).
    const answer = askCsv(degrees, {
      question:
        'Which year had the highest percentage of women graduates in Engineering, and what was that percentage?',
      format: '@percentage[percent] where "percent" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ percentage: '19.00' });
  });
});

describe('a daily return', () => {
  it("is pandas' pct_change, a fraction, when pct_change is named", () => {
    const answer = askCsv(table('YAHOO-BTC_USD_D.csv'), {
      question:
        'Calculate the daily return as the percentage change of the Close price. What are the mean and standard deviation of the daily return?',
      constraints: 'Use pandas pct_change; drop the first missing value. Round to four decimal places.',
      format: '@mean_return[mean], @std_return[std] where both are rounded to four decimal places.',
    });
    // pandas: Close.pct_change() mean 0.002235, std 0.038824
    expect(answer.slots).toEqual({ mean_return: '0.0022', std_return: '0.0388' });
  });
});

describe('rows with missing values, rows remaining, and a figure for each year', () => {
  const titanic = table('titanic.csv');

  it('counts the rows with at least one missing value', () => {
    const answer = askCsv(titanic, {
      question: 'How many rows have at least one missing value?',
      format: '@rows_with_missing[count] where "count" is an integer.',
    });
    // pandas: isna().any(axis=1).sum() = 708
    expect(answer.slots).toEqual({ rows_with_missing: '708' });
  });

  it('drops the rows with any missing value and counts the rows remaining', () => {
    const answer = askCsv(titanic, {
      question:
        'Drop all rows with any missing values. How many rows remain, and what is the mean Fare of the remaining rows?',
      constraints: 'Round the mean to two decimal places.',
      format: '@remaining_rows[count], @mean_fare[mean]',
    });
    // pandas: dropna() leaves 183 rows, mean Fare 78.68
    expect(answer.slots).toEqual({ remaining_rows: '183', mean_fare: '78.68' });
  });

  it('takes a slot naming a year as the rows of that year when the text groups by year', () => {
    const answer = askCsv(table('e5_aapl.csv'), {
      question: 'Calculate the mean closing price for each year.',
      constraints: 'Round to two decimal places.',
      format: '@mean_close_2014[mean], @mean_close_2015[mean], @mean_close_2016[mean]',
    });
    // pandas: groupby(Date.str[:4]).Close.mean() = 92.26, 120.04, 104.60
    expect(answer.slots).toEqual({
      mean_close_2014: '92.26',
      mean_close_2015: '120.04',
      mean_close_2016: '104.60',
    });
  });
});

describe('a correlation with a quantity of a column that no step made', () => {
  it('is refused rather than taken of the column itself', () => {
    expect(
      refusalCode(table('microsoft.csv'), {
        question:
          'What is the Pearson correlation between the daily trading volume and the absolute daily percentage change in the closing price?',
        constraints:
          'Compute the percentage change from the previous day; drop the first row. Round to four decimal places.',
        format: '@correlation[r]',
      }),
    ).toBe('unsupported');
  });
});
