import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented orchard's yearly harvests: every expected figure below is worked out by hand.
const HARVESTS = `Date,crates,pickers
2021-03-02,40,5
2021-09-14,55,6
2022-04-20,61,7
2022-10-05,48,4
2023-05-11,70,8
2023-08-30,39,3
`;
const askHarvests = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(HARVESTS, 'orchard').sheets[0]!)!, request);

describe('a year bound written twice', () => {
  it('reads "after 2021" in the question and "2022 or later" in the constraints as one bound from 2022', () => {
    const answer = askHarvests({
      question: 'After 2021, how many harvests had more than 45 crates?',
      constraints: 'Keep the harvests dated 2022 or later whose "crates" is greater than 45, and count them.',
      format: '@harvests_over_45[count] where "count" is an integer.',
    });
    // 2022: 61 and 48, 2023: 70 (39 is not above 45); 2021's 55 is left out.
    expect(answer.slots.harvests_over_45).toBe('3');
    expect(answer.planText).toMatch(/Date > 2021/);
  });

  it('reads the constraints\' "2022 and beyond" over the question\'s "beyond 2022" (the year itself kept)', () => {
    const answer = askHarvests({
      question: 'What crate total did the orchard reach beyond 2022?',
      constraints: 'Sum "crates" over 2022 and beyond.',
      format: '@total_crates[total] where "total" is an integer.',
    });
    // 2022 and 2023: 61 + 48 + 70 + 39; 2023 alone would be 109.
    expect(answer.slots.total_crates).toBe('218');
  });

  it('does not count the first year when the two bounds disagree ("after 2021" and "2023 or later")', () => {
    const request = {
      question: 'After 2021, how many harvests had more than 45 crates?',
      constraints: 'Keep the harvests dated 2023 or later whose "crates" is greater than 45, and count them.',
      format: '@harvests_over_45[count] where "count" is an integer.',
    };
    // From 2021 on it would be 4 (55, 61, 48, 70): the year 2021 must not come back in.
    let slots: Record<string, string> = {};
    try {
      slots = askHarvests(request).slots;
    } catch {
      slots = {};
    }
    expect(slots.harvests_over_45 ?? '1').toBe('1');
  });
});

// An invented tenants' register: every expected figure below is worked out by hand.
const TENANTS = `Unit,Pets,Floor,Rent
A1,0,1,900
A2,2,1,950
B1,4+,2,1100
B2,1,2,1000
C1,4+,3,1200
C2,,3,980
`;
const askTenants = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(TENANTS, 'tenants').sheets[0]!)!, request);

describe('a cell the text says to read as a number', () => {
  it('reads "4+" as 4 and takes the mean over the column instead of keeping the "4+" rows', () => {
    const answer = askTenants({
      question: 'Per unit, how many pets are kept on average, counting "4+" as 4?',
      constraints:
        '{\n"Pets" is 0, 1, 2 or "4+"; read "4+" as 4 and leave out missing values.\nRound to two decimal places.\n}',
      format: '@mean_pets[mean] where "mean" is rounded to two decimal places.',
    });
    // (0 + 2 + 4 + 1 + 4) / 5
    expect(answer.slots.mean_pets).toBe('2.20');
    expect(answer.planText).toMatch(/read as 4/);
  });

  it('changes only the column the text names ("replace \'4+\' in Pets with 5")', () => {
    const answer = askTenants({
      question: 'What is the total number of pets?',
      constraints: "Replace '4+' in Pets with 5, then add up Pets.",
      format: '@total_pets[total] where "total" is an integer.',
    });
    expect(answer.slots.total_pets).toBe('13');
  });
});

// An invented ferry line's sailings: every expected figure below is worked out by hand.
const SAILINGS = `Sailed,Slot,Berth,Cars
03-Feb-19,8:30 AM,112,40
05-Feb-19,9:15 AM,140,35
09-Feb-19,10:00 AM,175,52
14-Feb-19,11:45 AM,230,61
21-Feb-19,1:30 PM,250,27
02-Mar-19,3:00 PM,260,44
`;
const askSailings = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(SAILINGS, 'ferry').sheets[0]!)!, request);
const refusal = (request: AnalysisRequest) => {
  try {
    return JSON.stringify(askSailings(request).slots);
  } catch (thrown) {
    return (thrown as Error).message;
  }
};

describe('spans and written examples', () => {
  it('refuses a span of numbers ("berths 150 to 240") that no step carried out', () => {
    const said = refusal({
      question: 'Over berths numbered 150 to 240, what is the average car load?',
      constraints: 'Round to two decimal places.',
      format: '@mean_cars[mean] where "mean" is rounded to two decimal places.',
    });
    // All six sailings would give 43.17; the two in the span give 56.50.
    expect(said).toMatch(/56\.5|did not carry out/);
  });

  it('reads "to the range 0 to 1" as the ends of a scale, not a span of rows', () => {
    const answer = askSailings({
      question: 'Min-max normalise Cars onto the range 0 to 1, then average the normalised loads.',
      constraints: 'Each load becomes (x - min) / (max - min). Round to three decimal places.',
      format: '@scaled_cars_mean[mean] where "mean" is rounded to three decimal places.',
    });
    // (13 + 8 + 25 + 34 + 0 + 17) / 34 / 6
    expect(answer.slots.scaled_cars_mean).toBe('0.475');
  });

  it('refuses a span of clock times ("between 9:00 AM and 11:45 AM") that no step carried out', () => {
    const said = refusal({
      question: 'What car total left port between 9:00 AM and 11:45 AM?',
      constraints: 'Sum "Cars" for those departures.',
      format: '@cars[total] where "total" is an integer.',
    });
    // 35 + 52 + 61 over the three sailings in the span; the 11:45 sailing alone would be 61.
    expect(said).toMatch(/148|did not carry out/);
  });

  it('reads "14-Feb-19" cells as dates and a span of days over them, the format example keeping no row', () => {
    const answer = askSailings({
      question: 'From February 4 to February 20, 2019, what was the average car load?',
      constraints:
        '{\nDays in "Sailed" are given as "03-Feb-19". Use only the sailings from 2019-02-04 to 2019-02-20 and average "Cars".\nRound to two decimal places.\n}',
      format: '@mean_cars[mean] where "mean" is rounded to two decimal places.',
    });
    // 35, 52 and 61.
    expect(answer.slots.mean_cars).toBe('49.33');
  });
});

// An invented guide's hotels: every expected figure below is worked out by hand.
const HOTELS = `Hotel,Stars,Kind,Score
Alder Inn,2.5,Inn,31
Birch Lodge,4,Lodge,44
Cedar Court,3,Hotel,38
Dune House,4.5,Hotel,47
Elm Rooms,2,Inn,29
Fern Stay,3.5,Lodge,40
`;
const askHotels = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(HOTELS, 'guide').sheets[0]!)!, request);

describe('answers of another kind than the slot asks', () => {
  it("refuses a word outside the slot's stated words (a Kind column's value for 'plain', 'fair' or 'grand')", () => {
    let said = '';
    try {
      said = JSON.stringify(
        askHotels({
          question: 'Which kind has the top mean Score?',
          constraints:
            'Under 3 Stars is "plain", 3 up to 4 is "fair", and 4 Stars upward is "grand"; average "Score" per kind and name the best.',
          format: '@kind[kind] where "kind" is one of "plain", "fair" and "grand".',
        }).slots,
      );
    } catch (thrown) {
      said = (thrown as Error).message;
    }
    // grand: (44 + 47) / 2 is the largest mean; "Hotel" is a value of the Kind column, no bin.
    expect(said).toMatch(/"grand"|takes one of/);
  });

  it('refuses to count rows for "how many minutes", since no row is a minute', () => {
    const said = refusal({
      question: 'How many minutes passed between the first and the last sailing of a day?',
      constraints: '"Slot" is a time of day.',
      format: '@minutes[count] where "count" is an integer.',
    });
    expect(said).not.toMatch(/"6"/);
  });

  it('refuses to count rows for "how many days" when the rows are not days, but counts days that are rows', () => {
    let said = '';
    try {
      said = JSON.stringify(
        askTenants({
          question: 'How many days is the notice?',
          constraints: 'Keep the rows whose "Floor" is 1.',
          format: '@days[count] where "count" is an integer.',
        }).slots,
      );
    } catch (thrown) {
      said = (thrown as Error).message;
    }
    // Two tenants live on the first floor; they are no days.
    expect(said).not.toMatch(/"2"/);
    const counted = askSailings({
      question: 'On how many days did a sailing carry more than 45 cars?',
      constraints: 'Count the rows whose "Cars" is greater than 45.',
      format: '@busy_days[count] where "count" is an integer.',
    });
    expect(counted.slots.busy_days).toBe('2');
  });
});

// An invented lighthouse keepers' roll: every expected figure below is worked out by hand.
const KEEPERS = `Keeper,Took Post,Left Post,"Service (Years, Days)",Service (Days)
Ida Marsh,"March 1, 1900","April 5, 1901","3 years, 109 days","1,204 days"
Oren Pike,"March 2, 1903","April 6, 1904","6 years, 120 days","2,310 days"
Lena Voss,"March 3, 1906","April 9, 1907","2 years, 115 days","845 days"
Tam Reyes,"March 4, 1909","April 11, 1910","8 years, 82 days","3,002 days"
Una Boyd,"March 5, 1912","April 13, 1913","4 years, 59 days","1,519 days"
Cal Finch,"March 6, 1915","April 14, 1916","1 years, 246 days","611 days"
Nora Lutz,"March 7, 1918","April 17, 1919","7 years, 320 days","2,875 days"
Abe Kimura,"March 8, 1921","April 19, 1922","3 years, 295 days","1,390 days"
Rhea Stone,"March 9, 1924","April 21, 1925","2 years, 240 days","970 days"
Jon Varga,"March 10, 1927","April 22, 1928","5 years, 319 days","2,144 days"
Mae Quill,"March 11, 1930","April 25, 1931","9 years, 25 days","3,310 days"
Eli Brandt,"March 12, 1933","April 27, 1934","4 years, 317 days","1,777 days"
Pia Holm,"March 13, 1936","April 29, 1937","1 years, 337 days","702 days"
Gus Navarro,"March 14, 1939","April 30, 1940","7 years, 6 days","2,561 days"
Keeper,"March 15, 1942","May 3, 1943","Service (Years, Days)",Service (Days)
Keeper,Took Post,Left Post,"Service (Years, Days)",Service (Days)
`;

describe('a column of figures with units that the question names in full', () => {
  it('takes the median of "Service (Days)" although each cell differs, as an identifier\'s would', () => {
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(KEEPERS, 'roll').sheets[0]!)!, {
      question: 'Give the median Service (Days) of the keepers.',
      constraints: "Each cell is a count of days ('1,204 days' is 1204); leave out the repeated header row.",
      format: '@median_days[median] where "median" is rounded to one decimal place.',
    });
    expect(answer.slots.median_days).toBe('1648.0');
  });
});

// An invented shop's months: every expected figure below is worked out by hand.
const MONTHS = `Month,Change
Jan,4
Feb,-2
Mar,-5
Apr,3
May,-1
Jun,6
`;

describe('a count of months over rows that are months', () => {
  it('counts the rows when a column names each month once ("in how many months is the Change negative?")', () => {
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(MONTHS, 'shop').sheets[0]!)!, {
      question: 'How many months had a negative Change?',
      constraints: '',
      format: '@negative_months[count] where "count" is an integer.',
    });
    expect(answer.slots.negative_months).toBe('3');
  });
});
