/**
 * @module left-out-values
 * A value of a text column said of the rows a sentence leaves out: 'Drop the rows whose
 * "Gift_Wrapped" is "Yes"', "leaving out orders whose Shop is Quayside", 'keep the rows whose
 * Outcome is not "Passed"', "Remove the rows where Grade is not Senior" (which keeps Senior). The
 * column is named in full right after "whose", "where", "with" or "when"; the value is one its cells
 * hold, quoted or not, and ends its clause. Each clause read keeps the rows its words mean, on that
 * column alone, and is taken out of the text the later row rules read, so none of them keeps the
 * value it names. A dropped clause joined by "and" to a second condition ("drop the rows whose A is
 * 'x' and B is 'y'") leaves out the rows meeting both, which no step reads: it is taken out too
 * and recorded unread, so the answer is refused rather than taken over rows the text dropped.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import {
  type Cell,
  cellsOf,
  columnNames,
  type Frame,
  filterRows,
  isNumericColumn,
} from './analysis-frame.ts';
import { DROPS } from './cell-text-conditions.ts';

/** One clause read: its words as written, the column, the value, and whether the rows holding it are kept. */
type LeftOutClause = {
  readonly said: string;
  readonly column: string;
  readonly value: Cell;
  readonly keep: boolean;
  /** A second condition joins the dropped one: the clause is not read. */
  readonly joined: boolean;
};

/** A cell written for "no value": the lone dash the frame reads as missing. */
const DASH = /^[-–—]$/;

/** The clause's end: punctuation, a bracket, the text's end, or "and"/"but"/"then"/"before"/"when" next. */
const CLAUSE_END = /^(?=\s*(?:[,.;:?!()\n]|$|(?:and|but|then|before|when|from)\b))/i;

/** Whether a cell is the value the text writes, case-free; a lone dash is a missing cell. */
function holds(cell: Cell, value: string): boolean {
  if (cell === null) return DASH.test(value);
  return typeof cell === 'string' && cell.trim().toLowerCase() === value.toLowerCase();
}

/** The value written at the start of `after` that the column's cells hold, quoted or not; longest first. */
function valueAt(cells: readonly Cell[], after: string): { value: string; length: number } | undefined {
  const quoted = /^["'‘“]([^"'’”\n]{1,40})["'’”]/.exec(after);
  if (quoted) {
    const value = quoted[1]!.trim();
    return cells.some((cell) => holds(cell, value)) && CLAUSE_END.test(after.slice(quoted[0].length))
      ? { value, length: quoted[0].length }
      : undefined;
  }
  const written = [
    ...new Set(cells.filter((cell): cell is string => typeof cell === 'string').map((cell) => cell.trim())),
  ]
    .filter((value) => value.length >= 1)
    .sort((a, b) => b.length - a.length);
  for (const value of written) {
    if (after.slice(0, value.length).toLowerCase() !== value.toLowerCase()) continue;
    if (/\w$/.test(value) && /^\w/.test(after.slice(value.length))) continue;
    if (CLAUSE_END.test(after.slice(value.length))) return { value, length: value.length };
  }
  return undefined;
}

/** The clauses of `text` that leave a value of a named text column out, or keep it after "drop … not". */
function leftOutClauses(frame: Frame, text: string): LeftOutClause[] {
  const names = columnNames(frame)
    .filter((name) => name.trim().length >= 2 && !isNumericColumn(frame, name))
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const pattern = new RegExp(
    String.raw`\b(?:whose|where|with|when)\s+(?:the\s+)?["“‘']?(${names.map(escapeRegExp).join('|')})["”’']?\s+(?:is|are|was|were|equals|is equal to)\s+(not\s+(?:equal\s+to\s+)?|other\s+than\s+)?`,
    'gi',
  );
  const found: LeftOutClause[] = [];
  for (const match of text.matchAll(pattern)) {
    const column = names.find((name) => name.toLowerCase() === match[1]!.toLowerCase())!;
    const start = match.index + match[0].length;
    const value = valueAt(cellsOf(frame, column), text.slice(start));
    if (!value) continue;
    const sentence =
      text
        .slice(0, match.index)
        .split(/[.;:?!\n]\s|\n/)
        .at(-1) ?? '';
    const dropped = DROPS.test(sentence);
    const negated = match[2] !== undefined;
    // A plain "whose Shop is Quayside" is read by the rules for values.
    if (!dropped && !negated) continue;
    const end = start + value.length;
    const next = text.slice(end, end + 80);
    const joined =
      dropped &&
      new RegExp(
        String.raw`^\s*(?:,\s*)?and\s+(?:(?:whose|where|with)\s+)?(?:the\s+)?["“‘']?(?:${columnNames(frame).map(escapeRegExp).join('|')})["”’']?\s+(?:is|are|was|were|equals)\b`,
        'i',
      ).test(next);
    const cells = cellsOf(frame, column);
    found.push({
      said: text.slice(match.index, end),
      column,
      value: cells.find((cell) => holds(cell, value.value)) ?? null,
      keep: dropped && negated,
      joined,
    });
  }
  return found;
}

/**
 * Keeps the rows each left-out clause of the question and constraints means, and gives both texts
 * back without those clauses, for the later row rules.
 */
export function applyLeftOutValues(frame: Frame, question: string, constraints: string): [string, string] {
  const texts: [string, string] = [question, constraints];
  for (const [index, text] of [question, constraints].entries()) {
    for (const clause of leftOutClauses(frame, text)) {
      texts[index] = texts[index]!.replace(clause.said, ' ');
      if (clause.joined) {
        frame.unread.push(`"${clause.said}" (rows left out by two conditions together)`);
        continue;
      }
      const cells = cellsOf(frame, clause.column);
      const shown = clause.value === null ? 'missing' : JSON.stringify(clause.value);
      filterRows(
        frame,
        clause.column,
        (row) => (cells[row] === clause.value) === clause.keep,
        `rows where ${clause.column} is ${clause.keep ? '' : 'not '}${shown}`,
      );
    }
  }
  return texts;
}
