/** The sources list says how many things a reader skipped in a file, in the UI language. */
import { describe, expect, it } from 'vitest';
import { strings, warningsLabel } from '../../web/src/i18n.ts';

describe('warningsLabel', () => {
  it('counts the warnings of a file, one or many', () => {
    expect(warningsLabel(strings('en'), 1)).toBe('1 warning');
    expect(warningsLabel(strings('en'), 4)).toBe('4 warnings');
    expect(warningsLabel(strings('zh'), 3)).toBe('3 条警告');
  });
});
