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

  it('refuses a missing count among rows kept for having a value, rather than answering 0', () => {
    expect(
      refusalCode(MEMBERS, {
        question:
          'What share of members with a known lane grade have a lane grade of 1? Also how many are missing it?',
        constraints:
          '{\nLeave out the rows where "Lane_Grade" is missing when taking the share, and give it in percent.\nRound the share to two decimal places.\n}',
        format:
          '{\n@graded_one_pct[pct]\n@missing_grade[n]\nwhere "pct" is rounded to two decimal places and "n" is an integer.\n}',
      }),
    ).toBe('unsupported');
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
