import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// Invented ice-cream days. scipy.stats.pearsonr(Sun, Cones): r = 0.2168, p = 0.5475.
const DAYS = `Day,Sun,Cones
1,2,30
2,5,22
3,3,41
4,8,35
5,6,28
6,9,50
7,1,33
8,7,26
9,4,45
10,10,38
`;
const outcome = (request: AnalysisRequest) => {
  try {
    return answerAnalysis(headerRowTable(csvToWorkbook(DAYS, 'invented').sheets[0]!)!, request).slots;
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('verdict words as the text defines them', () => {
  it('reads strength bands written "0.2 <= |r| < 0.6" (not the usual 0.3 and 0.7)', () => {
    expect(
      outcome({
        question: 'How strong is the correlation between Sun and Cones?',
        constraints:
          "Calculate the Pearson correlation coefficient. The strength is 'weak' if |r| < 0.2, 'moderate' if 0.2 <= |r| < 0.6 and 'strong' otherwise.",
        format: '@strength[word] where "word" is "weak", "moderate" or "strong".',
      }),
    ).toEqual({ strength: 'moderate' });
  });
  it('answers a quoted yes or no from the p-value, and refuses a number for an unquoted one', () => {
    const asked = {
      question: 'Is there a significant correlation between Sun and Cones?',
      constraints: 'Pearson correlation, two-tailed, alpha 0.05.',
    };
    expect(outcome({ ...asked, format: '@significant[answer] where "answer" is "yes" or "no".' })).toEqual({
      significant: 'no',
    });
    expect(outcome({ ...asked, format: '@significant[answer] where answer is yes or no.' })).toBe(
      'unsupported',
    );
  });
});
