import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import type { Block, Presentation } from '../model.ts';
import { buildZip } from '../ooxml/test-zip.ts';
import { openZip } from '../ooxml/zip.ts';
import { readPptx } from './read-pptx.ts';

const PPTX = join(CORPUS, 'office', 'pptx');

async function readBytes(name: string, bytes: Buffer): Promise<Presentation> {
  return readPptx({ path: name, bytes, format: 'pptx', options: {} }) as Promise<Presentation>;
}
const read = (name: string) => readBytes(name, readFileSync(join(PPTX, name)));
const blocksOf = <K extends Block['kind']>(deck: Presentation, kind: K) =>
  deck.slides
    .flatMap((slide) => slide.blocks)
    .filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);

/** A real deck with one part's XML changed, re-zipped entry by entry. */
function patched(name: string, part: string, change: (xml: string) => string): Buffer {
  const source = readFileSync(join(PPTX, name));
  const zip = openZip(source, name);
  return buildZip(
    zip.entries.map((entry) => ({
      name: entry.name,
      data:
        entry.name === part
          ? change(zip.readText(entry.name) ?? '')
          : (zip.read(entry.name) ?? new Uint8Array()),
    })),
  );
}

describe('readPptx on real decks', () => {
  it('reads slides in order with layouts and speaker notes', async () => {
    const deck = await read('pandoc_speaker-notes-output.pptx');
    expect(deck.slides.map((slide) => slide.index)).toEqual([1, 2, 3, 4]);
    expect(deck.slides.map((slide) => slide.notes)).toEqual([
      'Here is a note.\n\nHere is some other formatting.',
      undefined,
      'The first note div\n\nThe second note div',
      'No link here.\n\nNo note here.',
    ]);
    expect(deck.slides.every((slide) => slide.layout === 'Title and Content' && !slide.hidden)).toBe(true);
  });

  it('reads a 48-slide deck: titles, images, a table, every block located on its slide', async () => {
    const deck = await read('poi_2411-Performance_Up.pptx');
    expect(deck.slides.length).toBe(48);
    expect(deck.slides[0]?.title).toBe('Apache Performance Tuning');
    expect(blocksOf(deck, 'heading')[0]).toMatchObject({
      level: 1,
      text: 'Apache Performance Tuning',
      locator: { slide: 1 },
    });
    expect(blocksOf(deck, 'image').length).toBe(7);
    expect(blocksOf(deck, 'table').length).toBe(1);
    for (const slide of deck.slides)
      for (const block of slide.blocks) expect(block.locator.slide).toBe(slide.index);
  });

  it('reads layout names of every slide', async () => {
    const deck = await read('poi_layouts.pptx');
    expect(deck.slides.map((slide) => slide.layout)).toEqual([
      'Title Slide',
      'Title and Content',
      'Section Header',
      'Two Content',
      'Comparison',
      'Title Only',
      'Blank',
      'Content with Caption',
      'Picture with Caption',
      'Title and Content',
    ]);
  });

  it('reads a date typed into the date placeholder, not a date field', async () => {
    const slideText = (deck: Presentation) =>
      (deck.slides[9]?.blocks ?? []).map((block) => ('text' in block ? block.text : '')).join('\n');
    expect(slideText(await read('poi_layouts.pptx'))).toContain('Friday, October 21, 2011');
    // The same placeholder holding a date field (the day the deck is opened) gives no text.
    const field = await readBytes(
      'poi_layouts.pptx',
      patched('poi_layouts.pptx', 'ppt/slides/slide10.xml', (xml) =>
        xml.replace(
          /<a:r><a:rPr lang="en-US" smtClean="0"\/><a:t>Friday, October 21, 2011<\/a:t><\/a:r>/,
          '<a:fld id="{00000000-0000-0000-0000-000000000001}" type="datetimeFigureOut"><a:rPr lang="en-US"/><a:t>Friday, October 21, 2011</a:t></a:fld>',
        ),
      ),
    );
    expect(slideText(field)).not.toContain('October 21, 2011');
  });

  it('reads footer and date placeholders as footer notes, not slide text', async () => {
    // The only text of this deck's slide is its footer placeholder (p:ph type="ftr").
    const footerOnly = await read('tika_testPPT_masterFooter.pptx');
    expect(footerOnly.slides[0]?.blocks).toEqual([
      { kind: 'note', noteKind: 'footer', text: 'Master footer is here', locator: { slide: 1 } },
    ]);
    // A typed date and a footer: kept as footer notes after the slide's own shapes.
    const last = (await read('poi_layouts.pptx')).slides[9]?.blocks ?? [];
    expect(last.filter((block) => block.kind === 'paragraph' || block.kind === 'heading')).not.toEqual([]);
    expect(
      last.filter((block) => block.kind === 'note').map((block) => 'text' in block && block.text),
    ).toEqual(['Friday, October 21, 2011', 'Apache Software Foundation']);
    const slideText = last
      .filter((block) => block.kind !== 'note')
      .map((block) => ('text' in block ? block.text : ''))
      .join('\n');
    expect(slideText).not.toMatch(/October 21|Apache Software|^10$/m);
    // Layout and master prompts ("Click to edit …") are never read as the slide's text.
    const all = (await read('poi_layouts.pptx')).slides.flatMap((slide) => slide.blocks);
    expect(all.some((block) => 'text' in block && /Click to edit/i.test(block.text))).toBe(false);
  });

  it('reads chart series from chart parts', async () => {
    const [pie] = blocksOf(await read('poi_pie-chart.pptx'), 'chart');
    expect(pie).toEqual({
      kind: 'chart',
      chartType: 'pie',
      series: [
        {
          name: 'Sales',
          categories: ['1st Qtr', '2nd Qtr', '3rd Qtr', '4th Qtr'],
          values: [8.2, 3.2, 1.4, 1.2],
        },
      ],
      locator: { slide: 1 },
    });
    const charts = blocksOf(await read('pythonpptx_cht-series.pptx'), 'chart');
    expect(charts.map((chart) => chart.chartType)).toEqual([
      'bar',
      'bar',
      'bar',
      'bar',
      'scatter',
      'bubble',
      'line',
      'radar',
      'area',
      'doughnut',
      'pie',
    ]);
    expect(charts[0]?.series.length).toBe(3);
  });

  it('reads tables with spans, and CJK text', async () => {
    const [table] = blocksOf(await read('poi_table_test2.pptx'), 'table');
    expect(table?.rows[0]?.slice(0, 3)).toEqual([
      { text: 'Header1' },
      { text: 'Header2', colSpan: 2 },
      { text: '', merged: true },
    ]);
    expect(table?.rows[2]?.[3]).toEqual({ text: 'eirmod', rowSpan: 3 });
    const japanese = await read('poi_with_japanese.pptx');
    const text = japanese.slides[0]!.blocks.map((block) => ('text' in block ? block.text : '')).join(' ');
    expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('reads SmartArt text and paragraph levels', async () => {
    const deck = await read('poi_smartart-simple.pptx');
    const smart = blocksOf(deck, 'paragraph').filter((p) => p.style === 'SmartArt');
    expect(smart.map((p) => p.text)).toEqual(['abc', 'def', 'ghi']);
    expect(
      blocksOf(deck, 'paragraph').every((p) => p.style === 'SmartArt' || typeof p.level === 'number'),
    ).toBe(true);
  });

  it('reads transitions and animation targets', async () => {
    const deck = await read('poi_keyframes.pptx');
    expect(deck.slides.slice(0, 4).map((slide) => slide.transition)).toEqual([
      'dissolve',
      'diamond',
      'wheel',
      'wheel',
    ]);
    expect(deck.slides[0]?.animations?.length).toBe(1);
  });

  it('marks hidden slides (show="0")', async () => {
    const bytes = patched('pandoc_speaker-notes-output.pptx', 'ppt/slides/slide2.xml', (xml) =>
      xml.replace(/<p:sld /, '<p:sld show="0" '),
    );
    const deck = await readBytes('hidden.pptx', bytes);
    expect(deck.slides.map((slide) => slide.hidden)).toEqual([false, true, false, false]);
  });
});

describe('readPptx: comments', () => {
  it("reads a slide's comments with their authors, after its shapes", async () => {
    const deck = await read('tika_testPPT_comment.pptx');
    const comments = blocksOf(deck, 'note');
    expect(comments).toEqual([
      {
        kind: 'note',
        noteKind: 'comment',
        text: "I'm afraid I'm going to have to ask you to add some content to this tps deck",
        author: 'Allison, Timothy B.',
        locator: { slide: 1 },
      },
    ]);
    expect(deck.slides[0]?.blocks.at(-1)?.kind).toBe('note');
  });

  it('reads the comments of each slide of a deck that has several', async () => {
    const comments = blocksOf(await read('poi_45545_Comment.pptx'), 'note');
    expect(comments.length).toBeGreaterThanOrEqual(2);
    expect(comments.every((note) => note.kind === 'note' && note.author)).toBe(true);
  });
});

describe('a table cell written one letter a line', () => {
  it('reads as the word it spells (poi_table_test2: "H⏎e⏎a⏎d⏎e⏎r⏎3")', async () => {
    const [table] = blocksOf(await read('poi_table_test2.pptx'), 'table');
    const header = table?.rows[0]?.map((cell) => cell.text) ?? [];
    expect(header).toContain('Header3');
    expect(header.some((text) => text.includes('\n'))).toBe(false);
  });
});
