import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';
import { unreadDateBounds } from './date-conditions.ts';

// An invented bakery's till log: one row a sale, with its day and clock time.
const TILL = `Day,Time,Item,Amount
2031-03-02,08:15,Rye loaf,4.5
2031-03-05,09:40,Seed roll,1.2
2031-03-09,11:05,Rye loaf,4.5
2031-03-14,13:30,Plum tart,6.0
2031-03-20,15:55,Seed roll,1.2
2031-03-27,17:10,Plum tart,6.0
`;
const total = (name: string) => `@${name}[total] where "total" is a number rounded to 2 decimal places.`;

describe('date spans written with no "from" keep their rows', () => {
  it('keeps two dates joined by "through"', () => {
    // March 5, 9 and 14: 1.2 + 4.5 + 6.0.
    const answer = ask(TILL, {
      question: 'What is the total Amount of the sales dated 2031-03-05 through 2031-03-14?',
      format: total('sum'),
    });
    expect(answer.slots.sum).toBe('11.70');
  });
  it('keeps the days of one month written "4–20 March" and "between 4 and 20 March"', () => {
    // March 5, 9, 14 and 20: 1.2 + 4.5 + 6.0 + 1.2.
    for (const span of ['4–20 March', 'between 4 and 20 March', 'March 4–20'])
      expect(
        ask(TILL, { question: `What is the total Amount of the sales made ${span}?`, format: total('sum') })
          .slots.sum,
      ).toBe('12.90');
  });
  it('keeps a bound worded "up to and including" in the constraints', () => {
    // March 2, 5, 9 and 14: 4.5 + 1.2 + 4.5 + 6.0.
    const answer = ask(TILL, {
      question: 'What is the total Amount?',
      constraints: 'Use only the sales up to and including March 14, 2031.',
      format: total('sum'),
    });
    expect(answer.slots.sum).toBe('16.20');
  });
});

describe('date and clock spans the engine does not read are refused, not ignored', () => {
  it('refuses two dates joined by a bare "to", which may compare as well as span', () => {
    expect(
      refusal(TILL, {
        question: 'What is the total Amount of the sales dated 2031-03-05 to 2031-03-14?',
        format: total('sum'),
      }),
    ).toBe('unsupported');
  });
  it('refuses a span of clock times written with a dash', () => {
    expect(
      refusal(TILL, {
        question: 'What is the total Amount of the sales rung up 09:00–14:00?',
        format: total('sum'),
      }),
    ).toBe('unsupported');
  });
  it('still answers over every row when no span is stated', () => {
    expect(ask(TILL, { question: 'What is the total Amount?', format: total('sum') }).slots.sum).toBe(
      '23.40',
    );
  });
  it('leaves to the date conditions the spans they read', () => {
    expect(unreadDateBounds('sales between March 5, 2031 and March 14, 2031')).toEqual([]);
    expect(unreadDateBounds('sales from 2031-03-05 to 2031-03-14')).toEqual([]);
    expect(unreadDateBounds('sales on or after March 5, 2031')).toEqual([]);
    expect(unreadDateBounds('sales 2031-03-05 through 2031-03-14')).toEqual([]);
    expect(unreadDateBounds('sales 2031-03-05 to 2031-03-14')).toEqual(['2031-03-05 to 2031-03-14']);
    expect(unreadDateBounds('open 9 am to 5 pm')).toEqual(['9 am to 5 pm']);
    expect(unreadDateBounds('a score of 9 to 5 points')).toEqual([]);
  });
});
