import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// An invented bowls club's seasons: a place column whose name holds a period, written as ordinals
// with notes, and '?' for a season nobody recorded.
const SEASONS = `Year,Lg. Place,Cup
2001,3rd,Quarter-final
2002,5th (t),?
2003,?,Final
2004,1st,Semi-final
`;

describe('conversions a sentence states one after another', () => {
  it('reads a placeholder and a conversion in one sentence, on a column whose name holds a period', () => {
    const answer = ask(SEASONS, {
      question: 'What is the mean Lg. Place?',
      constraints:
        "Convert Lg. Place to a number by keeping its leading digits ('5th (t)' is 5); a '?' is missing and is left out of the mean. Round to two decimal places.",
      format: '@mean_lg_place[mean] where "mean" is rounded to two decimal places.',
    });
    // 3, 5 and 1; the '?' season left out.
    expect(answer.slots.mean_lg_place).toBe('3.00');
    expect(answer.planText).toContain('Lg. Place converted to numbers');
  });
});
