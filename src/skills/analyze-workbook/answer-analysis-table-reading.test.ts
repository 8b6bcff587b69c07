import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';
import { wordsOf } from './analysis-frame.ts';

// An invented club's season awards; 'N/A' marks a year with no award named.
const AWARDS = `Year,Best Player
2001,Kim Vale
2002,Lou Park
2003,Kim Vale
2004,N/A
2005,Kim Vale
2006,Lou Park
`;

// An invented price list in euros and pounds; the pound price is blank for two items.
const PRICES = `Item,€,£
Lamp,60,52
Desk,240,
Chair,90,78
Shelf,150,
Rug,75,65
`;

describe('the most frequent value asked by name, with its count', () => {
  const request = {
    question: 'Who was named Best Player most often, and how many times?',
    constraints: "Count the years of each Best Player; 'N/A' is no player.",
    format: '@player[name], @times[count] where "count" is an integer.',
  };

  it('gives the value for the name slot and its rows for the count', () => {
    expect(ask(AWARDS, request).slots).toEqual({ player: 'Kim Vale', times: '3' });
  });

  it('refuses the name when two values share the top count', () => {
    const tied = AWARDS.replace('2005,Kim Vale', '2005,N/A');
    expect(refusal(tied, request)).toBe('unsupported');
  });
});

describe('a column named by a currency sign', () => {
  it('reads a lone sign as its currency word, and leaves an amount alone', () => {
    expect(wordsOf('£')).toEqual(['pound']);
    expect(wordsOf('Price (€)')).toEqual(['price', 'euro']);
    expect(wordsOf('$5.00')).toEqual(['5', '00']);
  });

  it('answers for the "£" column a slot names in pounds', () => {
    const answer = ask(PRICES, {
      question: 'What is the mean £ price?',
      constraints: 'Use the £ column; leave out the rows where it is blank. Round to two decimal places.',
      format: '@mean_pounds[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_pounds: '65.00' });
  });

  it('counts the rows that "have no £ amount"', () => {
    const answer = ask(PRICES, {
      question: 'How many items have no £ amount?',
      constraints: 'Count the rows whose £ cell is empty.',
      format: '@no_pounds[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ no_pounds: '2' });
  });
});

// An invented skier's podium finishes; Place is written as an ordinal.
const PODIUMS = `Race,Discipline,Place
Alpha,Downhill,2nd
Beta,Slalom,1st
Gamma,Downhill,3rd
Delta,Slalom,3rd
Epsilon,Downhill,3rd
`;

describe('places written as ordinals, and a clause that points back', () => {
  it('reads "2nd" as 2 when the constraints say to read the column as a number', () => {
    const answer = ask(PODIUMS, {
      question: 'What is the average finishing place?',
      constraints: "Read Place as a number ('2nd' is 2). Round to two decimal places.",
      format: '@mean_place[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_place: '2.40' });
  });

  it('keeps the first clause\'s rows for a later clause that says "their"', () => {
    const answer = ask(PODIUMS, {
      question: 'How many races were Downhill, and what was their mean place?',
      constraints:
        "Keep the rows whose Discipline is 'Downhill'. Read Place as a number ('2nd' is 2). Round to two decimal places.",
      format:
        '@downhill[count], @mean_place[mean] where "count" is an integer and "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ downhill: '3', mean_place: '2.67' });
  });
});

describe('rows a question says there was no value in', () => {
  // An invented club's coaches by year; '–' marks a year without one.
  const COACHES = `Year,Coach
2001,–
2002,Ann Reed
2003,–
2004,Bo Lind
2005,Bo Lind
`;

  it('counts the years "was there no Coach" as the missing cells', () => {
    const answer = ask(COACHES, {
      question: 'In how many years was there no Coach?',
      constraints: "A Coach written '–' means there was none that year.",
      format: '@no_coach_years[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ no_coach_years: '2' });
  });
});

describe('"the most" of a noun that names no column: the most frequent value', () => {
  // An invented film's nominations by prize.
  const NOMINATIONS = `Prize,Category,Result
Alpha Prize,Best Film,Won
Alpha Prize,Best Actor,Nominated
Beta Prize,Best Film,Won
Alpha Prize,Best Score,Won
Gamma Prize,Best Film,Nominated
`;

  it('names the value with the most rows and counts its rows, not all of them', () => {
    const answer = ask(NOMINATIONS, {
      question: 'Which prize gave the film the most nominations, and how many?',
      constraints: 'Count the rows of each Prize value.',
      format: '@prize[name], @nominations[count] where "name" is the Prize value and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ prize: 'Alpha Prize', nominations: '3' });
  });
});

describe('a cell that ends with a quoted suffix', () => {
  // Invented finds, dated in plain years or before the era.
  const FINDS = `Find,Dated
Bowl,1531
Coin,600 B.C.
Lamp,1846
Blade,"3,000 B.C."
Pin,105
`;

  it('counts the rows whose cell ends in the suffix, the abbreviation read as one word', () => {
    const answer = ask(FINDS, {
      question: 'How many finds date from before the common era?',
      constraints: "A find dates from before the common era when its Dated value ends in 'B.C.'.",
      format: '@bc_count[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ bc_count: '2' });
  });
});
