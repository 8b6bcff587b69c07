import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented ferries of a lake company: their route, fare and dock number. The expected figures are
// worked out by hand.
const FERRIES = `Ferry,Route,Fare,dock_id
Wren,North,12.5,41
Alder,South,8.0,57
Puffin,North,21.0,63
Sedge,North,9.5,38
Marten,South,15.0,72
Heron,North,17.0,55
Tansy,South,6.5,44
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(FERRIES, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};
const FORMAT = (mean: string, count: string) =>
  `{\n@${mean}[mean]\n@${count}[count]\nwhere "mean" is rounded to two decimal places and "count" is an integer.\n}`;

describe('a count clause that points back to the rows of the clause before it', () => {
  it('"the mean Fare of the North ferries, and how many of them have a Fare below 15": the mean over all North rows', () => {
    // North fares 12.5, 21, 9.5, 17: mean 15.00; below 15: 12.5 and 9.5.
    const request = {
      question:
        'What is the mean Fare of the ferries on the North route, and how many of them have a Fare below 15?',
      constraints:
        '{\nKeep the rows whose "Route" is "North". Take the mean of "Fare" and count the rows whose "Fare" is less than 15.\nRound the mean to two decimal places.\n}',
    };
    expect(answer({ ...request, format: FORMAT('mean_fare', 'fares_below_15') })).toEqual({
      mean_fare: '15.00',
      fares_below_15: '2',
    });
    // A count whose name shares a word only with the first clause still counts in the second.
    expect(answer({ ...request, format: FORMAT('mean_fare', 'cheap_ferries') })).toEqual({
      mean_fare: '15.00',
      cheap_ferries: '2',
    });
  });

  it('an identifier column the constraints take the mean of by its quoted name is the measure', () => {
    // South docks 57, 72, 44: mean 57.67; below 50: one.
    expect(
      answer({
        question:
          'What is the mean dock_id of the ferries on the South route, and how many of them have a dock_id below 50?',
        constraints:
          '{\nKeep the rows whose "Route" is "South". Take the mean of "dock_id" and count the rows whose "dock_id" is less than 50.\nRound the mean to two decimal places.\n}',
        format: FORMAT('mean_id', 'ids_below_50'),
      }),
    ).toEqual({ mean_id: '57.67', ids_below_50: '1' });
  });
});
