import { describe, expect, it } from 'vitest';
import { onlyBlankClock } from './blank-clock.ts';

describe('onlyBlankClock', () => {
  const asked = 'What time is the Lindqvist car picking Noor up at the hotel on June 9?';

  it('rejects a form line whose only time is a blank 00:00 column', () => {
    expect(onlyBlankClock(asked, 'WAIT BY THE FOUNTAIN, LOT 7 00:00. [1]')).toBe(true);
    expect(onlyBlankClock(asked, '** GUEST WITH TWO BIKES ** 00:00P [1]')).toBe(true);
  });

  it('keeps a line that gives a filled-in time beside the blanks', () => {
    expect(onlyBlankClock(asked, 'Collect at: 04:15 PM 00:00 [1]')).toBe(false);
    expect(onlyBlankClock(asked, 'The car picks Noor up at 6 pm. [1]')).toBe(false);
  });

  it('keeps midnight told as a time', () => {
    expect(onlyBlankClock(asked, 'The shuttle leaves at 00:00 sharp. [1]')).toBe(false);
    expect(onlyBlankClock(asked, 'Pickups run 22:00–00:00 every night. [1]')).toBe(false);
    expect(onlyBlankClock(asked, 'Night pickup: 00:00 UTC. [1]')).toBe(false);
  });

  it('leaves questions that ask no clock time alone', () => {
    expect(onlyBlankClock('Who is picking Noor up at the hotel?', 'HOTEL DOOR 2 00:00. [1]')).toBe(false);
  });
});
