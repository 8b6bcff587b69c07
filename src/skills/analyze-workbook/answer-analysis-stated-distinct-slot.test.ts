import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented kennel register: one row per dog, with the kennel's section.
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

const DISTINCT = 'Count the distinct values of "section"';

describe('a count slot naming the column whose distinct values the constraints count', () => {
  it('counts the distinct values, not the rows, when the question says only "how many sections"', () => {
    const answer = ask(ROWS, {
      question: 'How many sections are there?',
      constraints: `{\n${DISTINCT}.\n}`,
      format: '{\n@section_count[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ section_count: '3' });
  });

  it('never answers it with the rows of the largest section beside a ranking', () => {
    const answer = ask(ROWS, {
      question: 'Which section holds the most dogs, and how many sections does the kennel keep?',
      constraints: `{\n${DISTINCT}; for each section, count its dogs (one row each).\n}`,
      format: '{\n@largest_section[section]\n@section_count[n]\nwhere "n" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ section_count: '3', largest_section: 'Hounds' });
  });
});
