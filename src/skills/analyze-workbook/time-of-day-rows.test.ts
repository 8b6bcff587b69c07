import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented harbour's half hours: when each began, the boats docked and the crews waiting.
const HARBOUR = `Stamp,Boats Docked,Crews Waiting
Jun 02 2031 8:30:00 AM,2,1
Jun 02 2031 9:00:00 AM,5,3
Jun 02 2031 9:30:00 AM,4,2
Jun 02 2031 10:00:00 AM,7,4
Jun 02 2031 10:30:00 AM,3,1
Jun 02 2031 11:00:00 AM,6,5
Jun 02 2031 1:00:00 PM,8,2
Jun 02 2031 1:30:00 PM,1,0
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(HARBOUR, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('rows kept by a span of times of day', () => {
  it('keeps the rows whose clock time falls in the span, both ends included', () => {
    expect(
      outcome({
        question: 'What is the mean of Boats Docked between 9:00 AM and 10:30 AM?',
        format: '@mean_boats[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toEqual({ mean_boats: '4.75' });
  });
  it('reads an afternoon span written with PM', () => {
    expect(
      outcome({
        question: 'What is the total of Boats Docked from 11:00 AM to 1:30 PM?',
        format: '@total_boats[total] where "total" is an integer.',
      }),
    ).toEqual({ total_boats: '15' });
  });
  it('still refuses a count of rows where the text asks to add up a column', () => {
    expect(
      outcome({
        question: 'How many boats came in between 9:00 AM and 10:30 AM?',
        constraints: 'Keep the half hours from 9:00 AM to 10:30 AM and sum "Boats Docked".',
        format: '@boats_in[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('a column the constraints say to add up', () => {
  it('refuses a count of rows in place of that sum', () => {
    expect(
      outcome({
        question: 'How many boats came in over the day?',
        constraints: 'Sum "Boats Docked" over every half hour.',
        format: '@boats_in[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('rows kept by one bound on the time of day', () => {
  it('keeps the rows at a clock time or later, a zone written after it', () => {
    expect(
      outcome({
        question: 'How many half hours began at 10:30 UT or later?',
        format: '@late_half_hours[count] where "count" is an integer.',
      }),
    ).toEqual({ late_half_hours: '4' });
  });
  it('reads "before" as strictly earlier and "at or before" with the bound', () => {
    expect(
      outcome({
        question: 'What is the total of Boats Docked before 9:30 AM?',
        format: '@early_boats[total] where "total" is an integer.',
      }),
    ).toEqual({ early_boats: '7' });
    expect(
      outcome({
        question: 'What is the total of Boats Docked at or before 9:30 AM?',
        format: '@early_boats[total] where "total" is an integer.',
      }),
    ).toEqual({ early_boats: '11' });
  });
  it('keeps the bound to the clause that states it', () => {
    expect(
      outcome({
        question: 'What is the mean of Crews Waiting, and how many half hours began at 1:00 PM or later?',
        format:
          '@mean_crews[mean], @afternoon_half_hours[count] where "mean" is rounded to two decimal places and "count" is an integer.',
      }),
    ).toEqual({ mean_crews: '2.25', afternoon_half_hours: '2' });
  });
  it('reads no clock bound on a column of minutes:seconds with fractions', () => {
    const laps = `Lap,Split\n1,1:05.20\n2,1:07.80\n3,1:02.40\n`;
    const answer = () =>
      answerAnalysis(headerRowTable(csvToWorkbook(laps, 'invented').sheets[0]!)!, {
        question: 'How many laps were run after 1:05?',
        format: '@laps[count] where "count" is an integer.',
      });
    expect(() => answer()).toThrow();
  });
});

describe('a span said again as two one-sided bounds', () => {
  it('reads "at or after" and "at or before" the same ends as the one span', () => {
    expect(
      outcome({
        question: 'What is the total of Boats Docked from 9:00 AM to 10:30 AM?',
        constraints: 'Keep the rows whose Stamp is at or after 9:00 AM and at or before 10:30 AM.',
        format: '@total_boats[total] where "total" is an integer.',
      }),
    ).toEqual({ total_boats: '19' });
  });
  it('refuses ends that disagree', () => {
    expect(
      outcome({
        question: 'What is the total of Boats Docked from 9:00 AM to 10:30 AM?',
        constraints: 'Keep the rows whose Stamp is at or after 9:30 AM.',
        format: '@total_boats[total] where "total" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
