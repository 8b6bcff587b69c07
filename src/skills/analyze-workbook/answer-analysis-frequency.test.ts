import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented tables; every expected figure below is worked out by hand.
const tableOf = (csv: string) => headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!;
const answer = (csv: string, request: AnalysisRequest) => {
  try {
    return answerAnalysis(tableOf(csv), request).slots;
  } catch (thrown) {
    return `${toAppError(thrown).code}: ${toAppError(thrown).message}`;
  }
};

// Harbour: four rows, Quay: two, Lighthouse: one. Weather: Dry three, Rain three, Fog one.
const WALKS = `Walk,Start,Weather,Km
Cliff loop,Harbour,Dry,5
Dune path,Quay,Rain,7
Old mill,Harbour,Rain,4
Reed bed,Lighthouse,Dry,9
Salt flats,Harbour,Fog,6
Tide pools,Quay,Rain,3
Gull point,Harbour,Dry,8
`;

// Each of the three Boards starts two rows: every value ties at the least frequent end.
const TIED = `Item,Board
a,North
b,South
c,East
d,North
e,South
f,East
`;

describe('the least frequent value', () => {
  it('names the least common value, not the mode', () => {
    expect(answer(WALKS, { question: 'What is the least common Start?', format: '@start[start]' })).toEqual({
      start: 'Lighthouse',
    });
    expect(answer(WALKS, { question: 'What is the most common Start?', format: '@start[start]' })).toEqual({
      start: 'Harbour',
    });
  });

  it('counts the rows of the least frequent value, ties or not', () => {
    expect(
      answer(WALKS, {
        question: 'How many walks begin at the least frequent Start?',
        format: '@least_count[count]',
      }),
    ).toEqual({ least_count: '1' });
    expect(
      answer(TIED, {
        question: 'How many times does the least common Board appear?',
        format: '@n[count]',
      }),
    ).toEqual({ n: '2' });
    expect(
      answer(WALKS, {
        question: 'How many times does the most frequent Start appear?',
        format: '@n[count]',
      }),
    ).toEqual({ n: '4' });
  });

  it('refuses one least frequent value when several share the smallest count', () => {
    expect(answer(TIED, { question: 'Which Board is the least frequent?', format: '@board[board]' })).toMatch(
      /^unsupported: 3 values of Board share the smallest count/,
    );
  });
});

// Invented calls to a help line by shift number: shift 2 takes four, shift 1 two, shift 3 one.
const CALLS = `Caller,Shift
Orla,1
Benn,2
Tavi,2
Yusra,1
Marek,2
Iona,3
Pell,2
`;

describe('a slot named by the ranked column alone, written as a number', () => {
  it('"@shift[number]" beside "@calls[count]": the shift with the most calls, then its count', () => {
    expect(
      answer(CALLS, {
        question: 'Which shift has the most calls, and how many calls does it have?',
        constraints:
          '{\nCount the rows of each value of "Shift". Report the shift with the largest count and that count.\n}',
        format: '{\n@shift[number]\n@calls[count]\nwhere "number" and "count" are integers.\n}',
      }),
    ).toEqual({ shift: '2', calls: '4' });
  });
});

// Invented lighthouses, one row each, by the coast they stand on: West four, North two, East one.
const LIGHTS = `Lighthouse Name,Coast
Garnet Head,West
Pike Rock,North
Selby Point,West
Tarn Ness,West
Ulla Skerry,East
Vorn Light,North
Wendle Bay,West
`;

describe('a count slot named by a column that names each row once', () => {
  it('"@lighthouses" beside the coast with the most lighthouses: that coast\'s rows', () => {
    expect(
      answer(LIGHTS, {
        question:
          'Which coast has the most lighthouses, how many lighthouses does it have, and how many distinct coasts are there?',
        constraints:
          '{\nCount the rows of each "Coast". Report the coast with the largest count, that count, and the number of distinct values of "Coast".\n}',
        format: '{\n@largest_coast[name]\n@lighthouses[count]\n@coast_count[number]\n}',
      }),
    ).toEqual({ largest_coast: 'West', lighthouses: '4', coast_count: '3' });
  });
});
