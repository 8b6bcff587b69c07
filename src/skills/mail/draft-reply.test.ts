import { describe, expect, it } from 'vitest';
import type { Address, Message } from '../../formats/model.ts';
import { draftReply, intentReference, intentSentence, subjectTopic } from './draft-reply.ts';
import {
  addressedName,
  type MailThread,
  nameFromAddressInText,
  personalName,
  readableName,
  type SourcedMessage,
  signatureName,
} from './mail-thread.ts';

const ME = 'ivo.brandt@example.org';
const ivo: Address = { address: ME };
const frida: Address = { address: 'fsand@example.net' };

function message(subject: string, from: Address, to: Address[], text: string): SourcedMessage {
  return {
    type: 'message',
    messageId: 'm1@example.net',
    subject,
    from,
    to,
    cc: [],
    bcc: [],
    date: '2026-05-04T10:00:00Z',
    references: [],
    text,
    attachments: [],
    headers: {},
    locator: { messageId: 'm1@example.net' },
    path: 'inbox.mbox',
  };
}

const reply = (subject: string, text: string, me: Address = { ...ivo, name: 'Ivo Brandt' }) =>
  draftReply(
    {
      id: 't1',
      subject,
      messages: [message(subject, frida, [ivo], text)],
      participants: [frida, ivo],
    } as MailThread,
    { me, now: new Date('2026-05-05T09:00:00Z') },
  ).message.text;

describe('a builtin reply reads as a person would write it', () => {
  it('names the topic only when the subject reads as one', () => {
    expect(subjectTopic('Re: the Lindholm lease')).toBe('the Lindholm lease');
    expect(subjectTopic('Budget 2027')).toBe('Budget 2027');
    for (const subject of [
      'hey',
      'Greetings from your cousin in Bergen!',
      'Did you get the forms',
      'HARBOUR TRIP UPDATE',
      '(no subject)',
      'Quick question',
      'Good morning -',
      'Notes on the meeting about the second phase of the canal works and the budget',
    ])
      expect(subjectTopic(subject)).toBeUndefined();
    expect(reply('hey', 'Are you coming on Friday?')).toMatch(/^Hello,\n\nThanks for your message\.\n/);
  });

  it('answers a thread without a subject with a bare "Re:", never the list\'s "(no subject)"', () => {
    const subjectOf = (subject: string, threadSubject: string) =>
      draftReply(
        {
          id: 't1',
          subject: threadSubject,
          messages: [message(subject, frida, [ivo], 'Are you coming on Friday?')],
          participants: [frida, ivo],
        } as MailThread,
        { me: ivo, now: new Date('2026-05-05T09:00:00Z') },
      ).message.subject;
    expect(subjectOf('', '(no subject)')).toBe('Re:');
    expect(subjectOf('', 'Ferry times')).toBe('Re: Ferry times');
    expect(subjectOf('Ferry times', 'Ferry times')).toBe('Re: Ferry times');
    expect(subjectOf('RE: Ferry times', 'Ferry times')).toBe('RE: Ferry times');
  });

  it('greets the writer by the name they sign with, not the relation they sign as', () => {
    const text = reply('Shares', 'Have you seen the announcements?\n\nYour Uncle  Rolf');
    expect(text).toMatch(/^Hi Rolf,/);
    expect(signatureName({ text: 'See you soon.\n\nYour friend, Maja Holm' })).toBe('Maja Holm');
    expect(signatureName({ text: 'See you soon.\n\nYours' })).toBeUndefined();
  });

  it('greets by the middle name a writer signs with, and by the first name otherwise', () => {
    const draft = (signed: string) =>
      draftReply(
        {
          id: 't1',
          subject: 'Dock fees',
          messages: [
            message(
              'Dock fees',
              { name: 'Holm, Anders Teo', address: 'ateo.holm@example.net' },
              [ivo],
              `Ivo,\n\nThe dock fees rose to $410.\nLet me know when you can come down.\n\n${signed}`,
            ),
          ],
          participants: [frida, ivo],
        } as MailThread,
        { me: { ...ivo, name: 'Ivo Brandt' }, now: new Date('2026-05-05T09:00:00Z') },
      ).message.text;
    expect(draft('Teo')).toMatch(/^Hi Teo,/);
    expect(draft('Anders')).toMatch(/^Hi Anders,/);
    expect(draft('The dock office')).toMatch(/^Hi Anders,/);
  });

  it('greets the name a mail is closed with: the short name its sender goes by, or the person who wrote it from their account', () => {
    const draft = (from: Address, to: Address[], text: string) =>
      draftReply(
        {
          id: 't2',
          subject: 'Quarry lease',
          messages: [message('Quarry lease', from, to, text)],
          participants: [from, ivo],
        } as MailThread,
        { me: { ...ivo, name: 'Ivo Brandt' }, now: new Date('2026-05-05T09:00:00Z') },
      ).message.text;
    const oswin = { name: 'Petrak, Oswin', address: 'opetrak@example.net' };
    const maren = { name: 'Dulle, Maren', address: 'mdulle@example.net' };
    const toIvo = [{ ...ivo, name: 'Brandt, Ivo' }];
    // The name a sender goes by, after a closing.
    expect(draft(oswin, toIvo, 'Ivo,\n\nThe quarry lease runs to June.\n\nThanks,\n\nOzzy')).toMatch(
      /^Hi Ozzy,/,
    );
    // An assistant sending a memo for the person who wrote it.
    expect(
      draft(maren, toIvo, 'Ivo,\n\nAttached is the lease memo we spoke of.\n\nRegards,\n\nTamsin'),
    ).toMatch(/^Hi Tamsin,/);
    // No closing, a recipient's name, a closing word or a note to nobody: the sender's first name as before.
    expect(draft(oswin, toIvo, 'Ivo\n\nThe quarry map is attached.\n\nIvo')).toMatch(/^Hi Oswin,/);
    expect(draft(oswin, toIvo, 'The quarry map is attached.\n\nThanks,\nIvo')).toMatch(/^Hi Oswin,/);
    expect(draft(oswin, toIvo, 'The quarry map is attached.\n\nRegards,\nOK.')).toMatch(/^Hi Oswin,/);
    expect(draft(maren, [], 'Lease review at 3 pm.\n\nThanks,\n\nTamsin')).toMatch(/^Hi Maren,/);
  });

  it('lists the questions without their list markers, greeting or small talk', () => {
    const [text] = reply(
      'Trip',
      'Hi Ivo, how are things - I want to be clear on the plans:\n- you are booking the cabin?\n- can you get the ferry tickets?\nPlease give my thanks to Vera again.',
    ).split(/\nOn .* wrote:/);
    expect(text).toContain('On your questions:');
    expect(text).toContain('- "you are booking the cabin?" — [your answer]');
    expect(text).toContain('- "can you get the ferry tickets?" — [your answer]');
    expect(text).not.toMatch(/how are things|thanks to Vera|"- /);
    expect(reply('Lease', 'Make sure to send the signed lease to Ottilie by Monday.')).toMatch(
      /On your request:\n- "Make sure/,
    );
  });

  it('heads a list of questions and things to do as both, not as questions', () => {
    const text = reply(
      'Kiln rota',
      'Ivo, the rota is in the shed. You will need to sign it before Friday. Can you take the Saturday firing?',
    );
    expect(text).toContain('On your questions and requests:');
    expect(text).toContain('- "You will need to sign it before Friday." — [your answer]');
    expect(text).toContain('- "Can you take the Saturday firing?" — [your answer]');
  });

  it('signs with the name others write to the user with when the user has no sent mail', () => {
    const inbox: Message[] = [
      message('A', frida, [{ address: ME, name: 'Brandt, Ivo' }], 'x'),
      message('B', frida, [{ address: ME, name: 'Brandt, Ivo' }], 'y'),
      message('C', frida, [{ address: ME, name: 'Ivo B.' }], 'z'),
      message('D', frida, [{ address: 'other@example.org', name: 'Someone Else' }], 'w'),
    ];
    expect(addressedName(inbox, 'IVO.BRANDT@example.org')).toBe('Ivo Brandt');
    expect(readableName('"Sand, Frida"')).toBe('Frida Sand');
    expect(readableName('fsand@example.net')).toBeUndefined();
  });
});

describe('a sender known by address alone', () => {
  it('is named as the message itself writes the name the address spells, never from the address alone', () => {
    const forwarded = {
      text: 'Are you booking the hotel?',
      quoted:
        '---- Forwarded by Rolf C Dahl/Sales/NO on 08/09/2001 02:47 PM ----\nSiv Moe <smoe@example.net>',
    };
    expect(nameFromAddressInText('rolf.c.dahl@example.com', forwarded)).toBe('Rolf C Dahl');
    expect(personalName({ address: 'rolf.c.dahl@example.com' }, forwarded)).toBe('Rolf');
    expect(
      nameFromAddressInText('rolf.c.dahl@example.com', { text: 'Are you booking the hotel?' }),
    ).toBeUndefined();
    expect(nameFromAddressInText('rdahl@example.com', forwarded)).toBeUndefined();
    // The address written out is not the name.
    expect(
      nameFromAddressInText('rolf.dahl@example.com', { text: 'Write to rolf.dahl@example.com today.' }),
    ).toBeUndefined();
  });
});

describe('a last message that neither names nor signs its writer', () => {
  const pal: Address = { address: 'kpal7@example.net' };
  const thread = (first: string, last: string): MailThread => ({
    id: 't2',
    subject: 'greetings',
    messages: [
      { ...message('greetings', pal, [ivo], first), messageId: 'm1@example.net' },
      { ...message('RE: greetings', pal, [ivo], last), messageId: 'm2@example.net' },
    ],
    participants: [pal, ivo],
  });
  const greeting = (first: string, last: string) =>
    draftReply(thread(first, last), {
      me: { ...ivo, name: 'Ivo Brandt' },
      now: new Date('2026-05-05T09:00:00Z'),
    }).message.text.split('\n')[0];

  it('greets the writer by the name they signed with earlier in the thread', () => {
    expect(
      greeting(
        'Ivo,\n\nThe mill laid me off last week. Give me a call when you have a chance.\n\nKari Pall',
        'give me your phone number if you do not mind.',
      ),
    ).toBe('Hi Kari,');
  });

  it('takes no closing word for a name', () => {
    expect(greeting('I tried to send this to you earlier.\n\nOuch.', 'are you there?')).toBe('Hello,');
  });
});

describe('a day proposed in answer to an old message', () => {
  it('reads the day words from when the reply is written, not from the message answered', () => {
    // The message is of Wednesday 13 December 2028; the reply is written on Tuesday 4 March 2031.
    const sent = '2028-12-13T10:00:00Z';
    const now = new Date('2031-03-04T09:00:00Z');
    const reference = intentReference(sent, now);
    expect(intentSentence('propose tomorrow 10:00', reference, now)).toBe(
      'Could we meet on Wednesday 5 March at 10:00?',
    );
    expect(intentSentence('propose Thursday 10:00', reference, now)).toBe(
      'Could we meet on Thursday 6 March at 10:00?',
    );
  });

  it('says the year when the day falls in another year than the reply', () => {
    const now = new Date('2031-12-30T09:00:00Z');
    expect(intentSentence('propose Friday 10:00', intentReference('2031-12-29T08:00:00Z', now), now)).toBe(
      'Could we meet on Friday 2 January 2032 at 10:00?',
    );
  });

  it('never reads them from before the message, when the clock is set earlier than it', () => {
    const now = new Date('2031-03-01T09:00:00Z');
    expect(intentReference('2031-03-04T09:00:00Z', now).toISOString()).toBe('2031-03-04T09:00:00.000Z');
    expect(intentReference(undefined, now)).toBe(now);
  });

  it('writes them so in the draft of a reply to an old thread', () => {
    const old = {
      ...message(
        'Boathouse keys',
        frida,
        [ivo],
        'Ivo,\n\nCan we meet to hand over the boathouse keys?\n\nFrida',
      ),
      date: '2028-12-13T10:00:00Z',
    };
    const draft = draftReply(
      { id: 't1', subject: 'Boathouse keys', messages: [old], participants: [frida, ivo] } as MailThread,
      { me: ivo, intent: 'propose tomorrow 10:00', now: new Date('2031-03-04T09:00:00Z') },
    );
    expect(draft.message.text).toContain('Could we meet on Wednesday 5 March at 10:00?');
  });
});
