import { describe, expect, it } from 'vitest';
import { askCsv as ask } from '../../../test/helpers/analysis-csv.ts';

// Invented calls to a help desk, each with a numeric reason code.
const CALLS = `CallNo,REASONCODE,Minutes
1,3,4
2,7,12
3,3,6
4,2,3
5,3,9
6,7,5
7,1,8
8,3,2
`;

describe('the most frequent code of a column the constraints quote, and how often', () => {
  it('answers the mode and its count when the question names the column in its own words', () => {
    const answer = ask(CALLS, {
      question: 'What reason do callers give most often, by its reason code, and how often?',
      constraints: '{\nTake the mode of "REASONCODE".\n}',
      format: '{\n@most_common_reason[code]\n@times_seen[n]\nwhere "code" and "n" are integers.\n}',
    });
    expect(answer.slots).toEqual({ most_common_reason: '3', times_seen: '4' });
  });
});
