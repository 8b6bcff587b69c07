import { describe, expect, it } from 'vitest';
import { sourcedMessage } from '../../../test/helpers/sourced-message.ts';
import type { Address } from '../../formats/model.ts';
import { bulkMail } from './bulk-mail.ts';
import { draftReply } from './draft-reply.ts';
import { addressedNames, asksEachRecipient, asksOf, contentSentences, isSiteAction } from './mail-acts.ts';
import type { MailThread, SourcedMessage } from './mail-thread.ts';
import { summarizeThread } from './summarize-thread.ts';
import { triageThreads } from './triage.ts';

const ME = 'mara.quist@example.org';
const person = (name: string, address: string): Address => ({ name, address });
const mara = person('Quist, Mara', ME);
const oskar = person('Lind, Oskar', 'oskar.lind@example.org');
const pia = person('Falk, Pia', 'pia.falk@example.org');
const ivo = person('Berg, Ivo', 'ivo.berg@example.org');

const message = (
  n: number,
  from: Address,
  to: Address[],
  text: string,
  extra: Partial<SourcedMessage> = {},
) => sourcedMessage(n, from, to, text, { subject: 'Valve audit', ...extra });

const thread = (messages: SourcedMessage[]): MailThread => ({
  id: 't1',
  subject: messages[0]?.subject ?? 'Valve audit',
  messages,
  participants: [mara, oskar, pia, ivo],
});
const triage = (messages: SourcedMessage[]) =>
  triageThreads([thread(messages)], { me: [ME], now: new Date('2026-03-05T09:00:00Z') })[0];

describe('service mail: notices, account set-ups and web-site instructions ask for no reply', () => {
  it('reads a notice sender, handed-out credentials and a directory-form greeting as automated mail', () => {
    const notice = message(
      1,
      person('', 'pipeline.notices@example.org'),
      [mara],
      'The Nordvik line posted a new notice.',
    );
    expect(bulkMail(notice)?.kind).toBe('automated');
    const account = message(
      1,
      oskar,
      [mara],
      'Your account on the booking system has been set up.\n\nUser ID: mquist\nPassword: tr4in (Please Change)\n\nPlease do not book before the training on Thursday!',
    );
    expect(bulkMail(account)?.reason).toMatch(/account notice/);
    const merge = message(
      1,
      person('Review Desk', 'review@example.org'),
      [mara],
      'QUIST, MARA L,\n\nYou have been selected to give feedback on three colleagues by Friday, March 13.',
    );
    expect(bulkMail(merge)?.kind).toBe('automated');
    // Being chosen for work is no marketing offer; a person's mail that hands out nothing is no notice.
    const chosen = message(
      1,
      oskar,
      [mara, pia],
      'Mara, Pia,\n\nYou have been selected by the board to check the valve figures from 01/12 forward.',
    );
    expect(bulkMail(chosen)).toBeUndefined();
    expect(
      bulkMail(message(1, oskar, [mara], 'Can you send me the password for the shared drive?')),
    ).toBeUndefined();
  });

  it('does not count an instruction carried out on a web site as an ask', () => {
    expect(isSiteAction('Please click the following to go to the web site for detail.')).toBe(true);
    expect(isSiteAction('To log in, please visit www.example.com and use the name below to register.')).toBe(
      true,
    );
    expect(isSiteAction('Please send me the link to the audit site by Friday.')).toBe(false);
    expect(
      asksOf(
        'Please visit www.example.com to register. Please send Oskar the signed valve report by Friday.',
      ),
    ).toEqual(['Please send Oskar the signed valve report by Friday.']);
    const site = triage([
      message(
        1,
        person('Tax Desk', 'desk@example.com'),
        [mara],
        'Dear Mara,\n\nTo log into our web site, please visit www.example.com and use the name below to register.',
      ),
    ]);
    expect(site?.label).not.toBe('needs-reply');
  });

  it('keeps the facts of an automated notice in the summary, without saying it asked anything', () => {
    const notice = message(
      1,
      person('Review Desk', 'review@example.org'),
      [mara],
      'QUIST, MARA L,\n\nYou have been selected to review three colleagues. You are requested to have all forms completed by Friday, March 13, 2026. Please click the following to go to the web site.',
    );
    const summary = summarizeThread(thread([notice])).summary;
    expect(summary).toContain('March 13, 2026');
    expect(summary).not.toMatch(/asked:/);
    expect(summary).not.toContain('Please click');
  });
});

describe('club and company announcements', () => {
  it('reads a greeting to members and a centred flyer as list mail', () => {
    const members = message(
      1,
      person('', 'odd.vik@fjordclub.example'),
      [mara],
      'Members,\n\nThis week: the cheese tasting. Please have your forms in two weeks before the tasting.',
    );
    expect(bulkMail(members)?.kind).toBe('newsletter');
    const flyer = Array.from({ length: 70 }, (_, i) =>
      i % 2 ? `                 Harbour Room, ${i} March` : '            Winter Lecture Series',
    ).join('\n');
    expect(bulkMail(message(1, oskar, [mara], `${flyer}\nPlease have your tickets ready.`))?.kind).toBe(
      'newsletter',
    );
    // A short table set in from the left is a person's mail.
    expect(
      bulkMail(
        message(1, oskar, [mara], `${flyer.split('\n').slice(0, 20).join('\n')}\nCan you check these?`),
      ),
    ).toBeUndefined();
  });

  it("reads a page's HTML source sent as the text as a mass mailing, and asks nothing of it", () => {
    const page = message(
      1,
      person('', 'chance@phonesfree.example'),
      [mara],
      '<!--To put this html into a document, you must copy the JavaScript and-->\n<html>\n<body bgcolor="#ffffff">\nGet a free phone today!\n</body></html>',
    );
    expect(bulkMail(page)?.kind).toBe('newsletter');
    expect(
      triageThreads([thread([page])], { me: [ME], now: new Date('2026-03-05T09:00:00Z') })[0]?.label,
    ).toBe('newsletter');
    // Tags named in a sentence are a person's words.
    expect(
      bulkMail(message(1, oskar, [mara], 'Can you put the table in the body of the page?')),
    ).toBeUndefined();
  });

  it('asks nothing with "please join us in congratulating" or an RSVP by clicking a link', () => {
    expect(asksOf('Please join us in congratulating Pia on her new role.')).toEqual([]);
    expect(asksOf('Please RSVP as soon as possible by clicking on the link below.')).toEqual([]);
    expect(asksOf('Please RSVP to Pia by Friday.')).toEqual(['Please RSVP to Pia by Friday.']);
  });
});

describe('who a request is for', () => {
  it('finds the people a sentence opens by naming', () => {
    expect(addressedNames('Pia and Ivo - Please work out who takes the lead.')).toEqual(['pia', 'ivo']);
    expect(addressedNames('Oskar, please send the audit.')).toEqual(['oskar']);
    expect(addressedNames('Please send the audit.')).toEqual([]);
  });

  it('leaves a request that names other recipients to them, and keeps one that names me', () => {
    const others = message(
      1,
      oskar,
      [pia, ivo, mara],
      'Pia and Ivo - Please work out who takes the lead on the valve audit.',
    );
    expect(triage([others])?.label).toBe('fyi');
    const mine = message(
      1,
      oskar,
      [pia, ivo, mara],
      'Pia and Mara - Please work out who takes the lead on the valve audit.',
    );
    expect(triage([mine])?.label).toBe('needs-reply');
  });

  it('reads "please distribute" as asked of every recipient, however many', () => {
    expect(asksEachRecipient('Please distribute.')).toBe(true);
    expect(asksEachRecipient('Please circulate this to your team.')).toBe(true);
    expect(asksEachRecipient('Oskar will distribute the minutes.')).toBe(false);
    const many = [
      oskar,
      pia,
      ivo,
      mara,
      person('', 'lena.holm@example.org'),
      person('', 'ruth.ek@example.org'),
    ];
    const matrix = message(
      1,
      person('Sand, Egil', 'egil.sand@example.org'),
      many,
      'Attached is the valve matrix for the spring audit. Please distribute.',
    );
    expect(triage([matrix])?.label).toBe('needs-reply');
  });
});

describe('replies', () => {
  const replyTo = (last: SourcedMessage) =>
    draftReply(thread([last]), { me: { ...mara, name: 'Mara Quist' }, now: new Date('2026-03-05T09:00:00Z') })
      .message.text;

  it('lists no request that names another recipient', () => {
    const text = replyTo(
      message(
        1,
        oskar,
        [pia, mara],
        'The valve figures are below. Pia - Let me know if you need the older reports. Mara, can you check the March totals?',
      ),
    );
    expect(text).toContain('can you check the March totals?');
    expect(text.split('Best regards')[0]).not.toContain('older reports');
    // The quoted sender is named as a person writes the name, not as a directory lists it.
    expect(text).toContain('Oskar Lind wrote:');
  });

  it("greets the person who signs, not the firm's name on the sender", () => {
    const text = replyTo(
      message(
        1,
        person('Harbourfirm', 'lena.holm@harbourfirm.example'),
        [mara],
        'Please review the enclosed lease by Friday.\n\nLena Holm\nHarbourfirm',
      ),
    );
    expect(text).toMatch(/^Hi Lena,/);
    // Without a display name, the signed name the address spells beats the firm on the signature's last line.
    expect(
      replyTo(
        message(
          1,
          person('', 'lena.holm@harbourfirm.example'),
          [mara],
          'Please review the enclosed lease by Friday.\n\nLena Holm\nHarbourfirm',
        ),
      ),
    ).toMatch(/^Hi Lena,/);
    // A one-word name the address spells stays.
    expect(
      replyTo(message(1, person('Oskar', 'oskar.lind@example.org'), [mara], 'Can you check the totals?')),
    ).toMatch(/^Hi Oskar,/);
  });

  it('quotes what a bare forward passes on', () => {
    const text = replyTo(
      message(1, oskar, [mara], '', {
        quoted:
          '---------------------- Forwarded by Oskar Lind on 03/01/2026 ----------\nThe valve at Nordvik failed on 3/1 and is back on 3/20.',
      }),
    );
    expect(text).toMatch(/> The valve at Nordvik failed on 3\/1/);
  });
});

describe('salutations and forwards', () => {
  it('ends a salutation line there instead of fusing it into the first sentence', () => {
    expect(contentSentences('Oskar,\nThe policy was written in haste in the spring of 2019.')).toEqual([
      'The policy was written in haste in the spring of 2019.',
    ]);
    expect(contentSentences('Pia, Ivo & Oskar,\nYou will soon get the agenda.')).toEqual([
      'You will soon get the agenda.',
    ]);
    expect(
      contentSentences('<<Harbour lease 2026.DOC>>\n\nEnclosed is the harbour lease for your signature.'),
    ).toEqual(['Enclosed is the harbour lease for your signature.']);
    // A name inside a paragraph stays.
    expect(contentSentences('We met in Bergen,\nNorway last spring.')[0]).toContain('Bergen');
  });

  it('says a Notes forward without "Fw:" was forwarded, not quoted', () => {
    const forward = message(
      1,
      oskar,
      [mara],
      'Mara,\n\nSee the figures below, which settle the question of the spring audit for all three valve sites.',
      {
        quoted:
          '---------------------- Forwarded by Oskar Lind/OSL/NRD on 03/01/2026 10:55 AM ---------------------------\nFrom: Pia Falk on 03/01/2026 10:43 AM\nTo: Oskar Lind\nSubject: Re: Valve audit\n\nThe audit will cost $12,400 and ends on March 20.',
      },
    );
    const summary = summarizeThread(thread([forward])).summary;
    expect(summary).toContain('$12,400');
    expect(summary).toMatch(/forwarded by Oskar Lind/);
    expect(summary).not.toMatch(/quoted by/);
  });
});
