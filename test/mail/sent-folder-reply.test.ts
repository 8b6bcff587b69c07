/**
 * A sent folder read as its owner would: the owner is the one who wrote it, a person quoted with
 * a credential after their name is named without it, and a reply to one's own last message is a
 * follow-up to the person it went to.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMail } from '../../src/skills/mail/load-mail.ts';
import { buildThreads } from '../../src/skills/mail/mail-thread.ts';
import { summarizeThread } from '../../src/skills/mail/summarize-thread.ts';
import { guessOwner } from '../../src/skills/mail/triage.ts';
import { CORPUS } from '../helpers/paths.ts';
import { runCli } from '../helpers/run-cli.ts';

const SENT = join(CORPUS, 'email', 'enron', 'allen-p', 'sent_items.mbox');
const SUBJECT = /question$/i;

describe('a sent folder', () => {
  it('takes the writer of the folder for its owner, not whoever they wrote to most', async () => {
    const { messages } = await loadMail([SENT]);
    const owner = guessOwner(messages);
    expect(
      messages.filter((message) => message.from?.address.toLowerCase() === owner).length,
    ).toBeGreaterThan(messages.length / 2);
  });

  it('names a quoted writer without the credential after their name, as quoted (not forwarded) in a short reply, and tells what only the quote holds', async () => {
    const { messages } = await loadMail([SENT]);
    const thread = buildThreads(messages).find(
      (item) => SUBJECT.test(item.subject) && item.messages.length === 3,
    )!;
    const summary = summarizeThread(thread).summary;
    // The quoted writer signs as "First M. Last, CFP": named as a person, never "CFP First M. Last".
    expect(summary).toMatch(/\p{Lu}\p{L}+ \p{Lu}\. \p{Lu}\p{L}+ \(quoted by [^)]+\)/u);
    expect(summary).not.toMatch(/\b(?:CFP|CPA|PhD) \p{Lu}|forwarded by/u);
    // The last reply is short, and quotes both a message the thread holds and one it does not: the new one is told.
    expect(summary).toMatch(/apply for a variance/);
  });

  it("follows up the owner's own last message to the person it went to, with no questions of their own to answer", async () => {
    const { messages } = await loadMail([SENT]);
    const thread = buildThreads(messages).find(
      (item) => SUBJECT.test(item.subject) && item.messages.length === 3,
    )!;
    const out = join(mkdtempSync(join(tmpdir(), 'om-reply-')), 'reply.eml');
    const run = await runCli([
      'mail',
      'reply',
      '--thread',
      thread.id,
      SENT,
      '-o',
      out,
      '--now',
      '2001-11-06T09:00:00Z',
    ]);
    expect(run.code).toBe(0);
    const eml = readFileSync(out, 'utf8').replace(/=\r?\n/g, '');
    const last = thread.messages.at(-1)!;
    const owner = guessOwner(messages)!;
    // Every message of the thread is the owner's: the draft goes from them to whom they wrote.
    expect(thread.messages.every((message) => message.from?.address.toLowerCase() === owner)).toBe(true);
    const from = /^From: (.+?) <([^>]+)>/m.exec(eml);
    expect(from?.[2]?.toLowerCase()).toBe(owner);
    expect(eml).toMatch(new RegExp(`^To: .*${last.to[0]!.address.replace(/[.]/g, '\\.')}`, 'm'));
    // Greeted by the name the owner's own message opened with ("Ann,"), quoted as the owner's words.
    const greeted = /^(\p{Lu}\p{L}+),/mu.exec(last.text.trim())?.[1];
    expect(eml).toMatch(new RegExp(`^Hi ${greeted},`, 'm'));
    expect(eml).not.toMatch(/\[your answer\]/);
    expect(eml).toContain(`${from?.[1]} wrote:`);
  });
});
