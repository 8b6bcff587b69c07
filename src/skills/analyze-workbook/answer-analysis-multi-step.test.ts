import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// An invented fund's prices on five days.
const PRICES = `Day,Open,High,Low
1,10,12,9
2,20,21,19
3,40,50,30
4,25,30,25
5,50,51,49
`;

// Two invented funds and an invented index.
const FUNDS = `Day,Miners,Gold,.FEAR
1,2,10,30
2,3,11,20
3,5,12,12
4,4,12,15
5,6,13,9
`;

// Invented counts by age; one count is missing.
const AGES = `Age,Count
5,1
10,2
14,3
16,4
18,5
19,6
20,
`;

// An invented shop's takings on six days over three years; one taking is missing.
const TAKINGS = `Date,Takings
2023-03-01,5
2024-01-05,10
2024-06-06,20
2025-01-10,30
2025-02-11,
2025-07-12,50
`;

// Invented riders: one Age is missing.
const RIDERS = `Name,Age,Won
Ada,9,1
Ben,15,0
Cy,34,1
Di,41,0
Ed,67,0
Gus,,1
`;

// Invented members, none of them old.
const MEMBERS = `Name,Age,Dues
Ada,8,10
Ben,15,20
Cy,34,50
Di,41,55
`;

describe('long multi-step questions in the DABench form', () => {
  it('keeps the brackets of a formula the constraints give for a new column', () => {
    const answer = ask(PRICES, {
      question:
        'Create a new column called "Intraday Range" that measures the spread between the high and the low price of each day relative to the opening price. Calculate the mean and the maximum of the "Intraday Range" column.',
      constraints: 'Calculate "Intraday Range" as ((High - Low) / Open) * 100. Round to two decimal places.',
      format: '@range_mean[mean], @range_max[max] where both are rounded to two decimal places.',
    });
    // 30, 10, 50, 20, 4: mean 22.8, maximum 50 (without the brackets, High − Low / Open × 100 is negative).
    expect(answer.slots).toEqual({ range_mean: '22.80', range_max: '50.00' });
  });
  it('pairs "its correlation with" a named column with the feature the question made', () => {
    const answer = ask(FUNDS, {
      question:
        'Using feature engineering, create a new feature that represents the ratio of the miners fund (Miners) to the gold fund (Gold). Calculate the mean of this ratio and its Pearson correlation with the fear index (.FEAR).',
      constraints: 'The ratio is Miners / Gold. Round to two decimal places.',
      format:
        '@mean_ratio[mean]\n@correlation_coefficient[r_value]\nwhere "mean" is rounded to two decimal places.\nwhere "r_value" is rounded to two decimal places.',
    });
    // pandas: ratio.mean() = 0.3369, ratio.corr(.FEAR) = -0.9653 (the ratio against Miners would be 0.98).
    expect(answer.slots).toEqual({ mean_ratio: '0.34', correlation_coefficient: '-0.97' });
    expect(answer.planText).not.toMatch(/average of ratio/);
  });
  it('reads a label of two words that closes the list, and answers a slot of three values part by part', () => {
    const answer = ask(AGES, {
      question:
        'Perform data preprocessing by dropping the rows where "Count" is missing. Then bin "Age" into three age bands and calculate the total "Count" of each band.',
      constraints:
        '{\nUse pd.cut on "Age" with the edges 0, 12, 17 and 20, labelled child, teen and young adult.\nSum "Count" within each band.\n}',
      format:
        '{\n@total_count[child_total, teen_total, young_adult_total]\nwhere the three values are the totals of the child, teen and young adult bands, as integers.\n}',
    });
    // child 1 + 2, teen 3 + 4, young adult 5 + 6 (the age of 20 has no count).
    expect(answer.slots.total_count?.split(', ').map(Number)).toEqual([3, 7, 11]);
  });
  it('makes a feature named "Year" from a date and answers a slot whose parts name two years', () => {
    const answer = ask(TAKINGS, {
      question:
        'Perform data preprocessing by removing the rows with missing values. Then create a feature "Year" from the "Date" column and calculate the mean takings for the years 2024 and 2025.',
      constraints:
        '{\nDrop every row that has a missing value.\n"Year" is the year of "Date".\nRound the means to two decimal places.\n}',
      format:
        '{\n@mean_takings_by_year[mean_2024, mean_2025]\nwhere "mean_2024" and "mean_2025" are the mean "Takings" of 2024 and of 2025, rounded to two decimal places.\n}',
    });
    // 2024: 10 and 20; 2025: 30 and 50 (the blank is dropped). One mean of every row would be wrong.
    expect(answer.slots).toEqual({ mean_takings_by_year: '15.00, 40.00' });
  });
  it('makes a feature of two labels from a condition without keeping only the rows that meet it', () => {
    const answer = ask(RIDERS, {
      question:
        '1. Perform data preprocessing by removing the rows where "Age" is missing. Then create a new feature "AgeGroup" that labels each rider as "Child" or "Adult", and calculate the win rate of each age group.',
      constraints:
        '{\nRows with a missing "Age" should be dropped.\n"AgeGroup" is "Child" if Age is less than 18, and "Adult" otherwise.\nThe win rate is the mean of "Won" within the group, rounded to two decimal places.\n}',
      format:
        '{\n@win_rate[child_rate, adult_rate]\nwhere "child_rate" and "adult_rate" are the win rates of the "Child" and "Adult" groups, respectively, rounded to two decimal places.\n}',
    });
    // Children Ada 1 and Ben 0; adults Cy 1, Di 0, Ed 0 (Gus has no age).
    expect(answer.slots).toEqual({ win_rate: '0.50, 0.33' });
  });
  it('refuses a part that names a labelled bin holding no row, rather than answer it over every row', () => {
    const request = {
      question: 'Bin Age into three groups and compute the average Dues of each group.',
      constraints:
        'Use pd.cut on Age with the edges [0, 18, 60, 100] and the labels young, middle, old. Round to two decimal places.',
      format: '@avg_dues[young_mean, middle_mean, old_mean] where each is rounded to two decimal places.',
    };
    // pandas gives NaN for the empty "old" bin; the mean of every row (33.75) would be a wrong answer.
    expect(refusal(MEMBERS, request)).toBe('unsupported');
  });
});
