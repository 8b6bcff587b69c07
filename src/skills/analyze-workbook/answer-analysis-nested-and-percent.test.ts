import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { readFile } from '../../formats/read-file.ts';
import { workbookTables } from './analyze-workbook.ts';
import { answerAnalysis } from './answer-analysis.ts';

// An invented band's prize nominations.
const NOMINATIONS = `Prize,Nominee,Result
Alpha Prize,Ann Reed,Won
Beta Prize,Ann Reed,Won
Gamma Prize,Ann Reed,Nominated
Alpha Prize,Bo Lind,Won
Delta Prize,Ann Reed,Won
Beta Prize,Bo Lind,Nominated
`;

describe('a count nested in an earlier one ("how many of those")', () => {
  const request = {
    question: 'How many nominations did Ann Reed get, and how many of those were won?',
    constraints: "A nomination is Ann Reed's when Nominee is 'Ann Reed'; it was won when Result is 'Won'.",
    format: '@reed[count], @reed_won[count] where each "count" is an integer.',
  };

  it("counts the first clause over the rows before the second clause's own condition", () => {
    expect(ask(NOMINATIONS, request).slots).toEqual({ reed: '4', reed_won: '3' });
  });

  it('refuses when the slot names do not say which count is which', () => {
    expect(
      refusal(NOMINATIONS, {
        ...request,
        format: '@first[count], @second[count] where each "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('percent-formatted workbook cells read as shown when the text asks for percent', async () => {
  // A tax-rate sheet: rates stored as fractions, shown as percentages by their number format.
  const read = await readFile(join(CORPUS, 'office', 'xlsx', 'poi_AverageTaxRates.xlsx'), {});
  if (!read.success || read.data.type !== 'workbook') throw new Error('not a workbook');
  const table = workbookTables(read.data).find((item) => item.name === 'Avgtxfull')!;
  const ask1997 = (constraints: string) =>
    answerAnalysis(table, {
      question: 'What is the highest SINGLE 1997 rate?',
      constraints,
      format: '@top_rate[rate] where "rate" is rounded to two decimal places.',
    }).slots;

  it('gives the figure in percent when the constraints say "in percent"', () => {
    // The €120,000 row shows 47.1% (stored 0.4712).
    expect(ask1997('Give the rate in percent.')).toEqual({ top_rate: '47.12' });
  });

  it('keeps the stored fraction when the text asks for a fraction or says nothing', () => {
    expect(ask1997('Give the rate as a fraction, not in percent.')).toEqual({ top_rate: '0.47' });
    expect(ask1997('Use all income levels.')).toEqual({ top_rate: '0.47' });
  });
});
