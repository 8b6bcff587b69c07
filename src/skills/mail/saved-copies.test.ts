import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { Message } from '../../formats/model.ts';
import { loadMail } from './load-mail.ts';
import { buildThreads } from './mail-thread.ts';
import { withoutSavedCopies } from './saved-copies.ts';

function message(id: string, date: string, fields: Partial<Message> = {}): Message {
  return {
    type: 'message',
    messageId: id,
    subject: 'Storage plan',
    from: { name: 'Ada Quill', address: 'ada@example.com' },
    to: [{ address: 'ben@example.com' }],
    cc: [],
    bcc: [],
    references: [],
    date,
    text: 'Ben, the storage plan for next year is attached. Please send me your numbers by Friday.',
    attachments: [],
    headers: {},
    locator: {},
    ...fields,
  };
}

describe('withoutSavedCopies', () => {
  it('keeps the earliest of two copies of one message saved half a day apart', () => {
    const first = message('a@x', '2001-01-04T10:12:00Z');
    const copy = message('b@x', '2001-01-04T22:12:00Z', {
      text: first.text.replace('next year', 'next\nyear'),
    });
    expect(withoutSavedCopies([copy, first])).toEqual([first]);
    // Twelve hours and one of daylight saving apart: still one message; fourteen and more: two.
    const later = message('c@x', '2001-01-04T23:12:00Z');
    expect(withoutSavedCopies([first, later])).toEqual([first]);
    expect(withoutSavedCopies([first, message('d@x', '2001-01-05T00:30:00Z')])).toHaveLength(2);
  });

  it('keeps messages that differ in sender, words or day, and a copy a reply points at', () => {
    const first = message('a@x', '2001-01-04T10:12:00Z');
    const nextDay = message('b@x', '2001-01-05T10:12:00Z');
    const other = message('c@x', '2001-01-04T11:00:00Z', { from: { address: 'cy@example.com' } });
    const changed = message('d@x', '2001-01-04T11:00:00Z', { text: `${first.text} Thanks.` });
    expect(withoutSavedCopies([first, nextDay, other, changed])).toHaveLength(4);
    const copy = message('e@x', '2001-01-04T22:12:00Z');
    const reply = message('f@x', '2001-01-05T09:00:00Z', {
      from: { address: 'ben@example.com' },
      subject: 'Re: Storage plan',
      text: 'Numbers are in the sheet.',
      inReplyTo: '<e@x>',
    });
    expect(withoutSavedCopies([first, copy, reply])).toHaveLength(3);
  });

  it('keeps a short message, which says too little to tell a copy by', () => {
    const short = (id: string, date: string) => message(id, date, { text: 'Call me.' });
    expect(
      withoutSavedCopies([short('a@x', '2001-01-04T10:00:00Z'), short('b@x', '2001-01-04T10:05:00Z')]),
    ).toHaveLength(2);
  });
});

describe('mail threads on an Enron folder holding copies saved twice', () => {
  it('lists a copy saved thirteen hours off once (lavorato-j/comp: one message per thread)', async () => {
    const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'comp.mbox')]);
    expect(messages).toHaveLength(6);
    const threads = buildThreads(messages);
    expect(threads.filter((thread) => thread.subject === 'Bonus Expectations - CONFIDENTIAL')).toHaveLength(
      1,
    );
    expect(threads.map((thread) => thread.messages.length)).toEqual([1, 1, 1]);
  });

  it('lists each message once (lavorato-j/jean: three copies twelve hours apart)', async () => {
    const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'jean.mbox')]);
    expect(messages).toHaveLength(6);
    const subjects = buildThreads(messages).map((thread) => thread.subject);
    expect(subjects.filter((subject) => subject === 'Schedule C Nap. Pad Gas')).toHaveLength(1);
    expect(subjects.filter((subject) => subject === 'Hedging for Pad Gas in 2001')).toHaveLength(1);
    // Two senders wrote "Hedging of Pad Gas in Wells 13 & 14": both stay.
    expect(subjects.filter((subject) => subject === 'Hedging of Pad Gas in Wells 13 & 14')).toHaveLength(2);
    expect(subjects).toHaveLength(4);
  });

  it('lists a reply once when only one copy has an export\'s "<Embedded StdOleLink>" line (lavorato-j/southamerica)', async () => {
    const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'southamerica.mbox')]);
    const argentine = buildThreads(messages).find(
      (thread) => thread.subject === 'Argentine Transaction Summary',
    );
    // Two replies, each saved twice nine hours apart, the later copies quoting with the placeholder.
    expect(argentine?.messages.map((message) => message.date)).toEqual([
      '2000-11-27T13:20:00Z',
      '2000-11-27T17:36:00Z',
    ]);
  });

  it('tells copies apart by their words, not by an embedded-object placeholder', () => {
    const first = message('a@x', '2001-01-04T10:12:00Z', { quoted: 'Ada, can you send the plan?' });
    const copy = message('b@x', '2001-01-04T19:12:00Z', {
      quoted: 'Ada, can you send the plan?\n\n<Embedded Picture (Metafile)>',
    });
    expect(withoutSavedCopies([first, copy])).toEqual([first]);
  });
});
