import { describe, expect, it } from 'vitest';
import { ellipticDecimals, parseSlots } from './answer-format.ts';

describe('rounding a format gives in short', () => {
  it('"p" to four after "f" rounded to two decimal places', () => {
    const slots = parseSlots(
      '@f_statistic[f_value], @p_value[p_value], @result[result] where "f_value" is rounded to two decimal places, "p_value" to four, and "result" is "significant" or "not significant".',
    );
    expect(slots.map((slot) => [slot.name, slot.decimals])).toEqual([
      ['f_statistic', 2],
      ['p_value', 4],
      ['result', 2],
    ]);
  });
  it('reads no rounding from a range or a format that never speaks of decimals', () => {
    expect(ellipticDecimals('"rank" is an integer from 1 to 5', 'rounded to two decimal places')).toBe(
      undefined,
    );
    expect(ellipticDecimals('"p" to four', '@p[p] where "p" to four')).toBe(undefined);
    expect(ellipticDecimals('"p" to 3 significant figures', 'two decimal places')).toBe(undefined);
    expect(ellipticDecimals('"p" is rounded to 3', 'two decimal places')).toBe(3);
  });
});

describe('placeholders declared integers together', () => {
  it('"x" and "y" are integers: no decimals for either, two for the rounded one', () => {
    const slots = parseSlots(
      '@quiet_day[d]\n@kites_flown[k]\n@mean_wind[w]\nwhere "d" and "k" are integers and "w" is rounded to two decimal places.',
    );
    expect(slots.map((slot) => [slot.name, slot.decimals])).toEqual([
      ['quiet_day', 0],
      ['kites_flown', 0],
      ['mean_wind', 2],
    ]);
  });
});

describe('words a slot may take', () => {
  it('reads a quoted column the value comes from as no option', () => {
    const slots = parseSlots(
      '@total[sum]\n@top_stall[name]\n@verdict[v]\nwhere "sum" is rounded to two decimal places, "name" is a string from the "Stall" column and "v" is either "Yes" or "No".',
    );
    expect(slots.map((slot) => [slot.name, slot.options])).toEqual([
      ['total', []],
      ['top_stall', []],
      ['verdict', ['Yes', 'No']],
    ]);
  });
});
