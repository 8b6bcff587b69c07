import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented log of a board-game club: the round (a code), the clock left as minutes:seconds, the move kind.
const CLOCK = `Round,Left,Kind
1,9:30,jump
1,8:10,slide
2,7:00,jump
2,5:20,jump
3,2:40,slide
3,1:00,jump
`;

// Invented daily readings of a rain gauge.
const GAUGE = `Day,Rain,Month
2031-03-01,4,March
2031-03-02,6,March
2031-03-03,2,March
2031-04-01,8,April
2031-04-02,10,April
2031-05-01,12,May
2031-05-02,3,May
`;

describe('a slot asking for seconds takes the quoted minutes:seconds column', () => {
  it('averages the clock column, not the round the question words mention', () => {
    const answer = ask(CLOCK, {
      question: 'How much time was left in the round, on average, when a jump was made?',
      constraints:
        '{\n"Left" is the time left in the round as minutes:seconds; turn it into seconds. Keep the rows whose "Kind" is "jump" and take the mean.\nRound to two decimal places.\n}',
      format: '{\n@mean_seconds_left[seconds]\nwhere "seconds" is rounded to two decimal places.\n}',
    });
    // (570 + 420 + 320 + 60) / 4
    expect(answer.slots).toEqual({ mean_seconds_left: '342.50' });
  });
});

describe('a whole day the question names', () => {
  it('reads the moving average on the day the question names', () => {
    const answer = ask(GAUGE, {
      question: 'What was the 3-day moving average of Rain on 2031-04-02?',
      constraints: 'Compute the moving average of "Rain" over a window of 3 rows, ending on the day itself.',
      format: '@moving_average[value] where "value" is rounded to two decimal places.',
    });
    // (2 + 8 + 10) / 3
    expect(answer.slots).toEqual({ moving_average: '6.67' });
  });

  it('refuses a figure worked out over every row when the day the question asks for is not in the table', () => {
    expect(
      refusalCode(GAUGE, {
        question: 'What was the 3-day moving average of Rain on 2031-04-09?',
        constraints:
          'Compute the moving average of "Rain" over a window of 3 rows, ending on the day itself.',
        format: '@moving_average[value] where "value" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
});

describe('the kind of answer a slot asks for', () => {
  it('refuses a month written as a calendar month when the format asks for its name', () => {
    expect(
      refusalCode(GAUGE, {
        question: 'What is the 75th percentile of Rain, and in which month was the most rain on one day?',
        constraints: 'Round the percentile to two decimal places.',
        format:
          '{\n@rain_p75[percentile]\n@wettest_month[name]\nwhere "percentile" is rounded to two decimal places and "name" is a full month name such as "March".\n}',
      }),
    ).not.toBe('answered');
  });

  it('still answers a percentile the plan works out', () => {
    const answer = ask(GAUGE, {
      question: 'What is the 75th percentile of Rain?',
      constraints: 'Use linear interpolation. Round to two decimal places.',
      format: '@rain_p75[percentile] where "percentile" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ rain_p75: '9.00' });
  });
});
