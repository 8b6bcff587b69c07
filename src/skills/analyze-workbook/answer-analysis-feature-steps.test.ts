import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// An invented club's members: one Age is missing.
const MEMBERS = `Name,Age,Dues,Visits
Ada,8,10,4
Ben,15,20,6
Cy,34,50,10
Di,41,55,12
Ed,67,30,3
Flo,72,25,2
Gus,,40,5
Hal,29,45,9
`;

// An invented shop's sales on six days over two years (three Fridays, three Tuesdays).
const SALES = `Date,Sales
2024-01-05,10
2024-02-06,20
2024-12-03,40
2025-01-10,30
2025-02-11,25
2025-12-05,50
`;

// An invented survey's yearly share.
const SHARES = `Year,Share
1981,10
1985,14
1992,30
2003,40
2007,46
`;

// Invented loans: two amounts and one rating missing.
const LOANS = `ID,Amount,Rating
1,100,0
2,,0
3,300,3
4,200,
5,600,4
6,,5
`;

// Invented tickets, two of them written twice.
const TICKETS = `Ticket,Fare
A1,10
A1,10
B2,20
C3,30
C3,35
`;

// Invented shops with a column named like a count.
const SHOPS = `Shop,review_count
North,10
South,30
East,50
`;

// Invented matches with the score as one text cell.
const MATCHES = `Opponent,Result
Reds,2-1
Blues,0-3
Greens,4-4
Whites,1-0
`;

describe('binning into stated groups', () => {
  it('reads intervals as edges and unquoted labels after "labelled"', () => {
    const answer = ask(MEMBERS, {
      question: 'Bin the members into age groups and count the members in each group.',
      constraints:
        'Drop rows with a missing Age. Use the bins (0, 12], (12, 18], (18, 60] and (60, 100], labelled Child, Teen, Adult and Senior.',
      format: '@child_count[count], @adult_count[count], @senior_count[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ child_count: '1', adult_count: '3', senior_count: '2' });
  });
  it('takes the mean of the measure a slot names in each labelled bin, not of the column binned', () => {
    const answer = ask(MEMBERS, {
      question: 'Group the members by Age into three groups and compute the average Dues of each group.',
      constraints:
        'Use pd.cut on Age with the edges [0, 18, 60, 100] and the labels young, middle, old. Round to two decimal places.',
      format: '@avg_dues_young[mean], @avg_dues_old[mean] where "mean" is rounded to two decimal places.',
    });
    // young: Ada 10 and Ben 20; old: Ed 30 and Flo 25.
    expect(answer.slots).toEqual({ avg_dues_young: '15.00', avg_dues_old: '27.50' });
  });
  it('makes quantile bins and reads "the lowest" and "the highest" bin as groups, not as extremes', () => {
    const answer = ask(MEMBERS, {
      question:
        'Divide the members into four quartile bins of Visits and compute the mean Dues of the lowest and the highest bin.',
      constraints: 'Use pd.qcut on Visits with 4 quantile bins. Round to two decimal places.',
      format:
        '@mean_dues_lowest_quartile[mean], @mean_dues_highest_quartile[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_dues_lowest_quartile: '27.50', mean_dues_highest_quartile: '52.50' });
    expect(answer.planText).toContain('(the lowest bin)');
  });
});

describe('transforms and columns named like statistics', () => {
  it('log-transforms once, with the "+ 1" another sentence states, and keeps the sample deviation asked', () => {
    const answer = ask(MEMBERS, {
      question:
        'Apply a log transformation to the Dues column. What are the mean and the standard deviation?',
      constraints:
        "Use the natural logarithm of (Dues + 1), numpy's log1p. Use the sample standard deviation. Round to four decimal places.",
      format: '@mean_log_dues[mean], @std_log_dues[std] where both are rounded to four decimal places.',
    });
    expect(answer.slots).toEqual({ mean_log_dues: '3.4542', std_log_dues: '0.5457' });
    expect(answer.planText).toContain('Dues = ln(Dues + 1)');
    expect(answer.planText).not.toContain('Dues = ln(Dues);');
  });
  it('reads "@mean_fare_unique" after duplicates are dropped as a mean, not a distinct count', () => {
    const answer = ask(TICKETS, {
      question: 'Remove duplicate tickets, keeping the first occurrence. What is the mean fare that remains?',
      constraints: 'Two rows are duplicates when their Ticket values are equal. Round to two decimal places.',
      format: '@mean_fare_unique[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_fare_unique).toBe('20.00');
  });
  it('answers "@mean_review_count" over a review_count column: the count word is the column\'s', () => {
    const answer = ask(SHOPS, {
      question: 'What is the mean review count of the shops?',
      constraints: 'Round to two decimal places.',
      format: '@mean_review_count[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_review_count).toBe('30.00');
  });
  it('totals a column the question made when the slot names it in part', () => {
    const answer = ask(MATCHES, {
      question:
        'Create a new column of the goals scored: the goals scored are the first number in Result. What is the total and the mean of that column?',
      constraints: 'Round the mean to two decimal places.',
      format:
        '@total_goals[total], @mean_goals[mean] where "total" is an integer and "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ total_goals: '7', mean_goals: '1.75' });
  });
});

describe('missing values filled column by column, and a count clause of its own', () => {
  it("fills each column with the statistic written after it and keeps the count's condition to its clause", () => {
    const answer = ask(LOANS, {
      question:
        'Fill the missing Amount values with the median and the missing Rating values with the mode. Report the mean Amount and the number of rows with a Rating of 0 afterwards.',
      constraints: 'Round the mean to two decimal places.',
      format:
        '@mean_amount[mean], @rating_0_count[count] where "mean" is rounded to two decimal places and "count" is an integer.',
    });
    // The median of Rating (3) would leave two rows at 0; the mode (0) makes three.
    expect(answer.slots).toEqual({ mean_amount: '283.33', rating_0_count: '3' });
    expect(answer.planText).toContain('missing Rating filled with the mode (0)');
  });
});

describe('date parts and spans of years', () => {
  it('groups by month of the year across years when the text asks the month number', () => {
    const answer = ask(SALES, {
      question:
        'Extract the month from the Date column and find the month with the highest average sales. What is that average?',
      constraints: 'Take the month number (1 to 12) of Date. Round to two decimal places.',
      format:
        '@best_month[month], @avg_sales_best_month[sales] where "month" is an integer from 1 to 12 and "sales" is rounded to two decimal places.',
    });
    // December's two days (40, 50), not the single calendar month December 2025.
    expect(answer.slots).toEqual({ best_month: '12', avg_sales_best_month: '45.00' });
  });
  it('makes a day-of-week feature and answers "that average" with the best day\'s figure', () => {
    const answer = ask(SALES, {
      question:
        'Create a day-of-week feature from the Date column. Which day of the week has the highest average sales, and what is that average?',
      constraints: 'Round to two decimal places.',
      format:
        '@best_weekday[day], @avg_sales[sales] where "day" is a weekday name and "sales" is rounded to two decimal places.',
    });
    // Fridays 10, 30, 50; every day's mean would be 29.17.
    expect(answer.slots).toEqual({ best_weekday: 'Friday', avg_sales: '30.00' });
  });
  it('gives each slot the decade it names when the question compares two', () => {
    const answer = ask(SHARES, {
      question: 'What are the mean shares of the 1980s and of the 2000s?',
      constraints: 'Round to two decimal places.',
      format:
        '@mean_share_1980s[mean], @mean_share_2000s[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_share_1980s: '12.00', mean_share_2000s: '43.00' });
  });
  it('refuses a slot that names neither of the decades compared', () => {
    expect(
      refusal(SHARES, {
        question: 'What are the mean shares of the 1980s and of the 2000s?',
        constraints: 'Round to two decimal places.',
        format:
          '@mean_share_early[mean], @mean_share_late[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
});

// Invented passengers: four men, two women, one fare far above the rest.
const PASSENGERS = `Sex,Fare
male,10
female,20
male,30
female,200
male,15
male,25
`;

// An invented price series, and an invented day's prices.
const CLOSES = `Day,Close
1,10
2,20
3,30
4,40
5,90
`;
const PRICES = `Open,High,Low
10,12,9
20,21,19
`;

// Invented fixtures: the venue written as a code.
const FIXTURES = `Match,Venue,Crowd
1,H,100
2,A,50
3,H,300
4,A,70
`;

// Invented travellers with their companions.
const TRAVELLERS = `Name,Price,Adults,Kids
A,30,1,1
B,20,0,0
C,50,1,3
`;

describe('encoded labels, scaled values and coded results named in other words', () => {
  it("counts each label of the one encoded column over every row when the condition is another clause's", () => {
    const answer = ask(PASSENGERS, {
      question:
        'Preprocess the data: encode Sex with label encoding and standardize Fare with the z-score. Report the count of each Sex label and how many people have a standardized fare above 2.',
      constraints:
        'Label encoding codes "male" as 1 and "female" as 0. The z-score uses the sample standard deviation.',
      format:
        '@label_1_count[count], @label_0_count[count], @high_fare_count[count] where "count" is an integer.',
    });
    // The fare of 200 has z = 150 / 73.8 = 2.03; the labels count all six people.
    expect(answer.slots).toEqual({ label_1_count: '4', label_0_count: '2', high_fare_count: '1' });
  });
  it('reads "a scaled value above 0.5" as a condition on the one column scaled, its own clause\'s', () => {
    const answer = ask(CLOSES, {
      question:
        'Normalize the Close column with min-max scaling. What is the mean of the scaled values, and how many days have a scaled value above 0.5?',
      constraints: 'Scaled = (Close - min) / (max - min). Round the mean to four decimal places.',
      format:
        '@mean_scaled_close[mean], @days_above_half[count] where "mean" is rounded to four decimal places and "count" is an integer.',
    });
    // Scaled: 0, 0.125, 0.25, 0.375, 1.
    expect(answer.slots).toEqual({ mean_scaled_close: '0.3500', days_above_half: '1' });
  });
  it('takes "home" and "away" in a slot as the H and A a venue column writes', () => {
    const answer = ask(FIXTURES, {
      question: 'Compare the mean crowd of home matches with that of away matches.',
      constraints: 'Home matches have Venue equal to "H", away matches "A". Round to two decimal places.',
      format: '@mean_home_crowd[mean], @mean_away_crowd[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_home_crowd: '200.00', mean_away_crowd: '60.00' });
  });
});

describe('new columns described rather than named', () => {
  it('names a bare "feature" by what it holds, so "@mean_range_pct" is its mean, not a range', () => {
    const answer = ask(PRICES, {
      question:
        'Create a feature for the daily price range as a percentage of the opening price. What are its mean and its maximum?',
      constraints: 'The feature is (High - Low) / Open * 100. Round to two decimal places.',
      format: '@mean_range_pct[mean], @max_range_pct[max] where both are rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_range_pct: '20.00', max_range_pct: '30.00' });
  });
  it('divides by a quantity a "where" clause defines, not by that clause\'s formula alone', () => {
    const answer = ask(TRAVELLERS, {
      question:
        'Create a new feature "PricePerHead" by dividing the Price by the family size, where the family size is Adults + Kids + 1. What are the mean and the maximum of PricePerHead?',
      constraints: 'Round both values to two decimal places.',
      format:
        '@mean_price_per_head[mean], @max_price_per_head[max] where both are rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_price_per_head: '13.33', max_price_per_head: '20.00' });
    expect(answer.planText).not.toContain('PricePerHead = Adults');
  });
  it('counts a defined quantity as used when a later formula holds the whole of it', () => {
    const answer = ask(TRAVELLERS, {
      question:
        'Create a new feature "PricePerHead" by dividing the Price by the family size, where the family size is Adults + Kids + 1. What are the mean and the maximum of PricePerHead?',
      constraints: 'PricePerHead = Price / (Adults + Kids + 1). Round both values to two decimal places.',
      format:
        '@mean_price_per_head[mean], @max_price_per_head[max] where both are rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ mean_price_per_head: '13.33', max_price_per_head: '20.00' });
  });
});
