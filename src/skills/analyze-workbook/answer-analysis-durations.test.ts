import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerQuestion } from './answer-question.ts';
import { headerRowTable } from './detect-tables.ts';
import { durationReader, durationSeconds, durationsAsSeconds } from './duration-numbers.ts';
import { amountsAsNumbers } from './unit-numbers.ts';

// An invented hill race: times as m:ss, h:mm:ss and plain seconds, purses in dollars.
const RACES = `Stage,Rider,Time,Purse,Crowd
1,Ann,4:05,"$120,000",800
2,Bob,3:58,"$150,000",760
3,Cid,1:02:03,"$90,000",910
4,Dee,59.5,"$200,000",950
5,Eve,4:00,"$150,000",700
6,Fay,3:30,"$60,000",1020
`;
// An invented reference sheet: figures with notes in parentheses.
const GAUGES = `Gauge,Reading,Site
Alpha,1 (by definition),North
Beta,12 (est.),North
Gamma,14,South
Delta,"25,000 (b)",South
`;
const count = (question: string, slot: string) =>
  ask(RACES, { question, format: `@${slot}[count] where "count" is an integer.` }).slots[slot];

describe('durations written with colons', () => {
  it('reads m:ss, m:ss.ff and h:mm:ss as seconds', () => {
    expect(durationSeconds('4:24')).toBe(264);
    expect(durationSeconds('1:03.49')).toBe(63.49);
    expect(durationSeconds('1:02:03')).toBe(3723);
    expect(durationSeconds('4:75')).toBeUndefined();
    expect(durationSeconds('3–0')).toBeUndefined();
  });
  it('reads a column when most cells are durations or plain seconds', () => {
    expect(durationReader(['38.77', '1:03.49', '40.1'])?.('38.77')).toBe(38.77);
    expect(durationReader(['38.77', '40.1'])).toBeUndefined();
    expect(durationReader(['4:24', 'Nov 3', 'Oct 9', 'May 1'])).toBeUndefined();
  });
  it('writes bounds in prose as seconds', () => {
    expect(durationsAsSeconds('at least 4:00 or under 2 minutes')).toBe('at least 240 or under 120');
  });
  it('takes the mean of a time column in seconds', () => {
    expect(
      ask(RACES, {
        question: 'What is the mean Time in seconds?',
        format: '@mean_time[mean] where "mean" is a number rounded to two decimal places.',
      }).slots.mean_time,
    ).toBe(((245 + 238 + 3723 + 59.5 + 240 + 210) / 6).toFixed(2));
  });
  it('applies a bound written as a duration to the one time column', () => {
    expect(count('How many stages took at least 4:00?', 'long_stage_count')).toBe('3');
    expect(count('How many stages were won in under 4 minutes?', 'quick_stages')).toBe('3');
    expect(count('How many stages were ridden in 3:58 or less?', 'n_stages')).toBe('3');
  });
  it('keeps a text cell of a time column as a value to filter on', () => {
    const rows = Array.from(
      { length: 11 },
      (_, index) => `R${index},${index === 4 ? 'DQ' : `1:0${index % 10}.5`}`,
    );
    expect(
      ask(`Rider,Time\n${rows.join('\n')}\n`, {
        question: 'How many riders were disqualified?',
        constraints: "A rider was disqualified when the Time is 'DQ'.",
        format: '@dq_riders[count] where "count" is an integer.',
      }).slots.dq_riders,
    ).toBe('1');
  });
});

describe('amounts bounded in words', () => {
  it('writes currency amounts as plain numbers', () => {
    expect(amountsAsNumbers('$150,000 or more, €2.5 million and 12,000 fans in 2,3')).toBe(
      '150000 or more, 2500000 and 12000 fans in 2,3',
    );
  });
  it('counts the rows above a currency bound, after the number or before it', () => {
    expect(count('How many stages had a Purse of $150,000 or more?', 'big_purses')).toBe('3');
    expect(count('How many stages had a Purse of at least $150,000?', 'rich_stages')).toBe('3');
    expect(count('How many stages had a Purse under $100,000?', 'cheap_stages')).toBe('2');
  });
  it('refuses a currency bound it could not tie to a column rather than count every row', () => {
    expect(
      refusal(RACES, {
        question: 'How many of the prizes are $150,000 or more?',
        format: '@big_prize_count[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
  it('counts the rows of a plural noun, not a sum of the column named like it', () => {
    // "How many stages" over a Stage column of 1…6: six rows would sum to 21.
    expect(count('How many stages had a Crowd of 900 or more?', 'busy_stages')).toBe('3');
  });
});

describe('figures with notes in parentheses', () => {
  it('reads the number before the note', () => {
    expect(
      ask(GAUGES, {
        question: 'What is the mean Reading?',
        format: '@reading_mean[mean] where "mean" is a number rounded to two decimal places.',
      }).slots.reading_mean,
    ).toBe(((1 + 12 + 14 + 25000) / 4).toFixed(2));
  });
  it('looks up the figure of one named row', () => {
    const lookup = (question: string, slot: string) =>
      ask(GAUGES, { question, format: `@${slot}[value] where "value" is a number.` }).slots[slot];
    expect(lookup('What is the Reading of Alpha?', 'alpha_reading')).toBe('1');
    expect(lookup('What is the Reading for Delta?', 'delta_reading')).toBe('25000');
  });
  it('refuses a lookup whose row name is not one cell', () => {
    expect(
      refusal(GAUGES, {
        question: 'What is the Reading of Omega?',
        format: '@omega_reading[value] where "value" is a number.',
      }),
    ).toBe('unsupported');
  });
});

describe('superlative slot words', () => {
  const ROSTER = 'Name,Age,Goals\nAnn,21,5\nBob,25,3\nCid,19,8\n';
  it('reads "youngest" of an age column as its minimum and "oldest" as its maximum', () => {
    const slot = (question: string, name: string) =>
      ask(ROSTER, { question, format: `@${name}[age] where "age" is an integer.` }).slots[name];
    expect(slot('What is the age of the youngest player?', 'youngest_age')).toBe('19');
    expect(slot('What is the age of the oldest player?', 'oldest_age')).toBe('25');
  });
  it('refuses a slot word no step of the plan accounts for', () => {
    expect(
      refusal(ROSTER, {
        question: 'What is the mean Age?',
        format: '@age_term_mean[mean] where "mean" is a number rounded to one decimal place.',
      }),
    ).toBe('unsupported');
  });
});

describe('plain questions over a column of durations', () => {
  // An invented heat: under a minute in seconds, over a minute as m:ss.ff.
  const HEAT = 'Rank,Name,Time\n1,Ann,38.77\n2,Bob,39.9\n3,Cid,41.5\n4,Dee,1:03.49\n';
  const plain = (question: string) =>
    answerQuestion(headerRowTable(csvToWorkbook(HEAT, 'heat').sheets[0]!)!, question).answer;
  it('compares times with a bound in seconds or written m:ss', () => {
    // 1:03.49 is 63.49 seconds, not the 1 before its colon.
    expect(plain('who had times under 40 seconds?')).toEqual(['Ann', 'Bob']);
    expect(plain('how many rowers clocked at least 40 seconds?')).toEqual([2]);
    expect(plain('how many of them took less than 1:00?')).toEqual([3]);
  });
});

describe('plain questions with a bound in a currency', () => {
  // An invented golf purse: two numeric columns, one of them in dollars by its header.
  const PURSE =
    'Place,Player,Score,Money ($)\n1,Ann,70-71=141,"120,000"\n2,Bob,72-70=142,"95,500"\n3,Cid,73-72=145,"40,000"\n';
  const plain = (question: string) =>
    answerQuestion(headerRowTable(csvToWorkbook(PURSE, 'purse').sheets[0]!)!, question).answer;
  it('compares the one column of that currency', () => {
    expect(plain('how many golfers took home at least $90,000?')).toEqual([2]);
    expect(plain('who earned less than $50,000?')).toEqual(['Cid']);
  });
  it('reads a bound written after its number', () => {
    expect(plain('how many players made $95,500 or more?')).toEqual([2]);
    expect(plain('how many players made $95,500 or less?')).toEqual([2]);
  });
});

describe('non-numbers left out as the constraints say', () => {
  // Invented lenses: most indices one number, some ranges.
  const LENSES = 'Lens,Index,Maker\nA,1.50,X\nB,1.52,X\nC,1.49 - 1.51,Y\nD,1.60,Y\nE,1.58,Z\nF,1.55/1.57,Z\n';
  it('reads the column with its ranges and lists as missing', () => {
    const mean = (constraints: string) =>
      ask(LENSES, {
        question: 'What is the mean Index?',
        constraints,
        format: '@index_mean[mean] where "mean" is a number rounded to three decimal places.',
      }).slots.index_mean;
    expect(mean('Leave out Index values that are not a number.')).toBe('1.550');
    expect(mean('Drop rows whose Index is not a single number.')).toBe('1.550');
  });
  it('leaves out the rows when the constraints say rows', () => {
    expect(
      ask(LENSES, {
        question: 'How many lenses are there?',
        constraints: 'Drop rows whose Index is not a single number.',
        format: '@lens_count[count] where "count" is an integer.',
      }).slots.lens_count,
    ).toBe('4');
  });
  it('refuses the mean when nothing says how to read the ranges', () => {
    expect(
      refusal(LENSES, {
        question: 'What is the mean Index?',
        format: '@index_mean[mean] where "mean" is a number rounded to three decimal places.',
      }),
    ).toBe('unsupported');
  });
});
