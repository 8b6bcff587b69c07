import { describe, expect, it } from 'vitest';
import { timeOfOtherThing } from './time-of-other.ts';

describe('the time of the thing a question asks about, not of what it is for', () => {
  it("the month of the fair is not the photo session's day", () => {
    expect(
      timeOfOtherThing(
        'When is my photo session for the Varna fair?',
        'Thank you for joining the photos for the Varna fair taking place in May of 2007. [1]',
      ),
    ).toBe(true);
  });

  it('keeps an answer that names the thing asked, or tells no other thing its time', () => {
    expect(
      timeOfOtherThing(
        'When is my photo session for the Varna fair?',
        'We have scheduled your session for Tuesday, March 6th at 2:00 p.m. [1]',
      ),
    ).toBe(false);
    expect(
      timeOfOtherThing(
        'When is my photo session for the Varna fair?',
        'It is on Tuesday, March 6th at 2:00. [1]',
      ),
    ).toBe(false);
    expect(
      timeOfOtherThing('When is the deadline for the Varna bid?', 'The Varna bid is due on Friday. [1]'),
    ).toBe(false);
    expect(
      timeOfOtherThing(
        'When is the last of the weekly Varna reviews in May?',
        'The reviews are scheduled for every Monday at 3:00 p.m., beginning May 2. [1]',
      ),
    ).toBe(false);
  });
});
