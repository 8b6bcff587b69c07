import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { createFrame, totalsRows } from './analysis-frame.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { rollingWindow, statedEdges, statedRanges } from './transform-frame.ts';

// Invented tables; every expected figure below is worked out by hand.
const MATCHES = `date,venue,side,rival side,crowd,goals
2021-01-09,H,Lions,Tigers,100,2
2021-01-02,A,Lions,Bears,300,1
2021-01-16,A,Tigers,Lions,200,3
2021-01-23,H,Lions,Wolves,400,—
2021-01-30,H,Bears,Lions,600,0
2021-02-06,A,Lions,Wolves,500,4
`;
const tableOf = (csv: string) => headerRowTable(csvToWorkbook(csv, 'invented').sheets[0]!)!;
const ask = (csv: string, request: AnalysisRequest) => answerAnalysis(tableOf(csv), request);
const code = (csv: string, request: AnalysisRequest) => {
  try {
    ask(csv, request);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('two statistics compared', () => {
  it('takes the difference of a group mean, first named minus second, or as the text orders it', () => {
    // Home crowds 100, 400, 600 (mean 366.67); away 300, 200, 500 (mean 333.33).
    const plain = ask(MATCHES, {
      question: "What is the difference between the mean crowd of matches with venue 'H' and with venue 'A'?",
      format: '@crowd_difference[value]',
    });
    expect(plain.slots.crowd_difference).toBe('33.33');
    const reversed = ask(MATCHES, {
      question: "What is the difference in mean crowd between venue 'H' and venue 'A'?",
      constraints: 'Subtract the mean for H from the mean for A.',
      format: '@crowd_difference[value]',
    });
    expect(reversed.slots.crowd_difference).toBe('-33.33');
  });
  it('divides group means and column totals', () => {
    const groups = ask(MATCHES, {
      question: "What is the ratio of the mean crowd at venue 'H' to the mean crowd at venue 'A'?",
      format: '@crowd_ratio[value] rounded to three decimal places',
    });
    expect(groups.slots.crowd_ratio).toBe('1.100');
    // Crowds sum to 2100; goals to 10 (the dash is a missing cell).
    const columns = ask(MATCHES, {
      question: 'What is the ratio of the total crowd to the total goals?',
      format: '@ratio[value]',
    });
    expect(columns.slots.ratio).toBe('210.00');
  });
  it('takes the spread between the highest and the lowest value', () => {
    const answer = ask(MATCHES, {
      question: 'What is the difference between the highest and the lowest crowd?',
      format: '@crowd_difference[value] as an integer',
    });
    expect(answer.slots.crowd_difference).toBe('500');
  });
  it('refuses a difference whose groups it cannot find', () => {
    expect(
      code(MATCHES, {
        question: 'What is the difference in mean crowd between sunny and rainy matches?',
        format: '@crowd_difference[value]',
      }),
    ).toBe('unsupported');
  });
});

describe('rolling windows', () => {
  it('reads the window, the statistic and the name', () => {
    expect(rollingWindow('Compute the 7-day rolling average of Close.', '')).toMatchObject({
      size: 7,
      fn: 'mean',
      name: 'rolling average',
    });
    expect(rollingWindow('Compute the moving sum of Sales.', 'Use a window of 3 rows.')).toMatchObject({
      size: 3,
      fn: 'sum',
    });
    expect(rollingWindow('Compute the rolling mean of Sales.', '')).toBeUndefined();
  });
  it('sums over the rows in table order, or in date order when asked', () => {
    // Table order: 400, 500, 600, 1000, 1100; date order: 400, 300, 600, 1000, 1100.
    const table = ask(MATCHES, {
      question: 'What is the smallest 2-match rolling sum of crowd?',
      format: '@min_rolling_sum[value] as an integer',
    });
    expect(table.slots.min_rolling_sum).toBe('400');
    const dated = ask(MATCHES, {
      question: 'What is the smallest 2-match rolling sum of crowd, in date order?',
      format: '@min_rolling_sum[value] as an integer',
    });
    expect(dated.slots.min_rolling_sum).toBe('300');
  });
  it('answers a slot naming the window and the column with the window', () => {
    // Two-row means in table order: 200, 250, 300, 500, 550.
    const answer = ask(MATCHES, {
      question: 'Calculate the 2-match rolling mean of crowd and report its maximum.',
      format: '@max_rolling_crowd[value]',
    });
    expect(answer.slots.max_rolling_crowd).toBe('550.00');
  });
  it('gives no value for a window holding a missing cell, and reads the last row', () => {
    // Goals 2, 1, 3, —, 0, 4: sums 3, 4, none, none, 4.
    const answer = ask(MATCHES, {
      question: 'Compute the 3-match moving average of crowd. What is the moving average at the last match?',
      format: '@last_moving_average[value]',
    });
    expect(answer.slots.last_moving_average).toBe('500.00');
    const goals = ask(MATCHES, {
      question: 'How many values does the 2-match rolling sum of goals have?',
      format: '@count_rolling_sum[value]',
    });
    expect(goals.planText).toMatch(/rolling sum = sum of goals over a rolling window of 2 rows/);
  });
});

describe('binning', () => {
  it('reads stated edges, with thousands separators', () => {
    expect(statedEdges('Use bins with edges 0, 1,000, 2500 and 10,000.')).toEqual([0, 1000, 2500, 10000]);
    expect(statedEdges('Cut at edges [0, 18, 65].')).toEqual([0, 18, 65]);
    expect(statedEdges('Use 3 bins of equal width.')).toBeUndefined();
  });
  it('reads unquoted labels with bracketed ranges', () => {
    const ranges = statedRanges('Label each value as low (below 10), mid (10 to 20) or high (above 20).');
    expect(ranges.map((range) => range.label)).toEqual(['low', 'mid', 'high']);
  });
  it('counts the rows of a labelled bin and of an edge bin', () => {
    const labelled = ask(MATCHES, {
      question:
        'Categorise the crowd as small (below 250), medium (250 to 450) or large (above 450). How many matches are in the large category?',
      format: '@large_count[count]',
    });
    expect(labelled.slots.large_count).toBe('2');
    // (150, 450] holds 300, 200 and 400.
    const edges = ask(MATCHES, {
      question:
        'Group the crowd into bins with edges 0, 150, 450 and 1000. How many matches fall into the bin from 150 to 450?',
      format: '@matches_in_bin[count]',
    });
    expect(edges.slots.matches_in_bin).toBe('3');
  });
});

describe('rows the question names', () => {
  it('keeps the plain column when a value is also in a column that qualifies it', () => {
    // Lions is the side in rows 1, 2, 4 and 6 and the rival side in rows 3 and 5.
    const answer = ask(MATCHES, { question: 'How many matches did the Lions play?', format: '@count[n]' });
    expect(answer.slots.count).toBe('4');
    expect(answer.planText).toMatch(/rows where side is "Lions"/);
  });
  it('refuses when two columns hold the value and neither is named', () => {
    const csv = `home side,away side,crowd
Lions,Tigers,100
Tigers,Lions,200
`;
    expect(
      code(csv, { question: 'What is the mean crowd for Lions matches?', format: '@mean_crowd[m]' }),
    ).toBe('unsupported');
  });
  it('reads a coded value after its column name', () => {
    const csv = `heat,time
1,10.5
1,10.9
2,10.7
2,11.2
2,10.8
`;
    const answer = ask(csv, {
      question: 'How many runners in heat 2 ran a time under 11?',
      format: '@count[n]',
    });
    expect(answer.slots.count).toBe('2');
  });
  it('removes the outliers a later sentence refers to', () => {
    // Population z of 100 is 80.8 / 26.947 = 3.0; the other nine average 92 / 9.
    const csv = `score\n${[10, 11, 9, 10, 12, 10, 11, 9, 10, 100].join('\n')}\n`;
    const answer = ask(csv, {
      question:
        'Identify outliers in score as values with an absolute z-score greater than 2. After removing them, what is the mean score?',
      format: '@mean_score_clean[value]',
    });
    expect(answer.slots.mean_score_clean).toBe('10.22');
  });
});

describe('totals rows', () => {
  it('leaves a totals row out of a pick by value, and keeps a row merely named Total', () => {
    const csv = `region,units
North,40
South,70
Total,110
`;
    const answer = ask(csv, { question: 'Which region has the highest units?', format: '@region[name]' });
    expect(answer.slots.region).toBe('South');
    expect(answer.planText).toMatch(/leaving out the totals row "Total"/);
    const clients = tableOf(`client,revenue
Total,50
Acme,90
Bolt,70
`);
    expect(totalsRows(createFrame(clients)).size).toBe(0);
    expect(
      answerAnalysis(clients, { question: 'Which client has the lowest revenue?', format: '@client[name]' })
        .slots.client,
    ).toBe('Total');
  });
  it('never answers a name with a computed number', () => {
    const csv = `region,units
North,40
South,70
`;
    expect(code(csv, { question: 'What is the mean of units?', format: '@region[name]' })).toBe(
      'unsupported',
    );
  });
});

describe('features and groups', () => {
  it('makes a 0/1 column from a stated condition and keeps every row', () => {
    // Crowds above 350: 400, 600 and 500 of six.
    const answer = ask(MATCHES, {
      question:
        "Create a new feature 'Full House' that is 1 when crowd is above 350 and 0 otherwise. What is the mean of this feature?",
      format: '@mean_full_house[value]',
    });
    expect(answer.slots.mean_full_house).toBe('0.50');
    expect(answer.planText).toMatch(/Full House = 1 where crowd above 350, else 0/);
  });
  it('reads the other ways an indicator is written, and a slot naming it as one word', () => {
    // Goals equal to 1: one row of six (the missing cell fails the test and is 0, as in pandas).
    const answer = ask(MATCHES, {
      question:
        "Create a column 'OneGoal' that is 1 if goals == 1, otherwise 0. What is the mean of OneGoal?",
      format: '@onegoal_mean[value]',
    });
    expect(answer.slots.onegoal_mean).toBe('0.17');
    const big = ask(MATCHES, {
      question:
        "Create a binary feature 'Big' which is True if crowd > 450 else False. What is the sum of Big?",
      format: '@big_sum[value] as an integer',
    });
    expect(big.slots.big_sum).toBe('2');
  });
  it('ranks the groups of a named column by their rows, ties listed', () => {
    // Lions is the side four times; Tigers and Bears once each.
    const answer = ask(MATCHES, { question: 'Which side has the most matches?', format: '@side[name]' });
    expect(answer.slots.side).toBe('Lions');
  });
});

describe('groups and columns compared row by row', () => {
  const MEMBERS = `member,tier,spend,budget
Ann,gold,50,40
Bo,silver,30,35
Cy,silver,20,10
Di,bronze,10,15
`;
  it('divides the sizes of two groups when no statistic is named', () => {
    const answer = ask(MEMBERS, {
      question: 'What is the ratio of silver to gold members?',
      format: '@ratio[value]',
    });
    expect(answer.slots.ratio).toBe('2.00');
  });
  it('compares the 1 and 0 rows of a flag the question names both ways', () => {
    const csv = `member,renewed,spend
Ann,1,100
Bo,0,40
Cy,1,80
Di,0,20
Ed,1,60
`;
    // Renewed: 100, 80, 60 (mean 80); not renewed: 40, 20 (mean 30).
    const difference = ask(csv, {
      question: 'What is the difference in mean spend between members who renewed and those who did not?',
      format: '@spend_difference[value]',
    });
    expect(difference.slots.spend_difference).toBe('50.00');
    const ratio = ask(csv, {
      question: 'What is the ratio of members who did not renew to those who renewed?',
      format: '@ratio[value]',
    });
    expect(ratio.slots.ratio).toBe('0.67');
    // "How many members renewed": the counted noun before the flag's verb; "renewers" names the doers.
    const count = ask(csv, { question: 'How many members renewed?', format: '@renewers[count]' });
    expect(count.slots.renewers).toBe('3');
  });
  it('keeps the rows where one column exceeds another', () => {
    // Ann (50 > 40) and Cy (20 > 10).
    const answer = ask(MEMBERS, {
      question: 'How many members have a spend greater than the budget?',
      format: '@count[n]',
    });
    expect(answer.slots.count).toBe('2');
    expect(answer.planText).toMatch(/rows where spend greater than budget \(2\)/);
  });
});

describe('missing values filled by group', () => {
  const csv = `name,tier,age
Ann,gold,30
Bo,gold,
Cy,gold,50
Di,silver,20
Ed,silver,
Fay,silver,40
Gus,silver,30
`;
  it("fills each gap with its own group's statistic", () => {
    // Gold mean 40 fills Bo, silver mean 30 fills Ed: ages 30, 40, 50, 20, 30, 40, 30 (mean 240 / 7).
    const answer = ask(csv, {
      question: "Fill missing age with the mean age of each person's tier, then report the mean age.",
      format: '@mean_age[value]',
    });
    expect(answer.slots.mean_age).toBe('34.29');
    expect(answer.planText).toMatch(/2 missing age filled with the mean of its tier group/);
  });
  it('refuses a group it cannot find rather than fill with the overall mean', () => {
    expect(
      code(csv, {
        question: "Fill missing age with the mean age of each person's region, then report the mean age.",
        format: '@mean_age[value]',
      }),
    ).toBe('unsupported');
  });
});

// Invented: ferry tickets by coded deck (1 upper, 2 middle, 3 lower). Deck 1 fares 30, 50
// (mean 40); deck 2 fares 20, 24 (mean 22); deck 3 fares 10, 14, 12 (mean 12).
const FERRY = `ticket,Deck,fare
1,1,30
2,1,50
3,2,20
4,2,24
5,3,10
6,3,14
7,3,12
`;

describe('two coded groups named in words', () => {
  it('reads "first deck and third deck" as Deck 1 and Deck 3, in the order named or stated', () => {
    const plain = ask(FERRY, {
      question: 'What is the difference in mean fare between first deck and third deck tickets?',
      format: '@fare_gap[difference]',
    });
    expect(plain.slots.fare_gap).toBe('28.00');
    const stated = ask(FERRY, {
      question: 'What is the difference in mean fare between first and third deck tickets?',
      constraints: 'Subtract the first-deck mean from the third-deck mean.',
      format: '@fare_gap[difference]',
    });
    expect(stated.slots.fare_gap).toBe('-28.00');
  });
  it('refuses a stated subtraction whose sides name neither group', () => {
    expect(
      code(FERRY, {
        question: 'What is the difference in mean fare between first deck and third deck tickets?',
        constraints: 'Take the upper mean minus the lower mean.',
        format: '@fare_gap[difference]',
      }),
    ).toBe('unsupported');
  });
});
