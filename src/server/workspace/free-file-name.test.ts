import { describe, expect, it } from 'vitest';
import { freeFileName } from './free-file-name.ts';

describe('freeFileName', () => {
  it('keeps a name no file has', () => {
    expect(freeFileName('Harbor Tiles analysis.xlsx', ['Quill Notes.docx'])).toBe(
      'Harbor Tiles analysis.xlsx',
    );
  });
  it('numbers a name already taken, ignoring case, and skips numbers in use', () => {
    expect(freeFileName('Harbor Tiles analysis.xlsx', ['harbor tiles analysis.xlsx'])).toBe(
      'Harbor Tiles analysis (2).xlsx',
    );
    expect(
      freeFileName('Harbor Tiles analysis.xlsx', [
        'Harbor Tiles analysis.xlsx',
        'Harbor Tiles analysis (2).xlsx',
      ]),
    ).toBe('Harbor Tiles analysis (3).xlsx');
  });
  it('numbers a name without an extension', () => {
    expect(freeFileName('Minutes', ['Minutes'])).toBe('Minutes (2)');
  });
});
