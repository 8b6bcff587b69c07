/**
 * @module slot-rules-counts
 * Slot rules that count rows: rows compared with a value, the most or least frequent value's
 * rows, groups against the overall mean, a counted measure's total, and the count of rows.
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import { cellsOf, columnNames, findMentions, isNumericColumn, numbersOf, wordsOf } from './analysis-frame.ts';
import { refuseCountOfTextMeasure } from './counted-text-measure.ts';
import { cellDate, monthNumber } from './date-conditions.ts';
import { groupedColumn } from './group-answers.ts';
import { slotNamesCountedNoun, unusedMeasureNamed } from './kept-row-figure.ts';
import { runningCountOnRow } from './running-count.ts';
import {
  has,
  needMeasure,
  numberResult,
  quotedSummedColumn,
  type SlotContext,
  type SlotResult,
  type SlotRule,
  slotWords,
  statistic,
} from './slot-context.ts';
import {
  countsBeforeFrequency,
  DISTINCT_COUNT_RULE,
  frequencyCount,
  frequencyQuestion,
  statedDistinctColumn,
  statedDistinctOwn,
} from './slot-rules-frequency.ts';
import { readSlotName, statisticWord, withoutBoundUnits } from './slot-words.ts';
import { mean } from './stats.ts';
import { BY_HOW_MANY } from './superlative-size.ts';
import { FREQUENCY_ASKED } from './value-frequency.ts';

/** "@records_left", "@rows_remaining": the rows the steps kept, named with no count word. */
function rowsLeft(words: readonly string[]): boolean {
  return (
    has(words, 'row', 'rows', 'record', 'records', 'entry', 'entries', 'observation', 'observations') &&
    has(words, 'left', 'remaining', 'remain', 'kept', 'retained')
  );
}

/**
 * "@tenth_week_attendance" beside "How many fans came …": a slot with no count word that names a
 * measure column no step used asks that measure's figure, not a count of rows.
 */
function measureSlot(context: SlotContext): boolean {
  const words = readSlotName(context.slot.name);
  if (
    words.some((word) => statisticWord(word) !== undefined || /^(?:n|num|number|count|total|how)$/.test(word))
  )
    return false;
  if (slotNamesCountedNoun(context)) return false;
  return context.ownColumns.some((name) => unusedMeasureNamed(context, name, words));
}

/**
 * "@idle_families[n]" beside "How many families are idle": the slot names the plural noun the
 * question counts and, beside it, only words a step kept the rows for; its placeholder is a count.
 */
function countedNounSlot(words: readonly string[], context: SlotContext): boolean {
  if (has(words, 'percentage', 'percent', 'pct', 'proportion', 'fraction', 'share', 'rate', 'ratio'))
    return false;
  if (!/^(?:n|count|number|int|integer)$/i.test(context.slot.placeholder.trim())) return false;
  const steps = context.frame.steps.join(' ').toLowerCase();
  return [...context.question.matchAll(/\bhow many\s+([a-z]{3,}s)\b/gi)].some((match) => {
    const noun = porterStem(match[1]!.toLowerCase());
    const placeholder = wordsOf(context.slot.placeholder);
    const others = words.filter((word) => porterStem(word) !== noun && !placeholder.includes(word));
    // Each other word of the slot names what a step kept the rows for ("rows where … (idle)").
    return (
      others.length < words.length &&
      others.every((word) => new RegExp(String.raw`\b${escapeRegExp(word)}\b`).test(steps))
    );
  });
}

/** Counts of compared rows and of a frequent value's rows, most specific first. */
export const COMPARED_COUNT_RULES: readonly SlotRule[] = [
  {
    // "num_above_mean_height": a slot led by a count word and a comparison counts the rows the
    // question's comparison kept; the statistic after it ("mean") is the compared value.
    name: 'count of compared rows',
    applies: (_words, context) => {
      const words = readSlotName(context.slot.name);
      return (
        context.frame.conditions.length > 0 &&
        (words[0] === 'count' ||
          statisticWord(words[0] ?? '') === 'count' ||
          // "@above_mean[count]": the placeholder asks the count; "mean" names the bar compared with.
          /^(?:count|number|num|n)$/i.test(context.slot.placeholder.trim())) &&
        words.some((word) => COMPARED.has(word))
      );
    },
    compute: (context) => ({
      value: String(context.rows.length),
      note: `count of rows${countedNoun(context.question)}${context.groupNote ?? ''}`,
      columns: [],
      rows: context.rows,
    }),
  },
  {
    // "How many times does the least common Result appear?": the rows of the value at the end asked.
    name: 'count of the most or least frequent value',
    // The slot itself asks for a count: "how many" elsewhere in the question may be another slot's.
    applies: (_words, context) =>
      FREQUENCY_ASKED.test(frequencyQuestion(context)) &&
      has(slotWords(context.slot), 'count', 'number', 'num', 'times', 'frequency', 'occurrence') &&
      !namedByOwnColumn(context) &&
      !has(slotWords(context.slot), 'total', 'all', 'row', 'rows') &&
      !(DISTINCT_ASKED.test(context.question) && countsOwnDistinct(context)) &&
      frequencyCount(context) !== undefined,
    compute: (context) => frequencyCount(context)!,
  },
];

/**
 * "@shift[number]" beside "Which Shift has the most calls?": a slot whose name is a column's own words
 * and no count word asks for that column's value; "number" in its placeholder says only how it is written.
 */
function namedByOwnColumn(context: SlotContext): boolean {
  const words = wordsOf(context.slot.name.replace(/_/g, ' '));
  if (words.length === 0 || has(readSlotName(context.slot.name), 'count', 'times', 'frequency')) return false;
  return context.ownColumns.some((name) => words.every((word) => wordsOf(name).includes(word)));
}

/** Counts of groups and rows, the last rules tried. */
export const ROW_COUNT_RULES: readonly SlotRule[] = [
  {
    name: 'groups against the overall mean',
    applies: (words, context) =>
      has(words, 'count', 'number', 'num', 'how') &&
      has(words, 'higher', 'lower', 'above', 'below', 'greater', 'less', 'more', 'fewer') &&
      /\boverall (?:average|mean)\b/i.test(context.text) &&
      groupedColumn(context) !== undefined,
    compute: (context) => {
      const label = groupedColumn(context)!;
      const measure = context.measures.find((name) => name !== label) ?? needMeasure(context);
      const { rows, values } = numbersOf(context.frame, measure, [...context.rows]);
      const overall = mean(values);
      const labels = cellsOf(context.frame, label);
      const cells = cellsOf(context.frame, measure);
      const groups = new Map<string, number[]>();
      for (const row of rows) {
        const key = labels[row];
        if (key === null || key === undefined) continue;
        const list = groups.get(String(key)) ?? [];
        list.push(cells[row] as number);
        groups.set(String(key), list);
      }
      // "above or below 3 times the overall mean": above 3× and below ⅓ of it.
      const factor =
        (/\b(twice|double)\b/i.exec(context.text) && 2) ||
        Number(/\b(\d+(?:\.\d+)?) times (?:the )?overall\b/i.exec(context.text)?.[1] ?? 1);
      const higher = has(slotWords(context.slot), 'higher', 'above', 'greater', 'more');
      const means = [...groups.values()].map((list) => mean(list));
      const count = means.filter((value) =>
        higher ? value > overall * factor : value < overall / factor,
      ).length;
      return {
        value: String(count),
        note: `${label} groups whose mean ${measure} is ${higher ? 'higher than' : 'lower than'} ${factor === 1 ? '' : higher ? `${factor}× ` : `1/${factor} of `}the overall mean ${Number(overall.toPrecision(6))}: ${count} of ${groups.size}`,
        columns: [label, measure],
        rows,
      };
    },
  },
  {
    // "How many Points did the riders score altogether?": the question counts the column's units,
    // so the answer adds the column up rather than counting rows.
    name: 'total of the measure a question counts',
    applies: (words, context) =>
      has(words, 'count', 'number', 'num', 'total', 'how', 'sum') &&
      countedMeasure(context) !== undefined &&
      !anotherCount(words, context),
    compute: (context) =>
      statistic('sum', (values) => values.reduce((a, b) => a + b, 0))({
        ...context,
        measures: [countedMeasure(context)!],
      }),
  },
  {
    name: 'count',
    // "by how many marks did it rise?" asks the size of a change, never a count of rows.
    applies: (words, context) =>
      (has(words, 'count', 'number', 'num', 'total', 'how') ||
        rowsLeft(words) ||
        countedNounSlot(words, context)) &&
      !BY_HOW_MANY.test(context.question) &&
      !measureSlot(context),
    compute: (context) => {
      for (const check of COUNT_CHECKS) {
        const result = check(context);
        if (result) return result;
      }
      return countOfRows(context);
    },
  },
];

/** "How many … in total": a total the question asks for. */
const IN_TOTAL = /\bhow many\b[^?.;]*\bin total\b/i;

/**
 * What a plain count of the rows in play would miss, in order: each check refuses the slot, answers
 * it another way, or passes (undefined) to the next; the count of rows is what is left.
 */
const COUNT_CHECKS: readonly ((context: SlotContext) => SlotResult | undefined)[] = [
  // "@wins_so_far[count]" once a step made that running count, on the one row kept ("in week 9").
  (context) => {
    const read = runningCountOnRow(context.frame, context.slot.name, context.rows);
    if (!read) return undefined;
    return {
      value: String(read.value),
      note: `${read.name} read on the one row kept: ${read.value}`,
      columns: [read.name],
      rows: context.rows,
    };
  },
  // "How many days lie between the start and the end …" over a table of departments: a length of
  // time, which a count of rows is only when each row is one such unit of time.
  (context) => {
    const unit = countedTimeUnit(context.question);
    if (unit === undefined || rowsAreTimeUnits(context, unit)) return undefined;
    fail(
      'unsupported',
      `@${context.slot.name} asks for a number of ${unit}, but the rows are not ${unit} and the builtin engine could only count them.`,
      { hint: 'Say how the length of time is worked out from the columns.' },
    );
  },
  // "How many cup tries …" over a Cup Tries column holding some text cells: no count of rows.
  (context) => refuseCountOfTextMeasure(context, countedColumn(context)?.name),
  // "@child_total" where the constraints say 'Sum "Count" within each bucket': the total of that
  // column (its name a statistic's) over the rows, not the number of rows.
  // "How many arrests in total …" beside "@drug_arrests[count]" where the constraints say 'Sum "Count"
  // over the rows …': the slot's name asks no number of rows, so the total is that column's too.
  (context) => {
    const counting = ['count', 'number', 'num', 'how', 'rows', 'row'];
    const words = slotWords(context.slot);
    const totalNamed = has(words, 'total', 'sum') && !has(words, ...counting);
    const totalAsked = IN_TOTAL.test(context.question) && !has(readSlotName(context.slot.name), ...counting);
    if (!totalNamed && !totalAsked) return undefined;
    const name = quotedSummedColumn(context.frame, context.text);
    if (name === undefined) return undefined;
    const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
    return numberResult(
      context,
      values.reduce((total, value) => total + value, 0),
      `total of ${name} over ${values.length} values${context.groupNote ?? ''}`,
      [name],
      rows,
    );
  },
  // "@goals[sum]": a figure added up from a column, which a count of rows is not.
  (context) => {
    if (!/^sums?$/i.test(context.slot.placeholder.trim())) return undefined;
    fail('unsupported', `@${context.slot.name} asks for a sum, but no numeric column to add up was found.`, {
      hint: 'Name the column to add up, e.g. "the sum of the Goals column".',
    });
  },
  // "@fenced_percent": a share of the rows, which a count of them is not. "@days_above_2_percent[count]":
  // "percent" after the slot's number is the unit of the bound it counts past, no share.
  (context) => {
    if (
      !has(
        withoutBoundUnits(slotWords(context.slot)),
        'percentage',
        'percent',
        'pct',
        'proportion',
        'fraction',
        'share',
      )
    )
      return undefined;
    fail(
      'unsupported',
      `@${context.slot.name} asks for a share, but the builtin engine could only work out a count of rows.`,
      { hint: 'State the condition the share is of ("the percentage of rows where X is Y").' },
    );
  },
  // "How many times does the most frequent Club appear?": the mode's count, which the count of
  // all rows in play is not.
  (context) => {
    if (!FREQUENCY_ASKED.test(frequencyQuestion(context)) || has(slotWords(context.slot), 'total', 'all'))
      return undefined;
    // "How many events were late, and which kind is the most frequent among them?": the count's own
    // clause, before the frequency clause, counts the rows in play.
    if (countsBeforeFrequency(context.question, context.text)) return undefined;
    // "the number of distinct kinds and the most common kind" beside "@plant_kind_count": the slot's
    // own column is the one whose distinct values the question counts; the distinct rule below takes it.
    if (DISTINCT_ASKED.test(context.question) && countsOwnDistinct(context)) return undefined;
    // 'Count the distinct values of "ward_name"' beside "@number_of_wards": so do the constraints.
    if (statedDistinctOwn(context) !== undefined) return undefined;
    // "@rows" beside "which X is listed most often, and in how many?" may be the value's rows or
    // all of them: neither is said, so the slot is refused below rather than guessed.
    const counted = has(slotWords(context.slot), 'row', 'rows') ? undefined : frequencyCount(context);
    if (counted) return counted;
    fail(
      'unsupported',
      `The question asks about the most (or least) frequent value, but @${context.slot.name} would count all ${context.rows.length} rows.`,
      {
        hint: 'Ask for the most frequent value and its count in words ("the most common X and how often it appears").',
      },
    );
  },
  // "How many unique hotel brands are there?": the distinct values, which the rows are not (nor the
  // values present, when the text also says to leave the empty cells out).
  // 'Count the distinct values of "Section"' beside "@section_count": the slot names the column
  // whose distinct values the constraints count, though the question says only "how many sections".
  (context) => {
    const statedOwn = statedDistinctOwn(context);
    if (!DISTINCT_ASKED.test(context.question) && !statedOwn) return undefined;
    const counted = statedOwn ?? distinctColumn(context);
    if (counted)
      return DISTINCT_COUNT_RULE.compute({ ...context, ownColumns: [counted], columns: [counted] });
    fail(
      'unsupported',
      `The question counts distinct values, but no column was found for @${context.slot.name}.`,
      {
        hint: 'Name the column whose distinct values are counted.',
      },
    );
  },
  // "How many passengers have a Cabin value recorded?": the cells present, which the rows are not.
  (context) => {
    const sparse = sparseOwnColumn(context);
    if (!sparse) return undefined;
    if (!NON_MISSING_ASKED.test(`${context.question}\n${context.text}`))
      fail(
        'unsupported',
        `@${context.slot.name} names ${sparse}, which is missing in some rows: the count of all rows and of its values differ.`,
        { hint: `Say "the number of non-missing ${sparse} values" or "the number of rows".` },
      );
    const cells = cellsOf(context.frame, sparse);
    const present = context.rows.filter((row) => cells[row] !== null);
    return {
      value: String(present.length),
      note: `count of non-missing ${sparse}${context.groupNote ?? ''}`,
      columns: [sparse],
      rows: present,
    };
  },
  // "@low[count]" where 'low' is a label the text gives to a range no step made: all rows are not that bin.
  (context) => {
    const label = unmadeLabel(context);
    if (!label) return undefined;
    fail(
      'unsupported',
      `@${context.slot.name} names '${label}', which no column holds, so a count of all rows would not be its count.`,
      { hint: `Say how the rows labelled '${label}' are made (a bin with its range, a mapping).` },
    );
  },
];

/** A quoted label of the text that the slot's name spells out but no cell of any column holds. */
function unmadeLabel(context: SlotContext): string | undefined {
  const words = slotWords(context.slot);
  // The question and constraints; the format's quoted placeholders ('"count" is an integer') are no labels.
  const prose = context.text.split('\n').slice(0, -1).join('\n');
  // A format written over several lines keeps its quoted placeholders ('"n" is an integer') in
  // the prose: a slot's placeholder ("@records_left[n]") is no label either.
  const placeholders = new Set(
    [...context.text.matchAll(/@\w+\[([^\]]*)\]/g)].flatMap((match) =>
      match[1]!.split(',').map((item) => item.trim().toLowerCase()),
    ),
  );
  const labels = [...prose.matchAll(/["'“‘]([A-Za-z][A-Za-z -]{0,30})["'”’]/g)]
    .map((match) => match[1]!.trim())
    .filter((label) => !placeholders.has(label.toLowerCase()))
    .filter((label) => {
      const labelWords = wordsOf(label);
      return labelWords.length > 0 && labelWords.every((word) => words.includes(word));
    });
  if (labels.length === 0) return undefined;
  const held = new Set<string>();
  for (const column of context.frame.table.columns)
    for (const text of column.texts)
      held.add(
        String(text ?? '')
          .trim()
          .toLowerCase(),
      );
  for (const cells of context.frame.derived.values())
    for (const cell of cells) if (typeof cell === 'string') held.add(cell.trim().toLowerCase());
  const names = new Set(columnNames(context.frame).map((name) => name.toLowerCase()));
  // A part of a cell a step kept rows by ("contains 'Chief'") is used.
  const steps = context.frame.steps.join(' ').toLowerCase();
  return labels.find(
    (label) =>
      !held.has(label.toLowerCase()) &&
      !names.has(label.toLowerCase()) &&
      !steps.includes(JSON.stringify(label.toLowerCase())),
  );
}

/**
 * The column whose distinct values "how many unique hotel brands" counts: the one named by all the
 * phrase's words ("lamp makers" → Lamp Maker), else by its last word ("brands" → brand_name),
 * with the fewest other words when several hold them (brand_name before parent_brand_name); else
 * the slot's own column.
 */
function distinctColumn(context: SlotContext): string | undefined {
  const phrase =
    /\b(?:unique|distinct|different)\s+((?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:are|were|is|was|in|of|there|does|do|did|have|has|appear|exist|per|for|across|among)\b|\s+and\s+(?:the|which|what|its|their|how)\b|[?.,;]|$)/i.exec(
      context.question,
    )?.[1];
  const words = phrase ? wordsOf(phrase).map((word) => porterStem(word)) : [];
  const head = words.at(-1);
  if (head) {
    // "distinct lamp makers": the columns holding every word of the phrase ("Lamp Maker",
    // "Second Lamp Maker"), else those holding its last word; words compared by their stems.
    const stemsOf = (name: string) => wordsOf(name).map((word) => porterStem(word));
    const holding = columnNames(context.frame).filter((name) =>
      words.every((word) => stemsOf(name).includes(word)),
    );
    const named = (
      holding.length > 0 ? holding : columnNames(context.frame).filter((name) => stemsOf(name).includes(head))
    ).sort((a, b) => wordsOf(a).length - wordsOf(b).length);
    const fewest = named[0] ? wordsOf(named[0]).length : 0;
    if (named.length > 0)
      return named.filter((name) => wordsOf(name).length === fewest).length === 1 ? named[0] : undefined;
  }
  return (
    statedDistinctColumn(context) ?? (context.ownColumns.length === 1 ? context.ownColumns[0] : undefined)
  );
}

/** The question counts the distinct values of the one column the slot names. */
function countsOwnDistinct(context: SlotContext): boolean {
  const counted = distinctColumn(context);
  return counted !== undefined && context.ownColumns.length === 1 && context.ownColumns[0] === counted;
}

/** Wording that counts a column's values that are present. */
const NON_MISSING_ASKED =
  /\b(?:non-?missing|not missing|non-?null|not null|non-?empty|not empty|recorded|available|known|present|filled in)\b|\b(?:have|has|with) (?:a|an) [\w ]{1,30}? value\b|\.count\(\)/i;

/**
 * A column the slot names that has missing cells among the rows in play and that no step used
 * (a filter on it would have said which rows count): its values and the rows differ in number.
 */
function sparseOwnColumn(context: SlotContext): string | undefined {
  return context.ownColumns.find((name) => {
    if (context.frame.steps.some((step) => step.includes(name))) return false;
    if (context.group?.column === name) return false;
    const cells = cellsOf(context.frame, name);
    return context.rows.some((row) => cells[row] === null);
  });
}

/** A count of distinct values: "how many unique brands", "the number of different cities". */
const DISTINCT_ASKED =
  /\b(?:how many|number of|count of|count the)\s+(?:the\s+)?(?:unique|distinct|different)\b/i;

/** The unit of time "how many seconds / days …" counts, plural as asked, else undefined. */
function countedTimeUnit(question: string): string | undefined {
  return /\b(?:how many|number of)\s+(seconds|minutes|hours|days|weeks|months|years)\b/i
    .exec(question)?.[1]
    ?.toLowerCase();
}

/**
 * Whether each row of the table is one such unit of time: no row is a second, a minute or an
 * hour of its own; a day, week, month or year is when a column dates the rows with a different
 * date (or year) on nearly every row.
 */
function rowsAreTimeUnits(context: SlotContext, unit: string): boolean {
  if (/^(?:seconds|minutes|hours)$/.test(unit)) return false;
  const single = unit.replace(/s$/, '');
  return context.frame.table.columns.some((column) => {
    // A column named for the unit ("Month", "FY year") or holding month names, a different one on nearly every row.
    const texts = column.texts.map((text) => String(text ?? '').trim()).filter(Boolean);
    const named =
      wordsOf(column.name).includes(wordsOf(single)[0] ?? single) ||
      (single === 'month' && texts.every((text) => monthNumber(text) !== undefined));
    if (named && texts.length >= column.texts.length * 0.8 && new Set(texts).size >= texts.length * 0.8)
      return true;
    const dated = column.texts
      .map((text) => cellDate(String(text ?? '')))
      .filter((date) => date !== undefined && (unit === 'years' || date.month !== undefined));
    const distinct = new Set(dated.map((date) => JSON.stringify(date)));
    return dated.length >= column.texts.length * 0.8 && distinct.size >= dated.length * 0.8;
  });
}

/**
 * "How many goals were scored …" beside "@goals_…" once a step made "goals of a match": the noun
 * counted is a figure a step made of each row, which the rows are not.
 */
function refuseCountOfMadeFigure(context: SlotContext): void {
  const slotStems = new Set(readSlotName(context.slot.name).map((word) => porterStem(word)));
  const counted = [...context.question.matchAll(/\bhow many\s+([a-z]{3,})\b/gi)].map((match) =>
    porterStem(match[1]!.toLowerCase()),
  );
  for (const [made, cells] of context.frame.derived) {
    // A made flag or label ("busy_week") marks rows, which a count of them counts.
    if (!cells.some((cell) => typeof cell === 'number' && cell !== 0 && cell !== 1)) continue;
    const head = wordsOf(made)[0];
    // "How many gaps are longer than 7 days": rows kept by a bound on the figure count as such.
    if (!head || context.frame.conditions.some((condition) => condition.column === made)) continue;
    const stem = porterStem(head);
    if (slotStems.has(stem) && counted.includes(stem))
      fail(
        'unsupported',
        `@${context.slot.name} asks how many ${head}, which a step made as a figure of each row (${made}); the builtin engine would have counted rows.`,
        { hint: `Ask for the sum of ${made}.` },
      );
  }
}

function countOfRows(context: SlotContext): SlotResult {
  refuseCountOfMadeFigure(context);
  // "Drop the rows with any missing value. How many rows remain? @remaining_rows": once steps left
  // rows out, the rows counted are those remaining (left, kept).
  const all = context.frame.table.rowNumbers.length;
  const remaining = context.frame.rows.length < all ? ` remaining (left, kept) of ${all}` : '';
  return {
    value: String(context.rows.length),
    // "How many centuries …": the rows are what the question counts.
    note: `count of rows${remaining}${countedNoun(context.question)}${context.groupNote ?? ''}`,
    columns: [],
    rows: context.rows,
  };
}

/** Slot words that say a count is of rows compared with a value ("num_above_mean"). */
const COMPARED = new Set(
  'above below over under greater less more fewer exceeding exceed higher lower taller shorter older younger'.split(
    ' ',
  ),
);

/** A comparison that makes "how many X" a count of rows ("how many Points values above 10"). */
const ROW_COMPARISON =
  /\b(?:more|fewer|less|greater|higher|lower|larger|smaller)\s+than\b|\b(?:at least|at most|above|below|over|under|exceed\w*|between|equal to)\b|\bor (?:more|less|fewer|greater|higher|lower|over|under|above|below)\b/i;

/** A span of clock times ("between 9:00 AM and 11:45 AM", "from 08:00 to 12:00"): rows of a time column, no bound on a measure. */
const CLOCK_SPAN =
  /\b(?:between|from)\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?\s+(?:and|to|until|till)\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?/gi;

/**
 * "How many calls were dropped …, and how many quarter hours does that span hold?" beside
 * "@intervals": a question that asks "how many" twice, and a slot that names none of the words of
 * the measure the first counts, asks the other count.
 */
function anotherCount(words: readonly string[], context: SlotContext): boolean {
  if ((context.question.match(/\bhow many\b/gi) ?? []).length < 2) return false;
  const measure = wordsOf(countedMeasure(context)!);
  return !measure.some((word) => words.includes(word));
}

/**
 * The numeric column a "how many" question names right after its count words ("how many Points
 * did … score"): a measure named in full, not an identifier, with no comparison that would make
 * the question count rows instead.
 */
function countedMeasure(context: SlotContext): string | undefined {
  const counted = countedColumn(context);
  return counted && counted.type !== 'category' && isNumericColumn(context.frame, counted.name)
    ? counted.name
    : undefined;
}

/**
 * The column of amounts "how many" names right after it, numeric or not ("how many Points",
 * "how many cup tries"), with its type; not an identifier, not a count of rows compared with a
 * bound, and not "how many stages" over a Stage column, which counts rows.
 */
function countedColumn(context: SlotContext): { name: string; type?: string } | undefined {
  const after = /\bhow many\s+(.{2,80})/i.exec(context.question)?.[1];
  if (!after || ROW_COMPARISON.test(context.question.replace(CLOCK_SPAN, ' '))) return undefined;
  const first = findMentions(context.frame, after)[0];
  if (first?.position !== 0 || first.strength < 1) return undefined;
  // "how many stages" over a Stage column counts the rows, each a stage.
  const name = first.column.toLowerCase();
  if (!name.endsWith('s') && new RegExp(`^\\W*${escapeRegExp(name)}s\\b`, 'i').test(after)) return undefined;
  const type = context.frame.table.columns.find((column) => column.name === first.column)?.type;
  return type !== 'identifier' ? { name: first.column, type } : undefined;
}

/** The noun a question counts ("how many centuries", "the number of players"), as " (centuries)". */
function countedNoun(question: string): string {
  const noun = /\b(?:how many|number of)\s+(?!(?:unique|distinct|different)\b)([a-z]{3,})\b/i.exec(
    question,
  )?.[1];
  return noun ? ` (${noun.toLowerCase()})` : '';
}
