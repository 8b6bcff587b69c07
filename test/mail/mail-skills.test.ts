import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEml } from '../../src/formats/mail/write-eml.ts';
import { readFile } from '../../src/formats/read-file.ts';
import { draftReply } from '../../src/skills/mail/draft-reply.ts';
import { loadMail } from '../../src/skills/mail/load-mail.ts';
import { buildThreads } from '../../src/skills/mail/mail-thread.ts';
import { summarizeThread } from '../../src/skills/mail/summarize-thread.ts';
import { triageThreads } from '../../src/skills/mail/triage.ts';
import { runCli } from '../helpers/run-cli.ts';

const MBOX = join(import.meta.dirname, '__fixtures__', 'budget.mbox');
const NOW = new Date('2026-03-04T09:00:00Z');

async function threads() {
  const { messages } = await loadMail([MBOX]);
  return buildThreads(messages);
}

describe('mail skills on a hand-written mailbox', () => {
  it('rebuilds three conversations and the newsletter', async () => {
    const all = await threads();
    expect(all).toHaveLength(3);
    const budget = all.find((thread) => thread.subject === 'Q3 travel budget');
    expect(budget?.messages.map((message) => message.messageId)).toEqual([
      'budget-1@northwind.example',
      'budget-2@northwind.example',
      'budget-3@northwind.example',
    ]);
  });

  it('summarizes asks, decisions, open questions and obligations with citations to messages', async () => {
    const budget = (await threads()).find((thread) => thread.subject === 'Q3 travel budget')!;
    const summary = summarizeThread(budget);
    expect(summary.decided.map((point) => point.text)).toEqual([
      'Finance decided to cut the Q3 travel budget by 10%.',
    ]);
    expect(summary.decided[0]?.n).toBe(3);
    expect(summary.openQuestions.map((point) => point.text)).toEqual([
      'Anna, could we meet on Tuesday to agree the split between teams?',
    ]);
    const bens = summary.owes.find((item) => item.owner === 'Ben Okafor' && /Thursday/.test(item.task));
    expect(bens?.due?.slice(0, 10)).toBe('2026-03-05');
    const askedOfBen = summary.owes.find(
      (item) => item.owner === 'Ben Okafor' && /by Friday/.test(item.task),
    );
    expect(askedOfBen?.due?.slice(0, 10)).toBe('2026-03-06');
    // Every sentence of the summary cites a message that exists.
    const sentences = summary.summary.split(/(?<=\]\.)\s+/);
    for (const sentence of sentences) {
      const cited = [...sentence.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
      expect(cited.length).toBeGreaterThan(0);
      for (const n of cited)
        expect(summary.citations.find((citation) => citation.n === n)?.locator.messageId).toMatch(
          /^budget-\d@/,
        );
    }
  });

  it('triages for Anna: the open question to her first, the newsletter labelled', async () => {
    const triaged = triageThreads(await threads(), { me: ['anna@northwind.example'], now: NOW });
    const bySubject = Object.fromEntries(triaged.map((item) => [item.subject, item]));
    expect(bySubject['Q3 travel budget']?.label).toBe('needs-reply');
    expect(bySubject['This month at Vendor']?.label).toBe('newsletter');
    expect(bySubject['Hiring plan']?.label).toBe('waiting-on-others');
    expect(triaged[0]?.subject).toBe('Q3 travel budget');
    expect(bySubject['Q3 travel budget']?.reasons.join(' ')).toMatch(/direct question/);
  });

  it('writes a reply .eml that parses back with the right threading headers', async () => {
    const budget = (await threads()).find((thread) => thread.subject === 'Q3 travel budget')!;
    const draft = draftReply(budget, {
      me: { name: 'Anna Lindqvist', address: 'anna@northwind.example' },
      intent: 'accept, propose Tuesday 10:00',
      now: NOW,
    });
    const dir = mkdtempSync(join(tmpdir(), 'officemate-reply-'));
    const path = join(dir, 'reply.eml');
    writeFileSync(path, writeEml(draft.message));
    const parsed = await readFile(path);
    expect(parsed.success).toBe(true);
    if (!parsed.success || parsed.data.type !== 'mailbox') throw new Error('not mail');
    const reply = parsed.data.messages[0]!;
    expect(reply.subject).toBe('RE: Q3 travel budget');
    expect(reply.inReplyTo).toBe('budget-3@northwind.example');
    expect(reply.references).toEqual([
      'budget-1@northwind.example',
      'budget-2@northwind.example',
      'budget-3@northwind.example',
    ]);
    expect(reply.to[0]?.address).toBe('carla@northwind.example');
    expect(reply.text).toMatch(/^Hi Carla,/);
    expect(reply.text).toMatch(/Could we meet on Tuesday 10 March at 10:00\?/);
    expect(reply.text).toMatch(/\[your answer\]/);
  });

  it('answers through the CLI as the contract says', async () => {
    const listed = await runCli(['mail', 'threads', MBOX, '--json']);
    expect(listed.code).toBe(0);
    const json = JSON.parse(listed.stdout) as {
      threads: {
        id: string;
        subject: string;
        participants: unknown[];
        messages: { messageId: string; path: string }[];
      }[];
    };
    expect(json.threads.map((thread) => thread.subject).sort()).toEqual([
      'Hiring plan',
      'Q3 travel budget',
      'This month at Vendor',
    ]);
    const id = json.threads.find((thread) => thread.subject === 'Q3 travel budget')!.id;
    const summary = await runCli(['mail', 'summarize', '--thread', id, MBOX, '--json']);
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout)).toMatchObject({
      engine: 'builtin',
      citations: expect.arrayContaining([expect.objectContaining({ n: 3, path: MBOX })]),
    });
    const missing = await runCli(['mail', 'summarize', '--thread', 'nope', MBOX, '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).error.code).toBe('not_found');
    const bad = await runCli(['mail', 'threads', '--json']);
    expect(bad.code).toBe(2);
  });

  it('summarizes and answers a thread of the index by its id alone, with no paths', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'om-mail-index-')), 'index.db');
    const none = await runCli(['mail', 'summarize', '--thread', 'abc', '--db', db, '--json']);
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout).error.message).toMatch(/No index at/);
    expect((await runCli(['index', MBOX, '--db', db])).code).toBe(0);
    const listed = JSON.parse((await runCli(['mail', 'threads', MBOX, '--json'])).stdout) as {
      threads: { id: string; subject: string }[];
    };
    const id = listed.threads.find((thread) => thread.subject === 'Q3 travel budget')!.id;
    const summary = await runCli(['mail', 'summarize', '--thread', id, '--db', db, '--json']);
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout)).toMatchObject({
      citations: expect.arrayContaining([expect.objectContaining({ n: 3, path: MBOX })]),
    });
    const out = join(dirname(db), 'reply.eml');
    const reply = await runCli(['mail', 'reply', '--thread', id, '--db', db, '-o', out, '--json']);
    expect(reply.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^Subject: RE?: Q3 travel budget/im);
    const missing = await runCli(['mail', 'summarize', '--thread', 'nope', '--db', db, '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).error).toMatchObject({ code: 'not_found' });
  });
});
