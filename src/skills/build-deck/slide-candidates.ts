/**
 * @module slide-candidates
 * The slides one outline section could give, each with a priority from one named table: its
 * core bullet slide, a slide per sub-heading, and a slide per table, chart, image or quote
 * (one builder per block kind), and a key figure. The storyline keeps every section's core
 * slide and then the highest priorities that fit the deck.
 */
import type { Block, Locator } from '../../formats/model.ts';
import type { Theme } from '../../formats/pptx/theme.ts';
import type { Bullet, ImageRef, SlideSpec } from '../../formats/pptx/write-layout.ts';
import { bulletsFit, layoutSlide, overflowingBoxes } from '../../formats/pptx/write-layout.ts';
import { counted } from '../../lib/text/counted.ts';
import { detectLanguage, type LanguageTag } from '../../lib/text/detect-language.ts';
import { type Candidate, candidatesOf, type KeyPoint, pickKeyPoints } from './key-points.ts';
import type { DeckLabels } from './labels.ts';
import { sourceLine } from './locators.ts';
import type { OutlineSection } from './outline.ts';
import { withPageCounter } from './page-counter.ts';
import {
  compressSentence,
  countWords,
  SECTION_LEAD_WORDS,
  shortenAtPhrase,
  shortenTitle,
  splitSentences,
} from './sentences.ts';
import { dropWidestColumn, pageRows, type SlideTable, slideTable, tableChart } from './tables.ts';

export const MAX_BULLETS = 6;
/** Words allowed on one slide outside its title. */
export const SLIDE_WORD_BUDGET = 80;

export type SlideRole =
  | 'title'
  | 'agenda'
  | 'section'
  | 'content'
  | 'table'
  | 'chart'
  | 'image'
  | 'quote'
  | 'figure'
  | 'summary';

/**
 * How much each kind of slide is worth to a deck. The core slide of a section is always kept;
 * others compete for the remaining places; below `minimum` a slide is only filler.
 */
export const PRIORITY = {
  core: 100,
  chartOfTable: 75,
  chart: 75,
  table: 70,
  image: 65,
  tableBesideChart: 55,
  subHeading: 55,
  quote: 50,
  keyFigure: 45,
  minimum: 40,
  demotedCore: 30,
  divider: 20,
  /** Taken off for each further page of a table, each later table, image or sub-heading. */
  perTablePage: 2,
  perLaterTable: 10,
  perLaterImage: 15,
  perLaterPart: 1,
} as const;

export type PoolItem = {
  priority: number;
  order: number;
  role: SlideRole;
  spec: SlideSpec;
  core?: boolean;
  passages?: readonly string[];
};

export type SectionPool = { items: PoolItem[]; keyPoints: KeyPoint[] };

export type CandidateContext = {
  readonly language: LanguageTag;
  readonly section: OutlineSection;
  readonly sectionIndex: number;
  readonly idf: ReadonlyMap<string, number>;
  readonly theme: Theme;
  readonly labels: DeckLabels;
  readonly sourceName: string;
  readonly blocks: readonly Block[];
  /** Sentences already on the section's core slide. */
  readonly used: ReadonlySet<string>;
  /** Blocks of each kind seen so far in the section, for "later table" penalties. */
  readonly seen: Record<string, number>;
  titleAt(index: number): string;
  note(lines: readonly string[], locators: readonly Locator[]): string;
};

const MAX_PASSAGES = 15;
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);
const FIGURE_RE =
  /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?|\d[\d,.]*\s?(?:%|percent\b|per cent\b|Prozent\b)|\d[\d,.]*\s?(?:million|billion|Millionen|Milliarden|millones)\b)/i;

const languageCache = new Map<string, LanguageTag>();

/** False for a sentence of six words or more detected as another language than the document's. */
export function inDocumentLanguage(sentence: string, language: LanguageTag): boolean {
  if (language === 'und' || countWords(sentence) < 6) return true;
  let detected = languageCache.get(sentence);
  if (detected === undefined) {
    detected = detectLanguage(sentence);
    if (languageCache.size > 20_000) languageCache.clear();
    languageCache.set(sentence, detected);
  }
  return detected === 'und' || detected === language;
}

export function passagesOf(candidates: readonly Candidate[]): string[] {
  return candidates.slice(0, MAX_PASSAGES).map((candidate) => candidate.sentence);
}

export function notesFor(
  lines: readonly string[],
  sourceName: string,
  section: string | undefined,
  locators: readonly Locator[],
): string {
  const body = lines.filter((line) => line.trim()).join('\n');
  return [body, sourceLine(sourceName, section, locators)].filter(Boolean).join('\n\n');
}

/** Bullets from key points, trimmed until they fit the body box at the smallest size. */
export function fittedBullets(
  points: readonly KeyPoint[],
  theme: Theme,
  width?: number,
  budget = SLIDE_WORD_BUDGET,
): Bullet[] {
  let bullets = points
    .slice(0, MAX_BULLETS)
    .map((point): Bullet => ({ text: point.bullet, level: point.level }));
  while (
    bullets.length > 1 &&
    (!bulletsFit(bullets, theme, width) ||
      bullets.reduce((sum, bullet) => sum + countWords(bullet.text), 0) > budget)
  ) {
    bullets = bullets.slice(0, -1);
  }
  // A lone sub-level bullet reads oddly: promote it.
  if (bullets[0]?.level === 1) bullets = bullets.map((bullet) => ({ ...bullet, level: 0 }));
  return bullets;
}

function bulletCount(candidates: number): number {
  if (candidates >= 10) return 5;
  if (candidates >= 5) return 4;
  return Math.max(1, candidates);
}

/**
 * Alt text that names the picture's file rather than what it shows: a link, a file name or a
 * path, as Word fills it in on insert ("logo.png", "D:\\Reports\\docx\\logo.png"), or a
 * numbered default ("Picture 3").
 */
const NOT_A_CAPTION =
  /^(?:https?:|file:|[a-z]:\\)|(?:^|[\\/])[^\\/]*\.(?:png|jpe?g|gif|emf|wmf|bmp|tiff?|svg|pict?)$|^(?:picture|image|grafik|bild|图片|図)\s*\d*$/i;

/**
 * A picture's caption: a "Figure 2 …" paragraph beside it or alt text that describes it, numbered
 * as the figure it is. A picture with neither gets none: a caption made of the section's title
 * ("Figure 1: Introduction") reads as the document's own and says nothing the slide title does not.
 */
function imageCaption(ctx: CandidateContext, index: number): string | undefined {
  const image = ctx.blocks[index];
  for (const neighbour of [ctx.blocks[index + 1], ctx.blocks[index - 1]]) {
    if (
      neighbour &&
      (neighbour.kind === 'paragraph' || neighbour.kind === 'note') &&
      /^(?:figure|fig\.|abbildung|abb\.|figura|image|picture|photo|chart|diagram|图|図|그림)\s*\d*/i.test(
        neighbour.text.trim(),
      )
    ) {
      return shortenTitle(neighbour.text.trim(), 16);
    }
  }
  const alt = image?.kind === 'image' ? image.altText?.trim() : undefined;
  if (alt && !NOT_A_CAPTION.test(alt)) return shortenTitle(alt, 16);
  return undefined;
}

/** A "Table 1. …" paragraph next to a table names it. */
function tableCaption(ctx: CandidateContext, index: number): string | undefined {
  for (const neighbour of [ctx.blocks[index + 1], ctx.blocks[index - 1]]) {
    if (neighbour?.kind === 'paragraph') {
      const match = /^(?:table|tabelle|tableau|tabla|tabella|表)\s*\d+[.:：]\s*(.+)$/i.exec(
        neighbour.text.trim(),
      );
      if (match?.[1]) return match[1].replace(/\.$/, '');
    }
  }
  return undefined;
}

/** A table's pages that fit the slide, moving its widest columns to the notes until every row fits. */
function fittedTablePages(
  table: SlideTable,
  title: string,
  theme: Theme,
): { table: SlideTable; pages: (readonly string[])[][] } {
  let current = table;
  for (;;) {
    const fits = (rows: readonly (readonly string[])[]) =>
      overflowingBoxes(
        layoutSlide({ layout: 'table', title, header: current.header, rows, caption: 'x' }, theme),
      ).length === 0;
    const pages = pageRows(current.rows, fits);
    if (pages.every(fits)) return { table: current, pages };
    const narrower = dropWidestColumn(current);
    if (!narrower) return { table: current, pages };
    current = narrower;
  }
}

/** Speaker-note lines for the columns a slide leaves out: header, then each row's cell. */
function notesColumnLines(table: SlideTable): string[] {
  return table.notesColumns.flatMap((column) => [
    `${column.header || '—'}:`,
    ...column.cells
      .map((cell, row) => `  ${table.rows[row]?.[0] ?? row + 1}: ${cell}`)
      .filter((line) => line.trim()),
  ]);
}

type BlockCandidates = (ctx: CandidateContext, block: Block, index: number) => PoolItem[];

function tableCandidates(ctx: CandidateContext, block: Block, index: number): PoolItem[] {
  if (block.kind !== 'table' || (ctx.seen.table ?? 0) >= 3) return [];
  const source = slideTable(block);
  if (!source || source.rows.length < 1) return [];
  ctx.seen.table = (ctx.seen.table ?? 0) + 1;
  const later = (ctx.seen.table - 1) * PRIORITY.perLaterTable;
  const chart = tableChart(source);
  const captionText = block.caption ?? tableCaption(ctx, index);
  const caption = captionText ? shortenTitle(captionText, 16) : undefined;
  const tableTitle = caption && countWords(caption) <= 10 ? caption : ctx.titleAt(index);
  const { table, pages } = fittedTablePages(source, tableTitle, ctx.theme);
  const moved = table.notesColumns.length;
  const mention = moved > 0 ? ctx.labels.columnsInNotes(moved) : undefined;
  const shownCaption = [caption && caption !== tableTitle ? caption : undefined, mention]
    .filter(Boolean)
    .join(' · ');
  const items: PoolItem[] = pages.map((rows, page) => ({
    priority: (chart ? PRIORITY.tableBesideChart : PRIORITY.table) - page * PRIORITY.perTablePage - later,
    order: index + page * 0.01,
    role: 'table',
    spec: {
      layout: 'table',
      title: pages.length > 1 ? withPageCounter(tableTitle, page, pages.length) : tableTitle,
      header: table.header,
      rows,
      ...(shownCaption ? { caption: shownCaption } : {}),
      notes: ctx.note(
        [
          `Table with ${counted(table.rows.length, 'row')} from the source${pages.length > 1 ? `, part ${page + 1} of ${pages.length}` : ''}.`,
          ...(page === 0 ? notesColumnLines(table) : []),
        ],
        [block.locator],
      ),
    },
  }));
  if (chart) {
    const seriesNames = chart.series.map((item) => item.name).join(', ');
    items.push({
      priority: PRIORITY.chartOfTable - later,
      order: index - 0.005,
      role: 'chart',
      spec: {
        layout: 'chart',
        title: tableTitle,
        chartType: chart.chartType,
        series: chart.series,
        caption: ctx.labels.source(`${ctx.sourceName}${caption ? `, “${caption}”` : ''}`),
        notes: ctx.note([`Chart of the table in “${ctx.section.title}”: ${seriesNames}.`], [block.locator]),
      },
    });
  }
  return items;
}

function chartCandidates(ctx: CandidateContext, block: Block, index: number): PoolItem[] {
  if (block.kind !== 'chart' || block.series.length === 0) return [];
  const chartType = /pie|doughnut/i.test(block.chartType)
    ? 'pie'
    : /line|area|scatter/i.test(block.chartType)
      ? 'line'
      : 'bar';
  return [
    {
      priority: PRIORITY.chart,
      order: index,
      role: 'chart',
      spec: {
        layout: 'chart',
        title: block.title ? shortenTitle(block.title) : ctx.titleAt(index),
        chartType,
        series: block.series,
        notes: ctx.note([`Chart from the source${block.title ? `: ${block.title}` : ''}.`], [block.locator]),
      },
    },
  ];
}

function imageCandidates(ctx: CandidateContext, block: Block, index: number): PoolItem[] {
  if (
    block.kind !== 'image' ||
    (ctx.seen.image ?? 0) >= 3 ||
    !IMAGE_TYPES.has(block.contentType) ||
    (block.widthPx ?? 100) < 48 ||
    (block.heightPx ?? 100) < 48
  )
    return [];
  ctx.seen.image = (ctx.seen.image ?? 0) + 1;
  const caption = imageCaption(ctx, index);
  const nearby = candidatesOf(ctx.blocks.slice(Math.max(0, index - 4), index + 5)).filter(
    (candidate) => !ctx.used.has(candidate.sentence),
  );
  const points = pickKeyPoints(nearby, ctx.idf, 3, ctx.section.title);
  const bullets = fittedBullets(points, ctx.theme, 4.6).slice(0, 3);
  const image: ImageRef = {
    data: block.data,
    contentType: block.contentType,
    ...(block.widthPx ? { widthPx: block.widthPx } : {}),
    ...(block.heightPx ? { heightPx: block.heightPx } : {}),
    ...(block.altText ? { altText: block.altText } : {}),
  };
  return [
    {
      priority: PRIORITY.image - (ctx.seen.image - 1) * PRIORITY.perLaterImage,
      order: index,
      role: 'image',
      spec: {
        layout: 'image',
        title: ctx.titleAt(index),
        image,
        ...(caption ? { caption } : {}),
        ...(bullets.length ? { bullets } : {}),
        notes: ctx.note(
          [...(caption ? [caption] : []), ...points.slice(0, bullets.length).map((point) => point.sentence)],
          [block.locator],
        ),
      },
    },
  ];
}

function quoteCandidates(ctx: CandidateContext, block: Block, index: number): PoolItem[] {
  const isQuote =
    block.kind === 'quote' || (block.kind === 'paragraph' && /quote|zitat/i.test(block.style ?? ''));
  if (!isQuote || (ctx.seen.quote ?? 0) >= 1 || !('text' in block)) return [];
  let quote = '';
  for (const sentence of splitSentences(block.text)) {
    if (countWords(quote + sentence) > 40) break;
    quote = quote ? `${quote} ${sentence}` : sentence;
  }
  if (!quote) return [];
  ctx.seen.quote = 1;
  const attribution = /\s[—–-]\s?([^—–-]{2,60})$/.exec(quote);
  return [
    {
      priority: PRIORITY.quote,
      order: index,
      role: 'quote',
      spec: {
        layout: 'quote',
        title: shortenTitle(ctx.section.title),
        quote: attribution ? quote.slice(0, attribution.index).trim() : quote,
        ...(attribution?.[1] ? { attribution: attribution[1].trim() } : {}),
        notes: ctx.note([block.text], [block.locator]),
      },
    },
  ];
}

/** One builder per block kind; kinds not listed give no slide of their own. */
const BLOCK_CANDIDATES: Partial<Record<Block['kind'], BlockCandidates>> = {
  table: tableCandidates,
  chart: chartCandidates,
  image: imageCandidates,
  quote: quoteCandidates,
  paragraph: quoteCandidates,
};

function keyFigure(
  candidates: readonly Candidate[],
  used: ReadonlySet<string>,
): { figure: string; candidate: Candidate } | undefined {
  for (const candidate of candidates) {
    if (used.has(candidate.sentence)) continue;
    const match = FIGURE_RE.exec(candidate.sentence);
    if (!match) continue;
    const figure = match[0].replace(/\s?(?:percent|per cent|Prozent)\b/i, '%').trim();
    if (/^\d{4}$/.test(figure)) continue;
    return { figure, candidate };
  }
  return undefined;
}

/** The core slide and one slide per sub-heading with enough points of its own. */
function textCandidates(
  ctx: CandidateContext,
  allCandidates: readonly Candidate[],
  core: readonly KeyPoint[],
): PoolItem[] {
  const { section, theme, idf } = ctx;
  const title = shortenTitle(section.title);
  const items: PoolItem[] = [];
  const coreBullets = fittedBullets(core, theme);
  if (coreBullets.length > 0) {
    const kept = core.slice(0, coreBullets.length);
    items.push({
      priority: PRIORITY.core,
      order: -1,
      role: 'content',
      core: true,
      passages: passagesOf(allCandidates),
      spec: {
        layout: 'bullets',
        title,
        bullets: coreBullets,
        notes: ctx.note(
          kept.map((point) => point.sentence),
          kept.map((point) => point.locator),
        ),
      },
    });
  }
  let blockOffset = 0;
  section.parts.forEach((part, partIndex) => {
    const order = blockOffset;
    blockOffset += part.blocks.length;
    const candidates = candidatesOf(part.blocks).filter(
      (candidate) =>
        !ctx.used.has(candidate.sentence) && inDocumentLanguage(candidate.sentence, ctx.language),
    );
    if (candidates.length < 2) return;
    const points = pickKeyPoints(
      candidates,
      idf,
      bulletCount(candidates.length),
      `${section.title} ${part.heading ?? ''}`,
    );
    const bullets = fittedBullets(points, theme);
    if (bullets.length < 2) return;
    const kept = points.slice(0, bullets.length);
    items.push({
      priority: PRIORITY.subHeading - partIndex * PRIORITY.perLaterPart,
      order,
      role: 'content',
      passages: passagesOf(candidates),
      spec: {
        layout: 'bullets',
        title: part.heading ? shortenTitle(part.heading) : `${title} ${ctx.labels.continued}`,
        bullets,
        notes: ctx.note(
          kept.map((point) => point.sentence),
          kept.map((point) => point.locator),
        ),
      },
    });
  });
  return items;
}

/** Makes sure the section has exactly one core slide, preferring a visual over a thin bullet slide. */
function settleCore(items: PoolItem[], coreBullets: number, ctx: CandidateContext): void {
  if (items.length === 0) {
    // A heading with no usable content still gets its slide, so every section is covered. A
    // sentence too long for a bullet, with no clause to cut it at, is said under the title; when
    // every sentence is too long even for that, the first is said in its first words, cut where a
    // phrase ends and marked "…", rather than the slide saying only its title.
    const sentences = candidatesOf(ctx.blocks).filter(
      (candidate) => !candidate.fromList && inDocumentLanguage(candidate.sentence, ctx.language),
    );
    const whole = sentences.find((candidate) => countWords(candidate.sentence) <= SECTION_LEAD_WORDS);
    const first = sentences[0];
    const shortened = whole || !first ? undefined : shortenAtPhrase(first.sentence, SECTION_LEAD_WORDS);
    const lead = whole ?? (shortened ? first : undefined);
    const subtitle = whole?.sentence ?? shortened;
    items.push({
      priority: PRIORITY.core,
      order: -1,
      role: 'section',
      core: true,
      spec: {
        layout: 'section',
        title: shortenTitle(ctx.section.title),
        ...(subtitle ? { subtitle } : {}),
        notes: lead
          ? ctx.note([lead.sentence], [lead.locator])
          : ctx.note([`Section “${ctx.section.title}”.`], [ctx.section.locator]),
      },
    });
    return;
  }
  const others = items.filter((item) => !item.core);
  if (coreBullets < 2 && others.length > 0) {
    // A thin bullet slide loses its place to the section's best table, chart or picture.
    const visual = others.reduce((a, b) => (b.priority > a.priority ? b : a));
    for (const item of items)
      if (item.core) {
        item.core = false;
        item.priority = PRIORITY.demotedCore;
      }
    visual.priority = PRIORITY.core;
    visual.core = true;
  } else if (!items.some((item) => item.core)) {
    const best = items.reduce((a, b) => (b.priority > a.priority ? b : a));
    best.priority = PRIORITY.core;
    best.core = true;
  }
}

/** Candidate slides for one section, each with a priority from PRIORITY. */
export function sectionCandidates(
  section: OutlineSection,
  sectionIndex: number,
  shared: Pick<CandidateContext, 'idf' | 'theme' | 'labels' | 'sourceName' | 'language'>,
): SectionPool {
  const title = shortenTitle(section.title);
  const blocks = section.parts.flatMap((part) => part.blocks);
  /** The sub-heading above each block, so callout slides can say more than the section title. */
  const partHeadings = section.parts.flatMap((part) => part.blocks.map(() => part.heading));
  // Sentences in another language than the document's (quotations, abstracts) are not its points.
  const allCandidates = candidatesOf(blocks).filter((candidate) =>
    inDocumentLanguage(candidate.sentence, shared.language),
  );
  const core = pickKeyPoints(allCandidates, shared.idf, bulletCount(allCandidates.length), section.title);
  const coreBullets = fittedBullets(core, shared.theme);
  const ctx: CandidateContext = {
    ...shared,
    section,
    sectionIndex,
    blocks,
    used: new Set(core.slice(0, coreBullets.length).map((point) => point.sentence)),
    seen: {},
    titleAt: (index) => {
      const heading = partHeadings[index];
      if (!heading) return title;
      return countWords(heading) <= 3 && !heading.toLowerCase().includes(section.title.toLowerCase())
        ? shortenTitle(`${section.title}: ${heading}`)
        : shortenTitle(heading);
    },
    note: (lines, locators) => notesFor(lines, shared.sourceName, section.title, locators),
  };
  const items = textCandidates(ctx, allCandidates, core);
  blocks.forEach((block, index) => {
    items.push(...(BLOCK_CANDIDATES[block.kind]?.(ctx, block, index) ?? []));
  });
  const figure = keyFigure(allCandidates, ctx.used);
  const label = figure ? compressSentence(figure.candidate.sentence, 14) : undefined;
  if (figure && label)
    items.push({
      priority: PRIORITY.keyFigure,
      order: figure.candidate.order / 100,
      role: 'figure',
      spec: {
        layout: 'figure',
        title,
        figure: figure.figure,
        label,
        notes: ctx.note([figure.candidate.sentence], [figure.candidate.locator]),
      },
    });
  settleCore(items, coreBullets.length, ctx);
  // A divider says what the section holds, when its sub-headings say it; never its number alone:
  // a section the outline could only name "Part 4" gets none.
  const subtitle = dividerSubtitle(section);
  if (title !== shared.labels.part(sectionIndex + 1))
    items.push({
      priority: PRIORITY.divider,
      order: -2,
      role: 'section',
      spec: {
        layout: 'section',
        title,
        ...(subtitle ? { subtitle } : {}),
        notes: ctx.note([`Section “${section.title}”.`], [section.locator]),
      },
    });
  return { items, keyPoints: core };
}

/** Sub-headings a divider may list: two to four, each of a few words. */
const DIVIDER_HEADINGS = { min: 2, max: 4, words: 6, total: 14 } as const;

/**
 * A section divider's subtitle: the section's sub-headings in order ("Setbacks · Parking ·
 * Design"), which tell the audience what the next slides cover. None when the section has no
 * such headings, or too many or too long to read at a glance: a bare "Part 4" numbers a section
 * the agenda does not number, and says nothing.
 */
export function dividerSubtitle(section: OutlineSection): string | undefined {
  const own = section.title.trim().toLowerCase();
  const headings = [
    ...new Set(
      section.parts
        .map((part) => part.heading?.replace(/\s+/g, ' ').trim())
        .filter((heading): heading is string => Boolean(heading) && heading?.toLowerCase() !== own),
    ),
  ];
  if (headings.length < DIVIDER_HEADINGS.min || headings.length > DIVIDER_HEADINGS.max) return undefined;
  if (headings.some((heading) => countWords(heading) > DIVIDER_HEADINGS.words)) return undefined;
  if (headings.reduce((sum, heading) => sum + countWords(heading), 0) > DIVIDER_HEADINGS.total)
    return undefined;
  return headings.join(' · ');
}
