/**
 * @module read-markdown
 * Markdown into a Document: ATX and setext headings, paragraphs, nested bullet and numbered
 * lists, pipe tables, fenced and indented code, block quotes. Inline markup is reduced to
 * text (links keep their text, images are dropped). Locators: paragraph index and line.
 */

import { widestRow } from '../../lib/widest-row.ts';
import type { Block, Document, DocumentMetadata, TableCell } from '../model.ts';
import type { ReaderInput } from '../reader.ts';
import { decodeText } from './decode-text.ts';

const FENCE = /^(\s{0,3})(`{3,}|~{3,})\s*([\w+#.-]*)/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const HRULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/** Inline Markdown reduced to plain text. */
export function inlineText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function tableCells(line: string): TableCell[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => ({ text: inlineText(cell.replace(/\\\|/g, '|')) }));
}

function frontMatter(lines: readonly string[]): { end: number; metadata: DocumentMetadata } {
  if (lines[0]?.trim() !== '---') return { end: 0, metadata: {} };
  const close = lines.findIndex(
    (line, index) => index > 0 && (line.trim() === '---' || line.trim() === '...'),
  );
  if (close < 0 || close > 200) return { end: 0, metadata: {} };
  const metadata: { title?: string; author?: string; created?: string } = {};
  for (const line of lines.slice(1, close)) {
    const match = /^(title|author|date):\s*["']?(.*?)["']?\s*$/i.exec(line);
    if (!match?.[2]) continue;
    const key = (match[1] ?? '').toLowerCase();
    if (key === 'title') metadata.title = match[2];
    else if (key === 'author') metadata.author = match[2];
    else metadata.created = match[2];
  }
  return { end: close + 1, metadata };
}

/** Parses Markdown text into blocks. */
export function markdownToDocument(source: string): Document {
  const lines = source.split('\n');
  const { end: bodyStart, metadata } = frontMatter(lines);
  const blocks: Block[] = [];
  const locator = (line: number) => ({ paragraph: blocks.length + 1, line: line + 1 });
  let paragraph: { text: string[]; line: number } | undefined;
  /** Indentation of open list levels, outermost first. */
  let listIndents: number[] = [];

  const flushParagraph = () => {
    if (!paragraph) return;
    const text = inlineText(paragraph.text.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text, locator: locator(paragraph.line) });
    paragraph = undefined;
  };

  let index = bodyStart;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (!line.trim()) {
      flushParagraph();
      index++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flushParagraph();
      listIndents = [];
      const marker = fence[2] ?? '```';
      const body: string[] = [];
      let cursor = index + 1;
      while (cursor < lines.length && !(lines[cursor] ?? '').trim().startsWith(marker))
        body.push(lines[cursor++] ?? '');
      blocks.push({
        kind: 'code',
        text: body.join('\n'),
        ...(fence[3] ? { language: fence[3] } : {}),
        locator: locator(index),
      });
      index = cursor + 1;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flushParagraph();
      listIndents = [];
      const text = inlineText(atx[2] ?? '');
      if (text)
        blocks.push({ kind: 'heading', level: (atx[1] ?? '#').length, text, locator: locator(index) });
      index++;
      continue;
    }
    const next = lines[index + 1] ?? '';
    if (
      paragraph === undefined &&
      /^\s{0,3}(=+|-+)\s*$/.test(next) &&
      !LIST_ITEM.test(line) &&
      !line.includes('|')
    ) {
      const text = inlineText(line);
      if (text) {
        listIndents = [];
        blocks.push({
          kind: 'heading',
          level: next.trim().startsWith('=') ? 1 : 2,
          text,
          locator: locator(index),
        });
        index += 2;
        continue;
      }
    }
    if (HRULE.test(line)) {
      flushParagraph();
      index++;
      continue;
    }
    if (line.includes('|') && TABLE_RULE.test(next) && next.includes('-')) {
      flushParagraph();
      listIndents = [];
      const rows: TableCell[][] = [tableCells(line)];
      let cursor = index + 2;
      while (cursor < lines.length && (lines[cursor] ?? '').includes('|') && (lines[cursor] ?? '').trim())
        rows.push(tableCells(lines[cursor++] ?? ''));
      const width = widestRow(rows, Number.NEGATIVE_INFINITY);
      blocks.push({
        kind: 'table',
        rows: rows.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? { text: '' })),
        locator: locator(index),
      });
      index = cursor;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      flushParagraph();
      const body: string[] = [];
      const start = index;
      while (index < lines.length && /^\s{0,3}>/.test(lines[index] ?? ''))
        body.push((lines[index++] ?? '').replace(/^\s{0,3}>\s?/, ''));
      const text = body
        .map(inlineText)
        .join('\n')
        .replace(/\n{2,}/g, '\n')
        .trim();
      if (text) blocks.push({ kind: 'quote', text, locator: locator(start) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (
      item &&
      !(paragraph && listIndents.length === 0 && /^\d/.test(item[2] ?? '') && !/^1[.)]/.test(item[2] ?? ''))
    ) {
      flushParagraph();
      const indent = (item[1] ?? '').replace(/\t/g, '    ').length;
      while (listIndents.length > 0 && indent < (listIndents.at(-1) ?? 0)) listIndents.pop();
      if (listIndents.length === 0 || indent > (listIndents.at(-1) ?? 0) + 1) listIndents.push(indent);
      const level = listIndents.length - 1;
      const parts = [item[3] ?? ''];
      const start = index;
      index++;
      // Lazy continuation lines of the item (indented, not a new item or block).
      while (index < lines.length) {
        const more = lines[index] ?? '';
        if (
          !more.trim() ||
          LIST_ITEM.test(more) ||
          FENCE.test(more) ||
          ATX.test(more) ||
          /^\s{0,3}>/.test(more)
        )
          break;
        if (!/^\s/.test(more) && !/^\S/.test(more)) break;
        parts.push(more.trim());
        index++;
      }
      const text = inlineText(parts.join(' ').replace(/^\[[ xX]\]\s+/, ''));
      if (text)
        blocks.push({
          kind: 'list-item',
          level,
          ordered: /^\d/.test(item[2] ?? ''),
          text,
          locator: locator(start),
        });
      continue;
    }
    if (/^( {4}|\t)/.test(line) && !paragraph && listIndents.length === 0) {
      const body: string[] = [];
      const start = index;
      while (index < lines.length && (/^( {4}|\t)/.test(lines[index] ?? '') || !(lines[index] ?? '').trim()))
        body.push((lines[index++] ?? '').replace(/^( {4}|\t)/, ''));
      const text = body.join('\n').replace(/\s+$/, '');
      if (text) blocks.push({ kind: 'code', text, locator: locator(start) });
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      flushParagraph();
      while (index < lines.length && !(lines[index] ?? '').includes('-->')) index++;
      index++;
      continue;
    }
    if (!paragraph) {
      if (listIndents.length > 0 && !/^\s/.test(line)) listIndents = [];
      paragraph = { text: [], line: index };
    }
    paragraph.text.push(line.trim());
    index++;
  }
  flushParagraph();
  const title = metadata.title ?? blocks.find((block) => block.kind === 'heading')?.text;
  return { type: 'document', format: 'md', metadata: { ...metadata, ...(title ? { title } : {}) }, blocks };
}

export async function readMarkdown(input: ReaderInput): Promise<Document> {
  return markdownToDocument(decodeText(input.bytes));
}
