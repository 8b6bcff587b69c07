import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented kiosk's eight days: visitors and a rating score out of 50.
const KIOSK = `Day,Visitors,rating_score
1,10,20
2,20,30
3,30,50
4,10,40
5,60,10
6,50,30
7,110,45
8,10,35
`;

describe('words for the one column a step scaled', () => {
  it('reads "a normalized score above 0.5" as a condition on the scaled column', () => {
    const answer = ask(KIOSK, {
      question:
        'Normalize the rating score so that every value lies between 0 and 1. How many days have a normalized score above 0.5?',
      constraints: 'Use min-max normalization of "rating_score".',
      format: '@normalized_above_half[count] where "count" is an integer.',
    });
    // (x − 10) / 40 above 0.5: the scores 35, 40, 45 and 50.
    expect(answer.slots).toEqual({ normalized_above_half: '4' });
  });

  it('keeps the mean over every day when only the second clause says "is it above 0.5"', () => {
    const answer = ask(KIOSK, {
      question:
        'Squeeze the visitors into the range 0 to 1. What is the average of the squeezed visitors, and on how many days is it above 0.5?',
      constraints: 'Use min-max scaling: (Visitors - min) / (max - min).',
      format:
        '@mean_scaled_visitors[v] @days_above_half[n] where "v" is rounded to four decimal places and "n" is an integer.',
    });
    // (0 + 0.1 + 0.2 + 0 + 0.5 + 0.4 + 1 + 0) / 8; only 110 is above 0.5 once scaled.
    expect(answer.slots).toEqual({ mean_scaled_visitors: '0.2750', days_above_half: '1' });
  });

  it('counts the rows that land exactly on 0 and reads "@avg_rescaled"', () => {
    const answer = ask(KIOSK, {
      question:
        'Rescale the visitors to the [0, 1] interval. What is the average of the rescaled column, and how many days land exactly on 0?',
      constraints:
        'Use min-max normalization: (x - min) / (max - min), with the minimum and maximum of "Visitors".',
      format:
        '@avg_rescaled[value] @at_zero[count] where "value" is rounded to four decimal places and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ avg_rescaled: '0.2750', at_zero: '3' });
  });

  it('reads "how many records are above 1" after standardizing as a condition on the standardized column', () => {
    const answer = ask(KIOSK, {
      question: 'Standardize the visitors. How many records are above 1?',
      constraints: 'Standardize "Visitors" with the mean and the sample standard deviation.',
      format: '@above_one[count] where "count" is an integer.',
    });
    // Mean 37.5, sample standard deviation 35.36: only 110 lies more than one above.
    expect(answer.slots).toEqual({ above_one: '1' });
  });
});

// Invented deliveries: eleven ordinary distances and one very long one.
const DELIVERIES = `Drop,Km
1,5
2,6
3,5
4,7
5,6
6,5
7,6
8,7
9,5
10,6
11,6
12,60
`;

describe('rows removed by their z-score', () => {
  it('reads "remove the deliveries whose absolute z-score exceeds 3" as outliers removed', () => {
    const answer = ask(DELIVERIES, {
      question:
        'Convert the distances to z-scores and remove the deliveries whose absolute z-score exceeds 3 as outliers. What is the mean Km of the deliveries that remain?',
      constraints: 'The z-score uses the population standard deviation of "Km" over all deliveries.',
      format: '@mean_km_without_outliers[mean] where "mean" is rounded to two decimal places.',
    });
    // 60 lies 3.3 standard deviations above the mean; the other eleven average 64 / 11.
    expect(answer.slots).toEqual({ mean_km_without_outliers: '5.82' });
  });
});
