import { describe, expect, it } from 'vitest';
import { layoutPivot, type PivotInput } from './pivot-table.ts';

const input = (records: PivotInput['records']): PivotInput => ({
  name: 'Pivot1',
  cacheId: 1,
  sourceSheet: 'Data',
  sourceRange: `A1:B${records.length + 1}`,
  headers: ['Label', 'Crossings'],
  records,
  rowField: 0,
  dataField: 1,
  aggregation: 'sum',
  top: 1,
  left: 1,
});

describe('pivot row items', () => {
  it('keeps month and weekday names in calendar order, blanks last', () => {
    const months = layoutPivot(
      input([
        ['Mar', 3],
        ['Jan', 1],
        [null, 9],
        ['Feb', 2],
        ['Dec', 12],
        ['Jan', 1],
      ]),
    );
    expect(months.rowItems).toEqual(['Jan', 'Feb', 'Mar', 'Dec', null]);
    expect(months.cells.slice(1, 3)).toEqual([
      ['Jan', 2],
      ['Feb', 2],
    ]);
    expect(
      layoutPivot(
        input([
          ['Sunday', 1],
          ['Monday', 2],
          ['Friday', 3],
        ]),
      ).rowItems,
    ).toEqual(['Monday', 'Friday', 'Sunday']);
  });

  it('sorts other text A to Z, even when some items look like months', () => {
    expect(
      layoutPivot(
        input([
          ['North pier', 1],
          ['May', 2],
          ['East pier', 3],
        ]),
      ).rowItems,
    ).toEqual(['East pier', 'May', 'North pier']);
  });
});
