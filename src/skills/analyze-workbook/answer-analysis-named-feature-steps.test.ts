import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented allotment plots: the rent of the plot and the fee for its shed.
const PLOTS = `Plot,PlotCost,ShedCost
A1,120,30
A2,90,0
A3,150,45
B1,80,20
B2,200,60
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(PLOTS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a feature the constraints define "for every row"', () => {
  it('reads the formula without the rows it is made for', () => {
    expect(
      outcome({
        question: 'What is the median TotalCost?',
        constraints: 'TotalCost = "PlotCost" + "ShedCost" for every row.',
        format: '@median_total_cost[median]',
      }),
    ).toEqual({ median_total_cost: '150.00' });
  });
});

describe('a feature the question names by one word and makes in words the engine does not read', () => {
  it('is refused, not answered over one of the columns it is made of', () => {
    expect(
      outcome({
        question:
          'Create a TotalCost feature as the sum of the rent and the fee of the shed. What is its median?',
        format: '@median_total_cost[median]',
      }),
    ).toBe('unsupported');
  });
});

describe('a slot whose statistic only one clause says', () => {
  it('belongs to that clause, though the counting clause names its column', () => {
    expect(
      outcome({
        question: 'What is its median, and how many plots have a TotalCost above 150?',
        constraints:
          'TotalCost = "PlotCost" + "ShedCost". Count the rows whose TotalCost is greater than 150.',
        format: '@median_total_cost[median]\n@plots_above_150[count]',
      }),
    ).toEqual({ median_total_cost: '150.00', plots_above_150: '2' });
  });
});
