/**
 * @module read-text
 * Plain text into a Document: paragraphs split on blank lines (lines inside a paragraph are
 * kept as line breaks), and a long hard-wrapped block with no blank line in it split where its
 * lines show a paragraph ends (`wrappedParagraphs`). A paragraph becomes a heading only when that is obvious: an underlined
 * line (=== or ---), a short ALL-CAPS line, or a numbered section title ("2.1 Scope").
 */

import { wrappedParagraphs } from '../../lib/text/unwrap-lines.ts';
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

/** Splits text into paragraphs and obvious headings. */
export function textToDocument(source: string): Document {
  const lines = source.split('\n');
  const blocks: Block[] = [];
  let current: string[] = [];
  let startLine = 0;
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
  const flush = () => {
    if (current.length === 0) return;
    // A long block typed with no blank line between its paragraphs is cut where its lines show they end.
    let line = startLine + 1;
    for (const paragraph of guessHeading(current) ? [current] : wrappedParagraphs(current)) {
      push(paragraph, line);
      line += paragraph.length;
    }
    current = [];
  };
  lines.forEach((line, index) => {
    if (!line.trim()) {
      flush();
      return;
    }
    if (current.length === 0) startLine = index;
    current.push(line);
  });
  flush();
  const title = blocks[0]?.kind === 'heading' ? blocks[0].text : undefined;
  return { type: 'document', format: 'txt', metadata: title ? { title } : {}, blocks };
}

export async function readText(input: ReaderInput): Promise<Document> {
  return textToDocument(decodeText(input.bytes));
}
