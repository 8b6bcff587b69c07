/**
 * Figures written as a small table under a lead-in ("Two amounts were listed:" and one line per
 * amount) reach the thread summary with the lead-in that says what they are.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMail } from '../../src/skills/mail/load-mail.ts';
import { buildThreads } from '../../src/skills/mail/mail-thread.ts';
import { summarizeThread } from '../../src/skills/mail/summarize-thread.ts';
import { CORPUS } from '../helpers/paths.ts';

const FOLDER = join(CORPUS, 'email', 'enron', 'lavorato-j', 'deleted_items.mbox');

describe('a thread whose first message lists amounts as table lines', () => {
  it('keeps every listed amount, joined to its lead-in', async () => {
    const { messages } = await loadMail([FOLDER]);
    const thread = buildThreads(messages).find(
      (item) => /schedule f/i.test(item.subject) && item.messages.length === 3,
    )!;
    const summary = summarizeThread(thread).summary;
    // The lead-in, then three rows of "label $amount" joined by semicolons.
    expect(summary).toMatch(/specified in the Schedule F: (?:[^";]+ \$[\d,]+\.\d\d(?:; |")){3}/);
  });
});
