import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

const answerOver = (csv: string) => (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

// Invented scores of a rowing eight's ergometer test, one far below the rest.
const LAPS = `Crew,Lap
Amsel,61.0
Birke,60.0
Crane,62.0
Dorn,61.0
Esche,60.0
Fink,50.0
`;

// Invented recitals of a music school, two seasons.
const RECITALS = `Recital,Held
Spring strings,"March 3, 2030"
Winds at dusk,"November 10, 2030"
Choir night,"November 24, 2030"
Brass hour,"January 12, 2031"
Piano cycle,"November 2, 2031"
Cello duo,"March 30, 2031"
`;

describe('the largest absolute z-score', () => {
  it('takes the z-scores by their size, whatever their sign', () => {
    // Mean 59, population sd 4.082: z of 50 is -2.20, of 62 is 0.73; the largest |z| is 2.20.
    expect(
      answerOver(LAPS)({
        question: 'Using the Z-score method, what is the largest absolute Z-score of Lap?',
        constraints:
          '{\nCalculate the Z-score of each Lap with the mean and the population standard deviation (ddof=0) and report the largest absolute Z-score.\nRound it to two decimal places.\n}',
        format: '{\n@max_abs_z[z_score]\nwhere "z_score" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ max_abs_z: '2.20' });
  });

  it('keeps the signed minimum for a slot that asks for the smallest', () => {
    expect(
      answerOver(LAPS)({
        question: 'What is the minimum Z-score of Lap?',
        constraints: '{\nUse the population standard deviation (ddof=0). Round it to two decimal places.\n}',
        format: '{\n@min_z[z_score]\nwhere "z_score" is rounded to two decimal places.\n}',
      }),
    ).toEqual({ min_z: '-2.20' });
  });
});

describe('a month asked for by its name', () => {
  it('groups the months of the year over several years and writes the month by its name', () => {
    // November: 3 recitals over two years; March: 2; January: 1.
    expect(
      answerOver(RECITALS)({
        question: 'Extract the month from Held. In which month were the most recitals held, and how many?',
        constraints:
          '{\nParse "Held" as a date and take its month. Count the rows of each month and report the month with the most rows (its full English name) and that count.\n}',
        format:
          '{\n@month[name]\n@recitals[count]\nwhere "name" is a full month name such as "May" and "count" is an integer.\n}',
      }),
    ).toEqual({ month: 'November', recitals: '3' });
  });
});
