import { describe, expect, it } from 'vitest';
import { askCsv as ask, refusalCode } from '../../../test/helpers/analysis-csv.ts';

// An invented radio serial: quoted titles, a venue with an indoor mark, and scores of sets.
const EPISODES = `Title,Venue,Score
"""The Lamp""",Hall (i),"6–2, 6–4"
"""Night Ferry""",Park,"3–6, 6–4, 7–5"
"""Owl""",Hall,"6–1, 6–0"
"""A Long Way Home""",Park (i),"7–6, 3–6, 6–3"
`;
const mean = (name: string) => `@${name}[mean] where "mean" is rounded to two decimal places.`;

describe('text cells cleaned of a mark and measured', () => {
  it('removes every double quote before measuring the length in characters', () => {
    const answer = ask(EPISODES, {
      question: 'What is the mean length of the titles in characters, once the double quotes are removed?',
      constraints:
        'Remove every double quote from Title; the length counts every character, spaces included.',
      format: mean('mean_title_length'),
    });
    // 8 + 11 + 3 + 15 = 37 over 4.
    expect(answer.slots.mean_title_length).toBe('9.25');
  });
  it('measures "the average length, in characters, of the names in the X column" for a slot that names no column', () => {
    const answer = ask(EPISODES, {
      question: "What is the average length, in characters, of the names in the 'Venue' column?",
      format: '@avg_name_length[length] where "length" is rounded to two decimal places.',
    });
    // 8 + 4 + 4 + 8 = 24 over 4.
    expect(answer.slots.avg_name_length).toBe('6.00');
  });
  it('removes a quoted mark, and its example keeps no rows', () => {
    const answer = ask(EPISODES, {
      question: 'How many distinct venues are there?',
      constraints: "Remove the indoor mark ' (i)' from Venue, so 'Hall (i)' becomes 'Hall'.",
      format: '@distinct_venues[count] where "count" is an integer.',
    });
    expect(answer.slots.distinct_venues).toBe('2');
  });
  it('counts the parts of a cell separated by a stated mark', () => {
    const answer = ask(EPISODES, {
      question: 'What is the mean number of sets per episode?',
      constraints:
        "The number of sets is the number of parts of Score separated by ', '. Round to two decimal places.",
      format: mean('mean_sets'),
    });
    // 2 + 3 + 2 + 3 = 10 over 4.
    expect(answer.slots.mean_sets).toBe('2.50');
  });
});

describe('a stated count of parts', () => {
  it('keeps the rows whose part count is the number the question puts before the noun', () => {
    const answer = ask(EPISODES, {
      question: 'How many episodes went to three sets?',
      constraints: "The number of sets is the number of parts of Score separated by ', '.",
      format: '@three_set_episodes[count] where "count" is an integer.',
    });
    expect(answer.slots.three_set_episodes).toBe('2');
  });
  it('refuses a bound on the count it does not read', () => {
    expect(
      refusalCode(EPISODES, {
        question: 'How many episodes went to two sets or more?',
        constraints: "The number of sets is the number of parts of Score separated by ', '.",
        format: '@long_episodes[count] where "count" is an integer.',
      }),
    ).toBe('unsupported');
  });
});
