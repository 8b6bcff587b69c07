import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// An invented rowing regatta's medal table: a dash where a club won no medal of a colour.
const REGATTA = `Place,Club,Gold,Silver,Total
1,Heron,5,2,7
2,Otter,3,–,3
3,Kestrel,–,4,4
4,Vole,1,1,2
5,Wren,–,2,2
`;

// An invented ticket queue: a small Grade code for each ticket and its Priority level.
const TICKETS = `Ticket,Grade,Priority
T-1,5,1
T-2,5,1
T-3,4,1
T-4,2,2
T-5,1,2
T-6,1,2
T-7,3,3
`;

describe('a mark the text says counts as zero', () => {
  it("reads a quoted dash that 'counts as 0' as 0 in every numeric column", () => {
    // Gold 5,3,0,1,0 and Total 7,3,4,2,2 over all five clubs, not the three with a Gold figure.
    const answer = ask(REGATTA, {
      question: 'What is the mean number of Gold medals per club?',
      constraints: "A '–' means no medals and counts as 0. Round to two decimal places.",
      format: '@mean_gold[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_gold).toBe('1.80');
    expect(answer.planText).toContain('marked cells counted as 0');
  });
  it('reads "replacing the dashes with zeros"', () => {
    const answer = ask(REGATTA, {
      question: 'Replacing the dashes with zeros, what is the mean number of Silver medals per club?',
      constraints: 'Round to two decimal places.',
      format: '@mean_silver[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_silver).toBe('1.80');
  });
  it('keeps the condition stated in the same sentence as the mark', () => {
    // Places 1 to 3: Gold 5, 3 and a dash read as 0.
    const answer = ask(REGATTA, {
      question: 'What is the mean Gold of the clubs in the top three places?',
      constraints: "Top three means Place at most 3; a '–' counts as zero. Round to two decimal places.",
      format: '@top_three_gold[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.top_three_gold).toBe('2.67');
  });
});

describe('slots whose answer must be a figure', () => {
  it('refuses a label for a slot the format declares rounded to decimal places', () => {
    // Heron has the most Gold; the question asks for its share of all Gold (5 of 9), not its name.
    expect(
      refusal(REGATTA, {
        question: 'What percentage of all Gold medals did the top-placed club win?',
        constraints: "A '–' counts as 0. The top-placed club has Place 1. Round to two decimal places.",
        format: '@top_club_gold_percent[percent] where "percent" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('takes the statistic of the other column the slot names, not of the column its group fixes', () => {
    const answer = ask(TICKETS, {
      question:
        'What is the average Grade for each Priority level? Report the averages for priority 1 and priority 2.',
      constraints: 'Group by Priority and take the mean of Grade. Round to two decimal places.',
      format:
        '@priority1_mean_grade[mean], @priority2_mean_grade[mean] where both are rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ priority1_mean_grade: '4.67', priority2_mean_grade: '1.33' });
  });
});
