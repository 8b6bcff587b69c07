/**
 * @module literal-steps
 * Constraints that spell out every step in plain instructions, read literally: 'Keep the rows
 * whose "Kind" is "Oak". Count the rows of each value of "Grower" and report the value with the
 * most rows and that count. Also count the distinct values of "Field".' Each instruction gives
 * the next answer values in order (a count, a statistic of a named column, the most frequent
 * value, a row's cells), and the values fill the format's slots in the same order.
 *
 * The reading is strict: every sentence must be an instruction it knows (a "Round …" sentence
 * says only how to write the figures), every column is named whole, and the values it gives must
 * be as many as the slots and of their kinds. Anything else, a tie for the most frequent value,
 * or a text cell among the numbers a statistic reads gives no reading at all.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { type Cell, cellsOf, columnNames, createFrame, type Frame, wordsOf } from './analysis-frame.ts';
import { parseSlots, type Slot, writeNumber } from './answer-format.ts';
import { citeCells, type DataTable } from './data-table.ts';
import { asksForName, declaredNumber, declaredString, slotParts } from './slot-columns.ts';
import { readSlotName } from './slot-words.ts';
import { mean, median, sum, variance } from './stats.ts';

/** One answer value an instruction gives. */
type Given = {
  readonly kind: 'figure' | 'label';
  readonly value: number | string;
  readonly note: string;
  readonly columns: readonly string[];
  readonly rows: readonly number[];
};

/** The values the constraints give, in order, with the plan in words and the cells cited. */
export type LiteralAnswer = {
  readonly slots: Record<string, string>;
  readonly answer: string[];
  readonly planText: string;
  readonly cells: string;
};

/** What the instructions read so far leave in play. */
type State = {
  readonly frame: Frame;
  rows: number[];
  /** The column the last "count the rows of each …" grouped by. */
  grouping?: string;
  /** The row the last "find the row with …" picked. */
  picked?: number;
  /** The statistic the last "take the mean of every column …" worked out, by column. */
  byColumn?: { readonly statistic: string; readonly values: ReadonlyMap<string, number> };
  readonly steps: string[];
  readonly given: Given[];
};

const MASK = '\u0001';

/** The text with each double-quoted (or 'single-quoted') span masked by its index, and the spans. */
function maskQuotes(text: string): { text: string; spans: string[] } {
  const spans: string[] = [];
  const masked = text
    .replace(/["“]([^"“”]*)["”]/g, (_, inner: string) => `${MASK}${spans.push(inner) - 1}${MASK}`)
    .replace(/(?<![\p{L}\p{N}])'([^'\n]+?)'(?![\p{L}\p{N}])/gu, (_, inner: string) => {
      return `${MASK}${spans.push(inner) - 1}${MASK}`;
    });
  return { text: masked, spans };
}

const SPAN = new RegExp(`^${MASK}(\\d+)${MASK}`);

/** A column named at the start of `text` (quoted, or written whole), and the text after it. */
function columnAt(
  text: string,
  frame: Frame,
  spans: readonly string[],
): { column: string; rest: string } | undefined {
  const trimmed = text.trimStart();
  const names = columnNames(frame);
  const quoted = SPAN.exec(trimmed);
  if (quoted) {
    const said = spans[Number(quoted[1])]!.trim().toLowerCase();
    const column = names.find((name) => name.trim().toLowerCase() === said);
    return column === undefined ? undefined : { column, rest: trimmed.slice(quoted[0].length) };
  }
  const lower = trimmed.toLowerCase();
  const column = names
    .filter((name) => {
      const said = name.trim().toLowerCase();
      return said.length > 0 && lower.startsWith(said) && !/[\p{L}\p{N}]/u.test(lower.charAt(said.length));
    })
    .sort((a, b) => b.trim().length - a.trim().length)[0];
  return column === undefined ? undefined : { column, rest: trimmed.slice(column.trim().length) };
}

/** Two or more columns named in a list ('"A", "B" and "C"', '"A" or "B"'), the joining word, and the text after. */
function severalColumns(
  text: string,
  frame: Frame,
  spans: readonly string[],
): { columns: string[]; joiner: 'and' | 'or'; rest: string } | undefined {
  const columns: string[] = [];
  let rest = text;
  let joiner: 'and' | 'or' | undefined;
  for (;;) {
    const found = columnAt(rest, frame, spans);
    if (!found) return undefined;
    columns.push(found.column);
    const next = /^\s*(?:,\s*(and|or)?|\s(and|or))\s+/i.exec(found.rest);
    if (!next) {
      rest = found.rest;
      break;
    }
    const word = (next[1] ?? next[2])?.toLowerCase() as 'and' | 'or' | undefined;
    if (word) joiner = word;
    rest = found.rest.slice(next[0].length);
  }
  return columns.length >= 2 && joiner ? { columns, joiner, rest } : undefined;
}

/** A value written in an instruction: a quoted text, a number, or undefined. */
function valueAt(text: string, spans: readonly string[]): string | number | undefined {
  const trimmed = text.trim();
  const quoted = new RegExp(`^${MASK}(\\d+)${MASK}$`).exec(trimmed);
  if (quoted) return spans[Number(quoted[1])]!;
  const plain = trimmed.replace(/,(?=\d{3}\b)/g, '');
  return /^-?\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}

/** The cell as written, for comparing with a quoted value. */
function writtenCell(frame: Frame, column: string, row: number): string {
  const source = frame.table.columns.find((item) => item.name === column);
  const text = source?.texts[row] ?? source?.values[row];
  return text === null || text === undefined ? '' : String(text).trim();
}

type Test = (row: number) => boolean;

const BOUNDS: readonly [RegExp, (cell: number, bound: number) => boolean][] = [
  [/^(?:is\s+)?(?:greater|more|larger|higher)\s+than\s+(.+)$/, (cell, bound) => cell > bound],
  [/^(?:is\s+)?(?:above|over)\s+(.+)$/, (cell, bound) => cell > bound],
  [/^(?:is\s+)?(?:less|smaller|lower|fewer)\s+than\s+(.+)$/, (cell, bound) => cell < bound],
  [/^(?:is\s+)?(?:below|under)\s+(.+)$/, (cell, bound) => cell < bound],
  [/^(?:is\s+)?at\s+least\s+(.+)$/, (cell, bound) => cell >= bound],
  [/^(?:is\s+)?at\s+most\s+(.+)$/, (cell, bound) => cell <= bound],
  [/^is\s+(.+?)\s+or\s+(?:more|greater|higher|above)$/, (cell, bound) => cell >= bound],
  [/^is\s+(.+?)\s+or\s+(?:less|fewer|lower|below)$/, (cell, bound) => cell <= bound],
];

/** A condition on one column ("\"Kind\" is \"Oak\"", "\"Score\" is at least 3", "\"Note\" is missing"). */
function conditionOf(
  text: string,
  state: State,
  spans: readonly string[],
): { test: Test; said: string } | undefined {
  const { frame } = state;
  // 'whose "A", "B" and "C" are all "Yes"', 'where "A" or "B" is missing': one condition on each column.
  const several = severalColumns(text, frame, spans);
  if (several) {
    const all = /^are\s+all\s+(.+)$/i.exec(several.rest.trim());
    const either = /^is\s+(missing|empty|blank|nan|null)$/i.exec(several.rest.trim());
    if (all && several.joiner === 'and') {
      const tests = several.columns.map((column) =>
        conditionOf(`${MASK}${spans.length}${MASK} is ${all[1]}`, state, [...spans, column]),
      );
      if (tests.some((item) => item === undefined)) return undefined;
      return {
        test: (row) => tests.every((item) => item!.test(row)),
        said: tests.map((item) => item!.said).join(' and '),
      };
    }
    if (either && several.joiner === 'or') {
      const tests = several.columns.map((column) =>
        conditionOf(`${MASK}${spans.length}${MASK} is missing`, state, [...spans, column]),
      );
      if (tests.some((item) => item === undefined)) return undefined;
      return {
        test: (row) => tests.some((item) => item!.test(row)),
        said: tests.map((item) => item!.said).join(' or '),
      };
    }
    return undefined;
  }
  const found = columnAt(text, frame, spans);
  if (!found) return undefined;
  const { column } = found;
  const rest = found.rest.trim().toLowerCase();
  const raw = found.rest.trim();
  const cells = cellsOf(frame, column);
  const missing = (row: number) => cells[row] === null && writtenCell(frame, column, row) === '';
  if (/^is\s+(?:missing|empty|blank|nan|null)$/.test(rest))
    return { test: missing, said: `${column} is missing` };
  if (
    /^(?:is\s+not\s+(?:missing|empty|blank|nan|null)|is\s+(?:given|present|known)|has\s+a\s+value)$/.test(
      rest,
    )
  )
    return { test: (row) => !missing(row), said: `${column} is not missing` };
  for (const [pattern, compare] of BOUNDS) {
    const bound = pattern.exec(rest);
    if (!bound) continue;
    const limit = valueAt(bound[1]!, spans);
    if (typeof limit !== 'number') return undefined;
    return {
      test: (row) => typeof cells[row] === 'number' && compare(cells[row] as number, limit),
      said: `${column} ${raw}`,
    };
  }
  const text_ = /^(contains|starts\s+with|ends\s+with)\s+(.+)$/i.exec(raw);
  if (text_) {
    const part = valueAt(text_[2]!, spans);
    if (typeof part !== 'string') return undefined;
    const verb = text_[1]!.toLowerCase();
    const has = (written: string) =>
      verb === 'contains'
        ? written.includes(part)
        : verb.startsWith('starts')
          ? written.startsWith(part)
          : written.endsWith(part);
    return { test: (row) => has(writtenCell(frame, column, row)), said: `${column} ${verb} "${part}"` };
  }
  const equal = /^(is\s+not|is|equals|does\s+not\s+equal)\s+(.+)$/i.exec(raw);
  if (!equal) return undefined;
  const negated = /not/i.test(equal[1]!);
  // 'whose "Serial" is 0 or 1', 'is "Oak", "Ash" or "Elm"': any of the values listed.
  const listed = equal[2]!.split(/\s*,(?!\d{3}\b)\s*(?:or\s+)?|\s+or\s+/i);
  if (listed.length > 1) {
    const tests = listed.map((item) =>
      conditionOf(`${MASK}${spans.length}${MASK} is ${item}`, state, [...spans, column]),
    );
    if (tests.some((item) => item === undefined)) return undefined;
    const any = (row: number) => tests.some((item) => item!.test(row));
    return {
      test: negated ? (row) => !any(row) : any,
      said: `${column} ${negated ? 'is none of' : 'is one of'} ${listed.join(', ')}`,
    };
  }
  const value = valueAt(equal[2]!, spans);
  if (value === undefined) return undefined;
  // 'whose "Home team" equals "Host"': another column's cell on the same row, when no row holds the name as a value.
  const said = String(value).trim();
  const other =
    typeof value === 'string'
      ? columnNames(frame).find((name) => name !== column && name.trim().toLowerCase() === said.toLowerCase())
      : undefined;
  if (other !== undefined && !state.rows.some((row) => writtenCell(frame, column, row) === said)) {
    const same = (row: number) =>
      writtenCell(frame, column, row) !== '' &&
      writtenCell(frame, column, row) === writtenCell(frame, other, row);
    return {
      test: negated ? (row) => !same(row) : same,
      said: `${column} ${negated ? 'differs from' : 'equals'} ${other}`,
    };
  }
  const holds = (row: number) =>
    typeof value === 'number'
      ? cells[row] === value
      : writtenCell(frame, column, row) === value.trim() || cells[row] === value.trim();
  // A quoted value no row holds as written, but some hold in other letters, is a misreading.
  if (
    typeof value === 'string' &&
    !state.rows.some(holds) &&
    state.rows.some((row) => writtenCell(frame, column, row).toLowerCase() === value.trim().toLowerCase())
  )
    return undefined;
  return {
    test: negated ? (row) => !holds(row) : holds,
    said: `${column} ${negated ? 'is not' : 'is'} ${typeof value === 'number' ? value : `"${value}"`}`,
  };
}

const STATISTICS: Record<string, (values: number[]) => number> = {
  mean: mean,
  average: mean,
  median: median,
  maximum: (values) => Math.max(...values),
  largest: (values) => Math.max(...values),
  highest: (values) => Math.max(...values),
  minimum: (values) => Math.min(...values),
  smallest: (values) => Math.min(...values),
  lowest: (values) => Math.min(...values),
  sum: sum,
  total: sum,
  'standard deviation': (values) => Math.sqrt(variance(values)),
};
const STATISTIC_WORDS = Object.keys(STATISTICS).join('|');

/** Where a statistic is taken: the rows in play, said in one of the ways the rows stay as they are. */
const OVER_ROWS_IN_PLAY =
  /^(?:(?:over|across|among|for)\s+(?:all\s+(?:the\s+)?rows|every\s+row|the\s+rows\s+(?:kept|left|in\s+play)|them|those(?:\s+rows)?|these(?:\s+rows)?|its\s+rows))?$/;
/** "over the rows with a value", "over its rows where it is a number": text cells left out as said. */
const OVER_NUMBERS =
  /^(?:over|across|among|for)\s+(?:all\s+)?(?:the\s+|its\s+)?rows\s+(?:(?:where|whose)\s+(?:each|it|the\s+value)\s+is\s+a\s+number|with\s+a\s+(?:value|number)|where\s+[\w\s]+?\s+is\s+a\s+number)$/;

/** A statistic of a column over the rows in play ("the mean of \"Score\"", "the largest \"Score\""). */
function statisticOf(text: string, state: State, spans: readonly string[], over: string): Given | undefined {
  const match = new RegExp(`^the\\s+(${STATISTIC_WORDS})\\s+(?:of\\s+)?(.+)$`, 'i').exec(text.trim());
  if (!match) return undefined;
  const found = columnAt(match[2]!, state.frame, spans);
  if (!found || found.rest.trim() !== '') return undefined;
  const overText = over.trim().toLowerCase();
  const numbersOnly = OVER_NUMBERS.test(overText);
  if (!numbersOnly && !OVER_ROWS_IN_PLAY.test(overText)) return undefined;
  const cells = cellsOf(state.frame, found.column);
  const rows = state.rows.filter((row) => typeof cells[row] === 'number');
  const text_ = state.rows.filter((row) => typeof cells[row] === 'string');
  if ((text_.length > 0 && !numbersOnly) || rows.length === 0) return undefined;
  const word = match[1]!.toLowerCase();
  const values = rows.map((row) => cells[row] as number);
  if (word === 'standard deviation' && values.length < 2) return undefined;
  const value = STATISTICS[word]!(values);
  return {
    kind: 'figure',
    value,
    note: `${word} of ${found.column} over ${values.length} values`,
    columns: [found.column],
    rows,
  };
}

const key = (cell: Cell) => `${typeof cell}\u0000${String(cell)}`;

/** The most frequent value of the grouping column over the rows in play, or undefined on a tie. */
function mostFrequent(state: State): { value: Cell; count: number; rows: number[] } | undefined {
  if (state.grouping === undefined) return undefined;
  const cells = cellsOf(state.frame, state.grouping);
  const counts = new Map<string, { value: Cell; rows: number[] }>();
  for (const row of state.rows) {
    const cell = cells[row] ?? null;
    if (cell === null) continue;
    const entry = counts.get(key(cell)) ?? { value: cell, rows: [] };
    entry.rows.push(row);
    counts.set(key(cell), entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.rows.length - a.rows.length);
  const top = ranked[0];
  if (!top || (ranked[1] && ranked[1].rows.length === top.rows.length)) return undefined;
  return { value: top.value, count: top.rows.length, rows: top.rows };
}

/** The one row in play where a column is largest or smallest, or undefined on a tie. */
function extremeRow(state: State, column: string, largest: boolean): number | undefined {
  const cells = cellsOf(state.frame, column);
  const rows = state.rows.filter((row) => typeof cells[row] === 'number');
  if (rows.length === 0 || state.rows.some((row) => typeof cells[row] === 'string')) return undefined;
  const values = rows.map((row) => cells[row] as number);
  const best = largest ? Math.max(...values) : Math.min(...values);
  const at = rows.filter((row) => cells[row] === best);
  return at.length === 1 ? at[0] : undefined;
}

/** A cell of a row as an answer value: a number as a figure, text as a label. */
function cellGiven(state: State, column: string, row: number): Given | undefined {
  const cell = cellsOf(state.frame, column)[row];
  if (cell === null || cell === undefined) return undefined;
  return {
    kind: typeof cell === 'number' ? 'figure' : 'label',
    value: typeof cell === 'number' ? cell : writtenCell(state.frame, column, row),
    note: `${column} of the row picked`,
    columns: [column],
    rows: [row],
  };
}

const LARGEST = /^(?:largest|highest|greatest|biggest|maximum|most)$/i;
const EXTREME = 'largest|highest|greatest|biggest|maximum|smallest|lowest|least|minimum';

/** One instruction: applies its step to the state, or returns false when it is none it knows. */
function readInstruction(raw: string, state: State, spans: readonly string[]): boolean {
  const text = raw
    .trim()
    .replace(/^(?:then|also|and|next|finally)\s*,?\s+/i, '')
    .replace(/\s+/g, ' ');
  if (text === '') return true;
  const lower = text.toLowerCase();
  // Rows kept or left out: "Keep the rows whose …", "Leave out the rows where …".
  const filter =
    /^(keep|use|take|select)\s+(?:only\s+)?the\s+(?:rows|[a-z]+s)\s+(?:whose|where)\s+(.+)$/i.exec(text) ??
    /^(leave\s+out|drop|remove|exclude|ignore)\s+(?:the\s+)?(?:rows|[a-z]+s)\s+(?:whose|where)\s+(.+)$/i.exec(
      text,
    );
  if (filter) {
    const condition = conditionOf(filter[2]!, state, spans);
    if (!condition) return false;
    const keep = /^(?:keep|use|take|select)/i.test(filter[1]!);
    state.rows = state.rows.filter((row) => condition.test(row) === keep);
    state.steps.push(`rows ${keep ? 'where' : 'left out where'} ${condition.said} (${state.rows.length})`);
    return true;
  }
  // "Count the rows of each (non-missing) value of "Grower"": the grouping the next report reads.
  const grouping =
    /^count\s+the\s+(?:rows|records)\s+(?:of|for|per|in)\s+(?:each|every)\s+(?:non-missing\s+)?(?:value\s+of\s+)?(.+)$/i.exec(
      text,
    ) ?? /^count\s+the\s+(?:rows|records)\s+per\s+(?:value\s+of\s+)?(.+)$/i.exec(text);
  if (grouping) {
    const found = columnAt(grouping[1]!, state.frame, spans);
    if (!found || found.rest.trim() !== '') return false;
    state.grouping = found.column;
    state.steps.push(`rows counted by ${found.column}`);
    return true;
  }
  // "report the value with the most rows and that count", "find the value of "Kind" with the most rows and its count".
  const report =
    /^(?:report|find|give|name)\s+the\s+(?:value\s+of\s+(.+?)|[\p{L}\s-]{1,30}?)\s+with\s+the\s+(?:most\s+rows|largest\s+count|highest\s+count|largest\s+number\s+of\s+rows)(\s+and\s+(?:that|its|the)\s+count|,\s+its\s+count)?(,?\s+and\s+the\s+number\s+of\s+rows\s+of\s+(?:every|all\s+the)\s+other\s+groups?(?:\s+together)?)?$/iu.exec(
      text,
    );
  if (report) {
    if (report[1] !== undefined) {
      const found = columnAt(report[1], state.frame, spans);
      if (!found || found.rest.trim() !== '') return false;
      state.grouping = found.column;
    }
    const top = mostFrequent(state);
    if (!top || state.grouping === undefined) return false;
    const column = state.grouping;
    state.given.push({
      kind: typeof top.value === 'number' ? 'figure' : 'label',
      value: typeof top.value === 'number' ? top.value : writtenCell(state.frame, column, top.rows[0]!),
      note: `most frequent ${column}`,
      columns: [column],
      rows: top.rows,
    });
    if (report[2])
      state.given.push({
        kind: 'figure',
        value: top.count,
        note: `count of rows of the most frequent ${column}`,
        columns: [column],
        rows: top.rows,
      });
    if (report[3]) {
      const cells = cellsOf(state.frame, column);
      const others = state.rows.filter((row) => cells[row] !== null && !top.rows.includes(row));
      state.given.push({
        kind: 'figure',
        value: others.length,
        note: `count of rows of the other ${column} values`,
        columns: [column],
        rows: others,
      });
    }
    return true;
  }
  // "Find the row with the lowest "Price"": the row the next "report its …" reads.
  const row = new RegExp(
    `^(?:find|take|pick)\\s+the\\s+row\\s+with\\s+the\\s+(${EXTREME})\\s+(.+)$`,
    'i',
  ).exec(text);
  if (row) {
    const found = columnAt(row[2]!, state.frame, spans);
    if (!found || found.rest.trim() !== '') return false;
    const picked = extremeRow(state, found.column, LARGEST.test(row[1]!));
    if (picked === undefined) return false;
    state.picked = picked;
    state.steps.push(`the row with the ${row[1]!.toLowerCase()} ${found.column}`);
    return true;
  }
  // "report its "Date" and "Price"".
  const its = /^(?:report|give)\s+its\s+(.+)$/i.exec(text);
  if (its) {
    if (state.picked === undefined) return false;
    for (const part of its[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
      const found = columnAt(part, state.frame, spans);
      if (!found || found.rest.trim() !== '') return false;
      const given = cellGiven(state, found.column, state.picked);
      if (!given) return false;
      state.given.push(given);
    }
    return true;
  }
  // 'Report the "Film" of the row with the largest "Takings" and that amount'.
  const ofRow = new RegExp(
    `^(?:report|give|find)\\s+the\\s+(.+?)\\s+of\\s+the\\s+row\\s+with\\s+the\\s+(${EXTREME})\\s+(.+?)(\\s+and\\s+(?:that|its|the)\\s+(?:amount|value|figure|number))?$`,
    'i',
  ).exec(text);
  if (ofRow) {
    const read = columnAt(ofRow[1]!, state.frame, spans);
    const ranked = columnAt(ofRow[3]!, state.frame, spans);
    if (!read || read.rest.trim() !== '' || !ranked || ranked.rest.trim() !== '') return false;
    const picked = extremeRow(state, ranked.column, LARGEST.test(ofRow[2]!));
    if (picked === undefined) return false;
    const label = cellGiven(state, read.column, picked);
    const figure = cellGiven(state, ranked.column, picked);
    if (!label || !figure) return false;
    state.given.push(label);
    if (ofRow[4]) state.given.push(figure);
    return true;
  }
  // "Count them", "count the rows (kept)": the rows in play.
  if (
    /^count\s+(?:them|those|these|the\s+rows(?:\s+(?:kept|left|in\s+play))?|all\s+the\s+rows|every\s+row)$/i.test(
      lower,
    )
  ) {
    state.given.push({
      kind: 'figure',
      value: state.rows.length,
      note: 'count of rows',
      columns: [],
      rows: state.rows,
    });
    return true;
  }
  // "count the rows whose "Note" is missing and the rows whose "Tag" is not missing": counts within the rows in play.
  const counted = /^count\s+the\s+(?:rows|records)\s+(?:whose|where)\s+(.+)$/i.exec(text);
  if (counted) {
    for (const part of counted[1]!.split(/\s+and\s+the\s+(?:rows|records)\s+(?:whose|where)\s+/i)) {
      const condition = conditionOf(part, state, spans);
      if (!condition) return false;
      const rows = state.rows.filter(condition.test);
      state.given.push({
        kind: 'figure',
        value: rows.length,
        note: `count of rows where ${condition.said}`,
        columns: [],
        rows,
      });
    }
    return true;
  }
  // "count the distinct values of "Field" (over the rows kept)".
  const distinct =
    /^(?:count|report|give|find)\s+the\s+(?:number\s+of\s+)?(?:distinct|unique|different)\s+values\s+of\s+(.+?)(\s+(?:over|across|among)\s+.+)?$/i.exec(
      text,
    );
  if (distinct) {
    const found = columnAt(distinct[1]!, state.frame, spans);
    if (!found || found.rest.trim() !== '') return false;
    if (!OVER_ROWS_IN_PLAY.test((distinct[2] ?? '').trim().toLowerCase())) return false;
    const cells = cellsOf(state.frame, found.column);
    const values = new Set(
      state.rows
        .map((row) => cells[row] ?? null)
        .filter((cell) => cell !== null)
        .map(key),
    );
    state.given.push({
      kind: 'figure',
      value: values.size,
      note: `count of distinct ${found.column}`,
      columns: [found.column],
      rows: state.rows,
    });
    return true;
  }
  // 'Take the mean of every column other than "Year"': one figure a column, for the report after it.
  const everyColumn = new RegExp(
    `^(?:take|calculate|compute|find)\\s+the\\s+(${STATISTIC_WORDS})\\s+of\\s+every\\s+column\\s+(?:other\\s+than|but|except)\\s+(.+?)(\\s+(?:over|across|among|for)\\s+.+)?$`,
    'i',
  ).exec(text);
  if (everyColumn) {
    const left = severalColumns(everyColumn[2]!, state.frame, spans)?.columns ?? [
      columnAt(everyColumn[2]!, state.frame, spans)?.column,
    ];
    if (left.some((name) => name === undefined)) return false;
    const over = (everyColumn[3] ?? '').trim().toLowerCase();
    if (!OVER_ROWS_IN_PLAY.test(over) && !/^(?:over|across|for)\s+all\s+(?:the\s+)?[a-z]+s$/.test(over))
      return false;
    const values = new Map<string, number>();
    for (const name of columnNames(state.frame).filter((item) => !left.includes(item))) {
      const given = statisticOf(
        `the ${everyColumn[1]} of ${MASK}${spans.length}${MASK}`,
        state,
        [...spans, name],
        '',
      );
      if (!given) return false;
      values.set(name, given.value as number);
    }
    if (values.size < 2) return false;
    state.byColumn = { statistic: everyColumn[1]!.toLowerCase(), values };
    state.steps.push(`${everyColumn[1]!.toLowerCase()} of each column but ${left.join(', ')}`);
    return true;
  }
  // "Report the column with the largest mean and that mean".
  const bestColumn = new RegExp(
    `^(?:report|give|find|name)\\s+the\\s+column\\s+with\\s+the\\s+(${EXTREME})\\s+(?:${STATISTIC_WORDS})(\\s+and\\s+(?:that|its|the)\\s+(?:${STATISTIC_WORDS}|value|figure))?$`,
    'i',
  ).exec(text);
  if (bestColumn) {
    if (!state.byColumn) return false;
    const entries = [...state.byColumn.values.entries()];
    const largest = LARGEST.test(bestColumn[1]!);
    const best = largest
      ? Math.max(...entries.map(([, value]) => value))
      : Math.min(...entries.map(([, value]) => value));
    const at = entries.filter(([, value]) => value === best);
    if (at.length !== 1) return false;
    const [name, value] = at[0]!;
    const note = `the column with the ${bestColumn[1]!.toLowerCase()} ${state.byColumn.statistic}`;
    state.given.push({ kind: 'label', value: name, note, columns: [name], rows: state.rows });
    if (bestColumn[2])
      state.given.push({
        kind: 'figure',
        value,
        note: `${state.byColumn.statistic} of ${name}`,
        columns: [name],
        rows: state.rows,
      });
    return true;
  }
  // 'Sum "Takings"', 'add up "Takings" over the rows kept'.
  const summed = /^(?:sum|add\s+up)\s+(?!the\b)(.+)$/i.exec(text);
  if (summed) {
    const over = /\s+((?:over|across|among|for)\s+.*)$/i.exec(summed[1]!);
    const given = statisticOf(
      `the sum of ${over ? summed[1]!.slice(0, over.index) : summed[1]!}`,
      state,
      spans,
      over?.[1] ?? '',
    );
    if (!given) return false;
    state.given.push(given);
    return true;
  }
  // 'Take the mean of "A" and the maximum of "B" over all rows'.
  const statistics = /^(?:take|calculate|compute|find|report|give)\s+(the\s+.+)$/i.exec(text);
  if (statistics) {
    const body = statistics[1]!;
    const over =
      /\s+((?:over|across|among|for)\s+(?:all\s+|every\s+|the\s+|its\s+|them\b|those\b|these\b).*)$/i.exec(
        body,
      );
    const named = over ? body.slice(0, over.index) : body;
    const parts = named.split(new RegExp(`\\s+and\\s+(?=the\\s+(?:${STATISTIC_WORDS})\\b)`, 'i'));
    const given = parts.map((part) => statisticOf(part, state, spans, over?.[1] ?? ''));
    if (given.some((item) => item === undefined)) return false;
    state.given.push(...(given as Given[]));
    return true;
  }
  return false;
}

/** Sentences that say only how to write the figures. */
const WRITING_ONLY = /^(?:round|give (?:the|each|both|all) .*\bdecimal|write)\b/i;

/** The answer values the constraints give, read as literal steps, or undefined. */
function givenValues(table: DataTable, constraints: string): { state: State } | undefined {
  const body = constraints.replace(/^\s*\{|\}\s*$/g, '').trim();
  if (body === '') return undefined;
  const masked = maskQuotes(body);
  const spans = masked.spans;
  const text = masked.text.replace(/\s*\([^()]*\)/g, '');
  const frame = createFrame(table);
  const state: State = { frame, rows: [...frame.rows], steps: [], given: [] };
  const sentences = text
    .split(/(?<=[.;])\s+|\n+/)
    .map((sentence) => sentence.trim().replace(/[.;]$/, ''))
    .filter(Boolean);
  for (const sentence of sentences) {
    if (WRITING_ONLY.test(sentence)) continue;
    const clauses = sentence.split(
      /,\s*(?:and\s+)?then\s+|\s+and\s+then\s+|\s+then\s+|,\s+and\s+(?=(?:count|take|report|calculate|compute|find|keep|leave|drop|give|also)\b)|\s+and\s+(?=(?:count|take|report|calculate|compute|find|keep|leave|drop|give|also)\b)|,\s+(?=(?:count|take|report|calculate|compute|find|give)\b)/i,
    );
    for (const clause of clauses) if (!readInstruction(clause, state, spans)) return undefined;
  }
  return state.given.length > 0 ? { state } : undefined;
}

/**
 * Whether a slot's name names a column other than those its value read: all the words of that
 * column's name ("@mean_local_calls"), or their initials ("@mean_lc_calls" for Local Calls).
 */
function namesOtherColumn(slot: Slot, given: Given, table: DataTable, steps: string): boolean {
  const words = new Set(readSlotName(slot.name));
  return table.columns.some((column) => {
    if (given.columns.includes(column.name) || `${given.note} ${steps}`.includes(column.name)) return false;
    const own = wordsOf(column.name);
    if (own.length === 0) return false;
    const initials = own.length >= 2 ? own.map((word) => word.charAt(0)).join('') : undefined;
    return own.every((word) => words.has(word)) || (initials !== undefined && words.has(initials));
  });
}

/** A given value written for its slot, or undefined when its kind is not the slot's. */
function written(given: Given, slot: Slot, format: string): string | undefined {
  if (given.kind === 'label') {
    if (declaredNumber(slot, format) && !/^-?\d+(?:\.\d+)?$/.test(String(given.value))) return undefined;
    return String(given.value);
  }
  if (asksForName(slot) || declaredString(slot, format)) return undefined;
  const value = given.value as number;
  if (slot.decimals === undefined && Number.isInteger(value)) return String(value);
  return writeNumber(value, slot.decimals);
}

/**
 * Whether the question says something of the rows the constraints do not: a number, or a cell
 * value of a text column written whole ("Ann's total" over a Name column), that the constraints
 * never write. Steps read from the constraints alone would leave that condition out.
 */
function questionSaysMore(table: DataTable, question: string, constraints: string): boolean {
  const lowerConstraints = constraints.toLowerCase().replace(/(?<=\d),(?=\d{3}\b)/g, '');
  const numbers = question.replace(/(?<=\d),(?=\d{3}\b)/g, '').match(/\d+(?:\.\d+)?/g) ?? [];
  if (
    numbers.some(
      (number) =>
        !new RegExp(`(?<!\\d)(?<!\\d\\.)${number.replace('.', '\\.')}(?!\\d)`).test(lowerConstraints),
    )
  )
    return true;
  const lowerQuestion = question.toLowerCase();
  const columnWords = new Set(
    table.columns.flatMap((column) => column.name.toLowerCase().split(/[^\p{L}\p{N}]+/u)),
  );
  for (const column of table.columns) {
    if (column.type === 'number' || column.type === 'currency' || column.type === 'percent') continue;
    for (const text of new Set(
      column.texts.map((item) =>
        String(item ?? '')
          .trim()
          .toLowerCase(),
      ),
    )) {
      if (text.length < 3 || columnWords.has(text) || !/\p{L}/u.test(text)) continue;
      const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u');
      if (whole.test(lowerQuestion) && !whole.test(lowerConstraints)) return true;
    }
  }
  return false;
}

/**
 * The question answered by its constraints read as literal steps, when every sentence is an
 * instruction the reading knows and the values fill the slots one for one; else undefined.
 */
export function answerLiteralSteps(
  table: DataTable,
  question: string,
  constraints: string,
  format: string,
): LiteralAnswer | undefined {
  if (questionSaysMore(table, question, constraints)) return undefined;
  const read = givenValues(table, constraints);
  if (!read) return undefined;
  const slotList = parseSlots(format, constraints);
  // A slot of several named values is written as one list, which the reading does not make.
  if (slotList.some((slot) => slotParts(slot, format).length > 1)) return undefined;
  const parts = slotList;
  const given = read.state.given;
  if (parts.length !== given.length) return undefined;
  const values: string[] = [];
  for (const [index, slot] of parts.entries()) {
    if (namesOtherColumn(slot, given[index]!, table, read.state.steps.join(' '))) return undefined;
    const value = written(given[index]!, slot, format);
    if (value === undefined) return undefined;
    values.push(value);
  }
  const slots: Record<string, string> = {};
  for (const [index, slot] of parts.entries()) slots[slot.name] = values[index]!;
  const notes = parts.map((slot, index) => `@${slot.name}: ${given[index]!.note}`);
  const cited = given.flatMap((item) =>
    item.columns
      .map((name) => table.columns.find((column) => column.name === name))
      .filter((column) => column !== undefined)
      .map((column) => citeCells(table, column, [...item.rows])),
  );
  return {
    slots,
    answer: values,
    planText: [...read.state.steps, ...notes].join('; '),
    cells: [...new Set(cited)].join(', ') || citeCells(table, undefined, []),
  };
}
