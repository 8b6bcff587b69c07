import { describe, expect, it } from 'vitest';
import type { Person } from '../index/types.ts';
import { askerNames, askerSlot, exceptsAsker, slotAnswer } from './asker-named.ts';

const people: Person[] = [
  { id: 1, name: 'Nadia Brill', emails: ['nadia.brill@example.com'], aliases: [], mentions: 4 },
];

describe('askerNames', () => {
  it("gives the known person's first name and surname, or else the parts of the address", () => {
    expect(askerNames(people, 'nadia.brill@example.com')).toEqual(['nadia', 'brill']);
    expect(askerNames([], 'otto.fenn@example.com')).toEqual(['otto', 'fenn']);
    expect(askerNames(people, undefined)).toEqual([]);
  });
});

describe('exceptsAsker', () => {
  const sentence = 'With the exception of the talks with Omar and Nadia, the talks will be held in Room 410.';
  it('a sentence that sets the asker apart states nothing of their own meeting', () => {
    expect(exceptsAsker('Which room is my talk with the visitors in?', sentence, ['nadia', 'brill'])).toBe(
      true,
    );
    expect(
      exceptsAsker('Which room is my talk in?', 'All talks except for Nadia Brill are in 2B.', ['brill']),
    ).toBe(true);
  });
  it('is left alone for another asker, a question not in the first person, or no exception', () => {
    expect(exceptsAsker('Which room is my talk with the visitors in?', sentence, ['otto', 'fenn'])).toBe(
      false,
    );
    expect(exceptsAsker('Which room are the talks with the visitors in?', sentence, ['nadia'])).toBe(false);
    expect(
      exceptsAsker('Which room is my talk in?', 'The talks with Nadia are in Room 410.', ['nadia']),
    ).toBe(false);
  });
});

describe('askerSlot', () => {
  const agenda = [
    'On Friday the visitors from the mill will be here.  The agenda:',
    '',
    '\t9:00\tOmar Quist - Opening Remarks',
    '\t9:30\tNadia Brill - Supply Discussion',
    '\t10:00\tPlant Tour',
    '',
    'Thanks,',
  ].join('\n');
  it("a first-person question answered by another slot of an agenda gets the asker's slot", () => {
    expect(
      askerSlot('What time am I meeting the visitors from the mill?', '10:00 Plant Tour. [1]', agenda, [
        'nadia',
        'brill',
      ]),
    ).toBe('9:30 Nadia Brill - Supply Discussion');
    expect(slotAnswer('9:30 Nadia Brill - Supply Discussion', '10:00 Plant Tour. [1]')).toBe(
      '9:30 Nadia Brill - Supply Discussion. [1]',
    );
  });
  it('keeps an answer that is no slot, a slot of the asker, or when no slot names the asker', () => {
    const question = 'What time am I meeting the visitors from the mill?';
    expect(
      askerSlot(question, 'On Friday the visitors from the mill will be here.', agenda, ['nadia']),
    ).toBeUndefined();
    expect(askerSlot(question, '9:30 Nadia Brill - Supply Discussion.', agenda, ['nadia'])).toBeUndefined();
    expect(askerSlot(question, '10:00 Plant Tour.', agenda, ['otto'])).toBeUndefined();
    expect(askerSlot('What time is the plant tour?', '10:00 Plant Tour.', agenda, ['nadia'])).toBeUndefined();
  });
});
