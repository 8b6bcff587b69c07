/**
 * A date heading over a sentence that gives no date: the sentence is read with its heading.
 * Invented notice.
 */
import { describe, expect, it } from 'vitest';
import { withDatedHeadings } from './passage-sentences.ts';
import type { TextUnit } from './passage-text.ts';

const unit = (text: string, line: number): TextUnit => ({ text, role: 'body', line });

describe('withDatedHeadings', () => {
  it('reads the sentence below a date heading with it', () => {
    const units = withDatedHeadings([
      unit('Key Date #2 - Thursday, March 6th', 8),
      unit('The new Tallyo booking tool is switched on for all staff!', 8),
    ]);
    expect(units[1]?.text).toBe(
      'Key Date #2 - Thursday, March 6th: The new Tallyo booking tool is switched on for all staff!',
    );
  });

  it('leaves a sentence that gives its own date, one of another paragraph, and one under a full sentence', () => {
    const units = withDatedHeadings([
      unit('Key Date #1 - Monday, March 3rd', 4),
      unit('Old bookings are copied over starting March 3rd.', 4),
      unit('Key Date #2 - Thursday, March 6th', 8),
      unit('Questions go to the help desk.', 9),
      unit('We met on Friday, March 7th.', 12),
      unit('Everyone agreed.', 12),
    ]);
    expect(units[1]?.text).toBe('Old bookings are copied over starting March 3rd.');
    expect(units[3]?.text).toBe('Questions go to the help desk.');
    expect(units[5]?.text).toBe('Everyone agreed.');
  });

  it('leaves Chinese or Japanese lines, whose words no space counts', () => {
    const units = withDatedHeadings([unit('申込書の提出は３月６日（木）まで', 2), unit('受付係', 2)]);
    expect(units[1]?.text).toBe('受付係');
  });
});
