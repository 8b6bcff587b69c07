import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { Block, Document } from '../model.ts';
import { readDocx } from './read-docx.ts';

const DOCX = join(CORPUS, 'office', 'docx');

async function read(name: string): Promise<Document> {
  return readDocx({
    path: join(DOCX, name),
    bytes: readFileSync(join(DOCX, name)),
    format: 'docx',
    options: {},
  }) as Promise<Document>;
}

const ofKind = <K extends Block['kind']>(doc: Document, kind: K) =>
  doc.blocks.filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);

describe('readDocx on real files', () => {
  it('reads headings by style, the table, header and footer of tika testWORD', async () => {
    const doc = await read('tika_testWORD.docx');
    expect(ofKind(doc, 'heading').map((h) => [h.level, h.text])).toEqual([
      [1, 'Heading Level 1'],
      [2, 'Heading Level 2'],
      [3, 'Heading Level 3'],
    ]);
    // The Title style is not a heading (the navigation pane leaves it out).
    expect(ofKind(doc, 'paragraph').find((p) => p.style === 'Title')?.text).toBe(
      'Sample Word Document Title',
    );
    const [table] = ofKind(doc, 'table');
    expect(table?.rows.length).toBe(3);
    expect(table?.rows[0]?.[0]?.text).toBe('This is a table');
    expect(table?.rows[1]?.[1]?.text).toBe('Nested table\nMore of our nested table');
    const notes = ofKind(doc, 'note');
    expect(notes.map((n) => [n.noteKind, n.text])).toEqual([
      ['header', 'This is the header for our document'],
      ['footer', 'This is the footer for our document'],
    ]);
    const bold = ofKind(doc, 'paragraph').find((p) => p.text.startsWith('This document includes'));
    expect(bold?.runs?.find((run) => run.text === 'BOLD')?.bold).toBe(true);
    expect(bold?.runs?.find((run) => run.text === 'ITALIC')?.italic).toBe(true);
    for (const block of doc.blocks) expect(block.locator.paragraph).toBeGreaterThan(0);
  });

  it('lays merged cells on a grid (gridSpan and vMerge)', async () => {
    const tables = ofKind(await read('docx4j_tables.docx'), 'table');
    expect(tables.length).toBe(13);
    expect(tables[1]?.rows).toEqual([
      [{ text: 'A' }, { text: 'B', rowSpan: 2 }],
      [{ text: 'C' }, { text: '', merged: true }],
    ]);
    expect(tables[3]?.rows[1]).toEqual([
      { text: 'E' },
      { text: '', colSpan: 2 },
      { text: '', merged: true },
      { text: 'H' },
    ]);
    expect(tables[4]?.rows[0]).toEqual([
      { text: 'r1c1', colSpan: 2 },
      { text: '', merged: true },
      { text: '3', rowSpan: 2 },
    ]);
  });

  it('extracts images with their bytes, content type and alt text', async () => {
    const images = ofKind(await read('poi_VariousPictures.docx'), 'image');
    expect(images.map((image) => [image.contentType, image.altText])).toEqual([
      ['image/x-wmf', 'santa.wmf'],
      ['image/png', 'tomcat.png'],
      ['image/x-emf', 'cow.pict'],
      ['image/x-emf', 'wrench.emf'],
      ['image/jpeg', 'clock.jpg'],
    ]);
    const png = images[1]!;
    expect([...png.data.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.widthPx).toBeGreaterThan(0);
  });

  it('reads comments with their authors after the paragraph they annotate', async () => {
    const doc = await read('pandoc_comments.docx');
    const comments = ofKind(doc, 'note').filter((note) => note.noteKind === 'comment');
    expect(comments.length).toBe(5);
    expect(comments[0]).toMatchObject({
      text: 'I left a comment.',
      author: 'Jesse Rosenthal',
      locator: { paragraph: 1 },
    });
    expect(comments[2]?.text).toBe('This one has multiple paragraphs.\nSee?');
    expect(doc.blocks[1]).toBe(comments[0]);
  });

  it('reads footnotes and endnotes, pointing at the paragraph that cites them', async () => {
    const doc = await read('poi_footnotes.docx');
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'Eto ochen prostoy text so snoskoy', locator: { paragraph: 1 } },
      { kind: 'note', noteKind: 'footnote', text: 'snoska', locator: { paragraph: 1 } },
    ]);
    const endnotes = ofKind(await read('tika_testWORD_endnote_table.docx'), 'note');
    expect(endnotes[0]?.noteKind).toBe('endnote');
    expect(endnotes[0]?.text).toContain('Endnote Test');
    const stress = ofKind(await read('poi_stress008.docx'), 'note').filter(
      (note) => note.noteKind === 'footnote',
    );
    expect(stress.length).toBe(182);
  });

  it('keeps the words of a footer but not its cell that is only a page number (poi_60329, poi_stress017)', async () => {
    const notes = ofKind(await read('poi_60329.docx'), 'note');
    // Before: "Report Date: 5/2/2016 3:06:17 PM \t\t Page 1 of 3", the cached page of the last layout.
    expect(notes.find((note) => note.noteKind === 'footer')?.text).toBe('Report Date: 5/2/2016 3:06:17 PM');
    // Before: a footer note "2", read from a line that holds only a PAGE field.
    const footers = ofKind(await read('poi_stress017.docx'), 'note').filter(
      (note) => note.noteKind === 'footer',
    );
    expect(footers.map((note) => note.text)).toEqual([expect.stringMatching(/^Regionalna Dyrekcja/)]);
  });

  it('reads numbered lists with levels, and bullets as unordered', async () => {
    const items = ofKind(await read('tika_testWORD_numbered_list.docx'), 'list-item');
    expect(items.slice(0, 4).map((item) => [item.level, item.ordered, item.text])).toEqual([
      [0, true, 'This'],
      [1, true, 'Is'],
      [2, true, 'A multi'],
      [2, true, 'Level'],
    ]);
    const override = ofKind(await read('pandoc_lists_level_override.docx'), 'list-item');
    expect(override.map((item) => item.text)).toEqual([
      'State of Documentation',
      'Content Migration',
      'Wiki (xl)',
      'XL Code Autoreview Bot (XLCRBot).',
      'Code documentation',
      'Education efforts',
    ]);
    expect(override.every((item) => item.ordered && item.level === 0)).toBe(true);
  });

  it('keeps tracked insertions and drops deletions', async () => {
    const doc = await read('pandoc_track_changes_deletion.docx');
    expect(ofKind(doc, 'paragraph').map((p) => p.text)).toEqual(['This is a text with a deletion.']);
    const features = await read('tika_testWORD_features.docx');
    const text = ofKind(features, 'paragraph')[0]?.text ?? '';
    expect(text).toContain('insert this');
  });

  it('reads text boxes, CJK text, external and internal links', async () => {
    const box = ofKind(await read('tika_testWORD_text_box.docx'), 'note');
    expect(box).toEqual([
      {
        kind: 'note',
        noteKind: 'textbox',
        text: 'This text is inside of a text box in the body of the document.',
        locator: { paragraph: 1 },
      },
    ]);
    expect(ofKind(await read('pandoc_unicode.docx'), 'paragraph')[0]?.text).toContain('Hello, 世界.');
    const links = ofKind(await read('pandoc_links.docx'), 'paragraph')
      .flatMap((p) => p.runs ?? [])
      .filter((run) => run.link);
    expect(links.map((run) => run.link)).toEqual([
      'http://google.com',
      'http://pandoc.org/README.html',
      '#_A_section_for',
      '#my_bookmark',
    ]);
  });

  it('marks right-to-left paragraphs', async () => {
    const doc = await read('poi_stress010.docx');
    const arabic = ofKind(doc, 'paragraph').filter((p) => /[\u0600-\u06ff]/.test(p.text));
    expect(arabic.length).toBeGreaterThan(100);
    expect(arabic.every((p) => p.direction === 'rtl')).toBe(true);
    const english = ofKind(await read('tika_testWORD.docx'), 'paragraph');
    expect(english.some((p) => p.direction === 'rtl')).toBe(false);
  });

  it('counts the structure of a long real report', async () => {
    const doc = await read('docx4j_Convert_Out.docx');
    // 28 headings as the navigation pane shows them; the Title-styled first line is not one.
    expect(ofKind(doc, 'heading').length).toBe(28);
    expect(ofKind(doc, 'paragraph').find((p) => p.style === 'Title')?.text).toBe(
      'Docx4j output conversion - design',
    );
    expect(ofKind(doc, 'list-item').length).toBe(76);
    expect(ofKind(doc, 'table').length).toBe(1);
    expect(doc.metadata).toBeTypeOf('object');
  });
});
