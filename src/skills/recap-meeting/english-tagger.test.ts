import { describe, expect, it } from 'vitest';
import { isNounPhrase } from './english-tagger.ts';

describe('isNounPhrase', () => {
  it('accepts phrases ending on their noun, also nouns the tagger reads alone as verbs', () => {
    for (const phrase of [
      'remote control',
      'admission fee',
      'kinetic energy',
      'older generation',
      'pen',
      'market',
    ])
      expect(isNounPhrase(phrase), phrase).toBe(true);
  });

  it('rejects adjectives, interjections, verb forms and prepositions', () => {
    for (const phrase of ['expensive', 'oops', 'thinking', 'along', 'stupid', 'never'])
      expect(isNounPhrase(phrase), phrase).toBe(false);
  });
});
