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
});
