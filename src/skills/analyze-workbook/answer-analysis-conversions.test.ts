import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';

// An invented rowing club's regattas: finishing place written as an ordinal, heats won and lost ("3-1")
// and a crew member's reach in feet and inches.
const REGATTAS = `Regatta,Date,Boat,Place,Result,Reach
Mill Cup,"March 4, 2021",Eight,1st,3-1,6'1"
Weir Bowl,"March 11, 2021",Four,3rd (t),2-2,5'10"
Lock Plate,"March 25, 2021",Eight,2nd,4-0,6'0"
Reed Shield,"April 1, 2021",Pair,7th,0-3,5'8"
Ferry Trophy,"April 29, 2021",Four,1st,3-0,6'3"
Marsh Oar,"May 6, 2021",Eight,4th,1-2,5'11"
`;
const mean = (name: string) => `@${name}[mean] where "mean" is rounded to two decimal places.`;

describe('cells converted to numbers as stated', () => {
  it('takes the leading number of ordinal cells', () => {
    // Places 1, 3, 2, 7, 1, 4: mean 18 / 6 = 3.
    const answer = ask(REGATTAS, {
      question: 'What is the mean Place of the club?',
      constraints: "Turn Place into a number by keeping its leading number (for example '3rd (t)' is 3).",
      format: mean('mean_place'),
    });
    expect(answer.slots.mean_place).toBe('3.00');
    expect(answer.planText).toContain('Place converted to numbers');
  });
  it('reads a quoted conversion example as an example, not a filter, and filters on the converted number', () => {
    // Eights: places 1, 2 and 4; two of them in the top two.
    const answer = ask(REGATTAS, {
      question: 'How many Eight races finished in the top two places?',
      constraints:
        "Convert Place to numbers ('4th' is 4) and keep only rows whose Boat is 'Eight' and whose Place is at most 2.",
      format: '@top_eights[count] where "count" is an integer.',
    });
    expect(answer.slots.top_eights).toBe('2');
  });
  it('reads feet and inches as inches', () => {
    // 73 + 70 + 72 + 68 + 75 + 71 = 429; 429 / 6 = 71.5.
    const answer = ask(REGATTAS, {
      question: 'What is the mean Reach of the crew in inches?',
      constraints: 'Change Reach from feet and inches into inches (6\'1" is 73).',
      format: mean('mean_reach_inches'),
    });
    expect(answer.slots.mean_reach_inches).toBe('71.50');
  });
  it('splits a dashed pair into two named number columns and sums one', () => {
    // Heats won: 3 + 2 + 4 + 0 + 3 + 1 = 13.
    const answer = ask(REGATTAS, {
      question: 'How many heats did the club win in all regattas together?',
      constraints: "Split Result at the hyphen into won and lost (so '3-1' is 3 won, 1 lost), then sum won.",
      format: '@total_won[won] where "won" is an integer.',
    });
    expect(answer.slots.total_won).toBe('13');
    expect(answer.planText).not.toContain('rows where');
  });
  it('adds the two numbers of a dashed pair into the column the text names', () => {
    // Heats raced: 4, 4, 4, 3, 3, 3; mean 3.5.
    const answer = ask(REGATTAS, {
      question: 'What is the mean number of heats per regatta?',
      constraints:
        'Split Result on the dash into two numbers and add them to give the total heats for each regatta.',
      format: mean('mean_regatta_heats'),
    });
    expect(answer.slots.mean_regatta_heats).toBe('3.50');
  });
  it('bins the column the sentence before defined when told to "bin it"', () => {
    // Heats raced 4, 4, 4, 3, 3, 3: three regattas in 'long' (4 or more).
    const answer = ask(REGATTAS, {
      question: "How many regattas fall in the 'long' bin of total heats?",
      constraints:
        "Total heats is the sum of the two numbers of Result. Bin it: 'short' is 0 to 3 heats and 'long' 4 or more.",
      format: '@long_regattas[count] where "count" is an integer.',
    });
    expect(answer.slots.long_regattas).toBe('3');
  });
});

describe('differences between dates of one column', () => {
  it('takes the span from the earliest to the latest date as the range of days since the earliest', () => {
    // March 4 to May 6, 2021: 63 days.
    const answer = ask(REGATTAS, {
      question: 'How many days passed between the first and the last Date?',
      constraints: 'Read Date as dates and count whole days.',
      format: '@date_span_days[days] where "days" is an integer.',
    });
    expect(answer.slots.date_span_days).toBe('63');
    expect(answer.planText).toContain('range of days since the earliest Date');
  });
  it('averages the gaps between consecutive dates once sorted', () => {
    // Gaps 7, 14, 7, 28, 7 days: mean 63 / 5 = 12.6, longest 28.
    const answer = ask(REGATTAS, {
      question: 'What is the mean gap in days between successive regattas, and the longest gap?',
      constraints:
        'Read Date as dates; each gap is the days between a date and the previous one. Round the mean to two decimal places.',
      format:
        '@mean_gap_days[mean], @max_gap_days[max] where "mean" is rounded to two decimal places and "max" is an integer.',
    });
    expect(answer.slots.mean_gap_days).toBe('12.60');
    expect(answer.slots.max_gap_days).toBe('28');
  });
  it('gives the most frequent weekday name a step took from each date', () => {
    // 2021-03-04, 03-11, 03-25, 04-01, 04-29 and 05-06 are all Thursdays.
    const answer = ask(REGATTAS, {
      question: 'On which day of the week were most races rowed?',
      constraints: 'Read Date as dates and take the weekday of every date; report the most common one.',
      format: '@weekday[day] where "day" is the full name of a weekday.',
    });
    expect(answer.slots.weekday).toBe('Thursday');
  });
});

describe('a quantity the text defines by a formula', () => {
  it('reads a formula with parentheses over the columns a split made', () => {
    // Win rates 0.75, 0.5, 1, 0, 1, 0.33: three above 0.5.
    const answer = ask(REGATTAS, {
      question: 'In how many regattas was the win rate above 0.5?',
      constraints: 'Split Result into won and lost; the win rate is won / (won + lost).',
      format: '@winning_regattas[count] where "count" is an integer.',
    });
    expect(answer.slots.winning_regattas).toBe('3');
    expect(answer.planText).toContain('win rate = won / (won + lost)');
  });
  it('refuses an answer over another column when the question names the defined quantity', () => {
    // "@best_won_pct" names the column "won"; the question asks for the highest win rate.
    expect(
      refusal(REGATTAS, {
        question: 'What is the highest win rate of any regatta?',
        constraints: 'Split Result into won and lost; the win rate is won / (won + lost).',
        format: '@best_won_pct[pct] where "pct" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('makes no column from a formula that does not read in full', () => {
    const answer = ask(REGATTAS, {
      question: 'What is the mean Place?',
      constraints: "Convert Place to a number ('3rd (t)' is 3). The margin is won / (won + the rest).",
      format: mean('mean_place'),
    });
    expect(answer.planText).not.toContain('margin =');
  });
});

// Invented quiz nights: a score written '?' where it was not kept, a host 'n/k' not yet known.
const QUIZZES = `Night,Host,Score
1,Ann Loft,42
2,n/k,?
3,Cal Nye,38
4,n/k,45
5,Ann Loft,?
6,Dee Orr,41
`;

describe('quoted placeholders stated as missing', () => {
  it("reads '?' as missing so the column is numbers (and picks no rows)", () => {
    // 42, 38, 45, 41: mean 41.5 over four nights.
    const answer = ask(QUIZZES, {
      question: 'What is the mean Score?',
      constraints: "Read '?' in Score as missing. Round to two decimal places.",
      format: mean('mean_score'),
    });
    expect(answer.slots.mean_score).toBe('41.50');
    expect(answer.planText).toContain("'?' read as missing in Score (2 cells)");
  });
  it("counts a host written 'n/k' as missing, the column named right before the quote", () => {
    const answer = ask(QUIZZES, {
      question: 'How many Host values are missing?',
      constraints: "A Host 'n/k' is missing.",
      format: '@missing_hosts[count] where "count" is an integer.',
    });
    expect(answer.slots.missing_hosts).toBe('2');
  });
  it('leaves the rows alone when no cell holds the quoted text', () => {
    const answer = ask(QUIZZES, {
      question: 'How many nights are there?',
      constraints: "Treat 'void' as missing.",
      format: '@nights[count] where "count" is an integer.',
    });
    expect(answer.slots.nights).toBe('6');
  });
});

// Invented chores with a Done? column written T/F, true/false, ok in several cases.
const CHORES = `Task,Owner,Done?
Paint shed,Ann,T
Fix gate,Bea,ok
Mow lawn,Ann,open
Clean gutter,Cal,F
Prune hedge,Bea,TRUE
Wash car,Ann,f
Sweep path,Cal,
`;

describe('values mapped to one form before counting', () => {
  it("maps 'T', 'true' and 'ok' (any case) to one word and counts it", () => {
    const answer = ask(CHORES, {
      question: 'How many chores are done?',
      constraints: "In Done?, 'T', 'true' and 'ok' (any case) mean done, 'F' means open.",
      format: '@done[count] where "count" is an integer.',
    });
    expect(answer.slots.done).toBe('3');
    expect(answer.planText).toContain('Done? mapped');
  });
  it('keeps case when the text does not say any case', () => {
    // 'F' maps to open; 'f' stays as written: 'open' and the mapped 'F'.
    const answer = ask(CHORES, {
      question: 'How many chores have Done? equal to "open"?',
      constraints: "In Done?, map 'F' and 'x' to 'open'.",
      format: '@open_chores[count] where "count" is an integer.',
    });
    expect(answer.slots.open_chores).toBe('2');
  });
});
