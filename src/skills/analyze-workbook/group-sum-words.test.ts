import { describe, expect, it } from 'vitest';
import { askCsv } from '../../../test/helpers/analysis-csv.ts';
import { statedGroupSum } from './group-sum-words.ts';

// Invented shifts worked by crews of a ferry line: one long shift, and a crew of many short ones.
const SHIFTS = `Crew,Hours
Amber,12
Birch,5
Birch,6
Birch,4
Cobalt,7
Cobalt,3
`;

describe('the constraints sum a measure for each group', () => {
  it('reads "Sum the hours of each Crew" as a sum per group', () => {
    expect(statedGroupSum('Sum the hours of each "Crew" and report the crew with the largest sum.')).toBe(
      true,
    );
  });

  it('ranks the crews by their summed hours, not by their longest shift', () => {
    const answer = askCsv(SHIFTS, {
      question: "Which crew's shifts add up to the most hours, and how many hours is that?",
      constraints:
        '{\nSum the hours of each "Crew" and report the crew with the largest sum and that sum.\n}',
      format: '{\n@crew[name]\n@total_hours[total]\nwhere "total" is an integer.\n}',
    });
    expect(answer.slots).toEqual({ crew: 'Birch', total_hours: '15' });
  });
});
