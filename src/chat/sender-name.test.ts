/**
 * @module sender-name.test
 * Invented writers.
 */
import { describe, expect, it } from 'vitest';
import { searchHit } from './__fixtures__/search-hit.ts';
import { senderName } from './sender-name.ts';

const from = (name: string | undefined, address = 'writer@example.org') =>
  searchHit({ text: 'Noted.', type: 'email', people: [{ name, address, role: 'from' }] });

describe('senderName', () => {
  it('turns a directory name around', () => {
    expect(senderName(from('Okafor, Dana'))).toBe('Dana Okafor');
  });

  it('drops a credential written after a comma instead of reading it as a first name', () => {
    expect(senderName(from('Dana Okafor, CPA'))).toBe('Dana Okafor');
    expect(senderName(from('Okafor, Dana, Jr.'))).toBe('Dana Okafor');
  });

  it('falls back to the address when no name is given', () => {
    expect(senderName(from(undefined))).toBe('writer@example.org');
    expect(senderName(from('  '))).toBe('writer@example.org');
  });
});
