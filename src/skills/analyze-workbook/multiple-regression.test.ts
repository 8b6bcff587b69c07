import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { leastSquares } from './multiple-regression.ts';

// Invented garden plots. Expected figures are ordinary least squares with an intercept,
// beta = (XᵀX)⁻¹Xᵀy, R² = 1 − SS_res / SS_tot (numpy.linalg.lstsq gives the same), and
// scipy.stats.linregress for the simple slope.
const PLOTS = `Plot,Sun,Water,Shade,Yield
P1,6,20,2,31
P2,8,25,1,40
P3,5,18,3,27
P4,9,30,1,46
P5,7,22,2,35
P6,4,15,4,22
P7,10,28,0,47
P8,6,26,2,36
P9,8,19,1,34
P10,3,24,5,26
`;
const ask = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(PLOTS, 'invented').sheets[0]!)!, request).slots;
const outcome = (request: AnalysisRequest) => {
  try {
    return ask(request);
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('least squares with several predictors', () => {
  it('solves an exact fit and refuses collinear predictors', () => {
    const fit = leastSquares(
      [
        [1, 2, 3, 4],
        [0, 1, 0, 2],
      ],
      [3, 8, 7, 15],
    );
    // y = 1 + 2·x1 + 3·x2 exactly.
    expect(fit?.intercept).toBeCloseTo(1, 9);
    expect(fit?.coefficients[0]).toBeCloseTo(2, 9);
    expect(fit?.coefficients[1]).toBeCloseTo(3, 9);
    expect(fit?.r2).toBeCloseTo(1, 9);
    expect(
      leastSquares(
        [
          [1, 2, 3],
          [2, 4, 6],
        ],
        [1, 2, 4],
      ),
    ).toBeUndefined();
  });

  it('answers each coefficient by the predictor the slot names, the intercept and R-squared', () => {
    expect(
      ask({
        question: 'How does Yield depend on Sun and Water together?',
        constraints:
          'Fit ordinary least squares with an intercept, Sun and Water as predictors and Yield as the response. Round to four decimal places.',
        format:
          '@coef_sun[coef], @coef_water[coef], @intercept[intercept], @r_squared[r2] where each is rounded to four decimal places.',
      }),
    ).toEqual({ coef_sun: '2.4485', coef_water: '0.8044', intercept: '-0.0205', r_squared: '0.9974' });
    expect(
      ask({
        question: 'What is the R-squared of a regression of Yield on Sun and Water?',
        format: '@r_squared[r2] rounded to four decimal places.',
      }),
    ).toEqual({ r_squared: '0.9974' });
  });

  it('refuses a coefficient slot that names no predictor', () => {
    expect(
      outcome({
        question: 'Predict Yield from Sun and Water with a linear regression. What are the coefficients?',
        format: '@coefficients[list] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });

  it("takes the predictor and response the constraints state, not a column of the question's filter", () => {
    // linregress(Water, Yield) over the 6 plots with Shade 2 or more: slope 0.9711.
    expect(
      ask({
        question: 'For the plots with Shade of at least 2, what is the slope of Yield on Water?',
        constraints:
          'Fit a simple linear regression with Water as the predictor and Yield as the response. Round to four decimal places.',
        format: '@slope[slope] rounded to four decimal places.',
      }),
    ).toEqual({ slope: '0.9711' });
  });
});

describe('the RMSE of a simple linear regression', () => {
  // RMSE = sqrt(mean((y - (a + b·x))²)), the line from scipy.stats.linregress on the fitted rows.
  const fit = 'Fit a simple linear regression with Water as the predictor and Yield as the response.';
  it('over all rows when the text states no split', () => {
    expect(
      ask({
        question: 'What is the RMSE of the fit?',
        constraints: fit,
        format: '@rmse[rmse] rounded to four decimal places.',
      }),
    ).toEqual({
      rmse: '4.1886',
    });
  });
  it('fitted on the first rows and scored on the rest, in table order', () => {
    expect(
      ask({
        question:
          'Use the first 7 rows for training and the rest for testing. What is the RMSE on the test rows?',
        constraints: fit,
        format: '@rmse[rmse] rounded to four decimal places.',
      }),
    ).toEqual({ rmse: '8.0225' });
  });
  it('fitted on the rows up to a bound and scored on the others', () => {
    expect(
      ask({
        question: 'What is the RMSE on the test rows?',
        constraints: `Training rows: Shade 2 or less; test rows: Shade above 2. ${fit}`,
        format: '@rmse[rmse] rounded to four decimal places.',
      }),
    ).toEqual({ rmse: '7.5483' });
  });
  it('repeats a random split stated with its seed and sizes, as train_test_split draws it', () => {
    // numpy.random.RandomState(1).permutation(10) = [2 9 6 4 0 3 1 7 8 5]: P3, P10 and P7 test.
    expect(
      outcome({
        question:
          'Split the rows into training and test sets (70/30, random_state=1). What is the RMSE on the test set?',
        constraints: `Use train_test_split. ${fit}`,
        format: '@rmse[rmse] rounded to four decimal places.',
      }),
    ).toEqual({ rmse: '6.9258' });
  });
  it('refuses a random split without a seed', () => {
    expect(
      outcome({
        question:
          'Split the rows at random into training and test sets (70/30). What is the RMSE on the test set?',
        constraints: fit,
        format: '@rmse[rmse] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
});
