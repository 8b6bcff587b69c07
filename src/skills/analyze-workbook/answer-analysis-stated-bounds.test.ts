import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented orchard's yearly harvests: every expected figure below is worked out by hand.
const HARVESTS = `Date,crates,pickers
2021-03-02,40,5
2021-09-14,55,6
2022-04-20,61,7
2022-10-05,48,4
2023-05-11,70,8
2023-08-30,39,3
`;
const askHarvests = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(HARVESTS, 'orchard').sheets[0]!)!, request);

describe('a year bound written twice', () => {
  it('reads "after 2021" in the question and "2022 or later" in the constraints as one bound from 2022', () => {
    const answer = askHarvests({
      question: 'After 2021, how many harvests filled more than 45 crates?',
      constraints:
        'Keep the rows whose "Date" is in 2022 or later and count those whose "crates" is greater than 45.',
      format: '@big_harvests[count] where "count" is an integer.',
    });
    // 2022: 61 and 48, 2023: 70 (39 is not above 45); 2021's 55 is left out.
    expect(answer.slots.big_harvests).toBe('3');
    expect(answer.planText).toMatch(/Date > 2021/);
  });

  it('does not count the first year when the two bounds disagree ("after 2021" and "2023 or later")', () => {
    const request = {
      question: 'After 2021, how many harvests filled more than 45 crates?',
      constraints:
        'Keep the rows whose "Date" is in 2023 or later and count those whose "crates" is greater than 45.',
      format: '@big_harvests[count] where "count" is an integer.',
    };
    // From 2021 on it would be 4 (55, 61, 48, 70): the year 2021 must not come back in.
    let slots: Record<string, string> = {};
    try {
      slots = askHarvests(request).slots;
    } catch {
      slots = {};
    }
    expect(slots.big_harvests ?? '1').toBe('1');
  });
});
