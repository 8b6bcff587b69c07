import { describe, expect, it } from 'vitest';
import { compressUtterance } from './compress-utterance.ts';

describe('compressUtterance', () => {
  it('drops restarts through a cut-off word and a subject given up for another', () => {
    expect(compressUtterance('one possibility was that if they st if they inherited that equipment .')).toBe(
      'One possibility was that if they inherited that equipment.',
    );
    expect(compressUtterance('to do more e easier the recording with this d device')).toBe(
      'To do more easier the recording with this device.',
    );
    expect(compressUtterance('It-it would be hard')).toBe('It would be hard.');
    expect(compressUtterance("once it is complete , and I 've verified it .")).toBe(
      "Once it is complete, and I've verified it.",
    );
    expect(compressUtterance('recommendations that they the budget be increased')).toBe(
      'Recommendations that the budget be increased.',
    );
  });

  it('joins acronyms spelled out letter by letter', () => {
    expect(compressUtterance("And we 've decided not to use L_C_D_ .")).toBe("We've decided not to use LCD.");
  });

  it('keeps short words that are words ("on one side", "in into", "give you the")', () => {
    expect(compressUtterance('we put it on one side and go in into the room to give you the key')).toBe(
      'We put it on one side and go in into the room to give you the key.',
    );
  });
});
