import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented test plots of a seed trial: the gain of each plot, and the lowest and highest gain of its
// rows. Gains 3.2 … 9.8 scaled to 0–1 have the mean 0.5015; four lie above 0.5.
const PLOTS = `plot,gain,min_gain,max_gain
Q-North,3.2,-1.5,0.4
Q-South,7.9,-0.8,1.1
R-East,5.5,-2.0,0.9
R-West,1.4,-0.3,0.2
S-Ridge,9.8,-1.1,1.6
S-Hollow,6.1,-0.6,0.7
T-Bank,2.7,-1.9,0.3
T-Ford,8.3,-0.4,1.3
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(PLOTS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a count past a bound on a min-max scaled column', () => {
  it('"min-max scaling" scales the named column only, and "@plots_above_half[count]" counts rows', () => {
    expect(
      answer({
        question:
          'Normalize gain to the range 0 to 1 with min-max scaling. What is the mean of the normalized values, and how many plots have a normalized value above 0.5?',
        constraints:
          '{\nThe normalized value is ("gain" - its minimum) / (its maximum - its minimum). Take the mean of the normalized values and count the plots whose normalized value is greater than 0.5.\nRound the mean to four decimal places.\n}',
        format:
          '{\n@mean_normalized[mean]\n@plots_above_half[count]\nwhere "mean" is rounded to four decimal places and "count" is an integer.\n}',
      }),
    ).toEqual({ mean_normalized: '0.5015', plots_above_half: '4' });
  });
});
