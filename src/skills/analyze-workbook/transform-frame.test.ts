import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { cellsOf, createFrame, type Frame } from './analysis-frame.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { applyTransforms, modeOf, rangeOf, readRange, statedRanges } from './transform-frame.ts';

// Invented rows: people of a small club.
const CSV = [
  'Name,Sex,Age,Fee,Joined',
  '"Lark, Mr. Otto",male,4,10,1',
  '"Brisk, Mrs. Ada",female,15,20,0',
  '"Vale, Miss. Ivy",female,,30,1',
  '"Oakes, Dr. Ned",male,40,40,1',
  '"Fenn, Mr. Hal",male,61,,0',
  '"Pell, Rev. Uma",female,70,60,1',
].join('\n');

function frame(): Frame {
  return createFrame(headerRowTable(csvToWorkbook(CSV, 'club').sheets[0]!)!);
}

describe('cleaning and feature steps stated in prose', () => {
  it('fills missing values with the mean, median or mode, and drops rows with a missing value', () => {
    const a = frame();
    applyTransforms(a, 'Fill the missing values in the Age column with the median age.', '');
    expect(cellsOf(a, 'Age')[2]).toBe(40);
    const b = frame();
    applyTransforms(b, 'Impute missing Fee values with the mean.', '');
    expect(cellsOf(b, 'Fee')[4]).toBe(32);
    expect(modeOf(['b', 'a', 'b', 'a', null])).toBe('a');
    const c = frame();
    applyTransforms(c, 'Drop the rows where Age or Fee is missing.', '');
    expect(c.rows).toEqual([0, 1, 3, 5]);
  });

  it('scales with min-max and z-scores, and encodes labels as stated or in sorted order', () => {
    const a = frame();
    applyTransforms(a, 'Normalize the Fee column using Min-Max scaling.', '');
    expect(cellsOf(a, 'Fee').slice(0, 4)).toEqual([0, 0.2, 0.4, 0.6]);
    const b = frame();
    applyTransforms(b, 'Standardize the Fee column (z-score normalization).', '');
    const z = cellsOf(b, 'Fee').filter((cell): cell is number => typeof cell === 'number');
    expect(z.reduce((sum, value) => sum + value, 0)).toBeCloseTo(0, 10);
    // Sample standard deviation (pandas): (10 − 32) / sqrt(370) = −1.1437.
    expect(z[0]).toBeCloseTo(-1.1437, 4);
    const c = frame();
    applyTransforms(c, 'Encode "Sex" with label encoding, where "male" is 1 and "female" is 0.', '');
    expect(cellsOf(c, 'Sex')).toEqual([1, 0, 0, 1, 1, 0]);
    const d = frame();
    applyTransforms(d, 'Apply label encoding to the Sex column.', '');
    expect(cellsOf(d, 'Sex')).toEqual([1, 0, 0, 1, 1, 0]);
  });

  it('takes titles from names and groups the rarer ones as stated', () => {
    const a = frame();
    applyTransforms(
      a,
      "Make a new column called 'Title' holding the title taken from the 'Name' column.",
      "Titles other than 'Mr.', 'Mrs.' and 'Miss.' are replaced with 'Other'.",
    );
    expect(cellsOf(a, 'Title')).toEqual(['Mr', 'Mrs', 'Miss', 'Other', 'Mr', 'Other']);
  });

  it('bins into equal-width bins as pandas cut does, and into stated ranges', () => {
    const a = frame();
    applyTransforms(a, 'Bin the Fee column into 3 equal-width bins.', '');
    // pandas.cut(Fee, 3): (9.95, 26.667], (26.667, 43.333], (43.333, 60]
    const bins = cellsOf(a, 'Fee group');
    expect(bins[0]).toBe(bins[1]);
    expect(bins[2]).toBe(bins[3]);
    expect(bins[2]).not.toBe(bins[1]);
    expect(bins[4]).toBeNull();
    const b = frame();
    applyTransforms(
      b,
      "Create a new column called 'AgeGroup' with the groups 'Child' (0-12), 'Teen' (13-19), 'Adult' (20-59) and 'Senior' (60 and above) based on Age.",
      '',
    );
    expect(cellsOf(b, 'AgeGroup')).toEqual(['Child', 'Teen', null, 'Adult', 'Senior', 'Senior']);
    const c = frame();
    applyTransforms(c, "Group the Age column into 'Young' (0-14) and 'Old' (15 and above).", '');
    expect(cellsOf(c, 'Age group')).toEqual(['Young', 'Old', null, 'Old', 'Old', 'Old']);
    // 12.5 lies between "0-12" and "13-19": pandas.cut(x, [0, 12, 19, inf]) puts it in the second bin.
    const ranges = statedRanges("'A' (0-12), 'B' (13-19) and 'C' (20 or more)");
    expect([0.5, 12, 12.5, 19.5, 25].map((value) => rangeOf(ranges, value)?.label)).toEqual([
      'A',
      'A',
      'B',
      'C',
      'C',
    ]);
    expect(readRange('less than 5')!(4.9)).toBe(true);
    expect(readRange('1,000 to 2,000')!(1500)).toBe(true);
    // Both ends in words: strict or not on each side as written.
    const teen = readRange('over 12 up to 19')!;
    expect([12, 12.5, 19, 19.5].map(teen)).toEqual([false, true, true, false]);
    const adult = readRange('at least 20 and below 60')!;
    expect([19, 20, 59.9, 60].map(adult)).toEqual([false, true, true, false]);
    // A one-sided range followed by another number is not read as its first half.
    expect(readRange('over 12 but 19 at the most')).toBeUndefined();
    expect(statedRanges("'Low' (< 10), 'High' (10 or more)").map((range) => range.label)).toEqual([
      'Low',
      'High',
    ]);
  });

  it('answers a question over the prepared columns, part by part for a slot listing several values', () => {
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(CSV, 'club').sheets[0]!)!, {
      question: 'Normalize the "Fee" column using min-max scaling and encode "Sex" with label encoding.',
      constraints: 'Fill missing Fee values with the median. Count each label of Sex after encoding.',
      format:
        '@sex_counts[label_0_count, label_1_count] @fee_scaled[min_fee, mean_fee] where "min_fee" is rounded to two decimal places and "mean_fee" is rounded to three decimal places.',
    });
    expect(answer.slots).toEqual({ sex_counts: '3, 3', fee_scaled: '0.00, 0.433' });
    expect(answer.planText).toMatch(/missing Fee filled with the median/);
  });
});

describe('tests between groups and statistics of one column', () => {
  // Invented rows: scores of three teams; Home is a 0/1 flag.
  const rows = [
    'Team,Score,Home,Minutes,Games',
    'Red,12,1,30,3',
    'Red,15,1,45,3',
    'Red,11,0,20,2',
    'Red,14,0,,4',
    'Blue,20,1,60,4',
    'Blue,22,0,50,5',
    'Blue,19,1,40,4',
    'Blue,25,0,70,5',
    'Gold,16,1,35,4',
    'Gold,18,0,25,2',
    'Gold,17,1,55,5',
    'Gold,21,1,45,3',
  ].join('\n');
  const table = () => headerRowTable(csvToWorkbook(rows, 'teams').sheets[0]!)!;

  it('runs a one-way ANOVA across a named grouping column and reads its F and p', () => {
    const answer = answerAnalysis(table(), {
      question: 'Is there a significant difference in Score across the Team groups?',
      constraints: 'Use a one-way ANOVA with alpha 0.05.',
      format: '@f_statistic[f] @p_value[p] where both are rounded to four decimal places.',
    });
    // Between-group sum of squares 146 (df 2), within 45 (df 9): F = 73 / 5 = 14.6; the upper
    // tail of F(2, 9) at 14.6, integrated numerically, is 0.001496.
    expect(answer.slots).toEqual({ f_statistic: '14.6000', p_value: '0.0015' });
  });

  it("runs Welch's t-test when variances are not assumed equal", () => {
    const answer = answerAnalysis(table(), {
      question: "Compare the Score of the 'Red' and 'Blue' teams.",
      constraints: "Use Welch's t-test (unequal variances).",
      format: '@t_statistic[t] @p_value[p] rounded to three decimal places.',
    });
    // (13 − 21.5) / sqrt(10/3/4 + 7/4) = −5.288 on Welch's 5.33 degrees of freedom; the two-sided
    // tail, integrated numerically, is 0.00266.
    expect(answer.slots).toEqual({ t_statistic: '-5.288', p_value: '0.003' });
  });

  it('gives rates of flags, modes, distinct and missing counts, and ratio columns', () => {
    const answer = answerAnalysis(table(), {
      question:
        'What share of games were at home, which team is most common, how many distinct teams are there and how many Minutes are missing? Create a new feature called "Per Game" by dividing Minutes by Games.',
      format:
        '@home_rate[rate] @most_common_team[team] @unique_teams[count] @missing_minutes_count[count] @mean_per_game[mean], rounded to two decimal places.',
    });
    // Blue, Gold and Red are all most common (4 rows each): pandas mode()[0] is Blue.
    expect(answer.slots).toEqual({
      home_rate: '0.58',
      most_common_team: 'Blue',
      unique_teams: '3',
      missing_minutes_count: '1',
      // The eleven rows with Minutes: 131.25 / 11.
      mean_per_game: '11.93',
    });
  });

  it('reads percentiles, the interquartile range, the coefficient of variation and group rankings by a rate', () => {
    const answer = answerAnalysis(table(), {
      question:
        "Create a new column 'Spare' as the difference between Minutes and Games. Which Team has the highest home rate?",
      format:
        '@score_p90[p] @score_iqr[iqr] @score_cv[cv] @mean_spare[mean] @team_with_highest_home_rate[team], rounded to two decimal places.',
    });
    // Scores sorted: 11 12 14 15 16 17 18 19 20 21 22 25. Linear quantiles: p90 at 9.9 → 21.9;
    // Q1 at 2.75 → 14.75, Q3 at 8.25 → 20.25. Sample sd sqrt(191 / 11) / mean 17.5 = 0.238.
    // Minutes − Games over the eleven rows with both: 435 / 11. Home rates: Red .5, Blue .5, Gold .75.
    expect(answer.slots).toEqual({
      score_p90: '21.90',
      score_iqr: '5.50',
      score_cv: '0.24',
      mean_spare: '39.55',
      team_with_highest_home_rate: 'Gold',
    });
  });

  it('answers a slot per named group when the question names two values of one column', () => {
    const answer = answerAnalysis(table(), {
      question: 'What is the mean Score of the Red team and of the Blue team?',
      format: '@red_mean_score[a] @blue_mean_score[b] rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ red_mean_score: '13.00', blue_mean_score: '21.50' });
  });

  it('finds the column most correlated with a named one', () => {
    const answer = answerAnalysis(table(), {
      question: 'Which column has the strongest correlation with Score?',
      constraints: 'Use the Pearson correlation coefficient and compare absolute values.',
      format: '@most_correlated_column[column_name]',
    });
    // numpy.corrcoef: Score against Minutes (eleven rows) 0.766, Games 0.569, Home −0.106.
    expect(answer.slots).toEqual({ most_correlated_column: 'Minutes' });
  });
});

describe('transforms of values and rows', () => {
  const rows = [
    'Day,Sales,Store',
    '2021-01-04,1,North',
    '2021-01-04,1,North',
    '2021-02-10,100,South',
    '2021-02-11,10,South',
  ].join('\n');
  const shop = () => createFrame(headerRowTable(csvToWorkbook(rows, 'shop').sheets[0]!)!);

  it('takes logarithms, drops duplicate rows and extracts date parts', () => {
    const a = shop();
    applyTransforms(a, 'Apply a log10 transformation to the Sales column.', '');
    expect(cellsOf(a, 'Sales')).toEqual([0, 0, 2, 1]);
    const b = shop();
    applyTransforms(b, 'Remove duplicate rows from the dataset.', '');
    expect(b.rows).toEqual([0, 2, 3]);
    const c = shop();
    applyTransforms(c, 'Extract the month from the Day column.', '');
    expect(cellsOf(c, 'Month')).toEqual([1, 1, 2, 2]);
    const d = shop();
    applyTransforms(d, 'Extract the day of the week from the Day column.', '');
    // 4 January 2021 was a Monday, 10 February 2021 a Wednesday.
    expect(cellsOf(d, 'Weekday')).toEqual(['Monday', 'Monday', 'Wednesday', 'Thursday']);
  });

  it('leaves out the rows a sentence places at the end or the start of the table', () => {
    const a = frame();
    applyTransforms(a, 'Average the Fee.', 'The last row holds totals, not a member: leave it out.');
    expect(a.rows).toEqual([0, 1, 2, 3, 4]);
    const b = frame();
    applyTransforms(b, 'Exclude the first two rows.', '');
    expect(b.rows).toEqual([2, 3, 4, 5]);
    const c = frame();
    applyTransforms(c, 'Use the last row of the table.', '');
    expect(c.rows).toHaveLength(6);
  });
});
