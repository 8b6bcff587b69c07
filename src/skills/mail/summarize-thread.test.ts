import { describe, expect, it } from 'vitest';
import { sourcedMessage } from '../../../test/helpers/sourced-message.ts';
import type { Address } from '../../formats/model.ts';
import type { MailThread, SourcedMessage } from './mail-thread.ts';
import { summarizeThread } from './summarize-thread.ts';

const person = (name: string, address: string): Address => ({ name, address });
const mara = person('Quist, Mara', 'mara.quist@example.org');
const oskar = person('Lind, Oskar', 'oskar.lind@example.org');

const message = (n: number, from: Address, to: Address[], text: string) =>
  sourcedMessage(n, from, to, text, { subject: 'Harbour lease' });

const thread = (messages: SourcedMessage[]): MailThread => ({
  id: 't1',
  subject: 'Harbour lease',
  messages,
  participants: [oskar, mara],
});

describe('offers in the lists of a summary', () => {
  const summary = summarizeThread(
    thread([
      message(
        1,
        oskar,
        [mara],
        'The harbour board wants the lease signed. Please send me the signed lease by Friday. Let me know if you want a draft prepared. Let me know if you want me to call the board first.',
      ),
    ]),
  );

  it('are neither asked, open nor owed; the request beside them is', () => {
    const asked = summary.asked.map((point) => point.text);
    expect(asked).toEqual(['Please send me the signed lease by Friday.']);
    expect(summary.openQuestions.map((point) => point.text)).toEqual(asked);
    expect(summary.owes.map((item) => `${item.owner}: ${item.task}`)).toEqual([
      'Mara Quist: Please send me the signed lease by Friday.',
    ]);
  });

  it('are said as offered in the summary, the request beside them as asked', () => {
    const reply = summarizeThread(
      thread([
        message(1, oskar, [mara], 'Could you find the old deed for the harbour board?'),
        message(
          2,
          mara,
          [oskar],
          'I found the deed in the archive. Let me know how I can help with the permit.',
        ),
      ]),
    );
    expect(reply.summary).toMatch(/Oskar Lind asked: "Could you find the old deed for the harbour board\?"/);
    expect(reply.summary).toMatch(/Mara Quist offered: "Let me know how I can help with the permit"/);
  });

  it('an offer naming two ways to go still asks the reader to choose', () => {
    const choice = summarizeThread(
      thread([
        message(1, oskar, [mara], 'Let me know if you want us to book the hall now or wait until May.'),
      ]),
    );
    expect(choice.asked).toHaveLength(1);
    expect(choice.owes[0]?.owner).toBe('Mara Quist');
  });
});

describe('the dates of a long message', () => {
  const prices = [
    'The east dock costs $4,100 a month.',
    'The west dock costs $3,900 a month.',
    'Cleaning adds $350 a visit.',
    'Insurance is $1,200 a year.',
    'The crane hire is $640 a day.',
    'Storage is $12 a pallet.',
    'The deposit is $8,000.',
    'Late payment adds 2% a month.',
  ].join(' ');
  const summary = (text: string) => summarizeThread(thread([message(1, oskar, [mara], text)])).summary;

  it('are not lost to the length budget when figures fill it', () => {
    const text = `${prices}\n\nThe new lease takes effect 11/3/2026 or as soon as the board allows.\n\nThe latest we can hear from the board is Thanksgiving.\n\nI will present the terms at the August board meeting.`;
    const said = summary(text);
    expect(said).toMatch(/takes effect 11\/3\/2026/);
    expect(said).toMatch(/is Thanksgiving/);
    expect(said).toMatch(/at the August board meeting/);
  });

  it('do not include a holiday wish, and a price is no clock time', () => {
    const said = summary(
      `${prices}\n\nHappy Thanksgiving to the whole crew and their families.\n\nThe crane list shows 56.70 and 43.10 for the two sizes we use.`,
    );
    expect(said).not.toMatch(/Happy Thanksgiving/);
    expect(said).not.toMatch(/crane list shows/);
  });
});

describe('figures set out as table lines under a lead-in', () => {
  const said = (text: string) => summarizeThread(thread([message(1, oskar, [mara], text)])).summary;

  it('are joined to the lead-in, so the amounts reach the summary with what they are', () => {
    const summary = said(
      'The board approved the harbour budget today.  Two amounts were set aside for the quay:\n\nNorth quay repairs      $ 41,250.00\nSouth quay dredging    $18,900.50\n\nWe start work in May.',
    );
    expect(summary).toContain(
      '"Two amounts were set aside for the quay: North quay repairs $41,250.00; South quay dredging $18,900.50"',
    );
  });

  it('stay as they are under a sentence that is no lead-in', () => {
    const summary = said(
      'The board approved the harbour budget today.  We start work in May.\n\nNorth quay repairs      $ 41,250.00\nSouth quay dredging    $18,900.50\n',
    );
    expect(summary).not.toContain('; South quay');
  });
});

describe('a reply that quotes the reader’s own answer under an address-only header', () => {
  const ola = person('', 'kpal7@example.net');
  const summary = summarizeThread(
    thread([
      message(
        1,
        ola,
        [mara],
        'Mara,\n\nThe mill laid off a fifth of its staff last week, and I was one of them. Give me a call when you have a chance at 555-010-7000.\n\nOla Pall',
      ),
      sourcedMessage(2, ola, [mara], 'give me your phone number if you do not mind.', {
        subject: 'RE: Harbour lease',
        quoted: [
          '----- Original Message -----',
          'From: <Mara.Quist@example.org>',
          'To: <kpal7@example.net>',
          'Sent: Monday, March 2, 2026 7:44 AM',
          'Subject: RE: Harbour lease',
          '',
          '> Ola,',
          '>',
          '> Sorry to hear the news.  Give me a call anytime today.',
          '>',
          '> Mara',
          '>',
          '>       -----Original Message-----',
          '>      From:   "pall" <kpal7@example.net>',
          '>      Sent:   Sunday, March 1, 2026 4:24 PM',
          '>      To:     mara.quist@example.org',
          '>      Subject:  Harbour lease',
          '>',
          '>      Mara,',
          '>',
          '>      The mill laid off a fifth of its staff last week, and I was one of them.',
        ].join('\n'),
      }),
    ]),
  ).summary;

  it('credits the quoted words to the person the address belongs to, never to the replier', () => {
    expect(summary).toMatch(/Mara Quist \(quoted by Ola Pall\)[^:]*: "Give me a call anytime today"/);
    expect(summary).not.toMatch(/Ola Pall(?: asked)?: "Give me a call anytime/);
    expect(summary).not.toMatch(/Original Message|> /);
  });
});

describe('a forward that carried only a Notes stamp with its fields on one line', () => {
  it('quotes no header: the stamp names who wrote, to whom and the subject, nothing said', () => {
    const summary = summarizeThread(
      thread([
        sourcedMessage(1, oskar, [mara], '', {
          subject: 'Harbour lease revised',
          quoted:
            '----- Forwarded by Oskar Lind/OSL/HBR on 03/01/2026 08:48 PM -----\n\n\n\tTuva Ek@HBR 03/01/2026 04:33 PM \t   To: Oskar Lind/OSL/HBR@HBR, Ivo Sand/HOU/HBR@HBR  cc:   Subject: Harbour lease revised\t\n',
        }),
      ]),
    ).summary;
    expect(summary).toMatch(/^"Harbour lease" is a message from Oskar Lind/);
    expect(summary).not.toMatch(/Subject:|cc:|@HBR/);
  });
});

describe('a forward of a forward, each under its Notes stamp', () => {
  it("quotes what the first writer said, never a stamp's address and date line", () => {
    const summary = summarizeThread(
      thread([
        sourcedMessage(1, oskar, [mara], '', {
          subject: 'Thanks for the lantern',
          quoted: [
            '---------------------- Forwarded by Oskar Lind/OSL/HBR on 03/01/2026 ',
            '05:59 PM ---------------------------',
            '',
            'Tuva Ek',
            '03/01/2026 05:02 PM',
            '',
            'To: Oskar Lind/OSL/HBR@HBR',
            'Subject: Thanks for the lantern',
            '',
            '---------------------- Forwarded by Tuva Ek/OSL/HBR on 03/01/2026 ',
            '04:38 PM ---------------------------',
            '',
            'ivo_sand@fjordline.example on 03/01/2026 04:34:58 PM',
            'To: tuva.ek@example.org',
            '',
            'Subject: Thanks for the lantern',
            '',
            'Thank you for the brass lantern.  I decided to hang it in the ferry office at Kvinnherad.',
          ].join('\n'),
        }),
      ]),
    ).summary;
    expect(summary).toContain('I decided to hang it in the ferry office at Kvinnherad');
    expect(summary).not.toMatch(/fjordline\.example on|04:34:58/);
  });
});

describe('the people a thread is between', () => {
  it('names a bare address once when it spells a named participant of the same domain', () => {
    const tove = person('Tove Brekke', 'tove.brekke@example.org');
    const bare = person('', 'tbrekke@example.org');
    const other = person('', 'tbrekke@example.net');
    const summary = summarizeThread({
      id: 't2',
      subject: 'Harbour lease',
      messages: [
        message(1, oskar, [bare], 'The harbour board wants the lease signed by Friday.'),
        message(2, oskar, [tove, other], 'The lease is signed; the board has its copy.'),
      ],
      participants: [oskar, bare, tove, other],
    }).summary;
    expect(summary).toMatch(/between Oskar Lind, Tove Brekke and tbrekke@example\.net \[1\]/);
  });
});

describe("the writer's name typed as a sign-off", () => {
  it('is not quoted as something they said, in any case', () => {
    const summary = summarizeThread(
      thread([
        message(1, mara, [oskar], 'Oskar,\n\nThe crane can come on Tuesday instead.\n\nmara.'),
        message(2, oskar, [mara], 'mara\n\nTuesday suits the dock crew.\n\n- oskar'),
      ]),
    );
    expect(summary.summary).toContain('The crane can come on Tuesday instead');
    expect(summary.summary).toContain('Tuesday suits the dock crew');
    expect(summary.summary).not.toMatch(/"mara\.?"|"- oskar"|"oskar"/i);
  });

  it("is kept when it is not the writer's or a recipient's name", () => {
    const summary = summarizeThread(
      thread([message(1, mara, [oskar], 'Who signs for the crane?\n\nbrandt')]),
    );
    expect(summary.summary).toContain('"brandt"');
  });
});

describe('a subject typed with double spaces', () => {
  it('is quoted on one line with single spaces', () => {
    const summary = summarizeThread({
      ...thread([message(1, oskar, [mara], 'The harbour board meets on Tuesday about the quay.')]),
      subject: 'Quay  lease:   rates\tfor 2031',
    }).summary;
    expect(summary).toMatch(/^"Quay lease: rates for 2031" is a message from Oskar Lind/);
  });
});

describe('a reply under an AOL-style "<< … >>" quote', () => {
  it("quotes the replier's own words, never the quoted ones as theirs", () => {
    const summary = summarizeThread(
      thread([
        message(
          1,
          mara,
          [oskar],
          [
            'In a message dated 3/2/31 9:15:00 AM Eastern Standard Time,',
            'oskar.lind@example.org writes:',
            '',
            '<< The berth fee rises to $4,200 a month from April: 1. a deposit of',
            ' two months 2. a break clause after one year >>',
            '',
            'We signed the old lease at $3,100 a month, so the rise is $1,100 a month.',
          ].join('\n'),
        ),
      ]),
    );
    // Before: "Mara Quist: \"<< The berth fee rises to $4,200 a month from April: 1\"".
    expect(summary.summary).not.toMatch(/<</);
    expect(summary.summary).not.toMatch(/berth fee rises/);
    expect(summary.summary).toMatch(/\$1,100 a month/);
  });
});

describe('a reply to a call for ideas', () => {
  const said = (text: string) => summarizeThread(thread([message(1, mara, [oskar], text)])).summary;

  it('keeps what the writer puts forward, though it names no figure or date', () => {
    const summary = said(
      'Thanks for asking for ideas about the retreat. The last one was a lot of fun for everyone. Travel takes a lot of time for the whole group. My suggestion for the venue is the Lakeside Inn. We should keep the group small this time. The food at the old place was fine too.',
    );
    expect(summary).toContain('the Lakeside Inn');
    expect(summary).toContain('keep the group small');
  });

  it('keeps every item of a numbered list, however few its words', () => {
    const summary = said(
      'Here are my answers to your questions.\n\n1) Harbour View or Lakeside\n2) Budget review and hiring plans\n3) Dinner on the first night\n\nThe last retreat was a lot of fun for everyone. Travel takes a lot of time for the whole group. I can help plan it.',
    );
    expect(summary).toContain('Harbour View or Lakeside');
    expect(summary).toContain('Budget review and hiring plans');
    expect(summary).toContain('Dinner on the first night');
  });
});
