/**
 * @module html-blocks
 * HTML into Document blocks: headings, paragraphs, nested lists, tables (with spans), block
 * quotes and preformatted code. Scripts, styles, forms and images are dropped. Each block's
 * locator carries its paragraph index and source line.
 */
import { parseDocument } from 'htmlparser2';
import type { Block, TableCell } from '../model.ts';
import { lineIndex } from './decode-text.ts';

/** The parts of a domhandler node this module reads. */
type HtmlNode = {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Record<string, string>;
  readonly children?: readonly HtmlNode[];
  readonly startIndex: number | null;
};

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'button',
  'img',
  'video',
  'audio',
  'map',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'body',
  'html',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'address',
  'center',
  'dl',
  'dt',
  'dd',
  'hr',
  'details',
  'summary',
  'caption',
  'tbody',
  'thead',
  'tfoot',
]);
const HEADING = /^h([1-6])$/;

export type HtmlBlocks = { readonly blocks: Block[]; readonly title?: string };

function collapse(text: string): string {
  return text.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim();
}

/** Inline text of a subtree: whitespace collapsed, <br> kept as a line break, nested lists left out when asked. */
function inlineText(node: HtmlNode, skipLists = false): string {
  return normalize(rawText(node, skipLists));
}

function normalize(raw: string): string {
  return raw
    .split('\n')
    .map(collapse)
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The text of a subtree with its own whitespace, before collapsing. */
function rawText(node: HtmlNode, skipLists = false): string {
  const parts: string[] = [];
  const visit = (current: HtmlNode): void => {
    if (current.type === 'text') parts.push(current.data ?? '');
    else if (current.type === 'tag' || current.type === 'root') {
      const name = current.name ?? '';
      if (DROPPED.has(name)) return;
      if (skipLists && (name === 'ul' || name === 'ol')) return;
      if (name === 'br') {
        parts.push('\n');
        return;
      }
      const block = BLOCK.has(name) || HEADING.test(name) || name === 'li' || name === 'tr' || name === 'p';
      if (block) parts.push(' ');
      for (const child of current.children ?? []) visit(child);
      if (name === 'td' || name === 'th') parts.push(' ');
      if (block) parts.push(' ');
    }
  };
  visit(node);
  return parts.join('');
}

function tableRows(table: HtmlNode): TableCell[][] {
  const rows: HtmlNode[] = [];
  const collect = (node: HtmlNode): void => {
    for (const child of node.children ?? []) {
      if (child.type !== 'tag') continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') collect(child);
    }
  };
  collect(table);
  const grid: TableCell[][] = [];
  rows.forEach((row, rowIndex) => {
    const cells = (row.children ?? []).filter(
      (child) => child.type === 'tag' && (child.name === 'td' || child.name === 'th'),
    );
    grid[rowIndex] ??= [];
    let column = 0;
    for (const cell of cells) {
      const line = grid[rowIndex] as TableCell[];
      while (line[column] !== undefined) column++;
      const colSpan = Math.min(Math.max(Number.parseInt(cell.attribs?.colspan ?? '1', 10) || 1, 1), 1000);
      const rowSpan = Math.min(
        Math.max(Number.parseInt(cell.attribs?.rowspan ?? '1', 10) || 1, 1),
        rows.length - rowIndex,
      );
      line[column] = {
        text: inlineText(cell).replace(/\n/g, ' '),
        ...(colSpan > 1 ? { colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
      };
      for (let r = 0; r < rowSpan; r++) {
        grid[rowIndex + r] ??= [];
        const target = grid[rowIndex + r] as TableCell[];
        for (let c = 0; c < colSpan; c++) {
          if (r === 0 && c === 0) continue;
          target[column + c] = { text: '', merged: true };
        }
      }
      column += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, index) => line[index] ?? { text: '' }));
}

/** Parses HTML into blocks. */
export function htmlToBlocks(html: string): HtmlBlocks {
  const document = parseDocument(html, {
    withStartIndices: true,
    decodeEntities: true,
  }) as unknown as HtmlNode;
  const lineOf = lineIndex(html);
  const blocks: Block[] = [];
  let title: string | undefined;
  let inline: HtmlNode[] = [];

  const locator = (node: HtmlNode | undefined) => ({
    paragraph: blocks.length + 1,
    ...(node?.startIndex != null ? { line: lineOf(node.startIndex) } : {}),
  });

  const flush = (): void => {
    if (inline.length === 0) return;
    const text = collapse(inline.map((node) => rawText(node)).join(''));
    if (text) blocks.push({ kind: 'paragraph', text, locator: locator(inline[0]) });
    inline = [];
  };

  const list = (node: HtmlNode, level: number): void => {
    const ordered = node.name === 'ol';
    for (const item of node.children ?? []) {
      if (item.type !== 'tag') continue;
      if (item.name === 'ul' || item.name === 'ol') {
        list(item, level + 1);
        continue;
      }
      if (item.name !== 'li') continue;
      const text = collapse(inlineText(item, true));
      if (text) blocks.push({ kind: 'list-item', level, ordered, text, locator: locator(item) });
      const nested = (child: HtmlNode): void => {
        for (const inner of child.children ?? []) {
          if (inner.type !== 'tag') continue;
          if (inner.name === 'ul' || inner.name === 'ol') list(inner, level + 1);
          else if (!DROPPED.has(inner.name ?? '')) nested(inner);
        }
      };
      nested(item);
    }
  };

  const visit = (node: HtmlNode): void => {
    if (node.type === 'text') {
      if ((node.data ?? '').trim()) inline.push(node);
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.name ?? '';
    if (name === 'title' && title === undefined) {
      title = collapse(inlineText({ ...node, name: 'span' })) || undefined;
      return;
    }
    if (name === 'head') {
      for (const child of node.children ?? [])
        if (child.type === 'tag' && child.name === 'title') visit(child);
      return;
    }
    if (DROPPED.has(name)) return;
    const heading = HEADING.exec(name);
    if (heading) {
      flush();
      const text = collapse(inlineText(node));
      if (text) blocks.push({ kind: 'heading', level: Number(heading[1]), text, locator: locator(node) });
      return;
    }
    if (name === 'ul' || name === 'ol') {
      flush();
      list(node, 0);
      return;
    }
    if (name === 'table') {
      flush();
      const rows = tableRows(node);
      if (rows.length > 0 && rows.some((row) => row.some((cell) => cell.text)))
        blocks.push({ kind: 'table', rows, locator: locator(node) });
      return;
    }
    if (name === 'pre') {
      flush();
      const text = textContent(node).replace(/^\n/, '').replace(/\s+$/, '');
      if (text) blocks.push({ kind: 'code', text, locator: locator(node) });
      return;
    }
    if (name === 'blockquote') {
      flush();
      const text = inlineText(node);
      if (text) blocks.push({ kind: 'quote', text, locator: locator(node) });
      return;
    }
    if (BLOCK.has(name) || node.type === 'root' || name === 'li') {
      flush();
      for (const child of node.children ?? []) visit(child);
      flush();
      return;
    }
    inline.push(node);
  };
  visit(document);
  flush();
  return { blocks, ...(title ? { title } : {}) };
}

function textContent(node: HtmlNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.name === 'br') return '\n';
  return (node.children ?? []).map(textContent).join('');
}
