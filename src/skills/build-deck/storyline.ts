/**
 * @module storyline
 * From an outline to the slides of a deck: title, agenda, one or more slides per section,
 * callouts (tables, charts, images, quotes, key figures) and a closing summary. Every section
 * proposes candidate slides with a priority; the deck keeps every section's core slide, then
 * the best candidates until it reaches the requested slide count. When there are more
 * sections than slides, adjacent sections share a slide. Pure: same outline, same deck.
 */
import type { Block, Locator } from '../../formats/model.ts';
import { hasCjk } from '../../formats/pptx/text-fit.ts';
import type { Theme } from '../../formats/pptx/theme.ts';
import type { Bullet, ImageRef, SlideSpec } from '../../formats/pptx/write-layout.ts';
import { bulletsFit } from '../../formats/pptx/write-layout.ts';
import {
  type Candidate,
  candidatesOf,
  inverseFrequencies,
  type KeyPoint,
  pickKeyPoints,
} from './key-points.ts';
import { sourceLine } from './locators.ts';
import type { Outline, OutlineSection } from './outline.ts';
import { compressSentence, countWords, shortenTitle, splitSentences } from './sentences.ts';
import { paginateRows, slideTable, tableChart } from './tables.ts';

export const MAX_BULLETS = 6;
/** Words allowed on one slide outside its title. */
export const SLIDE_WORD_BUDGET = 80;
/** Deck length when no slide count is asked for. */
const MAX_AUTO_SLIDES = 30;

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

export type PlannedSlide = {
  readonly role: SlideRole;
  readonly spec: SlideSpec;
  /** Index of the outline section(s) the slide comes from. */
  readonly sections: readonly number[];
  /** The source sentences a bullet slide was drawn from, for a model to rewrite from. */
  readonly passages?: readonly string[];
};

/** The deck's own words (agenda, summary...), in the document's language. */
export type DeckLabels = {
  readonly agenda: string;
  readonly summary: string;
  readonly summaryAndNextSteps: string;
  readonly keyPoints: string;
  readonly nextSteps: string;
  readonly continued: string;
  readonly part: (n: number) => string;
  readonly basedOn: (source: string) => string;
};

const ENGLISH: DeckLabels = {
  agenda: 'Agenda',
  summary: 'Summary',
  summaryAndNextSteps: 'Summary and next steps',
  keyPoints: 'Key points',
  nextSteps: 'Next steps',
  continued: '(continued)',
  part: (n) => `Part ${n}`,
  basedOn: (source) => `Based on ${source}`,
};

const CHINESE: DeckLabels = {
  agenda: '议程',
  summary: '总结',
  summaryAndNextSteps: '总结与下一步',
  keyPoints: '要点',
  nextSteps: '下一步',
  continued: '（续）',
  part: (n) => `第 ${n} 部分`,
  basedOn: (source) => `来源：${source}`,
};

/** Chinese labels when the outline's title and headings are mostly CJK text. */
export function labelsFor(outline: Outline): DeckLabels {
  const texts = [outline.title, ...outline.sections.map((section) => section.title)];
  return texts.filter((text) => hasCjk(text)).length * 2 > texts.length ? CHINESE : ENGLISH;
}

export type StorylineOptions = {
  readonly sourceName: string;
  /** Fixed words of the deck; defaults from the document's language. */
  readonly labels?: DeckLabels;
  /** Total slides wanted; undefined sizes the deck to the content. */
  readonly slides?: number;
  readonly theme: Theme;
};

type PoolItem = {
  priority: number;
  order: number;
  role: SlideRole;
  spec: SlideSpec;
  core?: boolean;
  passages?: readonly string[];
};

const MAX_PASSAGES = 15;

function passagesOf(candidates: readonly Candidate[]): string[] {
  return candidates.slice(0, MAX_PASSAGES).map((candidate) => candidate.sentence);
}

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);
const FIGURE_RE =
  /(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?|\d[\d,.]*\s?(?:%|percent\b|per cent\b)|\d[\d,.]*\s?(?:million|billion)\b)/i;
const ACTION_RE =
  /\b(?:will|should|must|need to|needs to|plan to|plans to|recommend|recommends|recommended|next step|next steps|propose|proposes|by (?:the end of )?(?:Q[1-4]|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b|将|应当|建议|计划|下一步/i;
const NEXT_STEPS_TITLE =
  /next steps|recommendation|action|conclusion|outlook|plan|roadmap|下一步|建议|结论|计划/i;

function notesFor(
  lines: readonly string[],
  options: StorylineOptions,
  section: string | undefined,
  locators: readonly Locator[],
): string {
  const body = lines.filter((line) => line.trim()).join('\n');
  return [body, sourceLine(options.sourceName, section, locators)].filter(Boolean).join('\n\n');
}

function sectionTexts(section: OutlineSection): string {
  return section.parts
    .flatMap((part) => part.blocks)
    .map((block) => ('text' in block ? block.text : ''))
    .join(' ');
}

/** Bullets from key points, trimmed until they fit the body box at the smallest size. */
function fittedBullets(
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

function imageCaption(blocks: readonly Block[], index: number, section: string, figure: number): string {
  const image = blocks[index];
  for (const neighbour of [blocks[index + 1], blocks[index - 1]]) {
    if (
      neighbour &&
      (neighbour.kind === 'paragraph' || neighbour.kind === 'note') &&
      /^(?:figure|fig\.|image|picture|photo|chart|diagram|图|图片)\s*\d*/i.test(neighbour.text.trim())
    ) {
      return shortenTitle(neighbour.text.trim(), 16);
    }
  }
  const alt = image?.kind === 'image' ? image.altText?.trim() : undefined;
  if (
    alt &&
    !/^(?:https?:|file:|[\w-]+\.(?:png|jpe?g|gif|emf|wmf)$)|^(?:picture|image|grafik|图片)\s*\d*$/i.test(alt)
  )
    return shortenTitle(alt, 16);
  return `Figure ${figure}: ${section}`;
}

function keyFigure(
  candidates: readonly Candidate[],
  used: ReadonlySet<string>,
): { figure: string; candidate: Candidate } | undefined {
  for (const candidate of candidates) {
    if (used.has(candidate.sentence)) continue;
    const match = FIGURE_RE.exec(candidate.sentence);
    if (!match) continue;
    const figure = match[0].replace(/\s?(?:percent|per cent)\b/i, '%').trim();
    if (/^\d{4}$/.test(figure)) continue;
    return { figure, candidate };
  }
  return undefined;
}

type SectionPool = { items: PoolItem[]; keyPoints: KeyPoint[] };

/** Candidate slides for one section, each with a priority (100 = the section's core slide). */
function sectionPool(
  section: OutlineSection,
  sectionIndex: number,
  idf: ReadonlyMap<string, number>,
  options: StorylineOptions,
  figureCounter: { n: number },
): SectionPool {
  const { theme } = options;
  const title = shortenTitle(section.title);
  const allBlocks = section.parts.flatMap((part) => part.blocks);
  /** The sub-heading above each block, so callout slides can say more than the section title. */
  const partHeadings = section.parts.flatMap((part) => part.blocks.map(() => part.heading));
  const titleAt = (index: number) => {
    const heading = partHeadings[index];
    if (!heading) return title;
    return countWords(heading) <= 3 && !heading.toLowerCase().includes(section.title.toLowerCase())
      ? shortenTitle(`${section.title}: ${heading}`)
      : shortenTitle(heading);
  };
  /** A "Table 1. …" paragraph next to a table names it. */
  const tableCaption = (index: number): string | undefined => {
    for (const neighbour of [allBlocks[index + 1], allBlocks[index - 1]]) {
      if (neighbour?.kind === 'paragraph') {
        const match = /^(?:table|表)\s*\d+[.:]\s*(.+)$/i.exec(neighbour.text.trim());
        if (match?.[1]) return match[1].replace(/\.$/, '');
      }
    }
    return undefined;
  };
  const allCandidates = candidatesOf(allBlocks);
  const items: PoolItem[] = [];
  const core = pickKeyPoints(allCandidates, idf, bulletCount(allCandidates.length), section.title);
  const coreBullets = fittedBullets(core, theme);
  const used = new Set(core.slice(0, coreBullets.length).map((point) => point.sentence));
  const note = (lines: readonly string[], locators: readonly Locator[]) =>
    notesFor(lines, options, section.title, locators);

  if (coreBullets.length > 0) {
    const kept = core.slice(0, coreBullets.length);
    items.push({
      priority: 100,
      order: -1,
      role: 'content',
      core: true,
      passages: passagesOf(allCandidates),
      spec: {
        layout: 'bullets',
        title,
        bullets: coreBullets,
        notes: note(
          kept.map((point) => point.sentence),
          kept.map((point) => point.locator),
        ),
      },
    });
  }

  // One slide per sub-heading part with enough unused points.
  let blockOffset = 0;
  section.parts.forEach((part, partIndex) => {
    const order = blockOffset;
    blockOffset += part.blocks.length;
    const candidates = candidatesOf(part.blocks).filter((candidate) => !used.has(candidate.sentence));
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
    const partTitle = part.heading ? shortenTitle(part.heading) : `${title} ${labels(options).continued}`;
    items.push({
      priority: 55 - partIndex,
      order,
      role: 'content',
      passages: passagesOf(candidates),
      spec: {
        layout: 'bullets',
        title: partTitle,
        bullets,
        notes: note(
          kept.map((point) => point.sentence),
          kept.map((point) => point.locator),
        ),
      },
    });
  });

  // Tables, charts, images and quotes, at their place in the section.
  let tables = 0;
  let images = 0;
  let quotes = 0;
  allBlocks.forEach((block, index) => {
    if (block.kind === 'table' && tables < 3) {
      const table = slideTable(block);
      if (!table || table.rows.length < 2) return;
      tables++;
      const chart = tableChart(table);
      const pages = paginateRows(table.rows);
      const captionText = block.caption ?? tableCaption(index);
      const caption = captionText ? shortenTitle(captionText, 16) : undefined;
      const tableTitle = caption && countWords(caption) <= 10 ? caption : titleAt(index);
      const dropped =
        table.droppedColumns > 0 ? `${table.droppedColumns} further column(s) are in the source table.` : '';
      pages.forEach((rows, page) => {
        items.push({
          priority: (chart ? 55 : 70) - page * 15 - (tables - 1) * 10,
          order: index + page * 0.01,
          role: 'table',
          spec: {
            layout: 'table',
            title: pages.length > 1 ? `${tableTitle} (${page + 1}/${pages.length})` : tableTitle,
            header: table.header,
            rows,
            ...(caption && caption !== tableTitle ? { caption } : {}),
            notes: note(
              [
                `Table with ${table.rows.length} rows from the source${pages.length > 1 ? `, part ${page + 1} of ${pages.length}` : ''}.`,
                dropped,
              ],
              [block.locator],
            ),
          },
        });
      });
      if (chart) {
        const seriesNames = chart.series.map((item) => item.name).join(', ');
        items.push({
          priority: 75 - (tables - 1) * 10,
          order: index - 0.005,
          role: 'chart',
          spec: {
            layout: 'chart',
            title: tableTitle,
            chartType: chart.chartType,
            series: chart.series,
            caption: `Source: ${options.sourceName}${caption ? `, table “${caption}”` : ''}`,
            notes: note([`Chart of the table in “${section.title}”: ${seriesNames}.`], [block.locator]),
          },
        });
      }
    } else if (block.kind === 'chart' && block.series.length > 0) {
      const chartType = /pie|doughnut/i.test(block.chartType)
        ? 'pie'
        : /line|area|scatter/i.test(block.chartType)
          ? 'line'
          : 'bar';
      items.push({
        priority: 75,
        order: index,
        role: 'chart',
        spec: {
          layout: 'chart',
          title: block.title ? shortenTitle(block.title) : titleAt(index),
          chartType,
          series: block.series,
          notes: note([`Chart from the source${block.title ? `: ${block.title}` : ''}.`], [block.locator]),
        },
      });
    } else if (
      block.kind === 'image' &&
      images < 3 &&
      IMAGE_TYPES.has(block.contentType) &&
      (block.widthPx ?? 100) >= 48 &&
      (block.heightPx ?? 100) >= 48
    ) {
      images++;
      figureCounter.n++;
      const caption = imageCaption(allBlocks, index, section.title, figureCounter.n);
      const nearby = candidatesOf(allBlocks.slice(Math.max(0, index - 4), index + 5)).filter(
        (candidate) => !used.has(candidate.sentence),
      );
      const points = pickKeyPoints(nearby, idf, 3, section.title);
      const bullets = fittedBullets(points, theme, 4.6).slice(0, 3);
      const image: ImageRef = {
        data: block.data,
        contentType: block.contentType,
        ...(block.widthPx ? { widthPx: block.widthPx } : {}),
        ...(block.heightPx ? { heightPx: block.heightPx } : {}),
        ...(block.altText ? { altText: block.altText } : {}),
      };
      items.push({
        priority: 65 - (images - 1) * 15,
        order: index,
        role: 'image',
        spec: {
          layout: 'image',
          title: titleAt(index),
          image,
          caption,
          ...(bullets.length ? { bullets } : {}),
          notes: note(
            [caption, ...points.slice(0, bullets.length).map((point) => point.sentence)],
            [block.locator],
          ),
        },
      });
    } else if (
      (block.kind === 'quote' || (block.kind === 'paragraph' && /quote/i.test(block.style ?? ''))) &&
      quotes < 1
    ) {
      const sentences = splitSentences(block.text);
      let quote = '';
      for (const sentence of sentences) {
        if (countWords(quote + sentence) > 40) break;
        quote = quote ? `${quote} ${sentence}` : sentence;
      }
      if (!quote) return;
      quotes++;
      const attribution = /\s[—–-]\s?([^—–-]{2,60})$/.exec(quote);
      items.push({
        priority: 50,
        order: index,
        role: 'quote',
        spec: {
          layout: 'quote',
          title,
          quote: attribution ? quote.slice(0, attribution.index).trim() : quote,
          ...(attribution?.[1] ? { attribution: attribution[1].trim() } : {}),
          notes: note([block.text], [block.locator]),
        },
      });
    }
  });

  const figure = keyFigure(allCandidates, used);
  if (figure) {
    const label = compressSentence(figure.candidate.sentence, 14);
    if (label) {
      items.push({
        priority: 45,
        order: figure.candidate.order / 100,
        role: 'figure',
        spec: {
          layout: 'figure',
          title,
          figure: figure.figure,
          label,
          notes: note([figure.candidate.sentence], [figure.candidate.locator]),
        },
      });
    }
  }

  if (items.length === 0) {
    // A heading with no usable content still gets its slide, so every section is covered.
    items.push({
      priority: 100,
      order: -1,
      role: 'section',
      core: true,
      spec: { layout: 'section', title, notes: note([`Section “${section.title}”.`], [section.locator]) },
    });
  } else if (coreBullets.length < 2 && items.some((item) => !item.core && item.role !== 'section')) {
    // A thin bullet slide loses its place to the section's best table, chart or picture.
    const visual = items.filter((item) => !item.core).reduce((a, b) => (b.priority > a.priority ? b : a));
    for (const item of items)
      if (item.core) {
        item.core = false;
        item.priority = 30;
      }
    visual.priority = 100;
    visual.core = true;
  } else if (!items.some((item) => item.core)) {
    const best = items.reduce((a, b) => (b.priority > a.priority ? b : a));
    best.priority = 100;
    best.core = true;
  }
  items.push({
    priority: 20,
    order: -2,
    role: 'section',
    spec: {
      layout: 'section',
      title,
      subtitle: labels(options).part(sectionIndex + 1),
      notes: note([`Section “${section.title}”.`], [section.locator]),
    },
  });
  return { items, keyPoints: core };
}

/** The agenda: section titles, on one or two columns (and more slides past twelve). */
function agendaSlides(outline: Outline, options: StorylineOptions): PlannedSlide[] {
  const titles = outline.sections.map((section) =>
    shortenTitle(section.title, outline.sections.length > 6 ? 6 : 8),
  );
  const pages = titles.length > 12 ? paginateRows(titles, 12) : [titles];
  return pages.map((page, index) => {
    const title =
      pages.length > 1 ? `${labels(options).agenda} (${index + 1}/${pages.length})` : labels(options).agenda;
    const notes = notesFor(
      [`This deck follows the ${outline.sections.length} sections of ${options.sourceName}.`],
      options,
      undefined,
      [],
    );
    const start = pages.slice(0, index).reduce((sum, p) => sum + p.length, 0);
    const sections = page.map((_, offset) => start + offset);
    if (page.length > 6) {
      const half = Math.ceil(page.length / 2);
      return {
        role: 'agenda' as const,
        sections,
        spec: {
          layout: 'two-column' as const,
          title,
          left: page.slice(0, half).map((text) => ({ text })),
          right: page.slice(half).map((text) => ({ text })),
          notes,
        },
      };
    }
    return {
      role: 'agenda' as const,
      sections,
      spec: { layout: 'bullets' as const, title, bullets: page.map((text) => ({ text })), notes },
    };
  });
}

/** Next steps written as a table (Owner | Action | Due): one bullet per row. */
function tableActions(section: OutlineSection): { sentence: string; bullet: string; locator: Locator }[] {
  const out: { sentence: string; bullet: string; locator: Locator }[] = [];
  for (const block of section.parts.flatMap((part) => part.blocks)) {
    if (block.kind !== 'table') continue;
    const table = slideTable(block);
    if (!table) continue;
    const header = table.header.map((cell) => cell.toLowerCase());
    const action = header.findIndex((cell) => /action|task|step|what|deliverable|item/.test(cell));
    if (action < 0) continue;
    const owner = header.findIndex((cell) => /owner|who|responsible|lead/.test(cell));
    const due = header.findIndex((cell) => /due|when|date|deadline|by/.test(cell));
    const raw = block.rows
      .slice(1)
      .map((row) => table.columns.map((column) => (row[column]?.text ?? '').replace(/\s+/g, ' ').trim()))
      .filter((row) => row.some(Boolean));
    for (const row of raw) {
      const what = compressSentence(row[action] ?? '', 10);
      if (!what) continue;
      const extras = [owner >= 0 ? row[owner] : '', due >= 0 ? row[due] : ''].filter((text): text is string =>
        Boolean(text?.trim()),
      );
      const bullet =
        extras.length && countWords(`${what} (${extras.join(', ')})`) <= 14
          ? `${what} (${extras.join(', ')})`
          : what;
      out.push({ sentence: row.join(' | '), bullet, locator: block.locator });
    }
  }
  return out;
}

function summarySlide(
  outline: Outline,
  pools: readonly SectionPool[],
  options: StorylineOptions,
): PlannedSlide {
  const { theme } = options;
  const ranked = pools
    .map((pool, index) => ({ index, point: [...pool.keyPoints].sort((a, b) => b.score - a.score)[0] }))
    .filter((entry): entry is { index: number; point: KeyPoint } => entry.point !== undefined);
  const actions: { sentence: string; bullet: string; locator: Locator; section: number }[] = [];
  const sectionOrder = outline.sections
    .map((section, index) => ({ section, index }))
    .sort(
      (a, b) =>
        Number(NEXT_STEPS_TITLE.test(b.section.title)) - Number(NEXT_STEPS_TITLE.test(a.section.title)),
    );
  for (const { section, index } of sectionOrder) {
    if (NEXT_STEPS_TITLE.test(section.title)) {
      for (const action of tableActions(section)) {
        if (actions.length < 3) actions.push({ ...action, section: index });
      }
    }
    for (const candidate of candidatesOf(section.parts.flatMap((part) => part.blocks))) {
      if (actions.length >= 3) break;
      if (!ACTION_RE.test(candidate.sentence)) continue;
      const bullet = compressSentence(candidate.sentence, 14);
      if (bullet && !actions.some((action) => action.bullet === bullet))
        actions.push({ sentence: candidate.sentence, bullet, locator: candidate.locator, section: index });
    }
  }
  const takeCount = actions.length > 0 ? 4 : MAX_BULLETS;
  const top = [...ranked]
    .sort((a, b) => b.point.score - a.point.score)
    .slice(0, takeCount)
    .sort((a, b) => a.index - b.index);
  const lines = top.map((entry) => `${outline.sections[entry.index]?.title}: ${entry.point.sentence}`);
  const locators = top.map((entry) => entry.point.locator);
  if (actions.length > 0) {
    // Both columns share the slide's word budget (the headings count too).
    const left = fittedBullets(
      top.map((entry) => entry.point),
      theme,
      5.8,
      SLIDE_WORD_BUDGET / 2,
    );
    const leftWords = left.reduce((sum, bullet) => sum + countWords(bullet.text), 0) + 4;
    const right: Bullet[] = [];
    for (const action of actions) {
      const used = right.reduce((sum, bullet) => sum + countWords(bullet.text), 0);
      if (leftWords + used + countWords(action.bullet) > SLIDE_WORD_BUDGET) break;
      right.push({ text: action.bullet });
    }
    return {
      role: 'summary',
      sections: [
        ...new Set([...top.map((entry) => entry.index), ...actions.map((action) => action.section)]),
      ],
      spec: {
        layout: 'two-column',
        title: labels(options).summaryAndNextSteps,
        leftHeading: labels(options).keyPoints,
        rightHeading: labels(options).nextSteps,
        left,
        right,
        notes: notesFor(
          [...lines, ...actions.map((action) => `Next step: ${action.sentence}`)],
          options,
          undefined,
          [...locators, ...actions.map((action) => action.locator)],
        ),
      },
    };
  }
  const bullets = fittedBullets(
    top.map((entry) => entry.point),
    theme,
  );
  return {
    role: 'summary',
    sections: top.map((entry) => entry.index),
    spec: {
      layout: 'bullets',
      title: labels(options).summary,
      bullets: bullets.length
        ? bullets
        : [{ text: `${outline.sections.length} sections from ${options.sourceName}` }],
      notes: notesFor(lines, options, undefined, locators),
    },
  };
}

/** Splits sections into `groups` runs of adjacent sections with balanced word counts. */
function groupSections(sections: readonly OutlineSection[], groups: number): number[][] {
  const total = sections.reduce((sum, section) => sum + Math.max(section.words, 1), 0);
  const out: number[][] = [];
  let current: number[] = [];
  let acc = 0;
  sections.forEach((section, index) => {
    current.push(index);
    acc += Math.max(section.words, 1);
    const groupsLeftAfter = groups - out.length - 1;
    const sectionsLeft = sections.length - index - 1;
    if (
      groupsLeftAfter > 0 &&
      (acc >= (total * (out.length + 1)) / groups || sectionsLeft === groupsLeftAfter)
    ) {
      out.push(current);
      current = [];
    }
  });
  if (current.length) out.push(current);
  return out;
}

function mergedSlide(
  outline: Outline,
  group: readonly number[],
  pools: readonly SectionPool[],
  options: StorylineOptions,
): PlannedSlide {
  const titles = group.map((index) => shortenTitle(outline.sections[index]?.title ?? '', 5));
  const title =
    titles.length <= 3
      ? titles.join(' · ')
      : `${titles.slice(0, 2).join(' · ')} and ${titles.length - 2} more`;
  const perSection = Math.max(1, Math.floor(MAX_BULLETS / group.length));
  const points = group.flatMap((index) =>
    [...(pools[index]?.keyPoints ?? [])].sort((a, b) => b.score - a.score).slice(0, perSection),
  );
  const bullets = fittedBullets(points, options.theme);
  const kept = points.slice(0, bullets.length);
  return {
    role: 'content',
    sections: [...group],
    passages: points.map((point) => point.sentence),
    spec: {
      layout: 'bullets',
      title: shortenTitle(title, 12),
      bullets: bullets.length ? bullets : titles.map((text) => ({ text })).slice(0, MAX_BULLETS),
      notes: notesFor(
        kept.map((point) => point.sentence),
        options,
        group.map((index) => outline.sections[index]?.title).join('; '),
        kept.map((point) => point.locator),
      ),
    },
  };
}

function labels(options: StorylineOptions): DeckLabels {
  return options.labels ?? ENGLISH;
}

/** Plans the slides of a deck from an outline. */
export function planStoryline(outline: Outline, given: StorylineOptions): PlannedSlide[] {
  const options: StorylineOptions = { ...given, labels: given.labels ?? labelsFor(outline) };
  const sections = outline.sections;
  const idf = inverseFrequencies(sections.map(sectionTexts));
  const figureCounter = { n: 0 };
  const pools = sections.map((section, index) => sectionPool(section, index, idf, options, figureCounter));
  const wanted = options.slides;
  const title: PlannedSlide = {
    role: 'title',
    sections: [],
    spec: {
      layout: 'title',
      title: shortenTitle(outline.title, 14),
      subtitle: outline.subtitle ?? labels(options).basedOn(options.sourceName),
      notes: notesFor(
        [`${outline.title}: ${sections.length} section${sections.length === 1 ? '' : 's'}.`],
        options,
        undefined,
        [],
      ),
    },
  };
  if (sections.length === 0) {
    const empty: PlannedSlide = {
      role: 'summary',
      sections: [],
      spec: {
        layout: 'bullets',
        title: labels(options).summary,
        bullets: [{ text: `${options.sourceName} has no text to present` }],
        notes: sourceLine(options.sourceName, undefined, []),
      },
    };
    return [title, empty].slice(0, Math.max(1, wanted ?? 2));
  }
  const agenda =
    sections.length >= 2 && (wanted === undefined || wanted >= 3) ? agendaSlides(outline, options) : [];
  const summary =
    wanted === undefined || wanted >= 4 || (wanted >= 2 && agenda.length === 0)
      ? [summarySlide(outline, pools, options)]
      : [];
  const fixed = 1 + agenda.length + summary.length;
  const budget = wanted === undefined ? undefined : Math.max(0, wanted - fixed);

  let body: PlannedSlide[];
  if (budget !== undefined && budget < sections.length) {
    body =
      budget === 0
        ? []
        : groupSections(sections, budget).map((group) => mergedSlide(outline, group, pools, options));
  } else {
    const all = pools.flatMap((pool, section) => pool.items.map((item) => ({ ...item, section })));
    const chosen = new Set(all.filter((item) => item.core));
    const rest = all
      .filter((item) => !item.core)
      .sort((a, b) => b.priority - a.priority || a.section - b.section || a.order - b.order);
    if (budget === undefined) {
      const perSection = new Map<number, number>();
      for (const item of chosen) perSection.set(item.section, 1);
      for (const item of rest) {
        if (item.priority < 40 || chosen.size >= MAX_AUTO_SLIDES - fixed) continue;
        const count = perSection.get(item.section) ?? 0;
        if (count >= 5) continue;
        chosen.add(item);
        perSection.set(item.section, count + 1);
      }
      // Section dividers when the deck is long and the section has several slides.
      if (sections.length >= 3) {
        for (const item of rest) {
          if (
            item.role === 'section' &&
            (perSection.get(item.section) ?? 0) >= 3 &&
            chosen.size < MAX_AUTO_SLIDES - fixed
          )
            chosen.add(item);
        }
      }
    } else {
      for (const item of rest) {
        if (chosen.size >= budget) break;
        chosen.add(item);
      }
    }
    body = [...chosen]
      .sort((a, b) => a.section - b.section || a.order - b.order)
      .map((item) => ({
        role: item.role,
        spec: item.spec,
        sections: [item.section],
        ...(item.passages ? { passages: item.passages } : {}),
      }));
  }
  return [title, ...agenda, ...body, ...summary];
}
