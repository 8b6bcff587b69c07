import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, STRICT } from '../../../test/helpers/paths.ts';
import { fixedClock } from '../../lib/clock.ts';
import { convertWithLibreOffice, findLibreOffice, pdfPageCount } from '../../lib/libreoffice.ts';
import type { Block, Document } from '../model.ts';
import { readBuffer } from '../read-file.ts';
import type { WordDocument } from './word-document.ts';
import { wordDocumentFromModel, writeDocx } from './write-docx.ts';

const clock = fixedClock('2026-03-12T09:00:00Z');

function chartPng(): Uint8Array {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#fff"/>' +
    '<rect x="10" y="40" width="20" height="30" fill="#1f6feb"/><rect x="50" y="20" width="20" height="50" fill="#1f6feb"/>' +
    '<rect x="90" y="10" width="20" height="60" fill="#d1242f"/></svg>';
  return new Resvg(svg).render().asPng();
}

const report: WordDocument = {
  title: 'Q3 Business Review',
  author: 'Dana Ruiz',
  subject: 'Quarterly review',
  headerText: 'Northwind Labs · Confidential',
  blocks: [
    { kind: 'heading', level: 1, text: 'Q3 Business Review' },
    {
      kind: 'paragraph',
      runs: [
        { text: 'Revenue grew ' },
        { text: '12%', bold: true },
        { text: ' over Q2, ' },
        { text: 'ahead of plan', italic: true, footnote: 'Finance close, 3 October 2025.' },
        { text: '. Details are on the ' },
        { text: 'intranet', link: 'https://intranet.northwind.example/q3' },
        { text: '.' },
      ],
    },
    { kind: 'heading', level: 2, text: 'Next steps' },
    { kind: 'list-item', ordered: true, text: 'Hire two engineers' },
    { kind: 'list-item', ordered: true, level: 1, text: 'One for the data team' },
    {
      kind: 'list-item',
      ordered: false,
      text: 'Renew the vendor contract',
      runs: [{ text: 'Renew the vendor contract', footnote: 'Contract ends 31 December.' }],
    },
    {
      kind: 'table',
      caption: 'Table 1. Revenue by region',
      rows: [
        ['Region', 'Revenue', 'Growth'],
        ['North', '1,200,000', '8%'],
        ['South', '950,000', '15%'],
      ],
    },
    {
      kind: 'image',
      data: chartPng(),
      contentType: 'image/png',
      widthPx: 120,
      heightPx: 80,
      altText: 'Revenue by region, bar chart',
    },
    { kind: 'quote', text: 'We grow by keeping customers.' },
  ],
};

describe('writeDocx', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'officemate-write-docx-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives the same bytes for the same input and clock, with the clock in the core properties', async () => {
    const first = await writeDocx(report, { clock });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await writeDocx(report, { clock });
    expect(first.equals(second)).toBe(true);
    const later = await writeDocx(report, { clock: fixedClock('2026-04-01T00:00:00Z') });
    expect(later.equals(first)).toBe(false);
    const core = strFromU8(unzipSync(new Uint8Array(first))['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:title>Q3 Business Review</dc:title>');
    expect(core).toContain('<dc:creator>Dana Ruiz</dc:creator>');
    expect(core).toMatch(/<dcterms:created[^>]*>2026-03-12T09:00:00Z</);
    const footer = strFromU8(unzipSync(new Uint8Array(first))['word/footer1.xml'] ?? new Uint8Array());
    expect(footer).toContain('>PAGE<');
    expect(footer).toContain('>NUMPAGES<');
  });

  it('is read back by our docx reader with the same headings, lists, table, image and footnotes', async () => {
    const bytes = await writeDocx(report, { clock });
    const result = await readBuffer('review.docx', bytes);
    if (!result.success) throw new Error(result.error.message);
    const document = result.data as Document;
    expect(document.type).toBe('document');
    expect(document.metadata.title).toBe('Q3 Business Review');
    expect(document.metadata.author).toBe('Dana Ruiz');
    const of = <K extends Block['kind']>(kind: K) =>
      document.blocks.filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);
    expect(of('heading').map((block) => [block.level, block.text])).toEqual([
      [1, 'Q3 Business Review'],
      [2, 'Next steps'],
    ]);
    const paragraph = of('paragraph').find((block) => block.text.startsWith('Revenue grew'));
    expect(paragraph?.text).toBe('Revenue grew 12% over Q2, ahead of plan. Details are on the intranet.');
    expect(paragraph?.runs?.some((run) => run.text === '12%' && run.bold)).toBe(true);
    expect(paragraph?.runs?.some((run) => run.link === 'https://intranet.northwind.example/q3')).toBe(true);
    expect(of('list-item').map((block) => [block.text, block.level, block.ordered])).toEqual([
      ['Hire two engineers', 0, true],
      ['One for the data team', 1, true],
      ['Renew the vendor contract', 0, false],
    ]);
    const table = of('table')[0];
    expect(table?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Region', 'Revenue', 'Growth'],
      ['North', '1,200,000', '8%'],
      ['South', '950,000', '15%'],
    ]);
    const image = of('image')[0];
    expect(image?.contentType).toBe('image/png');
    expect(image?.altText).toBe('Revenue by region, bar chart');
    expect(
      of('note')
        .filter((note) => note.noteKind === 'footnote')
        .map((note) => note.text),
    ).toEqual(['Finance close, 3 October 2025.', 'Contract ends 31 December.']);
    expect(of('note').find((note) => note.noteKind === 'header')?.text).toBe('Northwind Labs · Confidential');
  });

  it('writes a Document model read from another file back to Word', async () => {
    const source: Document = {
      type: 'document',
      format: 'md',
      metadata: { title: 'Notes' },
      blocks: [
        { kind: 'heading', level: 1, text: 'Notes', locator: { line: 1 } },
        { kind: 'paragraph', text: 'Budget cut by 10%.', locator: { line: 3 } },
        { kind: 'note', noteKind: 'footnote', text: 'Finance mail.', locator: { line: 3 } },
        {
          kind: 'table',
          rows: [
            [
              { text: 'A', colSpan: 2 },
              { text: '', merged: true },
            ],
            [{ text: '1' }, { text: '2' }],
          ],
          locator: { line: 5 },
        },
      ],
    };
    const result = await readBuffer('notes.docx', await writeDocx(source, { clock }));
    if (!result.success) throw new Error(result.error.message);
    const document = result.data as Document;
    expect(document.blocks.find((block) => block.kind === 'paragraph')?.text).toBe('Budget cut by 10%.');
    const footnote = document.blocks.find((block) => block.kind === 'note' && block.noteKind === 'footnote');
    expect(footnote?.kind === 'note' && footnote.text).toBe('Finance mail.');
    const table = document.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]?.[0]).toMatchObject({ text: 'A', colSpan: 2 });
  });

  it('is opened by LibreOffice', async () => {
    if (!findLibreOffice()) {
      if (STRICT) throw new Error('LibreOffice is required on CI');
      return;
    }
    const path = join(dir, 'review.docx');
    await writeFile(path, await writeDocx(report, { clock }));
    const pdf = await convertWithLibreOffice(path, { to: 'pdf', outDir: dir });
    expect(await pdfPageCount(pdf)).toBeGreaterThan(0);
  }, 240_000);

  it('drops characters XML cannot carry, pads ragged table rows, writes right-to-left and CJK text', async () => {
    const bytes = await writeDocx(
      {
        title: 'Bad\u0001title',
        blocks: [
          { kind: 'paragraph', text: 'Bell\u0007 and form feed\u000c gone, tab\tkept' },
          { kind: 'table', rows: [['A', 'B', 'C'], ['1']] },
          { kind: 'paragraph', direction: 'rtl', text: 'مرحبا بالعالم' },
          { kind: 'paragraph', text: '季度销售额增长了百分之十二' },
        ],
      },
      { clock },
    );
    const result = await readBuffer('odd.docx', bytes);
    if (!result.success) throw new Error(result.error.message);
    const document = result.data as Document;
    expect(document.metadata.title).toBe('Badtitle');
    const paragraph = document.blocks.find((block) => block.kind === 'paragraph');
    expect(paragraph?.kind === 'paragraph' && paragraph.text).toMatch(
      /^Bell and form feed gone, tab\s+kept$/,
    );
    const table = document.blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((row) => row.length)).toEqual([3, 3]);
    const texts = document.blocks.filter((block) => block.kind === 'paragraph');
    expect(texts.find((block) => block.text === 'مرحبا بالعالم')).toMatchObject({ direction: 'rtl' });
    expect(texts.some((block) => block.text === '季度销售额增长了百分之十二')).toBe(true);
  });

  it('refuses images it cannot embed with a typed error', async () => {
    await expect(
      writeDocx(
        {
          blocks: [
            {
              kind: 'image',
              data: new Uint8Array([1]),
              contentType: 'image/tiff',
              widthPx: 1,
              heightPx: 1,
              altText: 'scan',
            },
          ],
        },
        { clock },
      ),
    ).rejects.toMatchObject({ code: 'format_unsupported' });
  });
});

describe('a Word copy of a document keeps its header and footer', () => {
  const note = (noteKind: 'header' | 'footer', text: string): Block => ({
    kind: 'note',
    noteKind,
    text,
    locator: {},
  });
  const copy = (...blocks: Block[]) =>
    wordDocumentFromModel({ type: 'document', format: 'docx', metadata: {}, blocks });

  it('when every page has the same, page numbers aside', () => {
    const word = copy(
      note('footer', '2'),
      note('footer', 'Harbour Office, 1 Quay Street\ntel. 0123 456'),
      note('footer', 'Harbour Office, 1 Quay Street\ntel. 0123 456'),
      note('header', 'Ferry timetable'),
    );
    expect(word.footerLines).toEqual(['Harbour Office, 1 Quay Street', 'tel. 0123 456']);
    expect(word.headerText).toBe('Ferry timetable');
  });

  it('reads back its own footer without the words of the empty page fields (poi_stress017.docx)', async () => {
    const path = join(CORPUS, 'office', 'docx', 'poi_stress017.docx');
    const source = await readBuffer(path, await readFile(path));
    if (!source.success || source.data.type !== 'document') throw new Error('not a document');
    const back = await readBuffer(
      'copy.docx',
      await writeDocx(wordDocumentFromModel(source.data), { clock }),
    );
    if (!back.success || back.data.type !== 'document') throw new Error('not a document');
    const footers = back.data.blocks.flatMap((block) =>
      block.kind === 'note' && block.noteKind === 'footer' ? [block.text] : [],
    );
    expect(footers).toEqual([
      'Regionalna Dyrekcja Lasów Państwowych w Białymstoku, ul. Lipowa 51, 15-424 Białystok\n' +
        'tel.: +48 85 748 18 00, fax: +48 85 652 23 73, e-mail: rdlp@ bialystok. lasy.gov.pl',
    ]);
  });

  it('a document with no footer text of its own reads back with no footer at all', async () => {
    const back = await readBuffer('plain.docx', await writeDocx(copy(note('footer', '7')), { clock }));
    if (!back.success || back.data.type !== 'document') throw new Error('not a document');
    expect(back.data.blocks.filter((block) => block.kind === 'note')).toEqual([]);
  });

  it('not when sections have headers of their own, nor a footer that is only a page number', () => {
    const word = copy(
      note('header', 'Contents (continued)'),
      note('header', 'Figures (continued)'),
      note('footer', 'v'),
      note('footer', 'Page 3 of 7'),
    );
    expect(word.headerText).toBeUndefined();
    expect(word.footerLines).toBeUndefined();
  });
});
