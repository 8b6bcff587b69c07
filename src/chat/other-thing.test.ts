import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../index/types.ts';
import { valueOfOtherThing } from './other-thing.ts';

const hit = (uri: string, title: string, text: string): SearchHit =>
  ({ uri, path: `/mail/${uri}`, title, text, type: 'email', people: [], score: 1 }) as unknown as SearchHit;

describe('valueOfOtherThing', () => {
  it('a notice titled by half the thing asked and naming the rest in its text, with no place, names it', () => {
    const dates = hit(
      'r',
      'Mtg: 2030 Riverton Donor Meeting - Ida Moss',
      'January 28th - 6:00 - 9:00 p.m. - Garden Reception. More details to follow.',
    );
    const newsletter = hit('n', 'Weekly Newsletter', 'We will also host seminars in Riverton and Oakdale.');
    const asked = 'Where is the garden reception for the 2030 Riverton Donor Meeting?';
    expect(valueOfOtherThing(asked, 'place', newsletter, [dates, newsletter])).toBe(true);
    // A title that names less than half of it does not.
    const loose = hit('l', 'Mtg: Ida Moss', dates.text);
    expect(valueOfOtherThing(asked, 'place', newsletter, [loose, newsletter])).toBe(false);
  });

  const notice = hit('a', 'Budget Preview Meeting: Quarterly Ranking', 'More details are to come.');
  const other = hit('b', 'Mtg: Staff Meeting', 'The staff meeting on the budget is in EB12C3.');
  const question = 'Where is the budget preview meeting for quarterly ranking?';

  it('a place from another meeting is no answer when the notice asked names none', () => {
    expect(valueOfOtherThing(question, 'place', other, [notice, other])).toBe(true);
  });
  it('a sentence that itself names the thing asked is of that thing, whatever its subject says', () => {
    const misspelt = hit(
      'e',
      'Budgt Prevue - 5/21 in EB12C3',
      'The budget preview meeting for quarterly ranking is in EB12C3.',
    );
    expect(
      valueOfOtherThing(
        question,
        'place',
        misspelt,
        [notice, misspelt],
        'The budget preview meeting for quarterly ranking is in EB12C3.',
      ),
    ).toBe(false);
    expect(valueOfOtherThing(question, 'place', misspelt, [notice, misspelt], 'It is in EB12C3.')).toBe(true);
  });
  it('the notice asked that gives its place, a reply to it, or another kind of question are left alone', () => {
    const placed = hit('c', 'Budget Preview Meeting: Quarterly Ranking', 'It will be held in room 4410.');
    expect(valueOfOtherThing(question, 'place', other, [placed, other])).toBe(false);
    const reply = hit('d', 'RE: Budget Preview Meeting: Quarterly Ranking', 'Thanks.');
    expect(valueOfOtherThing(question, 'place', other, [reply, other])).toBe(false);
    expect(
      valueOfOtherThing('Who asked for the budget preview meeting for quarterly ranking?', 'person', other, [
        notice,
        other,
      ]),
    ).toBe(false);
  });

  it('for the hour asked, a notice that gives its day and no hour gives no value of that kind', () => {
    const dayOnly = hit(
      'f',
      'Pricing Review - Wed, May 9',
      'A session has been set for Wednesday, May 9 in Room 7B to go over pricing.',
    );
    const party = hit(
      'g',
      'Spring Party',
      'The spring party is on Wednesday, May 9, at 5 p.m. local time in the lobby.',
    );
    const asked = "What time is Wednesday's pricing review?";
    expect(
      valueOfOtherThing(
        asked,
        'date',
        party,
        [dayOnly, party],
        'The spring party is on Wednesday, May 9, at 5 p.m. local time.',
      ),
    ).toBe(true);
    // The day asked is still given by that notice.
    expect(valueOfOtherThing('What day is the pricing review?', 'date', party, [dayOnly, party])).toBe(false);
  });
});
