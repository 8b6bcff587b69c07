import { describe, expect, it } from 'vitest';
import { describeDay, describeVcardDate, isMonthName } from './calendar-names.ts';

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
