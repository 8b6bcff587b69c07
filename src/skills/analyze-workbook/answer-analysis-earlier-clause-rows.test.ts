import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented half-hour shifts of a bakery's ovens: how many trays went in and how long the oven rested
// after. The expected figures are worked out by hand.
const SHIFTS = `Shift,trays loaded,rest
06:00,2,14
06:30,0,48
07:00,1,27
07:30,3,39
08:00,1,33
08:30,0,52
09:00,4,11
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(SHIFTS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};
const CONSTRAINTS =
  '{\nKeep the rows whose "trays loaded" is greater than 0, take the median of the rest and count the rows whose rest is greater than 30.\n}';
const FORMAT = (count: string) =>
  `{\n@median_rest[median]\n@${count}[count]\nwhere "median" is rounded to one decimal place and "count" is an integer.\n}`;

// Shifts with a tray: rests 14, 27, 39, 33, 11, median 27.0; of them, rests above 30: 39 and 33.
describe('a later clause that points back keeps its own condition out of the earlier clause', () => {
  for (const opening of ['Over', 'For']) {
    it(`"${opening} the shifts with at least one tray loaded, what is the median rest, and in how many of them …"`, () => {
      const question = `${opening} the shifts with at least one tray loaded, what is the median rest, and in how many of them was the rest longer than 30?`;
      expect(answer({ question, constraints: CONSTRAINTS, format: FORMAT('long_rests') })).toEqual({
        median_rest: '27.0',
        long_rests: '2',
      });
      // A count named by its bound ("over 30") counts past it among the earlier clause's rows.
      expect(answer({ question, constraints: CONSTRAINTS, format: FORMAT('rests_over_30') })).toEqual({
        median_rest: '27.0',
        rests_over_30: '2',
      });
    });
  }
});

describe('the constraints count past a bound after the statistic they take', () => {
  for (const question of [
    'Over the shifts where trays were loaded, what is the median rest, and in how many of them was the rest above 30?',
    'Considering only shifts with trays loaded, find the median rest; how many of these shifts had a rest exceeding 30?',
  ])
    it(`"${question}": the median before the count's own bound`, () => {
      expect(answer({ question, constraints: CONSTRAINTS, format: FORMAT('long_rests') })).toEqual({
        median_rest: '27.0',
        long_rests: '2',
      });
    });

  it('keeps a bound stated before the statistic on the statistic too', () => {
    // Rests above 30 among the shifts with a tray: 39 and 33, median 36.0.
    expect(
      answer({
        question:
          'Over the shifts with a tray loaded and a rest above 30, what is the median rest, and how many such shifts are there?',
        constraints:
          '{\nKeep the rows whose "trays loaded" is greater than 0 and whose rest is greater than 30, take the median of the rest and count the rows.\n}',
        format: FORMAT('long_rests'),
      }),
    ).toEqual({ median_rest: '36.0', long_rests: '2' });
  });
});

describe('a count slot named by the kept rows and a bound with its unit letter', () => {
  const question = (unit: string) =>
    `Over the intervals with at least one tray loaded, what is the median rest, and in how many of them was the rest longer than 30${unit}?`;
  it('"@intervals_over_30s" beside "Over the intervals with …, … longer than 30 seconds": the intervals kept, past 30', () => {
    expect(
      answer({
        question: question(' seconds'),
        constraints: CONSTRAINTS,
        format: FORMAT('intervals_over_30s'),
      }),
    ).toEqual({ median_rest: '27.0', intervals_over_30s: '2' });
  });

  it('leaves a letter after a number the text never writes with a unit unread', () => {
    expect(
      answer({ question: question(''), constraints: CONSTRAINTS, format: FORMAT('intervals_over_30s') }),
    ).toBe('unsupported');
  });
});
