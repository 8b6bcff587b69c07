import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented guests of a lodge and their stays, each written with its unit and a thousands comma.
// The expected figures are scipy.stats.shapiro's over the stays as numbers.
const NAMES = [
  'Ilvo',
  'Marra',
  'Tesk',
  'Odile',
  'Brann',
  'Quilla',
  'Serro',
  'Ynes',
  'Pavka',
  'Dorel',
  'Halme',
  'Rusa',
  'Fenck',
  'Loam',
  'Virra',
  'Oskel',
];
const STAYS = [1240, 860, 2315, 415, 1990, 730, 5120, 1105, 640, 1475, 380, 2870, 955, 1610, 3340, 520];
const GUESTS = `Guest,Stay (Days)\n${STAYS.map(
  (days, index) => `${NAMES[index]},"${days.toLocaleString('en-US')} days"`,
).join('\n')}\n`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(GUESTS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('a column the constraints say to read as a number', () => {
  it('\'Read "Stay (Days)" as a number\' makes a column of figures with units the measure', () => {
    expect(
      answer({
        question: 'Do the visits of the guests follow a normal distribution?',
        constraints:
          '{\nThe stays are counted in days: read "Stay (Days)" as a number, so "1,240 days" counts as 1240, and apply the Shapiro-Wilk test.\nRound the statistic and the p-value to four decimal places.\n}',
        format:
          '{\n@shapiro_statistic[W]\n@p_value[p_value]\nwhere "W" and "p_value" are rounded to four decimal places.\n}',
      }),
    ).toEqual({ shapiro_statistic: '0.8416', p_value: '0.0103' });
  });

  it('without such a sentence, a slot that names no column is still refused', () => {
    expect(
      answer({
        question: 'Do the visits of the guests follow a normal distribution?',
        constraints:
          '{\nRun the Shapiro-Wilk test.\nRound the statistic and the p-value to four decimal places.\n}',
        format:
          '{\n@shapiro_statistic[W]\n@p_value[p_value]\nwhere "W" and "p_value" are rounded to four decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});
