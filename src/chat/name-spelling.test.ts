import { describe, expect, it } from 'vitest';
import { editDistance, mayBeMisspeltName, nearestName } from './name-spelling.ts';

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swapped neighbours, stopping past the bound', () => {
    expect(editDistance('brawner', 'brawner', 2)).toBe(0);
    expect(editDistance('brauner', 'brawner', 2)).toBe(1);
    expect(editDistance('jhon', 'john', 1)).toBe(1);
    expect(editDistance('grigbsy', 'grigsby', 2)).toBe(1);
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
