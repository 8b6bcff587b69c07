import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// Invented inns in three towns, each of one type; Dunmore's two are rated highest on average,
// lodges above taverns.
const INNS = `inn_name,town,inn_type,guest_score
Old Mill,Ashby,Lodge,3
Crown,Ashby,Tavern,2
Lamb,Ashby,Lodge,4
Swan,Dunmore,Tavern,5
Bell,Dunmore,Lodge,4
Anchor,Fenwick,Tavern,1
Rose,Fenwick,Lodge,3
Bridge,Fenwick,Tavern,2
`;

// An invented stall's daily takings over three years.
const TAKINGS = `Date,Takings
2021-03-01,10
2021-07-01,90
2022-03-01,50
2022-07-01,60
2023-03-01,20
2023-07-01,30
`;

// Invented walkers: their age, grade (1 or 2) and the distance they walked.
const WALKERS = `Walker,Age,Grade,Miles
Ann,30,1,2
Bo,41,1,3
Cal,25,1,2
Dee,52,1,4
Eli,38,1,3
Fay,47,1,2
Gil,33,1,3
Hu,29,1,40
Ivy,60,2,5
Jo,21,2,6
Kit,44,2,5
Lu,35,2,6
`;

describe('the group a "which …" question names', () => {
  it('takes the group before the verb, not the rows named after it', () => {
    const answer = ask(INNS, {
      question: 'Which town has the inns with the highest average guest score, and what is that average?',
      format: '@best_rated_town[town] @town_average_score[avg] where "avg" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ best_rated_town: 'Dunmore', town_average_score: '4.50' });
  });

  it('ranks groups by a statistic named between the verb and the superlative', () => {
    const answer = ask(TAKINGS, {
      question: 'In which year were the average takings highest, and what was that average?',
      format: '@best_year[year] @best_average[avg] where "avg" is rounded to two decimal places.',
    });
    // 2021: 50, 2022: 55, 2023: 25 (the single best day is in 2021).
    expect(answer.slots).toEqual({ best_year: '2022', best_average: '55.00' });
  });
});

describe('bounds by spread', () => {
  it('does not read "the z-score is above 2" as an age', () => {
    expect(
      refusal(WALKERS, {
        question: 'How many walkers stand out from the others?',
        constraints: 'Compute z-scores of "Miles". A walker counts when the z-score is above 2.',
        format: '@walkers[count] where "count" is an integer.',
      }),
    ).not.toBe('answered');
  });

  it('refuses a bound of standard deviations the plan did not apply', () => {
    expect(
      refusal(WALKERS, {
        question:
          'Among the grade 1 walkers, how many covered Miles more than two standard deviations above the grade 1 average?',
        format: '@far_walkers[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });

  it('refuses a bar of standard deviations worked out before a later step kept fewer rows', () => {
    expect(
      refusal(WALKERS, {
        question:
          'Among the grade 1 walkers, how many covered Miles more than two standard deviations above the average?',
        constraints: 'Keep the walkers with "Grade" equal to 1.',
        format: '@far_walkers[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });

  it('still counts a bound of standard deviations over all rows', () => {
    const answer = ask(WALKERS, {
      question: 'How many walkers covered Miles more than two standard deviations above the average?',
      format: '@walkers_above[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ walkers_above: '1' });
  });
});

// Invented runners numbered 1 to 6, with their lap times.
const RUNNERS = `RunnerId,Lap
1,61
2,58
3,70
4,64
5,59
6,66
`;

describe('a bare "above the mean" beside a noun that names the rows', () => {
  it("is not read as a bar of the rows' identifier", () => {
    expect(
      refusal(RUNNERS, {
        question: 'How many runners are above the mean?',
        format: '@n[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });

  it('still reads a measure named before it', () => {
    const answer = ask(RUNNERS, {
      question: 'How many runners ran a Lap above the mean?',
      format: '@n[count] where "count" is an integer.',
    });
    // The mean lap is 63: 64, 66 and 70.
    expect(answer.slots).toEqual({ n: '3' });
  });
});

// Invented library loans: each row a title's loans in one branch, grouped into genres.
const LOANS = `Title,Genre,Branch,Count
Tide,Poetry,North,4
Stone,Poetry,South,6
Rails,History,North,9
Forts,History,South,3
Vines,Cookery,North,2
Bread,Cookery,South,5
Ships,History,East,
`;

describe('groups ranked by a sum said in other words', () => {
  it('reads "accounts for the most loans once you add up the counts" as the groups\' totals', () => {
    const answer = ask(LOANS, {
      question:
        'Which genre of title accounts for the most loans once you add up the counts, and how many loans is that?',
      constraints: 'Sum "Count" within each "Genre", skipping missing counts.',
      format: '@top_genre[genre] @genre_loans[total] where "total" is an integer.',
    });
    // Poetry 10, History 12, Cookery 7.
    expect(answer.slots).toEqual({ top_genre: 'History', genre_loans: '12' });
  });
});

// An invented stall's sales on fourteen days over two years: one busy day in each year.
const DAYS = `Date,Sales
2023-01-02,10
2023-02-02,10
2023-03-02,10
2023-04-02,10
2023-05-02,10
2023-06-02,16
2024-01-02,10
2024-02-02,11
2024-03-02,9
2024-04-02,10
2024-05-02,80
2024-06-02,10
2024-07-02,12
2024-08-02,11
`;

describe('z-scores beside a filter on the rows', () => {
  const question =
    'Using the z-score method with a threshold of 2, how many days in 2023 have an outlying Sales figure?';
  const format = '@outliers_2023[count] where "count" is an integer.';

  it('takes the mean and spread of every row when the text says so', () => {
    const answer = ask(DAYS, {
      question,
      constraints: 'Compute the z-scores of "Sales" over all rows (population standard deviation).',
      format,
    });
    // Over all fourteen days only the 80 stands out, and it is in 2024.
    expect(answer.slots).toEqual({ outliers_2023: '0' });
  });

  it('takes those of the rows kept when the text says "within"', () => {
    const answer = ask(DAYS, {
      question,
      constraints: 'Compute the z-scores of "Sales" within the 2023 rows (population standard deviation).',
      format,
    });
    // Within 2023: mean 11, standard deviation 2.24, so 16 lies 2.24 above.
    expect(answer.slots).toEqual({ outliers_2023: '1' });
  });

  it('refuses when the text does not say over which rows', () => {
    expect(refusal(DAYS, { question, format })).toBe('unsupported');
  });
});
