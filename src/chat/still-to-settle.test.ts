import { describe, expect, it } from 'vitest';
import { stillToSettle } from './still-to-settle.ts';

describe('an answer that says the one asked about has yet to settle it', () => {
  it('a hotel of others, and the two asked about still to sort theirs out', () => {
    expect(
      stillToSettle(
        'Which hotel are Arvid and Nora staying at in Varna?',
        'You and I share a suite at the Seagull and Arvid and Nora need to work their rooms out. [1]',
      ),
    ).toBe(true);
    expect(
      stillToSettle('Where is Ines Kestrel staying in Varna?', 'Ines Kestrel has yet to book a room. [1]'),
    ).toBe(true);
  });

  it('keeps an answer that gives the one asked about its own', () => {
    expect(
      stillToSettle(
        'Which hotel are Arvid and Nora staying at in Varna?',
        'Arvid and Nora are at the Seagull; we still need to book ours. [1]',
      ),
    ).toBe(false);
    expect(
      stillToSettle(
        'How much did the Ostby lease cost?',
        'Ostby lease (rent not booked properly) - $8,000. [1]',
      ),
    ).toBe(false);
  });
});
