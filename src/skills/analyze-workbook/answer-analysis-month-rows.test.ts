import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented bakery's takings, one month a row, with the change from the month before.
const MONTHS = `Season 2031,Takings,Change
January,100,
February,120,20
March,90,-30
April,135,45
May,108,-27
`;
const outcome = (request: AnalysisRequest, csv = MONTHS) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a table whose rows are months', () => {
  it('reads "the monthly Takings" as the rows themselves', () => {
    expect(
      outcome({ question: 'What is the mean of the monthly Takings?', format: '@mean_takings[mean]' }),
    ).toEqual({ mean_takings: '110.60' });
  });
  it('answers "which month" with the column that names the months', () => {
    expect(
      outcome({ question: 'Which month has the highest Takings?', format: '@best_month[month]' }),
    ).toEqual({ best_month: 'April' });
  });
  it('still refuses "monthly" when the rows are not one month each', () => {
    const twice = `Period,Takings\nJanuary,100\nJanuary,120\nMarch,90\n`;
    expect(
      outcome({ question: 'What is the mean of the monthly Takings?', format: '@mean_takings[mean]' }, twice),
    ).toBe('unsupported');
  });
});

describe('a sign as a condition', () => {
  it('counts the rows where the named column is negative, the other clause over every row', () => {
    expect(
      outcome({
        question: 'What is the mean Change, and in how many months is the Change negative?',
        format: '@mean_change[mean], @negative_months[count]',
      }),
    ).toEqual({ mean_change: '2.00', negative_months: '2' });
  });
  it('reads "a positive Change" as above zero', () => {
    expect(
      outcome({ question: 'How many months had a positive Change?', format: '@up_months[count]' }),
    ).toEqual({ up_months: '2' });
  });
});

describe('the month-over-month percentage change', () => {
  const takings = MONTHS.replace(/,[^,\n]*$/gm, '');
  it('is taken from each row to the next in table order, the first row having none', () => {
    expect(
      outcome(
        {
          question: 'What is the mean month-over-month percentage change of the Takings?',
          constraints:
            'The change of a month is (Takings - Takings of the month before) / Takings of the month before * 100 (pandas pct_change).',
          format: '@mean_pct_change[percent]',
        },
        takings,
      ),
    ).toEqual({ mean_pct_change: '6.25' });
  });
  it('refuses when no answer reads the change column it made (a Change column took the slot)', () => {
    expect(
      outcome({
        question: 'What is the mean month-over-month percentage change of the Takings?',
        format: '@mean_pct_change[percent]',
      }),
    ).toBe('unsupported');
  });
});

describe('the first row past a stated bound', () => {
  it('gives the month and the running total where it first exceeds the number', () => {
    // Running totals 100, 220, 310, 445, 553: first above 300 in March.
    expect(
      outcome({
        question:
          'In which month does the running total of Takings first exceed 300, and what is the running total then?',
        constraints: 'Add up the Takings month by month in the order of the table.',
        format: '@month[month], @running_total[total] where "total" is an integer.',
      }),
    ).toEqual({ month: 'March', running_total: '310' });
  });
  it('finds no row when no value passes the bound, and answers nothing', () => {
    expect(
      outcome({
        question: 'In which month does the running total of Takings first exceed 9000?',
        constraints: 'Add up the Takings month by month in the order of the table.',
        format: '@month[month]',
      }),
    ).toBe('unsupported');
  });
});
