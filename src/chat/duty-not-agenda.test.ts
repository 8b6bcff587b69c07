import { describe, expect, it } from 'vitest';
import { classifyQuestion } from './question-kind.ts';

const now = new Date('2022-10-10T09:00:00Z');

describe('"do I have to …" asks a duty, not a day\'s agenda', () => {
  it('reads passages for a duty about a meeting on a named day', () => {
    expect(
      classifyQuestion('Do I have to send Priya the slides before the October 14 board meeting?', now),
    ).toEqual({ kind: 'passages' });
  });
  it('still reads "what do I have" on a day as the agenda', () => {
    expect(classifyQuestion('What meetings do I have on October 14?', now)).toMatchObject({
      kind: 'day-agenda',
    });
  });
});
