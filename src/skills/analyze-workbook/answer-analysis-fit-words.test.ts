import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented pupils: hours of practice and the points scored (points = 10 + 3 × hours, give or take).
const PRACTICE = `Pupil,practice_hours,number_of_points
Ann,1,14
Bo,2,15
Cy,3,20
Di,4,21
Ed,5,25
Fay,6,28
`;

describe('parts of a fitted line named in other words', () => {
  it('reads gradient, constant term and goodness of fit', () => {
    const answer = ask(PRACTICE, {
      question:
        'Fit an ordinary least squares line of the points on the practice hours. Report the gradient, the constant term and the goodness of fit.',
      constraints: 'Use "practice_hours" as x and "number_of_points" as y on every row.',
      format:
        '@gradient[b1] @constant_term[b0] @goodness_of_fit[r2] where "b1" and "b0" are rounded to two decimal places and "r2" to four.',
    });
    // Slope 2.8857, intercept 10.40, R² 0.97477.
    expect(answer.slots).toEqual({ gradient: '2.89', constant_term: '10.40', goodness_of_fit: '0.9748' });
  });

  it('reads the placeholders of slots named beta and alpha for a straight line fitted with polyfit', () => {
    const answer = ask(PRACTICE, {
      question:
        'How well do the practice hours explain the points? Fit a straight line of points against hours.',
      constraints: 'Use numpy.polyfit with deg=1 ("practice_hours" as x, "number_of_points" as y).',
      format:
        '@beta[slope] @alpha[intercept] @explained_variance[r2] where "slope" and "intercept" are rounded to two decimal places and "r2" to four.',
    });
    expect(answer.slots).toEqual({ beta: '2.89', alpha: '10.40', explained_variance: '0.9748' });
  });

  it('refuses a straight line whose sides the text does not give', () => {
    expect(
      refusal(PRACTICE, {
        question: 'How well do the practice hours explain the points? Fit a straight line.',
        constraints: 'Use numpy.polyfit with deg=1.',
        format: '@beta[slope] @alpha[intercept] where both are rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });

  it('predicts at a value written before the last word of the predictor', () => {
    const answer = ask(PRACTICE, {
      question:
        'Fit a simple linear regression of points on practice hours. What does the line give a pupil with 10 hours?',
      constraints: 'Use "practice_hours" as the predictor and "number_of_points" as the response.',
      format: '@predicted_points[value] where "value" is rounded to two decimal places.',
    });
    // 10.40 + 2.8857 × 10.
    expect(answer.slots).toEqual({ predicted_points: '39.26' });
  });
});
