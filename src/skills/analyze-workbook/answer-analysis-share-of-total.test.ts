import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented fixture: a regatta's prizes by club, with a totals line at the bottom.
const PRIZES = `Rank,Club,Firsts,Seconds,Total
1,Larkspur Rowing,3,1,4
2,Ferndale Oars,1,2,3
3,Kestrel Bay,1,1,2
4,Milton Scullers,0,1,1
,Total,5,5,10
`;
const table = (csv: string) => headerRowTable(csvToWorkbook(csv, 'data').sheets[0]!)!;

describe("each row's share of a column's total", () => {
  it('divides by the sum over the rows in play and multiplies by 100', () => {
    // Totals 4, 3, 2, 1 over the clubs (the totals line left out): the top share is 4 / 10 = 40%.
    const answer = answerAnalysis(table(PRIZES), {
      question:
        'Which club took the largest share of all the prizes, and what percentage of the prizes was it?',
      constraints:
        '{\nThe "Total" line at the bottom is no club. Divide each club\'s "Total" by the sum of "Total" over the clubs and multiply by 100.\nRound to two decimal places.\n}',
      format:
        '{\n@club[name]\n@prize_share[percentage]\nwhere "name" is written as in "Club" and "percentage" is rounded to two decimal places.\n}',
    });
    expect(answer.slots.club).toBe('Larkspur Rowing');
    expect(answer.slots.prize_share).toBe('40.00');
    expect(answer.planText).toContain(
      'share of all Total in percent = Total / the sum of Total over 4 rows × 100',
    );
  });
});
