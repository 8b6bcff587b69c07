import { describe, expect, it } from 'vitest';
import { missedMeetingsAsked } from './event-period.ts';

// A Wednesday.
const now = new Date('2037-06-10T15:00:00Z');
const iso = (period: { from: Date; until: Date } | undefined) =>
  period && [period.from.toISOString(), period.until.toISOString()];

describe('missedMeetingsAsked', () => {
  it('reads the period of "which meetings did I miss …", ending at now', () => {
    expect(iso(missedMeetingsAsked('Which meetings did I miss last week?', now))).toEqual([
      '2037-06-01T00:00:00.000Z',
      '2037-06-08T00:00:00.000Z',
    ]);
    expect(iso(missedMeetingsAsked('What appointments did I miss yesterday?', now))).toEqual([
      '2037-06-09T00:00:00.000Z',
      '2037-06-10T00:00:00.000Z',
    ]);
    expect(iso(missedMeetingsAsked('Which events did I miss this week?', now))).toEqual([
      '2037-06-08T00:00:00.000Z',
      '2037-06-10T15:00:00.000Z',
    ]);
    expect(iso(missedMeetingsAsked('Which meetings did I miss over the weekend?', now))).toEqual([
      '2037-06-06T00:00:00.000Z',
      '2037-06-08T00:00:00.000Z',
    ]);
  });

  it('reads other periods in words as search does', () => {
    expect(iso(missedMeetingsAsked('Which calls did I miss in the past 3 days?', now))).toEqual([
      '2037-06-08T00:00:00.000Z',
      '2037-06-10T15:00:00.000Z',
    ]);
  });

  it('leaves mail questions and periods it cannot read alone', () => {
    expect(missedMeetingsAsked('What did I miss last week?', now)).toBeUndefined();
    expect(missedMeetingsAsked('Which meetings did I miss because of the strike?', now)).toBeUndefined();
    expect(missedMeetingsAsked('Why did Ola miss the meeting last week?', now)).toBeUndefined();
  });
});
