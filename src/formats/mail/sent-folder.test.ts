import { describe, expect, it } from 'vitest';
import { isSentFolder } from './sent-folder.ts';

describe('isSentFolder', () => {
  it('knows the folders of sent mail by their usual names', () => {
    expect(isSentFolder('/mail/nora/sent.mbox')).toBe(true);
    expect(isSentFolder('/mail/nora/sent_items.mbox')).toBe(true);
    expect(isSentFolder('/mail/nora/Sent Items')).toBe(true);
    expect(isSentFolder('/mail/nora/inbox.mbox')).toBe(false);
    expect(isSentFolder('/mail/nora/sentiment.mbox')).toBe(false);
  });
});
