import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented ferry line: sailings with the passengers carried and the minutes late (one count unknown).
const SAILINGS = `Sailing,Passengers,Minutes Late
Morning Gull,412,3
Harbour Lark,753,12
Tide Runner,,7
Salt Finch,189,1
Grey Tern,801,15
Cove Wren,550,4
`;

// Invented five-a-side matches, the score written as "home-away".
const MATCHES = `Match,Score
1,3-1
2,2-2
3,5-0
4,1-4
5,6-3
`;

describe('slot words that only label the figure', () => {
  it('answers "@crossing_mean_minutes" by the mean the slot names', () => {
    const answer = ask(SAILINGS, {
      question: 'What is the mean Minutes Late of the sailings?',
      constraints: '{\nUse every sailing. Round to two decimal places.\n}',
      format: '{\n@crossing_mean_minutes[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    // (3 + 12 + 7 + 1 + 15 + 4) / 6.
    expect(answer.slots).toEqual({ crossing_mean_minutes: '7.00' });
  });

  it('answers "@voyages_used[count]" by the rows a condition kept', () => {
    const answer = ask(SAILINGS, {
      question:
        'Using only the sailings with a Passengers figure, what is their mean Passengers, and how many sailings are used?',
      constraints: '{\nDrop the rows where "Passengers" is missing. Round the mean to one decimal place.\n}',
      format:
        '{\n@voyages_used[count]\n@mean_passengers[mean]\nwhere "count" is an integer and "mean" is rounded to one decimal place.\n}',
    });
    // Five sailings: (412 + 753 + 189 + 801 + 550) / 5.
    expect(answer.slots).toEqual({ voyages_used: '5', mean_passengers: '541.0' });
  });

  it('still refuses a slot word that would narrow the rows', () => {
    expect(() =>
      ask(SAILINGS, {
        question: 'What is the median Passengers, and how many sailings are above the mean?',
        constraints: '{\nUse every sailing with a Passengers figure.\n}',
        format: '{\n@median_passengers[median]\n@above_mean[count]\nwhere both are numbers.\n}',
      }),
    ).toThrow(/unsupported|did not understand/);
  });

  it('still refuses a slot word the text defines by a condition', () => {
    expect(() =>
      ask(SAILINGS, {
        question: 'What is the mean Minutes Late of the crowded sailings?',
        constraints:
          '{\nA sailing is crowded when it carried more passengers than the sailing before it. Round to two decimal places.\n}',
        format: '{\n@mean_crowded_minutes[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }),
    ).toThrow(/did not understand "crowded"/);
  });

  it('still refuses a label beside a statistic the plan did not take', () => {
    expect(() =>
      ask(SAILINGS, {
        question: 'How spread out are the delays of the crossings?',
        constraints: '{\nRound to two decimal places.\n}',
        format: '{\n@mean_crossing_range[value]\nwhere "value" is rounded to two decimal places.\n}',
      }),
    ).toThrow();
  });

  it('reads a made column the slot names, not the column the question takes a mean of', () => {
    const answer = ask(MATCHES, {
      question:
        'What is the mean total of goals per match, and what is the largest winning margin of any match?',
      constraints:
        '{\nSplit Score on the dash into two numbers; the total is their sum and the margin the first minus the second. Round the mean to two decimal places.\n}',
      format:
        '{\n@mean_total[mean]\n@max_margin[max]\nwhere "mean" is rounded to two decimal places and "max" is an integer.\n}',
    });
    // Totals 4, 4, 5, 5, 9; margins 2, 0, 5, -3, 3.
    expect(answer.slots).toEqual({ mean_total: '5.40', max_margin: '5' });
  });
});
