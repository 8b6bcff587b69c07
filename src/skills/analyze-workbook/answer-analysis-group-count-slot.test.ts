import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// Invented kennel register: one row per dog, with the kennel's section and the dog's weight.
const ROWS = `dog,section,weight
Biscuit,Hounds,21
Pepper,Terriers,8
Mossy,Hounds,24
Quill,Herding,19
Tango,Hounds,27
Wren,Terriers,7
Fennel,Herding,18
Juniper,Hounds,25
`;

describe('the largest group by rows and its count, asked in two slots', () => {
  it('gives the group to the group slot and the count to the bare count placeholder', () => {
    const answer = ask(ROWS, {
      question: 'Which section holds the most dogs, and how many does it hold?',
      constraints: '{\nCount the rows of each "section" and take the section with the most rows.\n}',
      format:
        '{\n@largest_section[section]\n@largest_section_size[n]\nwhere "section" is written as in "section" and "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ largest_section: 'Hounds', largest_section_size: '4' });
  });

  it('leaves a count slot that names no best group to the other readings', () => {
    expect(
      refusalCode(ROWS, {
        question: 'Which section holds the most dogs?',
        constraints:
          '{\nCount the rows of each "section" and take the section with the most rows. Count the sections.\n}',
        format: '{\n@largest_section[section]\n@sections[n]\nwhere "n" is an integer.\n}',
      }),
    ).not.toBe('answered');
  });

  it('still refuses when neither slot has a count placeholder', () => {
    expect(
      refusalCode(ROWS, {
        question: 'Which section holds the most dogs?',
        constraints: '{\nCount the rows of each "section" and take the section with the most rows.\n}',
        format: '{\n@largest_section[section]\n@largest_section_size[size]\n}',
      }),
    ).not.toBe('answered');
  });
});
