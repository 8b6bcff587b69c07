import { describe, expect, it } from 'vitest';
import { searchHit } from './__fixtures__/search-hit.ts';
import { carriesNamesAsked, sheetWithoutNamesAsked } from './names-carried.ts';

const household = searchHit({
  path: '/work/monthly-budget.xlsx',
  uri: 'file:///work/monthly-budget.xlsx#sheet=Budget',
  title: 'monthly-budget.xlsx › Budget',
  locator: { sheet: 'Budget', range: 'A1:B4' },
  text: ['Rent | $900.00', 'Repairs | $50.00', 'Groceries | $320.00'].join('\n'),
  type: 'sheet',
});

const lodge = searchHit({
  path: '/work/pine-lodge.xlsx',
  uri: 'file:///work/pine-lodge.xlsx#sheet=Plan',
  title: 'pine-lodge.xlsx › Plan',
  locator: { sheet: 'Plan', range: 'A1:B3' },
  text: ['Pine Lodge plan | Amount', 'Heating | $1,200.00', 'Repairs | $400.00'].join('\n'),
  type: 'sheet',
});

describe('sheetWithoutNamesAsked', () => {
  it('flags a sheet that never writes a full name the question asks', () => {
    expect(
      sheetWithoutNamesAsked('What will the roof repairs cost under the Tarn Ridge 2031 plan?', household),
    ).toBe(true);
  });

  it('keeps a sheet that writes the name, a question that names none, and a mail', () => {
    expect(sheetWithoutNamesAsked('How much is heating in the Pine Lodge plan?', lodge)).toBe(false);
    expect(sheetWithoutNamesAsked('How much do we spend on repairs each month?', household)).toBe(false);
    expect(
      sheetWithoutNamesAsked('What will the roof repairs cost under the Tarn Ridge plan?', {
        ...household,
        type: 'email',
      }),
    ).toBe(false);
    expect(carriesNamesAsked('What will the roof repairs cost under the Tarn Ridge plan?', undefined)).toBe(
      true,
    );
  });
});
