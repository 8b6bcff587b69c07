import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented kart drivers' season points.
const KARTS = `Name,Total
Ann,60
Bo,45
Cy,30
Di,20
Ed,12
Flo,55
Gus,25
Hal,8
`;

describe('two bounds said of a column named once', () => {
  it('reads "whose Total is at least 20 and at most 50" as both bounds', () => {
    const answer = ask(KARTS, {
      question: 'How many drivers scored from 20 up to 50?',
      constraints: '{\nCount the rows whose Total is at least 20 and at most 50.\n}',
      format: '{\n@drivers[count]\nwhere "count" is an integer.\n}',
    });
    // Bo, Cy, Di and Gus; the old code dropped "at most 50" and counted 6.
    expect(answer.slots).toEqual({ drivers: '4' });
  });
});

describe('bins a question describes by their ranges', () => {
  it('reads the list of ranges as the bins, not as a row bound, and counts the top bin', () => {
    const answer = ask(KARTS, {
      question:
        'Bin the drivers by points into below 20, 20 to 50 and above 50. How many drivers are in the top bin?',
      constraints: '{\nThe top bin holds the rows whose "Total" is more than 50.\n}',
      format: '{\n@high_scoring_drivers[count]\nwhere "count" is an integer.\n}',
    });
    // Ann and Flo; the old code refused, reading "below 20," as a bound it did not apply.
    expect(answer.slots).toEqual({ high_scoring_drivers: '2' });
  });

  it('gives "middle" and "group" to the rows the constraints say the middle group holds', () => {
    const answer = ask(KARTS, {
      question:
        'Group the drivers by their points into fewer than 20, 20 to 50, and more than 50. How many drivers are in the middle group?',
      constraints: '{\nThe middle group holds the rows whose "Total" is at least 20 and at most 50.\n}',
      format: '{\n@middle_group_drivers[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ middle_group_drivers: '4' });
  });
});

// Invented attendances of a small club's home games.
const GAMES = `Week,Opponent,Attendance
1,Rovers,1000
2,United,1100
3,Athletic,1050
4,City,5000
5,Town,980
6,Wanderers,1020
7,Albion,1010
8,County,990
9,Rangers,1040
10,Harriers,1060
`;

describe('the noun a count of outlying rows calls the rows', () => {
  it('reads "count the games more than 2 standard deviations from the mean" for @outlier_games', () => {
    const answer = ask(GAMES, {
      question:
        'Using z-scores of the attendance, count the games more than 2 standard deviations from the mean.',
      constraints:
        '{\nz = (Attendance - mean) / standard deviation, with the sample standard deviation. A game is unusual when |z| > 2.\n}',
      format: '{\n@outlier_games[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ outlier_games: '1' });
  });

  it('reads "flag the home games with an outlying attendance" for @outlier_games by the IQR rule', () => {
    const answer = ask(GAMES, {
      question: 'Flag the home games with an outlying attendance by the IQR rule. How many are there?',
      constraints:
        '{\nAn outlier lies below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR of "Attendance", with quartiles as pandas computes them.\n}',
      format: '{\n@outlier_games[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ outlier_games: '1' });
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
    'After dropping the days lacking either the oat price (Oats) or the rye price (Rye), standardize the rye price. How many days lie more than 2 standard deviations from the mean?',
  constraints:
    '{\nDrop rows where "Oats" or "Rye" is NaN.\nStandardize "Rye" with the mean and the sample standard deviation of the remaining rows; a day counts when the absolute z-score exceeds 2.\n}',
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
