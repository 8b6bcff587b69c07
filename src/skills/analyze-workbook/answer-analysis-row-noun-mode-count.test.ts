import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented greenhouses of a nursery, each named once, with their zone and floor area.
const HOUSES = `Greenhouse Name,Zone,Area
Larkspur House,East,140
Bellwort House,West,95
Campion House,East,210
Dittany House,North,180
Eyebright House,West,260
Figwort House,West,75
Gromwell House,East,230
Hawkbit House,West,190
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(HOUSES, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('the count of the most frequent group named by the rows noun', () => {
  it('"@greenhouses" beside a name column with one value a row counts the rows of the mode', () => {
    // Area 100 or more: Larkspur East, Campion East, Dittany North, Eyebright West, Gromwell East, Hawkbit West → East 3.
    expect(
      answer({
        question:
          'Considering only the greenhouses with an Area of 100 or more, which Zone is the most common, and how many of those greenhouses does it hold?',
        constraints:
          '{\nKeep the rows whose "Area" is greater than or equal to 100. Count the rows of each "Zone" and report the zone with the most rows and its count.\n}',
        format:
          '{\n@zone[name]\n@greenhouses[count]\nwhere "name" is written as in "Zone" and "count" is an integer.\n}',
      }),
    ).toEqual({ zone: 'East', greenhouses: '3' });
  });

  it('"which Zone is the most common" counts the rows of each Zone, not the Zone of the largest Area', () => {
    expect(
      answer({
        question:
          'Considering only the greenhouses with an Area of 100 or more, which Zone is the most common?',
        constraints:
          '{\nKeep the rows whose "Area" is greater than or equal to 100. Count the rows of each "Zone" and report the zone with the most rows.\n}',
        format: '{\n@zone[name]\nwhere "name" is written as in "Zone".\n}',
      }),
    ).toEqual({ zone: 'East' });
  });
});
