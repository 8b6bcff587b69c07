import { describe, expect, it } from 'vitest';
import { counted } from './counted.ts';

describe('counted', () => {
  it('says one noun in the singular and any other count in the plural', () => {
    expect(counted(1, 'row')).toBe('1 row');
    expect(counted(0, 'row')).toBe('0 rows');
    expect(counted(12_500, 'contact')).toBe('12,500 contacts');
    expect(counted(2, 'recurring series', 'recurring series')).toBe('2 recurring series');
  });
});
