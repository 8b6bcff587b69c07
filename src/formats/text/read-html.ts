/**
 * @module read-html
 * HTML files into a Document: headings, paragraphs, lists, tables, quotes and code; scripts
 * and styles dropped. Locators are the paragraph index and the source line.
 */
import type { Document } from '../model.ts';
import type { ReaderInput } from '../reader.ts';
import { decodeText } from './decode-text.ts';
import { htmlToBlocks } from './html-blocks.ts';

export async function readHtml(input: ReaderInput): Promise<Document> {
  const { blocks, title } = htmlToBlocks(decodeText(input.bytes));
  return { type: 'document', format: 'html', metadata: title ? { title } : {}, blocks };
}
