import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented rivalry between two schools, with a totals line under the games.
const RIVALRY = `#,Date,Site,Winner,Score North,Score South
1,"May 1, 1990",Elmton,North,21,14
2,"May 1, 1991",Brookfield,South,10,24
3,"May 1, 1992",Elmton,North,35,7
4,"May 1, 1993",Brookfield,South,3,17
5,"May 1, 1994",Hillcrest,North,28,27
6,"May 1, 1995",Brookfield,South,13,20
7,"May 1, 1996",Riverside,North,30,6
,Totals,,,140,115
`;

const R_FORMAT =
  '{\n@correlation_coefficient[r_value]\nwhere "r_value" is rounded to three decimal places.\n}';

describe('a totals line the text leaves out', () => {
  it('reads \'leaving out the "Totals" line\' as leaving out the totals row, not keeping it', () => {
    const answer = ask(RIVALRY, {
      question: "Do the two schools' scores rise and fall together? Give the Pearson correlation.",
      constraints:
        '{\nLeaving out the "Totals" line, use "Score North" and "Score South" of each meeting.\n}',
      format: R_FORMAT,
    });
    // pandas over the seven games: -0.485; the old code kept the one totals row and gave 0.000.
    expect(answer.slots).toEqual({ correlation_coefficient: '-0.485' });
  });

  it('reads \'the "Totals" line at the foot of the table is not a meeting\' the same way, and still reads the rest', () => {
    const answer = ask(RIVALRY, {
      question: 'When North won, what was its average margin of victory?',
      constraints:
        '{\nThe margin is "Score North" minus "Score South". Keep the meetings whose "Winner" is "North"; the "Totals" line at the foot of the table is not a meeting.\nRound to two decimal places.\n}',
      format: '{\n@average_margin[margin]\nwhere "margin" is rounded to two decimal places.\n}',
    });
    // (7 + 28 + 1 + 24) / 4; the old code kept the totals row, found no North game and refused.
    expect(answer.slots).toEqual({ average_margin: '15.00' });
  });

  it('refuses a correlation over rows where a column holds one value, rather than giving 0', () => {
    // One game at Riverside: pandas gives NaN; the old code answered 0.000.
    expect(
      refusalCode(RIVALRY, {
        question: 'For the Riverside games, what is the correlation between Score North and Score South?',
        constraints: '{\nUse the Pearson correlation coefficient.\n}',
        format: R_FORMAT,
      }),
    ).toBe('unsupported');
  });
});

// An invented five-a-side squad's goals by competition, a dash for none.
const GOALS = `Player,Cup,League,Playoffs,Total
Arvo,2,-,1,3
Benn,-,3,-,3
Cole,1,1,-,2
Dace,-,-,2,2
Eske,1,-,-,1
Finn,-,1,-,1
`;

describe('dashes replaced with zero in the columns named', () => {
  const FORMAT =
    '{\n@mean_cup_goals[mean]\n@std_cup_goals[std]\nwhere "mean" and "std" are rounded to two decimal places.\n}';

  it('reads "Replace the dashes in Cup with 0" with the column between the mark and the zero', () => {
    const answer = ask(GOALS, {
      question:
        'Replace the dashes in Cup with 0, then give the mean and the standard deviation of cup goals per player.',
      constraints: '{\nUse the sample standard deviation.\nRound both to two decimal places.\n}',
      format: FORMAT,
    });
    // Over six players (2, 0, 1, 0, 1, 0); the old code took the three numbers only (1.33 and 0.58).
    expect(answer.slots).toEqual({ mean_cup_goals: '0.67', std_cup_goals: '0.82' });
  });

  it('reads \'Count each "-" in "Cup" as 0\' with the verb before the quoted mark', () => {
    const answer = ask(GOALS, {
      question: 'What are the mean and the standard deviation of cup goals per player?',
      constraints:
        '{\nCount each "-" in "Cup" as 0, and take the sample standard deviation.\nRound both to two decimal places.\n}',
      format: FORMAT,
    });
    expect(answer.slots).toEqual({ mean_cup_goals: '0.67', std_cup_goals: '0.82' });
  });

  it('leaves the dashes of a column the sentence does not name as they are', () => {
    const answer = ask(GOALS, {
      question: 'What is the mean number of league goals?',
      constraints:
        '{\nReplace the dashes in Cup with 0. Take the mean of "League".\nRound to two decimal places.\n}',
      format: '{\n@mean_league_goals[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    // League's three numbers (3, 1, 1), not six values with three zeros (0.83).
    expect(answer.slots).toEqual({ mean_league_goals: '1.67' });
  });
});

// An invented small games' medal table.
const MEDALS = `Rank,Club,Gold,Silver,Bronze,Total
1,Alder,5,2,1,8
2,Birch,3,4,2,9
3,Cedar,2,1,6,9
4,Dogwood,1,3,0,4
5,Elm,0,2,2,4
`;

describe('the figure of the row a made score ranks first', () => {
  const FORMAT =
    '{\n@top_club[name]\n@points[score]\nwhere "name" is written as in "Club" and "score" is an integer.\n}';

  it('reads "…, and with how many points?" and "its points" as the top row\'s points', () => {
    const answer = ask(MEDALS, {
      question:
        'Give each club 3 points for a gold, 2 for a silver and 1 for a bronze. Which club ends up on top, and with how many points?',
      constraints:
        '{\nPoints = 3 * "Gold" + 2 * "Silver" + "Bronze". Name the "Club" with the most points, with its points.\n}',
      format: FORMAT,
    });
    // Alder: 15 + 4 + 1; the old code gave the points of every club added up (68).
    expect(answer.slots).toEqual({ top_club: 'Alder', points: '20' });
  });

  it('keeps the sum over every club when nothing points back to the top club', () => {
    const answer = ask(MEDALS, {
      question:
        'Give each club 3 points for a gold, 2 for a silver and 1 for a bronze. Which club ends up on top? And how many points did all the clubs earn together?',
      constraints: '{\nPoints = 3 * "Gold" + 2 * "Silver" + "Bronze". Sum the points over every club.\n}',
      format: FORMAT,
    });
    expect(answer.slots).toEqual({ top_club: 'Alder', points: '68' });
  });
});

// An invented potter's market stops.
const STOPS = `Town,Fee,Visitors,Mugs Sold
Ardley,100,50,20
Brimfield,200,40,30
Cotton,150,80,60
Danbury,120,10,9
Eskdale,90,60,12
`;

describe('a made ratio ranked when the superlative names no column', () => {
  it('ranks the towns by the ratio made, not by the first column the question named', () => {
    const answer = ask(STOPS, {
      question:
        'Calculate mugs sold per visitor for every stop. Which town had the highest ratio, and what was it?',
      constraints:
        '{\nMugs per visitor = "Mugs Sold" / "Visitors". Report the "Town" with the largest value and that value.\nRound to three decimal places.\n}',
      format:
        '{\n@town[name]\n@mugs_per_visitor[ratio]\nwhere "name" is written as in "Town" and "ratio" is rounded to three decimal places.\n}',
    });
    // Danbury sold 9 mugs to 10 visitors; the old code named Cotton, which sold the most mugs (60).
    expect(answer.slots).toEqual({ town: 'Danbury', mugs_per_visitor: '0.900' });
  });
});

// An invented region's jobless rates by sector, with "-" where no rate was estimated.
const JOBS = `Serial,Sector,Jan.2020,Adults Jan.2020,Youth Jan.2020
0,All sectors,500,4.1,6.2
1,Farming,40,3.0,5.5
2,Fishing,12,5.2,-
3,Mining,30,2.2,4.0
4,Retail,120,6.1,8.3
5,Transport,60,3.9,4.9
6,Tourism,80,7.5,9.9
7,Clerical,25,1.8,-
`;

describe('the pair a correlation\'s constraints quote after "use"', () => {
  it('correlates the two quoted columns, not the first two numeric columns the question touches', () => {
    const answer = ask(JOBS, {
      question:
        'Across the sectors, how strongly are the January 2020 jobless rates of adults and youth correlated?',
      constraints:
        '{\nUse "Adults Jan.2020" and "Youth Jan.2020"; a "-" means no figure, so leave out the rows where either is "-" or missing. Use the Pearson correlation coefficient.\nRound to three decimal places.\n}',
      format: R_FORMAT,
    });
    // pandas over the six rows with both rates: 0.973; the old code correlated Jan.2020 with Adults Jan.2020 (0.111).
    expect(answer.slots).toEqual({ correlation_coefficient: '0.973' });
  });
});
