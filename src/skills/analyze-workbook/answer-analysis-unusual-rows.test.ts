import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented rainfall of ten nights at a hill station, one of them a storm.
const RAIN = `Night,Rain
N1,2
N2,3
N3,3
N4,4
N5,5
N6,5
N7,6
N8,7
N9,30
N10,1
`;

describe('outliers by the 1.5 × IQR rule said in other words', () => {
  it('reads "how many nights had an unusual rainfall" as the count of outliers and "the upper cut-off" as the fence', () => {
    const answer = ask(RAIN, {
      question:
        'Using the usual 1.5 x IQR rule, how many nights had an unusual rainfall, and what is the upper cut-off?',
      constraints:
        '{\nCompute Q1 and Q3 of "Rain" with pandas quantile; a night is an outlier when its rain is below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR.\nRound the upper cut-off to three decimal places.\n}',
      format:
        '{\n@unusual_rain_nights[n]\n@upper_cutoff[value]\nwhere "n" is an integer and "value" is rounded to three decimal places.\n}',
    });
    expect(answer.slots).toEqual({ unusual_rain_nights: '1', upper_cutoff: '9.875' });
  });

  it('counts the outliers for a slot naming the label column whose placeholder is declared an integer', () => {
    const answer = ask(RAIN, {
      question: 'How many nights are outliers in Rain by the 1.5 x IQR rule?',
      constraints: '{\nUse pandas quantile for Q1 and Q3.\n}',
      format: '{\n@outlier_nights[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ outlier_nights: '1' });
  });
});
