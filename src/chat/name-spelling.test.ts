import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../index/open-index.ts';
import type { Person } from '../index/types.ts';
import {
  editDistance,
  letterSlip,
  mayBeMisspeltName,
  nearestName,
  passageMisspellings,
  respellNames,
} from './name-spelling.ts';

/** An index that knows only the people given: every other word is unknown to it. */
function peopleIndex(names: readonly string[]): SearchIndex {
  const people = names.map((name) => ({ name, aliases: [], mentions: 5 }) as unknown as Person);
  const known = new Set(names.flatMap((name) => name.toLowerCase().split(' ')));
  return {
    store: {
      documentFrequencies: async (terms: readonly string[]) =>
        new Map(terms.map((term) => [term, known.has(term) ? 1 : 0])),
      people: async () => people,
    },
  } as unknown as SearchIndex;
}

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swapped neighbours, stopping past the bound', () => {
    expect(editDistance('brawner', 'brawner', 2)).toBe(0);
    expect(editDistance('brauner', 'brawner', 2)).toBe(1);
    expect(editDistance('jhon', 'john', 1)).toBe(1);
    expect(editDistance('holborok', 'holbrook', 2)).toBe(1);
    expect(editDistance('smith', 'jones', 1)).toBe(2);
  });
});

describe('nearestName', () => {
  const names = new Map([
    ['brawner', 40],
    ['brauer', 3],
    ['lena', 10],
    ['lina', 2],
    ['okafor', 5],
  ]);
  it('takes the nearest known name, the most mentioned among equals', () => {
    expect(nearestName('Brawnr', names)).toBe('brawner');
    expect(nearestName('Lenna', names)).toBe('lena');
    expect(nearestName('Lana', names)).toBe('lena');
  });
  it('leaves words too far from every name, or with another first letter', () => {
    expect(nearestName('Okapi', names)).toBeUndefined();
    expect(nearestName('Kena', names)).toBeUndefined();
  });
});

describe('mayBeMisspeltName', () => {
  it('reads a language adjective as a word of its own, not a name to respell ("Cornish" is no "Cornell")', () => {
    expect(mayBeMisspeltName('Cornish')).toBe(false);
    expect(mayBeMisspeltName('Faroese')).toBe(false);
    expect(mayBeMisspeltName('Brawnr')).toBe(true);
    expect(mayBeMisspeltName('Trish')).toBe(true);
  });
});

describe('letterSlip', () => {
  it('is a letter dropped, added or two neighbours swapped', () => {
    expect(letterSlip('marchetti', 'marchtti')).toBe(true);
    expect(letterSlip('marchetti', 'marchettti')).toBe(true);
    expect(letterSlip('marchetti', 'marhcetti')).toBe(true);
  });

  it('is not a letter changed, nor the same word', () => {
    expect(letterSlip('pellerin', 'pelleron')).toBe(false);
    expect(letterSlip('marchetti', 'marchetti')).toBe(false);
  });
});

describe('passageMisspellings', () => {
  it('reads a word of one passage that slips a letter of a name asked as that name', () => {
    const passage = [new Set(['meet', 'lena', 'marchtti', 'tomorrow'])];
    expect(passageMisspellings(['marchetti'], passage).get('marchtti')).toBe('marchetti');
  });

  it('leaves a passage that spells the name as asked, a short name and a changed letter alone', () => {
    expect(passageMisspellings(['marchetti'], [new Set(['marchetti', 'marchtti'])]).size).toBe(0);
    expect(passageMisspellings(['orvik'], [new Set(['orvk'])]).size).toBe(0);
    expect(passageMisspellings(['pellerin'], [new Set(['pelleron'])]).size).toBe(0);
  });
});

describe('respellNames', () => {
  it("leaves the word a question opens with, a lower-case word after it: another language's question word", async () => {
    const index = peopleIndex(['Jake Orrel']);
    const read = await respellNames(index, 'Jaký je poplatek za Orrel?');
    expect(read.changed).toEqual([]);
    expect(read.question).toBe('Jaký je poplatek za Orrel?');
  });
  it('still respells a name that opens a question with its surname or possessive after it', async () => {
    const index = peopleIndex(['Jake Orrel']);
    expect((await respellNames(index, "Jaek's phone number?")).changed).toEqual([['Jaek', 'Jake']]);
    expect((await respellNames(index, 'When does Jaek Orrel arrive?')).changed).toEqual([['Jaek', 'Jake']]);
  });
});
