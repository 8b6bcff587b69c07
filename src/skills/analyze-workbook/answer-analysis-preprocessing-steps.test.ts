import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// An invented household's monthly expenses: two large ones (Rent, Food) among small ones.
const EXPENSES = `Item,Amount
Rent,900
Food,300
Power,60
Water,40
Phone,50
Bus,55
Gym,45
Books,50
Gifts,70
`;

// An invented singer's nominations by year.
const AWARDS = `Year,Award,Result
2020,Alpha Prize,Won
2020,Beta Prize,Nominated
2021,Gamma Prize,Won
2021,Delta Prize,Won
2021,Epsilon Prize,Nominated
2022,Zeta Prize,Won
`;

// An invented actor's roles: Notes give a number of episodes, another note, or nothing.
const ROLES = `Title,Notes
First Light,5 episodes
Harbour Town,Television movie
The Long Road,
Night Shift,12 episodes
Red Hills,Miniseries
Quiet Bay,
Sun Coast,Guest role
`;

describe('steps a DABench-form question states in other words', () => {
  it('removes "the outlying" rows by the 1.5·IQR rule stated in another sentence', () => {
    const answer = ask(EXPENSES, {
      question: 'Remove the outlying expenses, then give the mean Amount.',
      constraints:
        'An outlier is an Amount below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR. Round to two decimal places.',
      format: '@mean_amount[mean] where "mean" is rounded to two decimal places.',
    });
    // Fences 20 and 100: Rent and Food go, 370 / 7 is left.
    expect(answer.slots.mean_amount).toBe('52.86');
    expect(answer.planText).toContain('outliers removed (7)');
  });
  it('refuses "the outlying" rows under another multiplier rather than ignore the step', () => {
    expect(
      refusal(EXPENSES, {
        question: 'Remove the outlying expenses, then give the mean Amount.',
        constraints: 'An outlier is an Amount above Q3 + 3 * IQR. Round to two decimal places.',
        format: '@mean_amount[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('keeps "above the mean" to its own clause: a median asked beside it is over every row', () => {
    const answer = ask(EXPENSES, {
      question: 'What is the median Amount, and how many expenses have an Amount above the mean?',
      constraints: 'Round the median to one decimal place.',
      format:
        '@median_amount[median], @above_mean[count] where "median" has one decimal and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ median_amount: '55.0', above_mean: '2' });
  });
  it('reads a quoted value after "is not" as the rows left out', () => {
    const answer = ask(AWARDS, {
      question: 'How many nominations in 2021 did not win?',
      constraints: "A nomination did not win when Result is not 'Won'.",
      format: '@lost_2021[count] where "count" is an integer.',
    });
    expect(answer.slots.lost_2021).toBe('1');
    expect(answer.planText).toContain('rows where Result is not "Won"');
  });
  it('takes a share\'s base from its "of that year\'s" phrase', () => {
    const answer = ask(AWARDS, {
      question: "How many awards were won in 2021, and what share of that year's nominations is that?",
      constraints:
        "An award was won when Result is 'Won'. Give the share in percent, rounded to two decimal places.",
      format:
        '@won_2021[count], @share_2021[percent] where "count" is an integer and "percent" has two decimals.',
    });
    expect(answer.slots).toEqual({ won_2021: '2', share_2021: '66.67' });
  });
});

describe('numbers and missing cells as a table writes them', () => {
  it("reads the minus sign U+2212 as a negative number, and a column name's digits as no condition", () => {
    const answer = ask('x2,y2\n1,3\n2,5\n\u22121,\u22121\n4,9\n', {
      question: 'What is the median of x2, and how many rows of y2 are negative?',
      constraints: 'Round the median to one decimal place.',
      format:
        '@median_x2[median], @negative_y2[count] where "median" has one decimal and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ median_x2: '1.5', negative_y2: '1' });
  });
  it('reads rows that "have no" a column as its missing cells, counted out of every row', () => {
    const share = ask(ROLES, {
      question: 'What percentage of the roles have no Notes?',
      constraints: 'Round to two decimal places.',
      format: '@no_notes_percent[percent] where "percent" is rounded to two decimal places.',
    });
    expect(share.slots.no_notes_percent).toBe('28.57');
    const both = ask(ROLES, {
      question: 'How many roles have no Notes, and what percentage of the roles is that?',
      constraints: 'Round the percentage to two decimal places.',
      format: '@missing_notes[count], @missing_notes_percent[percent] where "percent" has two decimals.',
    });
    expect(both.slots).toEqual({ missing_notes: '2', missing_notes_percent: '28.57' });
  });
  it('reads a few stated numbers among other notes only when the text drops the rest', () => {
    const request = {
      question: 'For the roles whose Notes give a number of episodes, what is the mean number of episodes?',
      constraints: "The episodes are the number before ' episodes' in Notes ('5 episodes' is 5).",
      format: '@mean_episodes[mean] where "mean" is rounded to two decimal places.',
    };
    expect(refusal(ROLES, request)).toBe('unsupported');
    const answer = ask(ROLES, {
      ...request,
      constraints: `${request.constraints.replace(/\.$/, '')}; rows whose Notes do not give episodes are dropped.`,
    });
    expect(answer.slots.mean_episodes).toBe('8.50');
  });
});

// Invented parcels handled by a depot in twelve hours, one hour swamped by a delivery.
const PARCELS = `Hour,Parcels
1,3
2,4
3,5
4,4
5,6
6,5
7,4
8,30
9,5
10,4
11,3
12,5
`;

describe('a figure over "the rows that are not outliers"', () => {
  it('takes the maximum over the rows the Z-score keeps, and counts the outliers over every row', () => {
    const answer = ask(PARCELS, {
      question:
        'Using the Z-score method with a threshold of 2, how many hours are outliers in Parcels, and what is the largest number of Parcels among the other hours?',
      constraints:
        '{\nThe Z-score uses the mean and the population standard deviation of "Parcels". An outlier has an absolute Z-score greater than 2. Count the outliers, then report the maximum "Parcels" of the rows that are not outliers.\n}',
      format:
        '{\n@outlier_count[count]\n@max_without_outliers[value]\nwhere "count" and "value" are integers.\n}',
    });
    expect(answer.slots).toEqual({ outlier_count: '1', max_without_outliers: '6' });
  });
});
