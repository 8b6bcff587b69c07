/**
 * @module non-number-cells
 * "Leave out n values that are not a number", "Drop rows whose Arrival is not a single number":
 * the constraints say how to read a column whose cells are mostly numbers but some ranges or
 * lists ("1.35 - 1.38", "1.373/1.380"). Values said so become missing in that column (pandas
 * `to_numeric(errors='coerce')`); rows said so are left out (`dropna(subset=[...])`).
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import {
  type Cell,
  cellsOf,
  columnNames,
  type Frame,
  filterRows,
  isNumericColumn,
  wordsOf,
} from './analysis-frame.ts';

const LEAVE = String.raw`(?:leave out|leaving out|drop|dropping|exclude|excluding|remove|removing|ignore|ignoring|skip|skipping|omit|omitting|discard|discarding|disregard|disregarding|(?:is|are)\s+(?:left out|dropped|excluded|removed|ignored|skipped|omitted|discarded|disregarded))`;
const NOT_NUMBER = String.raw`(?:(?:is|are)\s+not\s+(?:a\s+)?(?:single\s+|plain\s+|valid\s+)?(?:number|numeric|numbers)|(?:is|are)\s+non-?numeric|cannot be read as (?:a\s+)?numbers?)`;
/** Cells described as other than one number: "ranges ('1.2-1.5') and lists", "text such as 'n/a'". */
const NON_NUMBER_CELLS = String.raw`(?:ranges?|lists?|text|words|non-?numeric|not (?:a |one )?(?:single |plain |valid )?numbers?)`;

const LEAVES = new RegExp(LEAVE, 'i');
const SAYS_NOT_NUMBER = new RegExp(NOT_NUMBER, 'i');

/**
 * Clauses that leave out cells that are not one number ("a row whose X is not a number ('tba') is
 * left out", "ranges ('1.3-1.5') and lists are left out"): they say how to read a column, so a quoted
 * example in them is no value to keep rows by.
 */
export function nonNumberClauses(constraints: string, columns: readonly string[] = []): string[] {
  // "take the mean of the range, skipping missing values" with a made "Daily range": a word of a
  // column's name names the column, not cells that are ranges.
  const own = new Set(columns.flatMap((name) => wordsOf(name)));
  const namesCells = (clause: string) =>
    [...clause.matchAll(new RegExp(NON_NUMBER_CELLS, 'gi'))].some(
      (match) => !wordsOf(match[0]).every((word) => own.has(word)),
    );
  return constraints.split(/[.;\n]+(?:\s|$)/).filter((clause) => LEAVES.test(clause) && namesCells(clause));
}

/** How many cells of a column are filled, and how many of those are numbers. */
function numberCount(cells: readonly Cell[]): { filled: number; numbers: number } {
  const filled = cells.filter((cell) => cell !== null);
  return { filled: filled.length, numbers: filled.filter((cell) => typeof cell === 'number').length };
}

/** A column of numbers with a few other cells: at least two numbers, and at least half its filled cells. */
function mostlyNumbers(cells: readonly Cell[]): boolean {
  const { filled, numbers } = numberCount(cells);
  return numbers >= 2 && numbers >= filled / 2;
}

/**
 * A text cell of a column of mostly numbers whose words are all words of the column's own name
 * ("Wins" under "Race Wins", "Cup" under "Cup Tries Cup"): a header repeated inside the
 * data, so a question's words naming the column are no value of it.
 */
export function repeatsOwnHeader(frame: Frame, name: string, cellWords: readonly string[]): boolean {
  if (cellWords.length === 0) return false;
  const header = new Set(wordsOf(name));
  return cellWords.every((word) => header.has(word)) && mostlyNumbers(cellsOf(frame, name));
}

/** A column of numbers with some other cells, read as text: mostly numbers, yet not a numeric column. */
export function partlyNumericColumn(frame: Frame, name: string): boolean {
  return mostlyNumbers(cellsOf(frame, name)) && !isNumericColumn(frame, name);
}

/** Applies each stated leaving-out of non-numbers, on a column of mostly numbers. */
export function applyNonNumberExclusions(frame: Frame, constraints: string): void {
  const names = columnNames(frame)
    .filter((name) => name.trim().length >= 1)
    .sort((a, b) => b.length - a.length);
  for (const clause of constraints.split(/[.;\n]+(?:\s|$)/)) {
    if (!LEAVES.test(clause) || !SAYS_NOT_NUMBER.test(clause)) continue;
    const name = names.find((item) =>
      new RegExp(
        String.raw`(?<![\w])${escapeRegExp(item)}\s+(?:(?:values?|cells?|entries|figures?)\s+)?(?:(?:that|which|whose|if|when)\s+)?${NOT_NUMBER}|\brows?\s+(?:whose|where|with)\s+(?:the\s+)?${escapeRegExp(item)}\s+(?:values?\s+|cells?\s+)?${NOT_NUMBER}`,
        'i',
      ).test(clause),
    );
    if (!name) continue;
    const cells = cellsOf(frame, name);
    const { filled, numbers } = numberCount(cells);
    // Only a column of numbers with a few others: a text column "not a number" says nothing.
    if (!mostlyNumbers(cells)) continue;
    frame.derived.set(
      name,
      cells.map((cell): Cell => (typeof cell === 'number' ? cell : null)),
    );
    if (/\brows?\b/i.test(clause))
      filterRows(frame, name, (row) => typeof cells[row] === 'number', `rows whose ${name} is a number`);
    else frame.steps.push(`${name} values that are not a number left out (${filled - numbers})`);
  }
  applyNumberKeeps(frame, constraints, names);
  applyNumericValuesOf(frame, constraints, names);
}

/**
 * "Run the test on the numeric Score values", "the numeric values of Score": the column's cells that
 * are numbers, the others left out as missing (pandas `to_numeric(errors='coerce')`), on a column of
 * mostly numbers read as text for its other cells.
 */
function applyNumericValuesOf(frame: Frame, constraints: string, names: string[]): void {
  for (const name of names) {
    if (frame.derived.has(name) || isNumericColumn(frame, name)) continue;
    const said = escapeRegExp(name);
    const pattern = new RegExp(
      String.raw`\bnumeric\s+["'“‘]?${said}["'”’]?\s+(?:values|cells|figures|entries)\b|\bnumeric\s+(?:values|cells|figures|entries)\s+(?:of|in)\s+(?:the\s+)?["'“‘]?${said}["'”’]?(?![\w])`,
      'i',
    );
    if (!pattern.test(constraints)) continue;
    // A number with a note ("1 (by definition)") is text to pandas, and so not numeric here either.
    const values = frame.table.columns.find((column) => column.name === name)?.values ?? [];
    const noted = (row: number) =>
      typeof values[row] === 'string' && /[A-Za-z()[\]]/.test(String(values[row]));
    const cells = cellsOf(frame, name).map((cell, row) =>
      cell !== null && noted(row) ? String(values[row]) : cell,
    );
    if (!mostlyNumbers(cells)) continue;
    const { filled, numbers } = numberCount(cells);
    frame.derived.set(
      name,
      cells.map((cell): Cell => (typeof cell === 'number' ? cell : null)),
    );
    frame.steps.push(`${name} values that are not a number left out (${filled - numbers})`);
  }
}

/** "Keep the rows whose X and Y are numbers", "… and whose X is a number" (or "a single figure"): the subject of each such phrase. */
const IS_NUMBER =
  /\b(?:whose|where)\s+((?:(?!\b(?:whose|where)\b)[^.;\n]){1,80}?)\s+(?:is|are)\s+(?:written\s+as\s+)?(?:a\s+|one\s+)?(?:single\s+|plain\s+|valid\s+)?(?:number|numbers|numeric|figures?)\b/gi;

/**
 * Numbers beside one mark written in every other filled cell ("NR", "n/a"): a column of figures
 * with a mark for the ones not recorded, however many those are.
 */
function numbersWithOneMark(cells: readonly Cell[]): boolean {
  const { numbers } = numberCount(cells);
  const marks = new Set(cells.filter((cell) => typeof cell === 'string').map((cell) => String(cell).trim()));
  return numbers >= 2 && marks.size === 1;
}

/** Keeps the rows whose named columns hold a number, when the constraints say to keep only those. */
function applyNumberKeeps(frame: Frame, constraints: string, names: string[]): void {
  for (const clause of constraints.split(/[.;\n]+(?:\s|$)/)) {
    // "Keep the rows whose n is written as one number (ranges … are left out)": what an aside in
    // brackets leaves out is the cells the keeping drops.
    // A cell such an aside quotes ('such as "7 (estimated)"') is left out even where it starts with a number.
    const aside = clause.indexOf('(');
    const quoted =
      aside >= 0 && LEAVES.test(clause.slice(aside))
        ? new Set([...clause.slice(aside).matchAll(/"([^"\n]+)"/g)].map((found) => found[1]!.trim()))
        : new Set<string>();
    let plain = clause;
    while (/\([^()]*\)/.test(plain)) plain = plain.replace(/\([^()]*\)/g, ' ');
    if (!/\b(?:keep|use|take|only)\b/i.test(plain) || LEAVES.test(plain)) continue;
    for (const match of plain.matchAll(IS_NUMBER)) {
      let subject = ` ${match[1]!} `;
      for (const name of names) {
        const at = new RegExp(String.raw`(?<![\w])${escapeRegExp(name)}(?![\w])`, 'i');
        if (!at.test(subject)) continue;
        subject = subject.replace(at, ' ');
        const texts = frame.table.columns.find((column) => column.name === name)?.texts ?? [];
        const cells = cellsOf(frame, name).map((cell, row) =>
          quoted.has(String(texts[row] ?? '').trim()) ? null : cell,
        );
        if (!mostlyNumbers(cells) && !numbersWithOneMark(cells)) continue;
        // A column read as text for its other cells reads as numbers over the rows kept.
        if (!isNumericColumn(frame, name))
          frame.derived.set(
            name,
            cells.map((cell): Cell => (typeof cell === 'number' ? cell : null)),
          );
        filterRows(frame, name, (row) => typeof cells[row] === 'number', `rows whose ${name} is a number`);
      }
    }
  }
}
