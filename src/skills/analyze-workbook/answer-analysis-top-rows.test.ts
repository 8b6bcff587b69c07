import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented kiosks: one row each, two rows per district.
const KIOSKS = `Kiosk,District,Takings
Amber,Harbour,410
Basil,Harbour,385
Cobalt,Market,520
Dune,Market,298
Ember,Station,445
Flint,Station,505
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(KIOSKS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('the N rows with the highest values, and ranks', () => {
  it('reads "which three kiosks have the highest Takings" as the top three rows, largest first', () => {
    expect(
      outcome({ question: 'Which three kiosks have the highest Takings?', format: '@top_kiosks[list]' }),
    ).toEqual({ top_kiosks: 'Cobalt, Flint, Ember' });
  });
  it('refuses the N rows by a label several rows share (the groups are another question)', () => {
    expect(
      outcome({ question: 'Which two districts have the highest Takings?', format: '@top_districts[list]' }),
    ).toBe('unsupported');
  });
  it('refuses a label for a slot that names a statistic and no label column', () => {
    expect(
      outcome({
        question: 'What is the average Takings of the District with the highest Takings?',
        format: '@avg_takings[mean] rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('refuses a rank slot that the plan answers with a value of the measure', () => {
    // No row holds the name, so no rule ranks it.
    expect(
      outcome({
        question: 'What is the rank of the kiosk Zephyr by Takings, the largest first?',
        format: '@zephyr_rank[rank] an integer.',
      }),
    ).toBe('unsupported');
  });
  it('ranks a row named by its whole cell without quotes', () => {
    expect(
      outcome({
        question: 'What is the rank of the kiosk Ember by Takings, the largest first?',
        format: '@ember_rank[rank] an integer.',
      }),
    ).toEqual({ ember_rank: '3' });
  });
  it('ranks a quoted row by the measure named after "by" (520, 505, 445: Ember is third)', () => {
    expect(
      outcome({
        question: "What is the rank of the kiosk 'Ember' by Takings, the largest first?",
        format: '@ember_rank[rank] an integer.',
      }),
    ).toEqual({ ember_rank: '3' });
  });
});
