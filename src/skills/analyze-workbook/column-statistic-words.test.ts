import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented table of budget lines and their variances from plan.
const LINES = `Line,Cost Variance,Units\nA,-2,1\nB,0.5,2\nC,1,3\nD,3,4\nE,-1,5\n`;
const table = headerRowTable(csvToWorkbook(LINES, 'invented').sheets[0]!)!;

describe('a slot word that is a word of a column the question names', () => {
  it('"@median_variance" and "@iqr_variance" of the Cost Variance: the median and the IQR', () => {
    const answer = answerAnalysis(table, {
      question: 'What are the median and the interquartile range of the Cost Variance?',
      constraints: 'Use linear interpolation for the quartiles. Round both to two decimal places.',
      format: '@median_variance[median], @iqr_variance[iqr] where both are rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ median_variance: '0.50', iqr_variance: '2.00' });
  });
  it('"@variance" alone of the Cost Variance is still its variance', () => {
    const answer = answerAnalysis(table, {
      question: 'What is the variance of the Cost Variance?',
      format: '@variance[value] rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ variance: '3.70' });
  });
});

// An invented table of daily high and low readings of a gauge.
const READINGS = `Day,High,Low\n1,12,7\n2,15,9\n3,11,10\n4,18,6\n5,14,8\n`;
const readings = headerRowTable(csvToWorkbook(READINGS, 'invented').sheets[0]!)!;

describe('a slot word that is a word of a column the question made', () => {
  it('"@mean_span" of a made "gauge_span": the mean, not the range "span" may stand for', () => {
    const answer = answerAnalysis(readings, {
      question: 'Create a new feature "gauge_span" as High minus Low. What is its mean?',
      constraints: '"gauge_span" = "High" - "Low" for each row. Calculate the mean of "gauge_span".',
      format: '@mean_span[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_span: '6.00' });
  });
});
