/**
 * @module compare-statistics
 * "The difference in mean Fare between male and female passengers", "the ratio of the total
 * Wins to the total Losses": one statistic taken twice, over two groups of a category column
 * the question names or over two numeric columns it names, and the two results subtracted or
 * divided in the order the question states them. Undefined when the question does not say
 * clearly which statistic, which groups or which columns.
 */

import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import {
  type Cell,
  categoryValues,
  cellsOf,
  columnNames,
  type Frame,
  findMentions,
  isFlagColumn,
  isNumericColumn,
  numbersOf,
  rowsWithout,
  wordsOf,
} from './analysis-frame.ts';
import { codedGroups } from './coded-groups.ts';
import { definedFlagGroups, FLAG_NAME_WORDS } from './defined-flag-groups.ts';
import { standardDeviation } from './distribution-stats.ts';
import { negatedLabelGroups } from './negated-label-groups.ts';
import { statedStatisticObject } from './slot-columns.ts';
import { mean, median } from './stats.ts';

export type PairKind = 'difference' | 'ratio';

type PairFn = 'mean' | 'median' | 'sum' | 'count' | 'std' | 'max' | 'min';

/** Statistic words, longest first, and the statistic each names. */
const FN_WORDS: readonly [RegExp, PairFn][] = [
  [/\bstandard deviations?\b|\bstd\b/i, 'std'],
  [/\b(?:average|mean|avg)\b/i, 'mean'],
  [/\bmedian\b/i, 'median'],
  [/\b(?:total|sum)\b(?! number of\b)/i, 'sum'],
  [/\b(?:number of|count of|how many)\b/i, 'count'],
  [/\b(?:maximum|highest|max)\b/i, 'max'],
  [/\b(?:minimum|lowest|min)\b/i, 'min'],
];

export type PairResult = {
  readonly value: number;
  readonly note: string;
  readonly columns: string[];
  readonly rows: number[];
};

function statisticNamed(text: string): PairFn | undefined {
  // "How many more points on average": the mean of each side, however the question opens.
  if (/\bon average\b/i.test(text)) return 'mean';
  let best: { fn: PairFn; at: number } | undefined;
  for (const [pattern, fn] of FN_WORDS) {
    const at = text.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { fn, at };
  }
  return best?.fn;
}

function apply(fn: PairFn, values: number[], population: boolean): number {
  if (fn === 'count') return values.length;
  if (values.length === 0) return Number.NaN;
  if (fn === 'mean') return mean(values);
  if (fn === 'median') return median(values);
  if (fn === 'sum') return values.reduce((a, b) => a + b, 0);
  if (fn === 'std') return standardDeviation(values, population);
  return fn === 'max' ? Math.max(...values) : Math.min(...values);
}

function isIdentifier(frame: Frame, name: string): boolean {
  return frame.table.columns.find((column) => column.name === name)?.type === 'identifier';
}

/**
 * Two values of one category column the question names, in the order it names them: a quoted
 * value matches as written, an unquoted one by its words (a value of one or two letters only
 * when quoted, so "a" the article never names a group "A").
 */
export function twoGroups(
  frame: Frame,
  question: string,
): { column: string; values: [Cell, Cell]; spoken?: [string[], string[]] } | undefined {
  const words = wordsOf(question);
  const quoted = [...question.matchAll(/["'‘“]([^"'’”\n]{1,40})["'’”]/g)].map((match) =>
    match[1]!.trim().toLowerCase(),
  );
  const found: { column: string; values: { value: Cell; at: number }[] }[] = [];
  for (const name of columnNames(frame)) {
    if (isNumericColumn(frame, name) && categoryValues(frame, name, 12).length === 0) continue;
    const values = categoryValues(frame, name, 60).filter((item) => typeof item.value === 'string');
    const hits: { value: Cell; at: number; length: number }[] = [];
    for (const item of values) {
      const text = String(item.value).toLowerCase();
      const isQuoted = quoted.includes(text);
      if (!isQuoted && item.words.join('').length < 3) continue;
      // A quoted value is where its quotes are ("H/A 'A'" names A after the column's own letters).
      const quoteAt = isQuoted ? quotedAt(question, text) : -1;
      const at = quoteAt >= 0 ? wordsOf(question.slice(0, quoteAt)).length : findWords(words, item.words);
      if (at >= 0) hits.push({ value: item.value, at, length: isQuoted ? 99 : item.words.length });
    }
    // A value inside a longer one the question names ("Southern" in "Southern Conference") is not a group.
    const distinct = hits.filter(
      (hit) =>
        !hits.some(
          (other) =>
            other !== hit &&
            other.length > hit.length &&
            String(other.value).toLowerCase().includes(String(hit.value).toLowerCase()),
        ),
    );
    if (distinct.length === 2) found.push({ column: name, values: distinct.sort((a, b) => a.at - b.at) });
  }
  if (found.length === 0)
    return flagGroups(frame, question) ?? codedGroups(frame, question) ?? negatedLabelGroups(frame, question);
  // Two values several columns hold ("East" and "West" as Home and as Away region): the one column
  // the question names by every word of its name.
  const named = found.filter((item) => findWords(words, wordsOf(item.column)) >= 0);
  const only = found.length === 1 ? found[0] : named.length === 1 ? named[0] : undefined;
  if (!only) return undefined;
  const [first, second] = only.values;
  return { column: only.column, values: [first!.value, second!.value] };
}

const NEGATION = /^(?:not|non|never|no|didn|didnt|t)$/;

/**
 * The stems that name a 0/1 column: its one word ("Visited"), or every word of a longer name but
 * the words that say it is a flag ("indicator_of_night_shift_eligibility": night, shift,
 * eligibility), two or more of them.
 */
function flagStems(name: string): string[] | undefined {
  const words = wordsOf(name);
  if (words.length === 1) {
    const head = porterStem(words[0]!);
    return head.length >= 4 ? [head] : undefined;
  }
  const content = words.filter((word) => !FLAG_NAME_WORDS.has(word) && /[a-z]/.test(word));
  if (content.length < 2 || content.length !== words.filter((word) => !FLAG_NAME_WORDS.has(word)).length)
    return undefined;
  return content.map((word) => porterStem(word));
}

/**
 * "parcels that were delivered and those that were not", "non-delivered to delivered", "members
 * who are eligible for a refund and those who are not": the 1 and 0 rows of a 0/1 column named by
 * words of the same stems, in the order the question names them.
 */
function flagGroups(frame: Frame, question: string): { column: string; values: [Cell, Cell] } | undefined {
  const words = question
    .toLowerCase()
    .replace(/n't\b/g, ' not')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const stems = words.map((word) => porterStem(word));
  const flags = columnNames(frame).filter((name) => isFlagColumn(frame, name));
  // "visitors" names Visited: a question's stem may run on from the column's ("visitor", "visit").
  const stemAt = (stem: string) =>
    stems.findIndex((other) => other === stem || (stem.length >= 5 && other.startsWith(stem)));
  const found = flags.filter((name) => {
    const named = flagStems(name);
    return named !== undefined && named.every((stem) => stemAt(stem) >= 0);
  });
  if (found.length !== 1) return undefined;
  const column = found[0]!;
  const at = Math.min(...flagStems(column)!.map(stemAt));
  // Both sides must be spoken of: a negation somewhere ("those who did not", "non-visitors").
  if (!words.some((word) => NEGATION.test(word))) return undefined;
  const negated = words.slice(Math.max(0, at - 2), at).some((word) => NEGATION.test(word));
  return { column, values: negated ? [0, 1] : [1, 0] };
}

function quotedAt(question: string, text: string): number {
  const escaped = escapeRegExp(text);
  return question.search(new RegExp(`["'‘“]\\s*${escaped}\\s*["'’”]`, 'i'));
}

function findWords(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let start = 0; start + phrase.length <= words.length; start++)
    if (phrase.every((word, k) => words[start + k] === word)) return start;
  return -1;
}

/**
 * Whether the text asks for the second minus the first: "subtract A from B", or "B minus A"
 * ("Female mean minus male mean" after "the difference between male and female").
 */
function reversed(text: string, first: string, second: string): boolean {
  return statedOrder(text, [first], [second]) === 'reversed';
}

/**
 * The order a stated subtraction puts two groups in, each named by any of its forms: 'reversed'
 * for the second minus the first, 'unclear' when the text subtracts but its sides name neither
 * group, 'as named' otherwise.
 */
function statedOrder(
  text: string,
  first: readonly string[],
  second: readonly string[],
): 'as named' | 'reversed' | 'unclear' {
  // Whole words: "female" holds "male".
  const has = (phrase: string, forms: readonly string[]) =>
    forms.some((value) => ` ${wordsOf(phrase).join(' ')} `.includes(` ${wordsOf(value).join(' ')} `));
  const subtract =
    /\bsubtract(?:ing|ed)?\s+(?:the\s+)?(.{1,80}?)\s+from\s+(?:the\s+)?(.{1,80}?)(?:[.,;]|$)/i.exec(text);
  if (subtract) {
    if (has(subtract[1]!, first) && has(subtract[2]!, second)) return 'reversed';
    return has(subtract[1]!, second) && has(subtract[2]!, first) ? 'as named' : 'unclear';
  }
  const minus =
    /(?:^|[.,;:\n]\s*)([^.,;:\n]{1,80}?)\s+(?:minus|−|-)\s+(?:the\s+)?([^.,;:\n]{1,80}?)(?=[.,;:\n]|$)/i.exec(
      text,
    );
  if (!minus) return 'as named';
  if (has(minus[1]!, second) && has(minus[2]!, first) && !has(minus[1]!, first)) return 'reversed';
  return has(minus[1]!, first) && has(minus[2]!, second) ? 'as named' : 'unclear';
}

const HIGH = 'highest|largest|maximum|max|biggest|greatest|longest|slowest';
const LOW = 'lowest|smallest|minimum|min|least|shortest|fastest';
/** "Slowest" and "fastest" read as the largest and smallest only over a column of times. */
const PACE = /^(?:slowest|fastest)$/i;
const TIME_COLUMN = /\b(?:time|times|duration|elapsed|seconds?|minutes?|hours?|secs?|mins?|laptime)\b/i;
const SPREAD = new RegExp(
  `\\b(?:difference|gap|ratio)\\s+between\\s+(?:the\\s+)?(${HIGH}|${LOW})\\s+and\\s+(?:the\\s+)?(${HIGH}|${LOW})\\s+(.{2,60}?)(?=[?.,;]|$)`,
  'i',
);

/** "The difference between the highest and the lowest Price": one column's maximum and minimum. */
function spreadOf(
  frame: Frame,
  kind: PairKind,
  question: string,
  rows: readonly number[],
): PairResult | undefined {
  const match = SPREAD.exec(question);
  if (!match) return undefined;
  const high = new RegExp(`^(?:${HIGH})$`, 'i');
  const [firstHigh, secondHigh] = [high.test(match[1]!), high.test(match[2]!)];
  if (firstHigh === secondHigh) return undefined;
  const measure = findMentions(frame, match[3]!)
    .map((mention) => mention.column)
    .find((name) => isNumericColumn(frame, name) && !isIdentifier(frame, name));
  if (!measure) return undefined;
  if ((PACE.test(match[1]!) || PACE.test(match[2]!)) && !TIME_COLUMN.test(measure)) return undefined;
  const { rows: kept, values } = numbersOf(frame, measure, [...rows]);
  if (values.length === 0) return undefined;
  const [x, y] = firstHigh
    ? [Math.max(...values), Math.min(...values)]
    : [Math.min(...values), Math.max(...values)];
  return {
    value: kind === 'ratio' ? x / y : x - y,
    note: `${kind} of the ${firstHigh ? 'maximum' : 'minimum'} ${measure} (${x}) ${kind === 'ratio' ? '/' : '−'} the ${firstHigh ? 'minimum' : 'maximum'} (${y}) over ${values.length} values`,
    columns: [measure],
    rows: kept,
  };
}

/**
 * The difference or ratio of one statistic over two groups or two columns. `rows` are the rows
 * in play; `population` says a standard deviation divides by n.
 */
export function compareStatistics(
  frame: Frame,
  kind: PairKind,
  question: string,
  constraints: string,
  rows: readonly number[],
  population: boolean,
  slotGroup?: { readonly column: string; readonly rows: readonly number[] },
): PairResult | undefined {
  const spread = spreadOf(frame, kind, question, rows);
  if (spread) return spread;
  const groups = twoGroups(frame, question) ?? definedFlagGroups(frame, `${question}\n${constraints}`);
  // "the ratio of male to female passengers" compares the groups' sizes.
  const fn = statisticNamed(question) ?? (groups && kind === 'ratio' ? 'count' : undefined);
  if (!fn) return undefined;
  const text = `${question}\n${constraints}`;
  const absolute = kind === 'difference' && /\babsolute\b/i.test(text);
  const combine = (a: number, b: number) => {
    const raw = kind === 'ratio' ? a / b : a - b;
    return absolute ? Math.abs(raw) : raw;
  };
  const sign = kind === 'ratio' ? '/' : '−';
  const measures = [
    ...new Set(
      findMentions(frame, question)
        .map((mention) => mention.column)
        .filter((name) => isNumericColumn(frame, name) && !isIdentifier(frame, name)),
    ),
  ];
  if (groups) {
    // "How much more do certified workers earn on average …" with 'the mean of "Wage"' stated.
    const stated = statedStatisticObject(frame, constraints);
    const measure =
      fn === 'count'
        ? undefined
        : (measures.find((name) => name !== groups.column) ??
          (stated !== groups.column ? stated : undefined));
    if (fn !== 'count' && !measure) return undefined;
    const labels = cellsOf(frame, groups.column);
    // "who visited and those who did not" was also read as a condition on the column: both
    // groups come from the rows meeting the other conditions.
    // A slot named for one of the two groups ("@north_south_gap") narrowed its rows to that group:
    // both sides come from the rows before it.
    const before = slotGroup?.column === groups.column ? slotGroup.rows : rows;
    const base = rowsWithout(frame, groups.column) ?? before;
    const [a, b] = groups.values;
    // Coded groups ("first class" for Tclass 1) are checked against the words the text names them by.
    const order = groups.spoken ? statedOrder(text, groups.spoken[0], groups.spoken[1]) : undefined;
    if (order === 'unclear') return undefined;
    const swap = order ? order === 'reversed' : reversed(text, String(a), String(b));
    const [first, second] = swap ? [b, a] : [a, b];
    const side = (value: Cell) => {
      const inGroup = base.filter((row) => labels[row] === value);
      return measure ? numbersOf(frame, measure, inGroup) : { rows: inGroup, values: inGroup.map(() => 1) };
    };
    const left = side(first);
    const right = side(second);
    if (left.values.length === 0 || right.values.length === 0) return undefined;
    const x = apply(fn, left.values, population);
    const y = apply(fn, right.values, population);
    const what = `${fn}${measure ? ` of ${measure}` : ' of rows'}`;
    return {
      value: combine(x, y),
      note: `${absolute ? 'absolute ' : ''}${kind} of the ${what} where ${groups.column} is ${JSON.stringify(first)} (${Number(x.toPrecision(8))}, ${left.values.length} rows) ${sign} where it is ${JSON.stringify(second)} (${Number(y.toPrecision(8))}, ${right.values.length} rows)`,
      columns: [groups.column, ...(measure ? [measure] : [])],
      rows: [...left.rows, ...right.rows],
    };
  }
  // "the ratio of the total Wins to the total Losses": one numeric column on each side.
  const sides =
    /\b(?:ratio|difference|gap)\s+(?:of|between|in)\s+(.{2,80}?)\s+(?:to|and|over|versus|vs\.?)\s+(.{2,80}?)(?=[?.,;]|\s+(?:over|across|for|in|among|of all)\s|$)/i.exec(
      question,
    );
  if (!sides || fn === 'count') return undefined;
  const one = (phrase: string) => {
    const found = measures.filter((name) =>
      findMentions(frame, phrase).some((mention) => mention.column === name),
    );
    return found.length === 1 ? found[0] : undefined;
  };
  const a = one(sides[1]!);
  const b = one(sides[2]!);
  if (!a || !b || a === b) return undefined;
  const swap = reversed(text, a, b);
  const [first, second] = swap ? [b, a] : [a, b];
  const left = numbersOf(frame, first, [...rows]);
  const right = numbersOf(frame, second, [...rows]);
  if (left.values.length === 0 || right.values.length === 0) return undefined;
  const x = apply(fn, left.values, population);
  const y = apply(fn, right.values, population);
  return {
    value: combine(x, y),
    note: `${absolute ? 'absolute ' : ''}${kind} of the ${fn} of ${first} (${Number(x.toPrecision(8))}, ${left.values.length} values) ${sign} the ${fn} of ${second} (${Number(y.toPrecision(8))}, ${right.values.length} values)`,
    columns: [first, second],
    rows: [...new Set([...left.rows, ...right.rows])],
  };
}
