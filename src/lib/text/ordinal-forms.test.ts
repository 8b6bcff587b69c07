import { describe, expect, it } from 'vitest';
import { ordinalDigits, ordinalForms, romanNumeral } from './ordinal-forms.ts';

describe('ordinal forms', () => {
  it('writes the n-th with digits, as a word, in Roman numerals and as a bare number', () => {
    expect(ordinalForms(6)).toEqual(['6th', 'sixth', 'vi', '6']);
    expect(ordinalForms(2)).toEqual(['2nd', 'second', 'ii', '2']);
    expect(ordinalForms(14)).toEqual(['14th', 'fourteenth', 'xiv', '14']);
    expect(ordinalForms(20)).toEqual(['20th', 'xx', '20']);
  });

  it('gives 11th to 13th their th, other tens their own ending', () => {
    expect([1, 11, 12, 13, 21, 22, 23, 101].map(ordinalDigits)).toEqual([
      '1st',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
    ]);
  });

  it('writes Roman numerals with their subtractive pairs', () => {
    expect([4, 9, 19, 40, 1999].map(romanNumeral)).toEqual(['iv', 'ix', 'xix', 'xl', 'mcmxcix']);
    expect(romanNumeral(0)).toBe('');
  });
});
