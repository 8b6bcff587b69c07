import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';

// An invented hockey season: every expected figure below is worked out by hand.
const CSV = `Round,Opponent,Result,Crowd,Bonus,Rating
1,at Riverton Owls,W 3-1,12000,2,55%
2,Lakeside Pikes,L 0-2,8000,-,70%
3,at Atwood Hawks,L 1-4,15000,-,40%
4,Atwood Hawks,W 5-0,9000,1,80%
5,at Lakeside Pikes,W 2-1,11000,3,65%
6,Riverton Owls,L 2-3,7000,-,70%
`;
const ask = (request: AnalysisRequest) =>
  answerAnalysis(headerRowTable(csvToWorkbook(CSV, 'season').sheets[0]!)!, request);
const refusal = (request: AnalysisRequest) => {
  try {
    ask(request);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe('conditions on the text of a cell', () => {
  it('keeps the rows whose cell starts with a quoted prefix, case as written', () => {
    // Rounds 1, 3, 5 start with "at"; round 4's "Atwood Hawks" does not.
    const answer = ask({
      question: 'What was the mean Crowd of the away games?',
      constraints: "A game is an away game when the Opponent starts with 'at'.",
      format: '@away_crowd[mean] where "mean" is a number rounded to two decimal places.',
    });
    expect(answer.slots.away_crowd).toBe('12666.67');
    expect(answer.planText).toContain('rows where Opponent starts with "at" (A game is an away game)');
  });
  it('reads "does not start with" as the other rows', () => {
    const answer = ask({
      question: 'What was the mean Crowd of the home games?',
      constraints: "A game is a home game when the Opponent does not start with 'at'.",
      format: '@home_crowd[mean] where "mean" is a number rounded to two decimal places.',
    });
    expect(answer.slots.home_crowd).toBe('8000.00');
  });
  it('counts wins stated as a Result prefix, and takes their share over every game', () => {
    const request = (format: string) => ({
      question: 'What proportion of the games did the team win?',
      constraints: "A game was won when its Result starts with 'W'.",
      format,
    });
    expect(ask(request('@winShare[proportion] rounded to two decimal places.')).slots.winShare).toBe('0.50');
  });
  it('keeps the rows whose cell holds a number rather than a dash', () => {
    const answer = ask({
      question: 'How many games earned a Bonus?',
      constraints: "A game earned a bonus when its Bonus cell holds a number rather than '-'.",
      format: '@bonus_games[count] where "count" is an integer.',
    });
    expect(answer.slots.bonus_games).toBe('3');
  });
  it('refuses a prefix whose column it cannot find rather than ignoring it', () => {
    expect(
      refusal({
        question: 'How many games were won?',
        constraints: "Count the games that start with 'W'.",
        format: '@wins[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});

describe('percentages written with a sign', () => {
  it('reads "55%" as 55, as pandas does once the sign is stripped', () => {
    const answer = ask({
      question: 'What is the mean Rating?',
      constraints: 'Round to two decimal places.',
      format: '@meanRating[mean] where "mean" is a number rounded to two decimal places.',
    });
    expect(answer.slots.meanRating).toBe('63.33');
  });
});

describe('how many of a measure', () => {
  it('adds the column up when the question counts its units', () => {
    const answer = ask({
      question: 'How many Bonus points did the team collect altogether?',
      constraints: "A '-' counts as zero.",
      format: '@bonusTotal[sum] where "sum" is an integer.',
    });
    expect(answer.slots.bonusTotal).toBe('6');
  });
});

describe('slot names that say a used value or column in other words', () => {
  it('reads a nation word for the country the plan kept, and a synonym for the column it read', () => {
    const csv = `Skater,Country,Attendance\nAnna Berg,Netherlands,100\nBo Lind,Sweden,300\nCees Dam,Netherlands,200\n`;
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(csv, 'race').sheets[0]!)!, {
      question: 'What was the mean Attendance at the races of the skaters from the Netherlands?',
      constraints: "Only rows whose Country is 'Netherlands'.",
      format: '@dutchCrowd[mean] where "mean" is a number rounded to one decimal place.',
    });
    expect(answer.slots.dutchCrowd).toBe('150.0');
  });
  it('still refuses a slot word nothing in the plan accounts for', () => {
    const csv = `Skater,Country,Crowd\nAnna Berg,Netherlands,100\nBo Lind,Sweden,300\n`;
    expect(() =>
      answerAnalysis(headerRowTable(csvToWorkbook(csv, 'race').sheets[0]!)!, {
        question: 'What was the mean Crowd?',
        format: '@indoorCrowd[mean] where "mean" is a number rounded to one decimal place.',
      }),
    ).toThrow(/indoor/);
  });
});

describe('the base of a share', () => {
  it('refuses a share whose base clause no step picked out, rather than taking it over every row', () => {
    expect(() =>
      ask({
        question: 'What percentage of the games that went long were won?',
        constraints: "A game was won when its Result starts with 'W'.",
        format: '@long_win_pct[percentage] rounded to two decimal places.',
      }),
    ).toThrow(/base "percentage of the games that went long/);
  });
});

describe('ranked groups named by a superlative', () => {
  it('reads "which Maker entered the most boats" and a slot named "busiestMaker"', () => {
    const csv = `Boat,Maker,Finish\nAlba,Nordyk,1\nBrisa,Vela,2\nCorra,Nordyk,3\nDelta,Nordyk,4\nEcho,Vela,5\n`;
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(csv, 'regatta').sheets[0]!)!, {
      question: 'Which Maker entered the most boats, and how many?',
      constraints: 'Count the rows of each Maker.',
      format: '@busiestMaker[name] @boatCount[n] where "name" is a string and "n" is an integer.',
    });
    expect(answer.slots).toEqual({ busiestMaker: 'Nordyk', boatCount: '3' });
  });
});

describe('cells and slot names the prose does not spell out', () => {
  const csv = [
    'Rower,Club,Score,Laps',
    "Ada Holm,North,12',40",
    'Ben Ruiz,South,10,35',
    'Cai Lund,North,8*,38',
    'Dee Moss,South,7–8,20',
    'Eli Park,South,5,30',
    'Fay Tran,South,6,31',
    'Gus Vale,South,4,32',
    'Hal Weir,South,3,33',
    'Ida Yost,South,2,34',
    'Jon Zeal,South,1,35',
    '',
  ].join('\n');
  const table = () => headerRowTable(csvToWorkbook(csv, 'rowing').sheets[0]!)!;
  it('reads a number with a footnote mark as the number', () => {
    const answer = answerAnalysis(table(), {
      question: 'What is the total Score of the North club?',
      constraints: "Only rows whose Club is 'North'.",
      format: '@northScore[sum] where "sum" is an integer.',
    });
    expect(answer.slots.northScore).toBe('20');
  });
  it('refuses a statistic that would leave out a figure it cannot read', () => {
    expect(() =>
      answerAnalysis(table(), {
        question: 'What is the mean Score?',
        format: '@meanScore[mean] rounded to two decimal places.',
      }),
    ).toThrow(/7–8/);
  });
  it('takes a slot word the prose never says as a label of what it computes', () => {
    const answer = answerAnalysis(table(), {
      question: 'How many rowers completed more than 36 Laps?',
      format: '@longRowers[count] where "count" is an integer.',
    });
    expect(answer.slots.longRowers).toBe('2');
  });
  it('still refuses a slot word the prose says but no step carried out', () => {
    expect(() =>
      answerAnalysis(table(), {
        question: 'What is the mean number of Laps of the senior rowers?',
        format: '@seniorLaps[mean] rounded to two decimal places.',
      }),
    ).toThrow(/senior/);
  });
});

describe('a wide table with a column per item', () => {
  const csv = `Year,Apples,Pears,Plums,Figs\n2019,10,12,9,4\n2020,11,15,15,3\n2021,13,9,14,2\n`;
  const table = () => headerRowTable(csvToWorkbook(csv, 'harvest').sheets[0]!)!;
  it('answers "which fruit had the highest yield in 2020" with the columns peaking in that row', () => {
    const answer = answerAnalysis(table(), {
      question: 'Which fruit had the highest yield in the year 2020?',
      constraints: 'If fruits share the maximum, return all of them separated by commas.',
      format: '@fruit[fruit_names] where "fruit_names" is string(s) separated by commas.',
    });
    expect(answer.slots.fruit).toBe('Pears, Plums');
  });
  it('answers the lowest too, and nothing when no single row is kept', () => {
    const answer = answerAnalysis(table(), {
      question: 'Which fruit had the lowest yield in the year 2021?',
      format: '@fruit[fruit_name] where "fruit_name" is a string.',
    });
    expect(answer.slots.fruit).toBe('Figs');
    expect(() =>
      answerAnalysis(table(), {
        question: 'Which fruit had the lowest yield?',
        format: '@fruit[fruit_name] where "fruit_name" is a string.',
      }),
    ).toThrow();
  });
});

describe('a count of units in a named column', () => {
  const csv = `Player,League,Cup,Total Goals\nAri,2,-,2\nBo,-,1,1\nCy,3,2,5\nDi,-,-,0\n`;
  const table = () => headerRowTable(csvToWorkbook(csv, 'scorers').sheets[0]!)!;
  it('reads "scored at least one goal in Cup" as Cup at least 1', () => {
    const answer = answerAnalysis(table(), {
      question: 'What percentage of the players scored at least one goal in Cup?',
      constraints: "A '-' means no goals.",
      format: '@cupScorersPct[percentage] rounded to two decimal places.',
    });
    expect(answer.slots.cupScorersPct).toBe('50.00');
    expect(answer.planText).toContain('rows where Cup at least 1');
  });
});

describe('subtotal and repeated header rows inside the data', () => {
  const csv = [
    'Season,Club,Apps,Goals',
    '2001,Alder,10,2',
    '2002,Alder,12,3',
    'Alder Total,Alder Total,22,5',
    'Season,Club,Apps,Goals',
    '2003,Birch,8,1',
    '2004,Birch,9,4',
    'Career total,Career total,39,10',
    '',
  ].join('\n');
  const table = () => headerRowTable(csvToWorkbook(csv, 'career').sheets[0]!)!;
  it('leaves them out when the text says so, and reads the column under them as numbers', () => {
    const answer = answerAnalysis(table(), {
      question: 'How many Goals did the player score over all his seasons?',
      constraints: 'Leave out the subtotal and total rows and the repeated header rows.',
      format: '@goals[sum] where "sum" is an integer.',
    });
    expect(answer.slots.goals).toBe('10');
    expect(answer.planText).toContain('2 total and subtotal rows and 1 repeated header rows left out');
  });
  it('refuses rather than add up the subtotals when the text does not say to leave them out', () => {
    expect(() =>
      answerAnalysis(table(), {
        question: 'How many Goals did the player score over all his seasons?',
        format: '@goals[sum] where "sum" is an integer.',
      }),
    ).toThrow();
  });
});

describe('the base of a flag share', () => {
  const csv = `Member,Plan,Renewed\nA,gold,1\nB,gold,1\nC,basic,1\nD,basic,0\nE,gold,0\nF,basic,0\nG,gold,0\n`;
  const table = () => headerRowTable(csvToWorkbook(csv, 'members').sheets[0]!)!;
  it('reads "of the members who renewed were gold" with the flag as the base', () => {
    const answer = answerAnalysis(table(), {
      question: "What percentage of the members who renewed were on the 'gold' Plan?",
      format: '@gold_pct[percentage] rounded to two decimal places.',
    });
    // Three renewed, two of them gold (two of the four gold members renewed: the other reading).
    expect(answer.slots.gold_pct).toBe('66.67');
  });
  it('reads "of the gold members who renewed" with the flag counted', () => {
    const answer = answerAnalysis(table(), {
      question: "What percentage of the members on the 'gold' Plan renewed?",
      format: '@renewal_pct[percentage] rounded to two decimal places.',
    });
    expect(answer.slots.renewal_pct).toBe('50.00');
  });
});

describe('a share as a percentage or a fraction, as the wording says', () => {
  const ask = (format: string, constraints = '') =>
    answerAnalysis(headerRowTable(csvToWorkbook(CSV, 'season').sheets[0]!)!, {
      question: "What proportion of the games were played at 'Lakeside Pikes'?",
      constraints,
      format,
    });
  it('follows the format: a fraction between 0 and 1, or a percentage', () => {
    expect(
      ask('@prop_games[proportion] a number between 0 and 1 rounded to two decimal places.').slots,
    ).toEqual({ prop_games: '0.17' });
    expect(
      ask('@prop_games[value] rounded to two decimal places.', 'Give it as a percentage.').slots,
    ).toEqual({
      prop_games: '16.67',
    });
  });
  it('follows the slot as written when the format says nothing: "pct" a percentage, "share" a fraction', () => {
    expect(ask('@games_pct[value] rounded to two decimal places.').slots).toEqual({ games_pct: '16.67' });
    expect(ask('@games_share[value] rounded to two decimal places.').slots).toEqual({ games_share: '0.17' });
  });
});

describe('values named in the question or said of a column', () => {
  const towns =
    'Arden Brill Corlo Dunmer Eskar Fallow Gresk Hollin Istra Jorvik Kelmar Lusk Morrow Norwin'.split(' ');
  const rows = towns.map((town, index) => `${town},${index + 1}`);
  const csv = ['Town,Visits', ...rows, 'Corlo,100', 'Lusk,50', ''].join('\n');
  const table = () => headerRowTable(csvToWorkbook(csv, 'visits').sheets[0]!)!;
  it('keeps the rows of a value the question writes in its own case, in a column of many values', () => {
    const answer = answerAnalysis(table(), {
      question: 'What is the mean Visits of the rows for Corlo?',
      format: '@corloVisits[mean] rounded to one decimal place.',
    });
    // Corlo: 3 and 100.
    expect(answer.slots.corloVisits).toBe('51.5');
  });
  it("reads 'OT' as a value when a sentence says it of the OT column", () => {
    const csv = `Game,OT,Crowd\n1,OT,100\n2,,200\n3,OT,300\n4,,400\n`;
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(csv, 'games').sheets[0]!)!, {
      question: 'What is the total Crowd of the games that went to overtime?',
      constraints: "A game went to overtime when its OT cell is 'OT'.",
      format: '@ot_crowd[sum] where "sum" is an integer.',
    });
    expect(answer.slots.ot_crowd).toBe('400');
  });
});

describe('a slot that names two measures', () => {
  it('refuses an answer read off one of them ("mean_goals_per_cap" is no mean of Goals)', () => {
    const csv = `Player,Goals,Caps\nAri,10,20\nBo,5,25\nCy,8,16\n`;
    expect(() =>
      answerAnalysis(headerRowTable(csvToWorkbook(csv, 'squad').sheets[0]!)!, {
        question: 'What is the average number of Goals per Cap?',
        format: '@mean_goals_per_cap[mean] rounded to three decimal places.',
      }),
    ).toThrow(/names Goals and Caps/);
  });
  it('names a step by the term "is one whose" defines', () => {
    const answer = ask({
      question: 'What is the mean Crowd of home games?',
      constraints: "A home game is one whose Opponent does not start with 'at'.",
      format: '@home_crowd[mean] rounded to two decimal places.',
    });
    expect(answer.slots.home_crowd).toBe('8000.00');
  });
});

describe('the mean of a ratio column', () => {
  it('is not answered with the ratio of two means', () => {
    // Mean of the ratios 0.5, 0.2, 0.5 is 0.4; the ratio of the means 23/61 is 0.377.
    const csv = `Player,Goals,Caps\nAri,10,20\nBo,5,25\nCy,8,16\n`;
    let got = 'refused';
    try {
      got = answerAnalysis(headerRowTable(csvToWorkbook(csv, 'squad').sheets[0]!)!, {
        question: 'What is the average ratio of Goals to Caps?',
        constraints: 'Create a new column with Goals divided by Caps for each player, then take the mean.',
        format: '@mean_ratio[mean] rounded to three decimal places.',
      }).slots.mean_ratio!;
    } catch {}
    expect(got).not.toBe('0.377');
  });
});

describe('the group with the most of a measure in total', () => {
  it('adds each group up rather than picking the single largest row', () => {
    const csv = `Season,Team,Apps\n2001,Alder,10\n2002,Alder,12\n2003,Birch,20\n2004,Alder,9\n`;
    const answer = answerAnalysis(headerRowTable(csvToWorkbook(csv, 'career').sheets[0]!)!, {
      question: 'Which Team did the player make the most Apps for in total?',
      format: '@team[name] where "name" is a string.',
    });
    expect(answer.slots.team).toBe('Alder');
  });
});
