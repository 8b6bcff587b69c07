/**
 * Markdown (file previews, answers, skill results) as React elements, never raw HTML:
 * headings, paragraphs, nested lists, tables (`<br>` in a cell is a line break), quotes,
 * code blocks and rules; `[n]` markers become citation chips through `cite`; the block
 * holding a cited passage is highlighted.
 */
import type { ReactNode } from 'react';
import { type Cite, inline, plainText } from './markdown-inline.tsx';

type ListItem = { text: string; children?: List };
type List = { kind: 'list'; ordered: boolean; items: ListItem[] };
type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | List;

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const BLOCK_START = /^(#{1,6}\s|```|>|\|)/;

/** The cells of a table row; `\|` stays inside its cell. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  const body = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (body[i] === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += body[i];
  }
  out.push(cell.trim());
  return out;
}

function parseList(lines: string[], start: number): { list: List; next: number } {
  const first = LIST_ITEM.exec(lines[start]!)!;
  const indent = first[1]!.length;
  const list: List = { kind: 'list', ordered: /\d/.test(first[2]!), items: [] };
  let i = start;
  while (i < lines.length) {
    const match = LIST_ITEM.exec(lines[i]!);
    if (match && match[1]!.length > indent && list.items.length > 0) {
      const nested = parseList(lines, i);
      list.items[list.items.length - 1]!.children = nested.list;
      i = nested.next;
      continue;
    }
    if (match && match[1]!.length === indent && /\d/.test(match[2]!) === list.ordered) {
      list.items.push({ text: match[3]! });
      i++;
      continue;
    }
    // A continuation line of the last item (indented text, or the line after a hard break).
    const line = lines[i]!;
    if (!match && line.trim() !== '' && list.items.length > 0 && /^\s+\S/.test(line)) {
      const last = list.items[list.items.length - 1]!;
      last.text += `\n${line.trim()}`;
      i++;
      continue;
    }
    break;
  }
  return { list, next: i };
}

/** Markdown source as a list of blocks. */
export function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (line.trim() === '') {
      i++;
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
      i++;
    } else if (/^\s*(```|~~~)/.test(line)) {
      const marks = /^\s*(`{3,}|~{3,})/.exec(line)![1]!;
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(marks)) body.push(lines[i++]!);
      blocks.push({ kind: 'code', text: body.join('\n') });
      i++;
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
    } else if (
      /^\s*\|/.test(line) ||
      (lines[i + 1] && TABLE_RULE.test(lines[i + 1]!) && line.includes('|'))
    ) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.includes('|') && lines[i]!.trim() !== '') {
        if (!TABLE_RULE.test(lines[i]!)) rows.push(cells(lines[i]!));
        i++;
      }
      blocks.push({ kind: 'table', head: rows[0] ?? [], rows: rows.slice(1) });
    } else if (LIST_ITEM.test(line)) {
      const { list, next } = parseList(lines, i);
      blocks.push(list);
      i = next;
    } else if (/^\s*>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i]!)) body.push(lines[i++]!.replace(/^\s*>\s?/, ''));
      blocks.push({ kind: 'quote', text: body.join('\n') });
    } else {
      const body: string[] = [];
      while (
        i < lines.length &&
        lines[i]!.trim() !== '' &&
        !BLOCK_START.test(lines[i]!) &&
        !LIST_ITEM.test(lines[i]!)
      )
        body.push(lines[i++]!);
      if (body.length === 0) body.push(lines[i++]!);
      blocks.push({ kind: 'paragraph', text: body.join('\n') });
    }
  }
  return blocks;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'rule':
      return '';
    case 'table':
      return [block.head, ...block.rows].map((row) => row.join(' ')).join(' ');
    case 'list':
      return block.items.map((item) => item.text).join(' ');
    default:
      return block.text;
  }
}

const words = (text: string) => normalize(text).match(/[\p{L}\p{N}]+/gu) ?? [];

function normalize(text: string): string {
  return plainText(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The block that holds the quote: the first whose text contains its opening, else (a quote
 * shortened by a skill) the one sharing most of its words, when that is most of them.
 */
export function citedBlock(blocks: readonly Block[], quote: string | undefined): number {
  if (!quote) return -1;
  const key = normalize(quote).slice(0, 60);
  if (!key) return -1;
  const exact = blocks.findIndex((block) => normalize(blockText(block)).includes(key));
  if (exact >= 0) return exact;
  const wanted = new Set(words(quote));
  if (wanted.size < 3) return -1;
  let best = -1;
  let bestShare = 0.6;
  blocks.forEach((block, n) => {
    const have = new Set(words(blockText(block)));
    const share = [...wanted].filter((word) => have.has(word)).length / wanted.size;
    if (share > bestShare) {
      best = n;
      bestShare = share;
    }
  });
  return best;
}

function renderList(list: List, cite: Cite | undefined, key: number, quote?: string): ReactNode {
  const Tag = list.ordered ? 'ol' : 'ul';
  const cited = citedBlock(
    list.items.map((item) => ({ kind: 'paragraph', text: item.text })),
    quote,
  );
  return (
    <Tag key={key}>
      {list.items.map((item, n) => (
        <li key={n} className={n === cited ? 'cited' : undefined}>
          {n === cited ? (
            <mark data-testid="highlight">{inline(item.text, cite)}</mark>
          ) : (
            inline(item.text, cite)
          )}
          {item.children && renderList(item.children, cite, 0, n === cited ? undefined : quote)}
        </li>
      ))}
    </Tag>
  );
}

function renderBlock(
  block: Block,
  key: number,
  cite: Cite | undefined,
  cited: boolean,
  quote: string | undefined,
): ReactNode {
  const body = (text: string) =>
    cited ? <mark data-testid="highlight">{inline(text, cite)}</mark> : inline(text, cite);
  const className = cited ? 'cited' : undefined;
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${Math.min(block.level + 1, 6)}` as 'h2';
      return (
        <Tag key={key} className={className}>
          {body(block.text)}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p key={key} className={className}>
          {body(block.text)}
        </p>
      );
    case 'quote':
      return (
        <blockquote key={key} className={className}>
          {body(block.text)}
        </blockquote>
      );
    case 'code':
      return (
        <pre key={key} className={className}>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr key={key} />;
    case 'table':
      return (
        <div className="table-wrap" key={key}>
          <table className={className}>
            <thead>
              <tr>
                {block.head.map((cell, c) => (
                  <th key={c}>{inline(cell, cite)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{inline(cell, cite)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'list':
      return renderList(block, cite, key, cited ? quote : undefined);
  }
}

export function Markdown({ source, highlight, cite }: { source: string; highlight?: string; cite?: Cite }) {
  const blocks = parseBlocks(source);
  const cited = citedBlock(blocks, highlight);
  return (
    <div className="markdown">
      {blocks.map((block, n) => renderBlock(block, n, cite, n === cited, highlight))}
    </div>
  );
}
