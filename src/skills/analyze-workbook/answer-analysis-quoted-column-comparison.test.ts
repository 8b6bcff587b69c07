import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented orchard log: apples picked in two seasons on each plot.
const ROWS = `plot,picked 2031,picked 2032
North,40,52
East,61,58
South,33,
West,27,30
Ridge,50,50
Hollow,18,24
`;

const FORMAT = '{\n@plots_with_rise[n]\nwhere "n" is an integer.\n}';

describe('rows where one quoted column exceeds another', () => {
  it('keeps the rows whose first quoted column is greater than the second, and reads the rise', () => {
    const answer = ask(ROWS, {
      question: 'On how many plots did the harvest grow from one season to the next?',
      constraints:
        '{\nCount the rows whose "picked 2032" is greater than "picked 2031", ignoring rows with a missing value.\n}',
      format: FORMAT,
    });
    // North, West and Hollow rose; East fell, Ridge stayed level and South has no 2032 figure.
    expect(answer.slots).toEqual({ plots_with_rise: '3' });
  });

  it('applies the quoted comparison to a plain count slot', () => {
    const answer = ask(ROWS, {
      question: 'How many plots are there of that kind?',
      constraints: '{\nCount the rows whose "picked 2032" is greater than "picked 2031".\n}',
      format: '{\n@plots[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ plots: '3' });
  });

  it('reads the rise when the columns are named without quotation marks', () => {
    const answer = ask(ROWS, {
      question: 'On how many plots did the harvest grow from one season to the next?',
      constraints: '{\nCount the rows whose picked 2032 is greater than picked 2031.\n}',
      format: FORMAT,
    });
    expect(answer.slots).toEqual({ plots_with_rise: '3' });
  });

  it('reads the fall for the rows under the other column', () => {
    const answer = ask(ROWS, {
      question: 'On how many plots did the harvest shrink?',
      constraints: '{\nCount the rows whose "picked 2032" is less than "picked 2031".\n}',
      format: '{\n@plots_with_drop[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ plots_with_drop: '1' });
  });

  it('still refuses a rise read off a number bar', () => {
    expect(
      refusalCode(ROWS, {
        question: 'On how many plots were more than 35 apples picked in 2032?',
        constraints: '{\nCount the rows whose "picked 2032" is greater than 35.\n}',
        format: FORMAT,
      }),
    ).not.toBe('answered');
  });
});
