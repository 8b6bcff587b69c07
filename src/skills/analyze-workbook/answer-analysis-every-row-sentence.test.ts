import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented poultry survey: eggs a hen and a duck laid on each farm in April 2031, with the farm's
// feed total for that month, the mean wind and the same counts a year earlier; a blank is a figure
// not reported.
const FARMS = `Serial,Farm,Apr.2031,Hens Apr.2031,Ducks Apr.2031,Wind,Hens Apr.2030,Ducks Apr.2030
0,Alder,120,3.5,2.1,10,3.1,2.0
1,Birch,340,6.2,,12,5.9,1.1
2,Cedar,95,4.4,5.0,,4.0,4.2
3,Dunmore,410,7.9,,9,7.5,3.3
4,Elm,60,2.2,1.9,11,2.8,2.2
5,Fenn,220,5.1,4.0,14,4.9,3.9
6,Gorse,180,6.6,5.8,8,6.0,5.1
`;

describe('a sentence that takes its figure over every row, beside a conditioned one', () => {
  it('takes the mean over all rows while the count keeps its own condition', () => {
    const answer = ask(FARMS, {
      question: 'How many farms fed more than 150, and what is the average wind over all farms?',
      constraints:
        '{\nCount the rows whose "Apr.2031" is greater than 150.\nTake the mean of "Wind" over all rows, ignoring missing values.\nRound the mean to two decimal places.\n}',
      format:
        '{\n@big_feeders[n]\n@mean_wind[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
    });
    // Birch, Dunmore, Fenn and Gorse fed more than 150; the wind of all six farms that report it averages 64 / 6.
    expect(answer.slots).toEqual({ big_feeders: '4', mean_wind: '10.67' });
  });

  it('reads the longer quoted column a sentence names, not the shorter one inside it', () => {
    const answer = ask(FARMS, {
      question:
        'On how many farms did ducks lay more than 4 in April 2031, and what did hens lay on average over all farms?',
      constraints:
        '{\nCount the rows whose "Ducks Apr.2031" is greater than 4.\nThen take the mean of "Hens Apr.2031" over all rows.\nRound the mean to two decimal places.\n}',
      format:
        '{\n@duck_farms[n]\n@hens_mean[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
    });
    // Cedar (5.0) and Gorse (5.8); the seven hen figures sum to 35.9.
    expect(answer.slots).toEqual({ duck_farms: '2', hens_mean: '5.13' });
  });
});

describe('a quoted pair of dotted column names', () => {
  it('correlates the two quoted columns, not a shorter one the question names in part', () => {
    const answer = ask(FARMS, {
      question: 'Do hens and ducks lay alike across farms? Give the correlation for Apr.2031.',
      constraints:
        '{\nCompute the Pearson correlation coefficient between "Hens Apr.2031" and "Ducks Apr.2031" over the rows where both are numbers.\nRound to three decimal places.\n}',
      format: '{\n@r[r]\nwhere "r" is rounded to three decimal places.\n}',
    });
    expect(answer.planText).toContain('correlation of Hens Apr.2031 and Ducks Apr.2031 over 5 rows');
  });
});

describe('a count slot that says missing beside a mean', () => {
  it('counts the missing cells of the column the slot names', () => {
    const answer = ask(FARMS, {
      question: 'How many farms gave no duck figure, and what is the average wind?',
      constraints:
        '{\nCount the rows where "Ducks Apr.2031" is missing.\nTake the mean of "Wind" ignoring missing values.\nRound the mean to two decimal places.\n}',
      format:
        '{\n@missing_ducks[n]\n@mean_wind[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
    });
    // Birch and Dunmore report no duck figure.
    expect(answer.slots).toEqual({ missing_ducks: '2', mean_wind: '10.67' });
  });
});

describe('a slot that says missing which no missing rule reads', () => {
  it("is refused rather than answered with the question's average", () => {
    expect(
      refusalCode(FARMS, {
        question: 'What is the average wind, and what about the ducks?',
        constraints:
          '{\nTake the mean of "Wind".\nCompare "Ducks Apr.2031" with "Ducks Apr.2030".\nRound the mean to two decimal places.\n}',
        format:
          '{\n@mean_wind[avg]\n@missing_ducks[n]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});

describe('"strong" in a count slot with no relationship asked', () => {
  it('counts the rows, not a correlation strength', () => {
    const answer = ask(FARMS, {
      question: 'How many farms have hens laying above 5?',
      constraints: '{\nCount the rows whose "Hens Apr.2031" is greater than 5.\n}',
      format: '{\n@strong_hen_farms[n]\nwhere "n" is an integer.\n}',
    });
    // Birch, Dunmore, Fenn and Gorse.
    expect(answer.slots).toEqual({ strong_hen_farms: '4' });
  });
});
