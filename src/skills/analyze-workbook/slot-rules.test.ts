import { describe, expect, it } from 'vitest';
import { SLOT_RULES } from './slot-rules.ts';

const at = (name: string) => SLOT_RULES.findIndex((rule) => rule.name === name);

describe('the slot rules put together from their families', () => {
  it('names each rule once', () => {
    const names = SLOT_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the more specific rule before the one that would also take its slot', () => {
    // "coefficient_of_variation" is read as a coefficient of variation before the correlation rule sees "coefficient".
    expect(at('coefficient of variation')).toBeLessThan(at('correlation'));
    // A verdict with options is answered before a bare test figure.
    expect(at('significance verdict')).toBeLessThan(at('p-value'));
    // Outliers and shares are counted before the catch-all count of rows.
    expect(at('outlier count')).toBeLessThan(at('count'));
    expect(at('share of rows meeting a condition')).toBeLessThan(at('count'));
    expect(at('distinct count')).toBeLessThan(at('count'));
    expect(at('extreme z-score')).toBeLessThan(at('minimum'));
    expect(SLOT_RULES.at(-1)?.name).toBe('count');
  });
});
