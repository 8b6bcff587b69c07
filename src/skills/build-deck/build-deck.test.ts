/**
 * End to end: documents (the sample report, Markdown, a Chinese document) become decks that
 * LibreOffice opens with one page per slide and our own pptx reader reads back with the same
 * titles, notes, transitions and build targets; every deck passes the quality checks.
 */
import { mkdtemp, readFile as readBytes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, STRICT } from '../../../test/helpers/paths.ts';
import type { Document, Presentation } from '../../formats/model.ts';
import { readBuffer, readFile } from '../../formats/read-file.ts';
import { convertWithLibreOffice, findLibreOffice, pdfPageCount } from '../../lib/libreoffice.ts';
import { createScriptedLanguageModel } from '../../models/testing/scripted-language-model.ts';
import { buildDeck, type DeckModel, writeDeck } from './build-deck.ts';
import { countWords, MAX_BULLET_WORDS } from './sentences.ts';

const REPORT = join(EXAMPLES, 'Q3 Business Review.docx');

const MARKDOWN = `# Offsite plan 2026

## Why we meet

The team has doubled since last spring, and half of us have never met in person. A two-day offsite in Lisbon gives everyone time to plan the year together. Remote work stays the default after the offsite.

## Budget

The budget is 24,000 euros for 30 people, including travel. Hotels take the largest share.

| Item | Cost |
| --- | --- |
| Hotels | 11000 |
| Flights | 8000 |
| Venue | 3000 |
| Meals | 2000 |

## What people said

> The best ideas last year came from the hallway, not from the agenda.

Most of the survey asked for fewer talks and more working sessions. Forty percent want a hackathon.

## Next steps

Sofia will book the venue by 15 April. Daniel should send the survey results to everyone this week.
`;

const CHINESE: Document = {
  type: 'document',
  format: 'docx',
  metadata: { title: '第三季度业务回顾' },
  blocks: [
    { kind: 'heading', level: 1, text: '概要', locator: { paragraph: 1 } },
    {
      kind: 'paragraph',
      text: '第三季度收入为四百四十四万美元，比上季度增长百分之四点三。毛利率下降到百分之六十五，主要原因是托管成本增长快于收入。',
      locator: { paragraph: 2 },
    },
    {
      kind: 'paragraph',
      text: '十二月是公司历史上最好的月份。拉丁美洲同比增长最快。',
      locator: { paragraph: 3 },
    },
    { kind: 'heading', level: 1, text: '风险', locator: { paragraph: 4 } },
    {
      kind: 'list-item',
      level: 0,
      ordered: false,
      text: '托管合同将于三月三十一日到期，需要尽快决定供应商。',
      locator: { paragraph: 5 },
    },
    {
      kind: 'list-item',
      level: 0,
      ordered: false,
      text: '产品发布从三月二十四日推迟到四月七日。',
      locator: { paragraph: 6 },
    },
    { kind: 'heading', level: 1, text: '下一步', locator: { paragraph: 7 } },
    {
      kind: 'paragraph',
      text: '我们将在四月前完成供应商评估。团队应当在下周提交新的预算。',
      locator: { paragraph: 8 },
    },
  ],
};

type Case = { name: string; deck: DeckModel; path: string; slides?: number };

function assertChecks(deck: DeckModel, name = ''): void {
  expect(deck.checks.missingSections, name).toEqual([]);
  expect(deck.checks.coveredSections, name).toBe(deck.checks.sections);
  expect(deck.checks.language.mismatches, name).toEqual([]);
  expect(deck.checks.truncatedCells, name).toEqual([]);
  expect(deck.checks.artefacts, name).toEqual([]);
  expect(deck.checks.overBudget, name).toEqual([]);
  expect(deck.checks.overflowing, name).toEqual([]);
}

describe('buildDeck', () => {
  const cases: Case[] = [];
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'officemate-deck-'));
    const report = await readFile(REPORT);
    if (!report.success || report.data.type !== 'document') throw new Error('the sample report did not read');
    const markdown = await readBuffer('offsite.md', Buffer.from(MARKDOWN));
    if (!markdown.success || markdown.data.type !== 'document') throw new Error('the Markdown did not read');
    const inputs: { name: string; document: Document; sourceName: string; theme: string; slides?: number }[] =
      [
        {
          name: 'report-clean-10',
          document: report.data,
          sourceName: 'Q3 Business Review.docx',
          theme: 'clean',
          slides: 10,
        },
        {
          name: 'report-midnight-auto',
          document: report.data,
          sourceName: 'Q3 Business Review.docx',
          theme: 'midnight',
        },
        { name: 'markdown-paper-auto', document: markdown.data, sourceName: 'offsite.md', theme: 'paper' },
        { name: 'chinese-clean-6', document: CHINESE, sourceName: '回顾.docx', theme: 'clean', slides: 6 },
      ];
    for (const input of inputs) {
      const deck = await buildDeck({
        document: input.document,
        sourceName: input.sourceName,
        theme: input.theme,
        ...(input.slides ? { slides: input.slides } : {}),
      });
      const path = join(dir, `${input.name}.pptx`);
      await writeFile(path, await writeDeck(deck));
      cases.push({ name: input.name, deck, path, ...(input.slides ? { slides: input.slides } : {}) });
    }
  }, 120_000);

  it('keeps to the slide target (fewer with a notice, never more) and passes the quality checks', () => {
    for (const { name, deck, slides } of cases) {
      if (slides) expect(deck.slides.length, name).toBeLessThanOrEqual(slides);
      if (slides && deck.slides.length < slides)
        expect(
          deck.warnings.some((warning) => /enough content for/.test(warning.message)),
          name,
        ).toBe(true);
      expect(deck.slides.length, name).toBeGreaterThanOrEqual(3);
      assertChecks(deck);
      expect(deck.slides[0]?.role).toBe('title');
      expect(deck.slides.at(-1)?.role).toBe('summary');
    }
    // A Chinese document gets Chinese deck labels.
    const chinese = cases.find((item) => item.name === 'chinese-clean-6')!.deck;
    expect(chinese.slides.map((slide) => slide.title)).toEqual(
      expect.arrayContaining(['议程', '概要', '风险', '下一步']),
    );
  });

  it('tells the report as a story: agenda of its sections, a chart of its numeric table, next steps from its table', () => {
    const deck = cases.find((item) => item.name === 'report-midnight-auto')!.deck;
    const agenda = deck.slides.find((slide) => slide.role === 'agenda');
    expect(agenda).toBeDefined();
    const titles = deck.slides.map((slide) => slide.title);
    for (const section of ['Summary', 'Revenue', 'Customers', 'Risks', 'Next Steps'])
      expect(titles).toContain(section);
    expect(deck.slides.some((slide) => slide.layout === 'chart')).toBe(true);
    expect(deck.slides.some((slide) => slide.layout === 'table')).toBe(true);
    expect(deck.slides.some((slide) => slide.layout === 'image')).toBe(true);
    const notes = deck.slides.find((slide) => slide.title === 'Revenue')?.notes ?? '';
    expect(notes).toMatch(/Source: Q3 Business Review\.docx, section “Revenue”, paragraphs? \d+/);
    expect(deck.slides.at(-1)?.title).toBe('Summary and next steps');
  });

  it('writes short bullets made of whole words from the source', async () => {
    const report = await readFile(REPORT);
    if (!report.success || report.data.type !== 'document') throw new Error('unreadable');
    const sourceText = report.data.blocks
      .map((block) => ('text' in block ? block.text : ''))
      .join(' ')
      .toLowerCase();
    const deck = cases.find((item) => item.name === 'report-clean-10')!;
    const presentation = (await readFile(deck.path)) as { success: true; data: Presentation };
    let bullets = 0;
    let footers = 0;
    const deckTitle = presentation.data.slides[0]?.title;
    for (const [index, slide] of presentation.data.slides.entries()) {
      const planned = deck.deck.slides[index];
      if (planned?.role !== 'content' || planned.layout !== 'bullets') continue;
      for (const block of slide.blocks) {
        // The footer (the deck title) is a footer placeholder: it reads back as a footer note, not a bullet.
        if (block.kind === 'note' && block.noteKind === 'footer') {
          expect(block.text).toBe(deckTitle);
          footers++;
          continue;
        }
        if (block.kind !== 'paragraph') continue;
        expect(block.text).not.toBe(deckTitle);
        bullets++;
        expect(countWords(block.text)).toBeLessThanOrEqual(MAX_BULLET_WORDS);
        for (const word of block.text.split(/\s+/))
          expect(sourceText).toContain(word.replace(/[,;:]$/, '').toLowerCase());
      }
    }
    expect(bullets).toBeGreaterThan(10);
    expect(footers).toBeGreaterThan(0);
  });

  it('reads back through our pptx reader: slides, titles, notes, transitions and build targets', async () => {
    for (const { name, deck, path } of cases) {
      const result = await readFile(path);
      expect(result.success, name).toBe(true);
      if (!result.success || result.data.type !== 'presentation') continue;
      const slides = result.data.slides;
      expect(slides.length, name).toBe(deck.slides.length);
      expect(slides.map((slide) => slide.title)).toEqual(deck.slides.map((slide) => slide.title));
      for (const [index, slide] of slides.entries()) {
        expect(slide.notes, `${name} slide ${index + 1}`).toContain('Source:');
        expect(slide.transition, `${name} slide ${index + 1}`).toBe(deck.theme.transition);
        const builds = deck.slides[index]?.builds ?? [];
        expect(slide.animations ?? [], `${name} slide ${index + 1}`).toHaveLength(builds.length);
      }
      expect(
        slides.some((slide) => (slide.animations?.length ?? 0) > 0),
        name,
      ).toBe(true);
    }
  });

  it('opens in LibreOffice with one PDF page per slide', async () => {
    if (!findLibreOffice()) {
      if (STRICT) throw new Error('LibreOffice is required in CI');
      return;
    }
    // Three renders keep the test short: the deck with the most layouts, the Markdown one (paper theme) and the CJK one.
    for (const { name, deck, path } of cases.filter((item) =>
      ['report-midnight-auto', 'markdown-paper-auto', 'chinese-clean-6'].includes(item.name),
    )) {
      const pdf = await convertWithLibreOffice(path, { to: 'pdf', outDir: join(dir, name) });
      expect(await pdfPageCount(pdf), name).toBe(deck.slides.length);
    }
  }, 300_000);

  it('writes no transitions or builds with animations off', async () => {
    const markdown = await readBuffer('offsite.md', Buffer.from(MARKDOWN));
    if (!markdown.success || markdown.data.type !== 'document') throw new Error('unreadable');
    const deck = await buildDeck({ document: markdown.data, sourceName: 'offsite.md', animations: false });
    const result = await readBuffer('still.pptx', await writeDeck(deck));
    if (!result.success || result.data.type !== 'presentation') throw new Error('unreadable deck');
    expect(
      result.data.slides.every((slide) => slide.transition === undefined && slide.animations === undefined),
    ).toBe(true);
  });

  it('lets a model write titles and bullets, and keeps the builtin text where its answer fails the checks', async () => {
    const markdown = await readBuffer('offsite.md', Buffer.from(MARKDOWN));
    if (!markdown.success || markdown.data.type !== 'document') throw new Error('unreadable');
    const model = createScriptedLanguageModel({
      reply: (_request, index) =>
        index === 0
          ? {
              json: {
                title: 'Why Lisbon, why now',
                bullets: [
                  { text: 'The team doubled and half never met', sources: [1] },
                  { text: 'Two days to plan the year together', sources: [2] },
                ],
              },
            }
          : {
              json: {
                title: 'Too long',
                bullets: [
                  {
                    text: 'This bullet is far too long to pass the builtin word limit for a slide bullet point here',
                    sources: [1],
                  },
                ],
              },
            },
    });
    const deck = await buildDeck({ document: markdown.data, sourceName: 'offsite.md', model });
    expect(deck.engine).toBe('mock');
    expect(deck.slides.map((slide) => slide.title)).toContain('Why Lisbon, why now');
    expect(deck.warnings.some((warning) => /rejected \(a bullet of \d+ words\)/.test(warning.message))).toBe(
      true,
    );
    expect(model.calls.length).toBeGreaterThan(1);
    expect(
      model.calls[0]?.messages.at(-2)?.content ?? model.calls[0]?.messages.map((m) => m.content).join('\n'),
    ).toContain('<document');
    assertChecks(deck);
    const saved = await readBuffer('model.pptx', await writeDeck(deck));
    expect(saved.success).toBe(true);
  });
});

describe('a cover page set in heading styles (poi_stress018.docx)', () => {
  it('puts its lines under the title instead of on empty divider slides, and still counts them covered', async () => {
    const { CORPUS } = await import('../../../test/helpers/paths.ts');
    const name = 'poi_stress018.docx';
    const result = await readBuffer(name, await readBytes(join(CORPUS, 'office', 'docx', name)));
    if (!result.success || result.data.type !== 'document') throw new Error('the corpus file does not read');
    const deck = await buildDeck({ document: result.data, sourceName: name });
    const titles = deck.slides.map((slide) => slide.title);
    expect(titles).not.toContain('BORRADOR FINAL');
    expect(titles).not.toContain('Diciembre 2014');
    // The deck's title is not repeated as a section of its own.
    expect(titles.filter((title) => title === titles[0])).toHaveLength(1);
    const cover = deck.spec.slides[0];
    expect(cover?.layout === 'title' ? cover.subtitle : '').toMatch(/BORRADOR FINAL.*Diciembre 2014/);
    expect(deck.checks.coveredSections).toBe(deck.checks.sections);
  });
});

describe('bullets of a Spanish report (poi_stress018.docx)', () => {
  it('are never a lone connective or pointer back, a clause cut before "en", or a sentence cut at an initial', async () => {
    const { CORPUS } = await import('../../../test/helpers/paths.ts');
    const name = 'poi_stress018.docx';
    const result = await readBuffer(name, await readBytes(join(CORPUS, 'office', 'docx', name)));
    if (!result.success || result.data.type !== 'document') throw new Error('the corpus file does not read');
    const deck = await buildDeck({ document: result.data, sourceName: name });
    const bullets = deck.spec.slides.flatMap((slide) =>
      slide.layout === 'bullets' ? slide.bullets.map((bullet) => bullet.text) : [],
    );
    expect(bullets.length).toBeGreaterThan(5);
    for (const bullet of bullets) {
      expect(bullet).not.toMatch(/^(?:como se ha mencionado|asimismo|de hecho|sin embargo)\b/i);
      expect(bullet).not.toMatch(/\s\p{Lu}$/u);
    }
  });
});

describe('pictures and tables of a real test document (docx4j_tables.docx)', () => {
  it('gives a picture whose alt text is its file path no made-up caption, and counts one row in the singular', async () => {
    const { CORPUS } = await import('../../../test/helpers/paths.ts');
    const name = 'docx4j_tables.docx';
    const result = await readBuffer(name, await readBytes(join(CORPUS, 'office', 'docx', name)));
    if (!result.success || result.data.type !== 'document') throw new Error('the corpus file does not read');
    const deck = await buildDeck({ document: result.data, sourceName: name });
    const text = JSON.stringify(deck.spec.slides.map(({ notes, ...slide }) => ({ slide, notes })));
    // The picture is there, with no caption made of the section's title ("Figure 1: Merging, …").
    expect(text).toContain('"layout":"image"');
    expect(text).not.toMatch(/Figure \d/);
    expect(text).not.toMatch(/"caption":"[^"]*logo\.png/);
    expect(text).toContain('Table with 1 row from the source.');
    expect(text).not.toContain('Table with 1 rows');
  });
});

describe('a document without headings (poi_stress017.docx, an invitation)', () => {
  it('titles no slide with a contact line of figures ("Tel.: +48 …")', async () => {
    const { CORPUS } = await import('../../../test/helpers/paths.ts');
    const name = 'poi_stress017.docx';
    const result = await readBuffer(name, await readBytes(join(CORPUS, 'office', 'docx', name)));
    if (!result.success || result.data.type !== 'document') throw new Error('the corpus file does not read');
    const deck = await buildDeck({ document: result.data, sourceName: name });
    const titles = deck.spec.slides.map((slide) => slide.title ?? '');
    expect(titles.join(' | ')).not.toMatch(/Tel\.|\+48/);
    // The event line opens the invitation; the seat limit sits in its closing paragraph.
    expect(titles).toContain('Wydarzenie: VI spotkanie eksperckie w sprawie Puszczy Białowieskiej');
    expect(titles).not.toContain('Liczba miejsc jest ograniczona do 28 osób');
  });
});

describe('corpus', () => {
  it('builds a deck that passes every check from every readable .docx in the corpus', async () => {
    const { readdir } = await import('node:fs/promises');
    const { CORPUS } = await import('../../../test/helpers/paths.ts');
    const folder = join(CORPUS, 'office', 'docx');
    let readable = 0;
    let sections = 0;
    let covered = 0;
    const opened: { name: string; deck: DeckModel }[] = [];
    for (const name of (await readdir(folder)).filter((file) => file.endsWith('.docx')).sort()) {
      const result = await readBuffer(name, await readBytes(join(folder, name)));
      if (!result.success || result.data.type !== 'document') continue;
      readable++;
      const deck = await buildDeck({ document: result.data, sourceName: name });
      expect(deck.slides.length, name).toBeGreaterThan(0);
      expect(deck.checks.language.mismatches, name).toEqual([]);
      expect(deck.checks.truncatedCells, name).toEqual([]);
      expect(deck.checks.artefacts, name).toEqual([]);
      expect(deck.checks.overBudget, name).toEqual([]);
      expect(deck.checks.overflowing, name).toEqual([]);
      sections += deck.checks.sections;
      covered += deck.checks.coveredSections;
      if (
        ['de', 'ja', 'ar'].includes(deck.language) &&
        !opened.some((item) => item.deck.language === deck.language)
      )
        opened.push({ name, deck });
    }
    expect(readable).toBeGreaterThanOrEqual(30);
    expect(covered / sections).toBeGreaterThanOrEqual(0.95);
    // The decks in other scripts open in LibreOffice too, one PDF page per slide.
    if (!findLibreOffice()) {
      if (STRICT) throw new Error('LibreOffice is required in CI');
      return;
    }
    const dir = await mkdtemp(join(tmpdir(), 'officemate-corpus-deck-'));
    for (const { name, deck } of opened) {
      const path = join(dir, name.replace(/\.docx$/, '.pptx'));
      await writeFile(path, await writeDeck(deck));
      const pdf = await convertWithLibreOffice(path, { to: 'pdf', outDir: join(dir, deck.language) });
      expect(await pdfPageCount(pdf), name).toBe(deck.slides.length);
    }
  }, 300_000);
});
