import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, STRICT } from '../../../test/helpers/paths.ts';
import { convertWithLibreOffice, findLibreOffice } from '../../lib/libreoffice.ts';
import type { Document } from '../model.ts';
import { readBuffer } from '../read-file.ts';
import { itemsToLines, linesToParagraphs, titleIndex } from './read-pdf.ts';

/** A corpus .docx printed to PDF by LibreOffice before the block's tests, removed after them. */
function printToPdf(name: string): { available: boolean; path: () => string } {
  const available = findLibreOffice() !== undefined;
  let work = '';
  let pdfPath = '';
  beforeAll(async () => {
    if (!available) return;
    work = await mkdtemp(join(tmpdir(), 'officemate-pdf-test-'));
    const source = join(work, name);
    await copyFile(join(CORPUS, 'office', 'docx', name), source);
    pdfPath = await convertWithLibreOffice(source, { to: 'pdf', outDir: work });
  }, 120_000);
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });
  return { available, path: () => pdfPath };
}

/** A minimal PDF written object by object, with a correct cross-reference table. */
function handMadePdf(pages: readonly (readonly string[])[]): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((lines, i) => {
    const id = pageIds[i]!;
    // Lines 16 pt apart; an empty string leaves a blank line (a paragraph break).
    const ops = lines.map((line, n) => `BT /F1 12 Tf 72 ${720 - n * 16} Td (${line}) Tj ET`).join('\n');
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body);
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('readPdf', () => {
  it('reads text per page as paragraphs located by page', async () => {
    const pdf = handMadePdf([
      ['Quarterly report', '', 'Revenue grew by ten percent', 'in the third quarter.'],
      ['Second page text'],
    ]);
    const result = await readBuffer('report.pdf', pdf);
    expect(result.success).toBe(true);
    const doc = (result.success ? result.data : undefined) as Document;
    expect(doc.pageCount).toBe(2);
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Quarterly report', locator: { page: 1, paragraph: 1 } },
      {
        kind: 'paragraph',
        text: 'Revenue grew by ten percent in the third quarter.',
        locator: { page: 1, paragraph: 2 },
      },
      { kind: 'paragraph', text: 'Second page text', locator: { page: 2, paragraph: 3 } },
    ]);
  });

  it('reports a damaged PDF as corrupt', async () => {
    const result = await readBuffer('broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('file_corrupt');
      expect(result.error.message).toContain('broken.pdf');
    }
  });
});

describe('readPdf on a PDF rendered by LibreOffice from a real document', () => {
  const printed = printToPdf('tika_testWORD.docx');

  (printed.available || STRICT ? it : it.skip)('finds the document text on page 1', async () => {
    const result = await readBuffer(printed.path(), await readFile(printed.path()));
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
    if (!result.success || result.data.type !== 'document') return;
    const texts = result.data.blocks.map((block) => ('text' in block ? block.text : ''));
    expect(texts).toContain('Heading Level 1');
    expect(texts).toContain('This is a sample Microsoft Word Document.');
    const pages = result.data.pageCount ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(
      result.data.blocks.find((block) => 'text' in block && block.text === 'Heading Level 1')?.locator.page,
    ).toBe(1);
    expect(
      result.data.blocks.every(
        (block) => (block.locator.page ?? 0) >= 1 && (block.locator.page ?? 0) <= pages,
      ),
    ).toBe(true);
    expect(result.data.metadata.title).toBe('Sample Word Document');
  });
});

describe('text drawn twice', () => {
  const item = (str: string, x: number, y: number, size = 20) => ({
    str,
    transform: [size, 0, 0, size, x, y],
    height: size,
  });

  it('keeps one copy of a shadowed word, and of a run redrawn after itself', () => {
    const shadowed = itemsToLines([
      item('HARBOUR', 40, 700),
      item('HARBOUR', 41.8, 701.8),
      item(' ', 180, 700),
      item('OFFICE', 190, 700),
      item('OFFICE', 191.8, 701.8),
    ]);
    expect(shadowed.map((line) => line.text)).toEqual(['HARBOUR OFFICE']);
    const redrawn = itemsToLines([
      item('Ferry', 72, 600, 12),
      item(' crew', 100, 600, 12),
      item('Ferry', 72.5, 600.5, 12),
      item(' crew', 100.5, 600.5, 12),
    ]);
    expect(redrawn.map((line) => line.text)).toEqual(['Ferry crew']);
  });

  it('keeps a word that is repeated further along the line', () => {
    const line = itemsToLines([
      item('two', 72, 600, 12),
      item(' by ', 95, 600, 12),
      item('two', 120, 600, 12),
    ]);
    expect(line.map((entry) => entry.text)).toEqual(['two by two']);
  });
});

describe('the title of a PDF, by type size', () => {
  const line = (text: string, y: number, height: number) => ({ text, y, height });

  it('breaks a paragraph where the type size changes, and takes the largest line on page 1 for the title', () => {
    // A letterhead in 16 pt over a title in 20 pt, then the body in 12 pt, lines close together.
    const paragraphs = linesToParagraphs([
      line('Northern Province', 690, 16),
      line('Harbour District Council', 672, 16),
      line('RESOLUTION', 640, 20),
      line('On the ferry timetable for the summer season', 610, 12),
      line('The council resolves to run the ferry twice a day.', 596, 12),
    ]);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Northern Province Harbour District Council',
      'RESOLUTION',
      'On the ferry timetable for the summer season The council resolves to run the ferry twice a day.',
    ]);
    expect(titleIndex(paragraphs.map((paragraph) => ({ ...paragraph, page: 1 })))).toBe(1);
  });

  it('finds no title in a PDF set in one size, nor in a larger sentence or lower-case fragment', () => {
    const at = (text: string, size: number, page = 1) => ({ text, size, page });
    expect(titleIndex([at('Harbour report', 12), at('The ferry runs twice a day.', 12)])).toBe(-1);
    expect(
      titleIndex([
        at('The ferry runs twice a day.', 18),
        at('of the harbour (board)', 16),
        at('Body text of the report, which is long enough to be the body.', 12),
      ]),
    ).toBe(-1);
    // Only the first page holds the title.
    expect(
      titleIndex([at('Body text of the report, long enough to be the body.', 12), at('Annex', 18, 2)]),
    ).toBe(-1);
  });
});

describe('readPdf on a real decree printed to PDF by LibreOffice (poi_stress003.docx)', () => {
  const printed = printToPdf('poi_stress003.docx');

  (printed.available || STRICT ? it : it.skip)(
    'styles the decree word set largest as the title, not the letterhead above it',
    async () => {
      const result = await readBuffer(printed.path(), await readFile(printed.path()));
      if (!result.success || result.data.type !== 'document') throw new Error('the PDF does not read');
      const titled = result.data.blocks.filter(
        (block) => block.kind === 'paragraph' && block.style === 'Title',
      );
      expect(titled.map((block) => ('text' in block ? block.text : ''))).toEqual(['ПОСТАНОВЛЕНИЕ']);
      const texts = result.data.blocks.slice(0, 3).map((block) => ('text' in block ? block.text : ''));
      expect(texts).toEqual([
        'Российская Федерация Республика Карелия',
        'АДМИНИСТРАЦИЯ ПОВЕНЕЦКОГО ГОРОДСКОГО ПОСЕЛЕНИЯ',
        'ПОСТАНОВЛЕНИЕ',
      ]);
    },
  );
});
