import { describe, expect, it } from 'vitest';
import { zoneAsked } from './asked-zone.ts';

describe('zoneAsked', () => {
  it('reads UTC and GMT asked for, and leaves the question without those words', () => {
    expect(zoneAsked('What time is the glaze review in UTC?')).toEqual({
      zone: 'UTC',
      question: 'What time is the glaze review?',
    });
    expect(zoneAsked('When does the kiln walk start, GMT time?')?.zone).toBe('UTC');
  });

  it('reads an IANA zone written out and a city an IANA zone is named after', () => {
    expect(zoneAsked('What time is the glaze review in Europe/Lisbon?')?.zone).toBe('Europe/Lisbon');
    expect(zoneAsked('What time is the glaze review, New York time?')).toEqual({
      zone: 'America/New_York',
      question: 'What time is the glaze review?',
    });
  });

  it('reads nothing from a place no zone is named after, or from the words of a title', () => {
    expect(zoneAsked('What time is the call, Springfield time?')).toBeUndefined();
    expect(zoneAsked('When do I log my Tracker time?')).toBeUndefined();
    expect(zoneAsked('What time is the glaze review?')).toBeUndefined();
  });
});
