import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented households of a fen village: the family, its goats, its children, and whether it sold its crop (1) or not (0).
const ROWS = `Family,Goats,Kids,Sold
Aune,0,0,1
Bjarke,2,1,0
Cilla,0,0,0
Dag,0,2,1
Elin,0,0,1
Finn,1,0,1
Gro,0,0,0
Hallvard,3,2,1
Inga,0,0,1
`;

// Invented: the same kind of village with a 0/1 membership column.
const ENROLLED = `Family,Member,Harvest
Aune,1,40
Bjarke,0,20
Cilla,1,60
Dag,0,40
Elin,1,50
`;

const FORMAT =
  '{\n@idle_families[n]\n@idle_sold_percent[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}';

describe('a word the constraints define by number conditions ("A family is idle when …")', () => {
  it('keeps the rows the definition names, and counts them in the count slot', () => {
    const answer = ask(ROWS, {
      question: 'How many families are idle, and what share of them sold their crop, in percent?',
      constraints:
        '{\nA family is idle when "Goats" is 0 and "Kids" is 0.\nThe share is the mean of "Sold" over those families times 100. Round to two decimal places.\n}',
      format: FORMAT,
    });
    // Aune, Cilla, Elin, Gro, Inga: 5 families, 3 of them sold (60%).
    expect(answer.slots).toEqual({ idle_families: '5', idle_sold_percent: '60.00' });
  });

  it('reads no definition whose word the question never uses: every family is counted', () => {
    expect(
      ask(ROWS, {
        question: 'How many families are there, and what share of them sold their crop, in percent?',
        constraints:
          '{\nA family is idle when "Goats" is 0 and "Kids" is 0.\nThe share is the mean of "Sold" over those families times 100. Round to two decimal places.\n}',
        format:
          '{\n@families[n]\n@sold_percent[pct]\nwhere "n" is an integer and "pct" is rounded to two decimal places.\n}',
      }).slots,
    ).toEqual({ families: '9', sold_percent: '66.67' });
  });

  it('keeps no rows for a word the text also negates ("enrolled" beside "not enrolled")', () => {
    const answer = ask(ENROLLED, {
      question:
        'Do enrolled families harvest more? Give the mean harvest of the enrolled families and of the families that are not enrolled.',
      constraints:
        '{\nA family is enrolled when "Member" is 1 and not enrolled when it is 0.\nAverage "Harvest" within each group and round to two decimal places.\n}',
      format:
        '{\n@enrolled_mean_harvest[a]\n@not_enrolled_mean_harvest[b]\nwhere "a" and "b" are rounded to two decimal places.\n}',
    }).slots;
    // Each group over its own rows: the definition keeps no rows for every slot.
    expect(answer).toEqual({ enrolled_mean_harvest: '50.00', not_enrolled_mean_harvest: '30.00' });
  });
});
