/**
 * @module analysis-frame
 * A table as analysis questions use it: the rows still in play, numbers read the way pandas
 * reads them (missing cells and "NaN" are missing, text is not a number), extra columns
 * computed from others, and column mentions found in prose ("number of late trains" names
 * number_of_late_trains, "Jun.2021" names Jun.2021).
 */

import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import type { Column, DataTable } from './data-table.ts';
import { durationReader } from './duration-numbers.ts';
import { stem } from './normalize-text.ts';
import { scaleScoreReader } from './scale-scores.ts';
import { readCommaPercent, readSpaceGrouped, spaceGroupedColumn } from './space-grouped.ts';
import { unitReader } from './unit-numbers.ts';

export type Cell = number | string | null;

export type Frame = {
  readonly table: DataTable;
  /** Data rows in play (indexes into the table's columns). */
  rows: number[];
  /** Columns computed from others, by name. */
  readonly derived: Map<string, Cell[]>;
  /** Steps taken so far, in words. */
  readonly steps: string[];
  /** Row conditions the question stated, each on one column, in the order applied. */
  readonly conditions: Condition[];
  /** Rows in play before the first condition. */
  start?: number[];
  /** Parts of the question a rule saw but could not read for sure (an answer would ignore them). */
  readonly unread: string[];
  /** The rows in play before a step kept only those whose column (the key) is known. */
  knownFrom?: Map<string, readonly number[]>;
  /** Rows the text says are no data (subtotals, repeated headers): every cell reads as missing. */
  dropped?: ReadonlySet<number>;
  /** Workbook columns whose percent-formatted cells are read as shown (5.1% is 5.1), as the text asks. */
  shownPercent?: ReadonlySet<string>;
};

/**
 * A stated condition: the column it reads and whether a row meets it; `bar` when the row's value
 * is compared with a statistic of a column ("taller than the mean Height").
 */
export type Condition = {
  readonly column: string;
  readonly test: (row: number) => boolean;
  readonly bar?: ConditionBar;
  /** The words of the question that state the condition ("in August 2031"), where a rule kept them. */
  readonly said?: string;
};

/** The statistic a condition compares with, over the rows in play before it. */
export type ConditionBar = { readonly statistic: 'mean' | 'median'; readonly column: string };

/** Keeps the rows in play that meet a condition on a column, and records the step. */
export function filterRows(
  frame: Frame,
  column: string,
  test: (row: number) => boolean,
  step: string,
  bar?: ConditionBar,
  said?: string,
): void {
  frame.start ??= [...frame.rows];
  frame.conditions.push({ column, test, ...(bar ? { bar } : {}), ...(said ? { said } : {}) });
  frame.rows = frame.rows.filter(test);
  frame.steps.push(`${step} (${frame.rows.length})`);
}

/**
 * Keeps the rows whose cell of `column` is a number `keep` accepts; `keep` gets the row too, for a
 * bar that differs by row ("above its group's mean"). A cell that is not a number is never kept.
 */
export function filterNumbers(
  frame: Frame,
  column: string,
  keep: (value: number, row: number) => boolean,
  step: string,
  bar?: ConditionBar,
): void {
  const cells = cellsOf(frame, column);
  filterRows(
    frame,
    column,
    (row) => {
      const cell = cells[row];
      return typeof cell === 'number' && keep(cell, row);
    },
    step,
    bar,
  );
}

/**
 * The rows that meet every stated condition but those on `column`: the base of "the share
 * of men who visited" once Visited = 1 was applied as a condition. Undefined when no
 * condition reads the column.
 */
export function rowsWithout(frame: Frame, column: string): number[] | undefined {
  if (!frame.start || !frame.conditions.some((condition) => condition.column === column)) return undefined;
  return frame.start.filter((row) =>
    frame.conditions.every((condition) => condition.column === column || condition.test(row)),
  );
}

/** Cells pandas reads as missing, and a lone dash (hyphen, en or em dash) tables write for "no value". */
const MISSING = /^(nan|na|n\/a|null|none|-|–|—)?$/i;
/**
 * "DNF", "DNS", "DSQ" among times or amounts: the entrant has no result. The cell stays text (a
 * condition may ask for it), but does not count against the column being read as numbers.
 */
const NO_RESULT = /^(?:DNF|DNS|DSQ|DQ|DNQ|NM|NH)$/;
/**
 * A figure not known yet or not known at all ("tba", "TBD", "unknown", "?") among numbers: no
 * figure, so it does not count against the column being read as numbers either; the cell stays text.
 */
export const NOT_KNOWN =
  /^(?:tba|tbc|tbd|to be (?:announced|confirmed|determined)|unknown|not known|n\/k|\?+)$/i;

export function createFrame(table: DataTable): Frame {
  return {
    table,
    rows: table.rowNumbers.map((_, index) => index),
    derived: new Map(),
    steps: [],
    conditions: [],
    unread: [],
  };
}

export function columnNames(frame: Frame): string[] {
  return [...new Set([...frame.table.columns.map((column) => column.name), ...frame.derived.keys()])];
}

/**
 * A footnote mark at the end of a number: a stray quote, an asterisk or dagger, a bracketed
 * note, or a note in lower-case words in parentheses ("25,000 (b)", "12 (est.)", "1 (by definition)").
 */
const FOOTNOTE_MARK = /(?<=\d)\s*(?:['’*†‡]+|\[[^\]]{1,40}\]|\([a-z][a-z.]*(?: [a-z.]+){0,3}\))$/;

/** A cell written as a percentage ("77%", "12.5 %"). */
const PERCENT_CELL = /^\s*[-+]?[\d.,]+\s*%\s*$/;

/** Columns whose cells write numbers grouped by spaces ("930 251"), worked out once per column. */
const spaceGrouped = new WeakMap<Column, boolean>();
function groupedBySpaces(column: Column): boolean {
  let known = spaceGrouped.get(column);
  if (known === undefined) {
    known = spaceGroupedColumn(column.texts.map((text) => String(text ?? '')));
    spaceGrouped.set(column, known);
  }
  return known;
}

/**
 * Readers of columns whose cells write amounts with units ("12.5 km", "$3.4M"), durations
 * ("4:24", "1:03.49") or scores out of a fixed scale ("7.5/10"), worked out once per column.
 */
const unitColumns = new WeakMap<Column, ((text: string) => number | undefined) | null>();
function unitsOf(column: Column): ((text: string) => number | undefined) | null {
  let known = unitColumns.get(column);
  if (known === undefined) {
    const texts = column.texts.map((text) => String(text ?? ''));
    known = unitReader(texts) ?? durationReader(texts) ?? scaleScoreReader(texts) ?? null;
    unitColumns.set(column, known);
  }
  return known;
}

/** Whether the column holds exactly the values 0 and 1 (blanks aside): a flag. */
export function isFlagColumn(frame: Frame, name: string): boolean {
  const values = new Set(cellsOf(frame, name).filter((cell) => cell !== null));
  return values.size === 2 && values.has(0) && values.has(1);
}

/** Every cell of a column (all table rows), numbers as numbers and missing cells as null. */
export function cellsOf(frame: Frame, name: string): Cell[] {
  const derived = frame.derived.get(name);
  if (derived) return derived;
  const column = frame.table.columns.find((item) => item.name === name);
  if (!column) return [];
  const dropped = frame.dropped;
  const spaced = groupedBySpaces(column);
  const units = unitsOf(column);
  return column.values.map((value, index) => {
    if (value === null || dropped?.has(index)) return null;
    // "77%" written in a CSV reads as 77, as pandas gives it once the sign is stripped, not as the
    // fraction 0.77; a workbook cell shown as 77% by its number format holds 0.77, as pandas reads it.
    if (
      typeof value === 'number' &&
      !column.formatted &&
      PERCENT_CELL.test(String(column.texts[index] ?? ''))
    )
      return Number((value * 100).toPrecision(12));
    if (typeof value === 'number' && frame.shownPercent?.has(name))
      return Number((value * 100).toPrecision(12));
    if (typeof value === 'number') return value;
    if (typeof value === 'boolean') return value ? 1 : 0;
    const text = String(column.texts[index] ?? value).trim();
    if (MISSING.test(text)) return null;
    const grouped = spaced ? readSpaceGrouped(text) : undefined;
    if (grouped !== undefined) return grouped;
    const percent = readCommaPercent(text);
    if (percent !== undefined) return percent;
    const amount = units?.(text);
    if (amount !== undefined) return amount;
    const duration = /^(\d{1,3}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text);
    if (duration) return Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]);
    // A footnote mark after a number ("66'", "1,466,705*", "2,282,589[note]") is no part of it.
    const plain = text.replace(/,/g, '').replace(FOOTNOTE_MARK, '');
    return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain) ? Number(plain) : text;
  });
}

export function isNumericColumn(frame: Frame, name: string): boolean {
  const all = cellsOf(frame, name);
  if (mostlyNumbers(all)) return true;
  // "Leave out the rows whose Pos is 'Ret'": a column the text filtered is read over the rows kept.
  const filtered = frame.conditions.some((condition) => condition.column === name);
  return filtered && mostlyNumbers(frame.rows.map((row) => all[row] ?? null));
}

/** At least nine in ten of the filled cells (no-result marks aside) are numbers. */
function mostlyNumbers(given: readonly Cell[]): boolean {
  const cells = given.filter(
    (cell) =>
      cell !== null &&
      !(typeof cell === 'string' && (NO_RESULT.test(cell.trim()) || NOT_KNOWN.test(cell.trim()))),
  );
  return cells.length > 0 && cells.filter((cell) => typeof cell === 'number').length / cells.length >= 0.9;
}

/**
 * A column that numbers the rows ("Match" 1, 2, 3, …): every cell a whole number, each once, with
 * no gap between the smallest and the largest. Its name names the rows ("the most matches"),
 * not an amount to add up.
 */
export function isNumberingColumn(frame: Frame, name: string): boolean {
  const cells = cellsOf(frame, name);
  if (cells.length < 3 || cells.some((cell) => typeof cell !== 'number' || !Number.isInteger(cell)))
    return false;
  const values = cells as number[];
  return (
    new Set(values).size === values.length && Math.max(...values) - Math.min(...values) === values.length - 1
  );
}

/** Words of the numeric columns that hold amounts: "the most Miles" sums Miles; a numbering column is left out. */
export function amountColumnWords(frame: Frame): Set<string> {
  return new Set(
    columnNames(frame)
      .filter((name) => isNumericColumn(frame, name) && !isNumberingColumn(frame, name))
      .flatMap((name) => wordsOf(name)),
  );
}

/** The numbers of a column over the rows in play (missing and text cells dropped). */
export function numbersOf(
  frame: Frame,
  name: string,
  rows = frame.rows,
): { rows: number[]; values: number[] } {
  const cells = cellsOf(frame, name);
  const kept: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    const cell = cells[row];
    if (typeof cell === 'number' && Number.isFinite(cell)) {
      kept.push(row);
      values.push(cell);
    }
  }
  return { rows: kept, values };
}

/** Pairs of numbers from two columns over rows where both are present (listwise deletion). */
export function pairsOf(
  frame: Frame,
  a: string,
  b: string,
  rows = frame.rows,
): { rows: number[]; x: number[]; y: number[] } {
  const left = cellsOf(frame, a);
  const right = cellsOf(frame, b);
  const kept: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  for (const row of rows) {
    const p = left[row];
    const q = right[row];
    if (typeof p === 'number' && typeof q === 'number' && Number.isFinite(p) && Number.isFinite(q)) {
      kept.push(row);
      x.push(p);
      y.push(q);
    }
  }
  return { rows: kept, x, y };
}

/** A currency sign standing alone (a header "£", "Income (€)"), not before or after an amount. */
const LONE_CURRENCY = /(?<![\d.,])\s*([£€¥$])\s*(?![\d.,])/g;
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  '£': 'pound',
  '€': 'euro',
  '¥': 'yen',
  $: 'dollar',
};

/**
 * Words of a name or text: camelCase and letter-digit boundaries split, lower case, stemmed; a
 * currency sign standing alone is its currency's word, so "the £ amount" and "pounds" name a "£" column.
 */
export function wordsOf(text: string): string[] {
  return spacedWords(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(stem);
}

/** The text lower-cased with its words set apart as `wordsOf` reads them. */
function spacedWords(text: string): string {
  return text
    .replace(LONE_CURRENCY, (_, sign: string) => ` ${CURRENCY_WORDS[sign]} `)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase();
}

/** What stands before each word of `wordsOf(text)`: " " between "crop yield", ", " between "pears, plums". */
function gapsBeforeWords(text: string): string[] {
  const spaced = spacedWords(text);
  let last = 0;
  return [...spaced.matchAll(/[a-z0-9]+/g)].map((match) => {
    const gap = spaced.slice(last, match.index);
    last = match.index + match[0].length;
    return gap;
  });
}

const WEAK_WORDS = new Set([
  'number',
  'num',
  'of',
  'the',
  'in',
  'avg',
  'average',
  'total',
  'value',
  'count',
  'and',
  'a',
  'to',
  'mean',
  'rate',
  'data',
  'column',
  'name',
  'type',
]);

/** `end`: the word after the last one the mention covers. */
export type Mention = {
  readonly column: string;
  readonly position: number;
  readonly strength: number;
  readonly end: number;
};

/** Columns a text names, in the order it names them; a longer name wins over one inside it. */
/** The columns a text names plainly, each once, in the order it names them. */
export function namedColumns(frame: Frame, text: string): string[] {
  return [
    ...new Set(
      findMentions(frame, text)
        .filter((mention) => mention.strength >= 1)
        .sort((a, b) => a.position - b.position)
        .map((mention) => mention.column),
    ),
  ];
}

/** The words of every column but `name`. */
function otherWords(frame: Frame, name: string): Set<string> {
  return new Set(
    columnNames(frame)
      .filter((other) => other !== name)
      .flatMap((other) => wordsOf(other)),
  );
}

export function findMentions(frame: Frame, text: string): Mention[] {
  const words = wordsOf(text);
  const found: (Mention & { end: number })[] = [];
  const heads = new Map<string, number>();
  for (const name of columnNames(frame)) {
    const head = wordsOf(name).find((word) => !WEAK_WORDS.has(word) && word.length >= 3);
    if (head) heads.set(head, (heads.get(head) ?? 0) + 1);
  }
  for (const name of columnNames(frame)) {
    const quoted = new RegExp(`["'‘“\`]${escapeRegExp(name)}["'’”\`]`).exec(text);
    const target = wordsOf(name);
    if (target.length === 0) continue;
    let best: (Mention & { end: number }) | undefined;
    for (let start = 0; start + target.length <= words.length; start++) {
      if (target.every((word, k) => words[start + k] === word)) {
        best = {
          column: name,
          position: start,
          strength: target.length + (quoted ? 5 : 0),
          end: start + target.length,
        };
        break;
      }
    }
    if (!best) {
      // The same word in another form: "delivery" names Delivered.
      const loose = target.map(porterStem);
      const looseWords = words.map(porterStem);
      for (let start = 0; start + loose.length <= looseWords.length; start++) {
        if (loose.every((word, k) => word.length >= 4 && looseWords[start + k] === word)) {
          best = {
            column: name,
            position: start,
            strength: 0.75 * target.length,
            end: start + target.length,
          };
          break;
        }
      }
    }
    if (!best) {
      // A header word cut short with a full stop spelled out in full: "points" names Pts.,
      // "average speed" Avg. Speed; never a word another column has whole ("pitstops").
      const cut = new Set([...name.matchAll(/([A-Za-z]{3,})\./g)].map((match) => match[1]!.toLowerCase()));
      const spelled = (word: string, k: number, start: number) => {
        const other = words[start + k]!;
        return (
          other === word ||
          (cut.has(word) &&
            other.length > word.length &&
            other.startsWith(word) &&
            !otherWords(frame, name).has(other))
        );
      };
      if (cut.size > 0 && target.some((word) => cut.has(word)))
        for (let start = 0; start + target.length <= words.length; start++) {
          if (target.every((word, k) => spelled(word, k, start))) {
            best = { column: name, position: start, strength: target.length, end: start + target.length };
            break;
          }
        }
    }
    if (!best && quoted) {
      const before = wordsOf(text.slice(0, quoted.index)).length;
      best = { column: name, position: before, strength: 5 + target.length, end: before + target.length };
    }
    if (!best) {
      const strong = target.filter((word) => !WEAK_WORDS.has(word) && word.length >= 3);
      const hit = strong.length ? words.indexOf(strong[0]!) : -1;
      if (hit >= 0 && strong.every((word) => words.includes(word))) {
        // "late trains" spans number_of_late_trains's words side by side, so it covers the "trains" of
        // number_of_trains; words far apart cover only the first.
        const last = Math.max(...strong.map((word) => words.indexOf(word)));
        const together = last > hit && last - hit < strong.length;
        best = {
          column: name,
          position: hit,
          strength: 0.5 * strong.length,
          end: together ? last + 1 : hit + 1,
        };
      } else if (hit >= 0 && heads.get(strong[0]!) === 1)
        best = { column: name, position: hit, strength: 0.5, end: hit + 1 };
    }
    if (!best) best = subHeaderMention(frame, name, words);
    if (!best) {
      // An abbreviation: "room class" names Rclass.
      const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
      for (let start = 0; start + 1 < words.length; start++) {
        if (key.length > 3 && key === `${words[start]![0]}${words[start + 1]}`) {
          best = { column: name, position: start, strength: 1.5, end: start + 2 };
          break;
        }
      }
    }
    if (best) found.push(best);
  }
  const gaps = gapsBeforeWords(text);
  const kept = found.filter(
    (mention) =>
      !found.some(
        (other) =>
          other !== mention &&
          other.strength > mention.strength &&
          other.position <= mention.position &&
          other.end >= mention.end,
      ) && !modifiesNext(frame, mention, found, gaps),
  );
  return kept.sort((a, b) => a.position - b.position || b.strength - a.strength);
}

/**
 * "crop yield" over Crop (tonnes) and Yield (per hectare): a word naming a
 * numeric column only in part, right before a word naming another numeric column in part with
 * only a space between, is that one's modifier, not a column of its own. A column named in full
 * or quoted is never a modifier, nor a modifier of one ("rolling footfall" names Footfall's
 * rolling mean); "pears, plums" names two columns.
 */
function modifiesNext(
  frame: Frame,
  mention: Mention & { end: number },
  found: readonly (Mention & { end: number })[],
  gaps: readonly string[],
): boolean {
  if (mention.strength >= wordsOf(mention.column).length || !isNumericColumn(frame, mention.column))
    return false;
  if (!/^ +$/.test(gaps[mention.end] ?? '')) return false;
  return found.some(
    (other) =>
      other !== mention &&
      other.position === mention.end &&
      other.strength < wordsOf(other.column).length &&
      isNumericColumn(frame, other.column),
  );
}

/**
 * A column under a group header named by its own sub-header and a word of its group: "the 2006
 * rate of a couple on two wages" names "COUPLE TWO WAGES 2006" (an invented table). The sub-header
 * is named whole; no other column with that sub-header has a group word in the text.
 */
function subHeaderMention(
  frame: Frame,
  name: string,
  words: readonly string[],
): (Mention & { end: number }) | undefined {
  const groupWords = (parts: readonly string[]) =>
    wordsOf(parts.slice(0, -1).join(' ')).filter((word) => !WEAK_WORDS.has(word) && word.length >= 3);
  const header = frame.table.columns.find((column) => column.name === name)?.header;
  if (!header || header.length < 2) return undefined;
  const sub = wordsOf(header[header.length - 1]!);
  if (sub.length === 0 || !groupWords(header).some((word) => words.includes(word))) return undefined;
  const rival = frame.table.columns.some(
    (column) =>
      column.name !== name &&
      column.header &&
      column.header.length >= 2 &&
      column.header[column.header.length - 1] === header[header.length - 1] &&
      groupWords(column.header).some((word) => words.includes(word)),
  );
  if (rival) return undefined;
  for (let start = 0; start + sub.length <= words.length; start++) {
    if (sub.every((word, k) => words[start + k] === word))
      return { column: name, position: start, strength: sub.length, end: start + sub.length };
  }
  return undefined;
}

/** Numeric columns a text names, each once, in the order it names them. */
export function numericMentions(frame: Frame, text: string): string[] {
  return [...new Set(findMentions(frame, text).map((mention) => mention.column))].filter((name) =>
    isNumericColumn(frame, name),
  );
}

const TOTAL_LABEL = /^\s*(?:grand\s+)?(?:totals?|sum|overall|all)\b/i;

/**
 * Rows of a table's totals: the label reads "Total" (or "Grand total", "Sum", "All …") and the
 * row holds the largest value of at least one numeric column, as a sum over the others does.
 * A row merely named "Total" (a company, say) with no such value is data.
 */
export function totalsRows(frame: Frame, label?: string): Set<number> {
  const labelColumns = label ? [label] : columnNames(frame).filter((name) => !isNumericColumn(frame, name));
  const texts = labelColumns.map((name) => cellsOf(frame, name));
  const candidates = frame.rows.filter((row) =>
    texts.some((cells) => typeof cells[row] === 'string' && TOTAL_LABEL.test(cells[row] as string)),
  );
  if (candidates.length === 0) return new Set();
  const measures = columnNames(frame).filter(
    (name) =>
      !labelColumns.includes(name) &&
      isNumericColumn(frame, name) &&
      frame.table.columns.find((column) => column.name === name)?.type !== 'identifier',
  );
  return new Set(
    candidates.filter((row) =>
      measures.some((name) => {
        const { values } = numbersOf(frame, name);
        const value = cellsOf(frame, name)[row];
        return typeof value === 'number' && values.length >= 3 && value >= Math.max(...values);
      }),
    ),
  );
}

/** Distinct non-numeric (or few-valued) cell values of a column, with their normalized words. */
export function categoryValues(frame: Frame, name: string, limit = 40): { value: Cell; words: string[] }[] {
  const seen = new Map<string, Cell>();
  for (const cell of cellsOf(frame, name)) {
    if (cell === null) continue;
    seen.set(String(cell), cell);
    if (seen.size > limit) return [];
  }
  return [...seen.values()].map((value) => ({ value, words: wordsOf(String(value)) }));
}
