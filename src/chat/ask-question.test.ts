import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../test/helpers/paths.ts';
import { indexPaths } from '../index/index-paths.ts';
import { openIndex, type SearchIndex } from '../index/open-index.ts';
import { getChunks, search } from '../index/search.ts';
import { askQuestion } from './ask-question.ts';
import { loadSession, saveSession, withContext } from './sessions.ts';

const NOW = new Date('2026-03-12T09:00:00Z');
let index: SearchIndex;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ask-'));
  const maya = join(folder, 'maya');
  const bob = join(folder, 'bob');
  mkdirSync(maya);
  mkdirSync(bob);
  for (const name of ['Calendar.ics', 'Contacts.vcf', 'Ops Sync 2026-03-10.vtt', 'Notes.md'])
    copyFileSync(join(EXAMPLES, name), join(maya, name));
  writeFileSync(
    join(bob, 'board-notes.md'),
    '# Board notes\n\nThe acquisition codename is Falcon. The Falcon deal closes in June if the board approves the price.\n',
  );
  index = await openIndex(join(folder, 'index.db'));
  await indexPaths(index, [maya], { owner: 'maya' });
  await indexPaths(index, [bob], { owner: 'bob' });
}, 120_000);

afterAll(async () => {
  await index?.close();
});

describe('askQuestion: calendar and contacts over the sample workspace', () => {
  it('answers "when do I next meet Daniel?" from the calendar', async () => {
    const result = await askQuestion(index, 'When do I next meet Daniel?', { now: NOW, asUser: 'maya' });
    expect(result.kind).toBe('next-meeting');
    expect(result.answer).toBe(
      'Your next meeting with Daniel is "Maya / Daniel 1:1" on Thursday 12 March 2026, 14:00–14:30 (America/Los_Angeles) in Daniel\'s office. [1]',
    );
    expect(result.citations[0]).toMatchObject({
      n: 1,
      locator: { eventUid: 'one-on-one-maya-daniel@northwind.example' },
    });
  });

  it('reads the passages for the time of one meeting on a day the calendar has nothing', async () => {
    const empty = await askQuestion(index, 'What is on my calendar on Sunday?', { now: NOW, asUser: 'maya' });
    expect(empty.answer).toMatch(/^Nothing is on your calendar on Sunday 15 March 2026/);
    const one = await askQuestion(index, 'What time is the harbour survey meeting on Sunday?', {
      now: NOW,
      asUser: 'maya',
    });
    expect(one.kind).toBe('passages');
    expect(one.answer).not.toMatch(/Nothing is on your calendar/);
  });

  it('reads "what do I have on …" and "am I free on …" as the agenda of that day', async () => {
    for (const question of ['What do I have on Friday?', 'Am I free on Friday?']) {
      const result = await askQuestion(index, question, { now: NOW, asUser: 'maya' });
      expect(result.kind).toBe('day-agenda');
      expect(result.answer).toMatch(/^On Friday 13 March 2026 .* you have 3 items: /);
    }
  });

  it("lists what is on Friday, in the calendar's time zone", async () => {
    const result = await askQuestion(index, 'What is on my calendar on Friday?', {
      now: NOW,
      asUser: 'maya',
    });
    expect(result.answer).toBe(
      'On Friday 13 March 2026 (America/Los_Angeles) you have 3 items: all day Revised Q4 forecast due (Tom) [1]; 10:00–11:00 Flow 3.2 release checklist review (Teams) [2]; 13:00–14:00 Q3 business review readout (Boardroom) [3].',
    );
    expect(result.citations.map((citation) => citation.path.endsWith('Calendar.ics'))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it("answers a contact question from the vCard: Priya's phone number", async () => {
    const result = await askQuestion(index, "What is Priya's phone number?", { now: NOW, asUser: 'maya' });
    expect(result.answer).toBe('Priya Shah: phone +49 30 5557 2210 (work), +49 151 5557 2210 (cell). [1]');
    expect(result.citations[0]?.path.endsWith('Contacts.vcf')).toBe(true);
  });
});

describe('askQuestion: passages', () => {
  it('answers from passages, every sentence cited, every citation resolving to an indexed passage', async () => {
    const result = await askQuestion(index, 'What did finance decide about the travel budget?', {
      now: NOW,
      asUser: 'maya',
    });
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/travel budget/i);
    const sentences = result.answer.split(/(?<=\])\s+/);
    for (const sentence of sentences) expect(sentence).toMatch(/\[\d+\]$/);
    const { results } = await search(index, {
      query: 'travel budget',
      k: 20,
      now: NOW,
      filters: { asUser: 'maya' },
    });
    for (const citation of result.citations) {
      // The quote is in a passage of the cited file that maya may read (a sheet's record is
      // quoted cell by cell under its headings: its first cell is in the passage).
      const words = (citation.quote.replace(/^[^:]{2,40}:\s+/, '').split(/,\s/)[0] ?? '')
        .split(/\s+/)
        .slice(0, 3)
        .join(' ')
        .replace(/[.,]$/, '');
      const hit = results.find(
        (item) => item.path === citation.path && item.text.toLowerCase().includes(words.toLowerCase()),
      );
      expect(hit, citation.quote).toBeDefined();
      const chunk = (await getChunks(index, [hit?.chunkId ?? -1], 'maya'))[0];
      expect(chunk?.path).toBe(citation.path);
      if (citation.locator.turn !== undefined) {
        expect(citation.uri).toMatch(new RegExp(`#turn=${citation.locator.turn}$`));
        expect(citation.locator.turn).toBeGreaterThanOrEqual(chunk?.locator.turn ?? 0);
      }
    }
  });

  it('answers a question that quotes words only from a passage holding them', async () => {
    const held = await askQuestion(index, "Which deal closes in June 'if the board approves the price'?", {
      now: NOW,
      asUser: 'bob',
    });
    expect(held.found).toBe(true);
    expect(held.answer).toContain('Falcon');
    const missing = await askQuestion(index, "Which deal closes in June 'if the auditors approve'?", {
      now: NOW,
      asUser: 'bob',
    });
    expect(missing.found).toBe(false);
  });

  it('says so when nothing answers, and shows no invented citation', async () => {
    const result = await askQuestion(index, 'What is the capital of Peru?', { now: NOW, asUser: 'maya' });
    expect(result.found).toBe(false);
    expect(result.answer).toBe('I found nothing in your indexed work that answers this.');
    expect(result.citations).toEqual([]);
  });

  it("trims to what the asking user may read: maya never sees bob's passages", async () => {
    const forBob = await askQuestion(index, 'What is the acquisition codename?', { now: NOW, asUser: 'bob' });
    expect(forBob.answer).toMatch(/Falcon/);
    const forMaya = await askQuestion(index, 'What is the acquisition codename?', {
      now: NOW,
      asUser: 'maya',
    });
    expect(forMaya.answer).not.toMatch(/Falcon/);
    expect(JSON.stringify(forMaya)).not.toMatch(/Falcon|board-notes/);
    const bobCalendar = await askQuestion(index, 'When do I next meet Daniel?', { now: NOW, asUser: 'bob' });
    expect(bobCalendar.citations).toEqual([]);
  });
});

describe('sessions', () => {
  it('persists turns and gives follow-ups the earlier question as context', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ask-home-'));
    await saveSession(home, {
      id: 'work',
      turns: [{ question: 'What happened with the Stratus renewal?', answer: 'x', at: NOW.toISOString() }],
    });
    const session = await loadSession(home, 'work');
    expect(session.turns).toHaveLength(1);
    expect(withContext('and what did Lars say?', session)).toBe(
      'and what did Lars say? What happened with the Stratus renewal?',
    );
    expect(withContext('What is the Q3 revenue of North America by month?', session)).toBe(
      'What is the Q3 revenue of North America by month?',
    );
  });
});

describe('askQuestion: a home or work address, web page or phone asked of a card', () => {
  it('gives the field of that kind only, and says when the card has none of it', async () => {
    await withMayasFiles(
      'ask-address-',
      {
        'people.vcf': [
          'BEGIN:VCARD',
          'VERSION:3.0',
          'FN:Rhea Tull',
          'ADR:;;1 Quay Rd;Portsby;;;',
          'ADR;TYPE=HOME:;;12 Elm St;Portsby;;;',
          'ADR;TYPE=WORK,POSTAL:;;40 Kiln Lane;Portsby;;;',
          'URL:http://rhea.example',
          'URL;TYPE=WORK:http://glazeworks.example',
          'TEL;TYPE=WORK:555-0101',
          'TEL;TYPE=WORK,FAX:555-0102',
          'END:VCARD',
          'BEGIN:VCARD',
          'VERSION:3.0',
          'FN:Odo Brack',
          'ADR;TYPE=WORK:;;9 Mill Row;Portsby;;;',
          'END:VCARD',
          '',
        ].join('\r\n'),
      },
      async (cards) => {
        const ask = (question: string) => askQuestion(cards, question, { now: NOW, asUser: 'maya' });
        const home = await ask("What's Rhea Tull's home address?");
        expect(home.answer).toContain('12 Elm St');
        expect(home.answer).not.toMatch(/Kiln Lane|Quay Rd/);
        const work = await ask("What's Rhea Tull's office address?");
        expect(work.answer).toContain('40 Kiln Lane');
        expect(work.answer).not.toMatch(/Elm St|Quay Rd/);
        const page = await ask("What's Rhea Tull's work web page?");
        expect(page.answer).toContain('glazeworks.example');
        expect(page.answer).not.toContain('rhea.example');
        // A work phone is one to speak on, not the work fax.
        const phone = await ask("What's Rhea Tull's work phone number?");
        expect(phone.answer).toContain('555-0101');
        expect(phone.answer).not.toContain('555-0102');
        const none = await ask("What's Odo Brack's home address?");
        expect(none.found).toBe(false);
        expect(none.answer).toContain('no home address');
      },
    );
  });
});

describe('askQuestion: a part of the address on a card', () => {
  it('gives the zip code, city or state asked, and says when the card has no address', async () => {
    await withMayasFiles(
      'ask-address-part-',
      {
        'people.vcf': [
          'BEGIN:VCARD',
          'VERSION:3.0',
          'FN:Ysolde Marrin',
          'ADR;TYPE=WORK,POSTAL:;Unit 3;77 Tanner Way;Quillby;OR;97402-1188;U.S.A.',
          'END:VCARD',
          'BEGIN:VCARD',
          'VERSION:3.0',
          'FN:Bram Ostley',
          'ADR;TYPE=HOME:;;5 Reed Close;Fennick;;30911;',
          'END:VCARD',
          'BEGIN:VCARD',
          'VERSION:3.0',
          'FN:Cato Wrenfield',
          'EMAIL:cato@example.test',
          'END:VCARD',
          '',
        ].join('\r\n'),
      },
      async (cards) => {
        const ask = (question: string) => askQuestion(cards, question, { now: NOW, asUser: 'maya' });
        const zip = await ask("What's Ysolde Marrin's zip code?");
        expect(zip.found).toBe(true);
        expect(zip.answer).toContain('97402-1188');
        expect(zip.answer).not.toContain('Tanner');
        expect((await ask("Which city is Ysolde Marrin's office in?")).answer).toContain('Quillby');
        expect((await ask('Which state does Ysolde Marrin work in?')).answer).toContain('OR');
        expect((await ask("What's Bram Ostley's postal code?")).answer).toContain('30911');
        // Bram's only address is his home: it has no work city.
        const work = await ask('Which city does Bram Ostley work in?');
        expect(work.found).toBe(false);
        const none = await ask("What's Cato Wrenfield's zip code?");
        expect(none.found).toBe(false);
        expect(none.answer).toContain('no postal code');
        expect(none.answer).not.toMatch(/97402|30911/);
      },
    );
  });
});

describe('askQuestion: the categories, status and document of an event', () => {
  it('reads them from the calendar, and says an event has no category', async () => {
    await withMayasFiles(
      'ask-event-fields-',
      {
        'guild.ics': [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'BEGIN:VEVENT',
          'UID:loom-1@example.test',
          'DTSTART:20370612T090000Z',
          'DTEND:20370612T100000Z',
          'SUMMARY:Loomwright Guild Review',
          'STATUS:TENTATIVE',
          'CATEGORIES:GUILD,TEXTILES',
          'LOCATION:Hall 9',
          'ATTACH;FMTTYPE=application/pdf:https://files.example.test/guild/review-pack.pdf',
          'END:VEVENT',
          'BEGIN:VEVENT',
          'UID:kiln-1@example.test',
          'DTSTART:20370614T090000Z',
          'DTEND:20370614T100000Z',
          'SUMMARY:Kiln Firing Day',
          'LOCATION:Yard B',
          'END:VEVENT',
          'END:VCALENDAR',
          '',
        ].join('\r\n'),
      },
      async (calendar) => {
        const ask = (question: string) => askQuestion(calendar, question, { now: NOW, asUser: 'maya' });
        const filed = await ask('Which categories is the Loomwright Guild Review filed under?');
        expect(filed.found).toBe(true);
        expect(filed.answer).toMatch(/GUILD, TEXTILES/);
        expect((await ask("What's the status of the Loomwright Guild Review?")).answer).toContain(
          'tentative',
        );
        const pack = await ask('Where can I get the document for the Loomwright Guild Review?');
        expect(pack.answer).toContain('review-pack.pdf');
        expect(pack.answer).not.toContain('Hall 9');
        const none = await ask('Which category is the Kiln Firing Day in?');
        expect(none.found).toBe(false);
        expect(none.answer).not.toMatch(/GUILD|TEXTILES/);
        // No document on it: its place is no answer.
        const noDoc = await ask('Where can I get the slides for the Kiln Firing Day?');
        expect(noDoc.answer).not.toContain('Yard B');
      },
    );
  });
});

describe('askQuestion: which meetings did I miss', () => {
  it('lists the calendar items of the period asked, not a mail sentence that says "miss"', async () => {
    await withMayasFiles(
      'ask-missed-meetings-',
      {
        'studio.ics': [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'BEGIN:VEVENT',
          'UID:warp-1@example.test',
          'DTSTART:20370602T090000Z',
          'DTEND:20370602T100000Z',
          'SUMMARY:Warp planning',
          'END:VEVENT',
          'BEGIN:VEVENT',
          'UID:weft-1@example.test',
          'DTSTART:20370605T140000Z',
          'DTEND:20370605T150000Z',
          'SUMMARY:Weft review',
          'END:VEVENT',
          'BEGIN:VEVENT',
          'UID:dye-1@example.test',
          'DTSTART:20370609T140000Z',
          'DTEND:20370609T150000Z',
          'SUMMARY:Dye house visit',
          'END:VEVENT',
          'END:VCALENDAR',
          '',
        ].join('\r\n'),
        'note.eml': [
          'From: Ola Brenn <ola@example.test>',
          'To: maya@example.test',
          'Subject: Monday',
          'Date: Tue, 2 Jun 2037 08:00:00 +0000',
          '',
          'I will miss the warp planning meeting on Monday.',
          '',
        ].join('\r\n'),
      },
      async (studio) => {
        const now = new Date('2037-06-10T15:00:00Z');
        const answer = await askQuestion(studio, 'Which meetings did I miss last week?', {
          now,
          asUser: 'maya',
        });
        expect(answer.found).toBe(true);
        expect(answer.answer).toContain('Warp planning');
        expect(answer.answer).toContain('Weft review');
        expect(answer.answer).not.toContain('Dye house visit');
      },
    );
  });
});

describe('askQuestion: a nickname asked of a card', () => {
  it('gives the NICKNAME of the card, and says when the card has none', async () => {
    await withMayasFiles(
      'ask-nickname-',
      {
        'people.vcf': [
          'BEGIN:VCARD',
          'VERSION:3.0',
          'FN:Marit Quell',
          'NICKNAME:Quelly',
          'TEL;TYPE=WORK:555-0131',
          'END:VCARD',
          'BEGIN:VCARD',
          'VERSION:3.0',
          'FN:Odo Brack',
          'TEL;TYPE=WORK:555-0132',
          'END:VCARD',
          '',
        ].join('\r\n'),
      },
      async (cards) => {
        const ask = (question: string) => askQuestion(cards, question, { now: NOW, asUser: 'maya' });
        const nick = await ask("What's Marit Quell's nickname?");
        expect(nick.found).toBe(true);
        expect(nick.answer).toContain('Quelly');
        const none = await ask("What's Odo Brack's nickname?");
        expect(none.found).toBe(false);
      },
    );
  });
});

describe('askQuestion: a kind of e-mail asked of a card', () => {
  it('gives the addresses of that kind, and says when the card has none of it', async () => {
    await withMayasFiles(
      'ask-email-',
      {
        'people.vcf': [
          'BEGIN:VCARD',
          'VERSION:3.0',
          'FN:Rhea Tull',
          'EMAIL;TYPE=INTERNET:rhea@kiln.example',
          'EMAIL;TYPE=INTERNET,WORK:rhea.tull@glazeworks.example',
          'END:VCARD',
          '',
        ].join('\r\n'),
      },
      async (cards) => {
        const work = await askQuestion(cards, "What's Rhea Tull's work e-mail?", {
          now: NOW,
          asUser: 'maya',
        });
        expect(work.answer).toContain('rhea.tull@glazeworks.example');
        expect(work.answer).not.toContain('rhea@kiln.example');
        const home = await askQuestion(cards, "What's Rhea Tull's home e-mail?", {
          now: NOW,
          asUser: 'maya',
        });
        expect(home.found).toBe(false);
        expect(home.answer).toContain('no home e-mail');
      },
    );
  });

  it('gives the address of a kind the card writes in its own words, and every address when none is of it', async () => {
    await withMayasFiles(
      'ask-email-kind-',
      {
        'people.vcf': [
          'BEGIN:VCARD',
          'VERSION:4.0',
          'FN:Oren Vale',
          'EMAIL;TYPE=home:oren@pottery.example',
          'EMAIL;TYPE=studiotype:oren@studio.example',
          'EMAIL;TYPE=other:vale@archive.example',
          'END:VCARD',
          '',
        ].join('\r\n'),
      },
      async (cards) => {
        const studio = await askQuestion(cards, "What's Oren Vale's studio email address?", {
          now: NOW,
          asUser: 'maya',
        });
        expect(studio.answer).toContain('oren@studio.example');
        expect(studio.answer).not.toContain('oren@pottery.example');
        const other = await askQuestion(cards, "What's Oren Vale's other email?", {
          now: NOW,
          asUser: 'maya',
        });
        expect(other.answer).toContain('vale@archive.example');
        expect(other.answer).not.toContain('oren@studio.example');
      },
    );
  });
});

describe('askQuestion: a field the card lacks', () => {
  it('is not answered with another line of the card', async () => {
    await withMayasFiles(
      'ask-card-line-',
      {
        'people.vcf': [
          'BEGIN:VCARD',
          'VERSION:4.0',
          'FN:Tamsin Volk',
          'ORG:Larchmere Survey',
          'EMAIL;TYPE=work:tamsin.volk@larchmere.example',
          'ADR;TYPE=work:;;9 Weir Lane;Oxbury;;OX9 4LT;',
          'END:VCARD',
          '',
        ].join('\r\n'),
      },
      async (cards) => {
        const ask = (question: string) => askQuestion(cards, question, { now: NOW, asUser: 'maya' });
        for (const question of [
          "What's Tamsin Volk's favourite colour?",
          'What degrees does Tamsin Volk have?',
        ]) {
          const answer = await ask(question);
          expect(answer.answer).not.toContain('tamsin.volk@larchmere.example');
          expect(answer.answer).not.toContain('Weir Lane');
        }
        expect((await ask('Where does Tamsin Volk live?')).answer).not.toContain('tamsin.volk@');
      },
    );
  });
});

describe('askQuestion: a reminder of a meeting named by its day', () => {
  it("gives that meeting's reminder, not the day's agenda", async () => {
    await withMayasFiles(
      'ask-reminder-day-',
      {
        'plans.ics': [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'BEGIN:VEVENT',
          'UID:kiln-1',
          'DTSTART:20320603T090000Z',
          'DTEND:20320603T100000Z',
          'SUMMARY:Kiln rota meeting',
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          'TRIGGER:-PT20M',
          'DESCRIPTION:Bring the rota',
          'END:VALARM',
          'END:VEVENT',
          'BEGIN:VEVENT',
          'UID:swim-1',
          'DTSTART:20320603T170000Z',
          'DTEND:20320603T180000Z',
          'SUMMARY:Swim',
          'END:VEVENT',
          'END:VCALENDAR',
          '',
        ].join('\r\n'),
      },
      async (plans) => {
        const now = new Date('2032-06-01T09:00:00Z');
        for (const question of [
          'When am I reminded of my meeting on June 3, 2032?',
          'How long before my meeting on June 3, 2032 does the reminder go off?',
        ]) {
          const answer = await askQuestion(plans, question, { now, asUser: 'maya' });
          expect(answer.answer).toContain('20 minutes before it starts');
          expect(answer.answer).not.toContain('Swim');
        }
      },
    );
  });
});

/** An index over one folder of invented files (name → text) indexed as maya, closed after `run`. */
async function withMayasFiles(
  prefix: string,
  files: Readonly<Record<string, string>>,
  run: (index: SearchIndex) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const index = await openIndex(join(dir, 'index.db'));
  try {
    await indexPaths(index, [dir], { owner: 'maya' });
    await run(index);
  } finally {
    await index.close();
  }
}
