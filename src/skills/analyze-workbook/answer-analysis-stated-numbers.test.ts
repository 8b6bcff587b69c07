import { describe, expect, it } from 'vitest';
import { askCsv as ask, csvTable, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';
import { createFrame } from './analysis-frame.ts';
import { applyStatedNumber } from './stated-numbers.ts';

// An invented javelin thrower's record: the place written '2nd', the distance written '61.50 m' in Notes.
const THROWS = `Year,Meet,Position,Notes
2001,County Games,4th,55.00 m
2002,County Games,2nd,58.50 m
2003,Regional Cup,1st,61.50 m
2004,Regional Cup,7th,54.00 m
2005,Open Meet,3rd,
`;

// An invented radio show: its rating with a note in parentheses, its listeners written in millions.
const SHOW = `Year,Ratings,Listeners,Host (year)
2010,2.5 (3.0 online),1.5 million,Ann Vale (2008)
2011,3.5 (4.0 online),2.5 million,Ann Vale (2008)
2012,4.0,3.0 million,Ben Oak (2011)
`;

describe('a number column the text defines by where the number sits in another', () => {
  it('reads "the distance is the number in Notes" under the name the slot uses', () => {
    const answer = ask(THROWS, {
      question: 'What is the mean distance and the longest one?',
      constraints:
        "The distance is the number in Notes without its ' m' ('55.00 m' is 55.00). Round to two decimal places.",
      format: '@mean_distance[mean], @max_distance[max] where both are rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_distance: '57.25', max_distance: '61.50' });
    expect(answer.planText).toContain('distance = the number in Notes');
  });
  it('reads "the number at the start of Position" (2nd is 2)', () => {
    const answer = ask(THROWS, {
      question: 'What is the average finishing place?',
      constraints:
        "The place is the number at the start of Position ('2nd' is 2). Round to two decimal places.",
      format: '@mean_place[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_place).toBe('3.40');
  });
  it('reads the first number, the number in parentheses and a column read anew before a quoted unit', () => {
    const rating = ask(SHOW, {
      question: 'What is the mean rating?',
      constraints:
        "The rating is the first number in Ratings ('2.5 (3.0 online)' is 2.5). Round to two decimal places.",
      format: '@mean_rating[mean] where "mean" is rounded to two decimal places.',
    });
    expect(rating.slots.mean_rating).toBe('3.33');
    const listeners = ask(SHOW, {
      question: 'What is the mean number of listeners, in millions?',
      constraints:
        "Listeners is the number before ' million' ('1.5 million' is 1.5). Round to two decimal places.",
      format: '@mean_listeners[mean] where "mean" is rounded to two decimal places.',
    });
    // Read as millions (2.33), not scaled to 2,333,333.33.
    expect(listeners.slots.mean_listeners).toBe('2.33');
    const started = ask(SHOW, {
      question: 'What is the mean start year of the hosts?',
      constraints: 'The start year is the year in parentheses in Host (year). Round to one decimal place.',
      format: '@mean_start_year[mean] where "mean" is rounded to one decimal place.',
    });
    expect(started.slots.mean_start_year).toBe('2009.0');
  });
  it('reads no number "in" a cell holding two, so the question is refused', () => {
    expect(
      refusal(SHOW, {
        question: 'What is the mean rating?',
        constraints: 'The rating is the number in Ratings. Round to two decimal places.',
        format: '@mean_rating[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('does not read "the number of" as a number in a column', () => {
    const frame = createFrame(csvTable(THROWS));
    expect(applyStatedNumber(frame, 'The total is the number of Meet values.')).toBeUndefined();
    expect(frame.derived.size).toBe(0);
    expect(applyStatedNumber(frame, 'The place is the leading number of Position.')).toBeDefined();
    expect(frame.derived.get('place')).toEqual([4, 2, 1, 7, 3]);
  });
});

describe('a top-N place', () => {
  it('keeps the rows whose one place column is at most N, for the clause that says it', () => {
    const answer = ask(THROWS, {
      question: 'What is the mean place, and how many times did the thrower finish in the top three?',
      constraints:
        "The place is the number at the start of Position ('2nd' is 2). Round the mean to two decimal places.",
      format:
        '@mean_place[mean], @top_three_finishes[count] where "mean" is rounded to two decimal places and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ mean_place: '3.40', top_three_finishes: '3' });
  });
  it('reads no bound without a place column', () => {
    expect(
      refusal(SHOW, {
        question: 'In how many years was the show in the top three?',
        format: '@top_years[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

// An invented quiz league: the season number beside the quizzes played in it.
const SEASONS = `Season,Quizzes
1,10
2,30
3,32
4,12
`;

describe('the measure a statistic names before the rows it counts', () => {
  it('takes "the mean number of Quizzes of the seasons" of Quizzes, not of Season', () => {
    const answer = ask(SEASONS, {
      question: 'What is the mean number of Quizzes of the seasons with at least 30 quizzes?',
      constraints: 'Keep the seasons whose Quizzes is 30 or more. Round to two decimal places.',
      format: '@busy_season_mean[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.busy_season_mean).toBe('31.00');
  });
});

describe('a value the format asks for with its unit', () => {
  it("writes the mean with the unit the source column's cells write", () => {
    const answer = ask(THROWS, {
      question: 'What is the mean distance?',
      constraints: 'The distance is the number in Notes. Round to two decimal places.',
      format: '@mean_distance[distance] where "distance" is rounded to two decimal places, with its unit.',
    });
    expect(answer.slots.mean_distance).toBe('57.25 m');
  });
  it('leaves a slot the unit words do not belong to a bare number', () => {
    const answer = ask(THROWS, {
      question: 'What is the mean distance, and how many meets are there?',
      constraints: 'The distance is the number in Notes. Round to two decimal places.',
      format:
        '@mean_distance[distance], @meets[count] where "distance" is rounded to two decimal places with its unit and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ mean_distance: '57.25 m', meets: '5' });
  });
  it('refuses when the cells write no unit', () => {
    expect(
      refusal(SEASONS, {
        question: 'What is the mean number of Quizzes?',
        format: '@mean_quizzes[mean] where "mean" is rounded to two decimal places, with its unit.',
      }),
    ).toBe('unsupported');
  });
});

// Invented clerks: the years they started and finished, and their school with the graduation year.
const CLERKS = `Clerk,Started,Finished,School (year)
Ames,1957,1958,Chicago (1957)
Bell,1957,1958,Yale (1955)
Cole,1958,1959,Iowa (1956)
`;

// Invented leagues: the year each joined, one written with a footnote mark ('2008 1').
const LEAGUES = `League,Joining year
North,2002
South,2002
East,2002
West,2008 1
`;

describe('a quantity the text defines over a column a step made', () => {
  it('reads "Started minus the graduation year" once the graduation year is made', () => {
    const answer = ask(CLERKS, {
      question: 'What is the mean gap?',
      constraints:
        "The graduation year is the year in parentheses in 'School (year)'. The gap is Started minus the graduation year. Round to two decimal places.",
      format: '@mean_gap[mean] where "mean" is rounded to two decimal places.',
    });
    // (0 + 2 + 2) / 3.
    expect(answer.slots.mean_gap).toBe('1.33');
  });
  it('refuses an answer over a column the defined quantity is made of, the quantity unread', () => {
    expect(
      refusal(CLERKS, {
        question: 'On average, how many years passed between graduating and starting?',
        constraints:
          "The graduation year is the year in parentheses in 'School (year)'. The gap is Started minus the graduation year. Round to two decimal places.",
        format: '@mean_years_to_start[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('reads a column anew by its first four digits, and keeps a year condition to its own clause', () => {
    const answer = ask(LEAGUES, {
      question: 'What is the average joining year, and how many leagues joined in 2002?',
      constraints:
        "The joining year is the first four digits of Joining year ('2008 1' is 2008). Round the mean to one decimal place.",
      format:
        '@mean_joining_year[mean], @joined_2002[count] where "mean" is rounded to one decimal place and "count" is an integer.',
    });
    // (3 × 2002 + 2008) / 4 over all four leagues; three joined in 2002.
    expect(answer.slots).toEqual({ mean_joining_year: '2003.5', joined_2002: '3' });
  });
});

// Invented races: a short group code column 'Grp' and the distance in metres.
const RACES = `Grp,Race,Distance
2,Alpha Stakes,1000
2,Beta Stakes,1400
3,Gamma Cup,1300
3,Delta Cup,1200
`;

describe('a slot naming a group by the word a short column name abbreviates', () => {
  it('reads "group2" as Grp 2', () => {
    const answer = ask(RACES, {
      question: 'What is the average race distance for each group? Report group 2 and group 3.',
      constraints: 'Group by Grp and take the mean of Distance. Round to two decimal places.',
      format:
        '@group2_mean_distance[mean], @group3_mean_distance[mean] where both are rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ group2_mean_distance: '1200.00', group3_mean_distance: '1250.00' });
  });
});

// An invented medal table with a Total column beside the medals of each colour.
const MEDALS = `Nation,Gold,Silver,Bronze,Total
Avalon,3,1,2,6
Brisa,1,2,0,3
Corvo,0,1,4,5
`;

describe("a slot's leading statistic word beside a column of that name", () => {
  it('reads "@total_bronze" as the sum of Bronze, not the sum of Total', () => {
    const answer = ask(MEDALS, {
      question: 'What is the total number of bronze medals?',
      format: '@total_bronze[sum] where "sum" is an integer.',
    });
    expect(answer.slots.total_bronze).toBe('6');
  });
  it('still reads "@total" of the Total column when the slot names no other measure', () => {
    const answer = ask(MEDALS, {
      question: 'What is the sum of the Total column?',
      format: '@total[sum] where "sum" is an integer.',
    });
    expect(answer.slots.total).toBe('14');
  });
  it('reads "the four-digit year in" a column of months and years, a dash left out', () => {
    // Invented tea rooms of a town, each closed in a month of a year, or still open ("-").
    const ROOMS = `Room,Closed
Linden,June 2019
Harbour,-
Quince,March 2021
Saffron,October 2020
`;
    const answer = ask(ROOMS, {
      question: 'What is the mean year in which the tea rooms closed?',
      constraints:
        'The closing year is the four-digit year in "Closed" (for example "May 2015" is 2015). Take the mean over the rows that have one.',
      format: '@mean_closing_year[mean] where "mean" is rounded to two decimal places.',
    });
    // 2019, 2021, 2020: mean 2020.00.
    expect(answer.slots).toEqual({ mean_closing_year: '2020.00' });
  });
});
