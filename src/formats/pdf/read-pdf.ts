/**
 * @module read-pdf
 * PDF into a Document with pdf.js (legacy build, no worker thread, no eval, no fonts loaded):
 * the text of each page, grouped into lines by baseline and into paragraphs by the vertical
 * gap between lines. Every paragraph's locator names its 1-based page. Password-protected
 * files fail as file_encrypted, damaged ones as file_corrupt.
 */
import { basename } from 'node:path';
import { fail } from '../../lib/errors.ts';
import { meaningfulTitle } from '../document-title.ts';
import type { Block, Document, DocumentMetadata } from '../model.ts';
import type { ReaderInput } from '../reader.ts';

const MAX_PAGES = 5000;

type TextItem = { str: string; transform: number[]; height: number; hasEOL?: boolean };

type Line = { text: string; y: number; height: number };

/** Whether `item` repeats `previous`'s text at nearly the same place (within a quarter of its height). */
function isRedrawn(previous: TextItem, item: TextItem, height: number): boolean {
  const near = Math.max(height, 1) * 0.25;
  return (
    previous.str === item.str &&
    Math.abs((previous.transform[4] ?? 0) - (item.transform[4] ?? 0)) <= near &&
    Math.abs((previous.transform[5] ?? 0) - (item.transform[5] ?? 0)) <= near
  );
}

/** Groups positioned text items into lines (same baseline) in reading order. */
export function itemsToLines(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let breakNext = false;
  // The words drawn last: a shadow pass may redraw a whole run of them after the run itself.
  const recent: TextItem[] = [];
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height || item.transform[3] || 0);
    // A shadowed or fake-bold word is drawn twice, a point or two apart: keep one ("LIGUELIGUE").
    if (item.str.trim() !== '') {
      const twice = recent.some((earlier) => isRedrawn(earlier, item, height));
      recent.push(item);
      if (recent.length > 12) recent.shift();
      if (twice) continue;
    }
    if (current && !breakNext && Math.abs(current.y - y) <= Math.max(current.height, height, 1) * 0.5) {
      current.text += item.str;
      current.height = Math.max(current.height, height);
    } else if (item.str.trim() !== '' || !current) {
      current = { text: item.str, y, height };
      lines.push(current);
    }
    breakNext = item.hasEOL === true;
  }
  return lines.filter((line) => line.text.trim() !== '');
}

/** Joins lines into paragraphs, breaking where the gap to the next line is unusually large. */
export function linesToParagraphs(lines: readonly Line[]): string[] {
  const paragraphs: string[] = [];
  let buffer: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    buffer.push(line.text.trim());
    const next = lines[i + 1];
    if (!next) break;
    const gap = line.y - next.y;
    const size = Math.max(line.height, next.height, 1);
    if (gap > size * 1.8 || gap < -size) {
      paragraphs.push(joinLines(buffer));
      buffer = [];
    }
  }
  if (buffer.length) paragraphs.push(joinLines(buffer));
  return paragraphs.filter((text) => text !== '');
}

function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    else if (/[\p{L}]-$/u.test(out) && /^\p{Ll}/u.test(line)) out = out.slice(0, -1) + line;
    else if (/[\u3000-\u9fff\uff00-\uffef]$/u.test(out)) out += line;
    else out += ` ${line}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function metadataFrom(info: Record<string, unknown> | undefined): DocumentMetadata {
  if (!info) return {};
  const text = (key: string) =>
    typeof info[key] === 'string' && (info[key] as string).trim() ? (info[key] as string).trim() : undefined;
  const date = (key: string) => {
    const raw = text(key);
    const match = raw && /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?/.exec(raw);
    if (!match) return undefined;
    const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00'] = match;
    return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  };
  const title = meaningfulTitle(text('Title'));
  const author = text('Author');
  const created = date('CreationDate');
  const modified = date('ModDate');
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(created ? { created } : {}),
    ...(modified ? { modified } : {}),
  };
}

export async function readPdf(input: ReaderInput): Promise<Document> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const name = basename(input.path);
  const task = pdfjs.getDocument({
    data: new Uint8Array(
      input.bytes.buffer.slice(input.bytes.byteOffset, input.bytes.byteOffset + input.bytes.byteLength),
    ),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (thrown) {
    await task.destroy().catch(() => undefined);
    const errorName = (thrown as Error).name;
    if (errorName === 'PasswordException') {
      fail('file_encrypted', `${name} is a password-protected PDF.`, {
        hint: 'Save an unprotected copy (print to PDF without a password) and try again.',
        path: input.path,
      });
    }
    return fail('file_corrupt', `${name} is not a readable PDF (${(thrown as Error).message}).`, {
      hint: 'The file may be truncated or damaged. Re-export it from the program that made it.',
      path: input.path,
    });
  }
  try {
    const pageCount = doc.numPages;
    const blocks: Block[] = [];
    let paragraphIndex = 0;
    for (let page = 1; page <= Math.min(pageCount, MAX_PAGES); page++) {
      const pdfPage = await doc.getPage(page);
      const content = await pdfPage.getTextContent();
      const items = content.items.filter(
        (item): item is TextItem & (typeof content.items)[number] => 'str' in item,
      );
      for (const text of linesToParagraphs(itemsToLines(items))) {
        paragraphIndex++;
        blocks.push({ kind: 'paragraph', text, locator: { page, paragraph: paragraphIndex } });
      }
      pdfPage.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => undefined);
    return {
      type: 'document',
      format: 'pdf',
      metadata: metadataFrom(meta?.info as Record<string, unknown> | undefined),
      blocks,
      pageCount,
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
