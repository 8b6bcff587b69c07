/** "Which X" answered by a denied X or by the question's own name; invented chat lines. */
import { describe, expect, it } from 'vitest';
import { kindNotNamed } from './kind-not-named.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('kindNotNamed', () => {
  it('refuses a line that writes the kind only as "none of the other X"', () => {
    const denied = 'brisk: None of the other loom cards I own work with the new driver. [1]';
    expect(kindNotNamed('Which loom card is brisk running?', denied)).toBe(true);
    expect(unsoundAnswer('Which loom card is brisk running?', denied)).toBeDefined();
  });

  it("refuses a line that writes the kind only after the question's own name", () => {
    const own = 'quill: you could extend the Ledger module and write your own merge() there. [1]';
    expect(kindNotNamed('Which module do I import to merge a Ledger in fjellkit?', own)).toBe(true);
    expect(unsoundAnswer('Which module do I import to merge a Ledger in fjellkit?', own)).toBeDefined();
  });

  it('keeps a line that names one of the kind, or never writes the kind', () => {
    expect(
      kindNotNamed(
        'Which loom card is brisk running?',
        'brisk: mine is the wl-loom-8x, a loom card from Orvik. [1]',
      ),
    ).toBe(false);
    expect(
      kindNotNamed(
        'Which module do I import to merge a Ledger in fjellkit?',
        'quill: it lives in the LedgerSet module. [1]',
      ),
    ).toBe(false);
    expect(kindNotNamed('Which loom card is brisk running?', 'brisk: the wl-8x from Orvik. [1]')).toBe(false);
    expect(
      kindNotNamed('Which version of Quillfin fixes the sound?', 'tamsin_: Quillfin version 3.5 does. [1]'),
    ).toBe(false);
  });
});
