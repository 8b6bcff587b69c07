/**
 * @module read-text
 * Plain text into a Document: paragraphs split on blank lines (lines inside a paragraph are
 * kept as line breaks), and a long hard-wrapped block with no blank line in it split where its
 * lines show a paragraph ends (`wrappedParagraphs`). A paragraph becomes a heading only when that is obvious: an underlined
 * line (=== or ---), a short ALL-CAPS line, a numbered section title ("2.1 Scope"), or a short
 * capitalised line standing over the paragraph it titles ("Budget⏎The budget for …", `typedHeading`).
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
    if (heading) blocks.push({ kind: 'heading', level: heading.level, text: heading.text, locator });
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
      if (lines.length === 1 && titlesBody(first, groups[index + 1]?.lines)) {
        pushHeading(first, line);
        return;
      }
      if (lines.length > 1 && titlesBody(first, lines.slice(1))) {
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
