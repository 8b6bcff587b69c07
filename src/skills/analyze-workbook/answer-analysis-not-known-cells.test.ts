import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

const answerOver = (csv: string) => (request: AnalysisRequest) => {
  try {
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request);
    return { slots: answer.slots, plan: answer.planText };
  } catch (thrown) {
    return { error: toAppError(thrown).code };
  }
};

// Invented yearly fairs of a village, the last crowd not known yet.
const FAIRS = `Edition,Hall,Crowd
Fair 1,North barn,410
Fair 2,Mill hall,388
Fair 3,Mill hall,502
Fair 4,Mill hall,475
Fair 5,North barn,530
Fair 6,Mill hall,tba
`;

describe('a figure not known yet among numbers', () => {
  const ask = answerOver(FAIRS);

  it('leaves the column a column of numbers, and the plan says the cell was left out', () => {
    const result = ask({
      question: 'What is the largest Crowd of the fairs held in Mill hall?',
      constraints: "Keep the rows whose Hall is 'Mill hall'.",
      format: '@top_crowd[count] where "count" is an integer.',
    });
    expect(result.slots).toEqual({ top_crowd: '502' });
    expect(result.plan).toMatch(/Crowd: 1 cell with no figure left out \("tba"\)/);
  });

  it('stays a value a condition can ask for', () => {
    expect(
      ask({
        question: 'How many fairs have a Crowd of "tba"?',
        constraints: 'Count the rows whose Crowd is "tba".',
        format: '@unknown_crowds[count] where "count" is an integer.',
      }).slots,
    ).toEqual({ unknown_crowds: '1' });
  });
});

// Invented river gauges, levels written with a unit and a footnote mark.
const GAUGES = `Gauge,Level
Weir A,12.5 m
Weir B,9.0 m
Weir C,14.25 m
Weir D,11.0 m
`;

describe('figures written with a unit in text cells', () => {
  it('are read as numbers, and the plan says how', () => {
    const result = answerOver(GAUGES)({
      question: 'What is the mean Level?',
      constraints: 'Round to two decimal places.',
      format: '@mean_level[mean] where "mean" is rounded to two decimal places.',
    });
    expect(result.slots).toEqual({ mean_level: '11.69' });
    expect(result.plan).toMatch(/Level: 4 text cells read as numbers \("12\.5 m" as 12\.5\)/);
  });
});
