import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';
import { durationSeconds } from './duration-numbers.ts';

// Invented rowing time trial: each crew's time with the mark of how it went on, or why it has none.
const TRIAL = `Heat,Crew,Time
1,Harrow Vale,6:41.20 Q
1,Mossgate,6:44.80 Q
1,Kilbride Lane,6:52.00 q
1,Ostery,DNF
1,Penhallow,7:01.00
2,Brackwater,6:39.50 Q
2,Tullan Ford,6:47.10 Q
2,Sedge End,DNS
2,Ravensholt,6:58.40 PB
2,Fennick,7:05.00
`;

describe('times written with a result mark, beside entrants with no time', () => {
  it('reads "6:41.20 Q" as 401.2 seconds, and leaves a unit or a clock alone', () => {
    expect(durationSeconds('6:41.20 Q')).toBe(401.2);
    expect(durationSeconds('6:52.00 q')).toBe(412);
    expect(durationSeconds('6:58.40 PB')).toBe(418.4);
    expect(durationSeconds('9:30 PM')).toBeUndefined();
    expect(durationSeconds('1:30 h')).toBeUndefined();
  });

  it('gives the mean time of each heat over the crews that have one', () => {
    const answer = ask(TRIAL, {
      question:
        'Reading each Time in seconds, do the crews of heat 1 row faster than those of heat 2? Give the mean of each heat and test the difference.',
      constraints:
        '{\nA "Time" is minutes:seconds with a mark after it left out. Leave out the crews without a time ("DNF", "DNS"). Compare the seconds of the rows whose "Heat" is 1 with those whose "Heat" is 2 using scipy.stats.ttest_ind (heat 1 first); below 0.05 report "significant difference", otherwise "no significant difference".\nRound the means to two decimal places.\n}',
      format:
        '{\n@mean_heat_1[mean]\n@mean_heat_2[mean]\n@result[significance]\nwhere "mean" is rounded to two decimal places and "significance" is "significant difference" or "no significant difference".\n}',
    });
    // Heat 1: 401.2, 404.8, 412, 421 → 409.75; heat 2: 399.5, 407.1, 418.4, 425 → 412.50.
    expect(answer.slots).toEqual({
      mean_heat_1: '409.75',
      mean_heat_2: '412.50',
      result: 'no significant difference',
    });
  });

  it('still counts the crews whose Time is a no-result mark', () => {
    const answer = ask(TRIAL, {
      question: 'How many crews did not finish?',
      constraints: '{\nA crew did not finish when its "Time" is "DNF".\n}',
      format: '{\n@dnf_count[count]\nwhere "count" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ dnf_count: '1' });
  });
});
