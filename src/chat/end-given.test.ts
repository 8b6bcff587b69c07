import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../formats/model.ts';
import { endDecides } from './end-given.ts';

const event = (start: string, end: string): CalendarEvent => ({
  type: 'event',
  uid: 'kite-race@example.org',
  summary: 'Harbour kite race',
  start,
  end,
  allDay: false,
  attendees: [],
  locator: { eventUid: 'kite-race@example.org' },
});

const startOnly = event('2031-05-04T14:00:00Z', '2031-05-04T14:00:00Z');
const withEnd = event('2031-05-04T15:00:00Z', '2031-05-04T17:30:00Z');

describe('endDecides', () => {
  it('tells the copy that writes an end when the end is asked', () => {
    expect(endDecides('When does the harbour kite race end?', withEnd, startOnly)).toBe(true);
    expect(endDecides('When does the harbour kite race end?', startOnly, withEnd)).toBe(false);
  });

  it('decides nothing when the start is asked or both copies are alike', () => {
    expect(endDecides('When does the harbour kite race start?', withEnd, startOnly)).toBeUndefined();
    expect(endDecides('When does the harbour kite race end?', withEnd, withEnd)).toBeUndefined();
  });
});
