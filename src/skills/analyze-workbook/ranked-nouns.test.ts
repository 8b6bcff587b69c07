import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { rankedNouns } from './ranked-nouns.ts';

// An invented table of stations and their riders in two months.
const RIDERS = `Station,Jan,Feb\nAlder,500,520\nBirch,900,880\nCedar,300,310\nDogwood,700,720\nElm,650,600\n`;
const table = headerRowTable(csvToWorkbook(RIDERS, 'invented').sheets[0]!)!;

describe('the plural a text ranks rows as', () => {
  it('is read only after a plan that ranked a row', () => {
    expect(rankedNouns('Rank the stations by Jan, the largest first.', 'rank of the row where')).toEqual([
      'station',
    ]);
    expect(rankedNouns('Rank the stations by Jan.', 'mean of Jan over 5 values')).toEqual([]);
  });
  it('"@station_rank" after "Rank the stations by Feb"', () => {
    const answer = answerAnalysis(table, {
      question: "What rank does 'Elm' have by Feb?",
      constraints: 'Rank the stations by Feb, the largest first (rank 1).',
      format: '@station_rank[rank] where "rank" is an integer.',
    });
    expect(answer.slots).toEqual({ station_rank: '3' });
  });
});
