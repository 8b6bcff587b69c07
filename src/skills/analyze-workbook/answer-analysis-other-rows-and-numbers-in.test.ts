import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { writeNumber } from './answer-format.ts';

// An invented hurling club's fixtures: "@" marks a rival met away.
const SEASON = `Fixture,Rival,Result,ET,Crowd
1,@ Harbor Hawks,L 9–10,ET,5200
2,Valley Owls,W 12–8,,7100
3,@ Ridge Rams,W 11–9,,4300
4,Lake Otters,L 7–8,ET,6900
5,@ Valley Owls,L 6–12,,3900
6,Harbor Hawks,W 10–4,,7400
7,Ridge Rams,W 13–11,,6800
8,@ Lake Otters,L 8–9,ET,4100
`;

describe('the rows a sentence names as "every other" kind', () => {
  it('keeps the home games when the text defines away games and asks about the others', () => {
    const answer = ask(SEASON, {
      question: 'What was the average crowd at the home games?',
      constraints:
        '{\nA game is an away game when its "Rival" starts with "@"; every other game is a home game. Average "Crowd" over the home games.\nRound to two decimal places.\n}',
      format: '{\n@mean_home_crowd[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    // (7100 + 6900 + 7400 + 6800) / 4, not the away games.
    expect(answer.slots).toEqual({ mean_home_crowd: '7050.00' });
  });

  it('keeps the rows that meet the condition when the text asks about the kind it defines', () => {
    const answer = ask(SEASON, {
      question: 'What was the average crowd at the away games?',
      constraints:
        '{\nA game is an away game when its "Rival" starts with "@"; every other game is a home game.\nRound to two decimal places.\n}',
      format: '{\n@mean_away_crowd[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_away_crowd: '4375.00' });
  });
});

describe("a value written like its column's name, said of that column", () => {
  it('reads \'its "ET" is "ET"\' as a condition on the ET column', () => {
    const answer = ask(SEASON, {
      question: 'How many fixtures went to extra time and were lost?',
      constraints:
        '{\nCount the fixtures whose "Result" starts with "L" and that went to extra time, that is whose "ET" is "ET".\n}',
      format: '{\n@extra_time_losses[count]\nwhere "count" is an integer.\n}',
    });
    // Fixtures 1, 4 and 8, not the four losses alone.
    expect(answer.slots).toEqual({ extra_time_losses: '3' });
  });
});

// An invented relay squad's times by leg, a dash where a swimmer did not swim it.
const LEGS = `Swimmer,Leg A,Leg B,Leg C,Best
Ines,31.2,-,30.8,30.8
Joss,-,32.5,31.9,31.9
Kaito,30.9,31.1,31.4,30.9
Lumi,32.0,31.7,-,31.7
Mads,31.5,31.3,31.0,31.0
Nell,-,-,32.2,32.2
`;

describe('rows with a number in several columns', () => {
  it('counts the rows with a number in both of two columns named after "in both"', () => {
    const answer = ask(LEGS, {
      question: 'How many swimmers swam both Leg A and Leg B?',
      constraints:
        '{\nA "-" means the swimmer did not swim it. Count the rows with a number in both "Leg A" and "Leg B".\n}',
      format: '{\n@swimmers_both_legs[count]\nwhere "count" is an integer.\n}',
    });
    // Kaito, Lumi and Mads; the old code refused "both".
    expect(answer.slots).toEqual({ swimmers_both_legs: '3' });
  });

  it('reads "in all three" as the three columns an earlier sentence lists', () => {
    const answer = ask(LEGS, {
      question: 'How many swimmers swam every leg?',
      constraints:
        '{\nThe legs are "Leg A", "Leg B" and "Leg C"; a "-" means the swimmer did not swim it. Count the rows with a number in all three.\n}',
      format: '{\n@all_leg_swimmers[count]\nwhere "count" is an integer.\n}',
    });
    // Kaito and Mads.
    expect(answer.slots).toEqual({ all_leg_swimmers: '2' });
  });

  it('refuses "in all four" when the columns listed are not four, where the old code counted every row (6)', () => {
    expect(
      refusalCode(LEGS, {
        question: 'How many swimmers swam every leg?',
        constraints:
          '{\nThe legs are "Leg A", "Leg B" and "Leg C". Count the rows with a number in all four.\n}',
        format: '{\n@all_leg_swimmers[count]\nwhere "count" is an integer.\n}',
      }),
    ).toBe('unsupported');
  });
});

// An invented fruit kiosk's daily prices, some days without a price.
const KIOSK = `Date,High,Low,Pears,Plums
2021-12-30,12,9,4.0,2.0
2021-12-31,14,10,4.2,
2022-01-03,15,11,4.4,2.3
2022-01-04,13,8,,2.1
2022-01-05,16,12,4.9,2.6
2022-01-06,18,11,5.1,2.7
2022-01-07,17,13,5.0,2.5
2022-01-10,19,12,5.6,2.9
`;

describe('a year kept beside other words of the same sentence', () => {
  it('reads "the mean of the range" of a made Daily range as that column, not as cells that are ranges', () => {
    const answer = ask(KIOSK, {
      question: 'Make a daily range column as High minus Low. What was its average across 2022?',
      constraints:
        '{\nDaily range = "High" - "Low". Keep the rows whose "Date" is in 2022 and take the mean of the range, leaving out missing values.\nRound to two decimal places.\n}',
      format: '{\n@average_daily_range[mean]\nwhere "mean" is rounded to two decimal places.\n}',
    });
    // The six days of 2022; the old code took the sentence for one about cells that are ranges and refused.
    expect(answer.slots).toEqual({ average_daily_range: '5.17' });
  });

  it('keeps the rows "that have both a Pears and a Plums price"', () => {
    const answer = ask(KIOSK, {
      question:
        'In 2022, how closely did plum prices track pear prices? Give the slope and intercept of a least-squares line of Plums on Pears.',
      constraints:
        '{\nKeep the rows whose "Date" is in 2022 and that have both a "Pears" and a "Plums" price. Fit Plums = slope * Pears + intercept by least squares.\nRound the slope to four decimal places and the intercept to two.\n}',
      format:
        '{\n@slope[slope]\n@intercept[intercept]\nwhere "slope" is rounded to four decimal places and "intercept" to two decimal places.\n}',
    });
    // scipy's linregress over the five days of 2022 with both prices; the old code refused.
    expect(answer.slots).toEqual({ slope: '0.5000', intercept: '0.10' });
  });
});

// An invented derby's games: one home score and one visitors' score far above the others.
const DERBY = `Game,Home Score,Visitors
1,20,21
2,21,19
3,22,20
4,19,22
5,60,18
6,20,23
7,21,20
8,18,61
`;

describe('the column "outliers in" names', () => {
  it('counts the outliers of the made column the question names after "outliers in"', () => {
    const answer = ask(DERBY, {
      question:
        "Sum the two sides' scores for each game. How many games are outliers in total points by the IQR rule?",
      constraints:
        '{\nTotal points = "Home Score" + "Visitors". An outlier lies below Q1 - 1.5 * IQR or above Q3 + 1.5 * IQR, with quartiles as pandas computes them.\n}',
      format: '{\n@outlier_games[count]\nwhere "count" is an integer.\n}',
    });
    // Games 5 and 8 by their totals; the old code took Home Score ("sides' scores") and refused.
    expect(answer.slots).toEqual({ outlier_games: '2' });
  });
});

// An invented shop's monthly sales.
const MONTHS = `Month,Sales
Jan,50
Feb,70
Mar,100
Apr,25
May,40
Jun,98
Jul,54
Aug,67
Sep,43
Oct,110
Nov,125
Dec,98
`;

describe('one bar of standard deviations said twice', () => {
  it('keeps the rows once when the question and the constraints both state the bar', () => {
    const answer = ask(MONTHS, {
      question:
        'Count the months whose sales came in more than one standard deviation above the average month.',
      constraints:
        '{\nTake the mean and the standard deviation of "Sales" over the twelve months, and count the months whose "Sales" is greater than the mean plus one standard deviation.\n}',
      format: '{\n@high_sales_months[count]\nwhere "count" is an integer.\n}',
    });
    // October and November are above 73.33 + 32.02; the old code took the bar again over those
    // two months and refused.
    expect(answer.slots).toEqual({ high_sales_months: '2' });
  });
});

describe('a figure written at its rounding as Python writes it', () => {
  it('rounds an exact tie to the even digit, and other values to the nearest', () => {
    // 100.625 is exact in binary: Python's f"{x:.2f}" and round() give 100.62, toFixed gives 100.63.
    expect(writeNumber(100.625, 2)).toBe('100.62');
    expect(writeNumber(100.375, 2)).toBe('100.38');
    expect(writeNumber(-0.125, 2)).toBe('-0.12');
    expect(writeNumber(2.5, 0)).toBe('2');
    // 2.675 is just under the tie in binary: 2.67 both ways.
    expect(writeNumber(2.675, 2)).toBe('2.67');
    expect(writeNumber(1234.5678, 2)).toBe('1234.57');
  });
});
