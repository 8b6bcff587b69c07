/**
 * Quoted history the mailbox holds no original of, searched as passages of its own; invented
 * mail and people.
 */
import { describe, expect, it } from 'vitest';
import { splitBody } from '../formats/mail/split-body.ts';
import type { Mailbox, Message } from '../formats/model.ts';
import { chunkFile, chunkUri } from './chunk-file.ts';
import { fileWrite } from './index-paths.ts';
import { quoteOf } from './quoted-chunks.ts';

function message(id: string, subject: string, body: string): Message {
  return {
    type: 'message',
    messageId: `<${id}@example.com>`,
    subject,
    from: { name: 'Hale, Tom', address: 'tom@example.com' },
    to: [{ name: 'Ada Kim', address: 'ada@example.com' }],
    cc: [],
    bcc: [],
    date: '2001-05-08T09:00:00Z',
    references: [],
    ...splitBody(body),
    attachments: [],
    headers: {},
    locator: { messageId: `<${id}@example.com>` },
  };
}

const chunksOf = (...messages: Message[]) =>
  chunkFile({ type: 'mailbox', format: 'mbox', messages } satisfies Mailbox, '/mail/box.mbox');

const HALL = 'The hall at Quarry Lane holds 120 guests and the deposit is $450, due by the end of the month.';
const QUOTE = `-----Original Message-----\nFrom: Rivera, Nina\nSent: Monday, May 7, 2001 9:12 AM\nTo: Hale, Tom\nSubject: Venue\n\n${HALL}`;
/** A reply of more than a few words, so the quote is history, not a forward. */
const REPLY = 'Thanks Nina, that works for us and I will tell the committee at the next meeting on Friday.';

describe('quotedChunks', () => {
  it('makes a passage of a quoted message the mailbox does not hold, with its writer and date', () => {
    const [reply, quoted, ...rest] = chunksOf(message('a', 'RE: Venue', `${REPLY}\n\n${QUOTE}`));
    expect(rest).toHaveLength(0);
    expect(reply!.text).not.toContain('$450');
    expect(quoted!.text).toBe(HALL);
    expect(quoted!.type).toBe('email');
    expect(quoted!.title).toBe('RE: Venue');
    expect(quoted!.people).toEqual([]);
    expect(quoted!.data?.from).toEqual({ name: 'Nina Rivera' });
    expect(quoteOf(quoted!)).toMatchObject({
      n: 1,
      author: 'Nina Rivera',
      sent: 'Monday, May 7, 2001 9:12 AM',
      in: { from: 'Hale, Tom' },
    });
    // Its own address: the reply and its quote are two passages.
    expect(chunkUri('/mail/box.mbox', quoted!.locator)).toMatch(/mid=.*&quote=1$/);
    expect(chunkUri('/mail/box.mbox', quoted!.locator)).not.toBe(chunkUri('/mail/box.mbox', reply!.locator));
  });

  it('leaves out quoted text whose original is in the mailbox, and a message quoted twice is one passage', () => {
    expect(
      chunksOf(message('b', 'Venue', HALL), message('c', 'RE: Venue', `${REPLY}\n\n${QUOTE}`)),
    ).toHaveLength(2);
    const twice = chunksOf(
      message('d', 'RE: Venue', `${REPLY}\n\n${QUOTE}`),
      message('e', 'RE: Venue', `Booked it.\n\n${QUOTE}`),
    );
    expect(twice.filter((chunk) => quoteOf(chunk))).toHaveLength(1);
  });

  it('leaves out a quoted message whose header names no writer', () => {
    const anonymous = `-----Original Message-----\nSent: Monday, May 7, 2001 9:12 AM\nSubject: Venue\n\n${HALL}`;
    expect(chunksOf(message('k', 'RE: Venue', `${REPLY}\n\n${anonymous}`))).toHaveLength(1);
  });

  it('reads the writer and date of an "On …, Ann wrote:" quote', () => {
    const chunks = chunksOf(
      message(
        'f',
        'Re: Venue',
        `${REPLY}\n\nOn Mon, 7 May 2001 09:12, Nina Rivera <nina@example.com> wrote:\n> ${HALL}`,
      ),
    );
    expect(chunks).toHaveLength(2);
    expect(chunks[1]!.text).toBe(HALL);
    expect(quoteOf(chunks[1]!)).toMatchObject({ author: 'Nina Rivera', sent: 'Mon, 7 May 2001 09:12' });
  });

  it('does not count quoted messages as items of the mailbox', () => {
    const drafts = chunksOf(
      message('g', 'RE: Venue', `${REPLY}\n\n${QUOTE}`),
      message('h', 'Lunch', 'Lunch at noon?'),
    );
    const write = fileWrite(
      {
        path: '/mail/box.mbox',
        hash: 'x',
        size: 1,
        mtimeMs: 0,
        owner: 'ada',
        readers: ['*'],
        indexedAt: '2001-05-08T10:00:00Z',
      },
      drafts,
    );
    expect(write.file.chunks).toBe(3);
    expect(write.file.items).toBe(2);
  });

  it('searches a fact past the 2,000 characters kept for reading in the quote passage, and cuts the kept copy at a word', () => {
    const filler = 'The committee went over the seating plan again and agreed the catering list. '.repeat(40);
    const long = `${REPLY}\n\n-----Original Message-----\nFrom: Rivera, Nina\nSent: Monday, May 7, 2001 9:12 AM\nSubject: Venue\n\n${filler}\n\n${HALL}`;
    const [reply, quoted] = chunksOf(message('i', 'RE: Venue', long));
    expect(quoted!.text).toContain('the deposit is $450');
    const kept = String(reply!.data?.quoted);
    expect(kept.length).toBeLessThanOrEqual(2000);
    expect(kept.endsWith('…')).toBe(true);
    // The last word kept is a whole word of the text.
    const last = kept.slice(0, -1).split(/\s+/).at(-1)!;
    expect(filler.split(/\s+/)).toContain(last);
  });
});

describe('quoted messages written by an address alone, or long', () => {
  it('makes a passage of a quote whose header gives only the writer’s address', () => {
    const quote =
      '-----Original Message-----\nFrom: lpike@example.com [mailto:lpike@example.com]\nSent: Tuesday, January 29, 2002 5:51 PM\nTo: Hale, Tom\nSubject: Re: passport\n\nTom: the visa page should stay in the old passport until the new one is stamped.';
    const [, quoted, ...rest] = chunksOf(message('c', 'FW: passport', `${REPLY}\n\n${quote}`));
    expect(rest).toEqual([]);
    expect(quoted?.text).toContain('old passport');
    expect(quoteOf(quoted!)?.author).toBe('lpike@example.com');
  });

  it('searches the last lines of a long quoted report', () => {
    const report = Array.from(
      { length: 160 },
      (_, i) => `Line ${i + 1} of the harbour report says little.`,
    ).join('\n');
    const quote = `-----Original Message-----\nFrom: Rivera, Nina\nSent: Monday, May 7, 2001 9:12 AM\nTo: Hale, Tom\nSubject: Report\n\n${report}\nThe board must decide on the Quarry Lane hall by 06/21/01.`;
    const [, quoted] = chunksOf(message('d', 'RE: Report', `${REPLY}\n\n${quote}`));
    expect(quoted!.text.length).toBeGreaterThan(6000);
    expect(quoted!.text).toContain('by 06/21/01');
  });
});
