import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { neverAsNone } from './worded-bounds.ts';

// Invented chess club: each member's trophies, silver medals and finals reached.
const CLUB = `Member,Trophies,Silvers,Finals Reached
Orla Tennant,5,2,7
Piet Vandam,3,0,3
Quill Ashby,7,1,8
Rhea Solberg,2,0,2
Soren Matlock,0,3,3
Tamsin Yole,1,1,2
`;

// Invented choir: times each singer was the soloist, and the concerts sung.
const CHOIR = `Singer,Soloist,No. of Concerts
Ada Brill,0,12
Bram Oort,2,20
Cleo Marsh,0,9
Dov Keller,1,15
Esme Quist,0,9
Finn Arlow,3,20
`;

// Invented stables: one rider each, with the points scored.
const STABLES = `Rider,Stable,Points
Gus Henning,North Barn,14
Hana Ruiz,Elm Yard,9
Ivo Petrak,Mill Lane,21
Jora Smit,Oak Row,6
`;

// Invented race: each horse's trainer and the purse won.
const RACE = `Horse,Trainer,Place $
Tallow,K. Burr,50000
Sparrow,L. Ames,90000
Drift,K. Burr,40000
Ember,M. Stone,30000
Copper,K. Burr,20000
`;

describe('who or what holds the most of an amount', () => {
  it('reads the name from the column the format writes it as in, and the figure from that row', () => {
    const answer = ask(CLUB, {
      question: 'Who holds the most trophies, and how many does she hold?',
      constraints: '{\nReport the "Member" of the row with the largest "Trophies" and that number.\n}',
      format:
        '{\n@top_collector[name]\n@trophies[n]\nwhere "name" is written as in "Member" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_collector: 'Quill Ashby', trophies: '7' });
  });

  it('answers the figure of the row a label slot named, for a slot naming the label column', () => {
    const answer = ask(STABLES, {
      question: 'Which stable earned the most points, and how many did it earn?',
      constraints: '{\nReport the "Stable" of the row with the largest "Points" and that number.\n}',
      format:
        '{\n@top_stable[name]\n@stable_points[n]\nwhere "name" is written as in "Stable" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ top_stable: 'Mill Lane', stable_points: '21' });
  });

  it('does not read "the most placers" as the highest of a Place $ column', () => {
    // The trainer of the most placers is K. Burr (3 rows); Place $ peaks at L. Ames's 90000.
    let slots: Record<string, string> = {};
    try {
      slots = ask(RACE, {
        question: 'Who trained the most placers, and how many?',
        constraints:
          '{\nCount the rows of each "Trainer" and report the trainer with the most rows and the count.\n}',
        format:
          '{\n@top_trainer[name]\n@trainer_placers[n]\nwhere "name" is written as in "Trainer" and "n" is an integer.\n}',
      }).slots;
    } catch {
      slots = {};
    }
    expect(slots.trainer_placers).not.toBe('90000');
  });
});

describe('"never a X" over a column of counts', () => {
  it('keeps the rows where the count is 0, and measures the other column', () => {
    // Ada 12, Cleo 9, Esme 9 → 10.
    const answer = ask(CHOIR, {
      question: 'Among the singers who were never a soloist, what is the average number of concerts?',
      constraints: '{\nTake the mean of "No. of Concerts".\nRound to two decimal places.\n}',
      format: '{\n@mean_concerts[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_concerts: '10.00' });
  });

  it('writes "never a X" as at most 0 only when X names a column of counts', () => {
    const counts = (phrase: string) => (/^silver medallist$/i.test(phrase) ? 'Silvers' : undefined);
    expect(neverAsNone('members who were never a silver medallist', counts)).toBe(
      'members who with Silvers at most 0',
    );
    expect(neverAsNone('members who were never a problem', counts)).toBe('members who were never a problem');
  });
});

describe('the measure of a slot that names no column', () => {
  it('leaves out a column the conditions fix at one value', () => {
    // Soloist 0: Ada 12, Cleo 9, Esme 9 → 10 concerts (the mean of Soloist there is 0).
    const answer = ask(CHOIR, {
      question: 'For the singers whose Soloist is 0, what is the average number of concerts?',
      constraints: '{\nKeep those rows and take the average.\nRound to two decimal places.\n}',
      format: '{\n@average[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ average: '10.00' });
  });

  it('takes the column the constraints take the statistic of', () => {
    // All six singers: (12 + 20 + 9 + 15 + 9 + 20) / 6 = 14.17.
    const answer = ask(CHOIR, {
      question: 'Looking at soloist turns across the choir, what is the average number of concerts sung?',
      constraints: '{\nTake the mean of "No. of Concerts".\nRound to two decimal places.\n}',
      format: '{\n@mean_concerts[avg]\nwhere "avg" is rounded to two decimal places.\n}',
    });
    expect(answer.slots).toEqual({ mean_concerts: '14.17' });
  });
});

describe('a clause keeping some rows that the plan did not read', () => {
  const MEAN = {
    constraints: '{\nTake the mean of "Trophies".\nRound to two decimal places.\n}',
    format: '{\n@mean_trophies[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  };

  it('refuses a figure over every row when the question keeps only some', () => {
    expect(
      refusalCode(CLUB, {
        question: 'What is the average number of trophies of the members who lost a final?',
        ...MEAN,
      }),
    ).toBe('unsupported');
  });

  it('answers when the clause keeps every row or names the measure', () => {
    // (5 + 3 + 7 + 2 + 0 + 1) / 6 = 3.
    expect(
      ask(CLUB, {
        question: 'What is the average number of trophies of the members who are listed?',
        ...MEAN,
      }).slots,
    ).toEqual({ mean_trophies: '3.00' });
    expect(
      ask(CLUB, { question: 'What is the average number of trophies that were won by a member?', ...MEAN })
        .slots,
    ).toEqual({ mean_trophies: '3.00' });
  });
});

describe('the figure of a label that holds several rows', () => {
  it('is not read off the one row where the measure peaks', () => {
    // North Barn's rows add up to 20, more than Mill Lane's single 14: "the most points" may mean the total.
    const BARNS = `Rider,Stable,Points
Gus Henning,North Barn,12
Hana Ruiz,Elm Yard,9
Ivo Petrak,Mill Lane,14
Jora Smit,North Barn,8
`;
    let slots: Record<string, string> = {};
    try {
      slots = ask(BARNS, {
        question: 'Which stable earned the most points, and how many did it earn?',
        format:
          '{\n@top_stable[name]\n@stable_points[n]\nwhere "name" is written as in "Stable" and "n" is an integer.\n}',
      }).slots;
    } catch {
      slots = {};
    }
    expect(slots.stable_points).not.toBe('14');
  });
});
