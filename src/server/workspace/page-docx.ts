/**
 * @module page-docx
 * A saved page as a Word document: its Markdown through the project's reader and docx
 * writer, the title as the document's title and first heading, and each `[n]` a footnote
 * naming the cited file and quoting the passage.
 */
import type { WordBlock, WordDocument, WordRun } from '../../formats/docx/word-document.ts';
import { wordDocumentFromModel, writeDocx } from '../../formats/docx/write-docx.ts';
import { markdownToDocument } from '../../formats/text/read-markdown.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Citation } from '../../protocol/api.ts';
import type { StoredPage } from './page-records.ts';

const MARKER = /\s?\[(\d+)\]/g;

/** A citation's footnote: "name: “quote”". */
function footnoteOf(citation: Citation): string {
  const quote = citation.quote.trim().replace(/\s+/g, ' ');
  return quote
    ? `${citation.name}: “${quote.length > 300 ? `${quote.slice(0, 299)}…` : quote}”`
    : citation.name;
}

/** A run split at its `[n]` markers: the text before each marker carries the footnote. */
function splitRun(run: WordRun, citations: ReadonlyMap<number, Citation>): WordRun[] {
  const out: WordRun[] = [];
  let last = 0;
  for (const match of run.text.matchAll(MARKER)) {
    const citation = citations.get(Number(match[1]));
    if (!citation) continue;
    out.push({ ...run, text: run.text.slice(last, match.index), footnote: footnoteOf(citation) });
    last = match.index + match[0].length;
  }
  if (out.length === 0) return [run];
  const rest = run.text.slice(last);
  if (rest) out.push({ ...run, text: rest });
  return out;
}

function withFootnotes(block: WordBlock, citations: ReadonlyMap<number, Citation>): WordBlock {
  if (block.kind !== 'paragraph' && block.kind !== 'list-item' && block.kind !== 'heading') return block;
  const runs: readonly WordRun[] = block.runs ?? [{ text: block.text ?? '' }];
  const { text: _text, ...rest } = block;
  return { ...rest, runs: runs.flatMap((run) => splitRun(run, citations)) } as WordBlock;
}

export function pageDocument(page: StoredPage): WordDocument {
  const citations = new Map(page.citations.map((citation) => [citation.n, citation]));
  const body = wordDocumentFromModel(markdownToDocument(page.markdown));
  return {
    title: page.title,
    author: page.owner,
    blocks: [
      { kind: 'heading', level: 1, text: page.title },
      ...body.blocks.map((block) => withFootnotes(block, citations)),
    ],
  };
}

export async function pageDocx(page: StoredPage, clock: Clock): Promise<Buffer> {
  return writeDocx(pageDocument(page), { clock });
}
