import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { parseSlots } from './answer-format.ts';
import { askedKindMissed } from './asked-kind.ts';
import { headerRowTable } from './detect-tables.ts';

const answerOver = (csv: string) => (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).message;
  }
};

// Invented hill huts, each with a height and a path length written in one cell.
const HUTS = `Hut,Height and path
Fern lodge,"1,420 m (4,659 ft) - 12 m (39 ft)"
Moss cabin,"980 m (3,215 ft) - 30 m (98 ft)"
Lark hut,"1,610 m (5,282 ft) - 8 m (26 ft)"
Birch den,"1,150 m (3,773 ft) - 22 m (72 ft)"
Stone rest,"1,305 m (4,281 ft) - 15 m (49 ft)"
`;

describe('a number inside an example', () => {
  it('is no bound on the rows', () => {
    expect(
      answerOver(HUTS)({
        question: 'Read the height in metres from Height and path. How many huts stand higher than 1,200 m?',
        constraints:
          'The height is the first figure of "Height and path", in metres (for example "1,000 m (3,281 ft) - 5 m (16 ft)" has a height of 1000). Count the huts whose height is greater than 1200.',
        format: '@high_huts[count] where "count" is a non-negative integer.',
      }),
    ).toEqual({ high_huts: '3' });
  });
});

// Invented rows of a reading club: members and the books each read.
const CLUB = `Member,Books
Ada,4
Ben,9
Cyd,2
Dot,7
Eli,5
Fay,11
`;

describe('a slot named for a median', () => {
  it('is answered by a median', () => {
    expect(
      answerOver(CLUB)({
        question: 'What is the median number of books read?',
        constraints: 'Calculate the median of "Books".',
        format: '@median_books[median] where "median" is a number.',
      }),
    ).toEqual({ median_books: '6.00' });
  });
});

describe('the kind a median slot asks for', () => {
  const slot = parseSlots('@median_books[median] where "median" is a number.')[0]!;

  it('turns away a group ranking worked out for it', () => {
    expect(
      askedKindMissed(
        slot,
        '',
        'Member groups ranked by count of books: highest 1 in Ada, Ben (2 groups)',
        '1',
      ),
    ).toMatch(/asks for a median/);
  });

  it('keeps a median', () => {
    expect(askedKindMissed(slot, '', 'median of Books over 6 values', '6')).toBeUndefined();
  });
});
