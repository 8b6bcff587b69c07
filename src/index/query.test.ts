import { describe, expect, it } from 'vitest';
import { parseDateValue, parseQuery } from './query.ts';
import type { Person } from './types.ts';

const now = new Date('2026-03-12T09:00:00Z'); // a Thursday
const people: Person[] = [
  { id: 1, name: 'Ann Smith', emails: ['asmith@example.com'], aliases: ['A. Smith', 'asmith'], mentions: 4 },
  { id: 2, name: 'Bob Lee', emails: ['bob@example.com'], aliases: [], mentions: 2 },
];

describe('parseQuery', () => {
  it('reads no kind from a kind word before "by" and a day: a deadline, not who made them', () => {
    const parsed = parseQuery('How many staff had sent their documents by Friday 6pm?', { now, people });
    expect(parsed.filters.types).toBeUndefined();
    expect(parseQuery('documents by Ann about the budget', { now, people }).filters).toEqual({
      types: ['document'],
      from: ['Ann'],
    });
  });

  it('reads type, sender, last week and the remaining words', () => {
    const parsed = parseQuery('emails from Ann last week about the budget', { now, people });
    expect(parsed.text).toBe('the budget');
    expect(parsed.filters).toEqual({
      types: ['email'],
      from: ['Ann'],
      since: '2026-03-02T00:00:00.000Z',
      until: '2026-03-09T00:00:00.000Z',
    });
  });

  it('reads operators with quoted values', () => {
    const parsed = parseQuery(
      'from:"Bob Lee" to:asmith type:email since:2026-01-01 until:2026-02-01 offsite',
      { now, people },
    );
    expect(parsed).toEqual({
      text: 'offsite',
      filters: {
        types: ['email'],
        from: ['Bob Lee'],
        to: ['asmith'],
        since: '2026-01-01T00:00:00.000Z',
        until: '2026-02-01T00:00:00.000Z',
      },
    });
  });

  it('reads no date from a length of time ("for six months", "within 30 days")', () => {
    expect(parseQuery('how much did Ana want up front to stay for six months', { now }).filters).toEqual({});
    expect(parseQuery('invoices to be paid within 30 days', { now }).filters).toEqual({});
    expect(parseQuery('the room booked for March 5, 2026', { now }).filters).toEqual({
      since: '2026-03-05T00:00:00.000Z',
      until: '2026-03-06T00:00:00.000Z',
    });
  });

  it('reads relative ranges: yesterday, this month, the last 3 days, in March', () => {
    expect(parseQuery('notes yesterday', { now }).filters).toEqual({
      since: '2026-03-11T00:00:00.000Z',
      until: '2026-03-12T00:00:00.000Z',
    });
    expect(parseQuery('invoices this month', { now }).filters).toEqual({
      since: '2026-03-01T00:00:00.000Z',
      until: '2026-04-01T00:00:00.000Z',
    });
    expect(parseQuery('alerts in the last 3 days', { now }).filters).toEqual({
      since: '2026-03-10T00:00:00.000Z',
      until: '2026-03-13T00:00:00.000Z',
    });
    expect(parseQuery('reviews in December', { now }).filters).toEqual({
      since: '2025-12-01T00:00:00.000Z',
      until: '2026-01-01T00:00:00.000Z',
    });
    expect(parseQuery('meetings next week', { now })).toEqual({
      text: '',
      filters: { types: ['event'], since: '2026-03-16T00:00:00.000Z', until: '2026-03-23T00:00:00.000Z' },
    });
  });

  it('reads explicit dates through chrono and since/before', () => {
    expect(parseQuery('report on March 3 2026', { now }).filters).toEqual({
      since: '2026-03-03T00:00:00.000Z',
      until: '2026-03-04T00:00:00.000Z',
    });
    expect(parseQuery('contracts since 2026-02-15', { now }).filters).toEqual({
      since: '2026-02-15T00:00:00.000Z',
    });
    expect(parseQuery('contracts before 5 Jan 2026', { now }).filters).toEqual({
      until: '2026-01-05T00:00:00.000Z',
    });
  });

  it('leaves topic words alone', () => {
    expect(parseQuery('email retention policy', { now, people })).toEqual({
      text: 'email retention policy',
      filters: {},
    });
    expect(parseQuery('budget from the board', { now, people })).toEqual({
      text: 'budget from the board',
      filters: {},
    });
    expect(parseQuery('you may want this', { now })).toEqual({ text: 'you may want this', filters: {} });
  });

  it('reads a lower-case word after "to" as a person only when it is one as written, not part of a nick', () => {
    const chat: Person[] = [
      ...people,
      { id: 3, name: 'key_type_', emails: [], aliases: [], mentions: 1 },
      { id: 4, name: 'kitfox', emails: [], aliases: [], mentions: 3 },
    ];
    expect(parseQuery('what did ana tell bo to type after sudo', { now, people: chat }).filters).toEqual({});
    expect(parseQuery('what did ana send to kitfox', { now, people: chat }).filters).toEqual({
      to: ['kitfox'],
    });
  });

  it('reads meetings with a person', () => {
    expect(parseQuery('meetings with Bob Lee', { now, people }).filters).toEqual({
      types: ['event'],
      to: ['Bob Lee'],
    });
  });
});

describe('parseDateValue', () => {
  it('accepts ISO dates and words', () => {
    expect(parseDateValue('2026-03-01', now)?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(parseDateValue('last week', now)?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(parseDateValue('nonsense words', now)).toBeUndefined();
  });
});

describe('dates without a year', () => {
  const monday = new Date('2022-10-10T09:00:00Z');
  it('takes the one that fits the tense, the nearest without one, and never moves explicit years', async () => {
    const { dayWithoutYear, tenseOf } = await import('./query.ts');
    expect(dayWithoutYear(11, 16, monday, 'past').toISOString().slice(0, 10)).toBe('2021-11-16');
    expect(dayWithoutYear(11, 16, monday, 'future').toISOString().slice(0, 10)).toBe('2022-11-16');
    expect(dayWithoutYear(1, 5, monday, 'any').toISOString().slice(0, 10)).toBe('2023-01-05');
    expect(dayWithoutYear(6, 5, monday, 'any').toISOString().slice(0, 10)).toBe('2022-06-05');
    expect(tenseOf('What did Ann send me on November 16?')).toBe('past');
    expect(tenseOf('Who will present on November 16?')).toBe('future');
    expect(
      parseQuery('mail on October 11, 2022', { now: new Date('2027-01-01T00:00:00Z') }).filters,
    ).toMatchObject({
      since: '2022-10-11T00:00:00.000Z',
      until: '2022-10-12T00:00:00.000Z',
    });
    expect(parseQuery('what did Bob send on November 16', { now: monday }).filters).toMatchObject({
      since: '2021-11-16T00:00:00.000Z',
    });
  });
});
