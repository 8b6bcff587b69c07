import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';
import { CORPUS } from '../../../test/helpers/paths.ts';

// Expected figures printed by numpy (RandomState permutation, polyfit) for the same rows.
const CSV = [
  'Hours,Score',
  ...[
    [3, 7],
    [5, 12],
    [7, 13],
    [9, 20],
    [11, 21],
    [13, 27],
    [15, 30],
    [17, 33],
    [19, 40],
    [21, 41],
    [23, 47],
    [25, 50],
  ].map((row) => row.join(',')),
].join('\n');

describe('a simple linear regression scored on a seeded random split', () => {
  it('repeats train_test_split with the stated seed and test size', () => {
    const answer = ask(CSV, {
      question: 'Predict Score from Hours with a simple linear regression and evaluate it on the test set.',
      constraints:
        'Use train_test_split with test_size=0.25 and random_state=7. Report the mean squared error.',
      format: '@mse[value] where "value" is rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ mse: '2.5155' });
    expect(answer.planText).toContain('random_state=7');
  });

  it('reads a "70-30 split" and a "random seed of 0", and scores MAE and R² on the test rows', () => {
    const request = {
      question:
        'Fit a linear regression of Score on Hours. Split the data with a 70-30 split for training and testing.',
      constraints: 'Use a random seed of 0. Evaluate on the testing set.',
      format: '@mae[value], @r_squared[value] where both are rounded to four decimal places.',
    };
    expect(ask(CSV, request).slots).toEqual({ mae: '0.8744', r_squared: '0.9924' });
  });

  it('reads the sizes of a split written as two shares without the word split', () => {
    const answer = ask(CSV, {
      question:
        'Fit a linear regression of Score on Hours on training and testing sets (75/25, random_state=7).',
      constraints: 'Report the mean squared error on the testing set.',
      format: '@mse[value] where "value" is rounded to four decimal places.',
    });
    // The same three test rows as test_size=0.25 above: ceil(0.25 · 12) = 3.
    expect(answer.slots).toEqual({ mse: '2.5155' });
    expect(answer.planText).toContain('test_size=0.25');
  });

  it('refuses a random split without a seed, and folds', () => {
    const base = {
      question: 'Fit a linear regression of Score on Hours and report the RMSE on the test set.',
      format: '@rmse[value] where "value" is rounded to two decimal places.',
    };
    expect(refusal(CSV, { ...base, constraints: 'Split the rows at random, 80% for training.' })).toBe(
      'unsupported',
    );
    expect(
      refusal(CSV, {
        ...base,
        constraints: 'Use 5-fold cross-validation with random_state=1, 20% for testing.',
      }),
    ).toBe('unsupported');
  });

  it("answers the DABench unemployment question: a month and year in words name the column 'Mar.2020'", () => {
    const csv = readFileSync(
      join(CORPUS, 'tables', 'dabench', 'tables', 'unemployement_industry.csv'),
      'utf8',
    );
    const answer = ask(csv, {
      question:
        'Apply machine learning techniques to predict the employment level in March 2020 based on the data from March 2019. Split the dataset into a 70-30 split for training and testing sets, train a simple linear regression model on the training set, and evaluate its performance on the testing set using Mean Squared Error as the evaluation metric.',
      constraints:
        "Split the dataset with a 70-30 split for training and testing sets with a random seed of 42. Use a simple linear regression model for training and evaluate the model's performance by calculating the Mean Squared Error.",
      format: '@Mean_Squared_Error[MSE], where "MSE" is a number rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ Mean_Squared_Error: '11439.60' });
  });

  it('still refuses a classifier', () => {
    expect(
      refusal(CSV, {
        question:
          'Train a logistic regression classifier on a 70-30 split with random_state=42 and report its mean squared error.',
        format: '@mse[value]',
      }),
    ).toBe('unsupported');
  });
});
