import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented rowers of a club, their squad coded by one letter.
const ROWERS = `Rower,Squad,Weight
Ansa Brill,D,71
Bo Carle,R,80
Cyra Dunn,D,69
Dov Ekker,D,74
Ema Faul,R,84
Fenn Gale,D,70
`;

describe('a group coded by one letter in the slot name', () => {
  it('reads "_r" as the squad coded R, not as a correlation', () => {
    const table = headerRowTable(csvToWorkbook(ROWERS, 'invented').sheets[0]!)!;
    let got: unknown;
    try {
      got = answerAnalysis(table, {
        question: 'What is the mean Weight of the rowers of each Squad?',
        constraints:
          '{\nGroup the rows by "Squad" ("D" or "R") and calculate the mean of "Weight" in each group.\nRound the means to two decimal places.\n}',
        format:
          '{\n@mean_weight_d[mean]\n@mean_weight_r[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }).slots;
    } catch (thrown) {
      got = toAppError(thrown).code;
    }
    // D: 71, 69, 74, 70 (mean 71.00); R: 80, 84 (mean 82.00).
    expect(got).toEqual({ mean_weight_d: '71.00', mean_weight_r: '82.00' });
  });
});
