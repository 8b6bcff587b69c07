import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { withFrequentGroupCounts } from './frequent-group-count.ts';
import { rankingPair, writersOwnWord } from './slot-elimination.ts';
import { pointedColumn } from './value-columns.ts';

// Invented loan applications: Area's most frequent value differs from Purpose's.
const LOANS = `Applicant,Area,Purpose,Amount
A1,Upland,Car,120
A2,Upland,Home,200
A3,Riverside,Car,90
A4,Upland,Home,150
A5,Lowfield,Car,80
A6,Riverside,Car,110
`;

// Invented offences: the most frequent Offense (Theft) is not the ranked Category's value.
const OFFENSES = `Year,Offense,Category
2001,Theft,Property
2001,Theft,Property
2002,Fraud,Property
2002,Assault,Person
2003,Robbery,Property
2003,Fraud,Property
2003,Theft,Property
2004,Assault,Person
`;

// Invented voyages: a numbered Class column of 1, 2 and 3 beside a fare.
const VOYAGES = `Ticket,Class,Fare
T1,1,80
T2,3,10
T3,1,100
T4,2,30
T5,3,12
T6,3,14
`;

// Invented yearly shares, the Year column numbering the rows (each year once, no gap).
const SHARES = `Year,Design,Survey
2001,12.5,40.0
2002,18.0,41.5
2003,15.5,39.0
2004,14.0,44.0
`;

// Invented fixtures: the busiest opponent is named in a column the slots do not name.
const FIXTURES = `Match,Opponent,Goals
1,Lakeside,2
2,Hillview,1
3,Lakeside,3
4,Harbour City,0
5,Lakeside,2
`;

function outcome(run: () => { slots: Record<string, string> }): string {
  try {
    return JSON.stringify(run().slots);
  } catch (thrown) {
    return `${toAppError(thrown).code}: ${toAppError(thrown).message}`;
  }
}

describe('a count beside the most frequent value', () => {
  it("counts the rows of the ranked value, not of another column's most frequent value", () => {
    const answer = ask(OFFENSES, {
      question:
        'Which offense category appears most often in the dataset, and how many records does it have?',
      format:
        '@top_category[category], @record_count[count] where "category" is a string and "count" is an integer.',
    });
    // 6 rows of Property, not the 3 rows of Theft, the most frequent Offense.
    expect(answer.slots).toEqual({ top_category: 'Property', record_count: '6' });
  });

  it('reads a count of every row as the ranked value\'s rows when its clause points back ("from there")', () => {
    const results = withFrequentGroupCounts(
      'Which area has the most applicants, and how many applicants are from there?',
      new Map([
        [
          'top_area',
          { value: 'Upland', note: 'most frequent Area ("Upland", 3 rows)', columns: ['Area'], rows: [0] },
        ],
        ['applicants', { value: '6', note: 'count of rows (applicants)', columns: [], rows: [] }],
      ]),
    );
    expect(results.get('applicants')?.value).toBe('3');
  });

  it('keeps a count of every row when nothing points back', () => {
    const results = withFrequentGroupCounts(
      'Which area is the most common, and how many applicants are there?',
      new Map([
        [
          'top_area',
          { value: 'Upland', note: 'most frequent Area ("Upland", 3 rows)', columns: ['Area'], rows: [0] },
        ],
        ['applicants', { value: '6', note: 'count of rows (applicants)', columns: [], rows: [] }],
      ]),
    );
    expect(results.get('applicants')?.value).toBe('6');
  });

  it("refuses another column's most frequent count when nothing points back", () => {
    expect(() =>
      withFrequentGroupCounts(
        'Which area is the most common, and how many records are there for the most common purpose?',
        new Map([
          [
            'top_area',
            { value: 'Upland', note: 'most frequent Area ("Upland", 3 rows)', columns: [], rows: [] },
          ],
          [
            'records',
            {
              value: '4',
              note: 'count of rows of the most frequent Purpose ("Car", 4 rows)',
              columns: [],
              rows: [],
            },
          ],
        ]),
      ),
    ).toThrow(/most frequent Purpose/);
  });
});

describe('a whole-number group named by its ordinal', () => {
  it('reads "first-class" and "third-class" as Class 1 and Class 3', () => {
    const answer = ask(VOYAGES, {
      question: 'What is the mean fare paid by first-class travellers and by third-class travellers?',
      format: '@mean_fare_first[fare], @mean_fare_third[fare] where "fare" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_fare_first: '90.00', mean_fare_third: '12.00' });
  });
});

describe('a numbering column is no measure beside another', () => {
  it('takes the peak of the named measure, not of the Year', () => {
    const answer = ask(SHARES, {
      question: 'In which year did the share of Design reach its maximum, and what was it?',
      constraints: 'Use the Design column.',
      format:
        '@peak_year[year], @peak_share[share] where "year" is an integer and "share" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ peak_year: '2002', peak_share: '18.00' });
  });
});

describe('slots matched by elimination', () => {
  it("matches a name slot in the writer's own word to the label ranking first", () => {
    const answer = ask(FIXTURES, {
      question: 'Which opponent was played in the most matches, and how many?',
      format:
        '@most_met_opponent[team], @most_met_matches[count] where "team" is a string and "count" is an integer.',
    });
    expect(answer.slots).toEqual({ most_met_opponent: 'Lakeside', most_met_matches: '3' });
  });

  it('keeps the refusal when the question itself uses the unread word ("not")', () => {
    expect(
      outcome(() =>
        ask(LOANS, {
          question: 'What is the mean amount of car loans and of loans that are not for a car?',
          format: '@mean_car[amount], @mean_not_car[amount] where "amount" is rounded to two decimal places.',
        }),
      ),
    ).toMatch(/^unsupported/);
  });

  it("reads a word as the writer's own only when no text or column word starts like it", () => {
    expect(writersOwnWord('met', 'Which opponent was played in the most matches?', ['Opponent'])).toBe(true);
    expect(writersOwnWord('opponent', 'Which opposing team is listed most often?', ['Opposing team'])).toBe(
      false,
    );
    expect(writersOwnWord('unmarried', 'the mean of unmarried applicants', ['Married'])).toBe(false);
  });

  it('pairs only a label ranking first with its own figure', () => {
    const label = {
      value: 'Lakeside',
      note: 'most frequent Opponent ("Lakeside", 3 rows)',
      columns: [],
      rows: [],
    };
    const own = {
      value: '3',
      note: 'count of rows (matches) of the most frequent Opponent ("Lakeside", 3 rows)',
      columns: [],
      rows: [],
    };
    const other = { value: '8', note: 'sum of Goals over 5 values', columns: [], rows: [] };
    expect(rankingPair(label, own)).toBe(true);
    expect(rankingPair(label, other)).toBe(false);
    expect(rankingPair(own, other)).toBe(false);
  });
});

describe('a negated word naming a column', () => {
  // Invented applications: Married holds Yes or No; two eligibility flags.
  const APPLICATIONS = `Applicant,Married,Amount,loan_eligibility,bonus_eligibility
B1,Yes,120,1,0
B2,No,80,0,1
B3,Yes,150,1,1
B4,No,60,0,0
B5,Yes,100,1,0
`;

  it('refuses "unmarried" when the plan never read Married', () => {
    expect(
      outcome(() =>
        ask(APPLICATIONS, {
          question: 'What is the mean amount of unmarried applicants?',
          format: '@mean_amount[amount] where "amount" is rounded to two decimal places.',
        }),
      ),
    ).toMatch(/^unsupported: .*"unmarried"/);
  });

  it('refuses "not eligible" read as the eligible rows by a definition in the constraints', () => {
    expect(
      outcome(() =>
        ask(APPLICATIONS, {
          question: 'What is the mean amount of applicants who are not eligible for a loan?',
          constraints: 'Eligible applicants have loan_eligibility equal to 1; the others have 0.',
          format: '@mean_amount[amount] where "amount" is rounded to two decimal places.',
        }),
      ),
    ).toMatch(/^unsupported/);
  });
});

describe('a value pointed to by the column named after it', () => {
  it('reads "X listed as the <column>" and "X in the <column> column"', () => {
    const columns = [
      ['home', 'team'],
      ['away', 'team'],
    ];
    const words = (text: string) => text.split(' ');
    expect(pointedColumn(words('how many times is leeds listed as the away team'), 4, columns, 5)).toBe(1);
    expect(pointedColumn(words('how many games had leeds in the away team column'), 4, columns, 5)).toBe(1);
    expect(pointedColumn(words('how many games had leeds in 1990'), 4, columns, 5)).toBeUndefined();
  });
});
