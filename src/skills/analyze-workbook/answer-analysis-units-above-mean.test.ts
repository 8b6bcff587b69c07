import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented weights of ten parcels at a sorting desk, two of them heavy.
const PARCELS = `Parcel,Weight
P1,2
P2,3
P3,3
P4,4
P5,4
P6,5
P7,5
P8,6
P9,12
P10,15
`;

describe('a bound in units above the mean of a column scaled to z-scores', () => {
  it('reads "more than one unit above the mean" as the scaled value above 1', () => {
    const answer = ask(PARCELS, {
      question:
        'Scale "Weight" to zero mean and unit variance with StandardScaler. How many parcels end up more than one unit above the mean?',
      constraints: '{\nStandardScaler divides by the population standard deviation (ddof=0).\n}',
      format: '{\n@heavy_parcels[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ heavy_parcels: '2' });
  });

  it('still refuses "units above the mean" when no step scaled the column', () => {
    expect(
      refusal(PARCELS, {
        question: 'How many parcels weigh more than one unit above the mean?',
        format: '{\n@heavy_parcels[count]\nwhere "count" is an integer.\n}',
      }),
    ).toBe('unsupported');
  });
});
