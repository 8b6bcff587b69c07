import { describe, expect, it } from 'vitest';
import { isNameList } from './name-list.ts';

describe('isNameList', () => {
  it('takes an author line or a roll of names, never a sentence', () => {
    expect(isNameList('Ann Lee, Raj Patel, Tom Berg-Olsen.')).toBe(true);
    expect(isNameList('Ann Lee, Raj Patel and J. K. Tan')).toBe(true);
    expect(isNameList('Ann Lee & Raj Patel & Tom Berg')).toBe(true);
    expect(isNameList('Ann Lee and Raj Patel')).toBe(false);
    expect(isNameList('Ann Lee, Raj Patel and Tom Berg signed the lease.')).toBe(false);
    expect(isNameList('Rapid improvement in hard problems!')).toBe(false);
    expect(isNameList('Paris, London, and the Berlin office')).toBe(false);
  });
});
