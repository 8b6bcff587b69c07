import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented pub quiz league: one row per team, with its season score.
const QUIZ = `Name,Tally
Owls,72
Foxes,54
Moles,36
Newts,24
Voles,14
Hares,66
Stoats,30
Wrens,10
`;

describe('two bounds said of a column named once', () => {
  it('reads "whose Tally is at least 24 and at most 60" as both bounds', () => {
    const answer = ask(QUIZ, {
      question: 'How many teams finished with 24 to 60 points?',
      constraints: '{\nCount the rows whose Tally is at least 24 and at most 60.\n}',
      format: '{\n@teams[count]\nwhere "count" is an integer.\n}',
    });
    // Foxes, Moles, Newts and Stoats; the old code dropped "at most 60" and counted 6.
    expect(answer.slots).toEqual({ teams: '4' });
  });
});

describe('bins a question describes by their ranges', () => {
  it('reads the list of ranges as the bins, not as a row bound, and counts the top bin', () => {
    const answer = ask(QUIZ, {
      question:
        'Bin the teams by tally into under 24, 24 to 60 and over 60. How many teams are in the top bin?',
      constraints: '{\nThe top bin holds the rows whose "Tally" is more than 60.\n}',
      format: '{\n@high_scoring_teams[count]\nwhere "count" is an integer.\n}',
    });
    // Owls and Hares; the old code refused, reading "under 24," as a bound it did not apply.
    expect(answer.slots).toEqual({ high_scoring_teams: '2' });
  });

  it('gives "middle" and "band" to the rows the constraints say the middle band holds', () => {
    const answer = ask(QUIZ, {
      question:
        'Split the teams into fewer than 24, 24 to 60, and more than 60. How many teams land in the middle band?',
      constraints: '{\nThe middle band holds the rows whose "Tally" is at least 24 and at most 60.\n}',
      format: '{\n@middle_band_teams[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ middle_band_teams: '4' });
  });
});

// Invented covers served by a small café, one row per day.
const DAYS = `Date,Weather,Covers
2025-06-01,Dry,100
2025-06-02,Wet,110
2025-06-03,Dry,105
2025-06-04,Dry,500
2025-06-05,Wet,98
2025-06-06,Dry,102
2025-06-07,Dry,101
2025-06-08,Wet,99
2025-06-09,Dry,104
2025-06-10,Dry,106
`;

describe('the noun a count of outlying rows calls the rows', () => {
  it('reads "count the days lying over 2 standard deviations from the mean" for @outlier_days', () => {
    const answer = ask(DAYS, {
      question: 'With z-scores of the covers, count the days lying over 2 standard deviations from the mean.',
      constraints:
        '{\nz = (Covers - mean) / standard deviation, with the sample standard deviation. A day is unusual when |z| > 2.\n}',
      format: '{\n@outlier_days[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ outlier_days: '1' });
  });

  it('reads "mark the days with outlying covers" for @outlier_days by the IQR rule', () => {
    const answer = ask(DAYS, {
      question: 'Mark the days with outlying covers by the IQR rule. How many are there?',
      constraints:
        '{\nAn outlier lies below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR of "Covers", with quartiles as pandas computes them.\n}',
      format: '{\n@outlier_days[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ outlier_days: '1' });
  });
});

// Invented grain prices: one day lacks an oat price, and the rye price jumps once.
const GRAIN = `Date,Oats,Rye
2024-03-01,10.4,50.4
2024-03-02,10.7,50.6
2024-03-03,10.1,51.6
2024-03-04,11.8,53.2
2024-03-05,,53.0
2024-03-06,10.4,52.1
2024-03-07,10.5,50.7
2024-03-08,10.2,50.9
2024-03-09,11.8,90.0
2024-03-10,11.6,53.2
2024-03-11,12.0,51.2
2024-03-12,11.2,52.9
`;

const GRAIN_REQUEST = {
  question:
    'After removing the rows missing an oat price (Oats) or a rye price (Rye), standardize the rye price. How many days sit more than 2 standard deviations from the mean?',
  constraints:
    '{\nDrop rows where "Oats" or "Rye" is NaN.\nStandardize "Rye" using the mean and the sample standard deviation of the remaining rows; count a day when its absolute z-score is above 2.\n}',
};

describe('the days a z-score count counts', () => {
  it('reads "how many days" for @extreme_rye_days, the count of the rye price outliers', () => {
    const answer = ask(GRAIN, {
      ...GRAIN_REQUEST,
      format: '{\n@extreme_rye_days[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ extreme_rye_days: '1' });
  });

  it('refuses a count that names neither of two standardized columns, rather than counting the first', () => {
    // Oats and Rye were both standardized; the oat prices have no outlier (0), the rye prices one.
    expect(
      refusalCode(GRAIN, {
        ...GRAIN_REQUEST,
        format: '{\n@extreme_days[count]\nwhere "count" is an integer.\n}',
      }),
    ).toBe('unsupported');
  });
});
