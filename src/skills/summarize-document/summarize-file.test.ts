import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { Calendar, CalendarEvent, Document } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import { leadFields, summarizeParsed, titleOf } from './summarize-file.ts';
import { addressBlock, addresseeUnit, tableRowLines, textUnits, withLabelsJoined } from './text-units.ts';

describe('the title of a summarized document', () => {
  it('is never the heading of its table of contents', () => {
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [
        { kind: 'paragraph', text: 'Harbour Quarterly', locator: { paragraph: 1 } },
        { kind: 'heading', level: 2, text: 'Contents', locator: { paragraph: 2 } },
        { kind: 'paragraph', text: 'Ferry news / 2', locator: { paragraph: 3 } },
        { kind: 'heading', level: 1, text: '1. Ferry news', locator: { paragraph: 4 } },
        { kind: 'paragraph', text: 'The ferry runs twice a day from May.', locator: { paragraph: 5 } },
      ],
    };
    expect(titleOf(document, '/files/quarterly.docx')).toBe('Harbour Quarterly');
  });

  it("is the cover page's name in its frame, not a page header's or a contents list's column labels", () => {
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [
        { kind: 'note', noteKind: 'header', text: 'CONTENTS (Continued)\nSection\tPage', locator: {} },
        {
          kind: 'table',
          rows: [[{ text: 'Kiln Operator Handbook' }], [{ text: '' }], [{ text: '3 March 2031' }]],
          locator: { paragraph: 2 },
        },
        { kind: 'paragraph', text: 'CONTENTS', locator: { paragraph: 5 } },
        { kind: 'paragraph', text: 'Section\tPage', locator: { paragraph: 6 } },
        { kind: 'heading', level: 1, text: 'Firing the kiln', locator: { paragraph: 7 } },
        { kind: 'paragraph', text: 'The kiln is fired every second Tuesday.', locator: { paragraph: 8 } },
      ],
    };
    expect(titleOf(document, '/files/kiln.docx')).toBe('Kiln Operator Handbook');
  });

  it('is its title property on one line, spaces single', () => {
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: { title: 'Toward a Kiln  Firing Schedule\n for Small  Studios' },
      blocks: [
        { kind: 'paragraph', text: 'The kiln is fired every second Tuesday.', locator: { paragraph: 1 } },
      ],
    };
    expect(titleOf(document, '/files/kiln.docx')).toBe('Toward a Kiln Firing Schedule for Small Studios');
  });

  it('names a real journal issue by its masthead, not "Inhalt" (poi_stress008.docx)', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress008.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    expect(titleOf(read.data, path)).toBe('C.G.JUNG-FORUM');
  });
});

describe('the sentences of a summary', () => {
  it('are never one that ends on a colon, introducing what the summary leaves out (poi_stress018.docx)', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress018.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.citations.length).toBeGreaterThan(3);
    for (const citation of summary.citations) expect(citation.quote.trim()).not.toMatch(/:["'”’*)\]]*$/);
  });

  it('never open with an item number typed with a wide gap and no stop (poi_stress023.docx)', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress023.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.sentences.length).toBeGreaterThan(5);
    // Before: "2 The lot on which the accessory dwelling unit …" and "A. Standards Applicable to All …".
    for (const sentence of summary.sentences) expect(sentence.text).not.toMatch(/^(?:\d{1,2}|[A-Z]\.) /);
    expect(summary.sentences.some((sentence) => sentence.text.startsWith('The lot on which'))).toBe(true);
  });

  it('never open with the author line of a talk (poi_stress013.pptx)', async () => {
    const path = join(CORPUS, 'office', 'pptx', 'poi_stress013.pptx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.sentences.length).toBeGreaterThan(3);
    // Before: "Nasrine Damouche, Matthieu Martel, Pavel Panchekha, … Zachary Tatlock." was its first sentence.
    for (const sentence of summary.sentences) expect(sentence.text).not.toMatch(/Damouche|Tatlock/);
  });
});

describe('a document that says little in sentences (docx4j_invoice2013.docx)', () => {
  it("is summarized by its item table's rows, never by the template's placeholder", async () => {
    const path = join(CORPUS, 'office', 'docx', 'docx4j_invoice2013.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    // Before: "Rich Word content can go here." alone, the item table left out.
    expect(summary.summary).not.toContain('can go here');
    expect(summary.summary).toContain('productcode ITEM1, description Some item, quantity 2, price $120.');
    expect(summary.citations.find((citation) => citation.quote.startsWith('productcode'))?.locator).toEqual(
      read.data.type === 'document'
        ? read.data.blocks.find((block) => block.kind === 'table' && block.rows.length === 2)?.locator
        : undefined,
    );
  });

  it('opens with whom it is for and its date, from the address block and the date cell beside it', async () => {
    const path = join(CORPUS, 'office', 'docx', 'docx4j_invoice2013.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    // Before: the addressee and the date, the first things a reader of an invoice looks for, were left out.
    expect(summary.sentences[0]?.text).toBe(
      'To John Citizen, Contozo Inc, Unit 4, some street, Griffith NSW 2680, dated 29 January 2015.',
    );
    expect(summary.citations[0]?.locator).toEqual(
      read.data.type === 'document'
        ? read.data.blocks.find((block) => block.kind === 'table')?.locator
        : undefined,
    );
  });
});

describe('addressBlock and addresseeUnit', () => {
  const paragraph = (text: string, n: number) => ({
    kind: 'paragraph' as const,
    text,
    locator: { paragraph: n },
  });
  const letter = (texts: string[]): Document => ({
    type: 'document',
    format: 'docx',
    metadata: {},
    blocks: texts.map(paragraph),
  });
  it('reads an address block of short lines that opens with a name and holds a figure', () => {
    expect(addressBlock('Maya Chen\nHarbour Office Ltd\n12 Pier Road\nPortsmouth  PO1 2AB')).toBe(
      'Maya Chen, Harbour Office Ltd, 12 Pier Road, Portsmouth PO1 2AB',
    );
    // Verse, a list of sentences, a block with no figure, a block that opens with no name: no address.
    expect(addressBlock('The tide comes in\nThe tide goes out\nTwice in 24 hours')).toBeUndefined();
    expect(addressBlock('Maya Chen\nHarbour Office Ltd\nPier Road')).toBeUndefined();
    expect(addressBlock('Maya Chen\nThe ferry ran late on 3 May.\nIt was full.')).toBeUndefined();
  });
  it('gives the addressee with the date standing beside it, and nothing for a date alone', () => {
    const unit = addresseeUnit(
      letter([
        'Maya Chen\nHarbour Office Ltd\n12 Pier Road\nPortsmouth PO1 2AB',
        '3 March 2025',
        'Dear Maya,',
      ]),
      -1,
    );
    expect(unit?.text).toBe(
      'To Maya Chen, Harbour Office Ltd, 12 Pier Road, Portsmouth PO1 2AB, dated 3 March 2025.',
    );
    expect(
      addresseeUnit(letter(['3 March 2025', 'The ferry ran late twice this week.']), -1),
    ).toBeUndefined();
  });
});

describe('tableRowLines', () => {
  const cell = (text: string) => ({ text });
  it('reads a data table row by row, each value with its column name', () => {
    expect(
      tableRowLines([
        [cell('Item'), cell('Qty'), cell('Unit price')],
        [cell('Desk lamp'), cell('3'), cell('€24')],
        [cell('Cable'), cell(''), cell('€5')],
      ]),
    ).toEqual(['Item Desk lamp, Qty 3, Unit price €24', 'Item Cable, Unit price €5']);
  });

  it('reads nothing from a table whose first row does not name its columns', () => {
    expect(
      tableRowLines([
        [cell('Ann Lee'), cell('12')],
        [cell('Bo Park'), cell('9')],
      ]),
    ).toEqual([]);
    expect(
      tableRowLines([
        [cell('Note'), cell('Note')],
        [cell('a'), cell('b')],
      ]),
    ).toEqual([]);
    expect(tableRowLines([[cell('Item'), cell('Qty')]])).toEqual([]);
  });
});

describe('the sentences of a summary of numbered rules (poi_stress015.docx)', () => {
  it('do not open with the number or letter of their list item', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress015.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.sentences.length).toBeGreaterThan(3);
    // The numbered articles are still chosen, without their numbers.
    expect(summary.citations.some((citation) => /^\s*\d{1,2}\.\s/.test(citation.quote))).toBe(true);
    for (const sentence of summary.sentences) expect(sentence.text).not.toMatch(/^(?:\d{1,2}|[a-z])[.)]\s/);
  });
});

describe('the sentences of a summary of a form', () => {
  it('are never a field with its blank to fill in', () => {
    const lines = [
      'The harbour office issues berth permits to boat owners for the summer season.',
      'A berth permit application names the boat owner, the boat and the berth permit wanted.',
      'Boat owner applying for the berth permit…………………………… boat name……………… berth……………',
      'The harbour office answers every berth permit application within ten days.',
      'Berth permits are valid from May to September.',
      'Signed by the boat owner: ______________________ date of the berth permit application ________',
    ];
    const document: Document = {
      type: 'document',
      format: 'pdf',
      metadata: {},
      blocks: lines.map((text, i) => ({ kind: 'paragraph', text, locator: { page: 1, paragraph: i + 1 } })),
    };
    // A long summary of six lines would take every one of them.
    const summary = summarizeParsed(document, '/files/berths.pdf', 'long');
    expect(summary.sentences.length).toBeGreaterThan(1);
    for (const sentence of summary.sentences) expect(sentence.text).not.toMatch(/…{3}|_{4}/);
  });
});

describe('the citations of a summary', () => {
  const summarize = async (folder: string, name: string) => {
    const path = join(CORPUS, 'office', folder, name);
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    return summarizeParsed(read.data, path);
  };

  it('name each cited passage once: five sentences of one paragraph cite it once (tika_testWORD_features.docx)', async () => {
    const summary = await summarize('docx', 'tika_testWORD_features.docx');
    expect(summary.sentences.length).toBeGreaterThan(1);
    expect(summary.citations).toHaveLength(1);
    expect(summary.sentences.every((sentence) => sentence.citations.join() === '1')).toBe(true);
    // The mark stands once, after the run of sentences it covers.
    expect(summary.summary.match(/\[1\]/g)).toHaveLength(1);
    expect(summary.summary).toMatch(/\[1\]$/);
    const uris = summary.citations.map((citation) => citation.uri);
    expect(new Set(uris).size).toBe(uris.length);
  });

  it('are distinct places in a longer document, numbered by first use (poi_stress018.docx)', async () => {
    const summary = await summarize('docx', 'poi_stress018.docx');
    const uris = summary.citations.map((citation) => citation.uri);
    expect(new Set(uris).size).toBe(uris.length);
    expect(summary.citations.map((citation) => citation.n)).toEqual(uris.map((_, i) => i + 1));
  });
});

describe('the summary of a deck', () => {
  it('never quotes a footer placeholder as slide text (tika_testPPT_masterFooter.pptx, poi_layouts.pptx)', async () => {
    const path = join(CORPUS, 'office', 'pptx', 'tika_testPPT_masterFooter.pptx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.summary).not.toContain('Master footer');
    expect(summary.citations).toEqual([]);
    const layouts = join(CORPUS, 'office', 'pptx', 'poi_layouts.pptx');
    const deck = await readFile(layouts);
    if (!deck.success) throw new Error('the corpus file does not read');
    expect(summarizeParsed(deck.data, layouts).summary).not.toMatch(
      /October 21, 2011|Apache Software Foundation/,
    );
  });
});

describe('bullets that end without a stop (poi_with_japanese.pptx)', () => {
  it('each end their own sentence instead of running into the next', async () => {
    const path = join(CORPUS, 'office', 'pptx', 'poi_with_japanese.pptx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const { summary } = summarizeParsed(read.data, path);
    expect(summary).toContain('Here is a text box. Here is a numbered list: Number bullet 1.');
    expect(summary).toContain('ゾルゲと尾崎、淡々と最期。');
    expect(summary).not.toMatch(/text box Here/);
  });
});

describe('summaries of real files a user picked at random', () => {
  const summarize = async (...parts: string[]) => {
    const path = join(CORPUS, ...parts);
    const read = await readFile(path);
    if (!read.success) throw new Error(`${path} does not read`);
    return summarizeParsed(read.data, path);
  };

  it('say why a calendar with no readable event has no summary (an event whose start is "INVALID-DATE")', async () => {
    const summary = await summarize(
      'calendar',
      'python-icalendar',
      'calendars__issue_1081_invalid_start_and_end.ics',
    );
    expect(summary.summary).toBe('');
    expect(summary.warnings.map((warning) => warning.message)).toEqual([
      'No event to summarize: the calendar holds no event with a readable date.',
    ]);
  });

  it('never quote a file of reply links ("1003 1004 -") as a sentence (irc stripe.1.annotation.txt)', async () => {
    const summary = await summarize('chats', 'irc-disentanglement', 'new-domains', 'stripe.1.annotation.txt');
    expect(summary.summary).toBe('');
    expect(summary.warnings[0]?.message).toMatch(/^No sentence to summarize/);
  });

  it('count one contact and one row in the singular, and list defined tables apart from columns', async () => {
    expect(
      (await summarize('contacts', 'ez-vcard', 'ezvcard__io__xml__rfc6351-example.xml')).summary,
    ).toMatch(/^1 contact: Simon Perreault\./);
    expect((await summarize('office', 'xlsx', 'poi_55745.xlsx')).summary).toBe(
      'Sheet "Sheet2" holds 5 rows of data; its columns are 列1, 列1. It has 8 defined tables. [1]',
    );
  });

  it('name a title line over a table as the title, and take the columns from the header below it', async () => {
    const taxes = await summarize(
      'office',
      'xlsx',
      'poi_clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx',
    );
    expect(taxes.summary).toMatch(
      /^Sheet "Exp1", titled “\(ii\) Examples Showing the Effects of the Budget changes on Different Categories of Single and Married Taxpayers”, holds 14 rows of data in A7:J22; its columns are GROSS INCOME, PRSI Liability Existing, /,
    );
    expect(taxes.citations[0]?.locator).toEqual({ sheet: 'Exp1', range: 'A7:J22' });
    // A table with no header row under its title: no made-up column names ("Column 1").
    expect((await summarize('office', 'other', 'tika_testEXCEL.xls')).summary).toBe(
      'Sheet "Feuil1", titled “Sample Excel Worksheet - Numbers and their Squares”, holds 15 rows of data in B6:C20. [1]',
    );
  });

  it('name a title line over a form as the title when a version stamp sits apart at its right (phpspreadsheet_issue.1767.xlsx)', async () => {
    const form = (await summarize('office', 'xlsx', 'phpspreadsheet_issue.1767.xlsx')).summary;
    expect(form).toContain(
      'Sheet "W PS Mustermann Hans", titled “IBB-Indikatorenraster Betreuungsbedarf für Wohnen: PB und/oder SB”, holds 48 rows of data in A17:K65; its columns are Nr., Indikatoren für Unterstützung, Anforderungsbereiche/Betreuungsbedarf/Umfang, Anforderungsbereiche/Betreuungsbedarf/Umfang (2),',
    );
    expect(form).not.toContain('V1.0');
    // The columns under the merged header cell take its name; none is left unnamed.
    expect(form).not.toContain('Unnamed');
  });

  it('name a header cell written on two lines on one line (wikitablequestions 200-csv/37.csv)', async () => {
    const summary = await summarize('tables', 'wikitablequestions', 'csv', '200-csv', '37.csv');
    expect(summary.summary).toContain('its columns are Preceded by Alfred Scott, Member of Parliament');
    expect(summary.summary).not.toContain('\n');
  });
});

describe('what counts as a sentence to summarize', () => {
  it('keeps a sentence written without spaces and drops a line of figures', () => {
    const document: Document = {
      type: 'document',
      format: 'docx',
      metadata: {},
      blocks: [
        { kind: 'paragraph', text: '渡船从五月起每天开两班。', locator: { paragraph: 1 } },
        { kind: 'paragraph', text: '1001 1002 - 1002 1003 - 1003 1005 -', locator: { paragraph: 2 } },
      ],
    };
    expect(summarizeParsed(document, '/files/ferry.docx').summary).toBe('渡船从五月起每天开两班。 [1]');
  });
});

describe('a summary of a real meeting transcript (QMSum ES2009a)', () => {
  it('quotes the turns without transcript markup, fillers or a comma before the end', async () => {
    const path = join(CORPUS, 'meetings', 'qmsum', 'val', 'ES2009a.json');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.sentences.length).toBeGreaterThan(4);
    expect(summary.summary).not.toMatch(/\{\w+\}|\b(?:um|uh)\b|\s[,.](?:\s|$)|,\./);
    expect(summary.summary).toContain('Things we like about the city you know.');
  });
});

describe('a notice written as labelled fields', () => {
  const notice: Document = {
    type: 'document',
    format: 'docx',
    metadata: {},
    blocks: [
      { kind: 'paragraph', text: 'Event:', locator: { paragraph: 1 } },
      {
        kind: 'list-item',
        level: 0,
        ordered: false,
        text: 'Spring planting day.',
        locator: { paragraph: 2 },
      },
      { kind: 'paragraph', text: 'Date and time:', locator: { paragraph: 3 } },
      { kind: 'list-item', level: 0, ordered: false, text: '14 May 2031, 10:00.', locator: { paragraph: 4 } },
      { kind: 'paragraph', text: 'Venue:', locator: { paragraph: 5 } },
      {
        kind: 'list-item',
        level: 0,
        ordered: false,
        text: 'Hall B, 12 Mill Road.',
        locator: { paragraph: 6 },
      },
      { kind: 'paragraph', text: 'Programme:', locator: { paragraph: 7 } },
      { kind: 'list-item', level: 0, ordered: false, text: 'Welcome', locator: { paragraph: 8 } },
      { kind: 'list-item', level: 0, ordered: false, text: 'Planting', locator: { paragraph: 9 } },
      {
        kind: 'paragraph',
        text: 'The volunteers bring gloves and spades, and the garden club brings the seedlings for every bed.',
        locator: { paragraph: 10 },
      },
    ],
  };

  it('reads each label with its one value, and leaves a label over a list alone', () => {
    const texts = withLabelsJoined(notice.blocks).map((block) => ('text' in block ? block.text : ''));
    expect(texts).toContain('Venue: Hall B, 12 Mill Road.');
    expect(texts).toContain('Programme:');
    expect(texts).toContain('Welcome');
  });

  it('leads its summary with what, when and where', () => {
    const summary = summarizeParsed(notice, '/files/notice.docx', 'short');
    expect(summary.summary).toContain('Event: Spring planting day.');
    expect(summary.summary).toContain('Date and time: 14 May 2031, 10:00.');
  });

  it('keeps the date and place of a real Polish meeting notice (poi_stress017.docx)', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress017.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const summary = summarizeParsed(read.data, path);
    expect(summary.summary).toContain('Data i godzina spotkania: 27 sierpnia 2019 roku, godzina 10:00.');
    expect(summary.summary).toMatch(/Miejsce: Ośrodek Edukacji Leśnej/);
  });

  it('leaves a long article with a few labelled lines to the ranking (poi_stress008.docx)', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress008.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const units = textUnits(read.data, { labelsJoined: true });
    expect(units.some((unit) => unit.label)).toBe(true);
    expect(leadFields(units, 5)).toEqual([]);
  });
});

describe('a legal text that cites its articles (tika_testWORD_formattingFlipUnderlineOrder.docx)', () => {
  it('keeps "art. 100" whole and drops the "3)" of a lower-case clause', async () => {
    const path = join(CORPUS, 'office', 'docx', 'tika_testWORD_formattingFlipUnderlineOrder.docx');
    const read = await readFile(path);
    if (!read.success) throw new Error('the corpus file does not read');
    const { sentences } = summarizeParsed(read.data, path);
    const texts = sentences.map((sentence) => sentence.text);
    expect(texts.some((text) => text.endsWith('o którym mowa w art. 100.'))).toBe(true);
    for (const text of texts) {
      expect(text).not.toMatch(/\b(?:art|ust)\.$/);
      expect(text).not.toMatch(/^\d\) \p{Ll}/u);
    }
  });
});

describe('the summary of a calendar', () => {
  const event = (extra: Partial<CalendarEvent>): CalendarEvent => ({
    type: 'event',
    uid: extra.summary ?? 'e',
    summary: 'Event',
    start: '2031-05-06T07:00:00Z',
    end: '2031-05-06T08:00:00Z',
    allDay: false,
    attendees: [],
    locator: {},
    ...extra,
  });
  const calendar: Calendar = {
    type: 'calendar',
    format: 'ics',
    window: { start: '2031-01-01T00:00:00Z', end: '2032-01-01T00:00:00Z' },
    events: [
      event({ summary: 'Kiln inspection', timeZone: 'Europe/Oslo', location: 'Shed 2' }),
      event({
        summary: 'Order glaze',
        start: '2031-05-07T12:15:00Z',
        end: '2031-05-07T12:15:00Z',
        timeZone: 'Europe/Oslo',
        todo: { completed: '2031-05-07T12:15:00Z', percentComplete: 100 },
      }),
      event({ uid: 'u1', summary: '', start: '2031-05-08T10:30:00Z', end: '2031-05-08T11:00:00Z' }),
      event({
        uid: 'u2',
        summary: ' ',
        start: '2031-05-09T09:00:00Z',
        end: '2031-05-09T09:00:00Z',
        todo: { due: '2031-05-09T09:00:00Z' },
      }),
    ],
  };
  const summary = summarizeParsed(calendar, '/files/studio.ics').summary;

  it('tells an event on its own clock, naming the zone, not in UTC', () => {
    expect(summary).toContain('Kiln inspection on 2031-05-06 09:00 Europe/Oslo at Shed 2.');
  });

  it('tells a to-do as one, by when it was done', () => {
    expect(summary).toContain('Order glaze, a to-do done on 2031-05-07 14:15 Europe/Oslo.');
  });

  it('says an event or to-do without a title is untitled, never a sentence with no subject', () => {
    expect(summary).toContain('An untitled event on 2031-05-08 10:30.');
    expect(summary).toContain('An untitled to-do due 2031-05-09 09:00.');
    expect(summary).not.toMatch(/(?:^|\n|\. ) on 2031/);
  });
});
