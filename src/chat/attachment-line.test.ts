/** A line of attachment notices only; invented mail. */
import { describe, expect, it } from 'vitest';
import { attachmentOnly } from './attachment-line.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('attachmentOnly', () => {
  const notices =
    'On Monday, March 3, 2031 9:10 AM, Ilse Marwood wrote (forwarded in "RE: Payout Form"): << File: Payout Request_Orvik Plan.doc >> << File: Payout Steps_Orvik Plan.doc >>. [1]';

  it('a line of attachment notices answers no sum, day or name', () => {
    expect(attachmentOnly('What share of my Orvik payout goes to tax?', notices)).toBe(true);
    expect(unsoundAnswer('What share of my Orvik payout goes to tax?', notices)).toBeDefined();
    expect(attachmentOnly('When is my payout due?', 'Ilse Marwood wrote: <<rota_march.xls>>. [1]')).toBe(
      true,
    );
  });

  it('keeps a line that says more than the notice, and a question about what was attached', () => {
    expect(
      attachmentOnly(
        'What share of my Orvik payout goes to tax?',
        'Ilse Marwood wrote: 20% is held back, see << File: Payout Steps.doc >>. [1]',
      ),
    ).toBe(false);
    expect(attachmentOnly('Which form did Ilse Marwood send me?', notices)).toBe(false);
  });
});
