import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { Block, Document } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import { textToDocument } from '../../formats/text/read-text.ts';
import { buildDeck } from './build-deck.ts';
import { outlineDocument, withFieldLabelsJoined } from './outline.ts';

const paragraph = (text: string, n: number): Block => ({
  kind: 'paragraph',
  text,
  locator: { paragraph: n },
});
/** A list item of a bulleted list, at the paragraph given. */
const item = (text: string, n: number): Block => ({
  kind: 'list-item',
  level: 0,
  ordered: false,
  text,
  locator: { paragraph: n },
});

const documentOf = (texts: readonly string[]): Document => ({
  type: 'document',
  format: 'pdf',
  metadata: {},
  blocks: texts.map(paragraph),
});
const prose =
  'The harbour office counts every crossing of the ferry and writes the count into the log at the end of each day, so the board can see how busy each route is.';

describe('short numbered lines in a document without heading styles', () => {
  it('stand in for headings when each heads a passage of text', () => {
    const outline = outlineDocument(
      documentOf([
        'Harbour report',
        '1 Crossings',
        prose,
        prose,
        '2 Fares',
        prose,
        prose,
        '3 Staff',
        prose,
        prose,
      ]),
      'harbour.pdf',
    );
    expect(outline.sections.map((section) => section.title)).toEqual(['1 Crossings', '2 Fares', '3 Staff']);
  });

  it('stand in for headings when bold and numbered, full stop and all, as a code writes them ("4.02.010 Kiln permits.")', () => {
    const bold = (text: string, n: number): Block => ({
      kind: 'paragraph',
      text,
      runs: [{ text, bold: true }],
      locator: { paragraph: n },
    });
    const sectionTitles = ['4.02.010 Kiln permits.', '4.02.020 Firing hours.', '4.02.030 Glaze storage.'];
    const outline = outlineDocument(
      {
        type: 'document',
        format: 'docx',
        metadata: {},
        blocks: [
          paragraph('Pottery guild rules', 0),
          ...sectionTitles.flatMap((title, n) => [
            bold(title, 3 * n + 1),
            paragraph(prose, 3 * n + 2),
            paragraph(prose, 3 * n + 3),
          ]),
          // A bold sentence with no number is a sentence, not a heading.
          bold('Members sign the kiln book before every firing.', 20),
          paragraph(prose, 21),
        ],
      },
      'guild.docx',
    );
    expect(outline.sections.map((section) => section.title)).toEqual([
      '4.02.010 Kiln permits',
      '4.02.020 Firing hours',
      '4.02.030 Glaze storage',
    ]);
  });

  it('are rows of a printed table when each heads only a time or a name: no section per row', () => {
    const rows = [
      '01 North pier',
      '10H00',
      '02 South pier',
      '11H30',
      '03 East pier',
      '12H00',
      '04 West pier',
      '14H00',
    ];
    const outline = outlineDocument(
      documentOf(['Pier timetable', ...Array.from({ length: 12 }, () => prose), ...rows]),
      'timetable.pdf',
    );
    const titles = outline.sections.map((section) => section.title);
    expect(titles.filter((title) => rows.includes(title)).length).toBeLessThanOrEqual(1);
  });
});

describe('the lists of figures and tables a template leaves empty', () => {
  it('give no section: a heading over only the column labels "Exhibit⇥Page" is no content', () => {
    const heading = (text: string, n: number): Block => ({
      kind: 'heading',
      level: 1,
      text,
      locator: { paragraph: n },
    });
    const outline = outlineDocument(
      {
        type: 'document',
        format: 'docx',
        metadata: {},
        blocks: [
          paragraph('Harbour report', 1),
          heading('EXHIBITS', 2),
          paragraph('Exhibit\tPage', 3),
          heading('Crossings', 4),
          paragraph(prose, 5),
          heading('Fares', 6),
          paragraph(prose, 7),
        ],
      },
      'harbour.docx',
    );
    expect(outline.sections.map((section) => section.title)).toEqual(['Crossings', 'Fares']);
  });
});

describe('a template placeholder in a real document (docx4j_invoice2013.docx)', () => {
  it('titles no section, nor stays a point of one', async () => {
    const path = join(CORPUS, 'office', 'docx', 'docx4j_invoice2013.docx');
    const read = await readFile(path);
    if (!read.success || read.data.type !== 'document') throw new Error('the corpus file does not read');
    const outline = outlineDocument(read.data, 'docx4j_invoice2013.docx');
    // Before: the one section, and so the bullets, picture and item-table slides, were titled
    // "Rich Word content can go here".
    expect(outline.sections.map((section) => section.title)).toEqual(['Invoice 1234']);
    expect(JSON.stringify(outline)).not.toContain('can go here');
  });
});

describe('a short headingless document (docx4j_invoice2013.docx) as a deck', () => {
  it('tells apart the slides of its one section', async () => {
    const path = join(CORPUS, 'office', 'docx', 'docx4j_invoice2013.docx');
    const read = await readFile(path);
    if (!read.success || read.data.type !== 'document') throw new Error('the corpus file does not read');
    const deck = await buildDeck({ document: read.data, sourceName: 'docx4j_invoice2013.docx' });
    // Before: "Invoice 1234" on the bullets, the picture and the item-table slide alike.
    expect(deck.spec.slides.map((slide) => slide.title)).toEqual([
      'Purchase Order No:PO1234',
      'Invoice 1234 (1/3)',
      'Invoice 1234 (2/3)',
      'Invoice 1234 (3/3)',
    ]);
  });
});

describe('a long headingless plain text wrapped by hand (TIME article 163 of ir/time, as a .txt)', () => {
  it('gives sections of a sensible size titled from their content, never cut inside a time', () => {
    const record = readFileSync(join(CORPUS, 'ir', 'time', 'corpus.jsonl'), 'utf8')
      .split('\n')
      .map((line) => (line ? (JSON.parse(line) as { id: string; text: string }) : undefined))
      .find((entry) => entry?.id === '163');
    if (!record) throw new Error('TIME article 163 is missing from the corpus');
    const outline = outlineDocument(textToDocument(record.text), 'time-163.txt');
    // Before: the reader made the 5,000 words one paragraph, so the deck had one section of two
    // slides, titled "MIDDLE EAST THE CAMEL DRIVER AT 6" (cut in "AT 6 : 30 ONE MORNING").
    expect(outline.sections.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...outline.sections.map((section) => section.words))).toBeLessThan(2_000);
    expect(new Set(outline.sections.map((section) => section.title)).size).toBe(outline.sections.length);
    for (const section of outline.sections) expect(section.title).not.toMatch(/\b\d+$/);
  });

  it('titles no section with words cut before the one they need (TIME article 449)', () => {
    const record = readFileSync(join(CORPUS, 'ir', 'time', 'corpus.jsonl'), 'utf8')
      .split('\n')
      .map((line) => (line ? (JSON.parse(line) as { id: string; text: string }) : undefined))
      .find((entry) => entry?.id === '449');
    if (!record) throw new Error('TIME article 449 is missing from the corpus');
    const titles = outlineDocument(textToDocument(record.text), 'time-449.txt').sections.map(
      (section) => section.title,
    );
    // Before: "IT SEEMS LIKE SHEER LUNACY FOR", the first six words of a section's first sentence.
    expect(titles).toContain('IT SEEMS LIKE SHEER LUNACY');
    for (const title of titles) expect(title).not.toMatch(/\b(?:FOR|OF|TO|THE|AND|A|IN|WITH)$/);
  });
});

describe('a section titled as the deck is', () => {
  it('is the introduction when it opens a document of several sections (pandoc_links.docx)', async () => {
    const path = join(CORPUS, 'office', 'docx', 'pandoc_links.docx');
    const read = await readFile(path);
    if (!read.success || read.data.type !== 'document') throw new Error('the corpus file does not read');
    const outline = outlineDocument(read.data, 'pandoc_links.docx');
    // Before: the title slide and the first content slide both read "An internal link and an external link".
    expect(outline.title).toBe('An internal link and an external link');
    expect(outline.sections.map((section) => section.title)).toEqual([
      'Introduction',
      'A section for testing link targets',
    ]);
  });

  it('is titled by its best sentence, else as the key points, when it is the only one', () => {
    const outline = outlineDocument(documentOf([prose, prose]), 'ferry-log.pdf');
    expect(outline.sections).toHaveLength(1);
    expect(outline.sections[0]?.title).not.toBe(outline.title);
  });
});

describe('a heading with a bullet typed before it', () => {
  it('titles its section without the bullet', () => {
    const heading = (text: string, n: number): Block => ({
      kind: 'heading',
      level: 1,
      text,
      locator: { paragraph: n },
    });
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: { title: 'Rowing club rules' },
      blocks: [
        heading('* BOATHOUSE KEYS', 1),
        paragraph(prose, 2),
        heading('• Winter training', 3),
        paragraph(prose, 4),
        heading('*Starred entries', 5),
        paragraph(prose, 6),
      ],
    };
    const titles = outlineDocument(document, 'rules.docx').sections.map((section) => section.title);
    expect(titles).toEqual(['BOATHOUSE KEYS', 'Winter training', '*Starred entries']);
  });
});

describe('a label alone on its line, over one value', () => {
  it('is one point with its value; a label over a list stays a lead-in', () => {
    const joined = withFieldLabelsJoined([
      paragraph('Venue:', 1),
      item('Harbour hall, room 4, Lindqvist Quay', 2),
      paragraph('Date and time:', 3),
      paragraph('14 March 2031, 10:00', 4),
      paragraph('Running order:', 5),
      item('Welcome by the harbour master', 6),
      item('Fares for the summer season', 7),
      paragraph('Note:', 8),
    ]);
    expect(joined.map((block) => ('text' in block ? block.text : ''))).toEqual([
      'Venue: Harbour hall, room 4, Lindqvist Quay',
      'Date and time: 14 March 2031, 10:00',
      'Running order:',
      'Welcome by the harbour master',
      'Fares for the summer season',
      'Note:',
    ]);
    expect(joined[0]).toMatchObject({ kind: 'list-item', locator: { paragraph: 2 } });
  });

  it("keeps the label on the deck's bullet (before: the venue's address said of nothing)", async () => {
    const deck = await buildDeck({
      document: documentOf([
        'Harbour board open meeting',
        prose,
        'Venue:',
        'Harbour hall, room 4, Lindqvist Quay',
        'Date and time:',
        '14 March 2031, 10:00',
        prose,
      ]),
      sourceName: 'invitation.pdf',
    });
    const text = JSON.stringify(deck.spec);
    expect(text).toContain('Venue: Harbour hall, room 4, Lindqvist Quay');
    expect(text).not.toMatch(/"Harbour hall, room 4, Lindqvist Quay"/);
  });
});

describe('a document without headings cut into runs of text', () => {
  it('titles a run by what comes before the closing paragraph that filled it', () => {
    const document: Document = {
      type: 'document',
      format: 'pdf',
      metadata: {},
      blocks: [
        paragraph('Programme', 1),
        item('Event: fourth spring gathering on the upland slopes.', 2),
        item(
          'Hosts: the Vell Valley Growers Union and the county seed office, under the patronage of the farming board.',
          3,
        ),
        item('Date and time: 14 May, at ten in the morning.', 4),
        item('Place: the old mill hall in Tarnbrook, room 2.', 5),
        item(
          'Guests: growers, seed merchants, county officers and invited experts on orchard pests and soil care.',
          6,
        ),
        item(
          'Topics: plans for the valley, new planting schemes and a shared market for the autumn harvest.',
          7,
        ),
        paragraph(
          'Please confirm by 2 May to the union office. The meeting is led by a moderator and its notes are sent to every grower afterwards. Seats are limited to 40 people (12 growers, 12 merchants and 16 guests). Lunch is served in the hall at one, and the tour of the east orchards follows at three for those who wish to join it. Parking is free behind the mill for the whole day, and the gate opens at nine on the day.',
          8,
        ),
        paragraph('Questions to: Mara Quillon, Growers Union, phone 0100 555 0199.', 9),
      ],
    };
    const sections = outlineDocument(document, 'growers.pdf').sections;
    expect(sections.length).toBe(2);
    expect(sections[0]!.title).toBe('Event: fourth spring gathering on the upland slopes');
  });
});

describe('a contact block closing a document without headings', () => {
  it('titles its run by the line that leads in to it, not by a team name among its lines', () => {
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [
        paragraph('Schedule', 1),
        item('Event: the third open day of the Orrin Bay rowing club.', 2),
        item('Hosts: the Orrin Bay rowing club and the harbour youth office of Kessmoor.', 3),
        item('Date and time: 9 June, from ten in the morning to four in the afternoon.', 4),
        item('Place: the boathouse on Tollan Pier, behind the ferry ramp.', 5),
        item('Guests: families, schools, coaches and anyone who wants to try a boat on the water.', 6),
        item('Topics: learning to row, safety on the bay, club membership and the summer regatta.', 7),
        paragraph(
          'Please tell us by 1 June how many people will come. Every guest rows with a coach in a steady boat, life jackets are handed out at the door, and tea is served on the pier in the afternoon for everyone who took part in a row that day. Bring a towel and a dry change of clothes for the long ride home, since the spray off the bay soaks even the careful rowers.',
          8,
        ),
        paragraph('Questions to:', 9),
        paragraph('Ilsa Varnow', 10),
        paragraph('Head Coach', 11),
        paragraph('Youth Rowing Programme Office Team', 12),
        paragraph('tel.: +00 12 345 67 890', 13),
        paragraph('ilsa.varnow@orrinbay.example', 14),
      ],
    };
    const sections = outlineDocument(document, 'open-day.docx').sections;
    expect(sections.map((section) => section.title)).toEqual(['Event: the third open day', 'Questions to']);
  });
});

describe('a run of lettered paragraphs in a document without headings', () => {
  it('is titled by its words, not by the letter that marks its first paragraph', () => {
    const clause = (mark: string, n: number) =>
      paragraph(
        `${mark}    Any boathouse that stands on the eastern shore of the reservoir shall keep a written record of every hull stored inside it, of the owner of each hull, and of the date on which each hull was last inspected by the harbour warden, and that record shall be shown to the warden on request at any time between the first of April and the last day of October in each year.`,
        n,
      );
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [clause('c.', 1), clause('d.', 2), clause('iii.', 3), clause('e.', 4), clause('f.', 5)],
    };
    const outline = outlineDocument(document, 'boathouses.docx');
    const titles = outline.sections.map((section) => section.title);
    expect(titles.length).toBeGreaterThan(1);
    for (const title of titles) expect(title).toMatch(/^Any boathouse/);
  });
});
