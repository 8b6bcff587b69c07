import { describe, expect, it } from 'vitest';
import { describeDay, describeVcardDate, isMonthName, MONTH_DAY_PATTERN } from './calendar-names.ts';

describe('describeVcardDate', () => {
  it('reads a vCard date with or without its year', () => {
    expect(describeVcardDate('--0203')).toBe('3 February');
    expect(describeVcardDate('--02-03')).toBe('3 February');
    expect(describeVcardDate('1980-03-22')).toBe('22 March 1980');
    expect(describeVcardDate('20090808T1430-0500')).toBe('8 August 2009');
  });

  it('keeps what is not such a date as written', () => {
    expect(describeVcardDate('circa 1800')).toBe('circa 1800');
    expect(describeVcardDate('--1340')).toBe('--1340');
  });
});

describe('describeDay', () => {
  it('reads an instant as its UTC day', () => {
    expect(describeDay('2025-12-04T17:29:41.473Z')).toBe('4 December 2025');
    expect(describeDay('not a date')).toBe('not a date');
  });
});

describe('isMonthName', () => {
  it('tells a month named alone in English and other languages', () => {
    expect(isMonthName('Март')).toBe(true);
    expect(isMonthName('Februar')).toBe(true);
    expect(isMonthName(' october ')).toBe(true);
    expect(isMonthName('March 3')).toBe(false);
    expect(isMonthName('Marsh')).toBe(false);
  });
});

describe('MONTH_DAY_PATTERN', () => {
  const day = new RegExp(`^(?:${MONTH_DAY_PATTERN})$`, 'i');
  it('reads a day with its month name in either order', () => {
    for (const text of ['March 9', 'Mar. 9th', '9 March', '9th of Sept', 'dec 31'])
      expect(day.test(text)).toBe(true);
  });
  it('does not read a word that only begins like a month', () => {
    for (const text of ['market 5', '2 separate', 'decision 3', '4 mayors', 'June 123'])
      expect(day.test(text)).toBe(false);
  });
});
