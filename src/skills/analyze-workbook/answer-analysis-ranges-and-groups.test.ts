import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';
import { withPartitiveAsNoun } from './normalize-text.ts';
import { statedRanges } from './stated-ranges.ts';

// Invented relay club: each runner's first squad, the squad they moved to, and their medals.
const CLUB = `Runner,First Squad,Moved To,Medals,Laps
Ansel Tork,Red Harriers,Comets,6,40
Bryn Vale,Red Harriers,,4,35
Cato Rimm,Comets,Red Harriers,3,28
Dora Fenn,Comets,,1,22
Edda Moor,Red Harriers,Red Harriers,5,31
Fitch Lowe,Comets,Comets,2,19
`;

// The same club with one squad column.
const SQUADS = CLUB.split('\n')
  .map((line) =>
    line
      .split(',')
      .filter((_, index) => index !== 2)
      .join(','),
  )
  .join('\n');

// Invented ferry log: a day's opening and closing fare index and the tickets sold.
const FERRY = `Day,Open,Close,Tickets
1,61.5,62.0,1200
2,62.0,71.5,1500
3,71.5,74.0,1700
4,74.0,79.5,900
5,79.5,83.0,2100
6,83.0,77.0,1100
7,77.0,69.0,1300
`;

// Invented harbour register: the district of each moored boat.
const HARBOUR = `Boat,District,Length
Gull,North Pier,12
Tern,North Pier,9
Wren,Eastbank,14
Kite,North Pier,11
Rook,Eastbank,8
Lark,Southmoor,10
`;

const MEAN_GAP = (slot: string) => ({
  constraints:
    '{\nTake the mean of "Medals" for each group and subtract the second from the first.\nRound to two decimal places.\n}',
  format: `{\n@${slot}[diff]\nwhere "diff" is rounded to two decimal places.\n}`,
});

describe("the difference of two groups' means in one slot", () => {
  it('takes both groups when the slot is named for them', () => {
    // Red Harriers 6, 4, 5 → 5; Comets 3, 1, 2 → 2.
    expect(
      ask(SQUADS, {
        question:
          'By how much did the mean medals of the Red Harriers runners exceed that of the Comets runners?',
        ...MEAN_GAP('harriers_comets_gap'),
      }).slots,
    ).toEqual({ harriers_comets_gap: '3.00' });
  });

  it('reads the groups on the column the question names when another column holds both values', () => {
    expect(
      ask(CLUB, {
        question:
          'How many more medals on average did runners from the Red Harriers first squad win than those from Comets?',
        ...MEAN_GAP('squad_medal_gap'),
      }).slots,
    ).toEqual({ squad_medal_gap: '3.00' });
  });

  it('still refuses when neither column holding both values is named', () => {
    expect(
      refusalCode(CLUB, {
        question: 'How many more medals on average did Red Harriers runners win than Comets runners?',
        ...MEAN_GAP('medal_gap'),
      }),
    ).toBe('unsupported');
  });
});

describe('ranges said with "between" and "from … to …"', () => {
  const VOLUME = {
    constraints: '{\nTake the mean of "Tickets".\nRound to two decimal places.\n}',
    format: '{\n@mid_close_tickets[avg]\nwhere "avg" is rounded to two decimal places.\n}',
  };
  // Close 71.5, 74.0, 77.0 are from 70 to 78: tickets 1500, 1700, 1100.
  it('reads a range after "the Close was", and after a verb naming the column', () => {
    expect(
      ask(FERRY, {
        question: 'What were the mean Tickets on the days the Close was between 70 and 78?',
        ...VOLUME,
      }).slots,
    ).toEqual({
      mid_close_tickets: '1433.33',
    });
    expect(
      ask(FERRY, {
        question: 'What were the mean Tickets on the days the index closed between 70 and 78?',
        ...VOLUME,
      }).slots,
    ).toEqual({
      mid_close_tickets: '1433.33',
    });
  });

  it('reads a stated range "from A to B, both included" in the constraints', () => {
    expect(
      ask(FERRY, {
        question: 'What were the mean Tickets on the middling days?',
        constraints:
          '{\nKeep the rows whose "Close" is from 70 to 78, both included, and take the mean of "Tickets".\nRound to two decimal places.\n}',
        format: '{\n@mean_tickets[avg]\nwhere "avg" is rounded to two decimal places.\n}',
      }).slots,
    ).toEqual({ mean_tickets: '1433.33' });
  });

  it('leaves a range with an end left out unread', () => {
    expect(statedRanges('whose "Close" is from 70 to 78, both excluded')).toEqual([]);
    expect(statedRanges('whose "Close" is from 70 to 78, both included')).toEqual([
      { phrase: 'Close', low: 70, high: 78 },
    ]);
  });
});

describe('"the most of these" as the counted noun', () => {
  it('writes "the most of these boats" as "the most boats"', () => {
    expect(withPartitiveAsNoun('Where were the most of these boats moored?')).toBe(
      'Where were the most boats moored?',
    );
  });

  it('answers where the most of the rows are and how many', () => {
    expect(
      ask(HARBOUR, {
        question: 'Which district had the most of these boats, and how many were there?',
        constraints:
          '{\nCount the rows of each "District" and report the district with the most rows and the count.\n}',
        format:
          '{\n@top_district[name]\n@district_boats[n]\nwhere "name" is written as in "District" and "n" is an integer.\n}',
      }).slots,
    ).toEqual({ top_district: 'North Pier', district_boats: '3' });
  });
});

// Invented fishing derby: each angler's prize in dollars, written with thousands commas.
const DERBY = `Angler,Prize ($)
Olin Drey,"120,000"
Pia Sark,"64,500"
Quill Amos,"51,000"
Rhea Tolt,"48,000"
Seth Varo,"9,750"
`;

describe('a range in dollars over a dollar column', () => {
  it('reads "$49,000" as the plain number the column holds', () => {
    expect(
      ask(DERBY, {
        question: 'How many anglers had a Prize ($) between $49,000 and $130,000?',
        constraints: '{\nCount the rows.\n}',
        format: '{\n@anglers[n]\nwhere "n" is an integer.\n}',
      }).slots,
    ).toEqual({ anglers: '3' });
  });
});

// Invented fishing derby with each angler's harbour and purse in euros.
const PURSES = `Angler,Harbour,Purse (€)
Tova Lind,Skarn,400
Ulf Brekk,Skarn,250
Vera Holm,Dunvik,900
Wim Ostra,Skarn,150
`;

describe('a column said without its bracketed unit', () => {
  it('accounts for the word the question puts before it ("the average cash purse")', () => {
    expect(
      ask(PURSES, {
        question: 'Looking only at the anglers from Skarn, what was their average cash purse?',
        constraints:
          '{\nKeep the rows whose "Harbour" is "Skarn" and take the mean of "Purse (€)".\nRound to two decimal places.\n}',
        format: '{\n@skarn_mean_cash[avg]\nwhere "avg" is rounded to two decimal places.\n}',
      }).slots,
    ).toEqual({ skarn_mean_cash: '266.67' });
  });
});

describe('a count of rows is no figure of the amount column a slot names', () => {
  it('refuses "@purse" answered by counting the rows', () => {
    expect(
      refusalCode(PURSES, {
        question: 'How much purse was won?',
        format: '{\n@purse[amount]\nwhere "amount" is an integer.\n}',
      }),
    ).toBe('unsupported');
  });

  it('answers "how much" beside the angler of the highest purse with that row\'s purse', () => {
    expect(
      ask(PURSES, {
        question: 'Who won the most purse, and how much was it?',
        format:
          '{\n@angler[name]\n@purse[amount]\nwhere "name" is written as in "Angler" and "amount" is an integer.\n}',
      }).slots,
    ).toEqual({ angler: 'Vera Holm', purse: '900' });
  });
});
