import { describe, expect, it } from 'vitest';
import { lineOfOtherNumberedItem } from './other-numbered-item.ts';

const mail = [
  'Marta,',
  '',
  '#4 Paid in full.',
  '',
  '#7 Late again this month.  Per the ledger the balance is $65, with',
  '$30 for water.',
  '',
  '#8 Moved out on 3/2.',
].join('\n');

describe('lineOfOtherNumberedItem: a line of another numbered item than the one asked', () => {
  it('flags a line under another item of a passage that never writes the item asked', () => {
    expect(
      lineOfOtherNumberedItem(
        'How much does the tenant in #11 still owe?',
        'Per the ledger the balance is $65, with $30 for water. [1]',
        mail,
      ),
    ).toBe(true);
  });
  it('keeps a line of the item asked, and a passage that writes the item asked', () => {
    expect(
      lineOfOtherNumberedItem(
        'How much does the tenant in #7 still owe?',
        'Per the ledger the balance is $65, with $30 for water. [1]',
        mail,
      ),
    ).toBe(false);
    expect(
      lineOfOtherNumberedItem(
        'How much does the tenant in #11 still owe?',
        'Per the ledger the balance is $65, with $30 for water. [1]',
        `${mail}\n\n#11 Still owes $20.`,
      ),
    ).toBe(false);
  });
});
