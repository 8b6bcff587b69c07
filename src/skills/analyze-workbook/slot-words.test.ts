import { describe, expect, it } from 'vitest';
import { readSlotName, statisticWord } from './slot-words.ts';

const columns = (word: string) => ['height', 'price', 'weight'].includes(word);

describe('readSlotName', () => {
  it('adds the statistic word an abbreviation stands for', () => {
    expect(readSlotName('avg_height')).toEqual(['avg', 'mean', 'height']);
    expect(readSlotName('stdevWeight')).toEqual(['stdev', 'std', 'weight']);
    expect(readSlotName('n_outliers', columns)).toContain('count');
    expect(readSlotName('pctMissing')).toContain('percentage');
    expect(readSlotName('corr_coef')).toContain('correlation');
    expect(readSlotName('pval')).toContain('pvalue');
    expect(readSlotName('gmean_sales')).toEqual(['gmean', 'geometric', 'sale']);
    expect(readSlotName('hmean')).toEqual(['hmean', 'harmonic']);
  });

  it("reads a reduplicated period as its adjective, never as the period's column", () => {
    expect(readSlotName('day_to_day_std')).toEqual(['daily', 'std']);
    expect(readSlotName('week_on_week_mean')).toEqual(['weekly', 'mean']);
  });

  it('reads "qty" as a quantity, never as a count', () => {
    expect(readSlotName('mean_qty')).toEqual(['mean', 'qty']);
  });

  it('splits a statistic glued to a known word, and leaves other words whole', () => {
    expect(readSlotName('avgheight', columns)).toEqual(['avg', 'mean', 'height']);
    expect(readSlotName('pricesum', columns)).toEqual(['price', 'sum', 'total']);
    expect(readSlotName('average', columns)).toEqual(['average', 'mean']);
    // "variety" is no variance: its rest is not a known word.
    expect(readSlotName('variety', columns)).toEqual(['variety']);
  });

  it('maps nothing it does not know', () => {
    expect(statisticWord('height')).toBeUndefined();
    expect(readSlotName('busiest_region')).toEqual(['busiest', 'region']);
  });
});
