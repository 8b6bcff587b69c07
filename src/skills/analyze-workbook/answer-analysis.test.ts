import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { runCli } from '../../../test/helpers/run-cli.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { parseSlots, writeNumber } from './answer-format.ts';
import { headerRowTable } from './detect-tables.ts';
import {
  kurtosis,
  normalQuantile,
  shapiroWilk,
  skewness,
  spearman,
  standardDeviation,
  zScoreOutliers,
} from './distribution-stats.ts';

const TITANIC = join(CORPUS, 'tables', 'dabench', 'tables', 'titanic.csv');
const titanic = () =>
  headerRowTable(csvToWorkbook(decodeText(readFileSync(TITANIC)).text, 'titanic').sheets[0]!)!;

describe('answer formats', () => {
  it('reads slots, their rounding and the words they allow', () => {
    const slots = parseSlots(
      '@mean_fare[mean] @verdict[verdict] where "mean" is a number rounded to four decimal places and "verdict" is a string that is either "Normal" or "Non-normal".',
    );
    expect(slots.map((slot) => slot.name)).toEqual(['mean_fare', 'verdict']);
    expect(slots[0]!.decimals).toBe(4);
    expect(slots[1]!.options).toEqual(['Normal', 'Non-normal']);
    expect(writeNumber(2.005, 0)).toBe('2');
    // One clause per placeholder: each keeps its own rounding and words.
    const three = parseSlots(
      '@r_val[r] @p_val[p] @kind[kind] where "r" is a number rounded to two decimal places, "p" a number rounded to four decimal places and "kind" one of "linear", "nonlinear" or "none".',
    );
    expect(three.map((slot) => [slot.decimals, slot.options.length])).toEqual([
      [2, 0],
      [4, 0],
      [2, 3],
    ]);
    const joined = parseSlots(
      '@a[lo] @b[hi] where "lo" and "hi" are numbers rounded to three decimal places.',
    );
    expect(joined.map((slot) => slot.decimals)).toEqual([3, 3]);
    expect(writeNumber(-0.0001, 2)).toBe('0.00');
  });
});

describe('distribution statistics', () => {
  const sample = [2, 4, 4, 4, 5, 5, 7, 9];
  it('gives sample and population standard deviations', () => {
    expect(standardDeviation(sample, true)).toBeCloseTo(2, 10);
    expect(standardDeviation(sample)).toBeCloseTo(2.13809, 4);
  });
  it('matches pandas and scipy skewness and kurtosis on real data', () => {
    const table = titanic();
    const fare = table.columns.find((column) => column.name === 'Fare')!.values as number[];
    const age = table.columns
      .find((column) => column.name === 'Age')!
      .values.filter((value) => typeof value === 'number') as number[];
    // pandas Series.skew() of Fare is 4.787; scipy.stats.skew / kurtosis of Age are 0.389 / 0.168.
    expect(skewness(fare, true)).toBeCloseTo(4.787, 2);
    expect(skewness(age)).toBeCloseTo(0.389, 2);
    expect(kurtosis(age)).toBeCloseTo(0.168, 2);
  });
  it('tells normal data from skewed data with Shapiro-Wilk', () => {
    const normal = Array.from({ length: 200 }, (_, index) => normalQuantile((index + 0.5) / 200));
    const skewed = normal.map((value) => Math.exp(value));
    expect(shapiroWilk(normal).p).toBeGreaterThan(0.5);
    expect(shapiroWilk(skewed).p).toBeLessThan(0.001);
  });
  it('ranks ties for Spearman and finds z-score outliers', () => {
    expect(spearman([1, 2, 2, 3], [10, 20, 20, 30]).r).toBeCloseTo(1, 10);
    expect(zScoreOutliers([...Array.from({ length: 30 }, () => 1), 1, 2, 1, 50], 3)).toEqual([33]);
  });
});

describe('analysis questions in the DABench form', () => {
  it('fills slots with filters and rounding, and states its plan and cells', () => {
    const answer = answerAnalysis(titanic(), {
      question: 'What is the median age of female passengers who survived?',
      constraints: 'Ignore missing ages.',
      format: '@median_age[median], rounded to one decimal place.',
    });
    // DuckDB: select median(Age) from titanic where Sex = 'female' and Survived = 1 → 28.0
    expect(answer.slots).toEqual({ median_age: '28.0' });
    expect(answer.planText).toMatch(/Sex is "female"/);
    expect(answer.planText).toMatch(/Survived is 1/);
    expect(answer.cells).toMatch(/^titanic!F/);
  });
  it('answers per-group slots and correlation p-values', () => {
    const answer = answerAnalysis(titanic(), {
      question: 'Count the fare outliers by the Z-score method for each passenger class separately.',
      constraints: 'An outlier has a Z-score above 3.',
      format: '@class1_outliers[n1] @class3_outliers[n3] where n1 and n3 are integers.',
    });
    expect(answer.slots).toEqual({ class1_outliers: '3', class3_outliers: '14' });
  });
  it('fits a simple linear regression over the whole table', () => {
    const answer = answerAnalysis(titanic(), {
      question: 'Fit a simple linear regression to predict Fare from Age.',
      constraints: 'Drop rows with a missing Age. Use ordinary least squares.',
      format: '@slope[b] @intercept[a] @r_squared[r2], each rounded to three decimal places.',
    });
    // DuckDB: regr_slope(Fare, Age) 0.3500, regr_intercept 24.3009, regr_r2 0.0092
    expect(answer.slots).toEqual({ slope: '0.350', intercept: '24.301', r_squared: '0.009' });
  });
  it('ranks groups by their mean, leaving out groups below a stated size', () => {
    const path = join(CORPUS, 'tables', 'dabench', 'tables', 'hotel_data.csv');
    const hotels = headerRowTable(csvToWorkbook(decodeText(readFileSync(path)).text, 'hotels').sheets[0]!)!;
    const answer = answerAnalysis(hotels, {
      question: 'Which city has the lowest average review count?',
      constraints: 'Only consider cities that have at least 20 hotels in the dataset.',
      format: '@city[city_name]',
    });
    // DuckDB: among cities with ≥ 20 hotels, avg(review_count) is lowest in Jersey City (153.0), then Brooklyn (192.5).
    expect(answer.planText).toMatch(
      /groups of at least 20 rows ranked by average review_count: lowest 152\.97/,
    );
    expect(answer.slots).toEqual({ city: 'Jersey City' });
  });
  it('refuses what needs a trained model with a typed error', () => {
    let code = '';
    try {
      answerAnalysis(titanic(), {
        question: 'Train a random forest classifier to predict Survived and report its accuracy.',
        format: '@accuracy[accuracy]',
      });
    } catch (thrown) {
      code = toAppError(thrown).code;
    }
    expect(code).toBe('unsupported');
  });
  it('runs through analyze --batch with slots on each line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'officemate-analysis-'));
    const batch = join(dir, 'batch.jsonl');
    writeFileSync(
      batch,
      [
        {
          id: 'a',
          table: TITANIC,
          question: 'What is the mean fare?',
          format: '@mean_fare[mean] rounded to two decimal places',
        },
        { id: 'b', table: TITANIC, question: 'Fit a logistic regression model on Age.', format: '@auc[auc]' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const run = await runCli(['analyze', '--batch', batch, '--json']);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({
      id: 'a',
      slots: { mean_fare: '32.20' },
      answer: ['32.20'],
      engine: 'builtin',
    });
    expect(lines[1]).toMatchObject({ id: 'b', error: { code: 'unsupported' } });
  });
});

describe('groups against the overall mean and correlation strength', () => {
  const hotels = () =>
    headerRowTable(
      csvToWorkbook(
        decodeText(readFileSync(join(CORPUS, 'tables', 'dabench', 'tables', 'hotel_data.csv'))).text,
        'hotels',
      ).sheets[0]!,
    )!;

  it('counts groups whose mean is above or below the overall mean', () => {
    const table = hotels();
    const answer = answerAnalysis(table, {
      question:
        'What is the mean star rating in each hotel type? How many types are above or below the overall mean?',
      constraints: 'Count the types whose mean star rating is higher, or lower, than the overall average.',
      format: '@higher_type_count[count] @lower_type_count[count]',
    });
    const types = table.columns.find((column) => column.name === 'hotel_type')!.values;
    const stars = table.columns.find((column) => column.name === 'star_rating')!.values;
    const kept = stars
      .map((star, row) => ({ star, type: types[row] }))
      .filter((item) => typeof item.star === 'number');
    const overall = kept.reduce((sum, item) => sum + (item.star as number), 0) / kept.length;
    const groups = new Map<string, number[]>();
    for (const item of kept)
      groups.set(String(item.type), [...(groups.get(String(item.type)) ?? []), item.star as number]);
    const means = [...groups.values()].map((list) => list.reduce((a, b) => a + b, 0) / list.length);
    expect(answer.slots.higher_type_count).toBe(String(means.filter((value) => value > overall).length));
    expect(answer.slots.lower_type_count).toBe(String(means.filter((value) => value < overall).length));
    expect(means.filter((value) => value !== overall).length).toBeGreaterThan(1);
    expect(answer.planText).toContain('hotel_type groups whose mean star_rating');
  });

  it('names a correlation by strength and sign from the words the format allows', () => {
    const answer = answerAnalysis(titanic(), {
      question: 'How strongly are passenger class and fare related?',
      format:
        '@class_fare_strength[strength] where "strength" is one of "strong positive", "moderate positive", "weak positive", "weak negative", "moderate negative", "strong negative"',
    });
    // Pearson r of Pclass and Fare is −0.549 (pandas .corr()).
    expect(answer.slots.class_fare_strength).toBe('moderate negative');
    const stated = answerAnalysis(titanic(), {
      question: 'How strongly are passenger class and fare related?',
      constraints: 'Call it strong when |r| is at least 0.5, moderate when |r| is at least 0.3, else weak.',
      format: '@strength[label] where "label" is "strong", "moderate" or "weak"',
    });
    expect(stated.slots.strength).toBe('strong');
  });
});

describe('outliers removed first, ranges of a third column, monthly peaks', () => {
  const column = (table: ReturnType<typeof titanic>, name: string) =>
    table.columns.find((item) => item.name === name)!.values;

  it('removes z-score outliers (population σ, as scipy.stats.zscore) before the statistic', () => {
    const table = titanic();
    const fares = column(table, 'Fare') as number[];
    const center = fares.reduce((a, b) => a + b, 0) / fares.length;
    const spread = Math.sqrt(fares.reduce((a, b) => a + (b - center) ** 2, 0) / fares.length);
    const kept = fares.filter((fare) => Math.abs((fare - center) / spread) <= 3);
    const answer = answerAnalysis(table, {
      question:
        'Remove the outliers in Fare using the Z-score method (|z| > 3), then calculate the mean fare.',
      format: '@mean_fare[mean] rounded to two decimal places',
    });
    expect(kept.length).toBeLessThan(fares.length);
    expect(answer.slots.mean_fare).toBe(writeNumber(kept.reduce((a, b) => a + b, 0) / kept.length, 2));
    expect(answer.planText).toContain('|z| ≤ 3, outliers removed');
  });

  it('correlates two columns within a stated range of a column, ends included', () => {
    const table = titanic();
    const ages = column(table, 'Age');
    const fares = column(table, 'Fare');
    const rows = ages.flatMap((age, row) => (typeof age === 'number' && age >= 20 && age <= 40 ? [row] : []));
    const x = rows.map((row) => ages[row] as number);
    const y = rows.map((row) => fares[row] as number);
    const mx = x.reduce((a, b) => a + b, 0) / x.length;
    const my = y.reduce((a, b) => a + b, 0) / y.length;
    const r =
      x.reduce((sum, value, i) => sum + (value - mx) * (y[i]! - my), 0) /
      Math.sqrt(
        x.reduce((sum, value) => sum + (value - mx) ** 2, 0) *
          y.reduce((sum, value) => sum + (value - my) ** 2, 0),
      );
    const answer = answerAnalysis(table, {
      question: 'What is the correlation between Age and Fare for passengers with Age between 20 and 40?',
      format: '@corr[r] rounded to three decimal places',
    });
    expect(answer.planText).toContain(`Age between 20 and 40 (${rows.length})`);
    expect(answer.slots.corr).toBe(writeNumber(r, 3));
  });

  it('finds the month with the highest total or mean and its value, and refuses a slot it cannot fill', () => {
    const table = headerRowTable(
      csvToWorkbook(
        decodeText(readFileSync(join(CORPUS, 'tables', 'dabench', 'tables', 'microsoft.csv'))).text,
        'microsoft',
      ).sheets[0]!,
    )!;
    const dates = table.columns.find((item) => item.name === 'Date')!.texts;
    const volumes = table.columns.find((item) => item.name === 'Volume')!.values;
    const totals = new Map<string, number>();
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (const [row, text] of dates.entries()) {
      const [, month, year] = String(text).split('-'); // "19-Jan-18"
      const key = `20${year}-${String(months.indexOf(month!) + 1).padStart(2, '0')}`;
      totals.set(key, (totals.get(key) ?? 0) + (volumes[row] as number));
    }
    const best = [...totals.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const answer = answerAnalysis(table, {
      question: 'Which month had the highest total Volume?',
      format: '@month[month] where "month" is in the format YYYY-MM',
    });
    expect(answer.slots.month).toBe(best);
    const closes = table.columns.find((item) => item.name === 'Close')!.values;
    const sums = new Map<string, number[]>();
    for (const [row, text] of dates.entries()) {
      const [, month, year] = String(text).split('-');
      const key = `20${year}-${String(months.indexOf(month!) + 1).padStart(2, '0')}`;
      sums.set(key, [...(sums.get(key) ?? []), closes[row] as number]);
    }
    const means = [...sums.entries()].map(
      ([key, list]) => [key, list.reduce((a, b) => a + b, 0) / list.length] as const,
    );
    const [topMonth, topMean] = means.sort((a, b) => b[1] - a[1])[0]!;
    const both = answerAnalysis(table, {
      question: 'Which month has the highest mean closing price, and what is that mean?',
      format: '@best_month[month] @best_mean[mean]',
    });
    expect(both.slots).toEqual({ best_month: topMonth, best_mean: topMean.toFixed(2) });
    const refused = (() => {
      try {
        answerAnalysis(table, {
          question: 'Which month has the highest closing price after the stock split?',
          format: '@best_month[month] @split_ratio[ratio]',
        });
      } catch (thrown) {
        return toAppError(thrown);
      }
    })();
    expect(refused?.code).toBe('unsupported');
  });
});
