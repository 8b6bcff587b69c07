import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented relay: each stretch of road, the day written after its number, and its length.
const RELAY = `Day,Stretch,Miles
"1 (Mon)",A,4.5
"1 (Mon)",B,6
"2 (Tue)",C,3
"2 (Tue)",D,2.5
"3 (Wed)",E,5
"3 (Wed)",F,4
`;

describe('groups ranked by a figure made from their own key', () => {
  it('refuses to rank the groups by the number read from their own names', () => {
    expect(
      refusalCode(RELAY, {
        question: 'Extract the day number from the Day column. Which day has the largest total Miles?',
        constraints:
          'The day number is the number at the start of "Day". Group the stretches by day number and sum "Miles" in each group.',
        format:
          '@longest_day[day] @day_miles[sum] where "day" is an integer and "sum" has one decimal place.',
      }),
    ).toBe('unsupported');
  });
  it('still ranks the made column as the groups when the slot names it', () => {
    const answer = ask(RELAY, {
      question: 'Which day number has the largest total Miles, and what is that total?',
      constraints:
        'The day number is the number at the start of "Day". Group the stretches by day number and sum "Miles" in each group.',
      format:
        '@top_day_number[day] @day_miles[sum] where "day" is an integer and "sum" has one decimal place.',
    });
    expect(answer.slots).toEqual({ top_day_number: '1', day_miles: '10.5' });
  });
});

// Invented ferry crossings: the date of each and the cars carried.
const CROSSINGS = `Date,Cars
2041-03-02,40
2041-07-19,44
2042-01-05,70
2042-06-30,66
`;

describe('a year the plan groups by itself', () => {
  it('answers when the text groups by a Year made from the dates', () => {
    const answer = ask(CROSSINGS, {
      question: 'Which year has the highest mean Cars?',
      constraints:
        'Take the year from "Date", group the rows by year and calculate the mean "Cars" of each year. Report the year with the largest mean.',
      format: '@busiest_year[year] where "year" is a four-digit integer.',
    });
    expect(answer.slots).toEqual({ busiest_year: '2042' });
  });
});
