import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number.ts';

describe('formatNumber', () => {
  it('formats currency, thousands, decimals and percentages', () => {
    expect(formatNumber(22296, '"$"#,##0')).toBe('$22,296');
    expect(formatNumber(1234567.891, '#,##0.00')).toBe('1,234,567.89');
    expect(formatNumber(0.1234, '0.0%')).toBe('12.3%');
    expect(formatNumber(5, '0')).toBe('5');
    expect(formatNumber(1500, '[$€-407] #,##0')).toBe('€ 1,500');
    expect(formatNumber(42, '0" units"')).toBe('42 units');
  });

  it('uses the negative and zero sections', () => {
    expect(formatNumber(-1200, '#,##0;(#,##0)')).toBe('(1,200)');
    expect(formatNumber(-1200, '#,##0')).toBe('-1,200');
    expect(formatNumber(0, '0.00;-0.00;"-"')).toBe('-');
    expect(formatNumber(-3.5, '[Red]0.0')).toBe('-3.5');
  });

  it('leaves dates, times, General and unknown formats to the caller', () => {
    expect(formatNumber(45000, 'yyyy-mm-dd')).toBeUndefined();
    expect(formatNumber(0.5, 'h:mm')).toBeUndefined();
    expect(formatNumber(12, 'General')).toBeUndefined();
    expect(formatNumber(12, undefined)).toBeUndefined();
    expect(formatNumber(12000, '0.00E+00')).toBeUndefined();
  });
});
