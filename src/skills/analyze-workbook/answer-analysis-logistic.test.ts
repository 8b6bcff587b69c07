import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { classificationScores } from './classification-metrics.ts';
import { headerRowTable } from './detect-tables.ts';
import { fitLogistic } from './logistic-regression.ts';

// Invented trainees: hours studied, visits to a tutor, and whether they passed. The expected
// figures come from scikit-learn 1.2.1 (LogisticRegression's defaults: L2, C=1, lbfgs):
//   d = pd.read_csv(io.StringIO(TRAINEES))
//   LogisticRegression().fit(d[['Hours']], d.Passed)            # coef 0.79365, intercept -3.31466, accuracy 0.85
//   LogisticRegression().fit(d[['Hours', 'Visits']], d.Passed)  # coef 0.91001, 0.81492, intercept -6.06142
//   LogisticRegression(C=0.5).fit(…)                            # coef 0.77643, 0.64773, intercept -5.01326
//   Xtr, Xte, ytr, yte = train_test_split(d[['Hours', 'Visits']], d.Passed, test_size=0.4, random_state=3)
//   LogisticRegression().fit(Xtr, ytr): test rows 14, 2, 1, 17, 4, 16, 6, 7; accuracy 0.5,
//     precision 0.5, recall 0.75, F1 0.6; coef 0.79576, 1.11088, intercept -6.14086
//   with test_size=0.3, random_state=5 and a StandardScaler fitted on Xtr: coef 1.28002, 0.76317,
//     intercept -0.04903, test accuracy 0.8333
const TRAINEES = `Trainee,Hours,Visits,Passed
T1,2,1,0
T2,4,3,0
T3,5,2,1
T4,7,4,1
T5,1,0,0
T6,8,5,1
T7,3,4,0
T8,6,1,1
T9,9,2,1
T10,2,5,1
T11,4,0,0
T12,7,3,1
T13,3,2,0
T14,5,5,1
T15,6,2,0
T16,1,3,0
T17,8,1,1
T18,4,4,1
T19,2,2,0
T20,6,4,1
`;
const rows = TRAINEES.trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').slice(1).map(Number));
const ask = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(TRAINEES, 'invented').sheets[0]!)!, request).slots;
const outcome = (request: AnalysisRequest) => {
  try {
    return ask(request);
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('logistic regression (scikit-learn defaults)', () => {
  it('reaches the penalised optimum scikit-learn reaches, with the intercept unpenalised', () => {
    const labels = rows.map((row) => row[2]!);
    const one = fitLogistic(
      rows.map((row) => [row[0]!]),
      labels,
    );
    expect(one.converged).toBe(true);
    expect(one.coefficients[0]).toBeCloseTo(0.79365, 4);
    expect(one.intercept).toBeCloseTo(-3.31466, 4);
    const two = fitLogistic(
      rows.map((row) => [row[0]!, row[1]!]),
      labels,
    );
    expect(two.coefficients[0]).toBeCloseTo(0.91001, 4);
    expect(two.coefficients[1]).toBeCloseTo(0.81492, 4);
    expect(two.intercept).toBeCloseTo(-6.06142, 4);
    const half = fitLogistic(
      rows.map((row) => [row[0]!, row[1]!]),
      labels,
      0.5,
    );
    expect(half.coefficients[1]).toBeCloseTo(0.64773, 4);
    expect(half.intercept).toBeCloseTo(-5.01326, 4);
  });

  it('does not claim a fit of separable classes without a penalty', () => {
    const fit = fitLogistic([[1], [2], [3], [4]], [0, 0, 1, 1], Number.POSITIVE_INFINITY);
    expect(fit.converged).toBe(false);
  });

  it('scores predictions as scikit-learn does, and leaves a ratio over nothing undefined', () => {
    const scores = classificationScores([0, 1, 0, 1, 0, 1, 0, 1], [1, 1, 1, 1, 0, 1, 1, 0]);
    expect(scores).toMatchObject({
      truePositives: 3,
      falsePositives: 3,
      trueNegatives: 1,
      falseNegatives: 1,
    });
    expect([scores.accuracy, scores.precision, scores.recall, scores.f1]).toEqual([0.5, 0.5, 0.75, 0.6]);
    expect(classificationScores([1, 0], [0, 0]).precision).toBeNaN();
  });

  it('answers accuracy, precision, recall and F1 on the test rows of a seeded split', () => {
    expect(
      ask({
        question:
          'Train a logistic regression to predict whether a trainee passed from the hours and the visits.',
        constraints:
          'Use "Hours" and "Visits" as features and "Passed" as the target. Split with train_test_split(test_size=0.4, random_state=3) and LogisticRegression with default parameters.',
        format:
          '@accuracy[acc]\n@precision[p]\n@recall[r]\n@f1_score[f]\nwhere each value is rounded to two decimal places.',
      }),
    ).toEqual({ accuracy: '0.50', precision: '0.50', recall: '0.75', f1_score: '0.60' });
  });

  it('gives coefficients, their sign and the intercept of a fit over the whole table', () => {
    expect(
      ask({
        question:
          'Fit a logistic regression of passing on the hours and the visits over all trainees, with no split.',
        constraints: 'Features: "Hours", "Visits". Target: "Passed". Use LogisticRegression(C=0.5).',
        format:
          '@visits_coefficient[coef]\n@intercept[b0]\n@hours_sign[sign]\nwhere "coef" and "b0" are rounded to four decimal places and "sign" is "positive" or "negative".',
      }),
    ).toEqual({ visits_coefficient: '0.6477', intercept: '-5.0133', hours_sign: 'positive' });
  });

  it('fits a StandardScaler on the training rows only', () => {
    expect(
      ask({
        question:
          'Standardize the hours and the visits with a StandardScaler fitted on the training set, then train a logistic regression to predict passing.',
        constraints:
          'Features "Hours" and "Visits"; target "Passed". Use a 70/30 train/test split with random_state=5. Round to four decimal places.',
        format: '@test_accuracy[acc]\n@hours_coefficient[coef]',
      }),
    ).toEqual({ test_accuracy: '0.8333', hours_coefficient: '1.2800' });
  });

  it('refuses folds, other models, an unseeded split, unnamed features and slots it cannot read', () => {
    const constraints = 'Use "Hours" and "Visits" as features and "Passed" as the target.';
    const format = '@accuracy[acc]\nwhere "acc" is rounded to two decimal places.';
    const refused = [
      {
        question: 'What is the 5-fold cross-validated accuracy of a logistic regression?',
        constraints,
        format,
      },
      {
        question: 'Train a random forest and a logistic regression on a 70-30 split with random_state=1.',
        constraints,
        format,
      },
      { question: 'Train a logistic regression on a random 70-30 split.', constraints, format },
      {
        question: 'Train a logistic regression to predict passing from the study record.',
        constraints: '',
        format,
      },
      {
        question: 'Fit a logistic regression over all trainees.',
        constraints,
        format: '@log_loss[loss]\nwhere "loss" is rounded to two decimal places.',
      },
      { question: 'Fit a logistic regression with the liblinear solver.', constraints, format },
    ];
    for (const request of refused) expect(outcome(request)).toBe('unsupported');
  });
  it('leaves out rows lacking a feature only when the text says so, as scikit-learn would refuse them', () => {
    const gap = headerRowTable(csvToWorkbook(`${TRAINEES}T21,,3,1\n`, 'invented').sheets[0]!)!;
    const request = {
      question: 'Fit a logistic regression of passing on the hours and the visits, with no split.',
      constraints: 'Use "Hours" and "Visits" as features and "Passed" as the target.',
      format: '@hours_coefficient[coef]\nwhere "coef" is rounded to four decimal places.',
    };
    const tried = () => {
      try {
        return answerAnalysis(gap, request).slots;
      } catch (thrown) {
        return toAppError(thrown).code;
      }
    };
    expect(tried()).toBe('unsupported');
    request.question =
      'Leaving out the trainees whose hours are missing, fit a logistic regression of passing on the hours and the visits, with no split.';
    expect(tried()).toEqual({ hours_coefficient: '0.9100' });
  });
  it('also reads "drop the rows without …" and "only complete rows" as leaving those rows out', () => {
    const gap = headerRowTable(csvToWorkbook(`${TRAINEES}T21,,2,1\n`, 'invented').sheets[0]!)!;
    for (const question of [
      'Drop the trainees without recorded hours, then fit a logistic regression of passing on the hours and the visits, with no split.',
      'Using only complete rows, fit a logistic regression of passing on the hours and the visits, with no split.',
    ])
      expect(
        answerAnalysis(gap, {
          question,
          constraints: 'Use "Hours" and "Visits" as features and "Passed" as the target.',
          format: '@hours_coefficient[coef]\nwhere "coef" is rounded to four decimal places.',
        }).slots,
      ).toEqual({ hours_coefficient: '0.9100' });
  });
});

describe('linear regression scored on a seeded split', () => {
  // LinearRegression().fit on train_test_split(d[['Hours']], d.Visits, test_size=0.25, random_state=10):
  // test rows 7, 10, 5, 6, 3; r2_score on them 0.0098.
  it('gives the R² on the test rows of a split stated with its seed', () => {
    expect(
      ask({
        question:
          'Train a linear regression of the visits on the hours and report the R-squared on the test set.',
        constraints:
          'Split with train_test_split(test_size=0.25, random_state=10). Round to four decimal places.',
        format: '@test_r2[r2]',
      }),
    ).toEqual({ test_r2: '0.0098' });
  });

  it('does not score a regression said to have several predictors as a simple one', () => {
    expect(
      outcome({
        question: 'Train a linear regression of the visits on the hours and report the RMSE on the test set.',
        constraints:
          'Use "Hours" and "Passed" as features and "Visits" as the target. Split with train_test_split(test_size=0.25, random_state=10).',
        format: '@rmse[error]\nwhere "error" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
});
