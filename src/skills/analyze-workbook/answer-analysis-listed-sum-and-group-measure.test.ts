import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented angling club's seasons under three boat skippers.
const SEASONS = `Season,Boat Skipper,Fish Kept,Fish Released,Fish Lost
2001,Ann Bell,6,4,0
2002,Ann Bell,8,2,1
2003,Carl Dean,3,7,0
2004,Carl Dean,5,5,2
2005,Eve Ford,9,1,0
`;

const MEAN_FORMAT = (slot: string) => `{\n@${slot}[mean]\nwhere "mean" is rounded to two decimal places.\n}`;

describe('a feature defined after a colon, over a summed list of columns', () => {
  it('makes "Fish Kept divided by the sum of Fish Kept, Fish Released and Fish Lost, times 100"', () => {
    const answer = ask(SEASONS, {
      question:
        'Create a keep rate feature: Fish Kept divided by the sum of Fish Kept, Fish Released and Fish Lost, times 100. What is its mean over the seasons?',
      constraints: '{\nRound to two decimal places.\n}',
      format: MEAN_FORMAT('mean_keep_rate'),
    });
    // pandas: 58.88; the old code made no feature and gave the mean of Fish Kept (6.20).
    expect(answer.slots).toEqual({ mean_keep_rate: '58.88' });
  });

  it('refuses a feature defined after a colon in words no step reads, rather than taking a part of it', () => {
    // The old code gave the mean of Fish Kept (6.20) here too.
    expect(
      refusalCode(SEASONS, {
        question:
          'Create a keep share feature: Fish Kept as a share of all the fish hooked. What is its mean over the seasons?',
        constraints: '{\nRound to two decimal places.\n}',
        format: MEAN_FORMAT('mean_keep_share'),
      }),
    ).toBe('unsupported');
  });
});

describe("the column the constraints sum for each group is the ranking's measure", () => {
  it("ranks the skippers by their summed Fish Kept, not by the Season the question's words touch", () => {
    const answer = ask(SEASONS, {
      question: 'Which boat skipper landed the most in total over her seasons, and how many?',
      constraints:
        '{\nSum "Fish Kept" for each "Boat Skipper" and report the skipper with the largest sum and that sum.\n}',
      format:
        '{\n@best_skipper[name]\n@skipper_fish_kept[n]\nwhere "name" is written as in "Boat Skipper" and "n" is an integer.\n}',
    });
    // Ann Bell: 6 + 8; ranked by the summed Season it would be Carl Dean (4007).
    expect(answer.slots).toEqual({ best_skipper: 'Ann Bell', skipper_fish_kept: '14' });
  });
});
