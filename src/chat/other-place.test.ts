import { describe, expect, it } from 'vitest';
import { placeUnwritten } from './other-place.ts';

describe('a place the question names that the mail never writes', () => {
  const question = 'What time is the Orla board meeting in Velm?';

  it('flags a mail that gives the time of the meeting at other places', () => {
    expect(
      placeUnwritten(
        question,
        'Orla board meeting\nThe Orla board will meet on May 4 at the Tarn and Birch offices -- 3:00 PM and 4:00 PM.',
        'The Orla board will meet on May 4 at the Tarn and Birch offices -- 3:00 PM and 4:00 PM. [1]',
      ),
    ).toBe(true);
  });

  it('keeps a mail that writes the place, and a question naming a month or a day after "in"', () => {
    expect(
      placeUnwritten(
        question,
        'Orla board meeting\nWe meet in Velm this time.\nThe Orla board will meet on May 4 at 3:00 PM.',
        'The Orla board will meet on May 4 at 3:00 PM. [1]',
      ),
    ).toBe(false);
    expect(
      placeUnwritten(
        'What time is the Orla board meeting in May?',
        'Orla board meeting',
        'The Orla board will meet on May 4 at 3:00 PM. [1]',
      ),
    ).toBe(false);
    expect(
      placeUnwritten('What is due in Q3?', 'Plan', 'The Orla plan is due in the third quarter. [1]'),
    ).toBe(false);
  });
});
