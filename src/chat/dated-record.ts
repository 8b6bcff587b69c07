/**
 * @module dated-record
 * A sheet of dated records ("Date | Home | Away | Venue", one row a day) asked about one of them
 * by its day and by the words of another of its cells ("Whom did the Rovers play on 1 March
 * 2024?"). The day is written one way in the question and another in the cell ("2024-03-01"),
 * and the column asked is often named by no heading ("whom", "which team"), so no single cell is
 * the answer: the record is, each cell under its heading. Only one record may match: two rows of
 * that day, both naming the question's words, are two records to choose between, and none is
 * said.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { closedSentence } from '../lib/text/sentences.ts';
import type { CitationList } from './citations.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';

/** A cell that holds the day alone, in ISO form, perhaps with a time of day after it. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The day a row of cells is dated, in ISO form: its first cell that holds a day alone. */
export function rowDay(cells: readonly string[]): string | undefined {
  return cells
    .find((cell) => ISO_DAY.test(cell.trim()))
    ?.trim()
    .slice(0, 10);
}

/** The day asked in ISO form, when the question writes its year: a day without one is the parser's guess. */
export function askedIsoDay(question: string, day: Date): string | undefined {
  const wanted = isoDay(day);
  return question.includes(wanted.slice(0, 4)) ? wanted : undefined;
}

const cellsOf = (line: string) => line.split('|').map((cell) => cell.trim());

/** A header row: two filled cells or more, each of words, none a figure or a day. */
function isHeader(cells: readonly string[]): boolean {
  const filled = cells.filter(Boolean);
  return filled.length >= 2 && filled.every((cell) => /\p{L}/u.test(cell) && !/^[\d\s.,:%/-]+$/.test(cell));
}

/**
 * A cell named by the question: every word of it a word of the question, and one word at least
 * of three letters or more (not a one-letter mark such as "h").
 */
function named(cell: string, asked: ReadonlySet<string>): boolean {
  const terms = analyze(cell);
  return terms.length > 0 && terms.some((term) => term.length >= 3) && terms.every((term) => asked.has(term));
}

/**
 * The one record of a sheet on the day asked that a cell of words the question names picks out,
 * read whole under its headings; undefined when none or more than one record matches.
 */
export function datedRecordAnswer(
  question: string,
  hits: readonly SearchHit[],
  citations: CitationList,
  day: Date,
): ExtractiveAnswer | undefined {
  const wanted = askedIsoDay(question, day);
  if (wanted === undefined) return undefined;
  const asked = new Set(analyze(question));
  const found = new Map<string, { hit: SearchHit; quote: string }>();
  for (const hit of hits) {
    if (hit.type !== 'sheet') continue;
    const lines = hit.text.split('\n').filter((line) => line.includes('|'));
    const header = lines[0] ? cellsOf(lines[0]) : undefined;
    if (!header || !isHeader(header)) continue;
    for (const line of lines.slice(1)) {
      const cells = cellsOf(line);
      const at = cells.findIndex((cell) => ISO_DAY.test(cell));
      if (at < 0 || rowDay(cells) !== wanted) continue;
      if (!cells.some((cell, i) => i !== at && named(cell, asked))) continue;
      const said = cells.flatMap((cell, i) => (cell ? [header[i] ? `${header[i]}: ${cell}` : cell] : []));
      const key = cells.join('|');
      if (!found.has(key)) found.set(key, { hit, quote: said.join(', ') });
    }
  }
  if (found.size !== 1) return undefined;
  const [{ hit, quote }] = [...found.values()] as [{ hit: SearchHit; quote: string }];
  const n = citations.cite(hit, quote);
  return { answer: `${closedSentence(quote)} [${n}]`, sentences: 1, found: true, hit, keyed: true };
}
