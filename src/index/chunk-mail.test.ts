import { describe, expect, it } from 'vitest';
import { splitBody } from '../formats/mail/split-body.ts';
import type { Mailbox, Message } from '../formats/model.ts';
import { chunkFile } from './chunk-file.ts';

function message(id: string, subject: string, body: string): Message {
  const split = splitBody(body);
  return {
    type: 'message',
    messageId: `<${id}@example.com>`,
    subject,
    from: { name: 'Tom Hale', address: 'tom@example.com' },
    to: [{ name: 'Ada Kim', address: 'ada@example.com' }],
    cc: [],
    bcc: [],
    date: '2001-05-07T09:00:00Z',
    references: [],
    ...split,
    attachments: [],
    headers: {},
    locator: { messageId: `<${id}@example.com>` },
  };
}

const chunksOf = (...messages: Message[]) =>
  chunkFile({ type: 'mailbox', format: 'mbox', messages } satisfies Mailbox, '/mail/box.mbox');

const QUOTE =
  '-----Original Message-----\nFrom: Rivera, Nina\nSent: Monday, May 7, 2001 9:12 AM\nTo: Tom Hale\nSubject: Grant\n\nThe grant price for the new options is $31.25 per share.';

describe('chunkFile on mail', () => {
  it('searches what a short forward carries, after the note', () => {
    const [chunk] = chunksOf(message('a', 'FW: Grant', `Ada, see below.\n\n${QUOTE}`));
    expect(chunk!.text).toMatch(/^Ada, see below\.\n\n-----Original Message-----\nThe grant price/);
    // The forwarded header block (sender, recipients, date) is not searched.
    expect(chunk!.text).not.toMatch(/From: Rivera, Nina/);
    expect(chunk!.text).toContain('$31.25 per share');
    expect(chunk!.data?.forwarded).toBe(true);
    expect(chunk!.data?.quoted).toBeUndefined();
    // Who wrote the forwarded message, and when, as its header says, with its opening to place it.
    expect(chunk!.data?.forwardedFrom).toEqual([
      {
        author: 'Nina Rivera',
        sent: 'Monday, May 7, 2001 9:12 AM',
        opening: 'the grant price for the new options is $31.25 per share.',
      },
    ]);
  });

  it('reads a forward with no note as the forwarded message', () => {
    const [chunk] = chunksOf(message('b', 'FW: Grant', QUOTE));
    expect(chunk!.text).toBe('The grant price for the new options is $31.25 per share.');
  });

  it('does not index reply history again', () => {
    const [, reply] = chunksOf(
      message('c', 'Grant', 'The grant price for the new options is $31.25 per share.'),
      message('d', 'RE: Grant', `Thanks.\n\n${QUOTE}`),
    );
    expect(reply!.text).toBe('Thanks.');
    expect(reply!.data?.quoted).toContain('$31.25');
    const [long] = chunksOf(
      message(
        'e',
        'RE: Grant',
        `We should hold the grant until the board meets in June and agrees on the pool.\n\n${QUOTE}`,
      ),
    );
    expect(long!.text).not.toContain('$31.25');
  });

  it('keeps the signature in the chunk data, out of the searched text', () => {
    const [lease, lunch] = chunksOf(
      message('f', 'Lease', 'The lease is signed.\n\n-- \nTom Hale\nFax 512.555.0171'),
      message('g', 'Lunch', 'Lunch at noon?\n\nThanks,\nTom'),
    );
    expect(lease!.text).toBe('The lease is signed.');
    expect(lease!.data?.signature).toBe('Tom Hale\nFax 512.555.0171');
    expect(lunch!.text).toBe('Lunch at noon?');
    expect(lunch!.data?.signature).toBe('Thanks,\nTom');
  });
});
