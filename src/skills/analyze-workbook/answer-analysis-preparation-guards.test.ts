import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode as refusal } from '../../../test/helpers/analysis-csv.ts';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import type { Cell, Sheet } from '../../formats/model.ts';
import { answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented allotment society's plots: a yearly ranking (blank for a new plot), a show prize
// ('–' for none), a hedge note left blank where none was cut, and a warden's remark in quotes.
const PLOTS = `Plot,Rank,Show prize,Hedge,Remark
Ash Row,1,Gold,trimmed,"""Tidy"""
Birch End,4,–,,n/k
Cedar Gap,2,Silver,,"""Weedy"""
Dock Lane,7,Gold,laid,"""Tidy"""
Elm Nook,,–,trimmed,n/k
Fern Bank,3,Bronze,,"""Sunny"""
Gorse Hill,9,–,,"""Weedy"""
Holly Ley,5,Gold,cut back,"""Damp"""
`;

describe('preparation steps that must not give a confident wrong answer', () => {
  it('refuses two slots that asked different things but got one and the same computation', () => {
    // 7 plots have a Show prize other than '–'... the engine keeps the rows of 'Gold' for both slots.
    expect(
      refusal(PLOTS, {
        question: 'How many plots had a Show prize, and how many of those was it "Gold"?',
        constraints: "A Show prize of '–' means no prize and is missing.",
        format: '@prize_plots[count], @gold_plots[count] where both are integers.',
      }),
    ).toBe('unsupported');
  });
  it('refuses two slots answered by the very same computation', () => {
    expect(
      refusal(PLOTS, {
        question: 'How many plots lie in the 19th row of the map, and how many in the 20th?',
        constraints: 'The row of the map is the first letter of Plot.',
        format: '@nineteenth[count], @twentieth[count] where both are integers.',
      }),
    ).toBe('unsupported');
  });
  it('refuses a percentage slot answered by a count of rows', () => {
    expect(
      refusal(PLOTS, {
        question: 'What percentage of plots cut a hedge?',
        constraints: 'A blank Hedge cell means no hedge was cut; any other text means one was.',
        format: '@hedge_percent[percent] where "percent" is rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('drops no rows when "remove" and "missing" stand in different clauses, and counts the missing cells', () => {
    // Remarks: Tidy, n/k, Weedy, Tidy, n/k, Sunny, Weedy, Damp: 2 missing, 4 distinct left.
    const answer = ask(PLOTS, {
      question: 'After cleaning Remark, how many remarks are missing and how many distinct remarks are left?',
      constraints:
        "Remove every double quote from Remark and strip the spaces around it; a remark 'n/k' is missing. Count distinct values among the remarks that are not missing.",
      format: '@missing_remarks[count], @distinct_remarks[count] where both are integers.',
    });
    expect(answer.slots).toEqual({ missing_remarks: '2', distinct_remarks: '4' });
    expect(answer.planText).not.toContain('dropped');
  });
  it('counts the missing cells a later step drops before the drop', () => {
    // Rank is blank for Elm Nook: 1 missing; the other ranks 1, 4, 2, 7, 3, 9, 5 have mean 31 / 7.
    const answer = ask(PLOTS, {
      question: 'How many Rank values are missing, and what is the mean Rank once those rows are dropped?',
      constraints: 'Drop the rows with a missing Rank. Round the mean to two decimal places.',
      format:
        '@missing_rank[count], @mean_rank[mean] where "count" is an integer and "mean" has two decimals.',
    });
    expect(answer.slots).toEqual({ missing_rank: '1', mean_rank: '4.43' });
  });
  it('reads "N or worse" as the side the other labelled ranges leave open', () => {
    // Ranks 1, 4, 2, 7, 3, 9, 5 (one blank): near 1-2 → 2, mid 3-6 → 3, far 7 or worse → 2.
    const answer = ask(PLOTS, {
      question: 'How many plots fall in each rank band?',
      constraints:
        "Drop the plot whose Rank is blank. Bin Rank into 'near' for 1 to 2, 'mid' for 3 to 6 and 'far' for 7 or worse.",
      format: '@near[count], @mid[count], @far[count] where each is an integer.',
    });
    expect(answer.slots).toEqual({ near: '2', mid: '3', far: '2' });
  });
  it('refuses bins when one labelled range does not read, and a count of a label no column holds', () => {
    expect(
      refusal(PLOTS, {
        question: 'How many plots fall in each rank band?',
        constraints:
          "Bin Rank into 'near' for 1 to 2, 'mid' for 3 to 6 and 'far' for the rest of the field below 6.",
        format: '@near[count], @mid[count], @far[count] where each is an integer.',
      }),
    ).toBe('unsupported');
    expect(
      refusal(PLOTS, {
        question: "How many plots are 'thriving'?",
        constraints: "A plot is 'thriving' when its remark is kind.",
        format: '@thriving[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('a stated mapping no answer reads', () => {
  it('refuses when the mapped column is neither counted nor filtered', () => {
    // 'Plot' in Kind picks three rows; the hedges the question asks about are never counted.
    const sites =
      'Site,Kind,Hedge\nAsh Row,Plot,trimmed\nBirch End,Orchard,none\nCedar Gap,Plot,none\nDock Lane,Plot,laid\n';
    expect(
      refusal(sites, {
        question: 'How many plots cut a hedge, and what percentage of all plots is that?',
        constraints: "A Hedge of 'none' means no hedge was cut; any other text means one was.",
        format:
          '@hedge_plots[count], @hedge_percent[percent] where "count" is an integer and "percent" has two decimals.',
      }),
    ).toBe('unsupported');
  });
});

describe('a stated mapping over spreadsheet booleans', () => {
  it('takes TRUE and FALSE as the 1 and 0 the mapping names', () => {
    const sheet = csvToWorkbook('Job,Flag\nPaint,1\nDig,0\nSow,TRUE\nMow,FALSE\nPrune,Y\nWeed,N\n', 'jobs')
      .sheets[0]!;
    const flag = (value: boolean): Cell => ({ type: 'boolean', value, text: value ? 'TRUE' : 'FALSE' });
    const rows = sheet.rows.map((row, index) =>
      index === 3 ? [row[0]!, flag(true)] : index === 4 ? [row[0]!, flag(false)] : row,
    );
    const table = headerRowTable({ ...sheet, rows } as Sheet)!;
    const answer = answerAnalysis(table, {
      question: 'How many jobs count as done according to the Flag column, and how many do not?',
      constraints: "Normalise Flag: '1' and 'Y' (any case) mean yes, '0' and 'N' mean no.",
      format: '@flag_yes[count], @flag_no[count] where both are integers.',
    });
    expect(answer.slots).toEqual({ flag_yes: '3', flag_no: '3' });
  });
});

describe('a header word cut short with a full stop', () => {
  it('reads "position" in a slot as the Pos. column, and fills its blank with the median', () => {
    // Pos. 3, 1, (blank), 6, 2: median 2.5 fills the blank; mean (3 + 1 + 2.5 + 6 + 2) / 5 = 2.9.
    const answer = ask('Season,Pos.,Cup\n1990,3,–\n1991,1,Final\n1992,,–\n1993,6,Winner\n1994,2,–\n', {
      question: 'What is the mean league position after filling the missing Pos. with the median?',
      constraints:
        'A blank Pos. is missing; fill it with the median of the other positions. Round to two decimal places.',
      format: '@mean_position[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_position).toBe('2.90');
  });
});

// An invented choir's conductors: a post, a term written in several forms.
const CONDUCTORS = `Name,Post,Term
Ada Vale,Chief Conductor,1921–1930
Ben Moor,Guest Conductor,1934–1936
Cy Holt,Chief Conductor and Organist,1938–1951
Di Frost,Assistant,1952–1955
Ed Lune,Chief Conductor,1956–1970
`;

describe('numbers taken from digits of a text column', () => {
  it('makes a column of the four digits before the dash and bounds it', () => {
    // Starts 1921, 1934, 1938, 1952, 1956: those from 1935 on are Cy, Di and Ed; two are Chief posts.
    const answer = ask(CONDUCTORS, {
      question: 'How many conductors starting in 1935 or later held a Chief post?',
      constraints:
        "The start year is the four digits before the dash in Term. Keep the rows whose start year is 1935 or later and whose Post contains 'Chief'.",
      format: '@late_chiefs[count] where "count" is an integer.',
    });
    expect(answer.slots.late_chiefs).toBe('2');
  });
  it('takes the last four digits, and keeps rows by a part of a cell rather than a whole value', () => {
    // Posts containing 'Chief Conductor': Ada, Cy, Ed; their end years 1930, 1951, 1970; median 1951.
    const answer = ask(CONDUCTORS, {
      question:
        'What is the median end year of the conductors whose Post contains the words "Chief Conductor"?',
      constraints: 'The end year is the last four digits of Term.',
      format: '@median_end_year[year] where "year" is a number rounded to one decimal place.',
    });
    expect(answer.slots.median_end_year).toBe('1951.0');
    expect(answer.planText).toContain('contains');
  });
});

describe('cell-text conditions in a dropping clause, and label codes', () => {
  // An invented fair's marrows: weights written with a unit, some only as a bound.
  const MARROWS =
    'Grower,Class,Weight\nAnn,open,12 kg\nBo,junior,under 5 kg\nCai,open,9 kg\nDee,novice,under 5 kg\nEli,junior,6 kg\n';
  it('leaves out the rows that begin with the quoted text when the clause drops them', () => {
    // Rows not starting with 'under': Ann, Cai, Eli.
    const answer = ask(MARROWS, {
      question: 'How many marrows are left once the bounds are dropped?',
      constraints: "Weights are written with a unit; drop the rows whose Weight begins with 'under'.",
      format: '@weights_left[count] where "count" is an integer.',
    });
    expect(answer.slots.weights_left).toBe('3');
    expect(answer.planText).toContain('rows dropped');
  });
  it('names the label codes of an encoded column as its codes', () => {
    // junior → 0, novice → 1, open → 2: codes 2, 0, 2, 1, 0; mean 1.
    const answer = ask(MARROWS, {
      question: 'After label encoding Class, what is the mean of the codes?',
      constraints:
        'Label encode Class with codes 0, 1, 2 given to the distinct values in alphabetical order. Round to two decimal places.',
      format: '@mean_class_code[mean] where "mean" is rounded to two decimal places.',
    });
    expect(answer.slots.mean_class_code).toBe('1.00');
  });
});
