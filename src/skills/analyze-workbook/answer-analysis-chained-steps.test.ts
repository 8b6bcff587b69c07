import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented pet clinic list: one row per pet, its kind, age and weight.
const PETS = `pet_id,Kind,Age,Weight
1,Dog,3,20
2,Cat,5,4
3,Dog,7,25
4,Bird,1,1
5,Cat,2,5
6,Dog,9,30
7,Cat,11,6
8,Dog,4,22
`;

describe('a condition set before the first clause ("For pets of the Dog kind, how many … and what …")', () => {
  it('keeps the rows for every clause, not for the count alone', () => {
    const answer = ask(PETS, {
      question:
        "Looking at the 'Dog' pets, how many ages are z-score outliers (|z| > 3), and what is the mean age?",
      constraints:
        '{\nKeep the rows whose "Kind" is "Dog". Compute the z-score of "Age" within those rows; |z| > 3 is an outlier.\n}',
      format:
        '{\n@dog_age_outliers[count]\n@mean_age[mean]\nwhere "count" is a non-negative integer and "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ dog_age_outliers: '0', mean_age: '5.75' });
  });

  it('reads "of that group" in a later clause as pointing back to the kept rows', () => {
    const answer = ask(PETS, {
      question: 'How many pets are in the Dog kind, and what is the mean weight of that group?',
      format: '{\n@dogs[n]\n@mean_weight[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ dogs: '4', mean_weight: '24.25' });
  });
});

// Invented corner shop: a wage and three counts of fruit sold.
const SHOP = `wage_in_dollars,number_of_apples,number_of_pears,number_of_plums
300,4,2,1
420,6,3,2
380,5,5,1
510,9,4,3
290,3,1,0
450,7,6,2
`;

const FRUIT_STEP =
  '{\nfruit_total = number_of_apples + number_of_pears + number_of_plums.\nRound to two decimal places.\n}';

describe('a made feature correlated with another column', () => {
  it('reads "how does it correlate with wage" as the feature and the wage', () => {
    const answer = ask(SHOP, {
      question:
        'Engineer a feature "fruit_total" as apples plus pears plus plums. What is its mean, and how does it correlate with wage?',
      constraints: FRUIT_STEP,
      format:
        '{\n@fruit_total_mean[mean]\n@fruit_wage_corr[r]\nwhere "mean" and "r" are rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ fruit_total_mean: '10.67', fruit_wage_corr: '0.96' });
  });

  it('refuses a correlation of the feature with one of its own parts that the text never pairs', () => {
    expect(
      refusalCode(SHOP, {
        question:
          'Engineer a feature "fruit_total" as apples plus pears plus plums. How does it correlate with pay?',
        constraints: FRUIT_STEP,
        format: '{\n@fruit_corr[r]\nwhere "r" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});

// Invented orchards: each orchard's region and yield.
const ORCHARDS = `orchard,region,yield_kg
A1,North,120
A2,North,80
A3,South,300
A4,South,260
A5,East,40
A6,East,60
A7,West,500
A8,North,100
`;

describe('figures of groups', () => {
  it('counts the regions whose mean yield is above 150, not the rows above 150', () => {
    const answer = ask(ORCHARDS, {
      question:
        'Compute the mean yield_kg for each region. How many regions have a mean yield above 150, and what is the lowest of the region means?',
      format:
        '{\n@regions_over_150[count]\n@lowest_region_mean[mean]\nwhere "count" is an integer and "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ regions_over_150: '2', lowest_region_mean: '50.00' });
  });

  it('refuses a bound on a mean of groups that no column names, rather than counting rows past it', () => {
    expect(
      refusalCode(ORCHARDS, {
        question: 'How many districts have a mean yield above 150?',
        format: '{\n@districts_over_150[count]\nwhere "count" is an integer.\n}',
      }),
    ).toBe('unsupported');
  });

  it('gives the lowest of the region means as a figure, not a label', () => {
    const answer = ask(ORCHARDS, {
      question: 'Compute the mean yield_kg for each region. What is the lowest of the region means?',
      constraints:
        '{\nGroup by "region" and average "yield_kg" within each region.\nRound to two decimal places.\n}',
      format: '{\n@lowest_region_mean[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ lowest_region_mean: '50.00' });
  });
});

describe('a feature named before its formula', () => {
  it('reads "Create a feature pear_share = A / B", the formula after an equals sign', () => {
    const answer = ask(SHOP, {
      question:
        'Create a feature pear_share = number_of_pears / number_of_apples. Report its mean and median.',
      constraints: '{\nRound both to three decimal places.\n}',
      format:
        '{\n@pear_share_mean[mean]\n@pear_share_median[median]\nwhere "mean" and "median" are rounded to three decimal places.\n}',
    });
    expect(answer.slots).toEqual({ pear_share_mean: '0.606', pear_share_median: '0.500' });
  });

  it('reads "Create a FruitCount column as A + B + 1", the name written before "column"', () => {
    const answer = ask(SHOP, {
      question:
        'Create a FruitCount column as number_of_pears + number_of_plums + 1. What is the average fruit count?',
      constraints: '{\nRound the mean to two decimal places.\n}',
      format: '{\n@mean_fruit_count[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_fruit_count: '6.00' });
  });
});

// Invented inns: each inn's name, town and guests in a season.
const INNS = `inn_id,inn_name,town_name,guest_count
1,Blue Inn,Alder,120
2,Red Inn,Alder,80
3,Oak Lodge,Birch,300
4,Elm Rest,Birch,260
5,Pine Stop,Cedar,40
6,Fir Bed,Cedar,60
7,Ash Hall,Dale,500
8,Yew Inn,Alder,100
`;

describe("the lowest of the groups' figures beside name columns", () => {
  it('gives the smallest town mean, not the smallest row', () => {
    const answer = ask(INNS, {
      question: 'Compute the mean guest_count for each town. What is the lowest of the town means?',
      format: '{\n@lowest_town_mean[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ lowest_town_mean: '50.00' });
  });

  it('refuses the lowest of the town means when no measure is grouped by town', () => {
    expect(
      refusalCode(INNS, {
        question: 'What is the lowest of the town means?',
        format: '{\n@lowest_town_mean[mean]\nwhere "mean" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});

// Invented market stall: a day's top and floor price and the units sold.
const STALL = `Day,Top,Floor,Units
1,10,8,100
2,12,9,150
3,11,10,90
4,15,11,200
5,14,12,120
`;

describe('a new column named by the words before its bracketed formula', () => {
  it('makes "the daily spread (Top minus Floor)" and takes its mean', () => {
    const answer = ask(STALL, {
      question: 'Make a new column for the daily spread (Top minus Floor). Report its mean.',
      format: '{\n@mean_spread[mean]\nwhere "mean" is rounded to three decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_spread: '2.400' });
  });
});

// Invented kennel: dogs and cats with their weights, one dog far heavier than the rest.
const KENNEL = `pet,Kind,Weight
p1,Dog,20
p2,Dog,22
p3,Dog,21
p4,Dog,23
p5,Dog,19
p6,Dog,80
p7,Cat,4
p8,Cat,5
p9,Cat,6
`;

describe('a slot that names nothing but its placeholder', () => {
  it('counts the outliers the question asks for, not every row kept', () => {
    const answer = ask(KENNEL, {
      question: 'Among Dog pets only, how many weights are outliers by the 1.5 x IQR rule?',
      format: '{\n@answer[count]\nwhere "count" is a non-negative integer.\n}',
    });
    expect(answer.slots).toEqual({ answer: '1' });
  });

  it('refuses one median of every row for "the gap between the two medians"', () => {
    expect(
      refusalCode(KENNEL, {
        question:
          'Group the pets by kind and take the median weight of each group. How big is the gap between the two medians?',
        format: '{\n@answer[gap]\nwhere "gap" is a number.\n}',
      }),
    ).toBe('unsupported');
  });
});
