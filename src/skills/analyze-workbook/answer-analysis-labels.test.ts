import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented table; every expected figure below is worked out by hand. Hill's best Round is
// 41 (Cai Moss), its lowest 12 (Ida Peel); the largest Crowd is 900 (Dee Fox).
const TRIALS = `Rider,Hill,Crowd
Ada Lund,30,400
Bo Kerr,-,650
Cai Moss,41,300
Dee Fox,25,900
Ida Peel,12,500
`;
const answer = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(TRIALS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return `${toAppError(thrown).code}: ${toAppError(thrown).message}`;
  }
};

describe('slot labels the prose does not say', () => {
  it('reads "big" and "low" as the end the plan took', () => {
    expect(
      answer({
        question: 'Which Rider drew the largest Crowd, and how large was it?',
        constraints: 'Take the row with the maximum Crowd.',
        format: '@bigRider[rider] @bigCrowd[crowd] where "rider" is a string and "crowd" is an integer.',
      }),
    ).toEqual({ bigRider: 'Dee Fox', bigCrowd: '900' });
    expect(
      answer({ question: 'What is the minimum Hill score?', format: '@lowHill[score] as an integer.' }),
    ).toEqual({ lowHill: '12' });
  });

  it('takes a plain statistic from the constraints when neither slot nor question names one', () => {
    expect(
      answer({
        question: 'What is the best score on the Hill?',
        constraints: "Take the maximum of Hill (ignore '-').",
        format: '@topHill[score] where "score" is an integer.',
      }),
    ).toEqual({ topHill: '41' });
    // A slot naming a label column beside the measure is not that statistic.
    expect(
      answer({
        question: 'What is the best score on the Hill and which rider achieved it?',
        constraints: "Take the maximum of Hill (ignore '-') and the Rider on that row.",
        format: '@topHill[score] @hillRider[rider] where "score" is an integer and "rider" is a string.',
      }),
    ).toMatch(/^unsupported: /);
  });

  it('calls the row a ranking picked its winner', () => {
    expect(
      answer({
        question: 'Which Rider had the highest Hill score?',
        constraints: "Ignore '-'.",
        format: '@hillWinner[rider] where "rider" is a string.',
      }),
    ).toEqual({ hillWinner: 'Cai Moss' });
  });
});

// Invented: Dock A's walkers average 30 years, Dock B's 50; their tickets 12 and 8.
const WALKERS = `Walker,Dock,Age,Ticket price
Ana,A,20,10
Ben,A,40,14
Cleo,B,45,8
Dan,B,55,8
`;

describe('superlatives that name a measure', () => {
  const ask = (request: AnalysisRequest) =>
    answerAnalysis(headerRowTable(csvToWorkbook(WALKERS, 'invented').sheets[0]!)!, request).slots;
  it('reads "the youngest walkers on average" as the lowest mean Age', () => {
    expect(
      ask({ question: 'Which Dock has the youngest walkers on average?', format: '@youngest_dock[dock]' }),
    ).toEqual({ youngest_dock: 'A' });
    expect(
      ask({
        question: 'Which Dock sold the most expensive tickets on average?',
        format: '@dearest_dock[dock]',
      }),
    ).toEqual({ dearest_dock: 'A' });
  });
  it('reads a superlative with no average as one row: the oldest walker is the highest Age', () => {
    expect(ask({ question: 'Which Dock has the oldest walker?', format: '@oldest_dock[dock]' })).toEqual({
      oldest_dock: 'B',
    });
    expect(ask({ question: 'Which Dock has the youngest walker?', format: '@dock[dock]' })).toEqual({
      dock: 'A',
    });
    // Two tickets at 8, both Dock B: one answer.
    expect(ask({ question: 'Which Dock sold the cheapest ticket?', format: '@dock[dock]' })).toEqual({
      dock: 'B',
    });
  });
  it('refuses a row superlative whose tied rows have different labels', () => {
    const tied = `${WALKERS}Eve,A,55,9\n`;
    expect(() =>
      answerAnalysis(headerRowTable(csvToWorkbook(tied, 'invented').sheets[0]!)!, {
        question: 'Which Dock has the oldest walker?',
        format: '@dock[dock]',
      }),
    ).toThrow(/share the highest Age/);
  });
});
