import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../test/helpers/paths.ts';
import { parseVcard } from '../formats/contacts/read-vcard.ts';
import { readFile } from '../formats/read-file.ts';
import { blockText, chunkFile, chunkUri } from './chunk-file.ts';

describe('chunkFile on a real workbook with cell comments', () => {
  it('makes one chunk per comment, said with its cell and column heading, cited at that cell', async () => {
    const path = join(CORPUS, 'office', 'xlsx', 'phpspreadsheet_issue.2316.xlsx');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const chunks = chunkFile(read.data, path);
    const note = chunks.find((chunk) => chunk.locator.range === 'D1');
    expect(note?.type).toBe('sheet');
    expect(note?.text).toMatch(/^Comment on D1 \(訂單金額\), by jill\.chen: 金額限制：20000元以內/);
    expect(chunkUri(path, note!.locator)).toMatch(/#sheet=Sheet1!D1$/);
    // The cells themselves are still one chunk of rows.
    expect(chunks.filter((chunk) => chunk.text.startsWith('廠商訂單編號 | 物流廠商'))).toHaveLength(1);
  });
});

describe('chunkFile on a real workbook with number formats', () => {
  it('reads each cell as its format shows it, not its stored digits', async () => {
    const path = join(CORPUS, 'office', 'xlsx', 'poi_ConditionalFormattingSamples.xlsx');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const row = chunkFile(read.data, path)
      .flatMap((chunk) => chunk.text.split('\n'))
      .find((line) => line.includes('Kilimanjaro'));
    expect(row).toContain('5,895');
    expect(row).not.toContain('5894.832');
  });
});

describe('chunkFile on a workbook with number formats', () => {
  it('indexes the text a person reads in the cells, not the stored digits', async () => {
    const path = join(CORPUS, 'office', 'xlsx', 'poi_AverageTaxRates.xlsx');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const rows = chunkFile(read.data, path)
      .filter((chunk) => chunk.title.endsWith('› Avgtxfull'))
      .flatMap((chunk) => chunk.text.split('\n'));
    // "#,##0" and "0.0%" cells: 20000 and 0.2067… read as 20,000 and 20.7%.
    expect(rows).toContain(
      '20,000 |  | 20.7% | 18.5% | 14.7% | 8.3% | 4.7% | 4.7% | 4.7% | 4.7% | 2.7% | 2.7% | 2.7%',
    );
    expect(rows.join('\n')).not.toMatch(/0\.2067/);
  });
});

describe('chunkFile on contacts', () => {
  it("puts the people a card names by relation into the contact's text", () => {
    const parsed = parseVcard(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Odile Varga',
        'EMAIL:odile@example.com',
        'X-EVOLUTION-MANAGER:Piet Hollander',
        'X-MS-ASSISTANT:Rosa Quint',
        'END:VCARD',
      ].join('\n'),
    );
    const [chunk] = chunkFile(parsed.contacts, 'people.vcf');
    expect(chunk?.text.split('\n')).toEqual(
      expect.arrayContaining(['Manager: Piet Hollander', 'Assistant: Rosa Quint']),
    );
    // Named in the text only: the card's people are still its own person.
    expect(chunk?.people?.map((ref) => ref.name)).toEqual(['Odile Varga']);
  });

  it("writes a card's home and work fields with their kind", () => {
    const parsed = parseVcard(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Odile Varga',
        'EMAIL:odile@example.com',
        'EMAIL;TYPE=WORK:o.varga@weaver.example',
        'ADR;TYPE=HOME:;;12 Elm St;Portsby;;;',
        'ADR;TYPE=WORK:;;40 Kiln Lane;Portsby;;;',
        'URL;TYPE=WORK:http://weaver.example',
        'END:VCARD',
      ].join('\n'),
    );
    const [chunk] = chunkFile(parsed.contacts, 'people.vcf');
    expect(chunk?.text.split('\n')).toEqual(
      expect.arrayContaining([
        'odile@example.com',
        'Work e-mail: o.varga@weaver.example',
        'Home address: 12 Elm St, Portsby',
        'Work address: 40 Kiln Lane, Portsby',
        'Work web page: http://weaver.example',
      ]),
    );
    expect(chunk?.text).not.toMatch(/^40 Kiln Lane/m);
  });

  it('tells the home address of a real card from its work address', async () => {
    const path = join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__text__gmail-single2.vcf');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const [chunk] = chunkFile(read.data, path);
    expect(chunk?.text).toMatch(/^Home address: 112 Main St, NY, New York, 10011$/m);
    expect(chunk?.text).toMatch(/^Work address: 113 Main St, NY, New York, 10011$/m);
    expect(chunk?.text).toMatch(/^111 Main St, NY, New York, 10011$/m);
  });

  it('writes every related name of a real card with its relation', async () => {
    const path = join(CORPUS, 'contacts', 'ez-vcard', 'ezvcard__io__text__gmail-single2.vcf');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const [chunk] = chunkFile(read.data, path);
    expect(chunk?.text).toMatch(/^Spouse: Name2$/m);
    expect(chunk?.text).toMatch(/^Manager: Name11$/m);
    expect(chunk?.text).toMatch(/^Assistant: Name12$/m);
  });
});

describe('blockText', () => {
  it('writes a chart as its title and a table of its figures, one row per category', () => {
    const text = blockText({
      kind: 'chart',
      chartType: 'bar',
      title: 'Kiln firings',
      series: [
        { name: 'Stoneware', categories: ['Spring', 'Summer'], values: [12, 7.5] },
        { name: 'Porcelain', categories: ['Spring', 'Summer'], values: [3, null] },
      ],
      locator: { slide: 2 },
    });
    expect(text).toBe('Kiln firings\n | Stoneware | Porcelain\nSpring | 12 | 3\nSummer | 7.5 | ');
  });

  it('says what a note is, and who wrote a comment', () => {
    const note = {
      kind: 'note',
      noteKind: 'comment',
      text: 'Check the glaze.',
      locator: { paragraph: 3 },
    } as const;
    expect(blockText({ ...note, author: 'Mirela Todd' })).toBe('Comment by Mirela Todd: Check the glaze.');
    expect(blockText(note)).toBe('Comment: Check the glaze.');
    expect(blockText({ ...note, noteKind: 'textbox' })).toBe('Text box: Check the glaze.');
    expect(blockText({ ...note, noteKind: 'footer' })).toBe('Footer: Check the glaze.');
  });
});

describe('chunkFile on a real deck with a chart', () => {
  it("puts the chart's figures into the slide's text", async () => {
    const path = join(CORPUS, 'office', 'pptx', 'poi_pie-chart.pptx');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const text = chunkFile(read.data, path)
      .map((chunk) => chunk.text)
      .join('\n');
    expect(text).toContain('1st Qtr | 8.2');
  });
});

describe('chunkFile on an invitation with ways to join and answers', () => {
  it('puts RFC 7986 CONFERENCE lines and who accepted or declined (PARTSTAT) in the event text', async () => {
    const { parseIcs } = await import('../formats/calendar/read-ics.ts');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:glaze-review@example.test',
      'DTSTART:20310304T150000Z',
      'DTEND:20310304T160000Z',
      'SUMMARY:Glaze review',
      'CONFERENCE;VALUE=URI;FEATURE=PHONE,MODERATOR;LABEL=Host dial-in:tel:+1-555-0100,,,918273',
      'CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://video.example.test/glaze',
      'ATTENDEE;CN=Rhea Tull;PARTSTAT=ACCEPTED:mailto:rhea@example.test',
      'ATTENDEE;PARTSTAT=DECLINED:mailto:oskar@example.test',
      'ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:lena@example.test',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { calendar } = parseIcs(ics);
    expect(calendar.events[0]?.conferences).toEqual([
      { uri: 'tel:+1-555-0100,,,918273', label: 'Host dial-in', features: ['PHONE', 'MODERATOR'] },
      { uri: 'https://video.example.test/glaze', features: ['VIDEO'] },
    ]);
    const text = chunkFile(calendar, '/work/glaze.ics')[0]?.text ?? '';
    expect(text).toContain('Host dial-in: tel:+1-555-0100,,,918273');
    expect(text).toContain('Conference: https://video.example.test/glaze');
    expect(text).toContain('Accepted: Rhea Tull <rhea@example.test>');
    expect(text).toContain('Declined: oskar@example.test');
    expect(text).not.toContain('lena@example.test');
  });
});

describe('chunkFile on an event written without a start', () => {
  it('keeps its ways to join and who accepted as a passage at no date, with no event data to answer times from', async () => {
    const { parseIcs } = await import('../formats/calendar/read-ics.ts');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:kiln-sync@example.test',
      'SUMMARY:Kiln sync',
      'CONFERENCE;VALUE=URI;FEATURE=PHONE,MODERATOR;LABEL=Host dial-in:tel:+1-555-0142,,,604417',
      'ATTENDEE;PARTSTAT=ACCEPTED:mailto:ivo@example.test',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:kiln-firing@example.test',
      'DTSTART:20310310T090000Z',
      'SUMMARY:Kiln firing',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { calendar } = parseIcs(ics);
    expect(calendar.events.map((event) => event.summary)).toEqual(['Kiln firing']);
    expect(calendar.undated?.[0]?.conferences?.[0]?.label).toBe('Host dial-in');
    const chunks = chunkFile(calendar, '/work/kiln.ics');
    const undated = chunks.find((chunk) => chunk.title === 'Kiln sync');
    expect(undated?.text).toContain('Host dial-in: tel:+1-555-0142,,,604417');
    expect(undated?.text).toContain('Accepted: ivo@example.test');
    expect(undated?.date).toBeUndefined();
    expect(undated?.data?.type).toBe('undated-event');
  });
});

describe('chunkFile on a real deck with speaker notes', () => {
  it('keeps the notes said as speaker notes in the slide text', async () => {
    const path = join(CORPUS, 'office', 'pptx', 'pandoc_speaker-notes-output.pptx');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const noted = chunkFile(read.data, path).filter((chunk) => chunk.text.includes('Speaker notes: '));
    expect(noted.length).toBeGreaterThan(0);
    expect(noted.some((chunk) => /Speaker notes: .*first note div/s.test(chunk.text))).toBe(true);
  });
});

describe('chunkFile on a real document with lists in table cells', () => {
  it('keeps each table row on one line', async () => {
    const path = join(CORPUS, 'office', 'docx', 'pandoc_table_with_list_cell.docx');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const lines = chunkFile(read.data, path).flatMap((chunk) => chunk.text.split('\n'));
    expect(lines).toContain('Cell with A Bullet list | Cell with A Numbered list.');
  });
});

describe('chunkFile on a real sheet with headings of two lines', () => {
  it('keeps the heading row on one line of the chunk', async () => {
    const path = join(CORPUS, 'office', 'xlsx', 'poi_ConditionalFormattingSamples.xlsx');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const lines = chunkFile(read.data, path).flatMap((chunk) => chunk.text.split('\n'));
    expect(lines).toContain(
      'Product | Shifting | Brakes | Handle Bars | Seat | Frequency of Repair | Overall Score',
    );
  });
});

describe('chunkFile on a real table whose cells are written on two lines (wikitablequestions 203-csv/402.csv)', () => {
  it('keeps each row on one line, so the festival stays with its award', async () => {
    const path = join(CORPUS, 'tables', 'wikitablequestions', 'csv', '203-csv', '402.csv');
    const read = await readFile(path, {});
    if (!read.success) throw new Error(read.error.message);
    const lines = chunkFile(read.data, path).flatMap((chunk) => chunk.text.split('\n'));
    expect(lines).toContain(
      'Sep 16 | Athens International Film Festival | Athens, Attica Greece | Best Director | aiff.gr',
    );
    expect(lines.filter((line) => /^\s*Greece\b/.test(line))).toEqual([]);
    expect(lines).toHaveLength(15);
  });
});

describe('chunkFile on a sheet of stacked blocks', () => {
  const cell = (value: string) => ({ type: 'text' as const, value });
  const sheetRows = [
    ['DUES OF THE ORVANNE ROWING CLUB'],
    [],
    ['JUNIOR RATE', '', 'SOLO MEMBER'],
    ['€', '', '2031', '2032'],
    ['400', '', '3.1%', '2.9%'],
    [],
    ['JUNIOR RATE', '', 'FAMILY OF 3'],
    ['€', '', '2031', '2032'],
    ['400', '', '1.2%', '1.1%'],
    ['900', '', '2.6%', '2.5%'],
    ['1,700', '', '3.9%', '3.6%'],
  ].map((row) => row.map((value) => (value ? cell(value) : null)));
  const book = {
    type: 'workbook' as const,
    format: 'xlsx',
    metadata: {},
    date1904: false,
    sheets: [{ name: 'Dues', hidden: false, rows: sheetRows, merges: [], tables: [] }],
  };

  it("carries a block's title and column labels into a window that opens among its figures", () => {
    const chunks = chunkFile(book, 'dues.xlsx', { sheetRows: 8 });
    const last = chunks.at(-1)?.text.split('\n');
    expect(last?.[0]).toBe('DUES OF THE ORVANNE ROWING CLUB');
    expect(last?.slice(1, 3)).toEqual(['JUNIOR RATE |  | FAMILY OF 3', '€ |  | 2031 | 2032']);
    expect(last?.at(-1)).toBe('1,700 |  | 3.9% | 3.6%');
    // The first window has its own titles: nothing is carried into it.
    expect(chunks[0]?.text.split('\n').filter((line) => line.startsWith('JUNIOR RATE'))).toHaveLength(2);
  });
});
