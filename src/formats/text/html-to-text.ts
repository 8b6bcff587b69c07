/**
 * @module html-to-text
 * HTML (a mail body, a web page) as readable plain text: one block per paragraph, list items
 * with "- ", table rows with " | ".
 */
import type { Block } from '../model.ts';
import { htmlToBlocks } from './html-blocks.ts';

export function blocksToText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'list-item')
      lines.push(`${'  '.repeat(block.level)}${block.ordered ? '1.' : '-'} ${block.text}`);
    else if (block.kind === 'table')
      lines.push(block.rows.map((row) => row.map((cell) => cell.text).join(' | ')).join('\n'), '');
    else if ('text' in block) lines.push(block.text, '');
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToText(html: string): string {
  return blocksToText(htmlToBlocks(html).blocks);
}
