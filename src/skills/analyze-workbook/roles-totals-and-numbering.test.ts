import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable } from '../../../test/helpers/analysis-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { answerQuestion } from './answer-question.ts';
import { pointedColumn } from './value-columns.ts';

// Invented finals: each player appears as Winner in some rows and as Runner-up in others.
const FINALS = `Year,Event,Winner,Runner-up,Frames
2001,Spring Open,Ada Lind,Bo Marsh,9
2002,Summer Cup,Bo Marsh,Ada Lind,7
2003,Autumn Open,Cy Dane,Bo Marsh,10
2004,Winter Cup,Bo Marsh,Cy Dane,8
2005,Spring Open,Ada Lind,Cy Dane,9
2006,Summer Cup,Cy Dane,Bo Marsh,6
`;

// Invented race result: a numbering column (Round) beside an amount (Points).
const RACE = `Round,Driver,Team,Points
1,Ida Rowe,North Racing,25
2,Jon Pike,South Racing,18
3,Kim Lowe,North Racing,15
4,Lev Ash,East Racing,12
5,Mo Fenn,South Racing,10
`;

// Invented fixtures numbered by a Match column; the last match is not the busiest team's.
const FIXTURES = `Match,Team,Goals
1,Lakeside,2
2,Hillview,1
3,Lakeside,3
4,Harbour City,0
5,Lakeside,2
6,Hillview,1
`;

// Invented standings: a Wins column and a Points column, riders counted by races won.
const STANDINGS = `Place,Rider,Points,Wins
1,Ola Berg,300,4
2,Per Dahl,250,3
3,Rut Holm,200,1
4,Siv Lund,150,0
`;

// Invented standings with two columns of wins: "won more than 2 games" names neither alone.
const SEASONS = `Season,Total Wins,Conference Wins
2001,8,5
2002,11,7
2003,4,2
`;

// Invented yearly sales, years rising down the rows, and the same years falling.
const SALES = `Season,Sales
2018,5
2019,7
2020,4
2021,6
`;
const SALES_FALLING = `Season,Sales
2021,6
2020,4
2019,7
2018,5
`;

// Invented dated results with written dates and crowds.
const GAMES = `Date,Home,Home score,Crowd
"September 6, 1998",Lakeside,21,31200
"October 3, 1999",Hillview,28,12500
"September 16, 2001",Lakeside,14,30800
"November 2, 2002",Hillview,35,9600
"October 12, 2003",Lakeside,17,33100
`;

function refusal(run: () => unknown): string {
  try {
    run();
    return 'answered';
  } catch (thrown) {
    return `${toAppError(thrown).code}: ${toAppError(thrown).message}`;
  }
}

describe('a value two columns hold, pointed to by the verb after it', () => {
  it('reads "did X lose" as the losing side and "did X win" as the winning one', () => {
    const columns = [['winner'], ['runner', 'up']];
    const words = (text: string) => text.split(' ');
    expect(pointedColumn(words('how many finals did bo marsh lose'), 4, columns, 6)).toBe(1);
    expect(pointedColumn(words('how many finals did bo marsh ever win'), 4, columns, 6)).toBe(0);
    expect(pointedColumn(words('finals won by bo marsh'), 3, columns, 5)).toBe(0);
    // A verb with no column named for its role: nothing to choose.
    expect(
      pointedColumn(
        words('did bo marsh win'),
        2,
        [
          ['team', '1'],
          ['team', '2'],
        ],
        4,
      ),
    ).toBeUndefined();
    // The column named right after the value: "Bo Marsh as the Runner up".
    expect(pointedColumn(words('finals with bo marsh as the runner up'), 2, columns, 4)).toBe(1);
  });

  it('counts the finals a player lost in an analysis question', () => {
    const answer = ask(FINALS, {
      question: 'How many finals did Bo Marsh lose?',
      format: '@marsh_lost_finals[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ marsh_lost_finals: '3' });
    expect(answer.planText).toContain('rows where Runner-up is "Bo Marsh"');
  });

  it('counts the finals a player lost in a plain question (Runner-up is not the first column)', () => {
    const plan = answerQuestion(csvTable(FINALS), 'How many finals did Bo Marsh lose?');
    expect(plan.planText).toContain('Runner-up is "Bo Marsh"');
    expect(plan.answer).toEqual([3]);
  });
});

describe('the share of a column total', () => {
  it('takes "the percentage of all Points" as a part of the Points total', () => {
    const answer = ask(RACE, {
      question: 'What percentage of all points went to North Racing drivers?',
      format: '@north_pct[percent] where "percent" is rounded to two decimal places.',
    });
    // (25 + 15) / 80 points, not 2 of 5 rows.
    expect(answer.slots).toEqual({ north_pct: '50.00' });
  });

  it('keeps a share of rows when the words name a numbering column ("the rounds")', () => {
    const answer = ask(RACE, {
      question: 'What percentage of the rounds were won by South Racing?',
      format: '@south_pct[percent] where "percent" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ south_pct: '40.00' });
  });
});

describe('a numbering column named like the rows', () => {
  it('counts the rows per team for "played the most matches" beside a Match column', () => {
    const answer = ask(FIXTURES, {
      question: 'Which team played the most matches, and how many?',
      format:
        '@busiest_team[team], @busiest_matches[count] where "team" is a string and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ busiest_team: 'Lakeside', busiest_matches: '3' });
  });
});

describe('dates, years and bounds in words', () => {
  it('never averages the year a condition picked the rows by', () => {
    const text = refusal(() =>
      ask(GAMES, {
        question: 'What was the mean winning score in games played after 2000?',
        constraints: 'Take the year from the Date.',
        format: '@mean_score_after_2000[score] where "score" is rounded to two decimal places.',
      }),
    );
    expect(text).toMatch(/^unsupported: /);
  });

  it('reads a bound written in words ("more than thirty thousand")', () => {
    const answer = ask(GAMES, {
      question: 'How many games had a Crowd of more than thirty thousand?',
      format: '@big_crowds[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ big_crowds: '3' });
  });

  it('reads a bound whose column the verb names ("won more than two races" over Wins)', () => {
    const answer = ask(STANDINGS, {
      question: 'How many riders won more than two races?',
      format: '@riders_over_two[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ riders_over_two: '2' });
    expect(answer.planText).toContain('rows where Wins more than 2');
  });

  it('leaves the bound unread when the verb names two columns, and refuses', () => {
    const text = refusal(() =>
      ask(SEASONS, {
        question: 'How many seasons did the team win more than 6 games?',
        format: '@seasons_over_six[count] where "count" is an integer.',
      }),
    );
    expect(text).toMatch(/^unsupported: /);
  });

  it('reads the rows "how many of the games" counts as the slot\'s noun', () => {
    const answer = ask(GAMES, {
      question: 'How many of the games were played at Lakeside?',
      format: '@lakeside_games[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ lakeside_games: '3' });
  });

  it('reads a running total on the row of the year named ("the cumulative total at 2020")', () => {
    const answer = ask(SALES, {
      question: 'What was the cumulative total of Sales in the 2020 season?',
      format: '@cum_sales[total] where "total" is an integer.',
    });
    expect(answer.slots).toEqual({ cum_sales: '16' });
    expect(answer.planText).toContain('read on the row where Season is 2020');
  });

  it('refuses the running total at a year when the years fall down the rows', () => {
    const text = refusal(() =>
      ask(SALES_FALLING, {
        question: 'What was the cumulative total of Sales in the 2020 season?',
        format: '@cum_sales[total] where "total" is an integer.',
      }),
    );
    expect(text).toMatch(/^unsupported: .*running total over several rows/);
  });

  it("gives the group and its total when the figure slot's placeholder names the measure", () => {
    const answer = ask(RACE, {
      question: 'Which team scored the most points in total, and how many?',
      format: '@top_team[team], @team_points[points] where "team" is a string and "points" is an integer.',
    });
    expect(answer.slots).toEqual({ top_team: 'North Racing', team_points: '40' });
  });
});
