import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented orchard's harvest by year.
const HARVEST = `Year,Apples,Pears
2001,10,4
2002,20,5
2003,30,6
2004,40,7
`;

// An invented help desk's intervals: calls answered and agents talking.
const DESK = `Interval,Calls answered,Agents talking
09:00,0,0.1
09:15,3,0.5
09:30,0,0.2
09:45,2,0.9
`;

describe('spans of years, running totals and bounds in words', () => {
  it('keeps both ends of "from 2001 up to and including 2003"', () => {
    const answer = ask(HARVEST, {
      question: 'What is the total of Apples from 2001 up to and including 2003?',
      format: '@apples_total[total]',
    });
    expect(answer.slots).toEqual({ apples_total: '60.00' });
  });

  it('reads a running total on the row of the year it runs up to, and refuses adding it up over several rows', () => {
    const answer = ask(HARVEST, {
      question: 'Compute the cumulative sum of Apples. What is the cumulative total up to 2003?',
      constraints: 'Add up Apples from 2001 up to and including 2003.',
      format: '@apples_cumulative[total]',
    });
    expect(answer.slots).toEqual({ apples_cumulative: '60.00' });
    // A span that starts after the first row is no running total from the start.
    expect(() =>
      ask(HARVEST, {
        question: 'Compute the cumulative sum of Apples. What is the cumulative total up to 2003?',
        constraints: 'Add up Apples from 2002 up to and including 2003.',
        format: '@apples_cumulative[total]',
      }),
    ).toThrow(/running total/);
  });

  it('reads "greater than zero" as a bound of 0', () => {
    const answer = ask(DESK, {
      question: 'Calculate the mean of Agents talking.',
      constraints: 'Keep the rows where Calls answered is greater than zero.',
      format: '@mean_talking[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_talking: '0.70' });
  });

  it('refuses a bound in words it did not carry out ("at least one call")', () => {
    expect(() =>
      ask(DESK, {
        question:
          'Considering only the intervals in which at least one call was answered, what is the mean of Agents talking?',
        format: '@mean_talking[mean]',
      }),
    ).toThrow(/at least (?:one|1)\b/);
  });

  it('reads "over the 1980s" as the years 1980 to 1989, and its slot\'s plural "s" as the decade', () => {
    const decades = `Year,Yield\n1979,1\n1980,2\n1985,4\n1989,6\n1990,100\n`;
    const answer = ask(decades, {
      question: 'What was the mean Yield over the 1980s?',
      format: '@yield_1980s[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ yield_1980s: '4.00' });
  });

  it('reads a bound on "the gap between" two columns as one on their difference, not on the second', () => {
    const prices = `Day,High,Low\nMon,10,9\nTue,12,9\nWed,11,10.5\n`;
    const answer = ask(prices, {
      question: 'How many days had a gap between the High and the Low greater than 1.5?',
      format: '@count[count]',
    });
    expect(answer.slots).toEqual({ count: '1' });
  });

  it('refuses a bound on a gap that runs either way', () => {
    const prices = `Day,Open,Close\nMon,10,9\nTue,9,12\n`;
    expect(() =>
      ask(prices, {
        question: 'How many days had a difference between Open and Close greater than 1?',
        format: '@count[count]',
      }),
    ).toThrow(/greater than 1/);
  });
});
