/**
 * A message's quoted mail is folded under its own words, and shown unfolded when the message
 * has none (a reply that only quotes, a forward without a note), so it never shows as empty.
 */
import { describe, expect, it } from 'vitest';
import { quotedOpen } from '../../web/src/components/MailView.tsx';

describe('quotedOpen', () => {
  it('unfolds the quote of a message with no words of its own, and only then', () => {
    const quoted = '> The kiln at Brenmoor fires on Thursday.';
    expect(quotedOpen({ text: '', quoted })).toBe(true);
    expect(quotedOpen({ text: '  \n', quoted })).toBe(true);
    expect(quotedOpen({ text: 'Then I will bring the glaze samples.', quoted })).toBe(false);
    expect(quotedOpen({ text: '' })).toBe(false);
  });
});
