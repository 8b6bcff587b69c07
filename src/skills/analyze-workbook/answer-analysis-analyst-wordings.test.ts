import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented nursery stock list: one row per plant, its kind and its height.
const PLANTS = `plant_id,plant_kind,height_cm
1,Shrub,40
2,Fern,22
3,Shrub,35
4,Herb,12
5,Shrub,48
6,Fern,25
7,Grass,60
8,Shrub,33
9,Shrub,29
`;

describe('a count slot beside "the number of distinct X and the most common X"', () => {
  it('counts the distinct kinds, not the rows of the most common kind', () => {
    const answer = ask(PLANTS, {
      question:
        'What is the distribution of plant_kind? Give the number of distinct kinds and the most common kind.',
      constraints: '{\nCount the rows of each "plant_kind".\n}',
      format: '{\n@plant_kind_count[n]\n@top_plant_kind[kind]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ plant_kind_count: '4', top_plant_kind: 'Shrub' });
  });
});

// Invented swimming-club register: the membership tier is blank where it was never recorded.
const MEMBERS = `member_id,Lane_Grade,Visits
M1,1,4
M2,,7
M3,1,2
M4,0,9
M5,,3
M6,1,5
M7,1,6
M8,0,1
M9,,2
`;

// Invented guest house: rooms by floor, the floor blank where it was not noted.
const ROOMS = `room,Floor_Level,Beds
R1,1,2
R2,,1
R3,1,2
R4,2,3
R5,,2
R6,1,1
R7,1,2
R8,2,2
`;

describe('a missing count beside a condition on the same column', () => {
  it('counts the missing cells among all the rows, not among those kept for a value', () => {
    const answer = ask(MEMBERS, {
      question: 'How many members have a lane grade of 1, and how many are missing a lane grade?',
      constraints:
        '{\nCount the rows whose "Lane_Grade" is 1, and the rows whose "Lane_Grade" is missing.\n}',
      format: '{\n@grade_one_members[n]\n@missing_grade[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ grade_one_members: '4', missing_grade: '3' });
  });

  it('counts a missing count among the rows before those kept for having a value, not among them', () => {
    const answer = ask(MEMBERS, {
      question:
        'What share of members with a known lane grade have a lane grade of 1, and how many members are missing one?',
      constraints:
        '{\nLeave out the rows where "Lane_Grade" is missing when taking the share, and give it in percent.\nRound the share to two decimal places.\n}',
      format:
        '{\n@graded_one_pct[pct]\n@missing_grade[n]\nwhere "pct" is rounded to two decimal places and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ graded_one_pct: '66.67', missing_grade: '3' });
  });

  it('takes a share of a value among the known cells when the question says "with a known"', () => {
    const answer = ask(ROOMS, {
      question: 'What share of rooms with a known floor level have a floor level of 1?',
      constraints:
        '{\nLeave out the rows where "Floor_Level" is missing when taking the share, and give it in percent.\nRound the share to two decimal places.\n}',
      format: '{\n@first_floor_pct[pct]\nwhere "pct" is rounded to two decimal places.\n}',
    });
    // Four of the six rooms whose floor is known.
    expect(answer.slots).toEqual({ first_floor_pct: '66.67' });
  });

  it('keeps a missing count among the rows of the other conditions', () => {
    const answer = ask(MEMBERS, {
      question:
        'Among members with more than 2 visits, how many have a lane grade of 1, and how many are missing a lane grade?',
      constraints: '{\nKeep the rows whose "Visits" is more than 2.\n}',
      format: '{\n@grade_one_members[n]\n@missing_grade[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ grade_one_members: '3', missing_grade: '2' });
  });
});

// Invented town budget: the share of each year's spending that went to two services.
const BUDGET = `Year,Parks Maintenance,Street Lighting
2011,4.1,2.2
2012,4.4,2.5
2013,4.2,2.1
2014,5.0,2.9
2015,5.3,3.0
2016,5.1,3.2
`;

describe("a slot word joining the first letters of a column name's words", () => {
  it('reads "parkmaint" as Parks Maintenance', () => {
    const answer = ask(BUDGET, {
      question: 'How strongly is Parks Maintenance correlated with Street Lighting?',
      constraints:
        '{\nCalculate the Pearson correlation coefficient between "Parks Maintenance" and "Street Lighting".\nRound to two decimal places.\n}',
      format: '{\n@parkmaint_lighting_corr[r]\nwhere "r" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ parkmaint_lighting_corr: '0.95' });
  });

  it('leaves unread a word joining parts of two different columns', () => {
    expect(
      refusalCode(BUDGET, {
        question: 'How strongly is Parks Maintenance correlated with Street Lighting?',
        constraints:
          '{\nCalculate the Pearson correlation coefficient between "Parks Maintenance" and "Street Lighting".\nRound to two decimal places.\n}',
        format: '{\n@parklight_corr[r]\nwhere "r" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});

// Invented farm stall: the week's takings.
const STALL = `Week,Takings
1,12
2,15
3,11
4,40
5,18
6,13
7,52
8,16
9,14
`;

describe('a count slot named for the lowest or highest bin', () => {
  it('counts the rows of each end bin, not its minimum or maximum', () => {
    const answer = ask(STALL, {
      question:
        "Split 'Takings' into 3 equal-width bins. How many weeks fall in the lowest bin and how many in the highest?",
      constraints: '{\nUse pandas.cut with bins=3.\n}',
      format: '{\n@lowest_bin_weeks[n]\n@highest_bin_weeks[m]\nwhere "n" and "m" are integers.\n}',
    });
    // Bins of (10.96, 24.67], (24.67, 38.33], (38.33, 52]: seven weeks, then two.
    expect(answer.slots).toEqual({ lowest_bin_weeks: '7', highest_bin_weeks: '2' });
  });
});
