import { describe, expect, it } from 'vitest';
import { isFragment, isNounPhrase, lacksSubject } from './english-tagger.ts';

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

describe('isFragment', () => {
  it('finds lines without a main clause: no finite verb, or one inside a clause opened before it', () => {
    for (const line of [
      'Working on the look and feel of the new casing.',
      'Even harder to sketch like this than on paper.',
      'Long as they were able to open the menu on the screen.',
      "A casing for a remote that's new too.",
      'The part that they could swap for the seasonal colours.',
    ])
      expect(isFragment(line), line).toBe(true);
  });

  it('keeps statements, also those with a clause inside', () => {
    for (const line of [
      'The rubber casing was a cool idea.',
      'The group could use rubber, plastic or wood.',
      'In the keypad, there was also a light behind it.',
      'When we met, we chose plastic.',
      'The part that they chose was cheap.',
      "It's learnable.",
    ])
      expect(isFragment(line), line).toBe(false);
  });
});

describe('lacksSubject', () => {
  it('finds a sentence that opens on a past-tense verb and its object, the subject left behind', () => {
    for (const line of [
      'Looked at the timetable for each of the ferries.',
      'Got an agenda for the first meeting.',
    ])
      expect(lacksSubject(line), line).toBe(true);
  });
  it('keeps sentences with a subject, inversions and participles used as prepositions', () => {
    for (const line of [
      'We looked at the timetable.',
      'Had the ferry been late, we would have waited.',
      'Based on the survey, the harbour stays open.',
      'Given the cost, the plan is fine.',
    ])
      expect(lacksSubject(line), line).toBe(false);
  });
});
