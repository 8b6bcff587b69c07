import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented cyclist's seasons, set out by country: a line naming the country repeats the header
// words before each country's seasons.
const SEASONS = `Season,Team,Division,Race Starts,Race Wins
2001,Falcon,Elite,10,2
2002,Falcon,Elite,12,3
France,France,France,Starts,Wins
2003,Heron,Pro,9,1
Spain,Spain,Spain,Starts,Wins
2004,Falcon,Elite,11,4
2005,Heron,Pro,8,0
`;

const WINS_FORMAT = '{\n@falcon_race_wins[total]\nwhere "total" is an integer.\n}';

describe('a header repeated inside the data', () => {
  it('reads "the sheet repeats its header rows" as lines that are no data, so the column adds up', () => {
    const answer = ask(SEASONS, {
      question: 'How many race wins did the cyclist earn riding for Falcon in all?',
      constraints:
        '{\nThe sheet repeats its header rows above each country, and they carry no data. Add up "Race Wins" for the rows whose "Team" is "Falcon".\n}',
      format: WINS_FORMAT,
    });
    // 2 + 3 + 4; the old code kept the rows whose Race Wins is "Wins" (none of Falcon's) and gave 0.
    expect(answer.slots).toEqual({ falcon_race_wins: '9' });
  });

  it('adds up "how many race wins" over the kept rows, rather than counting them or reading "Wins" as a value', () => {
    // Unsaid, the header lines leave Race Wins partly text, but every row kept for Falcon holds a
    // number: neither "Wins" as a value (0) nor the number of Falcon's rows (3), but 2 + 3 + 4.
    expect(
      ask(SEASONS, {
        question: 'How many race wins did the cyclist earn riding for Falcon in all?',
        constraints: '{\nAdd up "Race Wins" for the rows whose "Team" is "Falcon".\n}',
        format: WINS_FORMAT,
      }).slots,
    ).toEqual({ falcon_race_wins: '9' });
  });

  it('still refuses the sum over every row, whose header lines hold no number', () => {
    expect(
      refusalCode(SEASONS, {
        question: 'How many race wins did the cyclist earn in all?',
        constraints: '{\nAdd up "Race Wins".\n}',
        format: '{\n@race_wins[total]\nwhere "total" is an integer.\n}',
      }),
    ).toBe('unsupported');
  });
});

// An invented bakery's lines over three years: Pies has the one best year, Bread the best total.
const LINES = `Year,Line,Cost,Revenue
2020,Bread,100,180
2020,Cakes,200,260
2020,Pies,50,400
2021,Bread,120,250
2021,Cakes,210,300
2021,Pies,60,60
2022,Bread,130,280
2022,Cakes,220,330
2022,Pies,70,70
`;

const MARGIN_FORMAT =
  '{\n@top_line[name]\n@total_margin[margin]\nwhere "name" is written as in "Line" and "margin" is an integer.\n}';

describe('the group with the most of a made column over the years', () => {
  it('ranks the lines by their summed margin when the constraints sum it for each line', () => {
    const answer = ask(LINES, {
      question:
        'Make a margin column equal to Revenue less Cost. Which line brought in the most margin across the three years, and how much?',
      constraints:
        '{\nMargin = "Revenue" - "Cost". Add up the margin within each "Line"; give the line with the biggest total and that total.\n}',
      format: MARGIN_FORMAT,
    });
    // Bread 80 + 130 + 150 = 360 beats Pies 350 + 0 + 0; the old code took Pies' one best year and
    // the margin of every row (970).
    expect(answer.slots).toEqual({ top_line: 'Bread', total_margin: '360' });
  });

  it('reads "across the three years, and how much?" as the best line\'s total', () => {
    const answer = ask(LINES, {
      question:
        'Make a margin column equal to Revenue less Cost. Which line brought in the most margin across the three years, and how much?',
      constraints: '{\nMargin = "Revenue" - "Cost".\n}',
      format: MARGIN_FORMAT,
    });
    expect(answer.slots).toEqual({ top_line: 'Bread', total_margin: '360' });
  });

  it('still takes the single best row when nothing adds up over the groups', () => {
    const answer = ask(LINES, {
      question:
        'Make a margin column equal to Revenue less Cost. Which line had the largest margin in a single year?',
      constraints: '{\nMargin = "Revenue" - "Cost".\n}',
      format: '{\n@top_line[name]\nwhere "name" is written as in "Line".\n}',
    });
    expect(answer.slots).toEqual({ top_line: 'Pies' });
  });
});

// An invented shop's months with a totals line whose label cell reads "Totals" and whose figure
// cells repeat the header words above their sums.
const STOCK = `Month,Clerk,Total Sold,Total Returned,Total Damaged
Jan,Ames,6,4,0
Feb,Ames,8,2,1
Mar,Berg,3,7,0
Apr,Berg,5,5,1
May,Cole,9,1,0
Jun,Cole,—,—,—
Totals,,"Total
Sold
31","Total
Returned
19",2
`;

describe('words inside a column named in full', () => {
  it('does not read "Total" of "Total Sold" as the label "Totals", refusing the unread feature instead', () => {
    // The old code kept the one row whose Month is "Totals" and gave its share of the rows, 14.29.
    expect(
      refusalCode(STOCK, {
        question:
          'Work out a sold percentage as Total Sold divided by the sum of Total Sold, Total Returned and Total Damaged, times 100. What is its mean over the months?',
        constraints:
          '{\nSkip rows where any of the three columns is not a number.\nRound to two decimal places.\n}',
        format: '{\n@mean_sold_percentage[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});
