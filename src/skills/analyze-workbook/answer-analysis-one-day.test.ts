import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented Sunday footfall counts of a garden centre.
const FOOTFALL = `Week ending,Visitors
"March 1, 2031",410
"March 8, 2031",388
"March 15, 2031",502
"March 22, 2031",470
"April 5, 2031",530
`;

describe('a figure on one named day', () => {
  it('reads "on March 15, 2031" as the row of that day', () => {
    const answer = ask(FOOTFALL, {
      question: 'What was the Visitors figure of the week ending on March 15, 2031?',
      constraints: 'Report "Visitors" of the row whose "Week ending" is March 15, 2031.',
      format: '@visitors[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ visitors: '502' });
    expect(answer.planText).toMatch(/on March 15, 2031/);
  });

  it('counts the rows of one day', () => {
    const answer = ask(FOOTFALL, {
      question: 'How many weeks ended on March 22, 2031?',
      format: '@weeks[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ weeks: '1' });
  });

  it('still reads a month as the whole month', () => {
    const answer = ask(FOOTFALL, {
      question: 'What is the total of Visitors in March 2031?',
      format: '@total[sum] where "sum" is an integer.',
    });
    expect(answer.slots).toEqual({ total: '1770' });
  });
});

// Invented match log of a five-a-side team.
const MATCHES = `Date,Score,Crowd
"May 2, 2031",2–1,120
"May 9, 2031",0–0,95
"June 6, 2031",3–2,140
"June 13, 2031",1–4,110
"June 20, 2031",2–2,150
`;

describe('dates stated in separate clauses', () => {
  it('keeps each clause to the rows of its own date', () => {
    const answer = ask(FOOTFALL, {
      question:
        'What was the Visitors figure of the week ending March 15, 2031, and what is the total of Visitors in the weeks ending in March 2031?',
      format: '@visitors_mid_march[count] @march_total[sum] where both values are integers.',
    });
    expect(answer.slots).toEqual({ visitors_mid_march: '502', march_total: '1770' });
  });

  it('refuses "how many goals" over rows once a step made the goals of each match', () => {
    expect(() =>
      ask(MATCHES, {
        question:
          'How many goals were scored in the match played on June 6, 2031, and how many matches were played in May 2031?',
        constraints: 'The goals of a match are the sum of the two numbers in "Score".',
        format: '@goals_june6[count] @matches_may[count] where both values are integers.',
      }),
    ).toThrow(/figure of each row|did not|cannot/);
  });
});
