import { describe, expect, it } from 'vitest';
import { askCsv } from '../../../test/helpers/analysis-csv.ts';

// Invented lodges: a tier code, a stay in nights, guests of two kinds and a booking code.
const LODGES = `Lodge,Ltier,Night_count,Adults,Kids,Price,Code
Alder,1,3,2,1,300,K1
Birch,2,5,2,0,250,K2
Cedar,3,2,1,2,120,K1
Dogwood,1,4,3,1,520,K3
Elm,2,1,1,0,90,K2
Fir,3,6,2,3,180,K4
Gum,1,2,2,2,610,K1
Hazel,3,3,1,1,100,K5
`;

describe('features a list names one after the other', () => {
  it('makes the second feature over the first ("and a PerHead feature as …")', () => {
    const answer = askCsv(LODGES, {
      question:
        'Create a PartySize feature as Adults + Kids, and a PricePerHead feature as Price divided by PartySize. What is the mean PricePerHead?',
      constraints: 'Round to two decimal places.',
      format: '@mean_price_per_head[mean] where "mean" is rounded to two decimal places.',
    });
    // 100, 125, 40, 130, 90, 36, 152.5, 50 → 723.5 / 8
    expect(answer.slots).toEqual({ mean_price_per_head: '90.44' });
  });

  it('names a sum feature by the bare name stated before it', () => {
    const answer = askCsv(LODGES, {
      question: 'Create a PartySize feature as the sum of Adults and Kids. What are its mean and median?',
      constraints: 'Round to two decimal places.',
      format: '@party_mean[mean] @party_median[median] where both are rounded to two decimal places.',
    });
    // 3, 2, 3, 4, 1, 5, 4, 2
    expect(answer.slots).toEqual({ party_mean: '3.00', party_median: '3.00' });
  });

  it('reads "this ratio" as the column a step made, not a column of its formula', () => {
    const answer = askCsv(LODGES, {
      question:
        'Create a new column that is the ratio of Price to Night_count. What is the mean of this ratio?',
      constraints: 'Round to two decimal places.',
      format: '@mean_ratio[mean] where "mean" is rounded to two decimal places.',
    });
    // 100, 50, 60, 130, 90, 30, 305, 33.33 → 798.33 / 8
    expect(answer.slots).toEqual({ mean_ratio: '99.79' });
  });
});

describe("the N rows with the most of a column, said with the rows' own noun", () => {
  // Invented shops, named by no column: a town holds two each.
  const SHOPS = `Town,Foot_count,Sales
North,120,30
North,300,50
South,80,20
South,260,70
East,410,90
East,150,40
`;
  it('keeps "the 2 shops with the highest Foot_count" before the mean', () => {
    const answer = askCsv(SHOPS, {
      question: 'What is the average Sales of the 2 shops with the highest Foot_count?',
      format: '@top_mean_sales[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ top_mean_sales: '70.00' });
  });

  it('reads "the top 3 shops by Sales"', () => {
    const answer = askCsv(SHOPS, {
      question: 'What is the mean Foot_count of the top 3 shops by Sales?',
      format: '@top_mean_foot[mean] where "mean" is rounded to two decimal places.',
    });
    // Sales 90, 70, 50: 410, 260, 300
    expect(answer.slots).toEqual({ top_mean_foot: '323.33' });
  });
});

describe('duplicates', () => {
  it('counts the rows whose value of the named column an earlier row holds', () => {
    const answer = askCsv(LODGES, {
      question: 'How many duplicate codes are there?',
      constraints: 'Use pandas duplicated() on Code with the default keep.',
      format: '@duplicate_codes[n] where "n" is an integer.',
    });
    expect(answer.slots).toEqual({ duplicate_codes: '3' });
  });

  it('counts every row of a repeated value when keep=False is asked', () => {
    const answer = askCsv(LODGES, {
      question: 'How many rows have a duplicated Code?',
      constraints: 'Use duplicated(keep=False) on Code.',
      format: '@duplicated_rows[n] where "n" is an integer.',
    });
    expect(answer.slots).toEqual({ duplicated_rows: '5' });
  });

  it('counts whole-row duplicates as none when every row differs', () => {
    const answer = askCsv(LODGES, {
      question: 'Are there any duplicate rows in the dataset? If so, how many?',
      format: '@duplicate_rows[n] where "n" is an integer.',
    });
    expect(answer.slots).toEqual({ duplicate_rows: '0' });
  });
});

describe("the group a ranking picks, named by the question's word for the groups", () => {
  it('answers "which lodge tier" with the tier, not the largest price', () => {
    const answer = askCsv(LODGES, {
      question: 'Which Ltier has the highest average Price?',
      format: '@best_tier[tier] where "tier" is an integer.',
    });
    expect(answer.slots).toEqual({ best_tier: '1' });
  });

  it('reads "which tier" after the fuller name the question gave the groups', () => {
    const answer = askCsv(LODGES, {
      question: 'What is the average Price for each lodge tier? Which tier has the lowest average Price?',
      constraints: 'Round to two decimal places.',
      format:
        '@tier1_mean[m1] @lowest_tier[t] where m1 is rounded to two decimal places and t is an integer.',
    });
    expect(answer.slots).toEqual({ tier1_mean: '476.67', lowest_tier: '3' });
  });

  it('does not read a one-letter placeholder as a code of a column', () => {
    const codes = `Shop,Zone,Sales
North,K,10
South,K,30
East,M,50
West,M,70
`;
    expect(
      askCsv(codes, {
        question: 'Sales differ between zones. What is the highest Sales of any shop?',
        format: '@top_sales[k] where "k" is an integer.',
      }).slots,
    ).toEqual({ top_sales: '70' });
  });
});

describe('the column least or most correlated with a named one', () => {
  // Invented readings: Alpha follows Load closely, Beta loosely, Gamma hardly at all.
  const READINGS = `Load,Alpha,Beta,Gamma,Delta
1,2,5,7,3
2,4,3,1,9
3,6,8,6,2
4,8,6,2,8
5,10,9,5,1
6,12,11,3,7
`;
  it('answers "which column is least correlated with Load among …" with the column', () => {
    const answer = askCsv(READINGS, {
      question: 'Which column is least correlated with Load among Alpha, Beta and Gamma?',
      constraints: 'Use the Pearson correlation and compare the absolute values.',
      format: '@least_correlated[column] where "column" is a column name.',
    });
    expect(answer.slots).toEqual({ least_correlated: 'Gamma' });
  });
});

describe('a change from one row to the next named in one phrase', () => {
  // Invented closing rates of a fund, one row a day.
  const FUND = `Day,Rate
1,100
2,110
3,99
4,99
5,120.78
`;
  it('reads "the daily returns of Rate" as fractions, pandas pct_change', () => {
    const answer = askCsv(FUND, {
      question: 'What is the mean of the daily returns of Rate?',
      format: '@mean_return[mean] where "mean" is rounded to four decimal places.',
    });
    // 0.1, -0.1, 0, 0.22
    expect(answer.slots).toEqual({ mean_return: '0.0550' });
  });

  it('reads "the largest daily percentage increase in the Rate" as the largest change in percent', () => {
    const answer = askCsv(FUND, {
      question: 'What is the largest daily percentage increase in the Rate?',
      format: '@max_daily_increase[pct] where "pct" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ max_daily_increase: '22.00' });
  });
});

describe('rows, spans and verdicts as the constraints word them', () => {
  // Invented ferry crossings: a date, a yes/no flag, two readings with gaps.
  const CROSSINGS = `Date,Ferry,Express,Morning,Evening
2031-01-03,Aster,Yes,12,15
2031-01-05,Briar,No,9,7
2031-01-09,Aster,Yes,,11
2031-01-10,Briar,Yes,14,16
2031-01-14,Aster,No,8,9
2031-01-20,Briar,Yes,10,
2031-01-21,Aster,No,13,18
`;
  it('keeps "how many express crossings" as the yes rows of the flag', () => {
    const answer = askCsv(CROSSINGS, {
      question: 'How many express crossings did Aster make?',
      constraints: 'Count the rows where Ferry is Aster and Express is Yes.',
      format: '@aster_express[n] where "n" is an integer.',
    });
    expect(answer.slots).toEqual({ aster_express: '2' });
  });

  it('answers "how many days between the first and the last Date" with the span, not the rows', () => {
    const answer = askCsv(CROSSINGS, {
      question: 'How many days are there between the first and the last Date?',
      format: '@days[n] where "n" is an integer.',
    });
    expect(answer.slots).toEqual({ days: '18' });
  });

  it("leaves the rows missing a named column out of a share's base when the text ignores rows with missing values", () => {
    const request = (constraints: string) => ({
      question: 'What percentage of crossings had an Evening reading higher than the Morning reading?',
      constraints,
      format: '@pct_up[pct] where "pct" is rounded to two decimal places.',
    });
    // Five crossings have both readings; Evening is higher in four of them (pandas: dropna() first).
    expect(askCsv(CROSSINGS, request('Ignore rows with missing values.')).slots).toEqual({ pct_up: '80.00' });
    expect(askCsv(CROSSINGS, request('Drop the rows with missing values.')).slots).toEqual({
      pct_up: '80.00',
    });
  });

  it("keeps a counting sentence's own condition when it also ignores rows with missing values", () => {
    const answer = askCsv(CROSSINGS, {
      question: 'On how many crossings was the Evening reading higher than the Morning reading?',
      constraints:
        'Count the rows whose "Evening" is greater than "Morning", ignoring rows with a missing value.',
      format: '@higher_evenings[n] where "n" is an integer.',
    });
    expect(answer.slots).toEqual({ higher_evenings: '4' });
  });

  it('gives the skew\'s sign as "positive", "negative" or "symmetric" outside the stated band', () => {
    const answer = askCsv(`Value\n1\n1\n1\n2\n2\n3\n9\n`, {
      question: 'Is Value positively skewed, negatively skewed or symmetric?',
      constraints: 'Use scipy.stats.skew. Symmetric if the skewness is between -0.5 and 0.5.',
      format: '@skew_type[positive/negative/symmetric]',
    });
    expect(answer.slots).toEqual({ skew_type: 'positive' });
  });
});

describe('the row where a measure peaks or rises most', () => {
  // Invented shares of a crop in a region's harvest, one row a year.
  const HARVEST = `Year,Barley,Oats
2040,12.5,30.0
2041,15.0,28.5
2042,14.0,33.0
2043,19.5,31.0
2044,18.0,29.5
`;
  it('reads "the Barley percentage" over a column of percents as Barley itself', () => {
    const answer = askCsv(HARVEST, {
      question: 'In which year was the Barley percentage the highest?',
      format: '@year[year] where "year" is an integer.',
    });
    expect(answer.slots).toEqual({ year: '2043' });
  });

  it('answers "and what was the peak value" beside the year a measure peaked', () => {
    const answer = askCsv(HARVEST, {
      question: 'In which year did Oats peak, and what was the peak value?',
      format: '@peak_year[year] @peak_value[value] where "value" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ peak_year: '2042', peak_value: '33.00' });
  });

  it('answers the year a measure rose most from the year before with the change a step made', () => {
    const answer = askCsv(HARVEST, {
      question: 'In which year did Oats increase the most compared to the previous year?',
      format: '@year[year] where "year" is an integer.',
    });
    expect(answer.slots).toEqual({ year: '2042' });
    const stated = askCsv(HARVEST, {
      question: 'In which year did the Barley percentage increase the most compared to the previous year?',
      constraints: 'Compute the year-over-year difference of Barley.',
      format: '@year[year] where "year" is an integer.',
    });
    expect(stated.slots).toEqual({ year: '2043' });
  });
});

describe('missing cells filled with a statistic of the group "of the" names', () => {
  // Invented riders: a team and a time, some times missing.
  const RIDERS = `Rider,Team,Minutes
Ada,Red,30
Bo,Red,
Cy,Red,34
Di,Blue,40
Ed,Blue,
Fa,Blue,50
Gi,Blue,49
`;
  it("fills each missing time with the median of the rider's team", () => {
    const answer = askCsv(RIDERS, {
      question:
        'Impute the missing times with the median Minutes of the team. What is the mean of Minutes afterwards?',
      format: '@mean_minutes[mean] where "mean" is rounded to two decimal places.',
    });
    // Red median 32, Blue median 49: 30, 32, 34, 40, 49, 50, 49 → 284 / 7
    expect(answer.slots).toEqual({ mean_minutes: '40.57' });
  });

  it('still fills with the column\'s own median when "of the" names that column', () => {
    const answer = askCsv(RIDERS, {
      question:
        'Fill the missing Minutes with the median of the Minutes column. What is the mean of Minutes?',
      format: '@mean_minutes[mean] where "mean" is rounded to two decimal places.',
    });
    // median 40: 30, 40, 34, 40, 40, 50, 49 → 283 / 7
    expect(answer.slots).toEqual({ mean_minutes: '40.43' });
  });
});

describe('the column with the most distinct values', () => {
  const STALLS = `Stall,Fruit,Crates,Market
North,Fig,3,East
South,Fig,5,East
West,Plum,5,East
Mid,Pear,7,West
Dock,Fig,2,West
`;
  it('names the column and counts its distinct values', () => {
    const answer = askCsv(STALLS, {
      question: 'Which column has the fewest unique values, and how many does it have?',
      format: '@column[name] @unique_count[n] where "n" is an integer.',
    });
    expect(answer.slots).toEqual({ column: 'Market', unique_count: '2' });
  });

  it('refuses two columns tied at the top', () => {
    // Stall and Number both hold five distinct values.
    const numbered = STALLS.replace('Market\n', 'Market,Number\n').replace(
      /(East|West)\n/g,
      (_, market, at) => `${market},${at}\n`,
    );
    expect(() =>
      askCsv(numbered, { question: 'Which column has the most unique values?', format: '@column[name]' }),
    ).toThrow(/tie/);
  });
});

describe("a share whose base a 0/1 column's noun names", () => {
  const CLIMBERS = `Climber,Rope,Summited
Ann,Red,1
Bea,Red,0
Cal,Blue,1
Dot,Red,1
Eli,Blue,0
Fay,Red,0
`;
  it('takes "the percentage of the summiters that used a Red rope" over the rows Summited marks', () => {
    const answer = askCsv(CLIMBERS, {
      question: "What percentage of the summiters were on the 'Red' rope?",
      format: '@red_share[pct] where "pct" is rounded to two decimal places.',
    });
    // Summited: Ann (Red), Cal (Blue), Dot (Red) → 2 of 3.
    expect(answer.slots).toEqual({ red_share: '66.67' });
  });
});

describe('an indicator column over an expression, and the rows it marks', () => {
  const GUESTS = `Guest,Friends,Kin,Paid
Ann,0,0,10
Bo,1,0,20
Cy,0,0,30
Di,2,1,40
Ed,0,0,50
`;
  it('makes "1 when Friends + Kin equals 0" over the sum, and counts the guests who are alone', () => {
    const answer = askCsv(GUESTS, {
      question:
        "Create a new column 'IsAlone' that is 1 when Friends + Kin equals 0 and 0 otherwise. How many guests are alone?",
      format: '@alone_count[n] where "n" is an integer.',
    });
    expect(answer.slots).toEqual({ alone_count: '3' });
    expect(answer.planText).toContain('IsAlone = 1 where (Friends + Kin) equals 0');
  });

  it('makes a feature named after another before the one stated first by its own pattern', () => {
    const answer = askCsv(GUESTS, {
      question:
        "Create a PartySize feature as Friends + Kin + 1. Then create a new column 'Solo' that is 1 when PartySize is 1 and 0 otherwise. What is the mean of Solo?",
      format: '@solo_mean[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots).toEqual({ solo_mean: '0.60' });
  });
});
