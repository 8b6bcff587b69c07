/**
 * @module table-cell
 * A question that names a table's row and column ("What was the Q3 figure for Widgets?",
 * "the rate for a single earner at 30000 in 2001") is answered by the cell where they cross:
 * a cell of the row holds the row's key, a cell above in the same column holds the column's
 * key, both words of the question. A sheet stacked with several blocks ("SINGLE", "MARRIED")
 * or set side by side is told apart by the words of the title row above the block. Without
 * both keys there is no cell answer and the sentence answer is used.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchHit } from '../index/types.ts';
import { MONTH_NAMES } from '../lib/text/calendar-names.ts';
import { closedSentence } from '../lib/text/sentences.ts';
import { type AnswerType, carriesType } from './answer-type.ts';
import type { CitationList } from './citations.ts';
import { countsOtherwise } from './counted-nouns.ts';
import { rowDay } from './dated-record.ts';
import type { ExtractiveAnswer } from './passage-answer.ts';

type Grid = readonly (readonly string[])[];

/** The most words of a name a lookup key may have beyond the head the question writes. */
const MAX_NAME_WORDS = 4;

type Cell = {
  readonly hit: SearchHit;
  readonly rank: number;
  readonly row: number;
  readonly value: string;
  readonly rowKey: string;
  readonly columnKey: string;
  readonly section: string | undefined;
  readonly score: number;
  /** How many of the question's words the groups over its column name (see headingsOver). */
  readonly groupScore?: number;
  /** How many of the question's words its row's other cells name, right of the value too (see cellsOf). */
  readonly rowScore?: number;
  /** How closely its block's titles name the question's other words (see nearness). */
  readonly near?: number;
  /**
   * The question's words that its row's other labels of words hold among words it does not ask
   * ("revenue" of "Sum of Revenue"): such a label is no key, but it tells apart rows of one key.
   */
  readonly subLabel?: readonly string[];
  /** Its row's key is the table's topic word: the word stands in more than a fifth of the rows ("Tenant" in a tenancy glossary). */
  readonly topicKey?: boolean;
  /** Its row's key stands right of it (a code looked up by its name). */
  readonly leftward?: boolean;
  /** The day its row is dated, when the question names that day. */
  readonly dated?: string;
  /** Its row and column are named, but the question names no one record of it (see `unnamedRecord`). */
  readonly unnamed?: boolean;
};

/**
 * Short forms a table's labels use for a word a question spells out: ordinals written with
 * digits ("1st Qtr" for "first quarter"), the usual abbreviations of periods and of month names
 * ("Mar" for "March"), "max." for a maximum.
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['1st', 'first'],
      ['2nd', 'second'],
      ['3rd', 'third'],
      ['4th', 'fourth'],
      ['5th', 'fifth'],
      ['6th', 'sixth'],
      ['qtr', 'quarter'],
      ['qtrs', 'quarter'],
      ['yr', 'year'],
      ['yrs', 'year'],
      // "max. Punkte" for "maximal" or "maximum": one word, however a label shortens it.
      ['max', 'maximal'],
      ['maximum', 'maximal'],

      ...MONTH_NAMES.filter((month) => month.length > 4).map((month) => [
        month.slice(0, 3).toLowerCase(),
        month,
      ]),
      ['sept', 'September'],
    ] as const
  ).map(([short, word]) => [short, analyze(word)[0] ?? word]),
);

/** One form of a term: digits grouped with commas read as one number ("30,000" is "30000"), a short form as its word. */
const normalTerm = (term: string) => {
  const plain = term.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  return SHORT_FORMS.get(plain) ?? plain;
};

/**
 * "Per" ties a period to a measure in a label ("Gain (Per Week)") and says nothing of its own: the
 * label is named by the period alone, as a question names it ("the weekly gain").
 */
const labelTerm = (term: string) => term !== 'per';

const termsOf = (text: string) => analyze(text).map(normalTerm).filter(labelTerm);

/** The pipe rows of a passage as cells; undefined when fewer than two rows are a table. */
function gridOf(text: string): Grid | undefined {
  const rows = text
    .split('\n')
    .filter((line) => (line.match(/\|/g)?.length ?? 0) >= 1)
    .map((line) => line.split('|').map((cell) => cell.trim()));
  return rows.length >= 2 ? rows : undefined;
}

/** A cell that is a figure alone: an amount, a count, a rate. */
const FIGURE = /^[-+$€£¥(]?\s*[\d.,]+\s*%?\)?$/;

/** A title row names its block in words: a cell of three letters or more, and no figures. */
function isTitleRow(cells: readonly string[]): boolean {
  const filled = cells.filter(Boolean);
  return (
    filled.length > 0 &&
    filled.some((cell) => /\p{L}{3,}/u.test(cell)) &&
    filled.every((cell) => !FIGURE.test(cell))
  );
}

/** Each cell of a row as empty, a figure or words. */
const shapeOf = (cells: readonly string[]) =>
  cells.map((cell) => (!cell ? '' : FIGURE.test(cell) ? 'figure' : 'words')).join('|');

/**
 * Two rows of one record's shape ("2005 | Tablets | 120 | 340" and "2006 | Phones | 90 | 410"):
 * a row holding figures laid out as the value's own row is a record beside it, so a word of it
 * above the value is another record's label, not the column's heading.
 */
const sameRecordShape = (a: readonly string[], b: readonly string[]) =>
  shapeOf(a).includes('figure') && shapeOf(a) === shapeOf(b);

/** A value that fits the kind of thing asked: an amount or a rate wants a figure, a date a date. */
function fits(value: string, type: AnswerType | undefined): boolean {
  if (type === 'amount' || type === 'rate') return carriesType(value, 'amount');
  if (type === 'date') return carriesType(value, 'date') || /\d/.test(value);
  if (type === 'phone') return carriesType(value, 'phone');
  if (type === 'year') return carriesType(value, 'year');
  return true;
}

/**
 * A block's title in a row of words alone ("FAMILY OF 2 CHILDREN" beside "STANDARD PLAN"): its
 * figure counts what the block describes, with no sign, decimal or grouping of an amount, among
 * three words or more. It labels the figures below it and is none of them.
 */
function titleCell(value: string, cells: readonly string[]): boolean {
  return (
    isTitleRow(cells) &&
    !/[$€£¥%]|\d[.,]\d|\bper\s*cent\b|\bpercent\b/i.test(value) &&
    (value.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3
  );
}

/** Times and dates a question writes ("06:12:45", "2031-03-01") and the numbers only they hold. */
type Stamps = { readonly whole: readonly string[]; readonly parts: ReadonlySet<string> };

const NO_STAMPS: Stamps = { whole: [], parts: new Set() };

const STAMP = /\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/g;

/**
 * The times and dates of a question, and their numbers that it writes nowhere else: "06:12:45"
 * names no row 45 ("45 | 1,250"), though its words are 06, 12 and 45.
 */
function stampsOf(question: string): Stamps {
  const whole = question.match(STAMP) ?? [];
  if (whole.length === 0) return NO_STAMPS;
  const elsewhere = new Set(termsOf(question.replace(STAMP, ' ')));
  const parts = new Set(whole.flatMap((stamp) => termsOf(stamp)).filter((term) => !elsewhere.has(term)));
  return { whole, parts };
}

const YEAR = /^(?:19|20)\d\d$/;

/**
 * A column headed by another year than the one the question names: a row of years between the
 * column's key and the value ("Income | | 2019 | 2020 | 2021" under a block titled "SOLO") heads
 * the value's column by its year, and the question that asks 2021 does not ask 2019's figure,
 * whatever title stands above both.
 */
function otherYearColumn(
  grid: Grid,
  columnKey: number,
  r: number,
  c: number,
  keys: ReadonlySet<string>,
): boolean {
  const askedYears = [...keys].filter((key) => YEAR.test(key));
  if (askedYears.length === 0) return false;
  for (let row = r - 1; row > columnKey; row--) {
    const cells = grid[row] ?? [];
    if (cells.filter((cell) => YEAR.test(cell)).length < 2) continue;
    const own = cells[c] ?? '';
    return YEAR.test(own) && !askedYears.includes(own);
  }
  return false;
}

/** A camel-cased or underscored title ("SalesReport_2024") read as words. */
const titleWords = (title: string) => title.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/[_.]/g, ' ');

/**
 * The same word with another ending, outside the Latin script: Russian words reach here already
 * stemmed ("января" and "Январь" are both "январ"), so this catches the endings a stemmer leaves
 * apart and scripts with no stemmer (Greek). The two share their first three letters or more and
 * part only in their last two at most.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\p{Script=Latin}|\P{L}/u.test(a + b) || Math.min(a.length, b.length) < 3) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.max(3, Math.max(a.length, b.length) - 2);
}

/** A row of one filled cell of words: the heading of the rows below it ("March", "Kiln room"). */
const isHeadingRow = (cells: readonly string[]) => cells.filter(Boolean).length === 1 && isTitleRow(cells);

/**
 * A list grouped under heading rows ("March |" then "3 | Kiln firing", "9 | Glaze day"): without a
 * column key, the row's key and the heading above it both named by the question pick the cell
 * ("what is on 3 March?"). The row holds its key and one entry; the nearest heading above it is its
 * group, and one the question does not name gives no cell.
 */
function headedCell(
  grid: Grid,
  r: number,
  c: number,
  rowKey: number,
  keys: ReadonlySet<string>,
): Omit<Cell, 'hit' | 'rank' | 'row' | 'value'> | undefined {
  // A list row is a key and one entry; a row of several figures needs its column named.
  if ((grid[r] ?? []).filter((cell, i) => cell && i !== rowKey).length !== 1 || c <= rowKey) return undefined;
  let heading: number | undefined;
  for (let up = r - 1; up >= 0 && heading === undefined; up--) if (isHeadingRow(grid[up] ?? [])) heading = up;
  if (heading === undefined) return undefined;
  const headingText = (grid[heading] ?? []).filter(Boolean).join(' ');
  const named = termsOf(headingText).filter((term) => [...keys].some((key) => sameWord(key, term)));
  if (named.length === 0) return undefined;
  const rowTerms = termsOf(grid[r]?.[rowKey] ?? '');
  return {
    rowKey: grid[r]?.[rowKey] ?? '',
    columnKey: '',
    section: headingText,
    score: new Set([...rowTerms, ...named]).size,
  };
}

/** A label's outline number: "2.1 Ankleiden …", "3.4.2 Fees". */
const OUTLINE_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\p{L})/u;

/**
 * A label without its asides: a unit in brackets or a footnote mark in parentheses ("After
 * [g/mi]", "Total (b)"), unless nothing else is left ("[kg]"). Words in parentheses ("(in
 * Millions)", "(Per Year)") stay: they may tell the label from its neighbours.
 */
function withoutAsides(cell: string): string {
  const bare = cell
    .replace(/\[[^\]]*\]|\([\p{L}\d]{1,3}\)/gu, ' ')
    .replace(OUTLINE_NUMBER, '')
    .trim();
  return /[\p{L}\p{N}]/u.test(bare) ? bare : cell;
}

/**
 * A row of years over groups of columns ("| 2031 | | 2032 |" over "Yield | Price | Yield | Price"):
 * a heading row though its cells are figures, each year the group of the columns under it.
 */
const isYearRow = (cells: readonly string[], rowKey: number) => {
  const filled = cells.filter((cell, i) => cell && i > rowKey);
  return filled.length >= 2 && filled.every((cell) => YEAR.test(cell)) && !cells[rowKey];
};

/** A heading of a column's block: its title, or the group of columns it stands under. */
type Heading = { readonly text: string; readonly group: boolean };

/**
 * The headings of a column's block, top down: the rows of words above its key row, from the
 * nearest one up to a blank row or a row of figures (the block above). A row that heads several
 * groups of value columns ("Rent | | Fees |" over "Paid | Due | Paid | Due") names the column by
 * the group over it, the nearest label at or left of it; a row with one label right of the key
 * column or none is the block's title, read whole ("PLAN A | | SOLO |").
 */
function headingsOver(grid: Grid, columnKey: number, c: number, rowKey: number): Heading[] {
  const headings: Heading[] = [];
  for (let up = columnKey - 1; up >= 0; up--) {
    const cells = grid[up] ?? [];
    if (!isTitleRow(cells) && !isYearRow(cells, rowKey)) {
      if (headings.length > 0) break;
      continue;
    }
    const groups = cells.flatMap((cell, i) => (cell && i > rowKey ? [i] : []));
    if (groups.length < 2) {
      headings.unshift({ text: cells.filter(Boolean).join(' '), group: false });
      continue;
    }
    const over = groups.filter((i) => i <= c).at(-1);
    if (over !== undefined) headings.unshift({ text: cells[over] ?? '', group: true });
  }
  return headings;
}

/**
 * Another titled block of the same file (another sheet or a stacked block, under other titles)
 * whose cell holds another value. Untitled copies of one list (a sheet and its copy that spells
 * an address another way) are no blocks to choose between.
 */
const otherBlock = (a: Cell, b: Cell) =>
  a.hit.path === b.hit.path &&
  Boolean(a.columnKey && b.columnKey && a.section && b.section) &&
  a.section !== b.section &&
  normalTerm(a.value) !== normalTerm(b.value);

/**
 * How closely a block's titles name the question's words that its row and column labels do not:
 * a word counts 1/2 in the title nearest the table, 1/3 in the next one up and so on, so that
 * the block's own description ("Solo earner, full rate") outweighs a title over all the blocks
 * ("Rates for solo earners and families"). Words the labels or the file's title already name
 * (`labelled`) count nothing: every block of the file shares them.
 */
function nearness(
  headings: readonly Heading[],
  keys: ReadonlySet<string>,
  labelled: ReadonlySet<string>,
): number {
  const titles = headings.filter((heading) => !heading.group).reverse();
  let sum = 0;
  for (const key of keys) {
    if (labelled.has(key)) continue;
    const at = titles.findIndex((title) => termsOf(title.text).includes(key));
    if (at >= 0) sum += 1 / (at + 2);
  }
  return sum;
}

/** A value half or more of whose words are the question's ("teal amber slate" for Teal and Slate) tells nothing new. */
function repeatsKeys(value: string, keys: ReadonlySet<string>): boolean {
  const terms = termsOf(value);
  return terms.length > 1 && terms.filter((term) => keys.has(term)).length * 2 >= terms.length;
}

/**
 * A record the question does not name alone. Its labels are the cells of words left of the
 * value (not figures), and its siblings the rows of its shape. The question names another
 * sibling's label where this record has a label it does not name ("Valdoria Mid" against
 * "Valdoria | Upper" and "Orvania | Mid"); or siblings share its key, and a word label the
 * question does not name tells them apart ("Valdoria" alone against "Valdoria | Upper" and
 * "Valdoria | Lower").
 */
function unnamedRecord(
  grid: Grid,
  keyOf: readonly (readonly (readonly string[] | undefined)[])[],
  r: number,
  rowKey: number,
  c: number,
  /** Rows that are records of another day than the one asked: no sibling to choose between. */
  otherDay: (row: number) => boolean = () => false,
): boolean {
  const key = (text: string | undefined) => termsOf(text ?? '').join(' ');
  const row = grid[r] ?? [];
  const siblings = grid.flatMap((other, o) =>
    o !== r && !otherDay(o) && sameRecordShape(other, row) ? [o] : [],
  );
  const twins = siblings.filter((o) => key(grid[o]?.[rowKey]) === key(row[rowKey]));
  // A label of words, not the key nor the value, that the question does not name.
  const unasked = (cell: string, j: number) =>
    j !== rowKey && j !== c && !keyOf[r]?.[j] && /\p{L}/u.test(cell) && !FIGURE.test(cell);
  // Either side of the value: the question names a sibling's label in a column where this row has another.
  if (row.some((cell, j) => unasked(cell, j) && siblings.some((o) => keyOf[o]?.[j]))) return true;
  // A label the question names that the twins lack ("… | Cup" among "… | League" rows) names this row alone.
  if (
    rowKey < c &&
    row.some(
      (cell, j) =>
        j > c &&
        keyOf[r]?.[j] &&
        /\p{L}{2}/u.test(cell) &&
        !FIGURE.test(cell) &&
        twins.some((o) => !keyOf[o]?.[j]),
    )
  )
    return false;
  return row
    .slice(0, c)
    .some((cell, j) => unasked(cell, j) && twins.some((o) => key(grid[o]?.[j]) !== key(cell)));
}

/**
 * The row above whose label a row without one of its own stands under: a label spread over several
 * rows ("2005 | Cost | 120" then " | Revenue | 340": both rows are 2005's). The row's label cell is
 * empty and a cell of words follows it before the value; the nearest row above with that cell
 * filled gives it, every row between likewise empty there and labelled right of it.
 */
function spreadRowLabel(grid: Grid, r: number, left: number, c: number): number | undefined {
  const labelled = (row: number) =>
    !grid[row]?.[left] &&
    (grid[row] ?? []).slice(left + 1, c).some((cell) => cell && !FIGURE.test(cell) && /\p{L}/u.test(cell));
  if (!labelled(r)) return undefined;
  for (let up = r - 1; up >= 0; up--) {
    if (grid[up]?.[left]) return up;
    if (!labelled(up)) return undefined;
  }
  return undefined;
}

/**
 * The column of a header row whose cell heads column c when c's own cell is empty: a label spread
 * over several columns ("2005 | | 2006 |" over "Cost | Revenue | Cost | Revenue": 2005 heads both of
 * its columns). The row heads two groups or more right of the key column; the nearest filled cell
 * left of c is the group's, and the row below fills its span with words.
 */
function spreadColumnLabel(grid: Grid, up: number, c: number, rowKey: number): number | undefined {
  const cells = grid[up] ?? [];
  const below = grid[up + 1] ?? [];
  if (cells[c] || cells.filter((cell, i) => cell && i > rowKey).length < 2) return undefined;
  for (let j = c; j > rowKey; j--) {
    const under = below[j] ?? '';
    if (!under || FIGURE.test(under) || !/\p{L}/u.test(under)) return undefined;
    if (j < c && cells[j]) return j;
  }
  return undefined;
}

function cellsOf(
  hit: SearchHit,
  rank: number,
  keys: ReadonlySet<string>,
  type: AnswerType | undefined,
  stamps: Stamps = NO_STAMPS,
  day?: string,
): Cell[] {
  const grid = gridOf(hit.text);
  if (!grid) return [];
  // A cell is a key when every word of it is a word of the question; a number the question wrote
  // only inside a time or a date counts in a cell that holds that whole time or date.
  const keyOf = grid.map((row) =>
    row.map((cell) => {
      const terms = termsOf(withoutAsides(cell));
      if (terms.some((term) => stamps.parts.has(term)) && !stamps.whole.some((stamp) => cell.includes(stamp)))
        return undefined;
      return terms.length > 0 && terms.every((term) => keys.has(term)) ? terms : undefined;
    }),
  );
  // A name the question writes at the head of a longer one ("Port Halden" for "Port Halden
  // Harbour"), the only cell of its column that holds it: the key of a code looked up by name.
  const headOf = grid.map((row, r) =>
    row.map((cell, c) => {
      if (type !== 'code' || keyOf[r]?.[c]) return undefined;
      const terms = termsOf(withoutAsides(cell));
      const head = terms[0];
      if (!head || !keys.has(head) || terms.length < 2 || terms.length > MAX_NAME_WORDS) return undefined;
      const holders = grid.filter((other) => termsOf(withoutAsides(other[c] ?? '')).includes(head));
      return holders.length === 1 ? terms.filter((term) => keys.has(term)) : undefined;
    }),
  );
  const titleTerms = new Set(termsOf(titleWords(hit.title)));
  const rowTerms = grid.map((row) => new Set(row.flatMap((cell) => termsOf(cell))));
  // A key each of whose words stands in more than a fifth of the rows (and in more than three).
  const topic = (terms: readonly string[]) =>
    terms.every((term) => {
      const rows = rowTerms.filter((row) => row.has(term)).length;
      return rows > 3 && rows * 5 > grid.length;
    });
  // Words of the question that no cell and not the title holds ("Escrow" in a glossary without it).
  const absent = [...keys].filter((key) => !titleTerms.has(key) && !rowTerms.some((row) => row.has(key)));
  // Rows dated another day than the one asked are other records.
  const otherDay = (r: number) => {
    const dated = day === undefined ? undefined : rowDay(grid[r] ?? []);
    return dated !== undefined && dated !== day;
  };
  const out: Cell[] = [];
  grid.forEach((cells, r) => {
    // A row of words naming two or more of the question's words ("Teal | Amber | Slate | Plum") heads
    // the columns below it: its cells are labels, not values.
    if (isTitleRow(cells) && (keyOf[r]?.filter(Boolean).length ?? 0) >= 2) return;
    // A row dated another day than the one asked is another record; one of that day is named by it.
    if (otherDay(r)) return;
    const dated = day === undefined ? undefined : rowDay(cells);
    cells.forEach((value, c) => {
      if (!value || keyOf[r]?.[c] || !fits(value, type) || repeatsKeys(value, keys)) return;
      if ((type === 'amount' || type === 'rate') && titleCell(value, cells)) return;
      let rowKey: number | undefined;
      for (let left = c - 1; left >= 0 && rowKey === undefined; left--) if (keyOf[r]?.[left]) rowKey = left;
      // A row under a label spread over several rows (see spreadRowLabel): that label is its key.
      let spreadFrom: number | undefined;
      for (let left = c - 1; left >= 0 && rowKey === undefined; left--) {
        const from = spreadRowLabel(grid, r, left, c);
        if (from !== undefined && keyOf[from]?.[left]) {
          rowKey = left;
          spreadFrom = from;
        }
      }
      // A lookup the other way ("the code for Port Halden" in "Code | Code name"): a value of words
      // left of the key, under a column the question names.
      const leftward = rowKey === undefined && !FIGURE.test(value);
      // The key stands in the same table: no empty cell between (tables set side by side).
      if (leftward)
        for (let right = c + 1; right < cells.length && rowKey === undefined && cells[right]; right++)
          if (keyOf[r]?.[right] ?? headOf[r]?.[right]) rowKey = right;
      if (rowKey === undefined) return;
      let columnKey: number | undefined;
      for (let up = r - 1; up >= 0 && columnKey === undefined; up--)
        if (keyOf[up]?.[c] && !sameRecordShape(grid[up] ?? [], cells)) columnKey = up;
      // A header label spread over several columns (see spreadColumnLabel) heads this one too.
      let columnAt = c;
      for (let up = r - 1; up >= 0 && columnKey === undefined && !leftward; up--) {
        const from = spreadColumnLabel(grid, up, c, rowKey);
        if (from !== undefined && keyOf[up]?.[from] && !sameRecordShape(grid[up] ?? [], cells)) {
          columnKey = up;
          columnAt = from;
        }
      }
      if (columnKey === undefined && leftward) return;
      if (columnKey === undefined) {
        const listed = headedCell(grid, r, c, rowKey, keys);
        if (listed) out.push({ hit, rank, row: r, value, ...listed });
        return;
      }
      if (otherYearColumn(grid, columnKey, r, c, keys)) return;
      const keyTerms =
        keyOf[r]?.[rowKey] ??
        headOf[r]?.[rowKey] ??
        (spreadFrom === undefined ? undefined : keyOf[spreadFrom]?.[rowKey]) ??
        [];
      const columnTerms = keyOf[columnKey]?.[columnAt] ?? [];
      if (keyTerms.some((term) => columnTerms.includes(term))) return;
      // The block's titles and the groups over the column (see headingsOver).
      const headings = headingsOver(grid, columnKey, c, rowKey);
      const sectionText =
        headings.length > 0 ? headings.map((heading) => heading.text).join(', ') : undefined;
      // The groups over this column alone ("Fuel Levy" over "Current") tell apart columns
      // whose own labels and block titles the question names alike.
      const grouped = new Set(
        headings
          .flatMap((heading) => (heading.group ? termsOf(heading.text) : []))
          .filter((term) => keys.has(term)),
      );
      // Every label of the row the question names counts ("2006" and "Phones" in "2006 | Phones | …").
      const rowLabels = leftward
        ? keyTerms
        : [
            ...(keyOf[r]?.slice(0, c).flatMap((terms) => terms ?? []) ?? []),
            ...(spreadFrom === undefined ? [] : keyTerms),
          ];
      const matched = new Set([...rowLabels, ...columnTerms, ...(dated ? [dated] : [])]);
      // A word of the file's or sheet's title names every block of it alike: it tells none apart.
      const near = nearness(headings, keys, new Set([...matched, ...grouped, ...titleTerms]));
      for (const term of [...termsOf(sectionText ?? ''), ...titleTerms])
        if (keys.has(term)) matched.add(term);
      out.push({
        hit,
        rank,
        row: r,
        value,
        rowKey: (spreadFrom === undefined ? cells[rowKey] : grid[spreadFrom]?.[rowKey]) ?? '',
        columnKey: grid[columnKey]?.[columnAt] ?? '',
        section: sectionText,
        ...(dated ? { dated } : {}),
        score: matched.size,
        groupScore: grouped.size,
        // The row's labels right of the value count too, to tell apart rows its left labels name
        // alike ("… | Rivertown | 2 | 1 | Cup" against "… | Rivertown | 3 | 0 | League", asked "in the Cup").
        rowScore: new Set([
          ...(keyOf[r]?.flatMap((terms, j) => (j === c ? [] : (terms ?? []))) ?? []),
          ...(spreadFrom === undefined ? [] : keyTerms),
        ]).size,
        subLabel: cells
          .slice(0, c)
          .flatMap((cell, j) =>
            j === rowKey || keyOf[r]?.[j] || FIGURE.test(cell)
              ? []
              : termsOf(cell).filter((term) => keys.has(term)),
          ),
        near,
        topicKey: topic(keyTerms),
        leftward,
        // A row keyed by the table's topic word ("Tenant" in a tenancy glossary) while the
        // question asks a word the table lacks ("Escrow"): not the record asked.
        unnamed: unnamedRecord(grid, keyOf, r, rowKey, c, otherDay) || (absent.length > 0 && topic(keyTerms)),
      });
    });
  });
  return out;
}

/**
 * How far apart the question names a cell's row and its column: the fewest words between a word
 * of the one and a word of the other (0 without both).
 */
function keySpread(order: readonly string[], row: readonly string[], column: readonly string[]): number {
  const at = (words: readonly string[]) => order.flatMap((term, i) => (words.includes(term) ? [i] : []));
  const rows = at(row);
  const columns = at(column);
  if (rows.length === 0 || columns.length === 0) return 0;
  return Math.min(...rows.flatMap((r) => columns.map((c) => Math.abs(r - c))));
}

/**
 * The cell where the question's row and column cross, among the passages' tables; the
 * passage must carry at least half of the question's words. Undefined without one; a not-found
 * answer when every such cell belongs to a record the question does not name alone.
 */
export function tableCellAnswer(
  terms: readonly string[],
  hits: readonly SearchHit[],
  citations: CitationList,
  type: AnswerType | undefined,
  /** The question's words as asked, to tell blocks apart by how many of a thing they count. */
  question?: string,
  /** The day the question names (ISO form, its year written): rows dated another day are other records. */
  day?: string,
): ExtractiveAnswer | undefined {
  const keys = new Set(terms.map(normalTerm).filter(labelTerm));
  if (keys.size < 2) return undefined;
  const cells = hits.flatMap((hit, rank) => {
    const passage = new Set([...termsOf(hit.text), ...termsOf(titleWords(hit.title))]);
    const covered = [...keys].filter(
      (key) => passage.has(key) || [...passage].some((term) => sameWord(key, term)),
    ).length;
    return covered * 2 >= keys.size ? cellsOf(hit, rank, keys, type, stampsOf(question ?? ''), day) : [];
  });
  // Cells that match alike ("Series 3" of Teal and of Slate, both named in "the chart with Teal,
  // Amber and Slate, what is Series 3 for Slate?") go to the row the question names next to the column.
  const order = terms.map(normalTerm).filter(labelTerm);
  const spread = (cell: Cell) => keySpread(order, termsOf(cell.rowKey), termsOf(cell.columnKey));
  const alike = (a: Cell, b: Cell) =>
    b.score - a.score ||
    (b.groupScore ?? 0) - (a.groupScore ?? 0) ||
    (b.near ?? 0) - (a.near ?? 0) ||
    Number(a.topicKey ?? false) - Number(b.topicKey ?? false) ||
    Number(a.leftward ?? false) - Number(b.leftward ?? false) ||
    spread(a) - spread(b);
  // A block titled "two children" is another record than the one asked with "no children".
  const otherCount = (cell: Cell) =>
    question !== undefined && countsOtherwise(question, `${cell.section ?? ''}\n${cell.rowKey}`);
  // Rows of one key told apart by a label that names a word of the question ("Sum of Revenue"
  // against "Sum of Cost" asked of revenue): the one naming more, then the one named nearer the column.
  const bySubLabel = (a: Cell, b: Cell) => {
    const [ours, theirs] = [a.subLabel ?? [], b.subLabel ?? []];
    if (ours.length !== theirs.length) return theirs.length - ours.length;
    if (ours.length === 0) return 0;
    return keySpread(order, ours, termsOf(a.columnKey)) - keySpread(order, theirs, termsOf(b.columnKey));
  };
  const ranked = cells
    .filter((cell) => !cell.unnamed && !otherCount(cell))
    .sort(
      (a, b) =>
        alike(a, b) ||
        (b.rowScore ?? 0) - (a.rowScore ?? 0) ||
        bySubLabel(a, b) ||
        a.rank - b.rank ||
        a.row - b.row,
    );
  const best = ranked[0];
  // The question names best a block that counts otherwise ("a pair with one earner and four
  // children" where the pairs' blocks count two children): the record asked is not in the
  // table, and a block the question names less ("SINGLE") is no stand-in for it.
  if (best && cells.some((cell) => !cell.unnamed && otherCount(cell) && cell.score > best.score))
    return { answer: '', sentences: 0, found: false };
  // The question names a table's row and column but no one record of it ("Valdoria Mid" where
  // Valdoria has Upper and Lower rows): a sentence of the same table would read another record's
  // figure, so the honest answer is none.
  if (!best) return cells.length > 0 ? { answer: '', sentences: 0, found: false } : undefined;
  // Blocks of one file that the question names alike ("a solo earner at 40,000" where a full-rate
  // and a reduced-rate block both describe solo earners) and that differ at the cell asked: which
  // one is meant is a guess.
  if (ranked.some((cell) => cell !== best && alike(best, cell) === 0 && otherBlock(best, cell)))
    return { answer: '', sentences: 0, found: false };
  const head = [best.section, best.dated, best.rowKey, best.columnKey].filter(Boolean).join(', ');
  const quote = `${head}: ${best.value}`;
  const n = citations.cite(best.hit, quote);
  return {
    answer: `${closedSentence(quote)} [${n}]`,
    sentences: 1,
    found: true,
    hit: best.hit,
    keyed: Boolean(best.columnKey),
  };
}
