import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented recordings of a brass band: one row per album, with the year it came out.
const ALBUMS = `Year,Album,Tracks
1962,Harbour Lights,10
1965,Copper Kettle,12
1968,Morning Drill,9
1971,North Pier,11
1974,Slate Roofs,14
1976,Lantern Walk,8
1979,Town Clock,12
1983,Quarry Road,10
1991,Chapel Bells,13
`;

// Invented fixtures of a village cricket side, with the day each was played.
const FIXTURES = `Date,Opponent,Runs For,Runs Against
"May 4, 1968",Millbrook,120,98
"June 9, 1969",Eastleigh,88,140
"May 2, 1970",Millbrook,150,101
"July 7, 1972",Ashford,132,90
"May 12, 1975",Eastleigh,75,160
"June 1, 1981",Ashford,170,65
`;

describe('groups by the decade of a year', () => {
  it('finds the decade with the most rows from a column of years', () => {
    const answer = ask(ALBUMS, {
      question: 'Group the albums by decade. Which decade has the most albums, and how many?',
      constraints: 'The decade of a year is the year rounded down to a multiple of ten (1987 is 1980).',
      format: '@top_decade[decade], @albums[count] where both are integers.',
    });
    // 1960s: 3 albums; 1970s: 4; 1980s: 1; 1990s: 1.
    expect(answer.slots).toEqual({ top_decade: '1970', albums: '4' });
  });

  it('takes the decade of the year of a written date, and ranks the decades by a mean', () => {
    const answer = ask(FIXTURES, {
      question: 'Which decade has the highest mean Runs For, and what is that mean?',
      constraints:
        'Parse "Date" as a date and take the decade of its year (1975 is the 1970s, written 1970). Round the mean to two decimal places.',
      format: '@decade[decade], @mean_runs[mean] where "decade" is an integer and "mean" has two decimals.',
    });
    // 1960s: (120 + 88) / 2 = 104; 1970s: (150 + 132 + 75) / 3 = 119; 1980s: 170.
    expect(answer.slots).toEqual({ decade: '1980', mean_runs: '170.00' });
  });

  it('reads a running total on the row of a named date beside a question about the highest mean', () => {
    const answer = ask(FIXTURES, {
      question:
        'Calculate the cumulative sum of Runs For in table order. What is its value for the match played on July 7, 1972, and which decade has the highest mean Runs Against?',
      constraints:
        'The cumulative sum includes the match itself; report it in the row whose "Date" is "July 7, 1972". Take the decade of the year of Date (1975 is 1970). Round the mean to two decimal places.',
      format:
        '@cumulative_for[sum], @decade[decade], @mean_against[mean] where "sum" and "decade" are integers and "mean" has two decimals.',
    });
    // 120 + 88 + 150 + 132 = 490; Runs Against by decade: 1960s 119, 1970s 117, 1980s 65.
    expect(answer.slots).toEqual({ cumulative_for: '490', decade: '1960', mean_against: '119.00' });
  });
});
