import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented shelves of a small library, each with a label and a number of books.
const SHELVES = `Shelf Label,Books
Maps,40
Old Sea Stories,25
Poems,31
Birds and Their Songs,12
`;

describe('the characters of a text column, their mean and the row with the longest text', () => {
  it('reads "Count the characters of each X" and "the average …, and the shelf with the longest label"', () => {
    const answer = ask(SHELVES, {
      question:
        'How long are the shelf labels? Give the average number of characters and the shelf with the longest label.',
      constraints:
        '{\nCount the characters of each "Shelf Label" (spaces included).\nRound the average to two decimal places.\n}',
      format:
        '{\n@mean_label_length[avg]\n@longest_label_shelf[label]\nwhere "avg" is rounded to two decimal places and "label" is written as in the "Shelf Label" column.\n}',
    });
    expect(answer.slots).toEqual({
      mean_label_length: '11.25',
      longest_label_shelf: 'Birds and Their Songs',
    });
  });
});
