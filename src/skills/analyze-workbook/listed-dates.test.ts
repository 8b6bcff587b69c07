import { describe, expect, it } from 'vitest';
import { firstListedDate } from './listed-dates.ts';

describe('a cell of listed days', () => {
  it('reads the first date of a day span or a list', () => {
    expect(firstListedDate('Mar 3–5, Mar 12')).toEqual({ month: 3, day: 3 });
    expect(firstListedDate('Nov 20–22')).toEqual({ month: 11, day: 20 });
    expect(firstListedDate('Jan 8, Feb 2')).toEqual({ month: 1, day: 8 });
  });

  it('reads nothing from a single date or from text without a month and day', () => {
    expect(firstListedDate('Mar 3')).toBeUndefined();
    expect(firstListedDate('2031–2032')).toBeUndefined();
    expect(firstListedDate('north, south')).toBeUndefined();
  });
});
