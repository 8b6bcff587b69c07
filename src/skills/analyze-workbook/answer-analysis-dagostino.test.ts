import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { dagostinoPearson } from './dagostino-test.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented table of parcel weights at two sorting desks; the expected figures are
// scipy.stats.normaltest's over these values.
const EVEN = [3.1, 4.5, 2.2, 8.9, 5.0, 4.4, 6.1, 3.3, 7.7, 5.5];
const SKEWED = [12, 15, 11, 14, 13, 16, 12, 95, 14, 13, 15, 12];
const PARCELS = `parcel,desk,weight,volume\n${[...EVEN.map((weight, index) => [weight, SKEWED[index]!])]
  .map(([weight, volume], index) => `${index + 1},${index % 2 ? 'A' : 'B'},${weight},${volume}`)
  .join('\n')}\n`;
const table = headerRowTable(csvToWorkbook(PARCELS, 'invented').sheets[0]!)!;
const ask = (request: AnalysisRequest) => answerAnalysis(table, request);

describe("D'Agostino and Pearson's normality test", () => {
  it('matches scipy.stats.normaltest', () => {
    const even = dagostinoPearson(EVEN)!;
    expect(even.statistic).toBeCloseTo(0.788006, 5);
    expect(even.p).toBeCloseTo(0.674352, 5);
    const skewed = dagostinoPearson(SKEWED)!;
    expect(skewed.statistic).toBeCloseTo(33.351378, 4);
    expect(dagostinoPearson([1, 2, 3, 4, 5, 6, 7])).toBeUndefined();
  });
  it('gives the p-value and the verdict the question asks of the named test', () => {
    const answer = ask({
      question: 'Check if the weight column follows a normal distribution.',
      constraints:
        "Apply D'Agostino and Pearson's omnibus test (scipy.stats.normaltest); call the weights non-normal when p falls under 0.05, normal otherwise.",
      format:
        '@p_value[p] @normality[result], "p" to four decimals, "result" one of "Normal" and "Non-normal".',
    });
    expect(answer.slots).toEqual({ p_value: '0.6744', normality: 'Normal' });
  });
  it('refuses below the eight values the test needs', () => {
    const few = headerRowTable(csvToWorkbook('id,weight\n1,2\n2,3\n3,5\n4,4\n', 'invented').sheets[0]!)!;
    try {
      answerAnalysis(few, {
        question: 'Is weight normally distributed?',
        constraints: "Use D'Agostino's K-squared test (scipy.stats.normaltest) at alpha 0.05.",
        format: '@p_value[p] where "p" is rounded to four decimal places.',
      });
      expect.unreachable();
    } catch (thrown) {
      expect(toAppError(thrown).code).toBe('unsupported');
    }
  });
});
