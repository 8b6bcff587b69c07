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

describe('carriesNamesAsked', () => {
  const notice = searchHit({
    path: '/mail/inbox.mbox',
    uri: 'file:///mail/inbox.mbox#mid=1',
    title: 'Harbour forum',
    text: 'Seats for all panels cost $210. Speakers come from the northern regions.',
    type: 'email',
  });
  const digest = searchHit({
    path: '/work/fleet.xlsx',
    uri: 'file:///work/fleet.xlsx#sheet=Digest',
    title: 'fleet.xlsx › Digest',
    locator: { sheet: 'Digest', range: 'A1:C3' },
    text: ['All Regions digest by year', 'Year | Crates | Trips', '2031 | 4,410 | 96'].join('\n'),
    type: 'sheet',
  });

  it('needs a name with a closed-class word written whole, not its words apart', () => {
    const question = 'How many crates were shipped in 2031 in the All Regions digest?';
    expect(carriesNamesAsked(question, notice)).toBe(false);
    expect(carriesNamesAsked(question, digest)).toBe(true);
  });

  it('still takes the words of other names apart', () => {
    expect(
      carriesNamesAsked('How much is heating in the Lodge Pine plan?', {
        ...notice,
        text: 'Pine trees shade the Lodge; heating is $1,200.',
      }),
    ).toBe(true);
  });
});
