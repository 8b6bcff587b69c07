/**
 * @module transform-frame
 * The cleaning and feature steps an analysis question states before its measures, each read
 * from one sentence and done the way pandas and scikit-learn do it: missing values filled
 * (mean, median, mode, zero) or their rows dropped, min-max and z-score scaling, label
 * encoding (a stated mapping, else sorted values numbered from 0), titles taken from names,
 * and binning (equal-width, quantile, or stated ranges with their labels). Each step is
 * recorded in words on the frame.
 */

import { MONTH_NAMES } from '../../lib/text/calendar-names.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { splitSentences } from '../../lib/text/sentences.ts';
import { FUNCTION_WORDS } from '../../lib/text/stop-words.ts';
import {
  type Cell,
  categoryValues,
  cellsOf,
  columnNames,
  type Frame,
  findMentions,
  isNumericColumn,
  numbersOf,
  totalsRows,
} from './analysis-frame.ts';
import { applyConversion } from './cell-conversions.ts';
import { keepCellsBeforeFill } from './cells-before-fill.ts';
import { cellDate } from './date-conditions.ts';
import { decadeColumn } from './decade-column.ts';
import { applyDescribedPairFigures } from './described-pairs.ts';
import { recordFill, recordMissingDrop, rowsBeforeDrop, statedFillOrder } from './fill-values.ts';
import { firstListedDate } from './listed-dates.ts';
import { numberWord } from './normalize-text.ts';
import { restatesRunningCount, runningCount } from './running-count.ts';
import { withScaledColumnWords } from './scaled-column-words.ts';
import { applyStatedCellNumbers } from './stated-cell-numbers.ts';
import { mean, median, quantile, variance } from './stats.ts';
import { applyTextMeasures, applyTextRemoval } from './text-measures.ts';
import { totalsLineLeftOut } from './totals-line.ts';
import { type Band, bandOf, unlabelledBands } from './unlabelled-bands.ts';
import { valueCounts } from './value-frequency.ts';
import { applyZeroMarks } from './zero-marks.ts';

/** Two counts in one sentence ("count the rows of …, and count the rows whose …"). */
const TWO_COUNTS = /\bcount\b[^.;\n]*,\s*and\s+count\b/i;

type TransformRule = {
  readonly name: string;
  /**
   * Does the step; returns any other text it read (a later sentence it took labels from), or
   * `{ rest }`: the part of its own sentence that stated no step, still for later rules.
   */
  readonly apply: (
    frame: Frame,
    sentence: string,
    text: string,
  ) => string | { readonly rest: string } | undefined | void;
};

const NEW_NAME =
  /(?:new (?:column|feature|variable)\s+(?:(?:called|named|titled)\s+)?|(?:feature|column|variable)\s+(?:called|named|titled)\s+)["'“‘`]([^"'”’`]+)["'”’`]/i;

/** "Leave out the days with no Close price", "skip the rows that have no Rating": what the rows lack. */
const NO_VALUE_LEFT_OUT =
  /\b(?:leav(?:e|ing)\s+out|left\s+out|skip(?:ping)?|ignor(?:e|ing)|omit(?:ting)?|drop(?:ping)?|remov(?:e|ing)|exclud(?:e|ing))\s+(?:the\s+|every\s+|all\s+)?(?:rows?|days?|dates?|records?|entries|lines?)\s+(?:with|that\s+have|having|which\s+have)\s+no\s+([^,;]{1,40}?)(?=\s*(?:[,;]|\.(?:\s|$)|$|\bthen\b|\band\b))/i;

/** Columns a sentence names plainly (weak partial matches left out). */
function named(frame: Frame, sentence: string): string[] {
  return [
    ...new Set(
      findMentions(frame, sentence)
        .filter((mention) => mention.strength >= 1)
        .map((mention) => mention.column),
    ),
  ];
}

/**
 * The rows a count of `name`'s missing cells is over: those in play before a step dropped the
 * rows missing it ("how many are missing, and the mean once they are dropped"), when no other
 * step left rows out since; else `rows`.
 */
export function rowsForMissingCount(frame: Frame, name: string, rows: readonly number[]): readonly number[] {
  const before = rowsBeforeDrop(frame, name);
  if (!before || rows !== frame.rows) return rows;
  const cells = cellsOf(frame, name);
  const kept = new Set(rows);
  return before.every((row) => kept.has(row) || cells[row] === null) ? before : rows;
}

/** Sets a column's cells (a new one, or a cleaned copy replacing the table's). */
export function setColumn(frame: Frame, name: string, cells: Cell[], step: string): void {
  frame.derived.set(name, cells);
  frame.steps.push(step);
}

/** The most frequent value; ties go to the smallest, as pandas `mode()[0]`. */
export function modeOf(cells: readonly Cell[]): Cell {
  const entries = valueCounts(cells);
  if (entries.length === 0) return null;
  const top = Math.max(...entries.map((entry) => entry.count));
  const tied = entries.filter((entry) => entry.count === top).map((entry) => entry.value);
  return tied.sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1,
  )[0]!;
}

const FILL = /\b(fill(?:ed|ing)?|imput(?:e|ed|ing|ation)|replac(?:e|ed|ing)|substitut\w*)\b/i;
const MISSING = /\b(missing|null|nan|na|empty|blank|unknown)\b/i;
const DROP = /\b(drop\w*|remov\w*|delet\w*|exclud\w*|discard\w*|eliminat\w*|dropna)\b/i;
/** "Ignore the rows with missing values": rows left out in other words. */
const IGNORED_ROWS =
  /^\s*(?:ignor\w*|skip\w*|disregard\w*)\s+(?:the\s+|any\s+|all\s+)?(?:rows|records|entries|observations)\b/i;
/** A clause that does nothing but leave rows out ("Drop the rows …", "Ignore rows …"), its verb first. */
const LEAVING_OUT = /^\s*(?:drop|remov|delet|exclud|discard|eliminat|ignor|skip|disregard)\w*\b/i;
/** "rows with missing values", "records that have missing data": rows, not one column's cells. */
const ROWS_WITH_MISSING =
  /\b(?:rows|records|entries|observations)\s+(?:with|that\s+(?:have|contain)|containing|having)\s+(?:a\s+|any\s+)?(?:missing|null|nan|na|empty)\s+(?:values?|cells?|entries|data)\b/i;

/**
 * Whether the text drops rows on missing cells before the scaling it states ("Drop the rows whose
 * Depth is unknown, then standardize Flow", "Discard every record where Depth is NaN before anything
 * else. … convert Flow to z-scores"): a dropping clause written before the scaling verb.
 */
function droppedBefore(text: string, sentence: string, scaling: RegExp): boolean {
  const at = text.indexOf(sentence);
  const verb = scaling.exec(sentence);
  if (at < 0 || !verb) return false;
  const before = text.slice(0, at + verb.index);
  return before
    .split(/[.;\n]|,?\s*\bthen\b/)
    .some((clause) => MISSING.test(clause) && DROP.test(clause) && !FILL.test(clause));
}

/** The clauses of a sentence that states two steps in order ("first …, then …", "after …, …"). */
const STEP_CLAUSES = /\s*(?:[;,]|\bthen\b)\s*/i;

/**
 * The part of a sentence that fills missing cells: the whole sentence, or its filling clauses
 * when it also states the order of dropping rows; null when those clauses still drop rows.
 */
function fillingClauses(sentence: string): string | null {
  if (statedFillOrder(sentence) === undefined) return sentence;
  const filling = sentence
    .split(STEP_CLAUSES)
    .filter((clause) => FILL.test(clause))
    .join(' ');
  return DROP.test(filling) ? null : filling;
}

const FILL_HOW = /\b(mean|average|median|mode|most (?:frequent|common)|zero|0)\b/i;

/**
 * "Fill Rent with the median and Member_Flag with the mode": the statistic written after
 * a column's own mention and before the next column's, when the sentence fills several columns.
 */
function ownFill(sentence: string, name: string, targets: readonly string[]): string | undefined {
  if (targets.length < 2) return undefined;
  const lower = sentence.toLowerCase();
  const at = lower.indexOf(name.toLowerCase());
  if (at < 0) return undefined;
  const next = Math.min(
    ...targets
      .map((other) => lower.indexOf(other.toLowerCase(), at + name.length))
      .filter((index) => index > at),
    sentence.length,
  );
  return FILL_HOW.exec(sentence.slice(at + name.length, next))?.[1]?.toLowerCase();
}

/**
 * The statistic a column's missing cells are filled with: over every row, or over the rows in
 * play when the text says rows were dropped first ("First delete the rows …. Then fill …").
 */
function fillValue(frame: Frame, name: string, how: string, text: string): Cell {
  const all = cellsOf(frame, name);
  const rows = statedFillOrder(text) === 'drop first' ? frame.rows : all.map((_, row) => row);
  const cells = rows.map((row) => all[row] ?? null);
  if (/mode|frequent|common/.test(how)) return modeOf(cells);
  const { values } = numbersOf(frame, name, [...rows]);
  if (values.length === 0) return null;
  if (/median/.test(how)) return median(values);
  if (/zero|^0$/.test(how)) return 0;
  return mean(values);
}

/** Fills a column's missing cells with the statistic of the row's own group, as pandas groupby().transform does. */
function fillByGroup(frame: Frame, name: string, group: string, how: string): void {
  const cells = cellsOf(frame, name);
  const labels = cellsOf(frame, group);
  const lists = new Map<Cell, Cell[]>();
  for (const [row, cell] of cells.entries()) {
    const label = labels[row] ?? null;
    if (label === null || cell === null) continue;
    const list = lists.get(label) ?? [];
    list.push(cell);
    lists.set(label, list);
  }
  const fills = new Map<Cell, Cell>();
  for (const [label, list] of lists) {
    if (/mode|frequent|common/.test(how)) fills.set(label, modeOf(list));
    else {
      const numbers = list.filter((cell): cell is number => typeof cell === 'number');
      if (numbers.length === 0) continue;
      fills.set(label, /median/.test(how) ? median(numbers) : /zero|^0$/.test(how) ? 0 : mean(numbers));
    }
  }
  keepCellsBeforeFill(frame, name, cells);
  let filled = 0;
  const next = cells.map((cell, row) => {
    if (cell !== null) return cell;
    const value = fills.get(labels[row] ?? null);
    if (value === undefined || value === null) return null;
    filled++;
    return value;
  });
  setColumn(frame, name, next, `${filled} missing ${name} filled with the ${how} of its ${group} group`);
}

const LEAVE_OUT =
  /\b(leave (?:(?:it|them|this|these) )?out|left out|exclud\w*|drop\w*|ignor\w*|remov\w*|skip\w*|discard\w*|omit\w*|not (?:a |an |part of )?(?:data|counted|included))\b/i;
const ROWS_AT_END =
  /\b(?:the )?(first|top|last|final|bottom)\s+(?:(\d+|one|two|three|four|five)\s+)?rows?\b/i;
const EMPTY_LAST_ROW =
  /\b(?:empty|blank)\s+(?:row|line)\s+at\s+the\s+(?:bottom|end)\b|\b(?:empty|blank)\s+(?:last|final|bottom)\s+(?:row|line)\b/i;
const TOTALS_ROW = /\b(?:the )?(?:grand )?totals? rows?\b/i;
/** Subtotal rows inside the data, or several totals rows ("the club and country subtotal rows"). */
const SUBTOTAL_ROWS = /\bsub-?totals?\b|\btotal rows\b|\b(?:the|all) totals\b/i;
/** Header rows repeated inside the data ("the repeated header rows"). */
const HEADER_ROWS = /\b(?:repeated|inner|sub-?)\s*headers?(?: rows?)?\b|\bheader rows\b|\bheader lines\b/i;
/**
 * A sentence saying the table repeats its header inside the data ("The sheet repeats its header
 * row above each region"): those lines are no data, whether or not a verb leaves them out.
 */
const HEADER_REPEATED =
  /\brepeats?\s+(?:a|the|its)\s+(?:column\s+)?header\s+(?:lines?|rows?)\b|\bheader\s+(?:lines?|rows?)\s+(?:is|are)\s+repeated\b|\brepeated\s+header\s+lines?\b/i;

/**
 * Rows holding figures beside a text cell reading "Total" ("Ashby Total", "Career total",
 * "Total"); a row of labels only is a header, not a subtotal.
 */
function subtotalRows(frame: Frame): Set<number> {
  const columns = columnNames(frame).map((name) => cellsOf(frame, name));
  return new Set(
    frame.rows.filter(
      (row) =>
        columns.some((cells) => typeof cells[row] === 'number') &&
        columns.some((cells) => typeof cells[row] === 'string' && /\btotals?\b/i.test(cells[row] as string)),
    ),
  );
}

/** Rows without a single number in a table whose other rows hold numbers: headers repeated inside it. */
function repeatedHeaderRows(frame: Frame): Set<number> {
  const columns = columnNames(frame).map((name) => cellsOf(frame, name));
  const numeric = (row: number) => columns.filter((cells) => typeof cells[row] === 'number').length;
  const rows = frame.rows.filter((row) => numeric(row) === 0 && columns.some((cells) => cells[row] !== null));
  return rows.length > 0 && rows.length < frame.rows.length / 2 ? new Set(rows) : new Set();
}

/** The header rows repeated inside the data, as rows that are no data. */
function repeatedHeadersLeftOut(frame: Frame): { rows: Set<number>; what: string; inner: true } | undefined {
  const rows = repeatedHeaderRows(frame);
  return rows.size > 0 ? { rows, what: `${rows.size} repeated header rows`, inner: true } : undefined;
}

/** Table rows a sentence leaves out by place ("the last row holds the totals: leave it out"). */
function rowsLeftOut(
  frame: Frame,
  sentence: string,
): { rows: Set<number>; what: string; inner?: boolean } | undefined {
  // "Keep the first row of each pair of A and B (pandas drop_duplicates …)" keeps duplicates' first rows.
  if (
    /\bkeep(?:ing)?\s+(?:only\s+)?the\s+(?:first|last)\s+(?:row|one|occurrence)s?\s+of\s+each\b/i.test(
      sentence,
    )
  )
    return undefined;
  if (!LEAVE_OUT.test(sentence.replace(/\bdrop_duplicates\b/gi, ' ')))
    return HEADER_REPEATED.test(sentence) ? repeatedHeadersLeftOut(frame) : undefined;
  const count = frame.table.rowNumbers.length;
  // "Drop the blank line at the end": the last row, when it holds at most one cell.
  if (EMPTY_LAST_ROW.test(sentence)) {
    const last = count - 1;
    const held = columnNames(frame).filter((name) => (cellsOf(frame, name)[last] ?? null) !== null).length;
    return last > 0 && held <= 1 ? { rows: new Set([last]), what: 'the empty last row' } : undefined;
  }
  const atEnd = ROWS_AT_END.exec(sentence);
  if (atEnd) {
    const n = atEnd[2] ? (numberWord(atEnd[2]) ?? 0) : 1;
    if (n < 1 || n >= count) return undefined;
    const first = /first|top/i.test(atEnd[1]!);
    // "a rolling window of 7 rows; ignore the first 6 rows with no value": the window's empty
    // values, which the rolling statistic leaves out itself, not table rows.
    if (first && /\b(?:rolling|moving|window)\b|\bno (?:value|average)\b|\bNaN\b/i.test(sentence))
      return undefined;
    const rows = Array.from({ length: n }, (_, index) => (first ? index : count - 1 - index));
    return { rows: new Set(rows), what: `the ${first ? 'first' : 'last'} ${n === 1 ? 'row' : `${n} rows`}` };
  }
  const inner = new Set<number>();
  const said: string[] = [];
  if (SUBTOTAL_ROWS.test(sentence)) {
    const rows = subtotalRows(frame);
    for (const row of rows) inner.add(row);
    if (rows.size > 0) said.push(`${rows.size} total and subtotal rows`);
  }
  if (HEADER_ROWS.test(sentence)) {
    const rows = repeatedHeaderRows(frame);
    for (const row of rows) inner.add(row);
    if (rows.size > 0) said.push(`${rows.size} repeated header rows`);
  }
  if (inner.size > 0) return { rows: inner, what: said.join(' and '), inner: true };
  if (TOTALS_ROW.test(sentence)) {
    const rows = totalsRows(frame);
    return rows.size > 0 ? { rows, what: 'the totals row' } : undefined;
  }
  return undefined;
}

export const TRANSFORM_RULES: readonly TransformRule[] = [
  {
    name: 'rows left out by place',
    apply: (frame, sentence) => {
      // 'the "Totals" line is not a game': the totals rows go; the rest of the sentence is still read.
      const totals = totalsLineLeftOut(frame, sentence);
      if (totals) {
        frame.rows = frame.rows.filter((row) => !totals.rows.has(row));
        frame.steps.push(`${totals.what} left out, as stated (${frame.rows.length} rows left)`);
        return { rest: totals.rest };
      }
      const found = rowsLeftOut(frame, sentence);
      if (!found) return;
      frame.rows = frame.rows.filter((row) => !found.rows.has(row));
      // Rows inside the data that are no data read as missing everywhere, so a column of
      // numbers under repeated headers is a column of numbers.
      if (found.inner) frame.dropped = new Set([...(frame.dropped ?? []), ...found.rows]);
      frame.steps.push(`${found.what} left out, as stated (${frame.rows.length} rows left)`);
    },
  },
  {
    // "Remove every double quote from Title", "remove the indoor mark ' (i)' from Surface".
    name: 'marks removed from text',
    apply: (frame, sentence) => {
      const read = applyTextRemoval(frame, sentence);
      return read === undefined ? undefined : { rest: sentence.replace(read, ' ') };
    },
  },
  {
    // '"Total" is written as …, a dash and …. "margin" is the first number minus the second.'
    name: 'figures over a described pair',
    apply: (frame, sentence, text) => {
      const read = applyDescribedPairFigures(frame, sentence, text);
      return read.length === 0
        ? undefined
        : { rest: read.reduce((rest, clause) => rest.replace(clause, ' '), sentence) };
    },
  },
  {
    // "Convert Rank to a number ('3rd' is 3)", "Split Result on the dash into home and away".
    name: 'cells converted to numbers',
    apply: (frame, sentence) => {
      const rest = applyConversion(frame, sentence);
      return rest === undefined ? undefined : { rest };
    },
  },
  {
    // "the mean length of the titles in characters", "the number of sets is the number of parts of Score separated by ', '".
    name: 'text lengths and part counts',
    apply: (frame, sentence, text) => {
      const read = applyTextMeasures(frame, sentence, text);
      return read === undefined ? undefined : { rest: sentence.replace(read, ' ') };
    },
  },
  {
    // 'Reading "3+" as 3', "treat '<1' as 0.5": cells written with a figure that is not a plain number.
    name: 'stated cells read as numbers',
    apply: (frame, sentence) => {
      const read = applyStatedCellNumbers(frame, sentence);
      return read === undefined ? undefined : { rest: sentence.replace(read, ' ') };
    },
  },
  {
    // "A '–' means no medals and counts as 0", "Replacing the dashes with zeros".
    name: 'marks counted as zero',
    apply: (frame, sentence) => {
      const read = applyZeroMarks(frame, sentence);
      return read === undefined ? undefined : { rest: sentence.replace(read, ' ') };
    },
  },
  {
    name: 'missing values filled',
    apply: (frame, sentence, text) => {
      if (!MISSING.test(sentence) || !FILL.test(sentence)) return;
      const after = sentence.slice(sentence.search(FILL));
      const said = FILL_HOW.exec(after)?.[1]?.toLowerCase();
      if (!said) return;
      const how = said;
      const hasMissing = (name: string) => cellsOf(frame, name).some((cell) => cell === null);
      // "After removing the rows whose Soil is missing, impute the missing Height …": the columns
      // of the filling clauses alone; a sentence whose two steps do not come apart is not read.
      const filling = fillingClauses(sentence);
      if (filling === null) {
        frame.unread.push(`the order of filling and dropping in "${sentence.trim()}"`);
        return;
      }
      let targets = named(frame, filling).filter(hasMissing);
      if (
        targets.length === 0 &&
        /\b(all|every|each|numeric(?:al)?|the dataset|the data|columns)\b/i.test(sentence)
      )
        targets = columnNames(frame).filter(
          (name) => hasMissing(name) && (/mode|frequent|common/.test(how) || isNumericColumn(frame, name)),
        );
      // "with the mean Age of each passenger's class": each group's own statistic (groupby transform).
      // "with the median of its non-missing values": the column's own values, no group.
      const tail = after.slice(after.toLowerCase().indexOf(how) + how.length);
      const each =
        /^\s*(?:[\w']+\s+){0,2}?(?:of|for|within|in|per|across|among)\s+(?:each|every|their|its|his|her|the same|the respective|the corresponding|respective)\s+(?![\w']*\s*(?:columns?|features?|variables?|fields?)\b)(?!(?:non-?missing|non-?null|non-?empty|available|known|present|observed|remaining|other)\s+(?:values?|entries|cells)\b)(.{1,60})/i.exec(
          tail,
        );
      const by = /^\s*(?:[\w']+\s+){0,2}?(?:grouped by|by)\s+(.{1,60})/i.exec(tail);
      // "with the median time of the team": a group column named after "of the", read only
      // when it names one (else "of the Age column" is the column's own values).
      const ofThe = /^\s*(?:[\w']+\s+){0,2}?(?:of|for|within|in)\s+the\s+(.{1,60})/i.exec(tail)?.[1];
      const ofGroup = ofThe
        ? named(frame, ofThe).find(
            (name) => !targets.includes(name) && categoryValues(frame, name, 50).length >= 2,
          )
        : undefined;
      if (!each && !by && ofGroup) {
        for (const name of targets) fillByGroup(frame, name, ofGroup, how);
        return;
      }
      const phrase = each?.[1] ?? by?.[1];
      if (phrase) {
        const group = named(frame, phrase).find(
          (name) => !targets.includes(name) && categoryValues(frame, name, 50).length >= 2,
        );
        if (group) {
          for (const name of targets) fillByGroup(frame, name, group, how);
          return;
        }
        if (each) {
          frame.unread.push(`the groups in "${sentence.trim()}"`);
          return;
        }
      }
      for (const name of targets) {
        const how = ownFill(sentence, name, targets) ?? said;
        if (!/mode|frequent|common/.test(how) && !isNumericColumn(frame, name)) continue;
        const value = fillValue(frame, name, how, text);
        if (value === null) continue;
        recordFill(frame, name, { how, value });
        const cells = cellsOf(frame, name);
        keepCellsBeforeFill(frame, name, cells);
        const filled = cells.filter((cell) => cell === null).length;
        setColumn(
          frame,
          name,
          cells.map((cell) => cell ?? value),
          `${filled} missing ${name} filled with the ${how} (${typeof value === 'number' ? Number(value.toPrecision(6)) : JSON.stringify(value)})`,
        );
      }
    },
  },
  {
    // "among those whose Zone is known", "workers whose Part_Time value is not missing",
    // "with a known Age": the rows where that one column has a value.
    name: 'rows whose value is known kept',
    apply: (frame, sentence) => {
      const found =
        // The column's name is read after the last "whose": 'whose "Day" is 1 and whose "Note" is not missing'.
        /\b(?:whose|where|with)\s+(?:the\s+|their\s+|its\s+)?((?:(?!\b(?:whose|where)\b).){1,40}?)\s+(?:values?\s+|cells?\s+)?(?:is|are|was|were)\s+(?:known|not missing|not null|not empty|not blank|non-missing|present|available|recorded)\b/i.exec(
          sentence,
        ) ??
        /\bwith\s+(?:an?\s+)?known\s+(.{1,40}?)(?:\s+values?)?(?=[,.;?]|\s+(?:and|who|that|is|are|have|has|had|were|was)\b|$)/i.exec(
          sentence,
        );
      if (!found) return;
      const targets = named(frame, found[1]!);
      if (targets.length !== 1) return;
      const name = targets[0]!;
      // "Count the rows of the fourth quarter, and count the first-quarter rows whose Note is not
      // missing": the condition is one count's, which a step over every row would give both.
      if (TWO_COUNTS.test(sentence)) {
        frame.unread.push(`"${found[0]}" (the known cells of one of two counts in one sentence)`);
        return;
      }
      const cells = cellsOf(frame, name);
      const before = frame.rows.length;
      frame.knownFrom ??= new Map();
      if (!frame.knownFrom.has(name)) frame.knownFrom.set(name, [...frame.rows]);
      frame.rows = frame.rows.filter((row) => cells[row] !== null);
      // Kept rows a condition on the column already left known still say so: a share's base
      // taken back past that condition leaves the unknown cells out too.
      if (frame.rows.length !== before || (frame.start ?? []).some((row) => cells[row] === null))
        frame.steps.push(`rows whose ${name} is known kept (${frame.rows.length} of ${before})`);
      // "the proportion of male applicants among those whose Gender is known": the rest still picks rows.
      return { rest: sentence.replace(found[0], ' ') };
    },
  },
  {
    name: 'rows with missing values dropped',
    apply: (frame, whole, text) => {
      // The clause that drops ("Remove every quote from Remark; a 'n/k' is missing" drops no rows).
      const ordered = statedFillOrder(whole) !== undefined;
      // "Drop the rows whose Depth is missing, then scale Time": the clause before "then" drops.
      const sentence = whole
        .split(ordered ? STEP_CLAUSES : /\s*(?:;|,?\s*\bthen\b)\s*/i)
        .find(
          (clause) =>
            MISSING.test(clause) && (DROP.test(clause) || IGNORED_ROWS.test(clause)) && !FILL.test(clause),
        );
      if (!sentence || (FILL.test(whole) && !ordered)) return;
      let targets = named(frame, sentence);
      if (targets.length === 0) {
        // "in any column", "dropna()", "rows with any missing values": every column.
        if (
          /\bany (?:of the )?(?:columns?|fields?|variables?)\b|\bdropna\(\)|\bany (?:missing|null|NaN|empty) (?:values?|cells?|entries|data)\b/i.test(
            sentence,
          )
        )
          targets = columnNames(frame);
        // "Drop the rows with missing values", "Ignore rows with missing values": listwise, over the
        // columns the rest of the text names (a share of rows then has no row missing them in its base).
        else if (ROWS_WITH_MISSING.test(sentence) && LEAVING_OUT.test(sentence))
          targets = named(frame, text.replace(sentence, ' '));
        if (targets.length === 0) return;
      }
      const columns = targets.map((name) => cellsOf(frame, name));
      const before = frame.rows;
      frame.rows = frame.rows.filter((row) => columns.every((cells) => cells[row] !== null));
      if (frame.rows.length !== before.length) {
        frame.steps.push(`rows with a missing ${targets.join(' or ')} dropped (${frame.rows.length} left)`);
        recordMissingDrop(frame, targets, before);
      }
    },
  },
  {
    // "Leave out the days with no Close price, then …": the rows whose one named column has no
    // value. Read only on a column that has missing cells and no zeros, where "no" cannot mean 0.
    name: 'rows with no value left out',
    apply: (frame, sentence) => {
      const found = NO_VALUE_LEFT_OUT.exec(sentence);
      if (!found) return;
      const targets = named(frame, found[1]!);
      if (targets.length !== 1) return;
      const name = targets[0]!;
      const cells = cellsOf(frame, name);
      if (!frame.rows.some((row) => cells[row] === null) || frame.rows.some((row) => cells[row] === 0))
        return;
      const before = frame.rows;
      frame.rows = frame.rows.filter((row) => cells[row] !== null);
      frame.steps.push(`rows with a missing ${name} dropped (${frame.rows.length} left)`);
      recordMissingDrop(frame, [name], before);
      return { rest: sentence.replace(found[0], ' ') };
    },
  },
  {
    name: 'min-max or z-score scaling',
    apply: (frame, sentence, text) => {
      const MIN_MAX = /min[- ]?max|scal\w* (?:\w+ )?(?:to|between|into) (?:the )?(?:range )?\[?\(?0\b/i;
      // "convert Flow to z-scores" makes them the column's values, unless the z-scores only pick
      // rows to remove ("convert the flows to z-scores and remove … above 3 as outliers").
      const Z_SCORE = /outlier/i.test(sentence)
        ? /\b(standardi[sz]\w*|z-?score (?:normali[sz]\w*|scal\w*|standardi[sz]\w*)|standard ?scaler)\b/i
        : /\b(standardi[sz]\w*|z-?score (?:normali[sz]\w*|scal\w*|standardi[sz]\w*)|standard ?scaler|convert\w* [^.;]{1,40}? to z-?scores)\b/i;
      const minMax = MIN_MAX.test(sentence);
      const zScore = !minMax && Z_SCORE.test(sentence);
      if (!minMax && !zScore) return;
      // "Drop the rows whose depth is unknown, then standardize "Flow"": the scaling clause's own
      // columns, when it names some; the other clause's columns are no part of it.
      const clause = sentence
        .split(/\s*(?:;|,?\s*\bthen\b)\s*/i)
        .find((part) => (minMax ? MIN_MAX : Z_SCORE).test(part));
      // "min-max scaling" names the method, not a min_… or max_… column.
      const methodless = (part: string) => part.replace(/\bmin[- ]?max\b/gi, ' ');
      const clauseColumns = clause
        ? named(frame, methodless(clause)).filter((item) => isNumericColumn(frame, item))
        : [];
      const done = scaledColumns.get(frame) ?? new Set<string>();
      scaledColumns.set(frame, done);
      const population = /scaler|sklearn|scikit|ddof\s*=\s*0|population/i.test(sentence);
      const newName = NEW_NAME.exec(sentence)?.[1];
      // "Drop the rows whose depth is unknown, then standardize Flow": the statistics of the rows kept,
      // when the text drops rows on missing cells before it scales; else of every row.
      const dropsFirst = droppedBefore(text, sentence, minMax ? MIN_MAX : Z_SCORE);
      const targets =
        clauseColumns.length > 0
          ? clauseColumns
          : named(frame, methodless(sentence)).filter((item) => isNumericColumn(frame, item));
      for (const name of targets) {
        if (done.has(name)) continue;
        done.add(name);
        const cells = cellsOf(frame, name);
        const { values } = numbersOf(frame, name, dropsFirst ? [...frame.rows] : cells.map((_, row) => row));
        if (values.length < 2) continue;
        const low = Math.min(...values);
        const high = Math.max(...values);
        const m = mean(values);
        const n = values.length;
        const sd = Math.sqrt(population ? (variance(values) * (n - 1)) / n : variance(values));
        const scaled = cells.map((cell) => {
          if (typeof cell !== 'number') return null;
          if (minMax) return high > low ? (cell - low) / (high - low) : 0;
          return sd > 0 ? (cell - m) / sd : 0;
        });
        const target = newName ?? name;
        if (!newName) scaledInPlace.set(frame, [...(scaledInPlace.get(frame) ?? []), name]);
        setColumn(
          frame,
          target,
          scaled,
          minMax
            ? `${target} = (${name} − ${low}) / (${high} − ${low})`
            : `${target} = (${name} − mean) / ${population ? 'population' : 'sample'} standard deviation${dropsFirst ? `, of the ${values.length} values kept` : ''}`,
        );
        if (newName) break;
      }
    },
  },
  {
    name: 'log or square-root transform',
    apply: (frame, sentence, text) => {
      const log = LOG.exec(sentence);
      const root = ROOT.test(sentence);
      if (
        (!log && !root) ||
        !/\b(transform\w*|apply|take|new (?:column|feature)|log1p|convert\w*)\b/i.test(sentence)
      )
        return;
      // "Apply a log transformation to Fare. … Use the natural logarithm of (Fare + 1)": every
      // sentence on the transform tells how it is done, and it is done once.
      const details = sentencesOf(text)
        .filter((other) => LOG.test(other) || ROOT.test(other))
        .join(' ');
      const plusOne = /log1p|log\s*\(\s*1\s*\+|\+\s*1\b|plus one/i.test(details);
      const base10 = /\blog(?:arithm)?\s*(?:base\s*)?10\b|log10|common log/i.test(details);
      const base2 = !base10 && /\blog(?:arithm)?\s*(?:base\s*)?2\b|log2|binary log/i.test(details);
      const newName = NEW_NAME.exec(sentence)?.[1];
      const done = transformedColumns.get(frame) ?? new Set<string>();
      transformedColumns.set(frame, done);
      for (const name of named(frame, sentence).filter((item) => isNumericColumn(frame, item))) {
        if (done.has(name)) continue;
        done.add(name);
        const cells = cellsOf(frame, name);
        const target = newName ?? name;
        const fn = root
          ? Math.sqrt
          : (value: number) => {
              const x = plusOne ? value + 1 : value;
              return base10 ? Math.log10(x) : base2 ? Math.log2(x) : Math.log(x);
            };
        setColumn(
          frame,
          target,
          cells.map((cell) => {
            if (typeof cell !== 'number') return null;
            const value = fn(cell);
            return Number.isFinite(value) ? value : null;
          }),
          `${target} = ${root ? 'sqrt' : base10 ? 'log10' : base2 ? 'log2' : 'ln'}(${name}${plusOne && !root ? ' + 1' : ''})`,
        );
        if (newName) break;
      }
    },
  },
  {
    name: 'duplicate rows dropped',
    apply: (frame, sentence) => {
      if (
        !/\b(drop|remov|delet|eliminat|exclud)\w*\b[^.]{0,40}\bduplicat\w*|\bdrop_duplicates\b|\bde-?duplicat\w*/i.test(
          sentence,
        )
      )
        return;
      const columns = named(frame, sentence);
      const keys = (columns.length ? columns : columnNames(frame)).map((name) => cellsOf(frame, name));
      const seen = new Set<string>();
      const before = frame.rows.length;
      frame.rows = frame.rows.filter((row) => {
        const key = JSON.stringify(keys.map((cells) => cells[row] ?? null));
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      frame.steps.push(`duplicate rows dropped (${before - frame.rows.length}; ${frame.rows.length} left)`);
    },
  },
  {
    name: 'text cleaned',
    // "Strip whitespace and convert product names to lower case": the named text columns, cleaned
    // in place the way str.strip() and str.lower() do before values are compared or counted.
    apply: (frame, sentence) => {
      const lower = /\blower[- ]?case(?:d)?\b|\b(?:str\.)?lower\(\)/i.test(sentence);
      const upper = !lower && /\bupper[- ]?case(?:d)?\b|\b(?:str\.)?upper\(\)/i.test(sentence);
      const strip =
        /\b(?:strip|trim)\w*\b[^.;]{0,40}?\b(?:white ?space|spaces?|blanks?)\b|\b(?:str\.)?strip\(\)|\b(?:leading|trailing) (?:and (?:leading|trailing) )?(?:white ?)?spaces?\b/i.test(
          sentence,
        );
      if (!lower && !upper && !strip) return;
      for (const name of named(frame, sentence)) {
        const cells = cellsOf(frame, name);
        const texts = cells.filter((cell) => typeof cell === 'string').length;
        if (texts === 0 || texts < cells.filter((cell) => cell !== null).length / 2) continue;
        const clean = (cell: string) => {
          const trimmed = strip ? cell.trim() : cell;
          return lower ? trimmed.toLowerCase() : upper ? trimmed.toUpperCase() : trimmed;
        };
        setColumn(
          frame,
          name,
          cells.map((cell) => (typeof cell === 'string' ? clean(cell) : cell)),
          `${name} ${[strip ? 'stripped of surrounding spaces' : '', lower ? 'in lower case' : upper ? 'in upper case' : ''].filter(Boolean).join(' and ')}`,
        );
      }
    },
  },
  {
    name: 'date parts',
    apply: (frame, sentence) => {
      // "Extract the month", "take the weekday of every order date", "take the hour (24-hour clock) from".
      const part =
        /\bextract\w* (?:the )?(year|month|day of (?:the )?week|weekday|day|hour)\b/i.exec(sentence) ??
        /\b(?:take|taking|get|getting)\s+(?:the\s+)?(year|month|day of (?:the )?week|weekday|hour)(?:\s+(?:name|number))?(?:\s+\((?:\d+\s+(?:to|-|through)\s+\d+|\d+-hour clock)\))?\s+(?:of|from)\s+(?:["“]|(?=\w))/i.exec(
          sentence,
        ) ??
        // "Create a day-of-week feature from the Date column".
        /\b(?:create|add|make|derive|build)\w*\s+(?:a|an|the)\s+(?:new\s+)?(year|month|day[- ]of[- ](?:the[- ])?week|weekday|hour)\s+(?:feature|column|variable)\b/i.exec(
          sentence,
        ) ??
        // "create a feature \"Year\" from the \"Date\" column": the feature named by the part it holds.
        /\b(?:create|add|make|derive|build)\w*\s+(?:a|an|the)\s+(?:new\s+)?(?:feature|column|variable)\s+(?:(?:called|named)\s+)?["'“‘`](year|month|day[- ]of[- ](?:the[- ])?week|weekday|hour)["'”’`]\s+(?:from|of)\b/i.exec(
          sentence,
        );
      if (!part) return;
      const source = named(frame, sentence).find((name) =>
        cellsOf(frame, name).some((cell) => typeof cell === 'string' && !Number.isNaN(Date.parse(cell))),
      );
      if (!source) return;
      const kind = part[1]!.toLowerCase().replace(/-/g, ' ');
      const target =
        NEW_NAME.exec(sentence)?.[1] ??
        (kind.startsWith('day of') ? 'Weekday' : kind[0]!.toUpperCase() + kind.slice(1));
      if (frame.derived.has(target)) return;
      const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
      const parts = dateParts.get(frame) ?? new Map<string, DatePart>();
      dateParts.set(frame, parts.set(target, { part: kind.startsWith('day of') ? 'weekday' : kind, source }));
      setColumn(
        frame,
        target,
        cellsOf(frame, source).map((cell) => {
          if (typeof cell !== 'string') return null;
          // Dates are read as written (no time zone shift): "2018-01-26" is 26 January.
          const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(cell) ? `${cell}T00:00:00Z` : cell);
          if (Number.isNaN(time)) {
            // "Apr 4–6, Apr 9": a cell of listed days gives the month and day of its first date.
            const listed = firstListedDate(cell);
            return kind === 'month' ? (listed?.month ?? null) : kind === 'day' ? (listed?.day ?? null) : null;
          }
          const date = new Date(time);
          const utc = /^\d{4}-\d{2}-\d{2}/.test(cell) || /Z|[+-]\d{2}:?\d{2}$/.test(cell);
          const get = (local: () => number, universal: () => number) => (utc ? universal() : local());
          if (kind === 'year')
            return get(
              () => date.getFullYear(),
              () => date.getUTCFullYear(),
            );
          if (kind === 'month')
            return (
              get(
                () => date.getMonth(),
                () => date.getUTCMonth(),
              ) + 1
            );
          if (kind === 'day')
            return get(
              () => date.getDate(),
              () => date.getUTCDate(),
            );
          if (kind === 'hour')
            return get(
              () => date.getHours(),
              () => date.getUTCHours(),
            );
          return days[
            get(
              () => date.getDay(),
              () => date.getUTCDay(),
            )
          ]!;
        }),
        `${target} = the ${kind} of ${source}`,
      );
    },
  },
  {
    // "Group the albums by decade", "take the decade of its year": a label column of decades.
    name: 'decade of a year',
    apply: (frame, sentence, text) => {
      const made = decadeColumn(frame, sentence, text);
      if (!made) return;
      const parts = dateParts.get(frame) ?? new Map<string, DatePart>();
      dateParts.set(frame, parts.set(made.name, { part: 'decade', source: made.source }));
      setColumn(frame, made.name, made.cells, made.step);
      // "…on 8 May 1990, and which decade has the most?": the rest of the sentence still picks rows.
      return { rest: sentence.replace(made.read, ' ') };
    },
  },
  {
    name: 'label encoding',
    apply: (frame, sentence) => {
      if (!/\b(label[- ]encod\w*|encod\w*)\b/i.test(sentence) || /one[- ]hot|dummy/i.test(sentence)) return;
      for (const name of named(frame, sentence)) {
        if (isNumericColumn(frame, name)) continue;
        const cells = cellsOf(frame, name);
        const values = [...new Set(cells.filter((cell) => cell !== null).map(String))].sort();
        if (values.length < 2 || values.length > 50) continue;
        const mapping = new Map<string, number>();
        for (const value of values) {
          const escaped = escapeRegExp(value);
          const stated = new RegExp(
            `["'“‘]?\\b${escaped}\\b["'”’]?\\s+(?:is|as|=|->|→|to|becomes|will be)?\\s*(?:coded|encoded|mapped|represented|labell?ed)?\\s*(?:as|to|by|with)?\\s*(-?\\d+)\\b`,
            'i',
          ).exec(sentence);
          if (stated) mapping.set(value, Number(stated[1]));
        }
        const code =
          mapping.size === values.length ? mapping : new Map(values.map((value, index) => [value, index]));
        encodedColumns.set(frame, (encodedColumns.get(frame) ?? new Set<string>()).add(name));
        setColumn(
          frame,
          name,
          cells.map((cell) => (cell === null ? null : (code.get(String(cell)) ?? null))),
          `${name} encoded: ${[...code.entries()].map(([value, number]) => `${value} → ${number}`).join(', ')}`,
        );
      }
    },
  },
  {
    name: 'titles from names',
    apply: (frame, sentence, text) => {
      if (!/\btitles?\b/i.test(sentence) || !/\b(extract\w*|from)\b/i.test(sentence)) return;
      const source = named(frame, sentence).find(
        (name) =>
          !isNumericColumn(frame, name) &&
          !/title/i.test(name) &&
          cellsOf(frame, name).some((cell) => typeof cell === 'string' && /\s[A-Za-z]+\.(\s|$)/.test(cell)),
      );
      if (!source) return;
      const target = NEW_NAME.exec(text)?.[1] ?? 'Title';
      if (frame.derived.has(target)) return;
      let titles: Cell[] = cellsOf(frame, source).map((cell) =>
        typeof cell === 'string' ? (/\s([A-Za-z]+)\./.exec(cell)?.[1] ?? null) : null,
      );
      // "Titles other than 'Mr.', 'Mrs.' and 'Miss.' become 'Other'."
      const other =
        /\b(?:others?|rest|remaining|all other)\b[^;\n]{0,120}?\b(?:with|as|to|into|under)\s+["'“‘]([A-Za-z ]+)["'”’]/i.exec(
          text,
        ) ??
        /["'“‘]([A-Za-z ]+)["'”’]\s+(?:for|category for)\s+(?:all\s+)?(?:the\s+)?(?:others?|rest|remaining)/i.exec(
          text,
        );
      let note = '';
      if (other) {
        const seen = new Set(titles.filter((title) => title !== null).map(String));
        const kept = [...text.matchAll(/["'“‘]([A-Za-z]+)\.?["'”’]/g)]
          .map((match) => match[1]!)
          .filter((word) => seen.has(word));
        if (kept.length > 0) {
          titles = titles.map((title) =>
            title === null || kept.includes(String(title)) ? title : other[1]!,
          );
          note = `, other than ${kept.join(', ')} written ${other[1]}`;
        }
      }
      setColumn(frame, target, titles, `${target} = the title before the first period in ${source}${note}`);
      return other?.[0];
    },
  },
  {
    name: 'rolling window',
    apply: (frame, sentence, text) => {
      const window = rollingWindow(sentence, text);
      if (!window || frame.derived.has(window.name)) return;
      // The column after the phrase ("a 7-day rolling mean of Close"), else before it ("smooth Share with
      // a 5-year rolling mean"); never one the phrase's own unit names ("5-year" is no Year column).
      const numeric = (name: string) => isNumericColumn(frame, name) && !frame.derived.has(name);
      // A sentence naming none ("the rolling average of the closing price") takes the one the text names.
      const inText = named(frame, text).filter(numeric);
      const source =
        named(frame, sentence.slice(window.at + window.length)).find(numeric) ??
        named(frame, sentence.slice(0, window.at)).find(numeric) ??
        (inText.length === 1 ? inText[0] : undefined);
      if (!source) return;
      const date = sortByDateIfAsked(frame, text);
      const cells = cellsOf(frame, source);
      const rolled: Cell[] = cells.map(() => null);
      // A totals row at the foot is no period of the series.
      const totals = totalsRows(frame);
      const order = frame.rows.filter((row) => !totals.has(row));
      for (let k = window.size - 1; k < order.length; k++) {
        const values = order.slice(k - window.size + 1, k + 1).map((row) => cells[row]);
        // pandas rolling: a window holding a missing value gives no value.
        if (!values.every((value) => typeof value === 'number')) continue;
        rolled[order[k]!] = ROLLING_FNS[window.fn](values as number[]);
      }
      setColumn(
        frame,
        window.name,
        rolled,
        `${window.name} = ${window.fn} of ${source} over a rolling window of ${window.size} rows${date ? ` in ${date} order` : ''} (none for the first ${window.size - 1}${totals.size ? '; the totals row left out' : ''})`,
      );
      // "the 7-day rolling mean of Close on 2031-03-14": the day still picks the row it is read on.
      return { rest: sentence.replace(sentence.slice(window.at, window.at + window.length), ' ') };
    },
  },
  {
    name: 'cumulative sum',
    apply: (frame, sentence, text) => {
      const match = CUMULATIVE.exec(sentence);
      if (!match) return;
      const name = `${match[1]!.toLowerCase()} ${match[2]!.toLowerCase()}`;
      // "Compute the cumulative sum of X. What is the cumulative total at 1990?": a later sentence's
      // running total is the one already made, not one of another column named near it.
      if ([...frame.derived.keys()].some((made) => CUMULATIVE.test(made))) return;
      const source = named(frame, sentence.slice(match.index)).find(
        (column) => isNumericColumn(frame, column) && !frame.derived.has(column),
      );
      if (!source) return;
      const date = sortByDateIfAsked(frame, text);
      const cells = cellsOf(frame, source);
      const summed: Cell[] = cells.map(() => null);
      const totals = totalsRows(frame);
      // pandas cumsum: a missing cell stays missing and the sum runs on past it.
      let running = 0;
      for (const row of frame.rows.filter((item) => !totals.has(item))) {
        const cell = cells[row];
        if (typeof cell !== 'number') continue;
        running += cell;
        summed[row] = running;
      }
      setColumn(
        frame,
        name,
        summed,
        `${name} = ${source} added up row by row${date ? ` in ${date} order` : ' in table order'}${totals.size ? ' (the totals row left out)' : ''}`,
      );
    },
  },
  {
    // "a running count of the weeks whose Outcome is "Won"": the sentence's condition makes the column, it keeps every row.
    name: 'running count',
    apply: (frame, sentence, text) => {
      const made = runningCount(frame, sentence, text);
      if (made) setColumn(frame, made.name, made.cells, made.step);
      else if (restatesRunningCount(frame, sentence)) return sentence;
    },
  },
  {
    name: 'binning',
    apply: (frame, sentence, text) => {
      if (
        !/\b(bins?|binn\w*|groups?|categor\w*|buckets?|intervals?|segments?|ranges?|brackets?|bands?|decades|centuries|discreti[sz]\w*|cut)\b/i.test(
          sentence,
        )
      )
        return;
      // A column of the table, or a new one an earlier step computed ("the margin" as a difference).
      const tableColumns = new Set(frame.table.columns.map((column) => column.name));
      const numeric = (phrase: string) =>
        named(frame, phrase).find(
          (name) => isNumericColumn(frame, name) && (!frame.derived.has(name) || !tableColumns.has(name)),
        );
      // "Bin the shifts by Minutes into …": the column after "by" is the one binned.
      const by = /\bby (?:the |its |their )?([^,.;]{1,60}?)\s+(?:into|in|as)\b/i.exec(sentence);
      // "Bin it: …" right after a step made a column: the pronoun is that column.
      const made = [...frame.derived.keys()].at(-1);
      const pronoun =
        /\b(?:bin|group|cut|discreti[sz]e|bucket)\s+(?:it|them|this|these)\b/i.test(sentence) &&
        made !== undefined &&
        isNumericColumn(frame, made)
          ? made
          : undefined;
      // "four quartile bins of review_count and the mean X of …": the column the bins are "of".
      const of =
        /\b(?:bins|groups|quantiles|quartiles|quintiles|deciles|intervals|categories|buckets)\s+(?:of|on|based on|for)\s+(?:the\s+)?([^,.;]{1,60}?)(?=\s+(?:and|with|into|using)\b|[,.;]|$)/i.exec(
          sentence,
        );
      // "The start year is the first four digits of Year. The decades are 1990 to 1999 and 2000 to 2009.":
      // a list of bands that names no column bins the one a step made, when no table column is numeric there.
      const listed =
        made !== undefined &&
        !tableColumns.has(made) &&
        isNumericColumn(frame, made) &&
        named(frame, sentence).length === 0 &&
        unlabelledBands(sentence, readRange) !== undefined
          ? made
          : undefined;
      const source =
        (by && numeric(by[1]!)) ??
        (of && numeric(of[1]!)) ??
        pronoun ??
        numeric(sentence) ??
        binnedElsewhere(sentence, text, numeric) ??
        listed;
      if (!source) return;
      const target = NEW_NAME.exec(sentence)?.[1] ?? NEW_NAME.exec(text)?.[1] ?? `${source} group`;
      if (frame.derived.has(target)) return;
      const cells = cellsOf(frame, source);
      const { values } = numbersOf(
        frame,
        source,
        cells.map((_, row) => row),
      );
      if (values.length === 0) return;
      const labelsHere = [
        ...sentence.matchAll(/["'“‘]((?:[A-Za-z]|\d+(?:s|st|nd|rd|th)\b)[^"'”’]{0,30})["'”’]/g),
      ].map((match) => match[1]!);
      // "Bin X into 'a', 'b' and 'c'." with each label's range in a sentence of its own.
      const elsewhere = statedRanges(text.replace(sentence, ' '));
      const unreadHere: string[] = [];
      const here = statedRanges(sentence, unreadHere);
      // "'near' for 1 to 2, 'far' for 7 or more often": a label whose range did not read would count no rows.
      if (here.length >= 2 && unreadHere.length > 0) {
        frame.unread.push(`the range of ${unreadHere.map((label) => `'${label}'`).join(', ')}`);
        return;
      }
      const count =
        /\b(?:into|in|with|create|using)\s+(\w+)\s+(?:equal[- ](?:width|sized?|length)\s+|equally[- ]spaced\s+|(?:quantile|quartile|quintile|decile)(?:[- ]based)?\s+|equal[- ]frequency\s+)?(?:bins|intervals|groups|categories|buckets|quantiles|segments)\b/i.exec(
          sentence,
        );
      const stated =
        here.length >= 2
          ? here
          : (labelsHere.length >= 2 &&
                elsewhere.length === labelsHere.length &&
                labelsHere.every((label) => elsewhere.some((range) => range.label === label))) ||
              rangesForCount(sentence, count?.[1], labelsHere, elsewhere)
            ? elsewhere
            : [];
      // The sentence the ranges came from defines values; its labels pick no rows.
      const read = stated === elsewhere ? elsewhere[0]!.words : undefined;
      const quoted = [...sentence.matchAll(/["'“‘]([^"'”’\d][^"'”’]{0,30})["'”’]/g)]
        .map((match) => match[1]!)
        .filter((label) => !columnNames(frame).includes(label) && label !== target);
      const labels = quoted.length > 0 ? quoted : listedLabels(sentence);
      if (stated.length >= 2) {
        setColumn(
          frame,
          target,
          cells.map((cell) => {
            if (typeof cell !== 'number') return null;
            return rangeOf(stated, cell)?.label ?? null;
          }),
          `${target} = ${source} in ${stated.map((range) => `${range.label} (${range.words})`).join(', ')}`,
        );
        return read;
      }
      const fixed = statedEdges(sentence);
      // "Sort the rows into bands by Amount." with "The bands are: below 100; 100 to 299; 300 or more.":
      // bands listed by their ranges alone, here or in one other sentence, named by their words.
      // Labelled ranges another sentence states ("'Low' (below 10), 'High' (10 and above)") name the bands instead.
      const banded =
        stated.length < 2 && elsewhere.length < 2 && labelsHere.length === 0 && !fixed
          ? listedBands(sentence, text)
          : undefined;
      if (banded) {
        const names = banded.bands.map((band) => band.label);
        setColumn(
          frame,
          target,
          cells.map((cell) =>
            typeof cell === 'number' ? (bandOf(banded.bands, cell)?.label ?? null) : null,
          ),
          `${target} = ${source} in the bands ${names.join('; ')} (as stated)`,
        );
        binOrders.set(frame, (binOrders.get(frame) ?? new Map()).set(target, { names, source }));
        return banded.read;
      }
      // "using the bins [0, 12, 19]": a word before "bins" that is no number counts nothing.
      const n = count ? (numberWord(count[1]!.toLowerCase()) ?? Number(count[1])) : undefined;
      if (fixed && !n) {
        const right =
          !/\bleft[- ](?:inclusive|closed)\b|\bright\s*=\s*false\b|\bright[- ]exclusive\b/i.test(sentence) &&
          // Intervals written "[0, 12), [12, 18)" close on the left.
          !/\[\s*-?\d+(?:\.\d+)?\s*,\s*-?\d+(?:\.\d+)?\s*\)/.test(sentence);
        // Labels listed with the edges ("into 'Small', 'Medium' and 'Large' using the bins [0, 5, 15, 40]",
        // "labels=['low', 'high']") name the bins in order, when there is one label a bin.
        const intervals = fixed
          .slice(1)
          .map((edge, k) => (right ? `(${fixed[k]}, ${edge}]` : `[${fixed[k]}, ${edge})`));
        const clauses = labels.length === 0 ? clauseLabels(sentence, fixed) : [];
        const labelled = labels.length === intervals.length || clauses.length === intervals.length;
        const names = labels.length === intervals.length ? labels : labelled ? clauses : intervals;
        setColumn(
          frame,
          target,
          cells.map((cell) => {
            if (typeof cell !== 'number') return null;
            // pandas.cut: a value on no interval (below the first edge, or on it when right-closed) gets none.
            const bin = fixed.findIndex(
              (edge, k) =>
                k > 0 &&
                (right ? cell > fixed[k - 1]! && cell <= edge : cell >= fixed[k - 1]! && cell < edge),
            );
            return bin > 0 ? names[bin - 1]! : null;
          }),
          `${target} = ${source} in the bins ${labelled ? names.map((name, k) => `${name} ${intervals[k]}`).join(', ') : names.join(', ')} (fixed as stated)`,
        );
        binOrders.set(frame, (binOrders.get(frame) ?? new Map()).set(target, { names, source }));
        return;
      }
      if (!n || !Number.isInteger(n) || n < 2 || n > 100) return;
      // "into three groups. … Use pd.cut with the edges [0, 18, 60, 100]": the edges stated make the bins.
      if (sentencesOf(text).some((other) => other !== sentence && statedEdges(other) !== undefined)) return;
      const byQuantile = /quantile|quartile|qcut|equal[- ]frequency|equal number/i.test(sentence);
      const low = Math.min(...values);
      const high = Math.max(...values);
      const edges = byQuantile
        ? Array.from({ length: n + 1 }, (_, k) => quantile(values, k / n))
        : Array.from({ length: n + 1 }, (_, k) => low + ((high - low) * k) / n);
      const names =
        labels.length === n
          ? labels
          : edges
              .slice(1)
              .map((edge, k) => `(${Number(edges[k]!.toPrecision(6))}, ${Number(edge.toPrecision(6))}]`);
      setColumn(
        frame,
        target,
        cells.map((cell) => {
          if (typeof cell !== 'number') return null;
          // pandas cut/qcut: right-closed bins, the lowest edge included.
          const bin = edges.findIndex((edge, k) => k > 0 && cell <= edge);
          return names[Math.max(0, bin - 1)] ?? null;
        }),
        `${target} = ${source} in ${n} ${byQuantile ? 'quantile' : 'equal-width'} bins: ${names.join(', ')}`,
      );
      binOrders.set(frame, (binOrders.get(frame) ?? new Map()).set(target, { names, source }));
    },
  },
];

const scaledColumns = new WeakMap<Frame, Set<string>>();
/** Columns scaled in place (no new name), by frame, in order. */
const scaledInPlace = new WeakMap<Frame, string[]>();

/** The text with "the scaled values" written as the one column a step scaled in place, when one did. */
export function withScaledColumnNamed(frame: Frame, text: string): string {
  const scaled = scaledInPlace.get(frame) ?? [];
  return scaled.length === 1 ? withScaledColumnWords(frame, text, scaled[0]!) : text;
}
/** Columns a log or root transform changed, by frame: a second sentence on it does not repeat it. */
const transformedColumns = new WeakMap<Frame, Set<string>>();
const LOG =
  /\b(?:natural )?log(?:10|2)?(?:arithm(?:ic)?)?(?:[- ]transform\w*| transformation)?\b|\bln\b|log1p/i;
const ROOT = /\bsquare[- ]root\b|\bsqrt\b/i;

/** Columns a label-encoding step coded as numbers, by frame. */
const encodedColumns = new WeakMap<Frame, Set<string>>();

/** The columns the question's steps label encoded. */
export function labelEncoded(frame: Frame): readonly string[] {
  return [...(encodedColumns.get(frame) ?? [])];
}

/** The bins a binning step made, by frame and column: their labels lowest first, and the column binned. */
type Bins = { readonly names: readonly string[]; readonly source: string };
const binOrders = new WeakMap<Frame, Map<string, Bins>>();

/** The bins a step made in `name`; undefined for any other column. */
export function binsOf(frame: Frame, name: string): Bins | undefined {
  return binOrders.get(frame)?.get(name);
}

/**
 * Labels listed unquoted after "labels" or "labelled" ("labelled Tiny, Small, Medium and Large",
 * "the labels low, medium, high"): two or more single words, in order.
 */
export function listedLabels(sentence: string): string[] {
  // "labelled small, medium and extra large." — a list that closes the sentence may hold labels of two
  // or three words; a word like "for" or "with" ends a label list, so such a list is read word by word.
  const closing =
    /\b(?:labels?|labell?ed|named)\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}(?:\s*,\s*(?:and\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}|\s+and\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})+)\s*(?:[.;\n]|$)/i.exec(
      sentence,
    );
  const several = (closing?.[1] ?? '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  if (
    several.some((label) => label.includes(' ')) &&
    !several.some((label) =>
      label
        .split(/\s+/)
        .some((word) =>
          /^(?:the|a|an|as|by|in|of|with|using|for|each|to|into|from|bins?|groups?)$/i.test(word),
        ),
    )
  )
    return several;
  const match =
    /\b(?:labels?|labell?ed|named)\s*(?:=\s*)?\[?\s*([A-Za-z][\w-]*(?:\s*,\s*(?:and\s+)?[A-Za-z][\w-]*|\s+and\s+[A-Za-z][\w-]*)+)/i.exec(
      sentence,
    );
  if (!match) return [];
  const labels = match[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  return labels.some((label) => /^(?:the|a|an|as|by|in|of|with|using)$/i.test(label)) ? [] : labels;
}

/**
 * Unquoted labels each opening a clause that says its range, in the order of the stated edges:
 * "child is an Age up to 12, teen is 13 to 17, adult is 18 and over (pandas.cut with the edges 0,
 * 12, 17 and 100)" → child, teen, adult. Each clause's first number must lie on its bin (ends
 * included), or none is read.
 */
function clauseLabels(sentence: string, edges: readonly number[]): string[] {
  const clauses = [
    ...sentence.matchAll(
      /(?:^|[:,;]\s*|\band\s+)([a-z][\w-]*)\s+(?:is|are)\s+([^,;()]*?\d[^,;()]*?)(?=\s*(?:,|;|\(|\.(?:\s|$)|$))/gi,
    ),
  ].filter((match) => !FUNCTION_WORDS.has(match[1]!.toLowerCase()));
  if (clauses.length !== edges.length - 1) return [];
  const fits = clauses.every((match, k) => {
    const first = Number(/-?\d+(?:\.\d+)?/.exec(match[2]!)?.[0]);
    return Number.isFinite(first) && first >= edges[k]! && first <= edges[k + 1]!;
  });
  return fits ? clauses.map((match) => match[1]!) : [];
}

/**
 * The bands a binning sentence lists by their ranges alone, or else the one other sentence of the text
 * that lists them, as many as the sentence counts ("into three bands") when it counts them; with the
 * other sentence, read as defining the bands.
 */
function listedBands(sentence: string, text: string): { bands: Band[]; read?: string } | undefined {
  const own = unlabelledBands(sentence, readRange);
  if (own) return { bands: own };
  const others = sentencesOf(text)
    .filter((other) => other !== sentence)
    .map((other) => ({ other, bands: unlabelledBands(other, readRange) }))
    .filter((item): item is { other: string; bands: Band[] } => item.bands !== undefined);
  if (others.length !== 1) return undefined;
  const counted =
    /\b(?:into|in)\s+(\w+)\s+(?:bins|intervals|groups|categories|buckets|segments|bands|brackets)\b/i.exec(
      sentence,
    );
  const n = counted ? (numberWord(counted[1]!.toLowerCase()) ?? Number(counted[1])) : undefined;
  if (n !== undefined && n !== others[0]!.bands.length) return undefined;
  return { bands: others[0]!.bands, read: others[0]!.other };
}

/**
 * "Bin X into three groups." with "The groups are 'short' (below 10), 'medium' (10 to 30) and 'long'
 * (above 30)." in another sentence: a count of groups and no labels or edges of its own, where the
 * other sentences state as many labelled ranges as the groups counted, and no more.
 */
function rangesForCount(
  sentence: string,
  counted: string | undefined,
  labelsHere: readonly string[],
  elsewhere: readonly StatedRange[],
): boolean {
  if (counted === undefined || labelsHere.length > 0 || statedEdges(sentence)) return false;
  const n = numberWord(counted.toLowerCase()) ?? Number(counted);
  return Number.isInteger(n) && n >= 2 && elsewhere.length === n;
}

/**
 * The one numeric column the text's other binning sentences name ("Bin the passengers into age
 * groups. … Use the bins (0, 5], (5, 20] …"): the column a sentence of edges alone bins.
 */
function binnedElsewhere(
  sentence: string,
  text: string,
  numeric: (phrase: string) => string | undefined,
): string | undefined {
  if (!statedEdges(sentence)) return undefined;
  const found = new Set(
    sentencesOf(text)
      .filter((other) => other !== sentence && /\b(?:bins?|binn\w*|groups?|categori[sz]\w*)\b/i.test(other))
      .map(numeric)
      .filter((name): name is string => name !== undefined),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/** Columns made of a date's parts (Month, Weekday), by frame, each with its part. */
type DatePart = { readonly part: string; readonly source: string };
const dateParts = new WeakMap<Frame, Map<string, DatePart>>();

/**
 * The years a month-of-year column's dates cover over some rows, when a step made one ("extract
 * the month"); undefined when none was made. Months grouped across years are not calendar months.
 */
export function monthPartYears(frame: Frame, rows: readonly number[]): number | undefined {
  const made = [...(dateParts.get(frame)?.values() ?? [])].find((item) => item.part === 'month');
  if (!made) return undefined;
  const cells = cellsOf(frame, made.source);
  const years = new Set(
    rows.map((row) => {
      const cell = cells[row];
      if (typeof cell !== 'string') return Number.NaN;
      // The year as written (cellDate), as the month step reads "2018-01-26"; other forms as parsed.
      return cellDate(cell)?.year ?? new Date(Date.parse(cell)).getUTCFullYear();
    }),
  );
  return years.size;
}

/** How a text asks for one value per part of a date: "by month", "for each weekday", "monthly". */
const PER_PART: Record<string, string> = {
  year: String.raw`\b(?:by|each|every|per)\s+(?:the\s+)?years?\b|\b(?:yearly|annual)\b`,
  month: String.raw`\b(?:by|each|every|per)\s+(?:the\s+)?months?\b|\bmonthly\b`,
  weekday: String.raw`\b(?:by|each|every|per)\s+(?:the\s+)?(?:week ?days?|days? of (?:the )?week)\b`,
  day: String.raw`\b(?:by|each|every|per)\s+(?:the\s+)?days?\b|\bdaily\b`,
  hour: String.raw`\b(?:by|each|every|per)\s+(?:the\s+)?hours?\b|\bhourly\b`,
};

/**
 * Groupings by a part of a date ("the mean qty by month") that the text asks for after a step made
 * that part, but that no other step or answer used: an answer over all rows would skip them.
 */
export function unusedDateGroupings(frame: Frame, text: string, notes: readonly string[]): string[] {
  const left: string[] = [];
  for (const [name, { part, source }] of dateParts.get(frame) ?? []) {
    const asked = new RegExp(PER_PART[part] ?? '$^', 'i').exec(text);
    if (!asked) continue;
    // "year of Date groups ranked by …": a ranking grouped the rows by that same part of the date.
    const used = notes
      .filter((note) => !note.startsWith(`${name} = the `))
      .some(
        (note) =>
          note.includes(name) ||
          new RegExp(`\\bby ${part}\\b`, 'i').test(note) ||
          note.includes(`${part} of ${source} groups`),
      );
    if (!used) left.push(asked[0]);
  }
  return left;
}

/**
 * A text that asks for a month by its name: "a full month name such as May", "the English month name",
 * a placeholder declared one ('where "month" is the month name'); not a date written with a month name.
 */
export const MONTH_NAME_ASKED =
  /\b(?:(?:full|english)\s+)+month names?\b|\bmonth names?\s+such\s+as\b|["'“][\w ]{1,30}["'”]\s+(?:is|are)\s+(?:the|an?)\s+month names?\b/i;

/**
 * "@month[name] where "name" is a full month name": a slot answered by a month of the year a step
 * made ("extract the month"), whose placeholder the format declares a month's name, takes the
 * English name of the month number; undefined for any other slot or value.
 */
export function monthNameOf(
  frame: Frame,
  columns: readonly string[],
  value: string,
  placeholder: string,
  text: string,
): string | undefined {
  const month = columns.some((name) => dateParts.get(frame)?.get(name)?.part === 'month');
  if (!month || !/^(?:[1-9]|1[0-2])$/.test(value) || placeholder.trim() === '') return undefined;
  // 'where "month" is the three-letter month name': the name's first three letters ("Oct").
  const declared = new RegExp(
    `["'“]${escapeRegExp(placeholder.trim())}["'”]\\s+(?:is|are)\\s+(?:an?\\s+|the\\s+)?((?:(?:full|english|three-letter|short|abbreviated)\\s+)*)month names?\\b`,
    'i',
  ).exec(text);
  if (!declared) return undefined;
  const name = MONTH_NAMES[Number(value) - 1]!;
  return /three-letter|short|abbreviated/i.test(declared[1]!) ? name.slice(0, 3) : name;
}

/** A column a step made of a date's parts ("extract the month"): a label of the rows, not a measure of them. */
export function isDatePart(frame: Frame, name: string): boolean {
  return dateParts.get(frame)?.has(name) ?? false;
}

/** The date column a step made a date part of ("Year" of "Date"); undefined for any other column. */
export function datePartSource(frame: Frame, name: string): string | undefined {
  return dateParts.get(frame)?.get(name)?.source;
}

type RollingFn = 'mean' | 'sum' | 'median' | 'std' | 'max' | 'min';

const ROLLING_FNS: Record<RollingFn, (values: number[]) => number> = {
  mean: (values) => mean(values),
  sum: (values) => values.reduce((a, b) => a + b, 0),
  median: (values) => median(values),
  std: (values) => Math.sqrt(variance(values)),
  max: (values) => Math.max(...values),
  min: (values) => Math.min(...values),
};

const CUMULATIVE = /\b(cumulative|running)[- ](sum|total)\b/i;

/** "In date order": sorts the rows by the table's date column first, and names it. */
function sortByDateIfAsked(frame: Frame, text: string): string | undefined {
  const date =
    /\b(?:in (?:date|chronological|time) order|sort(?:ed|ing)? (?:the (?:rows|records|days|entries) )?by (?:the )?date|chronologically|ordered by (?:the )?date)\b/i.test(
      text,
    )
      ? columnNames(frame).find(
          (name) =>
            cellsOf(frame, name).some(
              (cell) => typeof cell === 'string' && !Number.isNaN(Date.parse(cell)),
            ) && /date|time|day/i.test(name),
        )
      : undefined;
  if (date) {
    const times = cellsOf(frame, date).map((cell) =>
      typeof cell === 'string' ? Date.parse(cell) : Number.NaN,
    );
    frame.rows = [...frame.rows].sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0) || a - b);
  }
  return date;
}

const ROLLING =
  /\b(?:(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)[- ](?:days?|weeks?|months?|years?|rows?|matches|match|games?|periods?|points?|observations?|quarters?|hours?|minutes?|samples?|entries|entry|records?|sessions?)[- ])?(rolling|moving)[- ](average|mean|sum|total|median|standard deviation|std|maximum|max|minimum|min)\b/i;

/**
 * "a 7-day rolling average", "the moving sum … with a window of 3": the window's size and
 * statistic, and the name the question gives it ("rolling average"). Undefined without a size.
 */
export function rollingWindow(
  sentence: string,
  text: string,
): { size: number; fn: RollingFn; name: string; at: number; length: number } | undefined {
  const match = ROLLING.exec(sentence);
  if (!match) return undefined;
  const spoken =
    match[1] ??
    /\bwindow(?: size| length| width)?(?: of| =|:| is)?\s*(\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(
      text,
    )?.[1] ??
    /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)[- ](?:days?|weeks?|months?|rows?|periods?|points?)? ?window\b/i.exec(
      text,
    )?.[1];
  if (!spoken) return undefined;
  const size = /^\d+$/.test(spoken) ? Number(spoken) : numberWord(spoken.toLowerCase());
  if (!size || size < 2 || size > 1000) return undefined;
  const word = match[3]!.toLowerCase();
  const fn: RollingFn =
    word === 'average' || word === 'mean'
      ? 'mean'
      : word === 'sum' || word === 'total'
        ? 'sum'
        : word === 'median'
          ? 'median'
          : word.startsWith('m') && word !== 'median'
            ? word.startsWith('max')
              ? 'max'
              : 'min'
            : 'std';
  return { size, fn, name: `${match[2]!.toLowerCase()} ${word}`, at: match.index, length: match[0].length };
}

type StatedRange = {
  label: string;
  words: string;
  contains: (value: number) => boolean;
  /** Bounds of a closed range written "a-b". */
  low?: number;
  high?: number;
};

/**
 * The stated range a value falls in; a value in the gap between whole-number ranges ("0-12",
 * "13-19": 12.5) goes to the next one up, as pandas.cut with the upper bounds as edges does.
 */
export function rangeOf(ranges: readonly StatedRange[], value: number): StatedRange | undefined {
  const inside = ranges.find((range) => range.contains(value));
  if (inside) return inside;
  const below = ranges.filter((range) => range.high !== undefined && range.high < value);
  const floor = Math.max(...below.map((range) => range.high!));
  return ranges
    .filter((range) => range.low !== undefined && range.low > value && range.low - floor <= 1)
    .sort((a, b) => a.low! - b.low!)[0];
}

const NUMBER = String.raw`(-?\d+(?:,\d{3})*(?:\.\d+)?)`;

/** The lower end of a range with both ends in words: strict ("over 12") or not ("at least 12", "from 12"). */
const LOWER_END = String.raw`(?:(>|over|above|more than|greater than|higher than)|>=|≥|at least|from)`;
/** The upper end: not strict ("up to 19", "to 19", "at most 19") or strict ("below 20", "to below 20", "up to but not including 20"). */
const UPPER_END = String.raw`(?:,\s*)?(?:and\s+)?(?:(below|under|less than|lower than|<|up to but not including|up to but excluding|to (?:below|under|less than))|up to|to|through|at most|<=|≤)`;

/**
 * One range written in words: "0-12", "13 to 19", "less than 20", "60 and above", "> 100",
 * or with both ends in words ("over 12 up to 19", "at least 20 and below 60"). A one-sided
 * range followed by another number ("over 12 but …19") reads nothing rather than half.
 */
export function readRange(words: string): ((value: number) => boolean) | undefined {
  const text = words.replace(/(\d),(\d{3})/g, '$1$2').trim();
  const num = (s: string) => Number(s.replace(/,/g, ''));
  const both = new RegExp(`^${LOWER_END}\\s*${NUMBER}\\s*${UPPER_END}\\s*${NUMBER}`, 'i').exec(text);
  if (both) {
    const a = num(both[2]!);
    const b = num(both[4]!);
    const above = both[1] ? (value: number) => value > a : (value: number) => value >= a;
    return both[3] ? (value) => above(value) && value < b : (value) => above(value) && value <= b;
  }
  const between = new RegExp(`^(?:from |between )?${NUMBER}\\s*(?:-|–|to|and)\\s*${NUMBER}`, 'i').exec(text);
  if (between) {
    const a = num(between[1]!);
    const b = num(between[2]!);
    return (value) => value >= a && value <= b;
  }
  const oneSided = readOneSided(text, num);
  if (oneSided && /\d/.test(text.slice(oneSided.end))) return undefined;
  return oneSided?.contains;
}

/** The one-sided range a text's start states ("under 5", "60 and above"), and where that statement ends. */
function readOneSided(
  text: string,
  num: (s: string) => number,
): { contains: (value: number) => boolean; end: number } | undefined {
  let match: RegExpExecArray | null;
  match = new RegExp(`^(?:<=|≤|at most|up to|less than or equal to)\\s*${NUMBER}`, 'i').exec(text);
  if (match) {
    const a = num(match[1]!);
    return { contains: (value) => value <= a, end: match[0].length };
  }
  match = new RegExp(`^(?:<|less than|under|below|lower than)\\s*${NUMBER}`, 'i').exec(text);
  if (match) {
    const a = num(match[1]!);
    return { contains: (value) => value < a, end: match[0].length };
  }
  match = new RegExp(`^(?:>=|≥|at least)\\s*${NUMBER}`, 'i').exec(text);
  if (match) {
    const a = num(match[1]!);
    return { contains: (value) => value >= a, end: match[0].length };
  }
  match = new RegExp(`^(?:>|greater than|more than|over|above|higher than)\\s*${NUMBER}`, 'i').exec(text);
  if (match) {
    const a = num(match[1]!);
    return { contains: (value) => value > a, end: match[0].length };
  }
  match = new RegExp(
    `^${NUMBER}\\s*(?:\\+|(?:\\w+\\s+){0,2}(?:and|or)\\s+(?:above|over|older|more|higher|greater))`,
    'i',
  ).exec(text);
  if (match) {
    const a = num(match[1]!);
    return { contains: (value) => value >= a, end: match[0].length };
  }
  match = new RegExp(
    `^${NUMBER}\\s*(?:(?:\\w+\\s+){0,2}(?:and|or)\\s+(?:below|under|younger|less|lower))`,
    'i',
  ).exec(text);
  if (match) {
    const a = num(match[1]!);
    return { contains: (value) => value <= a, end: match[0].length };
  }
  return undefined;
}

/**
 * Bin edges a sentence lists: "bins with edges 0, 10, 50 and 100", "edges [0, 18, 65, 120]".
 * A comma followed by a space parts two edges; one followed by three digits is a thousands
 * separator. Undefined unless there are three or more rising edges.
 */
export function statedEdges(sentence: string): number[] | undefined {
  const match =
    /\b(?:bin |cut )?edges?\s*(?:of|at|are|:|=)?\s*\[?\s*(-?\d+(?:,\d{3})*(?:\.\d+)?(?:(?:\s*,\s*|\s*,?\s+and\s+)-?\d+(?:,\d{3})*(?:\.\d+)?)+)\]?/i.exec(
      sentence,
    ) ??
    // "the bins [0, 5, 15, 40, 80]", "bins=[0, 18, 65]": a list in brackets after "bins" lists edges.
    /\bbins\s*(?:of|at|are|:|=)?\s*\[\s*(-?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*,\s*-?\d+(?:,\d{3})*(?:\.\d+)?)+)\s*\]/i.exec(
      sentence,
    );
  if (!match) return intervalEdges(sentence);
  const edges = match[1]!
    .split(/\s*,?\s+and\s+|\s*,\s*(?!\d{3}\b)/)
    .map((item) => Number(item.replace(/,/g, '')));
  if (edges.length < 3 || edges.some((edge) => !Number.isFinite(edge))) return undefined;
  if (edges.some((edge, k) => k > 0 && edge <= edges[k - 1]!)) return undefined;
  return edges;
}

/**
 * Edges written as two or more intervals that meet ("(0, 5], (5, 20], (20, 90]", "[0, 5), [5, 10)"):
 * the first interval's low end, then every high end.
 */
function intervalEdges(sentence: string): number[] | undefined {
  const intervals = [...sentence.matchAll(/[([]\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*[)\]]/g)].map(
    (match) => [Number(match[1]), Number(match[2])] as const,
  );
  if (intervals.length < 2) return undefined;
  if (intervals.some(([low, high], k) => high <= low || (k > 0 && low !== intervals[k - 1]![1])))
    return undefined;
  return [intervals[0]![0], ...intervals.map(([, high]) => high)];
}

/**
 * A quoted label, a few words ("is an Attendance", "a margin of"), then a range up to the next label;
 * a comma before three digits ("5,000") is a thousands separator, not the range's end.
 */
const RUNNING_RANGE =
  /["'“‘]((?:[A-Za-z]|\d+(?:s|st|nd|rd|th)\b)[^"'”’]{0,30})["'”’]\s+(?:(?:is|are|means|covers|for)\s+)?(?:(?:an?|the)\s+)?(?:[A-Za-z][\w()$]*\s+){0,3}?((?:from|between|below|under|less than|lower than|above|over|more than|greater than|higher than|at least|at most|up to|[<>≤≥]|-?\d)[^;"'“‘”’]{0,60}?)(?=\s*(?:,(?!\d{3}\b)|;|\.(?:\s|$)|\(|$|\s+and\s+["'“‘]))/g;

const LABEL_LEAD =
  /^(?:(?:as|or|and|into|to|be|is|either|the|a|an|called|labell?ed|named|categor\w*|groups?|bins?|of|in)\s+)+/i;

/** Labelled ranges a sentence states: 'Child' (0-12), "Low": less than 10, 'High' for 100 and above, low (below 10). */
export function statedRanges(sentence: string, unread: string[] = []): StatedRange[] {
  // "below 40 is "low", from 40 to below 80 is "mid", 80 or more is "high"": each range before its label.
  const trailing = labelsAfterRanges(sentence);
  if (trailing.length >= 2) return trailing;
  const found: StatedRange[] = [];
  const pattern =
    /["'“‘]((?:[A-Za-z]|\d+(?:s|st|nd|rd|th)\b)[^"'”’]{0,30})["'”’]\s*(?:\(\s*([^)]{1,60})\)|:\s*([^,;"'“‘]{1,60})|(?:for|if|when|where)\s+(?:\w+\s+){0,3}?(?:is\s+)?([^,;"'“‘]{1,60}))/g;
  const sidedRanges: { label: string; words: string; bound: number }[] = [];
  // Labels whose range did not read: reported only when the other labels of this form did.
  const skipped: string[] = [];
  for (const match of sentence.matchAll(pattern)) {
    const words = (match[2] ?? match[3] ?? match[4] ?? '')
      .replace(/^(?:values?|ages?|scores?)\s+/i, '')
      .replace(/[\s.]+$/, '')
      .replace(/\s+(?:and|or)$/i, '')
      .trim();
    // "'far' for 7 or worse": a side only the other ranges tell.
    const sided = new RegExp(`^${NUMBER}\\s+or\\s+(?:worse|better|beyond)$`, 'i').exec(words);
    if (sided) {
      sidedRanges.push({ label: match[1]!, words, bound: Number(sided[1]) });
      continue;
    }
    const contains = readRange(words);
    if (!contains && /\d/.test(words)) skipped.push(match[1]!);
    const bounds = new RegExp(`^(?:from |between )?${NUMBER}\\s*(?:-|–|to|and)\\s*${NUMBER}`, 'i').exec(
      words.replace(/(\d),(\d{3})/g, '$1$2'),
    );
    if (!contains) continue;
    // An open range ("60 and above", "under 5") is bounded by its one number on the closed side.
    const single = Number(/-?\d+(?:\.\d+)?/.exec(words.replace(/(\d),(\d{3})/g, '$1$2'))?.[0]);
    const open = bounds
      ? { low: Number(bounds[1]), high: Number(bounds[2]) }
      : contains(Number.MAX_SAFE_INTEGER)
        ? { low: single }
        : { high: single };
    found.push({ label: match[1]!, words, contains, ...open });
  }
  for (const item of sidedRanges) {
    // The open side is the one no other range reaches: "7 or worse" after "1 to 2" and "3 to 6".
    const below = found.every((range) => range.high !== undefined && range.high < item.bound);
    const above = found.every((range) => range.low !== undefined && range.low > item.bound);
    if (found.length === 0 || below === above) {
      skipped.push(item.label);
      continue;
    }
    const bound = item.bound;
    found.push({
      label: item.label,
      words: item.words,
      contains: below ? (value) => value >= bound : (value) => value <= bound,
      ...(below ? { low: bound } : { high: bound }),
    });
  }
  if (found.length > 0) {
    unread.push(...skipped);
    return found;
  }
  // Quoted labels each followed by its range in running words: "'small' is an Attendance below 100,
  // 'medium' from 100 to 299 and 'large' 300 or more". Two or more, or none.
  const running: StatedRange[] = [];
  for (const match of sentence.matchAll(RUNNING_RANGE)) {
    const words = match[2]!.replace(/\s+(?:and|or)\s*$/i, '').trim();
    const contains = readRange(words);
    if (!contains) continue;
    const open = rangeEnds(words, contains);
    running.push({ label: match[1]!, words, contains, ...open });
  }
  if (running.length >= 2) return running;
  // Unquoted labels, each followed by its range in brackets: "low (below 15000), medium (15000 to 25000)".
  for (const match of sentence.matchAll(
    /\b([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)?)\s*\(\s*([^()]{1,60})\)/g,
  )) {
    const label = match[1]!.replace(LABEL_LEAD, '').trim();
    const words = match[2]!.replace(/^(?:values?|ages?|scores?)\s+/i, '').trim();
    const contains = readRange(words);
    if (!contains || !label || label.split(/\s+/).length > 2) continue;
    const open = rangeEnds(words, contains);
    found.push({ label, words, contains, ...open });
  }
  return found.length >= 2 ? found : [];
}

/** A range in words, then "is" and its quoted label: "from 3 to below 4 is "mid-size"". */
const LABEL_AFTER_RANGE =
  /(?:^|[,:;]\s*|\band\s+)((?:from|between|below|under|less than|lower than|above|over|more than|greater than|higher than|at least|at most|up to|[<>≤≥]|-?\d)(?:,(?=\d{3})|[^,;:"'“‘”’])*?)\s+(?:is|are|means|counts as)\s+["'“‘]([A-Za-z][^"'”’]{0,30})["'”’]/gi;

/** Labels each written after its range, two or more of them; none when a range does not read. */
function labelsAfterRanges(sentence: string): StatedRange[] {
  const found: StatedRange[] = [];
  for (const match of sentence.matchAll(LABEL_AFTER_RANGE)) {
    const words = match[1]!.trim();
    const contains = readRange(words);
    if (!contains) return [];
    found.push({ label: match[2]!, words, contains, ...rangeEnds(words, contains) });
  }
  return found;
}

/** The ends a range in words states: both ("from 100 to 299"), or the one its open side leaves ("300 or more"). */
function rangeEnds(words: string, contains: (value: number) => boolean): { low?: number; high?: number } {
  const clean = words.replace(/(\d),(\d{3})/g, '$1$2');
  const bounds = new RegExp(`^(?:from |between )?${NUMBER}\\s*(?:-|–|to|and)\\s*${NUMBER}`, 'i').exec(clean);
  if (bounds) return { low: Number(bounds[1]), high: Number(bounds[2]) };
  const single = Number(/-?\d+(?:\.\d+)?/.exec(clean)?.[0]);
  return contains(Number.MAX_SAFE_INTEGER) ? { low: single } : { high: single };
}

/** Sentences of the prose; a piece cut after a quoted abbreviation ("'Mr.', ...") rejoins its sentence. */
export function sentencesOf(text: string, frame?: Frame): string[] {
  // A column whose name holds a period ("Reg. Season", "Hull No. Code") is no sentence's end.
  const dotted = (frame?.table.columns ?? [])
    .map((column) => column.name)
    .filter((name) => /\.\s+\S/.test(name))
    .map((name) => name.toLowerCase());
  const merged: string[] = [];
  for (const span of splitSentences(text)) {
    const last = merged.length - 1;
    const joined = last >= 0 ? `${merged[last]} ${span.text}`.toLowerCase() : '';
    const splitName = dotted.some((name) => {
      const at = joined.indexOf(name);
      return at >= 0 && at < merged[last]!.length && at + name.length > merged[last]!.length;
    });
    if (last >= 0 && (/^[a-z,;:)(]/.test(span.text) || splitName)) merged[last] += ` ${span.text}`;
    else merged.push(span.text);
  }
  return merged;
}

/**
 * The transform rules in their order, save that rows dropped for missing values come before
 * the filling of missing cells when the text says so ("First delete …. Then fill …").
 */
function orderedRules(text: string): readonly TransformRule[] {
  if (statedFillOrder(text) !== 'drop first') return TRANSFORM_RULES;
  const fill = TRANSFORM_RULES.findIndex((rule) => rule.name === 'missing values filled');
  const drop = TRANSFORM_RULES.findIndex((rule) => rule.name === 'rows with missing values dropped');
  if (fill < 0 || drop < fill) return TRANSFORM_RULES;
  const rules = TRANSFORM_RULES.filter((_, index) => index !== drop);
  rules.splice(fill, 0, TRANSFORM_RULES[drop]!);
  return rules;
}

/**
 * Applies every cleaning and feature step the question and constraints state, sentence by
 * sentence, and returns the sentences that stated one (their quoted labels define values,
 * they do not pick rows), each with the part of it that stated no step ('' for none).
 */
export function applyTransforms(frame: Frame, question: string, constraints: string): Map<string, string> {
  const text = `${question}\n${constraints}`;
  const sentences = sentencesOf(text, frame);
  const used = new Map<string, string>();
  for (const rule of orderedRules(text))
    for (const sentence of sentences) {
      const before = frame.steps.length;
      const read = rule.apply(frame, sentence, text);
      const rest = typeof read === 'object' && used.get(sentence) !== '' ? read.rest : '';
      if (frame.steps.length > before) used.set(sentence, rest);
      const squeeze = (words: string) => words.replace(/\s+/g, '');
      if (typeof read === 'string')
        for (const other of sentences) if (squeeze(other).includes(squeeze(read))) used.set(other, '');
    }
  return used;
}
