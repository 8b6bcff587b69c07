/**
 * @module read-text
 * Plain text into a Document: paragraphs split on blank lines (lines inside a paragraph are
 * kept as line breaks), and a long hard-wrapped block with no blank line in it split where its
 * lines show a paragraph ends (`wrappedParagraphs`). A paragraph becomes a heading only when that is obvious: an underlined
 * line (=== or ---), a short ALL-CAPS line, a numbered section title ("2.1 Scope"), or a short
 * capitalised line standing over the paragraph or the typed list it titles ("Budget⏎The budget for …",
 * `typedHeading`), or a file's first line over its labelled lines ("Date: …") or its first section.
 * Lines typed with list markers ("- ", "* ", "1. ") are list items (`typedList`).
 */

import { ENDS_SENTENCE, wrappedParagraphs } from '../../lib/text/unwrap-lines.ts';
import type { Block, Document } from '../model.ts';
import type { ReaderInput } from '../reader.ts';
import { decodeText } from './decode-text.ts';

const MAX_HEADING_LENGTH = 80;

function guessHeading(lines: readonly string[]): { level: number; text: string } | undefined {
  if (
    lines.length === 2 &&
    /^(=+|-+)$/.test((lines[1] ?? '').trim()) &&
    (lines[0] ?? '').trim().length <= MAX_HEADING_LENGTH
  ) {
    return { level: (lines[1] ?? '').trim().startsWith('=') ? 1 : 2, text: (lines[0] ?? '').trim() };
  }
  if (lines.length !== 1) return undefined;
  const text = (lines[0] ?? '').trim();
  if (text.length > MAX_HEADING_LENGTH || /[.,;:!?]$/.test(text)) return undefined;
  const numbered = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}/u.exec(text);
  if (numbered && text.split(/\s+/).length <= 10)
    return { level: Math.min((numbered[1] ?? '').split('.').length, 6), text };
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (
    letters.length >= 3 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase() &&
    text.split(/\s+/).length <= 10
  ) {
    return { level: 1, text };
  }
  return undefined;
}

/** A letter's greeting or close ("Dear Ann", "Best regards"), never a heading however short. */
const GREETING_OR_CLOSE =
  /^(?:dear|hi|hello|hey|greetings|regards|best|kind|warm|many|thanks|thank|sincerely|yours|cheers|love)\b/i;

/**
 * A line typed as a heading in plain text: short, opening with a capital, in mixed case (a line in
 * capitals is judged by `guessHeading`), with no closing stop or comma, no figure (a date or an address line is no heading) and no greeting.
 */
function typedHeading(line: string): boolean {
  const text = line.trim();
  return (
    text.length <= 60 &&
    text.split(/\s+/).length <= 8 &&
    /^\p{Lu}/u.test(text) &&
    /\p{Ll}/u.test(text) &&
    !/[.,;:!?\-–—]$/.test(text) &&
    !/\d/.test(text) &&
    !GREETING_OR_CLOSE.test(text)
  );
}

/** The lines under a typed heading are a paragraph it titles: prose that runs longer than the heading and ends a sentence (not a verse or a list). */
function titlesBody(heading: string, body: readonly string[] | undefined): boolean {
  const first = (body?.[0] ?? '').trim();
  const last = (body?.at(-1) ?? '').trim();
  return first.length >= Math.max(40, heading.trim().length * 1.5) && ENDS_SENTENCE.test(last);
}

/** A list marker typed at the start of a line: "- ", "* ", "• ", "1. ", "2) ". */
const TYPED_ITEM = /^(\s*)(?:([-*•▪‣◦])|(\d{1,2})[.)])\s+(?=\S)/u;

type TypedItem = { text: string; level: number; ordered: boolean; offset: number };

/**
 * The items of a block typed as a list, every item on a line of its own that opens with a marker
 * (a line without one continues the item above it); undefined when the block does not open with one.
 */
function typedList(lines: readonly string[]): TypedItem[] | undefined {
  if (!TYPED_ITEM.test(lines[0] ?? '')) return undefined;
  const items: TypedItem[] = [];
  for (const [offset, line] of lines.entries()) {
    const marker = TYPED_ITEM.exec(line);
    const last = items.at(-1);
    if (marker)
      items.push({
        text: line.slice(marker[0].length).trim(),
        level: (marker[1] ?? '').replace(/\t/g, '    ').length >= 2 ? 1 : 0,
        ordered: marker[3] !== undefined,
        offset,
      });
    else if (last) last.text = `${last.text} ${line.trim()}`;
  }
  return items;
}

/** A line of a metadata block: a short label, a colon and its value ("Date: 3 May", "Attendees: Ann, Raj"). */
const LABEL_LINE = /^\s*\p{Lu}[\p{L} ]{0,30}:\s+\S/u;

/**
 * A file's first lines are a title over a block of labelled lines ("Budget review⏎Date: …⏎Owner: …"):
 * the typed title heads them, as the underline or the blank line would in a longer file.
 */
function titlesLabels(lines: readonly string[]): boolean {
  return lines.length >= 3 && lines.slice(1).every((line) => LABEL_LINE.test(line));
}

/**
 * Whether the blocks that follow open with a typed heading over its paragraph: a file's short first
 * line standing over such a section is the file's title ("Proposal: Four-day rota⏎⏎Summary⏎We propose …").
 */
function opensSection(next: readonly { lines: readonly string[] }[]): boolean {
  const [heading, ...body] = next[0]?.lines ?? [];
  if (heading === undefined || !typedHeading(heading)) return false;
  return body.length > 0 ? titlesBody(heading, body) : titlesBody(heading, next[1]?.lines);
}

/** Splits text into paragraphs and obvious headings. */
export function textToDocument(source: string): Document {
  const groups: { lines: string[]; start: number }[] = [];
  let current: string[] = [];
  let startLine = 0;
  source.split('\n').forEach((line, index) => {
    if (!line.trim()) {
      if (current.length > 0) groups.push({ lines: current, start: startLine });
      current = [];
      return;
    }
    if (current.length === 0) startLine = index;
    current.push(line);
  });
  if (current.length > 0) groups.push({ lines: current, start: startLine });

  const blocks: Block[] = [];
  const pushHeading = (text: string, line: number) =>
    blocks.push({
      kind: 'heading',
      level: blocks.length === 0 ? 1 : 2,
      text: text.trim(),
      locator: { paragraph: blocks.length + 1, line },
    });
  const push = (lines: readonly string[], line: number) => {
    const locator = { paragraph: blocks.length + 1, line };
    const heading = guessHeading(lines);
    const items = heading ? undefined : typedList(lines);
    if (heading) blocks.push({ kind: 'heading', level: heading.level, text: heading.text, locator });
    else if (items)
      for (const { offset, ...item } of items)
        blocks.push({
          kind: 'list-item',
          ...item,
          locator: { paragraph: blocks.length + 1, line: line + offset },
        });
    else {
      const text = lines
        .map((line) => line.replace(/\s+$/, ''))
        .join('\n')
        .trim();
      if (text) blocks.push({ kind: 'paragraph', text, locator });
    }
  };
  groups.forEach(({ lines, start }, index) => {
    let line = start + 1;
    let body = lines;
    const first = lines[0] ?? '';
    if (!guessHeading(lines) && typedHeading(first)) {
      if (
        lines.length === 1 &&
        (titlesBody(first, groups[index + 1]?.lines) || (index === 0 && opensSection(groups.slice(1))))
      ) {
        pushHeading(first, line);
        return;
      }
      if (
        lines.length > 1 &&
        (titlesBody(first, lines.slice(1)) ||
          (typedList(lines.slice(1))?.length ?? 0) >= 2 ||
          (index === 0 && titlesLabels(lines)))
      ) {
        pushHeading(first, line);
        body = lines.slice(1);
        line += 1;
      }
    }
    // A long block typed with no blank line between its paragraphs is cut where its lines show they end.
    for (const paragraph of guessHeading(body) ? [body] : wrappedParagraphs(body)) {
      push(paragraph, line);
      line += paragraph.length;
    }
  });
  const title = blocks[0]?.kind === 'heading' ? blocks[0].text : undefined;
  return { type: 'document', format: 'txt', metadata: title ? { title } : {}, blocks };
}

export async function readText(input: ReaderInput): Promise<Document> {
  return textToDocument(decodeText(input.bytes));
}
