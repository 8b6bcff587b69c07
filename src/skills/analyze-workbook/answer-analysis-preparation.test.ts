import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented quiz league's rounds: every expected figure below is worked out by hand.
const CSV = `round,home_pts,away_pts,crowd
1,10,4,1200
2,3,3,4800
3,25,2,6500
4,7,9,12000
5,30,1,900
6,12,11,5000
`;
const table = () => headerRowTable(csvToWorkbook(CSV, 'quiz').sheets[0]!)!;
const ask = (request: AnalysisRequest) => answerAnalysis(table(), request);

describe('bins stated in running words', () => {
  it('reads "5,000" in a range as one number, not the end of the range', () => {
    const answer = ask({
      question:
        "Bin the rounds by crowd into 'small', 'medium' and 'large'. How many rounds fall in each bin?",
      constraints: "'small' is a crowd below 5,000, 'medium' from 5,000 to 9,999 and 'large' 10,000 or more.",
      format: '@small[count], @medium[count], @large[count] where each "count" is an integer.',
    });
    expect(answer.slots).toEqual({ small: '3', medium: '2', large: '1' });
  });

  it('counts a bin labelled like a statistic ("average") instead of taking the mean', () => {
    const answer = ask({
      question:
        "Bin the rounds by crowd into 'quiet', 'average' and 'busy'. How many rounds fall in each bin?",
      constraints: "'quiet' is a crowd below 2,000, 'average' from 2,000 to 9,999 and 'busy' 10,000 or more.",
      format: '@quiet[count], @average[count], @busy[count] where each "count" is an integer.',
    });
    expect(answer.slots).toEqual({ quiet: '2', average: '3', busy: '1' });
  });
});

describe('columns the text defines', () => {
  it('makes a column named without quotes ("Create a column total_pts as A plus B")', () => {
    const answer = ask({
      question: 'What is the mean of the total points of both sides?',
      constraints:
        'Create a column total_pts as home_pts plus away_pts and take its mean. Round to two decimal places.',
      format: '@mean_total[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_total).toBe('19.50');
    expect(answer.planText).toMatch(/total_pts = home_pts \+ away_pts/);
  });

  it('bins a quantity defined as an absolute difference ("the margin is the absolute difference between A and B")', () => {
    const answer = ask({
      question:
        "Bin the rounds by the margin into 'tight', 'clear' and 'rout'. How many rounds fall in each bin?",
      constraints:
        "The margin is the absolute difference between home_pts and away_pts. 'tight' is a margin of 0 to 5 points, 'clear' 6 to 20 points and 'rout' 21 points or more.",
      format: '@tight[count], @clear[count], @rout[count] where each "count" is an integer.',
    });
    expect(answer.slots).toEqual({ tight: '3', clear: '1', rout: '2' });
    expect(answer.planText).toMatch(/margin = \|home_pts − away_pts\|/);
  });
});
