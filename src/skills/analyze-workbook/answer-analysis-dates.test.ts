import { describe, expect, it } from 'vitest';
import {
  askCsv as ask,
  refusalCode as refusal,
  csvTable as table,
} from '../../../test/helpers/analysis-csv.ts';
import { answerQuestion } from './answer-question.ts';

// An invented chess club's season, listed in order from September to February without years.
const SEASON = `Round,Date,Opponent,Boards won
1,Sept 12,Hill Rooks,3
2,Oct 3,River Pawns,5
3,Oct 24,Hill Rooks,2
4,Nov 7,Lake Knights,4
5,Nov 28,River Pawns,6
6,Dec 19,Lake Knights,1
7,Jan 9,Hill Rooks,4
8,Feb 6,River Pawns,2
`;
// Invented wardens of a lighthouse, with the day each started and left.
const WARDENS = `Name,Started,Left
Ed Vance,"February 2, 1895","March 3, 1901"
Ada Quill,"March 3, 1901","June 1, 1903"
Bo Fenn,"June 1, 1903","June 11, 1903"
Cy Marsh,"July 2, 1903","January 1, 1910"
Di Oake,"January 1, 1910",Serving
`;
const count = (name: string) => `@${name}[count] where "count" is an integer.`;

describe('rows by a month or a span of dates', () => {
  it('keeps the rows of a month the question names', () => {
    const answer = ask(SEASON, { question: 'How many matches were played in November?', format: count('n') });
    expect(answer.slots.n).toBe('2');
    expect(answer.planText).toContain('rows where Date is in November (2)');
  });
  it('reads a season without years as running past New Year once', () => {
    // After October 24: Nov 7, Nov 28, Dec 19, Jan 9, Feb 6.
    const answer = ask(SEASON, {
      question: 'How many matches were played after October 24?',
      format: count('later'),
    });
    expect(answer.slots.later).toBe('5');
  });
  it('refuses a dated bound over cells without years', () => {
    expect(
      refusal(SEASON, {
        question: 'How many matches were played before 1 December 2009?',
        format: count('n'),
      }),
    ).toBe('unsupported');
  });
  it('keeps a span of years on a column of written dates', () => {
    const answer = ask(WARDENS, {
      question: 'How many wardens started between 1900 and 1903?',
      constraints: 'Parse Started as a date.',
      format: count('early'),
    });
    expect(answer.slots.early).toBe('3');
  });
  it('refuses a month when two date columns could hold it and neither is named', () => {
    expect(refusal(WARDENS, { question: 'How many wardens were there in June?', format: count('n') })).toBe(
      'unsupported',
    );
  });
});

describe('days between two date columns', () => {
  it('takes the later column minus the earlier, leaving out cells that are not dates', () => {
    // 2220, 820, 10 and 2375 days.
    const answer = ask(WARDENS, {
      question: 'What is the mean number of days between Started and Left?',
      format: '@mean_days[mean] where "mean" is a number rounded to two decimal places.',
    });
    expect(answer.slots.mean_days).toBe('1356.25');
  });
  it('reads "Left minus Started in days" from the constraints', () => {
    const answer = ask(WARDENS, {
      question: 'What is the shortest stay?',
      constraints: 'Take Left minus Started in days, then the minimum.',
      format: '@short[min] where "min" is an integer.',
    });
    expect(answer.slots.short).toBe('10');
  });
});

describe('plain questions with a month', () => {
  it('counts the rows of the month named', () => {
    expect(answerQuestion(table(SEASON), 'how many matches were played in october?').answer).toEqual([2]);
  });
  it('refuses rather than ignore a month no column can tell', () => {
    expect(() => answerQuestion(table(WARDENS), 'how many wardens were there in june?')).toThrow(/june/i);
  });
});
