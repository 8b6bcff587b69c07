import { describe, expect, it } from 'vitest';
import { carriesType, withoutNamedDays } from './answer-type.ts';

const question = 'Until when can Tomas change the seating for the March 9 gala?';

describe('withoutNamedDays', () => {
  it('takes out the day the question names, with its weekday and year, in either order', () => {
    expect(carriesType(withoutNamedDays(question, 'Date: Tuesday, March 9, 2004.'), 'date')).toBe(false);
    expect(carriesType(withoutNamedDays(question, 'Meeting on 9th March.'), 'date')).toBe(false);
  });
  it('keeps another day', () => {
    expect(carriesType(withoutNamedDays(question, 'Reply by Friday, March 5.'), 'date')).toBe(true);
    expect(withoutNamedDays('When is the review?', 'Date: March 9.')).toBe('Date: March 9.');
  });
  it('takes out a weekday the question names by itself, and keeps another', () => {
    const moved = 'When did Vera move our Thursday call to?';
    expect(carriesType(withoutNamedDays(moved, 'I am out of the plant on Thursday.'), 'date')).toBe(false);
    expect(carriesType(withoutNamedDays(moved, 'Could we talk on Monday at 9 am?'), 'date')).toBe(true);
    // The weekday of a day the question writes in full goes with that day only.
    expect(withoutNamedDays(question, 'See you Tuesday.')).toBe('See you Tuesday.');
  });
});
