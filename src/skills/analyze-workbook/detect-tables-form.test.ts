import { describe, expect, it } from 'vitest';
import type { Cell, Sheet } from '../../formats/model.ts';
import { detectTables } from './detect-tables.ts';

const t = (value: string): Cell => ({ type: 'text', value });
const n = (value: number): Cell => ({ type: 'number', value });
const _ = null;

function sheetOf(name: string, rows: (Cell | null)[][]): Sheet {
  return { name, hidden: false, rows, merges: [], tables: [] };
}

describe('a sheet laid out as a form', () => {
  // A membership form: label columns with blanks beside them, in sections down the page.
  const form = sheetOf('Guild Membership', [
    [t('Member details'), _, _, _, _],
    [t('Surname'), _, _, t('Given name'), _],
    [t('Street'), _, _, t('Town'), _],
    [_, _, _, _, _],
    [t('Workshop'), _, _, t('Trade'), _],
    [t('Opened in'), _, _, t('Apprentices'), _],
    [_, _, _, _, _],
    [t('I confirm the above'), _, _, t('Signed'), _],
    [t('Return to the guild office'), _, _, t('Dated'), _],
  ]);

  it('is one table, not one per label column', () => {
    const tables = detectTables(form);
    expect(tables.map((table) => table.name)).toEqual(['Guild Membership']);
  });

  it('leaves tables side by side in one band as they were', () => {
    const lists = sheetOf('Stock', [
      [t('Kiln'), t('Firings'), _, t('Glaze'), t('Jars'), _, t('Clay'), t('Sacks'), _, t('Tool'), t('Count')],
      [t('North'), n(12), _, t('Ash'), n(4), _, t('Red'), n(9), _, t('Wire'), n(3)],
      [t('South'), n(7), _, t('Tin'), n(6), _, t('Buff'), n(2), _, t('Rib'), n(8)],
    ]);
    expect(detectTables(lists).length).toBe(4);
  });
});
