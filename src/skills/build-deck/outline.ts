/**
 * @module outline
 * A Document seen as a presentation outline: its title, and top-level sections (the headings
 * at the highest level used), each with its parts (sub-headings) and the blocks under them.
 * Text before the first heading becomes an "Introduction" section; a document with no
 * headings is cut into sections of a few paragraphs each.
 */
import { CONTENTS_HEADING, meaningfulTitle } from '../../formats/document-title.ts';
import type { Block, Document, Locator } from '../../formats/model.ts';
import { detectLanguage, type LanguageTag } from '../../lib/text/detect-language.ts';
import { withoutItemMark } from '../../lib/text/item-marks.ts';
import { isPlaceholderText } from '../../lib/text/placeholder-text.ts';
import { unwrapLines } from '../../lib/text/unwrap-lines.ts';
import { candidatesOf, scoreCandidates } from './key-points.ts';
import { type DeckLabels, labelsForLanguage } from './labels.ts';
import { compressSentence, countWords, shortenTitle } from './sentences.ts';

export type OutlinePart = {
  /** Sub-heading, absent for text before the first sub-heading. */
  readonly heading?: string;
  readonly blocks: readonly Block[];
};

export type OutlineSection = {
  readonly title: string;
  readonly locator: Locator;
  readonly parts: readonly OutlinePart[];
  /** Content words in the section, for sizing. */
  readonly words: number;
};

export type Outline = {
  readonly title: string;
  readonly titleSource: TitleSource;
  readonly subtitle?: string;
  /** The document's language, which the deck's own words follow. */
  readonly language: LanguageTag;
  /** The navigation pane's headings, which coverage is counted against. */
  readonly navigation: readonly NavigationEntry[];
  readonly sections: readonly OutlineSection[];
  /** Heading lines of a cover page that head no text, shown in the subtitle instead of on slides of their own. */
  readonly cover?: readonly string[];
};

/** Blocks that carry content for slides (headers, footers and comments do not). */
function isContent(block: Block): boolean {
  if (block.kind === 'note') return block.noteKind === 'textbox' || block.noteKind === 'footnote';
  if (block.kind === 'paragraph' || block.kind === 'list-item' || block.kind === 'quote')
    return block.text.trim().length > 0;
  return block.kind !== 'heading' && block.kind !== 'code';
}

function blockWords(block: Block): number {
  switch (block.kind) {
    case 'paragraph':
    case 'list-item':
    case 'quote':
    case 'note':
      return countWords(block.text);
    case 'table':
      return block.rows.length * 4;
    case 'image':
    case 'chart':
      return 30;
    default:
      return 0;
  }
}

function makeSection(
  title: string,
  locator: Locator,
  blocks: readonly Block[],
  partLevel: number | undefined,
): OutlineSection {
  const parts: { heading?: string; blocks: Block[] }[] = [{ blocks: [] }];
  for (const block of blocks) {
    if (block.kind === 'heading' && partLevel !== undefined && block.level <= partLevel) {
      parts.push({ heading: block.text.trim(), blocks: [] });
      continue;
    }
    if (block.kind === 'heading') continue;
    if (isContent(block)) parts.at(-1)?.blocks.push(block);
  }
  const kept = parts.filter((part, index) => part.blocks.length > 0 || (index > 0 && part.heading));
  const words = kept.reduce(
    (sum, part) => sum + part.blocks.reduce((s, block) => s + blockWords(block), 0),
    0,
  );
  return { title, locator, parts: kept, words };
}

/** Where the deck's title came from, best first. */
export type TitleSource = 'property' | 'title-style' | 'heading' | 'first-line' | 'file-name';

/** A heading as the navigation pane shows it (heading styles and outline levels only). */
export type NavigationEntry = { readonly text: string; readonly level: number };

/**
 * A table with one column of content is a frame around text (a form, a boxed page), not data:
 * its cells are read as paragraphs.
 */
function unwrapFrameTable(block: Block): Block[] {
  if (block.kind !== 'table') return [block];
  const filled = block.rows.map((row) => row.filter((cell) => !cell.merged && cell.text.trim()));
  if (filled.some((cells) => cells.length > 1) || filled.flat().length === 0) return [block];
  // Lines typed inside a cell are joined back where they break a sentence; a box that opens
  // with a label of its own ("Study plan:") is headed by it.
  return filled.flat().flatMap((cell): Block[] => {
    const lines = cell.text
      .split(/\n\s*\n/)
      .flatMap((paragraph) => unwrapLines(paragraph.split('\n')))
      .map((text) => text.trim())
      .filter(Boolean);
    const label = /^([^:]{2,40}):$/u.exec(lines[0] ?? '')?.[1];
    const heading: Block[] =
      label && countWords(label) <= 5 && lines.length > 1
        ? [{ kind: 'heading', level: 2, text: label, locator: block.locator }]
        : [];
    return [
      ...heading,
      ...lines
        .slice(heading.length)
        .map((text): Block => ({ kind: 'paragraph', text, locator: block.locator })),
    ];
  });
}

/** The style names Word uses for a document's title line. */
function isTitleParagraph(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    /^(title|subtitle)$/i.test(block.style ?? '') &&
    block.text.trim().length > 0
  );
}

/** The column labels over a list of contents, figures or tables: "Section⇥Page", "Figure⇥Page". */
const LIST_COLUMNS = /^[\p{L} ]{2,30}\t+(?:pages?|p\.|pg\.?|seite|página|pagina)\s*$/iu;

/** Tables of contents and indexes repeat the headings with page numbers: not content. */
function isGeneratedList(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    (/^(?:toc|table of figures|index|inhaltsverzeichnis|verzeichnis|tdm|índice)\s*\d*$/i.test(
      (block.style ?? '').trim(),
    ) ||
      LIST_COLUMNS.test(block.text.trim()))
  );
}

/** "q3_board-report.docx" → "Q3 board report": only when nothing in the document names it. */
export function titleFromFileName(name: string): string {
  const stem = name
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .replace(/(?<=\p{L})(?=\d{3,})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return stem ? stem.charAt(0).toUpperCase() + stem.slice(1) : 'Presentation';
}

export { CONTENTS_HEADING };

/** A numbered line: "3. Scope", "2.1 Costs", "（２）質問", "第3章 …", "IV. Results". */
const NUMBERED_LINE =
  /^(?:[(（]?[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})*[.．)）、]?\s*|第[0-9０-９一二三四五六七八九十]+[章節部条]\s*|[IVX]{1,4}[.)]\s+)(?=\S)/u;

/** A short line set in bold (or numbered) that reads as a heading in a document without heading styles. */
function cueHeadingText(block: Block): string | undefined {
  if (block.kind !== 'paragraph' || isTitleParagraph(block)) return undefined;
  const text = block.text.replace(/\s+/g, ' ').trim();
  if (!text || countWords(text) > 12 || text.length > 90) return undefined;
  const runs = block.runs ?? [];
  const bold = runs.length > 0 && runs.every((run) => run.bold || !run.text.trim());
  const numbered = NUMBERED_LINE.test(text) && /\p{L}{2}/u.test(text.replace(NUMBERED_LINE, ''));
  // A line ending as a sentence reads as one, unless it is a bold numbered line: a code's
  // section heading is written "12.04.020 Permits." with its full stop.
  const sentenceEnd = /[.;,:!?。；，：！？]$/u.test(text) && !/\.\.\.$/.test(text);
  if (!sentenceEnd) return bold || numbered ? text : undefined;
  return bold && numbered && /[.。]$/u.test(text) ? text.slice(0, -1) : undefined;
}

/**
 * Words a line standing in for a heading heads, at the median, before the lines count as
 * headings: numbered rows of a table printed to PDF ("04 North pier 10H00") are short lines
 * too, but each heads a time or a name, not a section.
 */
const MIN_CUE_SECTION_WORDS = 20;
/** A lead paragraph before the first section of at least this many words, not a byline, is a section of its own. */
const MIN_LEAD_WORDS = 20;

/** The median count of content words between each cue line and the next. */
function medianWordsUnder(blocks: readonly Block[], cues: ReadonlySet<Block>): number {
  const counts: number[] = [];
  for (const block of blocks) {
    if (cues.has(block)) counts.push(0);
    else if (counts.length > 0 && isContent(block)) counts[counts.length - 1]! += blockWords(block);
  }
  const sorted = counts.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

type TitleChoice = { title: string; source: TitleSource; consumed?: Block };

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A bullet typed before a heading's words ("* BOATHOUSE KEYS"): no part of its title. */
const TYPED_BULLET = /^[*•▪◦·]\s+(?=\S)/u;

/** A heading's text as a section title: on one line, without a bullet typed before it. */
function headingTitle(text: string): string {
  return oneLine(text).replace(TYPED_BULLET, '');
}

/** A line that can stand as a title: short, not a sentence, not a table of contents' heading. */
function titleLike(text: string): boolean {
  const line = oneLine(text);
  return (
    line.length >= 6 &&
    countWords(line) <= 12 &&
    !/[.;,!?。；，！？]$/u.test(line) &&
    !CONTENTS_HEADING.test(line) &&
    /\p{L}/u.test(line)
  );
}

/**
 * The deck's title: the title property; a Title- (else Subtitle-) styled paragraph; the first
 * heading when it opens the document and names no numbered part; a short line among the first
 * three; the file name, cleaned, only when nothing inside names the document.
 */
function chooseTitle(document: Document, blocks: readonly Block[], fileName: string): TitleChoice {
  const property = oneLine(meaningfulTitle(document.metadata.title) ?? '');
  // A property of a number or an initial ("1", "A") is a placeholder too.
  if (/\p{L}{2}/u.test(property)) return { title: property, source: 'property' };
  for (const style of [/^title$/i, /^subtitle$/i]) {
    const styled = blocks.find(
      (block) =>
        block.kind === 'paragraph' &&
        style.test(block.style ?? '') &&
        !CONTENTS_HEADING.test(oneLine(block.text)),
    );
    if (styled && 'text' in styled && oneLine(styled.text))
      return { title: oneLine(styled.text), source: 'title-style', consumed: styled };
  }
  const content = blocks.filter((block) => block.kind === 'heading' || isContent(block));
  const opening = content.find(
    (block) => block.kind !== 'heading' || !CONTENTS_HEADING.test(oneLine(block.text)),
  );
  if (opening?.kind === 'heading' && !NUMBERED_LINE.test(opening.text.trim()))
    return { title: oneLine(opening.text), source: 'heading' };
  const body = content.filter((block) => block.kind !== 'heading');
  const line = body
    .slice(0, 3)
    .find(
      (block): block is Extract<Block, { kind: 'paragraph' }> =>
        block.kind === 'paragraph' && titleLike(block.text),
    );
  if (line)
    // The line is the title; it leaves the body unless it is all the body there is.
    return {
      title: oneLine(line.text),
      source: 'first-line',
      ...(body.length > 1 ? { consumed: line } : {}),
    };
  return { title: titleFromFileName(fileName), source: 'file-name' };
}

/**
 * Headings over nothing but a generated list (a table of contents, a list of figures) or named
 * as one: they lead to no content of their own.
 */
function listHeadings(blocks: readonly Block[]): Set<Block> {
  const out = new Set<Block>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;
    if (CONTENTS_HEADING.test(oneLine(block.text))) {
      out.add(block);
      return;
    }
    let lists = 0;
    for (const next of blocks.slice(index + 1)) {
      if (next.kind === 'heading') break;
      if (isGeneratedList(next)) lists++;
      else if (isContent(next)) return;
    }
    if (lists > 0) out.add(block);
  });
  return out;
}

/** The headings a reader sees in Word's navigation pane, in order (less those over a generated list). */
export function navigationPane(document: Document): NavigationEntry[] {
  const skip = listHeadings(document.blocks);
  return document.blocks.flatMap((block) =>
    block.kind === 'heading' && block.text.trim() && !skip.has(block)
      ? [{ text: oneLine(block.text), level: block.level }]
      : [],
  );
}

/** Indexes of the pane's root entries: those with no earlier heading at a higher level (smaller number). */
export function rootIndexes(headings: readonly { readonly level: number }[]): Set<number> {
  const roots = new Set<number>();
  let highest = Number.POSITIVE_INFINITY;
  headings.forEach((heading, index) => {
    if (heading.level <= highest) roots.add(index);
    highest = Math.min(highest, heading.level);
  });
  return roots;
}

/** The leading number of a heading ("3.2. Costs" → [3, 2]), or undefined. */
function headingNumber(text: string): number[] | undefined {
  const match = /^([0-9]{1,2}(?:\.[0-9]{1,2})*)\.?\s+\S/.exec(text.trim());
  return match?.[1] ? match[1].split('.').map(Number) : undefined;
}

/**
 * Headings that open a new part of an anthology or multi-part document although Word files
 * them under another heading: an unnumbered heading followed by numbering that starts again
 * at 1 after it had gone past 1. Returns their indexes; they are raised to the top level.
 */
function partHeadingIndexes(headings: readonly { readonly text: string }[]): Set<number> {
  const parts = new Set<number>();
  let highest = 0;
  headings.forEach((heading, index) => {
    const number = headingNumber(heading.text);
    if (number) {
      highest = Math.max(highest, number[0] ?? 0);
      return;
    }
    const next = headings[index + 1];
    const nextNumber = next ? headingNumber(next.text) : undefined;
    if (highest > 1 && nextNumber?.[0] === 1 && nextNumber.length === 1) {
      parts.add(index);
      highest = 0;
    }
  });
  return parts;
}

/** The texts of the headings that open a new part (see partHeadingIndexes). */
export function partHeadingTexts(headings: readonly { readonly text: string }[]): string[] {
  return [...partHeadingIndexes(headings)].map((index) => headings[index]?.text.trim() ?? '');
}

/** Builds the outline of a document; `fileName` names it only when nothing inside does. */
/** Joins the lines of a cover page in the deck's subtitle. */
export const COVER_SEPARATOR = ' · ';

/**
 * The blocks a reader reads as the document: page headers and footers, comments, endnotes and
 * generated lists (a table of contents) left out, a frame table unwrapped.
 */
function readingBlocks(document: Document): Block[] {
  const lists = listHeadings(document.blocks);
  return document.blocks
    .flatMap(unwrapFrameTable)
    .filter(
      (block) =>
        !(block.kind === 'note' && ['header', 'footer', 'comment', 'endnote'].includes(block.noteKind)) &&
        !isGeneratedList(block) &&
        !lists.has(block),
    );
}

/** A short line that only names a field, ending on a colon: "Venue:", "Date and time:", "Note:". */
function isFieldLabel(block: Block | undefined): boolean {
  if (block?.kind !== 'paragraph') return false;
  const text = block.text.replace(/\s+/g, ' ').trim();
  return /\p{L}[^:：]*[:：]$/u.test(text) && countWords(text) <= 6 && text.length <= 60;
}

/** A line that can be a field's value: a paragraph or a list item with words in it. */
function isFieldValue(
  block: Block | undefined,
): block is Extract<Block, { kind: 'paragraph' | 'list-item' }> {
  return (
    (block?.kind === 'paragraph' || block?.kind === 'list-item') &&
    /\p{L}|\d/u.test(block.text) &&
    !isFieldLabel(block)
  );
}

/**
 * A label alone on its line says what the one line after it is: the two are one point
 * ("Venue: Harbour hall, room 4"), so a slide keeps the label with its value rather than show an
 * address or a date said of nothing. A label over several lines (a list it leads in to) stays
 * as it is.
 */
export function withFieldLabelsJoined(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let at = 0; at < blocks.length; at++) {
    const label = blocks[at];
    const value = blocks[at + 1];
    const after = blocks[at + 2];
    const oneValue =
      isFieldValue(value) && !(isFieldValue(after) && after.kind === value.kind && !isFieldLabel(after));
    if (label && isFieldLabel(label) && 'text' in label && oneValue) {
      const { runs: _runs, ...rest } = value;
      out.push({ ...rest, text: `${label.text.trim()} ${value.text.trim()}` });
      at++;
    } else if (label) out.push(label);
  }
  return out;
}

export function outlineDocument(document: Document, fileName: string): Outline {
  let blocks = withFieldLabelsJoined(readingBlocks(document));
  const bodyText = blocks
    .map((block) => ('text' in block ? block.text : ''))
    .join('\n')
    .slice(0, 20_000);
  const language = detectLanguage(bodyText);
  const labels = labelsForLanguage(language);
  const navigation = navigationPane(document);
  const choice = chooseTitle(document, blocks, fileName);
  let title = choice.title;
  let titleSource = choice.source;
  let subtitle: string | undefined;
  const sub = blocks.find((block) => block.kind === 'paragraph' && /^subtitle$/i.test(block.style ?? ''));
  if (sub && sub.kind === 'paragraph' && sub !== choice.consumed) subtitle = oneLine(sub.text);
  blocks = blocks.filter((block) => !isTitleParagraph(block) && block !== choice.consumed);
  const common = { language, navigation };
  let headings = blocks.filter(
    (block): block is Extract<Block, { kind: 'heading' }> =>
      block.kind === 'heading' && block.text.trim().length > 0,
  );
  if (headings.length === 0) {
    // No heading styles: bold or numbered short lines stand in for headings.
    const cues = new Set(blocks.filter((block) => cueHeadingText(block) !== undefined));
    const content = blocks.filter((block) => isContent(block)).length;
    if (
      cues.size >= 2 &&
      cues.size * 3 <= content &&
      medianWordsUnder(blocks, cues) >= MIN_CUE_SECTION_WORDS
    ) {
      blocks = blocks.map((block) =>
        cues.has(block) && 'text' in block
          ? {
              kind: 'heading',
              level: 1,
              text: cueHeadingText(block) ?? block.text.trim(),
              locator: block.locator,
            }
          : block,
      );
      headings = blocks.filter(
        (block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading',
      );
    }
  }
  if (headings.length === 0)
    return {
      title,
      titleSource,
      ...(subtitle ? { subtitle } : {}),
      ...common,
      sections: withoutDeckTitle(chunkWithoutHeadings(blocks, labels, title), title, labels),
    };

  const partIndexes = partHeadingIndexes(headings);
  const parts = new Set<Block>([...partIndexes].flatMap((index) => headings[index] ?? []));
  if (parts.size > 0) {
    const top = Math.min(...headings.map((heading) => heading.level));
    blocks = blocks.map((block) =>
      parts.has(block) && block.kind === 'heading' ? { ...block, level: top } : block,
    );
    headings = blocks.filter(
      (block): block is Extract<Block, { kind: 'heading' }> =>
        block.kind === 'heading' && block.text.trim().length > 0,
    );
  }
  let levels = [...new Set(headings.map((heading) => heading.level))].sort((a, b) => a - b);
  let top = levels[0] ?? 1;
  // A single heading at the top level, before everything else, is the document's title.
  const topHeadings = headings.filter((heading) => heading.level === top);
  const single = topHeadings.length === 1 ? topHeadings[0] : undefined;
  const namesDocument =
    single !== undefined &&
    (titleSource === 'file-name' || titleSource === 'first-line' || single.text.trim() === title);
  if (single && levels.length > 1 && headings[0] === single && namesDocument) {
    title = single.text.trim();
    titleSource = titleSource === 'file-name' || titleSource === 'first-line' ? 'heading' : titleSource;
    blocks = blocks.filter((block) => block !== single);
    levels = levels.slice(1);
    top = levels[0] ?? top;
  }
  const partLevel = levels[1];
  const sections: OutlineSection[] = [];
  let current: { title: string; locator: Locator; blocks: Block[] } | undefined;
  const preamble: Block[] = [];
  // Roots of the navigation pane open sections too (an H8 before the first H1 is a root there).
  const roots = new Set([...rootIndexes(headings)].flatMap((index) => headings[index] ?? []));
  for (const block of blocks) {
    if (block.kind === 'heading' && (block.level <= top || roots.has(block)) && block.text.trim()) {
      if (current) sections.push(makeSection(current.title, current.locator, current.blocks, partLevel));
      current = { title: headingTitle(block.text), locator: block.locator, blocks: [] };
      continue;
    }
    if (current) current.blocks.push(block);
    else preamble.push(block);
  }
  if (current) sections.push(makeSection(current.title, current.locator, current.blocks, partLevel));
  // A table of contents' own heading, once its entries are gone, has nothing to show.
  const kept = sections.filter((section) => !(CONTENTS_HEADING.test(section.title) && section.words === 0));
  sections.splice(0, sections.length, ...kept);
  // A cover page set in heading styles ("Final draft", the report's name, "December 2014") heads
  // no text: its lines go under the title, not each on a divider slide of its own.
  const firstWithText = sections.findIndex((section) => section.words > 0);
  const cover = firstWithText > 0 ? sections.splice(0, firstWithText) : [];
  const coverLines = cover
    .map((section) => section.title)
    .filter((line) => line.trim().toLowerCase() !== title.trim().toLowerCase());
  // Text before the first heading: named by its own opening heading-like line when it has one.
  // A bold line names it better than a numbered one (an issue number, a date line).
  const cues = preamble.filter((block) => cueHeadingText(block) !== undefined);
  const bold = cues.find(
    (block) => block.kind === 'paragraph' && block.runs?.every((run) => run.bold || !run.text.trim()),
  );
  const openingBlock = bold ?? cues[0];
  const opening = openingBlock ? cueHeadingText(openingBlock) : undefined;
  const intro = makeSection(opening ?? labels.introduction, preamble[0]?.locator ?? {}, preamble, undefined);
  // A short lead paragraph of prose (the plan's goal) is content, not a byline under the title.
  const byline = bylineOf(preamble);
  if (intro.words >= 60 || (intro.words >= MIN_LEAD_WORDS && byline === undefined)) sections.unshift(intro);
  else subtitle ??= byline ?? authorOf(document);
  if (coverLines.length > 0)
    subtitle = [...coverLines, ...(subtitle ? [subtitle] : [])].join(COVER_SEPARATOR);
  return {
    title,
    titleSource,
    ...(subtitle ? { subtitle } : {}),
    ...common,
    sections: withoutDeckTitle(sections, title, labels),
    ...(coverLines.length > 0 ? { cover: coverLines } : {}),
  };
}

/** The author property, unless it is a tool's placeholder ("Un-named", "Author", "User"). */
function authorOf(document: Document): string | undefined {
  const author = oneLine(document.metadata.author ?? '');
  return author && !/^(?:un-?named|unknown|author|user|admin(?:istrator)?|owner)$/i.test(author)
    ? author
    : undefined;
}

/** A short opening paragraph (a byline such as "By Maya Chen") to use as the deck's subtitle. */
function bylineOf(blocks: readonly Block[]): string | undefined {
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = block.text.trim();
    if (text && countWords(text) <= 14) return text;
    if (text) return undefined;
  }
  return undefined;
}

/** Sections for a document without headings: runs of paragraphs of about 150 words. */
function chunkWithoutHeadings(
  blocks: readonly Block[],
  labels: DeckLabels,
  documentTitle: string,
): OutlineSection[] {
  // Running headers and footers repeat on every page ("Company · Confidential", "Page 2 of 5").
  const seen = new Map<string, number>();
  for (const block of blocks)
    if (block.kind === 'paragraph') seen.set(block.text.trim(), (seen.get(block.text.trim()) ?? 0) + 1);
  const running = (block: Block) =>
    block.kind === 'paragraph' &&
    (/^(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?$/i.test(block.text.trim()) ||
      ((seen.get(block.text.trim()) ?? 0) > 1 && countWords(block.text) <= 8));
  // A template's placeholder ("Rich Word content can go here") is neither a point nor a title.
  const placeholder = (block: Block) => 'text' in block && isPlaceholderText(block.text);
  const content = blocks.filter((block) => isContent(block) && !running(block) && !placeholder(block));
  const sections: OutlineSection[] = [];
  let run: Block[] = [];
  let words = 0;
  const flush = (full: boolean) => {
    if (run.length === 0) return;
    // Title the run by its best sentence when that compresses to a short line, else its opening
    // words. A run cut at its size ends with the block that filled it (a closing paragraph of
    // replies and deadlines), which says least of what the run is about: its sentences title the
    // run only when those before it give no title.
    // The lines of a contact block (a name, a role, a team, a phone line) title nothing.
    const contact = contactBlockLines(run);
    const titled = run.filter((block) => !contact.has(block));
    const best =
      (full && titled.length > 1 && titled.at(-1) === run.at(-1)
        ? bestSentenceTitle(titled.slice(0, -1))
        : undefined) ?? bestSentenceTitle(titled);
    // A run that is all contact block is named by its opening line ("Questions to:").
    const pool = titled.length > 0 ? titled : run.slice(0, 1);
    const first =
      pool.find(
        (block) => (block.kind === 'paragraph' || block.kind === 'list-item') && countWords(block.text) >= 5,
      ) ?? pool.find((block) => block.kind === 'paragraph' || block.kind === 'list-item');
    const title =
      best ??
      (first && 'text' in first
        ? sectionTitleFrom(first.text)
        : run.length === content.length
          ? documentTitle
          : labels.part(sections.length + 1));
    sections.push(makeSection(title, run[0]?.locator ?? {}, run, undefined));
    run = [];
    words = 0;
  };
  for (const block of content) {
    run.push(block);
    words += blockWords(block);
    if (words >= 150) flush(true);
  }
  flush(false);
  return sections;
}

/** A line that only says how to reach someone: an e-mail or web address, or a phone line ("tel.: +48 85 555 01 99"). */
function isContactLine(text: string): boolean {
  const line = oneLine(text);
  if (countWords(line) > 8) return false;
  if (/\S+@\S+\.\w|https?:\/\/|www\./i.test(line)) return true;
  return (line.match(/\d/g)?.length ?? 0) >= 6 && !mostlyWords(line);
}

/** A short line of a block of lines: no sentence, at most eight words. */
function isShortLine(block: Block): boolean {
  return (
    block.kind === 'paragraph' && countWords(block.text) <= 8 && !/[.;!?。；！？]$/u.test(block.text.trim())
  );
}

/**
 * The lines of a contact block: a stretch of short lines with a phone or address line among
 * them ("Questions to:", a name, a role, a team, "tel.: …", an e-mail address). They say who to
 * ask, not what a passage is about.
 */
function contactBlockLines(blocks: readonly Block[]): Set<Block> {
  const out = new Set<Block>();
  let stretch: Block[] = [];
  const close = () => {
    if (stretch.some((block) => 'text' in block && isContactLine(block.text)))
      for (const block of stretch) out.add(block);
    stretch = [];
  };
  for (const block of blocks) {
    if (isShortLine(block)) stretch.push(block);
    else close();
  }
  close();
  return out;
}

/** A section's title from its best sentence, when that compresses to a short line of words. */
function bestSentenceTitle(blocks: readonly Block[]): string | undefined {
  return scoreCandidates(
    // Footnote lines ("3Incident report…") make poor titles.
    candidatesOf(blocks).filter((candidate) => !/^\d+\p{L}/u.test(candidate.sentence)),
    new Map(),
  )
    .sort((a, b) => b.score - a.score)
    .map((entry) => compressSentence(entry.candidate.sentence, 8))
    .find((text): text is string => text !== undefined && countWords(text) >= 3 && mostlyWords(text));
}

/**
 * A section titled as the deck is (the opening heading that also names the document; a
 * headingless document's one run) would put the title slide's words on a content slide again.
 * When it opens a document of several sections it is titled as the introduction; else by its
 * best sentence, else as the key points.
 */
function withoutDeckTitle(
  sections: readonly OutlineSection[],
  deckTitle: string,
  labels: DeckLabels,
): OutlineSection[] {
  const same = (text: string) => text.trim().toLowerCase() === deckTitle.trim().toLowerCase();
  return sections.map((section, index) => {
    if (!same(section.title)) return section;
    const title =
      index === 0 && sections.length > 1
        ? labels.introduction
        : (bestSentenceTitle(section.parts.flatMap((part) => part.blocks)) ?? labels.keyPoints);
    return same(title) ? section : { ...section, title };
  });
}

/**
 * A line a title can be made of: at least three words of letters, and more words than figures. A
 * contact line ("Tel.: +44 20 7946 0958", "Fax 030 1234 5678") is a line of figures with a label.
 */
function mostlyWords(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  const words = tokens.filter((token) => /\p{L}{2,}/u.test(token)).length;
  return words >= 3 && words * 2 > tokens.length;
}

/** A short title for a run of text: its first sentence's opening words. */
function sectionTitleFrom(text: string): string {
  // A list mark ("8. In the event…", "c.  Any other…") is no sentence end.
  const unnumbered = withoutItemMark(text).replace(/^\s*\d{1,2}[.)]\s+/, '');
  const first = unnumbered.split(/(?<=[^\s\d][.!?]|[。！？])\s*/)[0] ?? unnumbered;
  const words = first.replace(/[.!?。！？:;,]+$/, '').split(/\s+/);
  if (words.length <= 7) return words.join(' ');
  // Six words at most, never ending on one that needs the next ("IT SEEMS LIKE SHEER LUNACY FOR").
  return shortenTitle(words.join(' '), 6);
}

/** The title a reader would give a document (the deck's title rule), for skills that name it. */
export function documentTitle(document: Document, fileName: string): string {
  // Read as the deck reads it: a page header's "Section  Page" over a list of contents is no title.
  return chooseTitle(document, readingBlocks(document), fileName).title;
}
