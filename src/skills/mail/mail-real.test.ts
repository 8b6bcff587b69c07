import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { Message } from '../../formats/model.ts';
import { bulkMail, listAddresses } from './bulk-mail.ts';
import { draftReply } from './draft-reply.ts';
import { withFolderNames } from './folder-names.ts';
import { loadMail } from './load-mail.ts';
import { asksOf, classifySentence } from './mail-acts.ts';
import { buildThreads, ownName, personalName, signatureName, threadOpening } from './mail-thread.ts';
import { summarizeThread } from './summarize-thread.ts';
import { guessOwnerAddresses, triageThreads } from './triage.ts';

function message(fields: Partial<Message>): Message {
  return {
    type: 'message',
    messageId: 'm@example',
    subject: '',
    to: [],
    cc: [],
    bcc: [],
    references: [],
    text: '',
    attachments: [],
    headers: {},
    locator: {},
    ...fields,
  };
}

describe('bulk and automated mail', () => {
  it('is recognised by headers, senders and content, and a person writing is not', () => {
    expect(bulkMail(message({ headers: { 'List-Unsubscribe': '<mailto:x@y>' } }))?.kind).toBe('newsletter');
    expect(bulkMail(message({ headers: { Precedence: 'bulk' } }))?.kind).toBe('newsletter');
    expect(bulkMail(message({ headers: { 'Auto-Submitted': 'auto-generated' } }))?.kind).toBe('automated');
    expect(bulkMail(message({ from: { address: 'arsystem@mailman.enron.com' } }))?.kind).toBe('automated');
    expect(bulkMail(message({ from: { address: 'subscriptions@intelligencepress.com' } }))?.kind).toBe(
      'newsletter',
    );
    expect(
      bulkMail(message({ from: { address: 'jsmith@austintx.com' }, text: 'Can you send the rent roll?' })),
    ).toBeUndefined();
    expect(bulkMail(message({ from: { address: 'eservices@broker.example' } }))?.kind).toBe('automated');
    const receipt = message({
      from: { address: 'shop@gallery.example' },
      text: 'Dear Mira Holt,\n\nThank you for shopping with the Harbour Gallery.\n\nHere are the details of your Harbour Gallery order #5521. Please send all returns to our store.',
    });
    expect(bulkMail(receipt)?.kind).toBe('automated');
    // Senders whose address pieces say what they are, and a greeting to "our client".
    expect(bulkMail(message({ from: { address: 'shop-news@books.example' } }))?.kind).toBe('newsletter');
    expect(bulkMail(message({ from: { address: 'online.service@bank.example' } }))?.kind).toBe('automated');
    expect(bulkMail(message({ from: { address: 'edelivery@broker.example' } }))?.kind).toBe('automated');
    expect(
      bulkMail(
        message({
          from: { address: 'desk@broker.example' },
          text: 'Dear  Harbour  Securities Client:\n\nYour statement is ready.',
        }),
      ),
    ).toBeDefined();
    expect(
      bulkMail(message({ from: { address: 'mira.newsome@harbour.example' }, text: 'Dear Bo, can we talk?' })),
    ).toBeUndefined();
    expect(
      bulkMail(
        message({
          from: { address: 'events@seminars.example' },
          subject: 'Pricing Class',
          text: 'FOR IMMEDIATE RELEASE\nHarbour Seminars announces a pricing class. Early Bird Discount until May 2.',
        }),
      )?.kind,
    ).toBe('newsletter');
    expect(
      bulkMail(message({ from: { address: 'ann@paper.example' }, text: 'As a subscriber, you may log in.' })),
    ).toBeDefined();
  });
});

describe('asks, names and signatures', () => {
  it('leaves closing courtesies and pointers out of the asks', () => {
    expect(
      asksOf(
        "Enclosed please find the amendment. Please sign it and fax a copy to me. If you have any questions, please contact me at 555-0100. Let me know if the link doesn't work.",
      ),
    ).toEqual(['Please sign it and fax a copy to me.']);
  });

  it('reads "please note" after a name or a conjunction as a pointer, and "if there are any questions" as a courtesy', () => {
    expect(classifySentence('Mira - Please note the change of room.')).toBe('statement');
    expect(classifySentence('But please know that the shuttle keeps running all week.')).toBe('statement');
    expect(classifySentence('Mira - please send the floor plan by Monday.')).toBe('request');
    expect(asksOf('Here are your positions. Let me know if anything looks to be incorrect.')).toEqual([]);
    expect(asksOf('Give me your phone number if you do not mind.')).toHaveLength(1);
    expect(asksOf('Please let me know if there are any questions. Please sign the lease.')).toEqual([
      'Please sign the lease.',
    ]);
  });

  it('tells a decision from its absence, and a pointer from a request', () => {
    expect(classifySentence('We agreed to close the Denver office in June.')).toBe('decision');
    expect(classifySentence("We still haven't decided what we will provide.")).not.toBe('decision');
    expect(classifySentence('Nothing is agreed yet on the price.')).not.toBe('decision');
    expect(classifySentence('Please be aware that the servers move tonight.')).toBe('statement');
    expect(classifySentence('Please find the delivery schedule for the spring below.')).toBe('statement');
  });

  it('finds the name a message is signed with, never an address fragment', () => {
    expect(signatureName({ text: 'Am I looking at this right?\n\nThanks A Lot\n\nGreg Thorse' })).toBe(
      'Greg Thorse',
    );
    expect(
      signatureName({
        text: 'Let me know what you think.\n\nSincerely,\n\nSteve\n\n<<Proposal.xls>>\n\n*****\nNotice Regarding Entry of Orders',
      }),
    ).toBe('Steve');
    expect(personalName({ address: 'gthorse@about-cis.com' })).toBeUndefined();
    expect(personalName({ name: 'Kitchen, Louise', address: 'louise.kitchen@enron.com' })).toBe('Louise');
    expect(
      ownName(
        [
          message({ from: { name: 'Phillip K Allen', address: 'p@x' }, text: 'Call me.\n\nPhillip' }),
          message({ from: { name: 'Phillip K Allen', address: 'p@x' }, text: 'FYI' }),
        ],
        'p@x',
      ),
    ).toBe('Phillip');
  });
});

describe('on a real Enron inbox (allen-p)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'allen-p', 'inbox.mbox')]);
  const threads = buildThreads(messages);
  const byId = (id: string) => threads.find((thread) => thread.id === id)!;

  it('marks newsletters and notifications never needing a reply, and a direct ask needing one', () => {
    const triaged = triageThreads(threads, {
      me: ['phillip.allen@enron.com', 'pallen@enron.com', 'k..allen@enron.com', 'pallen70@hotmail.com'],
      now: new Date('2002-01-03T00:00:00Z'),
    });
    const label = (subject: RegExp) =>
      triaged.filter((item) => subject.test(item.subject)).map((item) => item.label);
    expect(new Set(label(/Pizza Hut|NGI Publications|ANCHORDESK/))).toEqual(new Set(['newsletter']));
    expect(label(/Your Approval is Overdue/)).not.toContain('needs-reply');
    expect(label(/^Wednesday Meeting$/)).toEqual(['needs-reply']);
    // Sent to "k..allen@enron.com", the owner's address as the mail writes it, which the reader cleans.
    expect(label(/^West Position$/)).toEqual(['needs-reply']);
    expect(triaged.filter((item) => item.label === 'needs-reply').length).toBeLessThan(20);
  });

  it('summarizes with the facts and the sender by name', () => {
    const summary = summarizeThread(byId('t228f59a524')).summary;
    expect(summary).toMatch(/Greg Thorse asked: "Could you please e-mail me the draw file/);
    expect(summary).toMatch(/vendor payee list/);
    const netco = summarizeThread(byId('tdcd0a4a523')).summary;
    expect(netco).toMatch(/Jan 7/);
    expect(netco).toMatch(/January 14, 2002/);
  });

  it('keeps the offer a bare forward carries, said by the person who wrote it', async () => {
    const sent = await loadMail([join(CORPUS, 'email', 'enron', 'allen-p', 'sent.mbox')]);
    const stage = buildThreads(sent.messages).find((thread) => /^the stage$/i.test(thread.subject))!;
    const summary = summarizeThread(stage).summary;
    expect(summary).toMatch(
      /Jeff Smith \(forwarded by Phillip K Allen\): (?:"[^"]*"; )*"He is offering \$739,000 with \$73,900 down"/,
    );
    expect(summary).toMatch(/\$22,000 of materials/);
    expect(summary).not.toMatch(/opened with: "Jeff,"/);
  });

  it('greets by the signature name and signs with the given name', () => {
    const draft = draftReply(byId('t228f59a524'), {
      me: { address: 'pallen70@hotmail.com', name: 'Phillip' },
      now: new Date('2002-01-03T00:00:00Z'),
    });
    expect(draft.message.text).toMatch(/^Hi Greg,/);
    expect(draft.message.text).toMatch(/Best regards,\nPhillip\n/);
    expect(draft.placeholders).toBeGreaterThan(0);
  });
});

describe('on a second real Enron inbox (lavorato-j)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'inbox.mbox')]);
  const threads = buildThreads(messages);
  const byId = (id: string) => threads.find((thread) => thread.id === id)!;
  const triaged = triageThreads(threads, {
    me: ['john.lavorato@enron.com', 'lavorato@enron.com'],
    now: new Date('2002-03-13T00:00:00Z'),
  });
  const labelOf = (id: string) => triaged.find((item) => item.id === id)?.label;

  it('needs a reply to an RSVP sent to a long list, never to an offer or a subscription notice', () => {
    // "Please indicate if you plan to attend" to 49 people asks each of them.
    expect(labelOf('tb6a35f2570')).toBe('needs-reply');
    // "Let me know if you want us to approach this differently" offers; it asks nothing.
    expect(labelOf('t6ed79d7d66')).not.toBe('needs-reply');
    // "As a subscriber, you may click the hyperlink below" is a publisher's notice.
    expect(labelOf('t802905e84a')).toBe('newsletter');
  });

  it('keeps sentences whole across "L.L.C.", phone numbers and new arrangements, and leaves signatures out', () => {
    const sale = summarizeThread(byId('t9d7aad80e0')).summary;
    expect(sale).toMatch(/On March 30, 2001, Fountain Valley Power, L\.L\.C\. \(87V-FVPL\) sold/);
    // The sender's contact block (title, street address, fax) is a signature, not news.
    expect(sale).not.toMatch(/Smith St|Fax/);
    expect(summarizeThread(byId('t5c98dc63d6')).summary).toMatch(/713 516 1384/);
    expect(summarizeThread(byId('t6ed79d7d66')).summary).toMatch(/indicative offer from Duke/);
  });

  it("replies by display name, signs with the name from the user's sent mail, and leaves a placeholder for every question since they last wrote", async () => {
    const sent = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'sent.mbox')]);
    const name = ownName(sent.messages, 'john.lavorato@enron.com');
    expect(name).toBe('John');
    const reply = (id: string) =>
      draftReply(byId(id), {
        me: { address: 'john.lavorato@enron.com', ...(name ? { name } : {}) },
        now: new Date('2002-03-13T00:00:00Z'),
      });
    // Two messages from the same sender; the second quotes John's answer to the first ("RAC: Bill
    // Bradford, …"), so only what the second asks is left to answer.
    const pay = reply('t19b75fda3b');
    expect(pay.message.text).toMatch(/^Hi David,/);
    expect(pay.message.text).toMatch(
      /- "I was assuming you could just give me EA names[^"]*" — \[your answer\]/,
    );
    expect(pay.message.text).not.toMatch(
      /is there anyone else in EA you would like to make a case to pay\?" —/,
    );
    expect(pay.message.text).toMatch(/Best regards,\nJohn\n/);
    // Questions without a question mark, as quick mail writes them.
    expect(reply('t231ad9e5a9').message.text).toMatch(/- "do you have a #.*" — \[your answer\]/);
    expect(reply('t231ad9e5a9').message.text).toMatch(/^Hi Mark,/);
    expect(reply('tabdb802622').placeholders).toBe(2);
  });
});

describe('on a folder of forwards (lavorato-j deleted items)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'deleted_items.mbox')]);
  const threads = buildThreads(messages);
  const summary = (id: string) => summarizeThread(threads.find((thread) => thread.id === id)!).summary;

  it('reports a forwarded sentence once, leaves forward headers out and names a sender the same way throughout', () => {
    const borg = summary('td91eeea9a5');
    expect(borg.match(/I can give you details/g)).toHaveLength(1);
    expect(borg).not.toMatch(/Importance: High/);
    const marks = summary('tce081b84ef');
    // The third message has no display name and signs "Joe"; the first gives "Joe Delaney". Its
    // opening "Hi John," is a greeting, not part of the news.
    expect(marks).toMatch(/Joe Delaney: "We have signifcant differences/);
    expect(marks).not.toMatch(/\.vcf:/);
  });

  it('reports the news of an earlier message quoted below a reply when the folder holds the reply alone', () => {
    const ppa = summary('ta225660b50');
    expect(ppa).toMatch(/^"Split PPA" is a message from Derek Davies to John Lavorato on 2001-11-21 \[1\]\./);
    expect(ppa).toMatch(
      /Derek Davies: (?:"[^"]*"; )*"The Sundance B PPA will become the Sundance B3 and Sundance B4 PPAs/,
    );
    // The one-word answer quoted in between says nothing and is not reported.
    expect(ppa).not.toMatch(/"great"/);
    const bonds = summary('t6eb3aa3beb');
    expect(bonds).toMatch(
      /Harry Kingerski \(forwarded by Don Black\): (?:"[^"]*"; )*"\$1 million sent prior to 11\/14 deadline"/,
    );
    expect(bonds).toMatch(/Rebecca Fite \(forwarded by Don Black\): "[^"]*30 days to respond"/);
  });

  it('leaves a link written out after its words out of the summary text', () => {
    const notice = summary('t8c0b0d5b4d');
    expect(notice).toMatch(/The report named: Enron Americas Position Report, published as of 11\/20\/2001/);
    expect(notice).not.toMatch(/<http/);
  });

  it('keeps the questions of quoted history out of what is asked now', () => {
    const thread = threads.find((item) => item.id === 't6eb3aa3beb')!;
    expect(summarizeThread(thread).asked).toEqual([]);
  });
});

describe("a lawyer's mail signed below a contact block (allen-p deleted items)", async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'allen-p', 'deleted_items.mbox')]);
  const threads = buildThreads(messages);

  it('names the sender as she signs, in the opening line too, and leaves her phone numbers and address out', () => {
    const summary = summarizeThread(threads.find((thread) => thread.id === 't89bd0c783f')!).summary;
    // pallen@enron.com spells Phillip K. Allen, who takes part under "Allen, Phillip K." too: one person, named once.
    expect(summary).toMatch(/between Michelle L\. Simpkins, Phillip K\. Allen, pallen70@hotmail\.com/);
    expect(summary).toMatch(/Michelle L\. Simpkins asked: "Please sign both documents and FedEx them to me/);
    expect(summary).not.toMatch(/msimpkins@winstead\.com:|370-2836|Austin, Texas/);
  });

  it('takes a reply laid out with a two-column Notes header for the words of its own sender', () => {
    const summary = summarizeThread(threads.find((thread) => thread.id === 'ta30c1496f7')!).summary;
    expect(summary).toMatch(/Mery: "I talked with Ina and scheduled a meeting for Wednesday at 10 am"/);
    // Phillip is named as the one it went to (X-To), never as the one who said or asked anything.
    expect(summary).not.toMatch(/Phillip[\w. ]*(?: asked)?:|Mery asked: "Are we scheduled/);
    expect(summary).toMatch(/\(I will send an e-mail Monday with the room number\.\)/);
  });
});

describe('a one-message status report of bullet points (lavorato-j canada)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'canada.mbox')]);
  const report = buildThreads(messages).find((thread) => thread.subject === 'British Energy')!;

  it('keeps the quantity and the month the plan is set for, besides the money figure', () => {
    const summary = summarizeThread(report).summary;
    expect(summary).toMatch(/500MW's at say a \$2 margin/);
    expect(summary).toMatch(/hedge at least 400MW between now and november/);
  });
});

describe('a bare Notes forward whose forward line wraps (allen-p sent)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'allen-p', 'sent.mbox')]);
  const forward = buildThreads(messages).find((thread) => thread.subject === 'Alliance netback worksheet')!;

  it('gives the forwarded words to their writer, without the wrapped time line, greeting or signed name', () => {
    const summary = summarizeThread(forward).summary;
    expect(summary).toMatch(
      /Julie A Gomez \(forwarded by Phillip K Allen\): "I have attached my worksheet in case you want to review the data/,
    );
    expect(summary).not.toMatch(/Phillip K Allen: "I have attached/);
    expect(summary).not.toMatch(/\d\d:\d\d [AP]M -{3,}|Hello Men|Julie :-\)/);
  });
});

describe('a sent folder written from two addresses under one name (lavorato-j sent items)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'sent_items.mbox')]);

  it('takes both addresses for the owner, so none of their own mail reads as a colleague asking', () => {
    expect(new Set(guessOwnerAddresses(messages))).toEqual(
      new Set(['lavorato@enron.com', 'john.lavorato@enron.com']),
    );
    const triaged = triageThreads(buildThreads(messages), { me: [], now: new Date('2002-01-01T00:00:00Z') });
    expect(
      triaged.filter((thread) => thread.reasons.some((reason) => /not to you|write to often/.test(reason))),
    ).toEqual([]);
  });

  it('follows up mail sent from the second address to the person it went to, never replying to the owner', () => {
    const [address, ...aliases] = guessOwnerAddresses(messages);
    const thread = buildThreads(messages).find(
      (item) => item.messages.at(-1)?.from?.address.toLowerCase() !== address,
    )!;
    const draft = draftReply(thread, {
      me: { address: address! },
      aliases,
      now: new Date('2002-01-01T00:00:00Z'),
    });
    expect([address, ...aliases]).not.toContain(draft.message.to[0]?.address.toLowerCase());
    expect(draft.message.text).toMatch(/Following up on my last message/);
  });
});

describe('a folder of two messages from one colleague to the reader (lavorato-j canada)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'canada.mbox')]);

  it('is the reader’s, not a sent folder of the colleague’s, so the reply is written as the reader', () => {
    expect(guessOwnerAddresses(messages)).toEqual(['john.lavorato@enron.com']);
    const thread = buildThreads(messages).find((item) => item.subject === 'British Energy')!;
    const draft = draftReply(thread, {
      me: { address: 'john.lavorato@enron.com' },
      now: new Date('2001-06-05T00:00:00Z'),
    });
    expect(draft.message.to[0]?.address).toBe('milnthorp@enron.com');
    expect(draft.message.text).not.toMatch(/Following up on my last message/);
  });

  it('stays the writer’s when the file is named as sent mail', () => {
    const sent = messages.map((message) => ({ ...message, path: '/mail/Sent Items' }));
    expect(guessOwnerAddresses(sent)).toEqual(['milnthorp@enron.com']);
  });
});

describe('a folder one colleague wrote most of (lavorato-j southamerica)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'southamerica.mbox')]);

  it('is the reader’s, who received every message, not the colleague’s who wrote six of ten', () => {
    expect(guessOwnerAddresses(messages)).toEqual(['john.lavorato@enron.com']);
    const triaged = triageThreads(buildThreads(messages), { me: [], now: new Date('2001-06-01T00:00:00Z') });
    expect(triaged.flatMap((thread) => thread.reasons)).not.toContain('you sent the last message');
    // The colleague's answer closes with a courtesy ("Do you have any other questions or formats I
    // could assist you with?"): nothing is owed; the other thread asks the reader outright.
    const label = (subject: string) => triaged.find((thread) => thread.subject === subject)?.label;
    expect(label('Argentine Transaction Summary')).toBe('fyi');
    expect(
      triaged.filter((thread) => thread.label === 'needs-reply').map((thread) => thread.reasons[0]),
    ).toEqual([expect.stringContaining('Is this what you are looking for?')]);
  });
});

describe('addresses, citations and the reply quote on a real Enron folder (lavorato-j southamerica)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'southamerica.mbox')]);
  const threads = buildThreads(messages);
  const argentine = threads.find((thread) => thread.id === 't9724777129')!;

  it('cleans quoted addresses and names them from the X-cc list', () => {
    // Cc: 'david.delainey'@enron.com with X-cc: 'David W Delainey' <David W Delainey/HOU/ECT@ECT>
    const addresses = messages.flatMap((item) => [...item.cc, ...item.bcc]);
    expect(addresses.some((address) => /['"]/.test(address.address))).toBe(false);
    // (Bcc has the same addresses, but its X-bcc is empty, so a Bcc copy keeps no name.)
    const ccNames = (address: string) =>
      messages
        .flatMap((item) => item.cc)
        .filter((entry) => entry.address === address)
        .map((entry) => entry.name);
    // "'delainey'.'david'" and "'david.delainey'" are two spellings; both read as plain addresses.
    expect(ccNames('delainey.david@enron.com')).toEqual(['David W Delainey']);
    expect(new Set(ccNames('david.delainey@enron.com'))).toEqual(new Set(['David W Delainey']));
    // "Kishkill, Joe </o=ENRON/…>" and a plain "Joe Kishkill" pair with joe.kishkill by their words.
    expect(new Set(ccNames('joe.kishkill@enron.com'))).toEqual(new Set(['Joe Kishkill', 'Kishkill, Joe']));
  });

  it('names each person once, and lists only the messages its summary cites', () => {
    const summary = summarizeThread(argentine);
    const opening = summary.summary.split(' [1].')[0]!;
    expect(opening).toMatch(/between Michael Guerriero, John J Lavorato, David W Delainey and Joe Kishkill$/);
    expect(opening).not.toMatch(/@/);
    const cited = new Set([...summary.summary.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
    const fromPoints = [...summary.asked, ...summary.decided, ...summary.openQuestions, ...summary.owes];
    for (const citation of summary.citations)
      expect(cited.has(citation.n) || fromPoints.some((point) => point.n === citation.n)).toBe(true);
  });

  it("quotes without embedded-object lines and dates the quote on the writer's clock", () => {
    const me = { address: 'john.lavorato@enron.com', name: 'John' };
    const now = new Date('2002-03-13T00:00:00Z');
    // Date: Mon, 27 Nov 2000 09:36:00 -0800 (PST); its copy saved nine hours later is no message of its own.
    expect(draftReply(argentine, { me, now }).message.text).toMatch(
      /^On Mon, 27 Nov 2000 09:36 -0800, Michael Guerriero wrote:$/m,
    );
    // That later copy quotes with an export's "<Embedded StdOleLink>" line, which the reply leaves out.
    const copies = buildThreads(messages.filter((item) => /<Embedded/.test(item.quoted ?? '')));
    const copy = copies.find((thread) => thread.subject === 'Argentine Transaction Summary')!;
    const reply = draftReply(copy, { me, now });
    expect(reply.message.text).toMatch(/^On Mon, 27 Nov 2000 18:36 -0800, Michael Guerriero wrote:$/m);
    expect(reply.message.text).not.toMatch(/<Embedded/);
  });
});

describe('a folder of mailing-list posts (allen-p straw)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'allen-p', 'straw.mbox')]);

  it('knows the list by its robot writing as "owner-…", and never takes the list for the reader', () => {
    expect(listAddresses(messages)).toEqual(new Set(['strawbale@crest.org']));
    expect(guessOwnerAddresses(messages)).not.toContain('strawbale@crest.org');
    const triaged = triageThreads(buildThreads(messages), { me: [], now: new Date('2001-01-01T00:00:00Z') });
    expect(triaged.filter((thread) => thread.label === 'needs-reply')).toEqual([]);
  });

  it("opens a subjectless relayed post with its first words, not the relay's header block", () => {
    const openings = buildThreads(messages).flatMap((thread) => threadOpening(thread) ?? []);
    expect(openings).toEqual(['There are a number of excellent sites for radiant heating,…']);
  });
});

describe('a subjectless message that opens with a list item (lavorato-j comp)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'comp.mbox')]);

  it('is summarized with the table total, and table rows with their column names', () => {
    const thread = buildThreads(messages).find((one) => /Trading Profits/.test(one.messages[0]?.text ?? ''));
    const summary = thread ? summarizeThread(thread).summary : '';
    expect(summary).toContain('Trading Profits: total 945 (P. Allen 200, M. Grigsby 463, Rest of Desk 282)');
    expect(summary).toContain('Cash: minimum 2 MM, market 4 MM, maximum 6 MM');
    expect(summary).toContain("Here are Mike's numbers \u2014 Cash: minimum 2 MM, market 3 MM, maximum 4 MM");
    expect(summary).not.toMatch(/"Cash 2 MM/);
  });

  it("keeps the one request of a message: 'you will need to call me'", () => {
    const thread = buildThreads(messages).find((one) =>
      /password protected/.test(one.messages[0]?.text ?? ''),
    );
    const summary = thread ? summarizeThread(thread).summary : '';
    expect(summary).toContain('Rob Milnthorp asked: "It\'s password protected, so you will need to call me"');
  });

  it('is listed by the item\'s words, without the "?" the export left for its bullet', () => {
    const openings = buildThreads(messages).flatMap((thread) => threadOpening(thread) ?? []);
    expect(openings.some((opening) => opening.startsWith('Pay well'))).toBe(true);
    expect(openings.filter((opening) => opening.startsWith('?'))).toEqual([]);
  });
});

describe('listAddresses', () => {
  it("reads a list from its robot's address and from List-Post, and no one else's", () => {
    const lists = listAddresses([
      message({ from: { address: 'owner-walkers@club.example' } }),
      message({ from: { address: 'ann@club.example' }, headers: { Sender: 'hikers-request@club.example' } }),
      message({
        from: { address: 'bo@club.example' },
        headers: { 'List-Post': '<mailto:riders@club.example>' },
      }),
      message({ from: { address: 'owner@club.example' } }),
    ]);
    expect(lists).toEqual(new Set(['walkers@club.example', 'hikers@club.example', 'riders@club.example']));
  });
});

describe('an inbox that reaches its reader under three addresses (lavorato-j personal)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'personal.mbox')]);

  it('takes every address of the reader, by the name the folder writes with it or its local part', () => {
    const [main, ...aliases] = guessOwnerAddresses(messages);
    expect(main).toBe('john.lavorato@enron.com');
    // "John J. Lavorato <lavorato@enron.com>" in the folder, and "john.j.lavorato@…" spells the name.
    expect(new Set(aliases)).toEqual(new Set(['lavorato@enron.com', 'john.j.lavorato@enron.com']));
  });

  it('asks the reader what mail to an alias asks, instead of calling it a question to a wider group', () => {
    const triaged = triageThreads(buildThreads(messages), { me: [], now: new Date('2002-01-01T00:00:00Z') });
    const label = (subject: string) => triaged.find((thread) => thread.subject === subject);
    // Before: fyi, "a question or request to a wider group, not to you", though each went to the reader alone.
    for (const subject of [
      'Vacation Request',
      'your blurb for the recruiting web site',
      'Update on relocation process',
    ])
      expect(label(subject)?.label, subject).toBe('needs-reply');
    // Mail to many people, or about the reader to others, still asks a wider group.
    expect(
      triaged
        .filter((thread) => thread.reasons.some((reason) => /wider group/.test(reason)))
        .map((thread) => thread.subject)
        .sort(),
    ).toEqual([
      'Contact numbers for the weekend',
      'Payments for Lavorato',
      "Proof Positive That I'm Actually Alive",
    ]);
  });

  it('names the reader under an alias in a summary by the name the folder gives them, not by the address', () => {
    const thread = buildThreads(messages).find((item) => item.subject === 'Update on relocation process');
    if (!thread) throw new Error('thread missing');
    // Before: "… to john.j.lavorato@enron.com …" and "john.j.lavorato@enron.com owes: …".
    expect(summarizeThread(thread).summary).toContain('john.j.lavorato@enron.com owes');
    const summary = summarizeThread(withFolderNames(thread, messages)).summary;
    expect(summary).not.toContain('john.j.lavorato@');
    expect(summary).toMatch(/to John (?:J\.? )?Lavorato on 2000-06-22/);
    expect(summary).toMatch(/John (?:J\.? )?Lavorato owes: "Since this document forms part/);
  });
});

describe('an agenda mailed to a long list (lavorato-j california)', async () => {
  const { messages } = await loadMail([join(CORPUS, 'email', 'enron', 'lavorato-j', 'california.mbox')]);

  it("names the writer once before a run of the message's items, not before each", () => {
    const agenda = buildThreads(messages).find(
      (thread) => thread.subject === 'AGENDA   California Call 2-20-01',
    )!;
    const summary = summarizeThread(agenda).summary;
    expect(summary).toContain(
      'James Steffes: "Governor\'s Proposal - What do we know / Enron\'s Response"; "Legislative Update"; "UC/CSU Customer Problem w/ AB1X" [1].',
    );
    expect(summary.match(/James Steffes:/g)).toHaveLength(1);
  });
});
