import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented table of wait times: most short, one long (skewed right); scores the other way.
const WAITS = `Visit,Wait,Score\nV1,2,9\nV2,3,9\nV3,3,8\nV4,4,9\nV5,4,8\nV6,5,9\nV7,30,1\n`;
const table = headerRowTable(csvToWorkbook(WAITS, 'invented').sheets[0]!)!;

describe('the word for the sign of a skewness', () => {
  it('"positively or negatively skewed" by the sign', () => {
    const format =
      '@skewness[skew], @direction[direction] where "skew" is rounded to two decimal places and "direction" is "positively skewed" or "negatively skewed".';
    const wait = answerAnalysis(table, {
      question: 'What is the skewness of Wait, and which way is it skewed?',
      format,
    });
    expect(wait.slots.direction).toBe('positively skewed');
    const score = answerAnalysis(table, {
      question: 'What is the skewness of Score, and which way is it skewed?',
      format,
    });
    expect(score.slots.direction).toBe('negatively skewed');
  });
  it('"right" or "left"', () => {
    const answer = answerAnalysis(table, {
      question: 'Is the distribution of Score skewed to the right or to the left?',
      format: '@skew_direction[side] where "side" is "right" or "left".',
    });
    expect(answer.slots).toEqual({ skew_direction: 'left' });
  });
});
