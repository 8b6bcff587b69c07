import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented table of delivery rounds: minutes per round at three depots. The expected figures
// are scipy.stats' at its defaults over these values.
const NORTH = [31, 28, 35, 40, 29, 33, 37];
const SOUTH = [42, 38, 45, 39, 47, 41];
const EAST = [30, 52, 25, 48, 36];
const ROUNDS = `round,depot,minutes,late\n${[
  ...NORTH.map((minutes) => ['North', minutes]),
  ...SOUTH.map((minutes) => ['South', minutes]),
  ...EAST.map((minutes) => ['East', minutes]),
]
  .map(([depot, minutes], index) => `${index + 1},${depot},${minutes},${Number(minutes) > 40 ? 1 : 0}`)
  .join('\n')}\n`;
const tableOf = (csv: string) => headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!;
const ask = (request: AnalysisRequest) => answerAnalysis(tableOf(ROUNDS), request);
const refusal = (request: AnalysisRequest) => {
  try {
    return `answered ${JSON.stringify(ask(request).slots)}`;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('distribution-free and variance tests', () => {
  it('Mann-Whitney U between two named groups: U for the first named, exact p', () => {
    const answer = ask({
      question:
        'Is there a significant difference in minutes between the North and South depots? Use the Mann-Whitney U test.',
      constraints: 'Report the U statistic and the p-value rounded to four decimal places.',
      format: '@U_statistic[U], @p_value[p] where "U" and "p" are numbers rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ U_statistic: '2.0000', p_value: '0.0047' });
  });
  it("Levene's test across every depot, centred on the median", () => {
    const answer = ask({
      question: "Do the minutes of the depots have equal variances? Use Levene's test grouped by depot.",
      format: '@levene_statistic[W], @levene_p[p] where both are rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ levene_statistic: '4.7605', levene_p: '0.0251' });
  });
  it('Kruskal-Wallis H across every depot', () => {
    const answer = ask({
      question: 'Do the minutes differ across depot? Use the Kruskal-Wallis test.',
      format: '@H_statistic[H], @p_value[p] where both are rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ H_statistic: '5.3698', p_value: '0.0682' });
  });
  it('Kolmogorov-Smirnov: one sample against the normal the text states, two samples between named groups', () => {
    const one = ask({
      question: 'Do the minutes follow a normal distribution according to the Kolmogorov-Smirnov test?',
      constraints:
        'Compare with a normal distribution that has the sample mean and standard deviation of the column.',
      format: '@ks_statistic[D], @p_value[p] rounded to four decimal places.',
    });
    expect(one.slots).toEqual({ ks_statistic: '0.0870', p_value: '0.9973' });
    const two = ask({
      question:
        'Compare the minutes of the North and South depots with a two-sample Kolmogorov-Smirnov test.',
      format: '@ks_statistic[D], @p_value[p] rounded to four decimal places.',
    });
    expect(two.slots).toEqual({ ks_statistic: '0.8571', p_value: '0.0082' });
  });
  it('refuses what the text leaves open', () => {
    // Which normal: unsaid.
    expect(
      refusal({
        question: 'Are the minutes normally distributed according to the Kolmogorov-Smirnov test?',
        format: '@p_value[p] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
    // A two-sample test over three groups.
    expect(
      refusal({
        question: 'Do the North, South and East depots differ in minutes? Use the Mann-Whitney U test.',
        format: '@p_value[p] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
    // Two tests named, and the slot names neither.
    expect(
      refusal({
        question:
          "Check equal variances of minutes between the North and South depots with Levene's test, then compare them with a t-test.",
        format: '@p_value[p] rounded to four decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('a slot naming one of two tests gets that test', () => {
    const answer = ask({
      question:
        "Check equal variances of minutes between the North and South depots with Levene's test, then compare them with a Mann-Whitney U test.",
      format: '@levene_p[p1], @mannwhitney_p[p2] rounded to four decimal places.',
    });
    expect(answer.slots.mannwhitney_p).toBe('0.0047');
    expect(answer.slots.levene_p).toBe('0.5360');
  });
});
