/**
 * @module read-pdf
 * PDF into a Document with pdf.js (legacy build, no worker thread, no eval, no fonts loaded):
 * the text of each page, grouped into lines by baseline and into paragraphs by the vertical
 * gap between lines and by changes of type size; the short line set in the largest type on the
 * first page, clearly larger than the body, is styled Title (not a letterhead above it). Every paragraph's locator names its 1-based page. Password-protected
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

/** A paragraph of a page with the smallest text size of its lines. */
type Paragraph = { text: string; size: number };

/** Text sizes this far apart (a fifth of the larger) are different type: a heading's, a letterhead's, the body's. */
const SIZE_STEP = 0.15;

/**
 * Joins lines into paragraphs, breaking where the gap to the next line is unusually large or
 * the text size changes (a title set larger than the letterhead above it).
 */
export function linesToParagraphs(lines: readonly Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let buffer: string[] = [];
  let size = Number.POSITIVE_INFINITY;
  const flush = () => {
    const text = joinLines(buffer);
    if (text) paragraphs.push({ text, size });
    buffer = [];
    size = Number.POSITIVE_INFINITY;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    buffer.push(line.text.trim());
    size = Math.min(size, line.height);
    const next = lines[i + 1];
    if (!next) break;
    const gap = line.y - next.y;
    const larger = Math.max(line.height, next.height, 1);
    const resized = Math.abs(line.height - next.height) > larger * SIZE_STEP;
    if (gap > larger * 1.8 || gap < -larger || resized) flush();
  }
  flush();
  return paragraphs;
}

/** The body's text size: the size most characters are set in. */
function bodySize(paragraphs: readonly Paragraph[]): number {
  const chars = new Map<number, number>();
  for (const { text, size } of paragraphs) {
    const key = Math.round(size * 2) / 2;
    chars.set(key, (chars.get(key) ?? 0) + text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** At most this many words in a title set in larger type. */
const TITLE_WORDS = 12;

/**
 * The title of a PDF, by type size: on the first page, the short line set in the largest type,
 * clearly larger than the body, not a sentence, opening with a capital, a number or a letter of a
 * script without case (not a lower-case word or a bracket: the rest of a sentence, a diagram's
 * label). A letterhead above it (country, organisation, address) is set smaller, so it is not
 * taken for the title. Its index in `paragraphs`, or -1 (a PDF set in one size has none).
 */
export function titleIndex(paragraphs: readonly (Paragraph & { readonly page: number })[]): number {
  const body = bodySize(paragraphs);
  const candidate = ({ text, size, page }: Paragraph & { readonly page: number }) =>
    page === 1 &&
    body > 0 &&
    size >= body * (1 + SIZE_STEP) &&
    text.split(/\s+/).length <= TITLE_WORDS &&
    /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(text) &&
    /\p{L}/u.test(text) &&
    !/[.;,!?。；，！？]$/u.test(text);
  let best = -1;
  paragraphs.forEach((paragraph, i) => {
    if (candidate(paragraph) && (best < 0 || paragraph.size > paragraphs[best]!.size + 0.5)) best = i;
  });
  return best;
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
    const paragraphs: (Paragraph & { page: number })[] = [];
    for (let page = 1; page <= Math.min(pageCount, MAX_PAGES); page++) {
      const pdfPage = await doc.getPage(page);
      const content = await pdfPage.getTextContent();
      const items = content.items.filter(
        (item): item is TextItem & (typeof content.items)[number] => 'str' in item,
      );
      for (const paragraph of linesToParagraphs(itemsToLines(items))) paragraphs.push({ ...paragraph, page });
      pdfPage.cleanup();
    }
    const title = titleIndex(paragraphs);
    const blocks: Block[] = paragraphs.map(({ text, page }, i) => ({
      kind: 'paragraph',
      text,
      ...(i === title ? { style: 'Title' } : {}),
      locator: { page, paragraph: i + 1 },
    }));
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
