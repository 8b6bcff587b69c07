import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented ferry crossings: one row per rider, the gate they boarded at and the toll they paid.
const CROSSINGS = `RiderId,Boarded,Pass,Toll
1,North,P-118,12.5
2,North,P-204,14.0
3,East,P-331,6.5
4,East,P-342,7.5
5,West,P-410,9.0
6,West,P-415,11.0
7,North,P-502,13.5
8,East,P-517,8.0
9,West,P-620,10.0
10,,P-711,5.0
`;

const CHEAPEST = {
  question: 'At which gate did riders pay the least on average for a crossing?',
  constraints:
    '{\nAverage "Toll" for each value of "Boarded", leaving out riders with no gate, and take the gate with the lowest average.\nRound the average to two decimal places.\n}',
};

describe('a slot named after the slot that picked a group', () => {
  it("answers the group ranked by a statistic, and that group's figure for the slot named after it", () => {
    const answer = ask(CROSSINGS, {
      ...CHEAPEST,
      format:
        '{\n@cheapest_gate[gate]\n@cheapest_gate_mean_toll[avg]\nwhere "gate" is written as in "Boarded" and "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ cheapest_gate: 'East', cheapest_gate_mean_toll: '7.33' });
  });

  it('refuses a slot named after the group that asks for another figure of it', () => {
    expect(
      refusalCode(CROSSINGS, {
        ...CHEAPEST,
        format:
          '{\n@cheapest_gate[gate]\n@cheapest_gate_max_toll[value]\nwhere "gate" is written as in "Boarded" and "value" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });

  it('keeps refusing "where do most riders board … there" with no ranking of groups to read', () => {
    expect(
      refusalCode(CROSSINGS, {
        question: 'Where do most of the riders board, and how much do they pay on average there?',
        constraints:
          '{\nCount the riders of each "Boarded", take the gate with the most, and average "Toll" over its rows.\n}',
        format:
          '{\n@top_gate[gate]\n@top_gate_mean_toll[avg]\nwhere "gate" is written as in "Boarded" and "avg" is rounded to two decimal places.\n}',
      }),
    ).not.toBe('answered');
  });
});
