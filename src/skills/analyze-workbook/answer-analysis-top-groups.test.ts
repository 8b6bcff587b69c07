import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented vans of a parcel firm, each based at a depot, with the loads it carried in a week.
// Depot counts: Arden 5, Cobham 4, Brill 3, Eyre 2, Dunstan 1.
const VANS = `Van,Depot,Loads
V01,Arden,12
V02,Brill,7
V03,Cobham,9
V04,Arden,15
V05,Dunstan,30
V06,Cobham,11
V07,Arden,8
V08,Eyre,21
V09,Brill,6
V10,Cobham,10
V11,Arden,14
V12,Eyre,19
V13,Brill,5
V14,Cobham,13
V15,Arden,16
`;
const answer = (request: AnalysisRequest, csv = VANS) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('the groups that hold the most rows', () => {
  it('"the top three depots by number of vans" lists the depots, the most first', () => {
    expect(
      answer({
        question: 'What are the top three depots by number of vans?',
        constraints:
          '{\nCount the rows of each "Depot" and report the three depots with the most rows, the most first.\n}',
        format:
          '{\n@top_depots[depot_list]\nwhere "depot_list" is the three "Depot" values separated by commas, the most first.\n}',
      }),
    ).toEqual({ top_depots: 'Arden, Cobham, Brill' });
  });

  it('"keep the two depots with the most vans" keeps their rows for the mean', () => {
    // Arden 12, 15, 8, 14, 16 and Cobham 9, 11, 10, 13: 108 / 9 = 12.000.
    expect(
      answer({
        question:
          'Take the two depots that run the most vans. What is the mean number of loads of their vans?',
        constraints:
          '{\nCount the vans of each "Depot", keep the two depots with the most vans, and take the mean of "Loads" over all their vans.\nRound to three decimal places.\n}',
        format: '{\n@mean_loads_top_depots[mean]\nwhere "mean" is rounded to three decimal places.\n}',
      }),
    ).toEqual({ mean_loads_top_depots: '12.000' });
  });

  it('a tie across the cut is refused', () => {
    // One more Brill van: Cobham and Brill both hold 4.
    expect(
      answer(
        {
          question: 'What are the top two depots by number of vans?',
          constraints:
            '{\nCount the rows of each "Depot" and report the two depots with the most rows, the most first.\n}',
          format:
            '{\n@top_depots[depot_list]\nwhere "depot_list" is the two "Depot" values separated by commas, the most first.\n}',
        },
        `${VANS}V16,Brill,4\n`,
      ),
    ).toBe('unsupported');
  });
});
