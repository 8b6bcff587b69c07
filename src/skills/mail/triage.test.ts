import { describe, expect, it } from 'vitest';
import { sourcedMessage } from '../../../test/helpers/sourced-message.ts';
import type { Address } from '../../formats/model.ts';
import { draftReply } from './draft-reply.ts';
import { asksOf, classifySentence } from './mail-acts.ts';
import type { MailThread, SourcedMessage } from './mail-thread.ts';
import { summarizeThread } from './summarize-thread.ts';
import { guessOwnerAddresses, triageThreads } from './triage.ts';

const ME = 'mara.quist@example.org';
const person = (name: string, address: string): Address => ({ name, address });
const mara = person('Quist, Mara', ME);
const oskar = person('Lind, Oskar', 'oskar.lind@example.org');
const pia = person('Falk, Pia', 'pia.falk@example.org');

const message = (n: number, from: Address, to: Address[], text: string, quoted?: string) =>
  sourcedMessage(n, from, to, text, { subject: 'Contract wording', ...(quoted ? { quoted } : {}) });

const thread = (messages: SourcedMessage[]): MailThread => ({
  id: 't1',
  subject: 'Contract wording',
  messages,
  participants: [mara, oskar, pia],
});

const ASK =
  'Mara, the draft cannot go out as it is. As per my call, the following changes need to be made:\n\n1. Say "net of tax" in clause 4\n2. Remove the words "at our discretion" from clause 6';
const label = (messages: SourcedMessage[]) =>
  triageThreads([thread(messages)], { me: [ME], now: new Date('2026-03-05T09:00:00Z') })[0];

describe('triage reads the whole thread for what is asked of the reader', () => {
  it('keeps an earlier ask open when a colleague forwards the thread without words of their own', () => {
    const triaged = label([
      message(1, oskar, [mara], ASK),
      message(2, pia, [oskar, mara], '', 'From: Oskar Lind\nI need the income statements back to 2019.'),
    ]);
    expect(triaged?.label).toBe('needs-reply');
    expect(triaged?.reasons.join(' ')).toMatch(/earlier question or request to you/);
  });

  it('closes the ask once the reader wrote, or someone else answered in words of their own', () => {
    expect(
      label([
        message(1, oskar, [mara], ASK),
        message(2, mara, [oskar], 'Done, both changes are in the new draft.'),
        message(3, oskar, [mara], 'Great, it went out to the client this morning.'),
      ])?.label,
    ).not.toBe('needs-reply');
    expect(
      label([
        message(1, oskar, [mara, pia], ASK),
        message(
          2,
          pia,
          [oskar, mara],
          'I made both changes in the shared draft this morning, Oskar; it is ready.',
        ),
      ])?.label,
    ).not.toBe('needs-reply');
    // The reader's answer is not in the mailbox, but the asker's thanks quote it.
    const answered = [
      message(1, oskar, [mara], ASK),
      message(
        3,
        oskar,
        [mara],
        'Thanks, Mara. I will send the signed copy back shortly.',
        '-----Original Message-----\nFrom: Mara.Quist@example.org [mailto:Mara.Quist@example.org]\nSent: Tuesday, March 3, 2026 1:02 PM\nTo: Oskar Lind\nSubject: RE: Contract wording\n\nOskar,\n\nBoth changes are in the new draft.',
      ),
    ];
    expect(label(answered)?.label).not.toBe('needs-reply');
    // A follow-up that quotes the asker's own mail leaves the ask open.
    const chased = [
      message(1, oskar, [mara], ASK),
      message(
        3,
        oskar,
        [mara],
        'Any news on this one? The client is waiting for it today.',
        `-----Original Message-----\nFrom: Lind, Oskar\nSent: Monday, March 2, 2026 10:00 AM\nTo: Quist, Mara\nSubject: Contract wording\n\n${ASK}`,
      ),
    ];
    expect(label(chased)?.label).toBe('needs-reply');
  });

  it('reads "the following changes need to be made" as a request, and reports the list rather than its lead-in', () => {
    expect(classifySentence('As per my call, the following changes need to be made:')).toBe('request');
    expect(classifySentence('The changes we made last week went well.')).toBe('statement');
    const summary = summarizeThread(thread([message(1, oskar, [mara], ASK)])).summary;
    expect(summary).toMatch(/clause [46]/);
    expect(summary).not.toMatch(/asked: "As per my call/);
  });
});

describe('courtesies', () => {
  it('reads "if you need to talk about it, please call me" as a courtesy, not an ask', () => {
    const triaged = label([
      message(
        1,
        oskar,
        [mara],
        'I fixed the $2 million error in your report. If you need to talk to me about it, please call me.',
      ),
    ]);
    expect(triaged?.label).not.toBe('needs-reply');
  });
});

describe('triage leaves receipts, bookings and stock instructions alone', () => {
  const store = person('Larchwood Store', 'webstoreorders@larchwood.example');
  it('labels an order shipped notice automated mail, whatever it asks', () => {
    const triaged = label([
      message(
        1,
        store,
        [mara],
        'Dear Mara,\n\nYour order # LW-4471 has been shipped.\n\nIf you have any questions, please reply to this address. Please be sure to reference your order number with any inquiries.',
      ),
    ]);
    expect(triaged?.label).toBe('fyi');
    expect(triaged?.reasons.join(' ')).toMatch(/automated mail/);
  });

  it('reads "please keep this", "please be assured" and "with any inquiries" as asking nothing', () => {
    expect(classifySentence('Please keep this document as your proof of purchase.')).toBe('statement');
    expect(classifySentence('Please be assured that I will stay available for questions.')).toBe('statement');
    expect(
      asksOf('Any inquiries please call the front desk. Quote your booking code with any questions.'),
    ).toEqual([]);
  });

  it('does not take a statement whose last character was lost as "?" for a question', () => {
    expect(classifySentence('Sorry we did not catch up when I was in town in May.?')).toBe('statement');
    expect(classifySentence('Did we catch up when I was in town in May?')).toBe('question');
  });
});

describe('thread summaries keep the point a longer message opens with', () => {
  const report = (text: string) => summarizeThread(thread([message(1, oskar, [mara, pia], text)])).summary;
  it('keeps the opening statement of a report whose facts come later, and its facts', () => {
    const summary = report(
      'Talks between the county board and the two ferry operators appear to be stalling.\n\nSources say the board rejected the timetable offered this morning.\n\nThe operators are expected to come back with new terms:\n\n1) Raise the subsidy from $2.1 million to $3 million\n\n2) Move the first sailing to 6:40 am\n\nA statement is due later this week.',
    );
    expect(summary).toMatch(/appear to be stalling/);
    expect(summary).toMatch(/\$3 million/);
  });

  it('does not take an apology or a thank-you for the point', () => {
    const summary = report(
      'Oskar here, sorry for the late response.\n\nOn the venue, I would go for the lakeside hotel because it is close to the station.\n\nOn the agenda, two short sessions are enough for us.\n\nA guest speaker would be worthwhile.',
    );
    expect(summary).not.toMatch(/sorry for the late/);
  });

  it('reads a sentence typed without the space after its full stop as two', () => {
    const summary = report(
      'As agreed on the call, I have written a one-page brief on the harbour report titled Lessons from the Storm.If you have any questions, my number is 555 0100.',
    );
    expect(summary).toMatch(/one-page brief on the harbour report/);
  });
});

describe('a reply lists only the questions asked since the reader answered', () => {
  it('counts an answer the asker quotes, though the answer is not in the mailbox', () => {
    const quotedAnswer =
      '-----Original Message-----\nFrom: Mara.Quist@example.org [mailto:Mara.Quist@example.org]\nSent: Tuesday, March 3, 2026 1:02 PM\nTo: Oskar Lind\nSubject: RE: Contract wording\n\nOskar,\n\nCall me on Thursday.';
    const draft = draftReply(
      thread([
        message(1, oskar, [mara], 'Can you send me the clause numbers before Friday?'),
        message(3, oskar, [mara], 'Could you give me your phone number?', quotedAnswer),
      ]),
      { me: { ...mara, name: 'Mara Quist' }, now: new Date('2026-03-04T09:00:00Z') },
    );
    expect(draft.placeholders).toBe(1);
    expect(draft.message.text).toMatch(/Could you give me your phone number\?/);
    expect(draft.message.text).not.toMatch(/- "Can you send me the clause numbers/);
    // Two follow-ups quoting the same answer: both come after it, so both questions are open.
    const both = draftReply(
      thread([
        message(1, oskar, [mara], 'Can you send me the clause numbers before Friday?'),
        message(2, oskar, [mara], 'Do you want the signed copy too?', quotedAnswer),
        message(3, oskar, [mara], 'Could you give me your phone number?', quotedAnswer),
      ]),
      { me: { ...mara, name: 'Mara Quist' }, now: new Date('2026-03-04T09:00:00Z') },
    );
    expect(both.placeholders).toBe(2);
  });
});

describe('a piece pasted below the sign-off', () => {
  it("asks the reader nothing: only the words above the sender's name count", () => {
    const article = `Don't know if you saw this already. Interesting.\n\nOskar\n\nHeadline of the week\nA reporter, A Weekly, 10.29.01\n\nAll those new wind farms mean more cable demand, right? Maybe not. ${'The order books tell a different story this year and the next. '.repeat(6)}`;
    expect(label([message(1, oskar, [mara, pia], article)])?.label).not.toBe('needs-reply');
    // The same question in the sender's own words is an ask.
    expect(
      label([
        message(1, oskar, [mara, pia], 'Mara, will the new wind farms mean more cable demand?\n\nOskar'),
      ])?.label,
    ).toBe('needs-reply');
  });
});

describe('the reader of an inbox under several addresses', () => {
  const inbox = [
    message(1, oskar, [person('Mara Quist', ME)], 'The minutes are attached.'),
    message(2, pia, [person('Quist, Mara', ME)], 'Thanks for the call.'),
    message(3, pia, [person('Mara Quist', 'quist@example.org')], 'Could you check clause 4 by Friday?'),
    message(4, oskar, [person('', 'mara.k.quist@example.org')], 'Can you send me the signed copy?'),
    message(
      5,
      person('Berg, Lena', 'lena.berg@example.org'),
      [person('Quist, Tomas', 'tomas.quist@example.org')],
      'Can you sign the form?',
    ),
  ];

  it("takes an address written with the reader's name, or whose local part spells it, as theirs", () => {
    const [main, ...aliases] = guessOwnerAddresses(inbox);
    expect(main).toBe(ME);
    expect(new Set(aliases)).toEqual(new Set(['quist@example.org', 'mara.k.quist@example.org']));
  });

  it('finds a question sent to an alias asked of the reader', () => {
    const triaged = triageThreads(
      inbox.slice(2).map((one, i) => ({ ...thread([one]), id: `t${i}` })),
      { me: guessOwnerAddresses(inbox), now: new Date('2026-03-05T09:00:00Z') },
    );
    expect(triaged.map((item) => item.label)).toEqual(['needs-reply', 'needs-reply', 'fyi']);
  });
});

describe('a reason says what is asked', () => {
  it('quotes the first ask and counts the rest, so the reader need not open the thread', () => {
    const triaged = label([
      message(
        1,
        oskar,
        [mara],
        'Mara, can you sign the two copies of the lease by Friday? Also, I will need to know the names of the other 3 tenants.',
      ),
    ]);
    expect(triaged?.label).toBe('needs-reply');
    expect(triaged?.reasons[0]).toBe(
      'a direct question or request to you: "Mara, can you sign the two copies of the lease by Friday?" (and 1 more)',
    );
    const sent = label([message(1, mara, [oskar], 'Oskar, please send me the signed lease.')]);
    expect(sent?.reasons[0]).toMatch(
      /^your last message asked a question or made a request: "Oskar, please send/,
    );
  });

  it('quotes the question a reply must answer, not a step stated beside a fact', () => {
    const triaged = label([
      message(
        1,
        oskar,
        [mara],
        'Mara, the rota is in the locked folder, so you will need to phone me for the code.\n\nOn the harbour shifts: did you agree the Sunday hours with Pia, or shall I ask her myself?',
      ),
    ]);
    expect(triaged?.label).toBe('needs-reply');
    // Before: "…the rota is in the locked folder, so you will need to phone me for the code." was quoted.
    expect(triaged?.reasons[0]).toBe(
      'a direct question or request to you: "On the harbour shifts: did you agree the Sunday hours with Pia, or shall I ask her myself?" (and 1 more)',
    );
    // A question put with the same words is a question, and is quoted first as before.
    const asked = label([
      message(
        1,
        oskar,
        [mara],
        'Do you need to see the Sunday figures before the rota goes out or can I send it as it is. Also please check the harbour hours.',
      ),
    ]);
    expect(asked?.reasons[0]).toMatch(/: "Do you need to see the Sunday figures/);
    // With nothing else asked, the stated step is what is quoted.
    const alone = label([
      message(
        1,
        oskar,
        [mara],
        'Mara, the rota is in the locked folder, so you will need to phone me for the code.',
      ),
    ]);
    expect(alone?.reasons[0]).toMatch(
      /: "Mara, the rota is in the locked folder, so you will need to phone me/,
    );
  });
});

describe('a folder of mail one colleague wrote, the reader copied on part of it', () => {
  const ivo = person('Sand, Ivo', 'ivo.sand@example.org');
  const folder = [
    sourcedMessage(1, oskar, [mara], 'The ferry counts for March are attached.', {
      path: '/mail/ferries.mbox',
    }),
    sourcedMessage(2, oskar, [ivo], 'Please add the April crossings to the sheet.', {
      cc: [pia, mara],
      path: '/mail/ferries.mbox',
    }),
  ];

  it('is the reader’s, who received every message on To or Cc, not the writer’s', () => {
    expect(guessOwnerAddresses(folder)).toEqual([ME]);
  });

  it('stays the writer’s when the file is named as sent mail', () => {
    const sent = folder.map((one) => ({ ...one, path: '/mail/Sent Items' }));
    expect(guessOwnerAddresses(sent)).toEqual(['oskar.lind@example.org']);
  });
});

describe('a reply to the reader’s own call for ideas', () => {
  const call =
    'From: Mara Quist\nSent: Monday\n\nHello all. Where should we hold the spring retreat? Please send me your ideas.';

  it('puts its idea forward as a question and needs no reply', () => {
    expect(
      label([message(1, oskar, [mara], 'How about the lake lodge? It is an hour away.', call)])?.label,
    ).not.toBe('needs-reply');
    expect(
      label([message(1, oskar, [mara], 'With respect to the agenda, what about a session on hiring?', call)])
        ?.label,
    ).not.toBe('needs-reply');
  });

  it('still needs one when it asks the reader for something, or when it quotes no request of theirs', () => {
    expect(
      label([message(1, oskar, [mara], 'How about the lake lodge? Can you send me the head count?', call)])
        ?.label,
    ).toBe('needs-reply');
    expect(label([message(1, oskar, [mara], 'How about the lake lodge for the retreat?')])?.label).toBe(
      'needs-reply',
    );
  });
});
