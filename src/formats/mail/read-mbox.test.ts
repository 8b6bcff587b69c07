import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { Mailbox } from '../model.ts';
import { readFile } from '../read-file.ts';
import { splitMbox } from './mbox-splitter.ts';
import { streamMbox } from './read-mbox.ts';

const ENRON = join(CORPUS, 'email', 'enron');

async function mailbox(path: string): Promise<Mailbox> {
  const result = await readFile(path);
  if (!result.success) throw new Error(result.error.message);
  expect(result.data.type).toBe('mailbox');
  return result.data as Mailbox;
}

describe('mbox splitting', () => {
  it('splits on From lines after a blank line and undoes >From quoting', () => {
    const raw = Buffer.from(
      'From a@x Mon Apr 18 14:23:23 2022\nSubject: one\n\nbody\n>From here on\nFrom the top, not a separator\n\nFrom b@x Mon Apr 18 14:23:24 2022\nSubject: two\n\nsecond\n',
    );
    const parts = splitMbox(raw).map((part) => part.toString('latin1'));
    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe('Subject: one\n\nbody\nFrom here on\nFrom the top, not a separator\n\n');
    expect(parts[1]).toBe('Subject: two\n\nsecond\n');
  });
});

describe('Enron mbox', () => {
  it('reads allen-p/inbox: count, subject, sender, date, quoted reply', async () => {
    const box = await mailbox(join(ENRON, 'allen-p', 'inbox.mbox'));
    expect(box.format).toBe('mbox');
    expect(box.messages).toHaveLength(66);
    const first = box.messages[0];
    expect(first?.subject).toBe('Distribution of report');
    expect(first?.from).toEqual({ address: 'james.bruce@enron.com', name: 'Bruce, James' });
    expect(first?.date).toBe('2001-10-30T00:34:23Z');
    expect(first?.to).toHaveLength(87);
    expect(first?.messageId).toBe('15955949.1075858645356.JavaMail.evans@thyme');
    expect(first?.locator.messageId).toBe(first?.messageId);
    const reply = box.messages.find(
      (message) => message.messageId === '26175277.1075863149462.JavaMail.evans@thyme',
    );
    expect(reply?.from?.address).toBe('greg.whalley@enron.com');
    expect(reply?.text).toBe(
      'Wow!  this looks complicated.  let me get some help on this and get back to you',
    );
    expect(reply?.quoted).toMatch(/^-----Original Message-----\nFrom: \tAllen, Phillip K\./);
    expect(box.messages.filter((message) => message.quoted)).toHaveLength(16);
  });

  it('reads every allen-p folder with the counts its source documents (1,392 messages)', async () => {
    const counts: Record<string, number> = {};
    for (const [user, files] of Object.entries({
      'allen-p': ['contacts', 'deleted_items', 'inbox', 'notes_inbox', 'sent', 'sent_items', 'straw'],
    })) {
      for (const file of files)
        counts[`${user}/${file}`] = (await mailbox(join(ENRON, user, `${file}.mbox`))).messages.length;
    }
    expect(counts).toEqual({
      'allen-p/contacts': 2,
      'allen-p/deleted_items': 361,
      'allen-p/inbox': 66,
      'allen-p/notes_inbox': 48,
      'allen-p/sent': 562,
      'allen-p/sent_items': 345,
      'allen-p/straw': 8,
    });
  }, 60_000);

  it('streams an mbox with the same messages as reading it whole', async () => {
    const path = join(ENRON, 'lavorato-j', 'inbox.mbox');
    const whole = await mailbox(path);
    const streamed: string[] = [];
    for await (const message of streamMbox(path)) streamed.push(message.messageId);
    expect(streamed).toEqual(whole.messages.map((message) => message.messageId));
  }, 30_000);
});

describe('a 200 MB mbox', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('streams with bounded memory and an exact message count', async () => {
    dir = await mkdtemp(join(tmpdir(), 'officemate-mbox-'));
    const path = join(dir, 'big.mbox');
    const body = 'The quarterly numbers are attached; please review them before Friday.\n'.repeat(280);
    const target = 200 * 1024 * 1024;
    const out = createWriteStream(path);
    let written = 0;
    let count = 0;
    while (written < target) {
      const batch: string[] = [];
      for (let index = 0; index < 200; index++, count++) {
        batch.push(
          `From sender@example.com Mon Apr 18 14:23:23 2022\nMessage-ID: <m${count}@example.com>\nDate: Mon, 29 Oct 2001 16:34:23 -0800\nFrom: a@example.com\nTo: b@example.com\nSubject: Report ${count}\n\n${body}>From the archive\n\n`,
        );
      }
      const chunk = batch.join('');
      written += chunk.length;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');

    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let seen = 0;
    let last = '';
    for await (const message of streamMbox(path, { parseAttachments: false })) {
      if (seen % 250 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      if (seen === 0) expect(message.text.endsWith('From the archive')).toBe(true);
      seen++;
      last = message.subject;
    }
    expect(seen).toBe(count);
    expect(last).toBe(`Report ${count - 1}`);
    expect(peak).toBeLessThan(150 * 1024 * 1024);
  }, 90_000);
});
