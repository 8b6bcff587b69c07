import { describe, expect, it } from 'vitest';
import { pageFieldHusk } from './page-field-husk.ts';

/** The text with the husk spans cut out. */
const cut = (text: string, positions: number[]) => {
  let out = '';
  let from = 0;
  for (const [start, end] of pageFieldHusk(text, positions)) {
    out += text.slice(from, start);
    from = end;
  }
  return out + text.slice(from);
};

describe('pageFieldHusk', () => {
  it('leaves nothing of a page-number line whose fields have no value', () => {
    expect(cut('Page  of ', [5, 9])).toBe('');
    expect(cut('Page  of', [5, 8])).toBe('');
    expect(cut('-  -', [2])).toBe('');
    expect(cut('Seite  von ', [6, 11])).toBe('');
    expect(cut('Strona  z ', [7, 10])).toBe('');
    expect(cut('Página  de ', [7, 11])).toBe('');
    expect(cut('Page ', [5])).toBe('');
    expect(cut(' / ', [0, 3])).toBe('');
  });

  it('keeps the real text of the line, with its own punctuation', () => {
    expect(cut('Harbour Office Ltd.\tPage  of ', [25, 29])).toBe('Harbour Office Ltd.');
    expect(cut('Confidential | Page  of', [20, 23])).toBe('Confidential');
    expect(cut('Page  of  (draft)', [5, 8])).toBe('(draft)');
    expect(cut('Ferry timetable  - -', [18])).toBe('Ferry timetable');
  });

  it('takes a chapter mark joined to the page number as part of it', () => {
    expect(cut('III-', [4])).toBe('');
    expect(cut('Ferry timetable\tA-', [18])).toBe('Ferry timetable');
    expect(cut('Section 4.', [10])).toBe('Section');
  });

  it('keeps words that only look like page words when no field is beside them', () => {
    expect(cut('Table of contents\tPage ', [23])).toBe('Table of contents');
    expect(cut('Informe de ventas', [])).toBe('Informe de ventas');
  });
});
