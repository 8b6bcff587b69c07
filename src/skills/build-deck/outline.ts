/**
 * @module outline
 * A Document seen as a presentation outline: its title, and top-level sections (the headings
 * at the highest level used), each with its parts (sub-headings) and the blocks under them.
 * Text before the first heading becomes an "Introduction" section; a document with no
 * headings is cut into sections of a few paragraphs each.
 */
import type { Block, Document, Locator } from '../../formats/model.ts';
import { candidatesOf, scoreCandidates } from './key-points.ts';
import { compressSentence, countWords } from './sentences.ts';

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
  readonly subtitle?: string;
  readonly sections: readonly OutlineSection[];
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

/** The style names Word uses for a document's title line. */
function isTitleParagraph(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    /^(title|subtitle)$/i.test(block.style ?? '') &&
    block.text.trim().length > 0
  );
}

/** Builds the outline of a document; `fallbackTitle` names it when the document has no title. */
export function outlineDocument(document: Document, fallbackTitle: string): Outline {
  let blocks = document.blocks.filter(
    (block) =>
      !(block.kind === 'note' && ['header', 'footer', 'comment', 'endnote'].includes(block.noteKind)),
  );
  let title = document.metadata.title?.trim() || '';
  let subtitle: string | undefined;
  const styledTitle = blocks.find(
    (block) => block.kind === 'paragraph' && /^title$/i.test(block.style ?? ''),
  );
  if (styledTitle && styledTitle.kind === 'paragraph') {
    title ||= styledTitle.text.trim();
    const sub = blocks.find((block) => block.kind === 'paragraph' && /^subtitle$/i.test(block.style ?? ''));
    if (sub && sub.kind === 'paragraph') subtitle = sub.text.trim();
    blocks = blocks.filter((block) => !isTitleParagraph(block));
  }
  const headings = blocks.filter(
    (block): block is Extract<Block, { kind: 'heading' }> =>
      block.kind === 'heading' && block.text.trim().length > 0,
  );
  if (headings.length === 0)
    return {
      title: title || fallbackTitle,
      ...(subtitle ? { subtitle } : {}),
      sections: chunkWithoutHeadings(blocks),
    };

  let levels = [...new Set(headings.map((heading) => heading.level))].sort((a, b) => a - b);
  let top = levels[0] ?? 1;
  // A single heading at the top level, before everything else, is the document's title.
  const topHeadings = headings.filter((heading) => heading.level === top);
  if (topHeadings.length === 1 && levels.length > 1 && headings[0] === topHeadings[0]) {
    title ||= topHeadings[0]?.text.trim() ?? '';
    blocks = blocks.filter((block) => block !== topHeadings[0]);
    levels = levels.slice(1);
    top = levels[0] ?? top;
  }
  const partLevel = levels[1];
  const sections: OutlineSection[] = [];
  let current: { title: string; locator: Locator; blocks: Block[] } | undefined;
  const preamble: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level <= top && block.text.trim()) {
      if (current) sections.push(makeSection(current.title, current.locator, current.blocks, partLevel));
      current = { title: block.text.trim(), locator: block.locator, blocks: [] };
      continue;
    }
    if (current) current.blocks.push(block);
    else preamble.push(block);
  }
  if (current) sections.push(makeSection(current.title, current.locator, current.blocks, partLevel));
  const intro = makeSection('Introduction', preamble[0]?.locator ?? {}, preamble, undefined);
  if (intro.words >= 60) sections.unshift(intro);
  else
    subtitle ??=
      bylineOf(preamble) ?? (document.metadata.author ? `By ${document.metadata.author}` : undefined);
  return { title: title || fallbackTitle, ...(subtitle ? { subtitle } : {}), sections };
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
function chunkWithoutHeadings(blocks: readonly Block[]): OutlineSection[] {
  // Running headers and footers repeat on every page ("Company · Confidential", "Page 2 of 5").
  const seen = new Map<string, number>();
  for (const block of blocks)
    if (block.kind === 'paragraph') seen.set(block.text.trim(), (seen.get(block.text.trim()) ?? 0) + 1);
  const running = (block: Block) =>
    block.kind === 'paragraph' &&
    (/^(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?$/i.test(block.text.trim()) ||
      ((seen.get(block.text.trim()) ?? 0) > 1 && countWords(block.text) <= 8));
  const content = blocks.filter((block) => isContent(block) && !running(block));
  const sections: OutlineSection[] = [];
  let run: Block[] = [];
  let words = 0;
  const flush = () => {
    if (run.length === 0) return;
    // Title the run by its best sentence when that compresses to a short line, else its opening words.
    const best = scoreCandidates(
      // Footnote lines ("3Incident report…") make poor titles.
      candidatesOf(run).filter((candidate) => !/^\d+\p{L}/u.test(candidate.sentence)),
      new Map(),
    )
      .sort((a, b) => b.score - a.score)
      .map((entry) => compressSentence(entry.candidate.sentence, 8))
      .find((text): text is string => text !== undefined && countWords(text) >= 3);
    const first =
      run.find(
        (block) => (block.kind === 'paragraph' || block.kind === 'list-item') && countWords(block.text) >= 5,
      ) ?? run.find((block) => block.kind === 'paragraph' || block.kind === 'list-item');
    const title =
      best ?? (first && 'text' in first ? sectionTitleFrom(first.text) : `Part ${sections.length + 1}`);
    sections.push(makeSection(title, run[0]?.locator ?? {}, run, undefined));
    run = [];
    words = 0;
  };
  for (const block of content) {
    run.push(block);
    words += blockWords(block);
    if (words >= 150) flush();
  }
  flush();
  return sections;
}

/** A short title for a run of text: its first sentence's opening words. */
function sectionTitleFrom(text: string): string {
  const first = text.split(/(?<=[.!?。！？])\s*/)[0] ?? text;
  const words = first.replace(/[.!?。！？:;,]+$/, '').split(/\s+/);
  if (words.length <= 7) return words.join(' ');
  return words
    .slice(0, 6)
    .join(' ')
    .replace(/[,;:]$/, '');
}
