import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented households of a hill village: the family, its goats, its children and its yearly harvest.
const ROWS = `Family,Goats,Kids,Harvest
Arvo,0,2,40
Berit,3,0,55
Cato,0,0,31
Dagny,1,1,62
Eskil,0,3,48
Frode,2,0,70
`;

const MEAN = '{\n@mean_harvest[x]\nwhere "x" is a number rounded to two decimal places.\n}';

describe('a "where" condition on a numeric column that is not a 0/1 flag', () => {
  it('keeps the rows where a count column is 0, which "no goats" means', () => {
    const answer = ask(ROWS, {
      question: 'What is the mean harvest of the families with no goats?',
      constraints: '{\nKeep the rows where Goats is 0. Average "Harvest" and round to two decimal places.\n}',
      format: MEAN,
    });
    expect(answer.slots).toEqual({ mean_harvest: '39.67' });
  });

  it('reads a quoted column compared with a number in words', () => {
    const answer = ask(ROWS, {
      question: 'What is the mean harvest of the larger families?',
      constraints:
        '{\nKeep the rows where "Kids" is at least 2. Average "Harvest" and round to two decimal places.\n}',
      format: MEAN,
    });
    expect(answer.slots).toEqual({ mean_harvest: '44.00' });
  });

  it('reads two conditions joined by "and"', () => {
    const answer = ask(ROWS, {
      question: 'What is the mean harvest of the goat keepers without children?',
      constraints:
        '{\nKeep the rows where "Goats" is at least 1 and "Kids" is 0. Average "Harvest" and round to two decimal places.\n}',
      format: MEAN,
    });
    expect(answer.slots).toEqual({ mean_harvest: '62.50' });
  });

  it('still refuses a number followed by "or" another', () => {
    expect(
      refusalCode(ROWS, {
        question: 'What is the mean harvest of the small herds?',
        constraints:
          '{\nKeep the rows where Goats is 1 or 2. Average "Harvest" and round to two decimal places.\n}',
        format: MEAN,
      }),
    ).not.toBe('answered');
  });

  it('never keeps the rows a clause drops ("Leave out the rows where Goats is 0")', () => {
    expect(
      refusalCode(ROWS, {
        question: 'What is the mean harvest of the families that keep goats?',
        constraints:
          '{\nLeave out the rows where Goats is 0. Average "Harvest" and round to two decimal places.\n}',
        format: MEAN,
      }),
    ).not.toBe('answered');
  });
});
