import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented chess ladder: each pair's club and the rounds it won.
const LADDER = `Pair,Club,Won
Ames & Bell,Harbor Club,4
Cole & Dunn,Harbor Club,2
Egan & Ford,Mill Town,1
Gray & Hale,Harbor Club,3
Ives & Jory,Mill Town,0
Kemp & Lund,Quay Street,5
Moss & Nash,Mill Town,2
`;

// Invented crew roster: whether each crew member is certified (1/0) and the daily fee.
const CREW = `Member,Certified,Fee
C1,1,300
C2,0,120
C3,1,340
C4,0,100
C5,1,320
`;

// Invented orchard log: kilograms picked in two seasons, blank where a row was not picked.
const ORCHARD = `Row,Season1,Season2
R1,40,55
R2,60,50
R3,30,45
R4,50,
R5,20,30
`;

// Invented switchboard log: calls put through and calls lost in each half hour.
const SWITCHBOARD = `Slot,Calls put through,Calls lost
S1,4,1
S2,0,0
S3,7,2
S4,5,0
`;

// Invented ferry log: the kind of each crossing.
const FERRY = `Crossing,Kind
X1,3
X2,1
X3,3
X4,2
X5,3
X6,1
`;

// Invented ferry timetable: the operator and the kind of each sailing.
const SAILINGS = `Sailing,Operator,Kind
S1,Bluewake,Car
S2,Tidesend,Foot
S3,Bluewake,Freight
S4,Bluewake,Car
S5,Tidesend,Car
`;

// Invented tool depot: the section each tool belongs to.
const DEPOT = `Tool,Section
Hammer,Hand tools
Saw,Hand tools
Drill,Power tools
Chisel,Hand tools
Grinder,Power tools
Ladder,Access
`;

// Invented probe readings: each probe's lowest reading and its negative drift.
const PROBES = `probe,low_reading,negative_drift
P-1,-1.2,0
P-2,-3.4,-0.5
P-3,-0.8,0
P-4,-2.1,-0.2
`;

// Invented quiz sheet whose first line is a title: the column names are on the second line.
const QUIZ = `AUTUMN QUIZ,,
Score,Team,House
7,Owls,North
3,Foxes,South
5,Hares,North
0,Moles,South
`;

describe('two row sets of one figure in one sentence', () => {
  it('answers each slot over its own value of one column', () => {
    const answer = ask(LADDER, {
      question: 'Do Harbor Club pairs win more rounds than Mill Town pairs? Give the average of each club.',
      constraints:
        '{\nTake the mean of "Won" over the rows whose "Club" is "Harbor Club", and over the rows whose "Club" is "Mill Town".\nRound both to two decimal places.\n}',
      format:
        '{\n@harbor_mean_won[avg]\n@mill_mean_won[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ harbor_mean_won: '3.00', mill_mean_won: '1.00' });
  });

  it('reads "not" in a slot as the 0 rows of a 0/1 column', () => {
    const answer = ask(CREW, {
      question: 'Compare the fees of certified crew members with those who are not.',
      constraints:
        '{\nTake the mean of "Fee" over the rows whose "Certified" is 1, and over the rows whose "Certified" is 0.\nRound both to two decimal places.\n}',
      format:
        '{\n@certified_fee[avg]\n@not_certified_fee[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ certified_fee: '320.00', not_certified_fee: '110.00' });
  });
});

describe("a count's own condition in the constraints", () => {
  it('keeps a condition inside a count clause for the count alone', () => {
    const answer = ask(ORCHARD, {
      question:
        'Add a column with the change from the first season to the second. In how many rows did it go up, and by how much on average?',
      constraints:
        '{\nCreate a column "Change" equal to "Season2" minus "Season1". Count the rows whose "Change" is greater than 0, and take the mean of "Change" over the rows where it is present.\nRound the mean to two decimal places.\n}',
      format:
        '{\n@rows_up[n]\n@mean_change[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
    });
    // Changes 15, -10, 15, 10: three rose; the mean of all four is 7.50 (13.33 over the risen rows alone).
    expect(answer.slots).toEqual({ rows_up: '3', mean_change: '7.50' });
  });

  it('keeps the condition of a counting sentence for its count alone', () => {
    const answer = ask(LADDER, {
      question: 'median rounds won per pair? and how many pairs won nothing',
      constraints: '{\nTake the median of "Won". Count the rows whose "Won" is 0.\n}',
      format:
        '{\n@median_won[value]\n@winless_pairs[n]\nwhere "value" is rounded to one decimal place and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ median_won: '2.0', winless_pairs: '1' });
  });

  it('keeps the condition for a later figure that points back to the counted rows', () => {
    const answer = ask(LADDER, {
      question: 'How many pairs are there, and what is their median?',
      constraints: '{\nCount the rows whose "Won" is at least 3. Take the median of "Won" over them.\n}',
      format:
        '{\n@pairs[n]\n@median_won[value]\nwhere "n" is an integer and "value" is rounded to one decimal place.\n}',
    });
    expect(answer.slots).toEqual({ pairs: '3', median_won: '4.0' });
  });
});

describe('rows the constraints count after keeping them', () => {
  it('counts the kept rows for a count slot naming the identifier column', () => {
    const answer = ask(PROBES, {
      question:
        'Looking only at probes with a negative drift below 0: how many are there and what is their average low_reading?',
      constraints:
        '{\nKeep the rows whose "negative_drift" is less than 0. Count them and take the mean of "low_reading" over them.\nRound the mean to two decimal places.\n}',
      format:
        '{\n@drifting_probes[n]\n@drifting_mean_low[avg]\nwhere "n" is an integer and "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ drifting_probes: '2', drifting_mean_low: '-2.75' });
  });
});

describe('figures the constraints list one after another', () => {
  it('gives each slot the sum of the column its name carries', () => {
    const answer = ask(SWITCHBOARD, {
      question: 'Over the whole log, how many calls were put through and how many were lost?',
      constraints: '{\nTake the sum of "Calls put through" and the sum of "Calls lost".\n}',
      format: '{\n@calls_through[n]\n@calls_lost[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ calls_through: '16', calls_lost: '3' });
  });

  it('gives the most frequent value and the distinct count in order', () => {
    const answer = ask(FERRY, {
      question: 'What kind of crossing is most common, and how many kinds are there?',
      constraints: '{\nFind the most frequent value of "Kind". Count the distinct values of "Kind".\n}',
      format: '{\n@top_kind[kind]\n@kinds[n]\nwhere "kind" is an integer and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_kind: '3', kinds: '3' });
  });
});

describe('slot words the plan accounts for', () => {
  it('reads "kinds" in a count slot as the distinct count the constraints list', () => {
    const answer = ask(SAILINGS, {
      question: 'Which operator runs the most sailings, and how many kinds of sailing are there?',
      constraints: '{\nFind the most frequent value of "Operator". Count the distinct values of "Kind".\n}',
      format:
        '{\n@top_operator[name]\n@sailing_kinds[n]\nwhere "name" is written as in "Operator" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_operator: 'Bluewake', sailing_kinds: '3' });
  });

  it('reads "plus" after a number as the bound "at least"', () => {
    const answer = ask(LADDER, {
      question: 'How many rounds does a pair win on average, and how many pairs are strong?',
      constraints:
        '{\nTake the mean of "Won" over all pairs.\nCount the pairs whose "Won" is at least 3.\nRound the mean to two decimal places.\n}',
      format:
        '{\n@mean_won[avg]\n@pairs_3_plus[n]\nwhere "avg" is rounded to two decimal places and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ mean_won: '2.43', pairs_3_plus: '3' });
  });

  it('reads "minus" before a number as its negative', () => {
    const answer = ask(PROBES, {
      question: 'How many probes read below -2?',
      constraints: '{\nCount the rows whose "low_reading" is less than -2.\n}',
      format: '{\n@probes_below_minus2[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ probes_below_minus2: '2' });
  });
});

describe('the best group beside its figure', () => {
  it('gives a slot naming the group, the statistic and the measure the best group total', () => {
    const answer = ask(LADDER, {
      question: "Which club's pairs won the most rounds in total, and what's that total?",
      constraints:
        '{\nGroup the rows by "Club" and take the sum of "Won" in each group. Report the group with the largest sum and the sum.\n}',
      format:
        '{\n@top_club[club]\n@club_total_won[n]\nwhere "club" is written as in "Club" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_club: 'Harbor Club', club_total_won: '9' });
  });

  it('gives a group slot with a bare count placeholder the figure the question points back to', () => {
    const answer = ask(LADDER, {
      question: 'Which club accounts for the most rounds won overall, and how many is that?',
      constraints:
        '{\nGroup the rows by "Club" and take the sum of "Won" in each group. Report the group with the largest sum and the sum.\n}',
      format:
        '{\n@top_club[club]\n@club_rounds[n]\nwhere "club" is written as in "Club" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_club: 'Harbor Club', club_rounds: '9' });
  });

  it('reads "which X is the smallest" as the group with the fewest rows', () => {
    const answer = ask(DEPOT, {
      question: 'Which section is the smallest, and how many tools does it have?',
      constraints:
        '{\nCount the rows of each "Section" and report the group with the fewest rows and its count.\n}',
      format:
        '{\n@smallest_section[section]\n@smallest_section_size[n]\nwhere "section" is written as in "Section" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ smallest_section: 'Access', smallest_section_size: '1' });
  });
});

describe('words of a superlative and of the header line', () => {
  it('reads "most negative" before a measure as its lowest value', () => {
    const answer = ask(PROBES, {
      question: 'Which probe has the most negative low_reading, and what is it?',
      constraints:
        '{\nFind the row with the smallest "low_reading" and report its "probe" and its "low_reading".\n}',
      format:
        '{\n@lowest_probe[probe]\n@lowest_reading[value]\nwhere "probe" is written as in "probe" and "value" is rounded to one decimal place.\n}',
    });
    expect(answer.slots).toEqual({ lowest_probe: 'P-2', lowest_reading: '-3.4' });
  });

  it('reads the table with its header on the line the constraints state', () => {
    const answer = ask(QUIZ, {
      question: 'What is the average score of the North teams?',
      constraints:
        '{\nThe first line is a title; the column names are on the second line.\nTake the mean of "Score" over the rows whose "House" is "North".\nRound to two decimal places.\n}',
      format: '{\n@north_mean_score[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ north_mean_score: '6.00' });
  });

  it('keeps the first line as the header when the text states no other and quotes no name of the second', () => {
    expect(
      refusalCode(QUIZ, {
        question: 'What is the average score of the North teams?',
        constraints: '{\nTake the mean of Score over the rows whose House is North.\n}',
        format: '{\n@north_mean_score[avg]\nwhere "avg" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});
