/**
 * @module decade-column
 * "Group the albums by decade", "take the decade of its year (1983 is the 1980s, written 1980)":
 * the decade of each row's year, read from a column of years or of dates, as a column of its
 * own (the year rounded down to a multiple of ten) that groups the rows like any label.
 */
import { type Cell, cellsOf, columnNames, type Frame, namedColumns } from './analysis-frame.ts';
import { cellDate } from './date-conditions.ts';

/** A sentence that asks for the decade of each row, not one that lists decades or names one. */
const DECADE_ASKED =
  /\b(?:by|per|each|every|of|the|a|into|which|what)\s+(?:new\s+)?["'“‘`]?decades?\b(?!\s+(?:are|is\s+(?:from|between)|:))/i;

/** "1990 to 1999", "2000-2009": a sentence that lists the decades' spans bins by them instead. */
const LISTED_SPAN = /\b\d{4}\s*(?:to|through|–|-)\s*\d{4}\b/;

/** A decade column named in quotes ("a new column \"decade\""). */
const QUOTED_NAME =
  /["'“‘`]([^"'”’`]{1,30})["'”’`]\s+(?:column|feature|variable)|(?:column|feature|variable)\s+(?:(?:called|named)\s+)?["'“‘`]([^"'”’`]{1,30})["'”’`]/i;

/** The year of a cell: a whole number of a plausible year, or the year of a written date. */
function yearOf(cell: Cell): number | undefined {
  if (typeof cell === 'number')
    return Number.isInteger(cell) && cell >= 1000 && cell <= 2999 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const year = cellDate(cell)?.year;
  return year !== undefined && year >= 1000 && year <= 2999 ? year : undefined;
}

/** A column most of whose filled cells give a year. */
function yearColumn(frame: Frame, name: string): boolean {
  const cells = frame.rows.map((row) => cellsOf(frame, name)[row] ?? null).filter((cell) => cell !== null);
  const years = cells.filter((cell) => yearOf(cell) !== undefined).length;
  return cells.length > 0 && years >= 0.8 * cells.length;
}

export type DecadeColumn = { name: string; source: string; cells: Cell[]; step: string; read: string };

/**
 * The decade column a sentence asks for, over the column of years it names (else the one the
 * text names, else the table's only column of years); undefined when the sentence asks for none
 * or no one column of years is found.
 */
export function decadeColumn(frame: Frame, sentence: string, text: string): DecadeColumn | undefined {
  const asked = DECADE_ASKED.exec(sentence);
  if (!asked || LISTED_SPAN.test(sentence)) return undefined;
  const quoted = QUOTED_NAME.exec(sentence);
  const named = quoted ? (quoted[1] ?? quoted[2])! : undefined;
  const name = named && /decade/i.test(named) ? named : 'decade';
  if (frame.derived.has(name) || columnNames(frame).includes(name)) return undefined;
  const years = (names: readonly string[]) => names.filter((column) => yearColumn(frame, column));
  const inSentence = years(namedColumns(frame, sentence));
  const inText = years(namedColumns(frame, text));
  const all = years(frame.table.columns.map((column) => column.name));
  const source =
    inSentence.length === 1
      ? inSentence[0]
      : inText.length === 1
        ? inText[0]
        : all.length === 1
          ? all[0]
          : undefined;
  if (!source) return undefined;
  const cells = cellsOf(frame, source).map((cell) => {
    const year = yearOf(cell);
    return year === undefined ? null : Math.floor(year / 10) * 10;
  });
  return {
    name,
    source,
    cells,
    step: `${name} = the year of ${source} rounded down to a multiple of ten (1987 is 1980)`,
    read: asked[0],
  };
}
