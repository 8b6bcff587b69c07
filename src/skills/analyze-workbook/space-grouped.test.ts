import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { readCommaPercent, readSpaceGrouped, spaceGroupedColumn } from './space-grouped.ts';

// Invented tables; every expected figure below is worked out by hand.
const FERRIES = `Season,Passengers,Crossings
2001,"12 450","1 204"
2002,"9 980",987
2003,"1 020 300","2 310"
2004,"15 002",—
`;
const tableOf = (csv: string) => headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!;

describe('numbers grouped by spaces', () => {
  it('reads a space, a no-break space and a narrow no-break space between groups of three', () => {
    expect(readSpaceGrouped('930 251')).toBe(930251);
    expect(readSpaceGrouped('1\u00A0028\u00A0295')).toBe(1028295);
    expect(readSpaceGrouped('8\u202F619.5')).toBe(8619.5);
    expect(readSpaceGrouped('12 34')).toBeUndefined();
    expect(readSpaceGrouped('0 123')).toBeUndefined();
  });
  it('takes a column as grouped only when its cells write that form throughout', () => {
    expect(spaceGroupedColumn(['12 450', '987', '1 020 300', '—'])).toBe(true);
    // Two numbers side by side in some cells, another form in others: not one number each.
    expect(spaceGroupedColumn(['12 450', '3 1', '7 002'])).toBe(false);
    // A long number written without spaces means the spaces are not thousands separators.
    expect(spaceGroupedColumn(['12 450', '20450', '7 002'])).toBe(false);
    // One such cell alone is too little to tell.
    expect(spaceGroupedColumn(['12 450', '45', '7'])).toBe(false);
  });
  it('answers a mean and a sum over such a column, not over another numeric column', () => {
    const table = tableOf(FERRIES);
    expect(table.columns.find((column) => column.name === 'Passengers')?.type).toBe('number');
    const mean = answerAnalysis(table, {
      question: 'What is the mean number of Passengers per season?',
      format: '@mean_passengers[value] rounded to one decimal place',
    });
    // (12450 + 9980 + 1020300 + 15002) / 4 = 264433
    expect(mean.slots.mean_passengers).toBe('264433.0');
    const sum = answerAnalysis(table, {
      question: 'What is the total of the Crossings over all seasons?',
      format: '@crossings_total[value] as an integer',
    });
    // 1204 + 987 + 2310 = 4501 (the dash is no value)
    expect(sum.slots.crossings_total).toBe('4501');
  });
});

// Invented: a harbour's yearly change written with decimal commas and a minus sign (U+2212).
const HARBOUR = `Year,Tonnes,Change
2001,"1 204,5","+2%"
2002,"987,25","+10,5%"
2003,"2 310","−14,2%"
2004,"1 020 300,5","+0,8%"
`;

describe('decimal commas', () => {
  it('reads a decimal comma in a space-grouped column and in a percentage, never a thousands comma', () => {
    expect(readSpaceGrouped('1 234,5')).toBe(1234.5);
    expect(readSpaceGrouped('−1 234,75')).toBe(-1234.75);
    // Three digits after a comma are thousands, not decimals.
    expect(readSpaceGrouped('1 234,567')).toBeUndefined();
    expect(spaceGroupedColumn(['1 204,5', '987,25', '2 310'])).toBe(true);
    expect(readCommaPercent('+10,5%')).toBe(10.5);
    expect(readCommaPercent('−14,2 %')).toBe(-14.2);
    expect(readCommaPercent('10,5')).toBeUndefined();
    expect(readCommaPercent('1,234%')).toBeUndefined();
  });
  it('answers a mean over such columns', () => {
    const table = tableOf(HARBOUR);
    const answer = answerAnalysis(table, {
      question: 'What is the mean Change and the total Tonnes?',
      format: '@mean_change[value] @total_tonnes[value], rounded to two decimal places',
    });
    // (2 + 10.5 − 14.2 + 0.8) / 4 = −0.225, written at two places on either side of the tie;
    // 1204.5 + 987.25 + 2310 + 1020300.5 = 1024802.25
    expect(answer.slots.total_tonnes).toBe('1024802.25');
    expect(Math.abs(Number(answer.slots.mean_change) + 0.225)).toBeLessThan(0.006);
  });
});
