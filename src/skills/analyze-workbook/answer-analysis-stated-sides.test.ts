import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented tables; the expected figures are scipy.stats' (linregress, ttest_rel, pearsonr) over these values.
const tableOf = (csv: string) => headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!;
const answer = (csv: string, request: AnalysisRequest) => {
  try {
    return answerAnalysis(tableOf(csv), request).slots;
  } catch (thrown) {
    return `${toAppError(thrown).code}: ${toAppError(thrown).message}`;
  }
};

// Flats: floor area first, then the rent.
const FLATS = `flat,Area,Rent\n${[
  [42, 910],
  [55, 1180],
  [61, 1255],
  [38, 860],
  [70, 1420],
  [84, 1690],
  [47, 1010],
  [66, 1330],
  [59, 1240],
  [73, 1515],
]
  .map(([area, rent], index) => `F${index + 1},${area},${rent}`)
  .join('\n')}\n`;

// Loads lifted by one crew in two weeks, row by row.
const LOADS = `crew,Week 1,Week 2\n${[
  [14.2, 15.0],
  [11.8, 12.9],
  [16.5, 16.1],
  [12.9, 14.3],
  [15.1, 16.8],
  [13.4, 14.0],
  [17.0, 18.2],
  [12.2, 13.1],
]
  .map(([first, second], index) => `C${index + 1},${first},${second}`)
  .join('\n')}\n`;

// Members with a height or a weight left blank.
const MEMBERS = `member,Height,Weight\n${[
  [161, 63],
  ['', 64],
  [175, ''],
  [168, 59],
  [182, 81],
  ['', 70],
  [158, 57],
  [171, 74],
  [177, 66],
  [165, ''],
]
  .map(([height, weight], index) => `M${index + 1},${height},${weight}`)
  .join('\n')}\n`;

describe('the sides a step states', () => {
  it('a line written out as "Rent = b * Area + a" puts the response on the left', () => {
    const slots = answer(FLATS, {
      question:
        'Using the Area of each flat, fit a linear regression that explains what a tenant pays. What are the slope and R-squared?',
      constraints:
        '{\nThe line to fit is "Rent" = b * "Area" + a, by least squares.\nRound the slope to four decimal places and R-squared to four decimal places.\n}',
      format: '{\n@slope[slope]\n@r_squared[r2]\nwhere both are rounded to four decimal places.\n}',
    });
    expect(slots).toEqual({ slope: '18.2337', r_squared: '0.9956' });
  });

  it('"compare B with A row by row" subtracts A from B, whichever order a "between" of the question says', () => {
    const slots = answer(LOADS, {
      question: 'Did the loads change between week 1 and week 2? Run a paired t-test.',
      constraints:
        '{\nCompare "Week 2" to "Week 1", crew by crew, using a paired t-test.\nRound the t statistic to three decimal places and the p-value to four decimal places.\n}',
      format:
        '{\n@t_statistic[t]\n@p_value[p]\nwhere "t" is rounded to three decimal places and "p" to four decimal places.\n}',
    });
    expect(slots).toEqual({ t_statistic: '4.074', p_value: '0.0047' });
  });

  it('"the rows where both Height and Weight are given" keeps the rows with both', () => {
    const slots = answer(MEMBERS, {
      question: 'Is the height of a member linearly related to the weight?',
      constraints:
        '{\nKeep only the rows in which both "Height" and "Weight" are present, then give Pearson\'s r with its two-sided p-value.\nRound r to three decimal places and the p-value to four decimal places.\n}',
      format:
        '{\n@correlation_coefficient[r]\n@p_value[p]\nwhere "r" is rounded to three decimal places and "p" to four decimal places.\n}',
    });
    expect(slots).toEqual({ correlation_coefficient: '0.801', p_value: '0.0557' });
  });
});
