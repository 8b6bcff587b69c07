import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented lending records of a small library: the reader's age and the shelf the book came from.
const ROWS = `Reader,Age,Shelf
Ilse,9,Fables
Jori,12,Atlases
Kalle,15,Fables
Linnea,11,Poems
Rune,17,Poems
Magnus,40,Atlases
Nora,35,Atlases
Olav,52,Atlases
Pia,14,Fables
Quinn,61,Poems
`;

const FORMAT = '{\n@top_young_shelf[shelf]\nwhere "shelf" is written as in the "Shelf" column.\n}';

describe('"take the mode of X" over the rows a condition keeps', () => {
  it('takes the most frequent value among the kept rows only', () => {
    const answer = ask(ROWS, {
      question: 'For readers under 18, which shelf do most of their books come from?',
      constraints: '{\nKeep the rows whose "Age" is below 18 and take the mode of "Shelf".\n}',
      format: FORMAT,
    });
    // Over every row the mode is Atlases (4 of 10); under 18 it is Fables (3 of 6), and the oldest reader under 18 took Poems.
    expect(answer.slots).toEqual({ top_young_shelf: 'Fables' });
  });

  it('still refuses when the kept rows tie on the mode', () => {
    expect(
      refusalCode(ROWS, {
        question: 'For readers under 13, which shelf do most of their books come from?',
        constraints: '{\nKeep the rows whose "Age" is below 13 and take the mode of "Shelf".\n}',
        format: FORMAT,
      }),
    ).not.toBe('answered');
  });
});
