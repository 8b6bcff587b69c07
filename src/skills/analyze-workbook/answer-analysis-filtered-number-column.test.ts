import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented kart heat: the finishing place, or "Out" for a kart that stopped, and the starting slot.
const HEAT = `kart,place,slot
Amber,1,2
Basil,2,1
Coral,3,4
Dune,4,3
Ember,Out,5
Flint,5,6
Garnet,Out,7
Heath,6,8
`;

describe('a column whose words the text filters out', () => {
  it('reads it as numbers over the rows the condition keeps', () => {
    const answer = ask(HEAT, {
      question: 'For the karts that finished, fit a linear regression of place on slot. What is the slope?',
      constraints:
        'Leave out the karts whose "place" is "Out". Use "slot" as the independent variable and "place" as the dependent variable. Round the slope to two decimal places.',
      format: '@slope[slope_value] where "slope_value" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ slope: '0.65' });
  });
  it('still refuses the column when no condition leaves its words out', () => {
    expect(
      refusalCode(HEAT, {
        question: 'Fit a linear regression of place on slot. What is the slope?',
        constraints: 'Use "slot" as the independent variable and "place" as the dependent variable.',
        format: '@slope[slope_value] where "slope_value" is rounded to two decimal places.',
      }),
    ).not.toBe('answered');
  });
});
