/**
 * ask's answer rules on a small invented workspace indexed for real: compound questions,
 * reminders repeated with new figures, names that a passage must carry, and "which <noun>"
 * questions answered from the event field that names such a thing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mboxMessage } from '../../test/helpers/mbox-message.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { askQuestion, compoundParts } from './ask-question.ts';

function mail(
  id: string,
  date: string,
  from: string,
  subject: string,
  body: string,
  to = 'nora.lind@example.com',
): string {
  return mboxMessage(id, date, from, to, subject, body);
}

const MBOX = [
  mail(
    'cv',
    '2024-03-05T10:00:00Z',
    'ivo.berg@example.com',
    'RE: A CV',
    'I would love to talk to the applicant.  Does he live in Trondheim.  If not I would be happy to do a phone interview.',
  ),
  mail(
    'trip',
    '2024-03-01T10:00:00Z',
    'travel@example.com',
    'Trip to Oslo',
    [
      'Your flight leaves at 9:40.',
      '',
      'HOTEL 12MAR THE GRAND HARBOUR INN',
      '      OSLO',
      '      TELEPHONE: 22 00 11 00',
      '      CONFIRMATION: 5521',
      '      SINGLE ROOM',
      '      NON SMOKING',
      '      GUARANTEE GIVEN',
      '      RATE: NOK 2100.00 PER NIGHT',
      '',
    ].join('\n'),
  ),
  // Sent daily: pending 1 day on 1 March … 30 days on 30 March.
  ...Array.from({ length: 30 }, (_, i) => [
    `r${i + 1}`,
    `2024-03-${String(i + 1).padStart(2, '0')}T08:00:00Z`,
    i + 1,
  ]).map(([id, date, days]) =>
    mail(
      String(id),
      String(date),
      'approvals@example.com',
      'Your approval is overdue: access request for ivo.berg',
      `This request has been pending your approval for ${days} days. Please review it.`,
    ),
  ),
  // A board's changes told in mail: no vote of the Harbour Safety Board is counted anywhere.
  // Notes on the parking rules that fill the first passages read, and tell no vote.
  ...Array.from({ length: 12 }, (_, i) =>
    mail(
      `parking${i + 1}`,
      `2024-03-0${(i % 9) + 1}T09:00:00Z`,
      'ivo.berg@example.com',
      `Parking rules votes and meeting, part ${i + 1}`,
      'The parking rules were read at the meeting; the votes on the parking rules follow the meeting.',
    ),
  ),
  mail(
    'board',
    '2024-03-02T10:00:00Z',
    'ivo.berg@example.com',
    'Board changes',
    'Three members are resigning from the board and four replace them through a process of unanimous written consent.',
  ),
  mail(
    'orvar',
    '2024-02-13T10:00:00Z',
    'Orvar Dahl <orvar.dahl@example.com>',
    'Desk plan',
    'Please put my desk up front by the window for the next six months.',
  ),
  mail(
    'orvar-terms',
    '2024-02-14T10:00:00Z',
    'Rut Sand <rut.sand@example.com>',
    'RE: Orvar',
    'He will consider staying for six months, but he wants 80K up front and 80K at the end.',
  ),
  mail(
    'paul',
    '2024-02-10T10:00:00Z',
    'Paul Dale <paul.dale@example.com>',
    'Offsite',
    'For the offsite we could meet in the Bergen Harbour Hall.',
  ),
  mail(
    'olaf',
    '2024-02-11T10:00:00Z',
    'Olaf Dyer <olaf.dyer@example.com>',
    'Re: Offsite',
    'Paul, I suggest the offsite at the Oslo Plaza Hotel instead.',
  ),
  // Replies about a retreat: many share the question's words; the one by Ruth Kale names her
  // pick only as a proposal, and another Ruth's reply, among the best matches, names no place.
  ...['Ole Dahl', 'Pia Berg', 'Ulf Sand', 'Eva Holt', 'Kai Lund', 'Liv Moen'].map((name, i) =>
    mail(
      `retreat-${i}`,
      `2024-01-1${i}T10:00:00Z`,
      `${name} <${name.toLowerCase().replace(' ', '.')}@example.com>`,
      'Re: Retreat',
      'Where to hold the retreat? I suggest we keep the retreat short and suggest we skip the retreat speeches.',
    ),
  ),
  mail(
    'ruth-moss',
    '2024-01-20T10:00:00Z',
    'Ruth Moss <ruth.moss@example.com>',
    'Re: Retreat',
    'Where to hold the retreat? I suggest we ask the others where to hold the retreat.',
  ),
  mail(
    'ruth-kale',
    '2024-01-21T10:00:00Z',
    'Ruth Kale <ruth.kale@example.com>',
    'Re:',
    ['How about Tromvik (the old harbour hotel)?', '', '> Please send me your ideas for the retreat.'].join(
      '\n',
    ),
  ),
  mail(
    'reno',
    '2024-02-01T10:00:00Z',
    'facilities@example.com',
    'Office space',
    'The landlord renovated floor 12 at a huge cost, so they will not move soon.',
  ),
  mail(
    'fw',
    '2024-02-12T10:00:00Z',
    'Lena Holm <lena.holm@example.com>',
    'FW: Lease details',
    [
      '',
      ' -----Original Message-----',
      'From: \tVik, Arne  ',
      'Sent:\tMonday, February 12, 2024 9:10 AM',
      'To:\tHolm, Lena',
      'Subject:\tLease details',
      '',
      'The Trondheim lease is being written off over 7 years.',
    ].join('\n'),
  ),
  mail(
    'numbers',
    '2024-02-13T10:00:00Z',
    'Ivo Berg <ivo.berg@example.com>',
    'Numbers',
    ['Nils Ek:', 'Home # - 555-201-3344', 'Cell # - 555-201-9988', '', 'Call if you need more.'].join('\n'),
  ),
  mail(
    'note',
    '2024-02-14T10:00:00Z',
    'Lena Holm <lena.holm@example.com>',
    'Crate count',
    [
      'My guess was off a bit.',
      '',
      '---------------------- Forwarded by Lena Holm on 02/14/2024 09:10 AM ---------------------------',
      '',
      'Arne Vik',
      '02/14/2024 08:47 AM',
      'To: Lena Holm',
      '',
      'Lena -',
      '',
      'The Molde depot holds 4,820 crates this week.',
    ].join('\n'),
  ),
  mail(
    'kestrel',
    '2024-02-15T10:00:00Z',
    'Lena Holm <lena.holm@example.com>',
    'Kestrel review',
    [
      'As asked, the Kestrel review.',
      '',
      '---------------------- Forwarded by Lena Holm on 02/15/2024 09:10 AM ---------------------------',
      '',
      'Arne Vik',
      '02/15/2024 08:47 AM',
      'To: Lena Holm',
      '',
      'The modelled return beat the capital price by 13 basis points.',
    ].join('\n'),
  ),
  mail(
    'brochure',
    '2024-02-16T10:00:00Z',
    'Ola Vik <ola.vik@example.com>',
    'RE: Harbour House brochure',
    [
      'I am finishing the sales brochure for the Harbour House.',
      'I also need the 2023 accounts and a tenant list.',
    ].join('\n'),
  ),
  mail(
    'lodge',
    '2024-02-17T10:00:00Z',
    'Events <events@example.com>',
    'Fjell Lodge booking',
    [
      'Fjell Lodge confirmation: #20411 / 20412',
      'Two bedroom suite, arriving 27 September.',
      'Sorry I could not do more on the golf.',
    ].join('\n'),
  ),
  mail(
    'drill',
    '2024-02-18T10:00:00Z',
    'Safety Team <safety@example.com>',
    'Safety drill',
    [
      'The safety team will hold a "safety drill" on Friday, May 17 to practise the evacuation of the yard.',
      '',
      'WHEN:  Friday, May 17',
      'TIME:  10:00 am - 11:00 am',
      'WHERE: Dock Building, room 4B (4th floor)',
    ].join('\n'),
  ),
  mail(
    'bridge',
    '2024-02-19T10:00:00Z',
    'Kari Sand <kari.sand@example.com>',
    'Harbour strategy call',
    [
      'The call-in information for the Harbour strategy call is as follows:',
      '',
      '\t\tDial In Number:\t888-555-0199',
      '\t\tParticipant Code:  \t55123',
    ].join('\n'),
  ),
  // Mail that shares the question's common words but not its name.
  ...Array.from({ length: 14 }, (_, i) =>
    mail(
      `basis${i}`,
      `2024-01-${String(i + 10).padStart(2, '0')}T09:00:00Z`,
      'desk@example.com',
      `Basis points on the capital price, part ${i + 1}`,
      'The capital price and the return on basis points beat what we modelled; the desk will review the basis points and the capital price again.',
    ),
  ),
].join('\n');

const CHAT = [
  '[10:01] <sam_r> how do I get the newer scanner tool on my box?',
  '[10:02] <kit42> sam_r: sudo apt-get install scanutil',
  '[10:03] <sam_r> which version is it?',
  '[10:04] <mo> kit42: that one is old, use the snap',
  '[10:05] <sam_r> that is a pity',
  '[10:07] <lumo> my laptop screen stays black after the boot menu. any ideas?',
  '',
].join('\n');

const VCF = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Moe;Ruth;;;',
  'FN:Ruth Moe',
  'TEL;TYPE=CELL:555-300-1000',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Moe;Ruth;;;',
  'FN:Ruth Moe',
  'TEL;TYPE=WORK,FAX:555-300-2000',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Strand;Peder;;;',
  'FN:Peder Strand',
  'NICKNAME:Pip',
  'TEL;TYPE=CELL:555-300-3000',
  'BDAY:--0203',
  'END:VCARD',
  '',
].join('\r\n');

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:gig-1@example.com',
  'SUMMARY:Tova Quartet - Harbour Jazz Days',
  'DTSTART:20240706T193000Z',
  'DTEND:20240706T210000Z',
  'LOCATION:North Pier Stage',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:review-1@example.com',
  'SUMMARY:Budget review',
  'DTSTART;VALUE=DATE:20240814',
  'DTEND;VALUE=DATE:20240815',
  'ORGANIZER;CN=Siri Dahl:mailto:siri.dahl@example.com',
  'ATTENDEE;CN=Tor Lie:mailto:tor.lie@example.com',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:one-1@example.com',
  'SUMMARY:siri <> tor',
  'DESCRIPTION:weekly 1on1',
  'DTSTART:20240610T090000Z',
  'DTEND:20240610T093000Z',
  'RRULE:FREQ=WEEKLY;COUNT=10',
  'ORGANIZER;CN=Siri Dahl:mailto:siri.dahl@example.com',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let index: SearchIndex;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ask-rules-'));
  const work = join(folder, 'work');
  mkdirSync(work);
  writeFileSync(join(work, 'mail.mbox'), MBOX);
  writeFileSync(join(work, 'gigs.ics'), ICS);
  writeFileSync(join(work, 'channel.txt'), CHAT);
  writeFileSync(join(work, 'people.vcf'), VCF);
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [work], { owner: 'me', now: new Date('2024-04-04T12:00:00Z') });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

const ask = (question: string, now: string) =>
  askQuestion(index, question, { now: new Date(now), asUser: 'me' });

describe("words put in a named person's mouth, ranked low", () => {
  it('their passage is searched among what they wrote when it ranks below the others', async () => {
    const result = await askQuestion(index, 'Where did Ruth suggest for the retreat?', {
      now: new Date('2024-02-01T10:00:00Z'),
      asUser: 'me',
      k: 2,
    });
    expect(result.answer).toContain('Tromvik');
  });
});

describe('compound questions', () => {
  it('splits "… and what/when/where …" into two questions of three words or more', () => {
    expect(compoundParts("Which hotel is Nora booked into in Oslo and what's the nightly rate?")).toEqual([
      'Which hotel is Nora booked into in Oslo?',
      "what's the nightly rate?",
    ]);
    expect(compoundParts('What did Ann and Bob say?')).toBeUndefined();
    expect(compoundParts('Salt and pepper, and what else?')).toBeUndefined();
  });

  it('splits "When and where is …?" into a when and a where question', () => {
    expect(compoundParts('When and where is the safety drill?')).toEqual([
      'When is the safety drill?',
      'Where is the safety drill?',
    ]);
  });
  it('answers when and where from the same mail', async () => {
    const result = await ask('When and where is the safety drill?', '2024-02-20T10:00:00Z');
    expect(result.answer).toContain('May 17');
    expect(result.answer).toContain('Dock Building');
  });
  it('answers both parts, the second from the passage that answered the first', async () => {
    const result = await ask(
      "Which hotel is Nora booked into in Oslo and what's the nightly rate?",
      '2024-03-05T09:00:00Z',
    );
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/GRAND HARBOUR INN/);
    expect(result.answer).toMatch(/2100\.00 PER NIGHT/);
  });
});

describe('reminders repeated with new figures', () => {
  it('answers from the latest one written by now, not a later one', async () => {
    const result = await ask(
      'How many days has the access request for ivo.berg been pending my approval?',
      '2024-03-20T12:00:00Z',
    );
    expect(result.answer).toMatch(/for 20 days/);
  });
});

describe('names the question asks about', () => {
  it('a passage without any of them does not answer', async () => {
    const result = await ask(
      'What budget was approved for the Bergen office renovation?',
      '2024-04-04T12:00:00Z',
    );
    expect(result.found).toBe(false);
  });
});

describe("words put in a named person's mouth", () => {
  it('come from their own mail first, not from mail that names them', async () => {
    const result = await ask('Where did Paul suggest for the offsite?', '2024-02-12T12:00:00Z');
    expect(result.answer).toMatch(/Bergen Harbour Hall/);
    expect(result.answer).not.toMatch(/Oslo Plaza/);
  });
});

describe('a person named as the topic, not the writer', () => {
  it('is answered from mail whose subject names them, beside their own', async () => {
    const result = await ask(
      'How much did Orvar want up front to stay for six months?',
      '2024-02-20T12:00:00Z',
    );
    expect(result.answer).toContain('80K up front');
  });
});

describe('which <noun> questions about an event', () => {
  it('answers from the field that names such a thing', async () => {
    const result = await ask(
      'Which stage is the Tova Quartet playing at Harbour Jazz Days?',
      '2024-07-01T12:00:00Z',
    );
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/North Pier Stage/);
  });
});

describe('"sent me"', () => {
  let mine: SearchIndex;
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ask-sent-me-'));
    const work = join(folder, 'work');
    mkdirSync(work);
    writeFileSync(
      join(work, 'mail.mbox'),
      [
        mail(
          'to-list',
          '2024-05-02T09:00:00Z',
          'Heather Ward <heather.ward@example.com>',
          'Budget figures for the team',
          'The travel budget is 9,000 euros this year.',
          'all-staff@example.com',
        ),
        mail(
          'to-me',
          '2024-05-03T09:00:00Z',
          'Heather Ward <heather.ward@example.com>',
          'Travel',
          'Nora, for your trips you have 1,500 euros this year.',
        ),
        mail(
          'mention',
          '2024-05-04T09:00:00Z',
          'Olaf Dyer <olaf.dyer@example.com>',
          'Budget',
          'Heather Ward says the travel budget may rise to 12,000 euros.',
        ),
        mail(
          'to-other',
          '2024-05-06T09:00:00Z',
          'Olaf Dyer <olaf.dyer@example.com>',
          'Kitchen refit',
          'The kitchen refit starts on Monday; the painters come at eight.',
          'ivo.berg@example.com',
        ),
      ].join('\n'),
    );
    mine = await openIndex(join(folder, 'index.db'));
    await indexPaths(mine, [work], { owner: 'nora.lind@example.com', now: new Date('2024-05-10T00:00:00Z') });
  }, 120_000);
  afterAll(async () => {
    await mine?.close();
  });

  it('is mail from that person with the asking user among its recipients', async () => {
    const result = await askQuestion(mine, 'What did Heather send me about the travel budget?', {
      now: new Date('2024-05-10T09:00:00Z'),
      asUser: 'nora.lind@example.com',
    });
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/1,500 euros/);
    expect(result.answer).not.toMatch(/9,000|12,000/);
  });

  it('"what did I miss" lists mail to the asking user before newer mail to others', async () => {
    const result = await askQuestion(mine, 'What did I miss since May 1?', {
      now: new Date('2024-05-10T09:00:00Z'),
      asUser: 'nora.lind@example.com',
    });
    expect(result.kind).toBe('missed');
    const toMe = result.answer.indexOf('Travel (from Heather Ward, 2024-05-03)');
    const other = result.answer.indexOf('Kitchen refit');
    expect(toMe).toBeGreaterThanOrEqual(0);
    expect(other).toBeGreaterThan(toMe);
  });
});

describe('a forward without words of its own', () => {
  it('is read from the message it forwards', async () => {
    const result = await ask(
      'Over how many years is the Trondheim lease written off?',
      '2024-02-20T10:00:00Z',
    );
    expect(result.found).toBe(true);
    expect(result.answer).toContain('7 years');
  });
});

describe('a forward with a short note', () => {
  it('is read with the message it forwards', async () => {
    const result = await ask('How many crates does the Molde depot hold?', '2024-02-20T10:00:00Z');
    expect(result.answer).toContain('4,820');
  });
});

describe('a phone question that names the kind of line', () => {
  it('takes the line of that kind, and no other kind of line', async () => {
    const cell = await ask("What's Nils Ek's cell number?", '2024-02-20T10:00:00Z');
    expect(cell.answer).toContain('555-201-9988');
    const fax = await ask("What is Nils Ek's fax number?", '2024-02-20T10:00:00Z');
    expect(fax.found).toBe(false);
  });
});

describe('a question asked in a mail', () => {
  it('whether a thing holds of someone, its mark left out, is no answer to which it is', async () => {
    const result = await ask(
      'Which city does the applicant Ivo wrote about live in?',
      '2024-03-06T10:00:00Z',
    );
    expect(result.found).toBe(false);
  });
});

describe('chat nicks', () => {
  it("words put in a lower-case nick's mouth come from their own lines", async () => {
    const result = await ask('What command did kit42 give sam_r?', '2024-02-20T10:00:00Z');
    expect(result.answer).toContain('apt-get install scanutil');
    expect(result.answer).not.toContain('snap');
  });
  it('a nick with digits added is the same person', async () => {
    const result = await ask('Which command did kit give for the scanner tool?', '2024-02-20T10:00:00Z');
    expect(result.answer).toContain('apt-get install scanutil');
  });
  it('a line that only shares the speaker, or only asks, answers nothing', async () => {
    const result = await ask('Which scanner model did sam_r want to buy?', '2024-02-20T10:00:00Z');
    expect(result.found).toBe(false);
  });
  it('the lines of the one the question names as advised put the problem: unanswered, nothing answers', async () => {
    const result = await ask(
      'What fix did anyone suggest for lumo, whose laptop screen stays black after the boot menu?',
      '2024-02-20T10:00:00Z',
    );
    expect(result.found).toBe(false);
  });
});

describe('contact cards', () => {
  it('of two cards with one name, the one that has the field asked answers', async () => {
    const result = await ask("What is Ruth Moe's fax number?", '2024-02-20T10:00:00Z');
    expect(result.found).toBe(true);
    expect(result.answer).toContain('555-300-2000');
  });
  it('a nickname on a card finds the card', async () => {
    const result = await ask("What's Pip's cell number?", '2024-02-20T10:00:00Z');
    expect(result.kind).toBe('contact');
    expect(result.answer).toContain('555-300-3000');
  });
});

describe('a long question whose common words find other mail', () => {
  it('finds the passage again by the name it asks about', async () => {
    const result = await ask(
      'By how many basis points did the Kestrel modelled return beat the capital price?',
      '2024-02-20T10:00:00Z',
    );
    expect(result.found).toBe(true);
    expect(result.answer).toContain('13 basis points');
  });
});

describe('a misspelt name', () => {
  it('is read as the known name it is near, and the answer says so', async () => {
    const result = await ask('What did Lenna Holm forward about the lease?', '2024-02-20T10:00:00Z');
    expect(result.answer).toContain('Reading "Lenna" as "Lena"');
    expect(result.answer).toContain('Trondheim lease');
  });
});

describe('what does someone need', () => {
  it('is the sentence with the verb asked, not only the one that names the topic', async () => {
    const result = await ask('What does Ola need for the Harbour House brochure?', '2024-02-20T10:00:00Z');
    expect(result.answer).toContain('tenant list');
  });
});

describe('a fee asked of a passage without one', () => {
  it('is not answered with a confirmation number', async () => {
    const result = await ask("What's the golf fee at Fjell Lodge?", '2024-02-20T10:00:00Z');
    expect(result.found).toBe(false);
  });
});

describe('calendar and card fields', () => {
  it('an all-day event the person attends is the next meeting with them', async () => {
    const result = await ask('When is my next meeting with Tor Lie?', '2024-08-01T10:00:00Z');
    expect(result.found).toBe(true);
    expect(result.answer).toContain('14 August 2024');
  });
  it('an attendee named by address or by login is met at their next event', async () => {
    for (const question of [
      'When do I next meet tor.lie@example.com?',
      'When is my next meeting with tor.lie?',
    ]) {
      const result = await ask(question, '2024-08-01T10:00:00Z');
      expect(result.found).toBe(true);
      expect(result.answer).toContain('14 August 2024');
    }
  });
  it('an event named by its description answers who organises it', async () => {
    const result = await ask('Who organizes the weekly 1on1?', '2024-06-01T10:00:00Z');
    expect(result.kind).toBe('event');
    expect(result.answer).toContain('Siri Dahl');
  });
  it("a birthday comes from the card's BDAY", async () => {
    const result = await ask("When is Peder Strand's birthday?", '2024-02-20T10:00:00Z');
    expect(result.kind).toBe('contact');
    expect(result.answer).toContain('3 February');
  });
});

describe('a measure asked of something', () => {
  it('is answered from a passage that names it, and not from one about something else', async () => {
    const room = await ask("What's the room rate at the Grand Harbour Inn?", '2024-03-05T10:00:00Z');
    expect(room.answer).toContain('2100');
    const other = await ask("What's the nightly room rate at the Molde depot?", '2024-03-05T10:00:00Z');
    expect(other.found).toBe(false);
  });
});

describe('an identifier asked with the words that say which one', () => {
  it('is the value labelled by them, and not found where no passage names it', async () => {
    const code = await ask(
      "What's the participant code for the Harbour strategy call?",
      '2024-02-20T10:00:00Z',
    );
    expect(code.answer).toContain('55123');
    const none = await ask("What's the participant code for the safety drill?", '2024-02-20T10:00:00Z');
    expect(none.found).toBe(false);
  });
});

describe('a question naming a full name', () => {
  it('is not answered, by a search for its names, from a passage that carries only part of one', async () => {
    const result = await ask(
      'How many votes did the parking rules get at the Technical Board meeting?',
      '2024-03-10T10:00:00Z',
    );
    expect(result.answer).not.toContain('unanimous');
    expect(result.found).toBe(false);
  });
});
