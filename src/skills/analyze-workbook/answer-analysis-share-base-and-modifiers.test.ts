import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented kennel: breed, coat colour and weight of ten dogs.
const KENNEL = `Dog,Breed,Colour,Weight
Bolt,Labrador,Black,31
Cass,Labrador,Yellow,29
Dune,Collie,Black,20
Eider,Labrador,Black,33
Fern,Beagle,Tan,11
Gale,Collie,Sable,19
Hobb,Labrador,Chocolate,30
Ivo,Beagle,Black,12
Juno,Collie,Black,21
Kit,Labrador,Yellow,28
`;

// Invented valley farms: a crop weight and a yield per hectare, one row each.
const TOWNS = `Farm,Crop (tonnes),Yield (per hectare),Area
Alder Ford,12000,150,80
Birch Hollow,4000,40,100
Cinder Vale,30000,600,50
Dapple Cross,9000,90,100
`;

describe('a share whose text says its base is every row', () => {
  it('counts the rows meeting both equalities out of every row', () => {
    // Black Labradors: Bolt and Eider, 2 of 10.
    expect(
      ask(KENNEL, {
        question: 'What percentage of the dogs are black Labradors?',
        constraints:
          '{\nCount the rows whose "Breed" is "Labrador" and whose "Colour" is "Black", divide by the number of rows and multiply by 100.\nRound to two decimal places.\n}',
        format: '{\n@black_labrador_pct[pct]\nwhere "pct" is rounded to two decimal places.\n}',
      }).slots,
    ).toEqual({ black_labrador_pct: '20.00' });
  });

  it('takes no whole-table base when a clause follows "the number of rows"', () => {
    // The base is the Labradors (2 of 5), never every row (2 of 10); which column is counted is
    // not said in the question, so it is refused.
    expect(
      refusalCode(KENNEL, {
        question: 'What share of them are black Labradors?',
        constraints:
          '{\nDivide the number of rows whose "Breed" is "Labrador" and whose "Colour" is "Black" by the number of rows whose "Breed" is "Labrador", times 100.\nRound to two decimal places.\n}',
        format: '{\n@black_share[pct]\nwhere "pct" is rounded to two decimal places.\n}',
      }),
    ).toBe('unsupported');
  });
});

describe('a word naming a column in part before another column', () => {
  it('reads "crop yield" as the yield, not the crop', () => {
    // Yields 40, 90, 150, 600: median 120.
    expect(
      ask(TOWNS, {
        question: 'What is the median crop yield of the farms?',
        constraints: '',
        format: '{\n@median_yield[m]\nwhere "m" is rounded to two decimal places.\n}',
      }).slots,
    ).toEqual({ median_yield: '120.00' });
  });

  it('still reads two columns listed with a comma between', () => {
    expect(
      ask(TOWNS, {
        question: 'What is the Pearson correlation between crop, yield?',
        constraints: '',
        format: '{\n@r[r]\nwhere "r" is rounded to two decimal places.\n}',
      }).planText,
    ).toContain('Crop (tonnes)');
  });
});
