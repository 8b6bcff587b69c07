import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook, decodeText } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented quiz league's rounds: every expected figure below is worked out by hand.
const CSV = `round,home_pts,away_pts,crowd
1,10,4,1200
2,3,3,4800
3,25,2,6500
4,7,9,12000
5,30,1,900
6,12,11,5000
`;
const table = () => headerRowTable(csvToWorkbook(CSV, 'quiz').sheets[0]!)!;
const ask = (request: AnalysisRequest) => answerAnalysis(table(), request);

describe('bins stated in running words', () => {
  it('reads "5,000" in a range as one number, not the end of the range', () => {
    const answer = ask({
      question:
        "Bin the rounds by crowd into 'small', 'medium' and 'large'. How many rounds fall in each bin?",
      constraints: "'small' is a crowd below 5,000, 'medium' from 5,000 to 9,999 and 'large' 10,000 or more.",
      format: '@small[count], @medium[count], @large[count] where each "count" is an integer.',
    });
    expect(answer.slots).toEqual({ small: '3', medium: '2', large: '1' });
  });

  it('counts a bin labelled like a statistic ("average") instead of taking the mean', () => {
    const answer = ask({
      question:
        "Bin the rounds by crowd into 'quiet', 'average' and 'busy'. How many rounds fall in each bin?",
      constraints: "'quiet' is a crowd below 2,000, 'average' from 2,000 to 9,999 and 'busy' 10,000 or more.",
      format: '@quiet[count], @average[count], @busy[count] where each "count" is an integer.',
    });
    expect(answer.slots).toEqual({ quiet: '2', average: '3', busy: '1' });
  });
});

describe('columns the text defines', () => {
  it('makes a column named without quotes ("Create a column total_pts as A plus B")', () => {
    const answer = ask({
      question: 'What is the mean of the total points of both sides?',
      constraints:
        'Create a column total_pts as home_pts plus away_pts and take its mean. Round to two decimal places.',
      format: '@mean_total[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_total).toBe('19.50');
    expect(answer.planText).toMatch(/total_pts = home_pts \+ away_pts/);
  });

  it('bins a quantity defined as an absolute difference ("the margin is the absolute difference between A and B")', () => {
    const answer = ask({
      question:
        "Bin the rounds by the margin into 'tight', 'clear' and 'rout'. How many rounds fall in each bin?",
      constraints:
        "The margin is the absolute difference between home_pts and away_pts. 'tight' is a margin of 0 to 5 points, 'clear' 6 to 20 points and 'rout' 21 points or more.",
      format: '@tight[count], @clear[count], @rout[count] where each "count" is an integer.',
    });
    expect(answer.slots).toEqual({ tight: '3', clear: '1', rout: '2' });
    expect(answer.planText).toMatch(/margin = \|home_pts − away_pts\|/);
  });
});

// An invented chess club's seasons, with 'tba' where a season's record was not kept.
const SEASONS = `season,league,wins,losses
1975,North,9,5
1978,North East,6,2
1981,North,5,5
1983,South,4,4
1985,North East,7,1
1988,South,2,6
1990,North,tba,3
1992,South,3,5
1994,North,8,0
1996,South,1,7
`;
const askSeasons = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(SEASONS, 'club').sheets[0]!)!, request);

describe('filters from several stated conditions', () => {
  it('keeps "whose season is 1981 or later and whose wins is a number" on a column of years', () => {
    const answer = askSeasons({
      question: 'What is the mean number of wins in the later seasons?',
      constraints:
        'Keep the rows whose season is 1981 or later and whose wins is a number. Round to two decimal places.',
      format: '@mean_wins[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_wins).toBe('4.29');
    expect(answer.planText).toMatch(/rows whose wins is a number/);
    expect(answer.planText).toMatch(/season ≥ 1981/);
  });

  it("keeps the rows holding either of two quoted values of one column ('North' or 'North East')", () => {
    const answer = askSeasons({
      question: 'How many wins did the club take in the northern leagues?',
      constraints: "Keep the rows whose league is 'North' or 'North East'; add up wins.",
      format: '@total_wins[total] where "total" is an integer.',
    });
    expect(answer.slots.total_wins).toBe('35');
  });

  it('leaves out the non-number rows a passive clause names, its quoted example picking no rows', () => {
    const answer = askSeasons({
      question: 'How many times did the wins rise from the previous season?',
      constraints:
        "Compare each row with the row before it, in table order; a row whose wins is not a number ('tba') is left out.",
      format: '@wins_rises[count] where "count" is an integer.',
    });
    expect(answer.slots.wins_rises).toBe('3');
  });

  it("reads the passive form on a real table: a convention whose Attendance is 'tba'", () => {
    const text = decodeText(readFileSync(join(CORPUS, 'tables/wikitablequestions/csv/203-csv/575.csv'))).text;
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(text, 'conventions').sheets[0]!)!, {
      question: 'How many times did the Attendance rise from the previous iteration?',
      constraints:
        "Compare each row with the row before it, in table order; a row whose Attendance is not a number ('tba') is left out.",
      format: '@attendance_rises[count] where "count" is an integer.',
    });
    expect(answer.slots.attendance_rises).toBe('4');
    expect(answer.planText).not.toMatch(/Attendance is "tba"/);
  });

  it('refuses a test over a label the text defines by a condition that no step makes', () => {
    const request = {
      question: 'Is having more wins than losses associated with the league?',
      constraints:
        'Mark each season as a winning record when wins is greater than losses. Perform a chi-square test of independence between league and the winning-record flag.',
      format: '@chi2_statistic[chi2] rounded to four decimal places.',
    };
    let code = 'answered';
    try {
      askSeasons(request);
    } catch (thrown) {
      code = toAppError(thrown).code;
    }
    expect(code).toBe('unsupported');
  });
});

// An invented stall's orders over one spring.
const ORDERS = `order_id,order_date,product,qty
1,2023-01-05,Widget,3
2,2023-01-17,gadget,
3,2023-02-03,widget,5
4,2023-02-14,Gizmo,1
5,2023-03-01,Gadget,2
6,2023-03-09,gizmo,4
7,2023-04-11,Widget,6
8,2023-05-02,Gadget,2
`;
const askOrders = (request: AnalysisRequest, csv = ORDERS) =>
  answerAnalysis(headerRowTable(csvToWorkbook(csv, 'orders').sheets[0]!)!, request);
const outcome = (request: AnalysisRequest, csv = ORDERS) => {
  try {
    return Object.values(askOrders(request, csv).slots).join(', ');
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('text cleaning and parts of dates', () => {
  it('lower-cases the named text column before counting its distinct values', () => {
    const answer = askOrders({
      question: 'How many distinct products are there after cleaning the product names?',
      constraints: 'Strip whitespace and convert product names to lower case before counting.',
      format: '@product_count[count] where "count" is an integer.',
    });
    expect(answer.slots.product_count).toBe('3');
  });

  it('takes the month of the year it extracted as a label of the rows, never as the measure', () => {
    const request = {
      question: 'Which month has the highest mean qty?',
      constraints: 'Extract the month from order_date and compute the mean qty for each month.',
      format: '@best_month[month] where "month" is an integer.',
    };
    expect(outcome(request)).toBe('4');
    // Over two years a month of the year is not a calendar month: no answer rather than the wrong one.
    const twoYears = ORDERS.replace('2023-05-02', '2024-04-02');
    expect(outcome(request, twoYears)).toBe('unsupported');
  });

  it('refuses "the mean qty by month" answered over all rows', () => {
    expect(
      outcome({
        question: 'What is the mean qty by month?',
        constraints: 'Extract the month from order_date.',
        format: '@month_mean[mean] where "mean" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
});

describe('bounds on the year of a date', () => {
  const count = (question: string) =>
    outcome(
      {
        question,
        constraints: 'Parse order_date as dates.',
        format: '@orders[count] where "count" is an integer.',
      },
      YEARS,
    );
  // The same stall over four years.
  const YEARS = `order_id,order_date,qty
1,2020-06-01,3
2,2021-02-11,4
3,2021-09-30,1
4,2022-05-05,2
5,2023-01-09,6
`;
  it('includes the year for "in or after", and leaves it out for "after"', () => {
    expect(count('How many orders were placed in or after 2021?')).toBe('4');
    expect(count('How many orders were placed after 2021?')).toBe('2');
  });
  it('reads upper bounds: "before 2022", "in or before 2021", "2021 or earlier"', () => {
    expect(count('How many orders were placed before 2022?')).toBe('3');
    expect(count('How many orders were placed in or before 2021?')).toBe('3');
    expect(count('How many orders were placed in 2021 or earlier?')).toBe('3');
  });
});

// An invented bakery's deliveries: dates written out, a note column with 'none' and blanks.
const DELIVERIES = `Route,Delivered,Note
North,"March 3, 2019",none
South,"November 28, 2019",
East,"January 9, 2020",late
West,"February 14, 2020",
Harbour,"April 1, 2020",none
`;
const askDeliveries = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(DELIVERIES, 'deliveries').sheets[0]!)!, request);

describe('stated missing values and calendar years', () => {
  it("counts only blank cells as missing when the request says 'none' is a value", () => {
    const answer = askDeliveries({
      question: 'How many deliveries have a missing Note value?',
      constraints: "Empty Note cells are missing; 'none' is a value.",
      format: '@missing_notes[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ missing_notes: '2' });
  });

  it("still counts 'none' as missing when the request does not say otherwise", () => {
    const answer = askDeliveries({
      question: 'How many deliveries have a missing Note value?',
      constraints: '',
      format: '@missing_notes[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ missing_notes: '4' });
  });

  it('keeps the rows of "the calendar year 2020" by the year of the date', () => {
    const answer = askDeliveries({
      question: 'How many deliveries took place in the calendar year 2020?',
      constraints: 'Parse the Delivered column as dates and use the year of the date.',
      format: '@deliveries_2020[count] where "count" is an integer.',
    });
    expect(answer.slots).toEqual({ deliveries_2020: '3' });
  });
});

// An invented relay club's results: places written as ordinals, one as a plain number column.
const RELAYS = `Leg,Place,Heat
Sprint,1st,1
Sprint,3rd,2
Sprint,2nd,1
Hurdles,1st,2
`;
const relayCode = (request: AnalysisRequest) => {
  try {
    return Object.values(
      answerAnalysis(headerRowTable(csvToWorkbook(RELAYS, 'relays').sheets[0]!)!, request).slots,
    ).join(', ');
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('number conditions the constraints state', () => {
  it('counts a stated bound on Place once Place is converted, and reads an ordinal "or better" as no value', () => {
    // Sprint legs placed 1st and 2nd.
    expect(
      relayCode({
        question: 'How many Sprint legs were 2nd place or better?',
        constraints:
          "Convert Place to a number ('3rd' is 3) and keep the rows whose Leg is 'Sprint' and whose Place is 2 or less.",
        format: '@top_sprints[count] where "count" is an integer.',
      }),
    ).toBe('2');
  });
  it('refuses a count that ignores "whose Place is 2 or less" on ordinal cells no step converted', () => {
    expect(
      relayCode({
        question: 'How many Sprint legs were 2nd place or better?',
        constraints: "Keep the rows whose Leg is 'Sprint' and whose Place is 2 or less.",
        format: '@top_sprints[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });

  it('still answers when the plan carried the number out ("whose Heat is 1")', () => {
    expect(
      relayCode({
        question: 'How many Sprint legs ran in the first heat?',
        constraints: "Keep the rows whose Leg is 'Sprint' and whose Heat is 1.",
        format: '@first_heat_sprints[count] where "count" is an integer.',
      }),
    ).toBe('2');
  });
});

// Invented rowers: a weight column whose name holds its unit in parentheses.
const ROWERS = `Rower,Seat,Weight (kg)
Ann Loft,Bow,71
Bea Marr,Stroke,84
Cal Nye,Stroke,80
Dee Orr,Bow,90
`;
const rowerCode = (request: AnalysisRequest) => {
  try {
    return Object.values(
      answerAnalysis(headerRowTable(csvToWorkbook(ROWERS, 'rowers').sheets[0]!)!, request).slots,
    ).join(', ');
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('number conditions on a column named in full before "is"', () => {
  it('reads "whose Weight (kg) is 80 or more" on a name with parentheses', () => {
    // Strokes weighing 84 and 80.
    expect(
      rowerCode({
        question: 'How many strokes weigh at least 80 kg?',
        constraints: "Keep the rows whose Seat is 'Stroke' and whose Weight (kg) is 80 or more.",
        format: '@heavy_strokes[count] where "count" is an integer.',
      }),
    ).toBe('2');
  });
  it('keeps one number on "whose Weight (kg) is 90"', () => {
    expect(
      rowerCode({
        question: 'How many rowers weigh exactly 90 kg?',
        constraints: 'Keep the rows whose Weight (kg) is 90.',
        format: '@rowers_90[count] where "count" is an integer.',
      }),
    ).toBe('1');
  });
});

describe('a bin the question names by a quoted label', () => {
  it('refuses a count over all rows when no step made the bin', () => {
    let code = '';
    try {
      ask({
        question: "How many rounds fall in the 'lopsided' bin of total points?",
        constraints:
          // "Together with" is no operator a step reads ("plus" is: the worded-formula test has it).
          "Total points is home_pts together with away_pts. Bin it: 'close' is 0 to 15 points and 'lopsided' 16 or more.",
        format: '@rounds[count] where "count" is an integer.',
      });
    } catch (thrown) {
      code = toAppError(thrown).code;
    }
    expect(code).toBe('unsupported');
  });
});
