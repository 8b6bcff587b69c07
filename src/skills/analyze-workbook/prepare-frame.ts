/**
 * @module prepare-frame
 * The preparation an analysis question states before its measures: new columns from
 * arithmetic over others (sums, averages, differences, percentage change from the previous
 * row), rows kept by a named value, and outliers pruned before the statistics. Each rule
 * reads one kind of sentence and records its step in words.
 */

import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { withoutExamples } from '../../lib/text/example-clauses.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import {
  type Cell,
  type ConditionBar,
  categoryValues,
  cellsOf,
  columnNames,
  type Frame,
  filterNumbers,
  filterRows,
  findMentions,
  isNumericColumn,
  numbersOf,
  numericMentions,
  wordsOf,
} from './analysis-frame.ts';
import { applyTextConditions, quotedPart } from './cell-text-conditions.ts';
import { MORE_THAN } from './column-comparisons.ts';
import { CREATED_TRUE_WHEN, readColumnPairCondition } from './column-pair-condition.ts';
import { type Compare, comparisonTest } from './comparison-words.ts';
import { currencyBoundsAsColumns } from './currency-bounds.ts';
import { cellDate, dateConditions } from './date-conditions.ts';
import { applyDateDifference } from './date-difference.ts';
import { applyDefinedFormula, formulaCells } from './defined-formula.ts';
import { demonymValue } from './demonym-values.ts';
import { withDeviationBounds } from './deviation-bounds.ts';
import { iqrFences } from './distribution-stats.ts';
import { durationReader, durationsAsSeconds } from './duration-numbers.ts';
import { rowsBeforeDrop } from './fill-values.ts';
import { applyDateConditions } from './frame-date-filters.ts';
import { applyGapConditions } from './gap-conditions.ts';
import { boundsRowCount } from './group-count-bounds.ts';
import { applyLeftOutValues } from './left-out-values.ts';
import { applyMissingConditions } from './missing-conditions.ts';
import { applyMonthRows } from './month-rows.ts';
import { dateColumn, monthOf } from './monthly-aggregate.ts';
import { applyNonNumberExclusions, nonNumberClauses, repeatsOwnHeader } from './non-number-cells.ts';
import { applyNonNumbersMissing } from './non-numbers-missing.ts';
import { numberWord } from './normalize-text.ts';
import { applyNumberInColumns } from './number-in-columns.ts';
import { ordinalValuesNamed } from './ordinal-periods.ts';
import { paceBoundsAsColumns } from './pace-bounds.ts';
import { applyPronounBounds } from './pronoun-bounds.ts';
import { applyResultWords } from './result-words.ts';
import { applyShareOfTotal } from './share-of-total.ts';
import { withSignsAsBounds } from './sign-conditions.ts';
import { soleMeasure } from './sole-measure.ts';
import { statedRanges } from './stated-ranges.ts';
import { statedRowConditions } from './stated-row-conditions.ts';
import { mean, median, variance } from './stats.ts';
import { synonymBoundsAsColumns } from './synonym-bounds.ts';
import { withoutTestedHypothesis } from './test-alternative.ts';
import { applyTimeOfDayRows } from './time-of-day-rows.ts';
import { applyTopGroups } from './top-groups.ts';
import { applyTopPlaces } from './top-places.ts';
import { applyTopRows } from './top-rows.ts';
import { applyTransforms, sentencesOf, setColumn, withScaledColumnNamed } from './transform-frame.ts';
import { amountsAsNumbers, boundsInWordsAsNumbers } from './unit-numbers.ts';
import { opposedBefore, pointedColumn } from './value-columns.ts';
import { verbBoundsAsColumns, verbRangesAsColumns } from './verb-bounds.ts';
import { boundFollows, boundsAsAtLeastAtMost, countColumnNamed, neverAsNone } from './worded-bounds.ts';
import { applyWordedFormula } from './worded-formula.ts';

/** "remove the passengers whose absolute z-score exceeds 3", "drop rows with a |z| above 3". */
const ROWS_REMOVED_BY_Z =
  /\b(?:remov|drop|exclud|eliminat|discard|filter(?:ing)? out)\w*\s+(?:the\s+|any\s+|all\s+)?(?:[a-z]+\s+){0,2}?(?:whose|with|where|that have)\s+(?:an?\s+|the\s+|their\s+)?(?:absolute\s+)?(?:\|z\||z-?\s?scores?)\b/i;

type PreparationRule = {
  readonly name: string;
  readonly apply: (frame: Frame, question: string, constraints: string) => void;
};

const NEW_NAME =
  /(?:new (?:column|feature|variable)\s+(?:(?:called|named|titled)\s+)?|(?:feature|column|variable)\s+(?:called|named|titled)\s+|\b(?:create|make|add|engineer|derive|construct)\s+(?:a|an)\s+(?:new\s+)?(?=["'“‘`][^"'”’`]+["'”’`]\s+(?:column|feature|variable)\b)|\b(?:create|add)\s+(?:a|an)\s+(?:column|feature|variable)\s+(?=["'“‘`][^"'”’`]+["'”’`]\s+(?:(?:as|equal|equals)\b|=)))["'“‘`]([^"'”’`]+)["'”’`]/i;

/** A new column named by one bare word after "create a column" and before its formula ("Create a column total_points as …"). */
const BARE_NEW_NAME =
  /\bcreate (?:a |an )?(?:new )?(?:column|feature|variable)\s+(?:(?:called|named|titled)\s+)?(?!(?:as|that|which|with|for|of|from|by)\b)([A-Za-z_]\w*)(?=\s+(?:(?:as|equal|equals)\b|=))/i;

/**
 * A new column named by one identifier-like word (joined words: "FruitCount", "ripe_share") before
 * "column" and its formula ("Create a FruitCount column as Pears + Plums + 1").
 */
const NAME_BEFORE_NOUN =
  /\b(?:[Cc]reate|[Mm]ake|[Aa]dd|[Ee]ngineer|[Dd]erive|[Cc]onstruct)\s+(?:a|an)\s+(?:new\s+)?([A-Za-z]*(?:[a-z][A-Z]|_)\w*)\s+(?:column|feature|variable)(?=\s+(?:(?:as|equal|equals|defined as|computed as|calculated as)\b|=))/;

/**
 * A new column named by the words before its formula in brackets ("Make a new column for the daily
 * spread (Top minus Floor)"); the formula is read from the brackets alone.
 */
const NAME_BEFORE_BRACKETS =
  /\bnew (?:column|feature|variable) (?:for|of|with|holding) (?:the |each (?:row|day)'s )?([a-z][a-z ]{2,40}?)(?= \([^()]{3,160}\))/i;

/** Words that name a figure, not a person, as the subject of "… is above 2". */
const FIGURE_SUBJECT =
  /^(?:it|value|values|score|scores|z-?scores?|p-?values?|p|coefficients?|correlations?|skewness|kurtosis|mean|average|median|variance|deviation|probability|proportion|percentage|number|figure|result|statistics?|rate|ratio|share|total|amount|count|level|index|difference|change|return|returns)$/i;

/** "the daily returns of Rate", "the daily percentage increase in the Rate". */
const PERIODIC_CHANGE =
  /\b(?:daily|weekly|monthly|day-to-day|yearly|annual)\s+(?:(?:percentage|percent|%)\s+(?:increases?|rises?|gains?|growth)|returns?)\s+(?:in|of|on|for)\s+(?:the\s+)?(.{1,60}?)(?=\s*(?:[?,;]|\.(?:\s|$)|$|\s(?:price|value|column)\b))/im;

/** "the year-over-year difference of Sales", "the day-over-day change in Rate". */
const ROW_OVER_ROW =
  /\b(?:year|day|month|week|quarter|season)[- ](?:over|on)[- ](?:year|day|month|week|quarter|season)\s+(?:differences?|changes?|increases?|rises?|growth)\s+(?:in|of)\s+(?:the\s+)?(.{1,60}?)(?=\s*(?:[?,;:]|\.(?:\s|$)|$|\s(?:and|then|for|over)\b))/im;

/** "did Sales increase the most compared to the previous year": the column before the verb. */
const MOST_SINCE_PREVIOUS =
  /\b(?:did|does|has|had)\s+(?:the\s+)?(.{1,60}?)\s+(?:increase|rise|grow|gain|jump|climb|improve)\s+the\s+most\s+(?:compared\s+(?:to|with)|from|over|relative\s+to|since|than(?:\s+in)?)\s+(?:the\s+|its\s+)?(?:previous|preceding|prior)\s+(?:year|row|day|month|week|quarter|season|game)\b/i;

/** The stated name of the column a formula makes, quoted or bare, and where it stands. */
function statedName(text: string): { name: string; index: number; bracketed?: boolean } | undefined {
  const match = NEW_NAME.exec(text) ?? BARE_NEW_NAME.exec(text) ?? NAME_BEFORE_NOUN.exec(text);
  if (match) return { name: match[1]!, index: match.index };
  const described = NAME_BEFORE_BRACKETS.exec(text);
  return described ? { name: described[1]!, index: described.index, bracketed: true } : undefined;
}

/**
 * A further feature a list names after the first, its verb left out ("Create a Size feature as A + B,
 * and a PerHead feature as C divided by Size"): quoted, or one identifier-like word.
 */
const LISTED_NEW_NAME =
  /(?:,\s*(?:and\s+)?|\band\s+)(?:then\s+)?(?:a|an)\s+(?:new\s+)?(?:["'“‘`]([^"'”’`]+)["'”’`]|([A-Za-z]*(?:[a-z][A-Z]|_)\w*))\s+(?:column|feature|variable)(?=\s+(?:(?:as|equal to|equals|defined as|computed as|calculated as)\b|=))/;

type StatedName = { name: string; index: number; bracketed?: boolean };

/** Every stated name of a column a formula makes, each once, where the text names it. */
function statedNames(text: string): StatedName[] {
  const found: StatedName[] = [];
  let offset = 0;
  while (offset < text.length) {
    const rest = text.slice(offset);
    // The earliest of the ways a name is stated, so that each is made before a later one over it.
    const earliest = [NEW_NAME, BARE_NEW_NAME, NAME_BEFORE_NOUN]
      .map((pattern) => pattern.exec(rest))
      .filter((match) => match !== null)
      .sort((a, b) => a.index - b.index)[0];
    const first = earliest ? { name: earliest[1]!, index: earliest.index } : statedName(rest);
    const listed = found.length > 0 ? LISTED_NEW_NAME.exec(rest) : null;
    const next =
      listed && (!first || listed.index < first.index)
        ? { name: (listed[1] ?? listed[2])!, index: listed.index }
        : first;
    if (!next) break;
    if (!found.some((item) => item.name === next.name)) found.push({ ...next, index: next.index + offset });
    const at = text.indexOf(next.name, offset + next.index);
    offset = (at < 0 ? offset + next.index : at) + next.name.length;
  }
  return found;
}

/**
 * "Create an intraday return feature as the percentage change from Open to Close": the plain words
 * the text names a feature by, before "feature" and its description (the phrase a rule read).
 */
function describedName(text: string, described: string): string | undefined {
  const named = new RegExp(
    `\\b(?:create|make|add|engineer|derive|construct|build)\\s+(?:a|an)\\s+(?:new\\s+)?([a-z][a-z ]{1,30}?)\\s+(?:feature|column|variable)\\s+(?:as|equal to|defined as)\\s+(?:the\\s+)?${escapeRegExp(described.trim())}`,
    'i',
  ).exec(text);
  return named?.[1];
}

function newName(text: string, fallback: string): string {
  return NEW_NAME.exec(text)?.[1] ?? fallback;
}

function dayNumber(cell: Cell): number | null {
  if (typeof cell !== 'string') return null;
  const time = Date.parse(cell);
  return Number.isNaN(time) ? null : time / 86_400_000;
}

function combine(
  frame: Frame,
  name: string,
  sources: string[],
  fn: (values: number[]) => number,
  words: string,
): void {
  const columns = sources.map((source) => cellsOf(frame, source));
  const length = columns[0]?.length ?? 0;
  const cells: Cell[] = [];
  for (let row = 0; row < length; row++) {
    const values = columns.map((column) => column[row]);
    cells.push(values.every((value) => typeof value === 'number') ? fn(values as number[]) : null);
  }
  frame.derived.set(name, cells);
  frame.steps.push(`${name} = ${words}`);
}

type PendingValue = { column: string; value: Cell; key: string };

/** The quoted values a text lists as either of for one column: "X is 'a' or 'b'", "X is either 'a', 'b' or 'c'". */
function eitherValues(text: string, column: string): string[] | undefined {
  const quote = String.raw`["'‘“]([^"'’”]{1,40})["'’”]`;
  const match = new RegExp(
    String.raw`(?<![\w])${escapeRegExp(column)}\s+(?:is|are|equals|==?)\s+(?:either\s+|one of\s+)?((?:${quote}\s*,\s*)*${quote},?\s+or\s+${quote})`,
    'i',
  ).exec(text);
  if (!match) return undefined;
  return [...match[1]!.matchAll(new RegExp(quote, 'g'))].map((item) => item[1]!.trim());
}

function containsWords(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((_, start) => phrase.length > 0 && phrase.every((word, k) => words[start + k] === word));
}

/** "opposing team" ends with "team" and says more. */
function endsWithWords(longer: readonly string[], shorter: readonly string[]): boolean {
  return (
    longer.length > shorter.length &&
    shorter.length > 0 &&
    shorter.every((word, k) => longer[longer.length - shorter.length + k] === word)
  );
}

/** The positions where the words of a value (its key) start in the question. */
function valueStarts(key: string, words: readonly string[]): number[] {
  const valueWords = key.split(' ');
  return words.flatMap((_, start) =>
    valueWords.every((word, k) => words[start + k] === word) ? [start] : [],
  );
}

/** Whether "against", "versus" or "opponent" stands right before the value somewhere. */
function opposedValue(key: string, words: readonly string[]): boolean {
  return valueStarts(key, words).some((start) => opposedBefore(words, start));
}

/** Of one value found in several columns, the column the words right before the value point to. */
function pointedValue(same: readonly PendingValue[], words: readonly string[]): PendingValue | undefined {
  const starts = valueStarts(same[0]!.key, words);
  const length = same[0]!.key.split(' ').length;
  const picks = new Set(
    starts.map((start) =>
      pointedColumn(
        words,
        start,
        same.map((item) => wordsOf(item.column)),
        start + length,
      ),
    ),
  );
  const pick = picks.size === 1 ? [...picks][0] : undefined;
  return pick === undefined ? undefined : same[pick];
}

/**
 * Keeps the rows of each value the question names. A value found in two columns ("Leeds" as
 * Team and as Opposing team) keeps the column the words right before it point to ("against
 * Leeds", "whose Opposing team is Leeds"); after "against" with no column named for the other
 * side it is left unread. Otherwise it keeps the column the question names, else the plain one
 * the other qualifies, else it is left unread, so the answer is refused naming both columns
 * rather than half filtered.
 */
function keepValues(frame: Frame, pending: readonly PendingValue[], words: readonly string[]): void {
  for (const key of new Set(pending.map((item) => item.key))) {
    const same = pending.filter((item) => item.key === key);
    // Kept already on the column a sentence named ("Keep the rows whose Home is 'Leeds'"): done.
    if (
      same.some((item) =>
        frame.steps.some((step) => step.startsWith(`${keptStep(item.column, item.value)} (`)),
      )
    )
      continue;
    const named = same.filter((item) => containsWords(words, wordsOf(item.column)));
    const plain = same.filter((item) =>
      same.every((other) => other === item || endsWithWords(wordsOf(other.column), wordsOf(item.column))),
    );
    const pointed = same.length === 1 ? same[0] : pointedValue(same, words);
    // After "against" only a column named for the other side will do.
    const chosen =
      pointed ??
      (opposedValue(same[0]!.key, words)
        ? undefined
        : named.length === 1
          ? named[0]
          : plain.length === 1
            ? plain[0]
            : undefined);
    if (chosen) keepRows(frame, chosen.column, chosen.value);
    else
      frame.unread.push(
        `"${String(same[0]!.value)}" (found in ${same.map((item) => item.column).join(' and ')})`,
      );
  }
}

/**
 * Prose whose bounds are written as the plain numbers the columns hold: "$150,000" as 150000,
 * "more than twenty thousand" as more than 20000, and, over a table with a column of durations, "4:00" and "4 minutes" as 240 (seconds).
 */
function statedNumbers(frame: Frame, text: string): string {
  const timed = frame.table.columns
    .filter((column) => durationReader(column.texts.map((cell) => String(cell ?? ''))) !== undefined)
    .map((column) => column.name);
  const plain = boundsInWordsAsNumbers(text);
  return amountsAsNumbers(timed.length === 1 ? durationBounds(timed[0]!, plain) : plain);
}

const DURATION_WRITTEN = String.raw`\d{1,3}:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b`;

/**
 * A bound written as a duration ("at least 4:00", "under 4 minutes", "3:45.00 or less") is one
 * on the table's one column of durations, in seconds, whether or not the column is named.
 */
function durationBounds(column: string, text: string): string {
  return durationsAsSeconds(
    text
      .replace(
        new RegExp(
          String.raw`\b(?:in\s+)?(${DURATION_WRITTEN})\s+or\s+(?:(less|under|below|shorter|faster|quicker|lower)|(more|over|above|longer|slower|higher))\b`,
          'gi',
        ),
        (_, written: string, low?: string) => ` with ${column} ${low ? 'at most' : 'at least'} ${written}`,
      )
      .replace(
        new RegExp(
          String.raw`\b(at least|at most|more than|less than|longer than|shorter than|under|over|below|above|within)\s+(${DURATION_WRITTEN})`,
          'gi',
        ),
        (_, word: string, written: string) => {
          const plain = word
            .toLowerCase()
            .replace(/^longer than$/, 'more than')
            .replace(/^shorter than$/, 'less than')
            .replace(/^within$/, 'at most');
          return ` with ${column} ${plain} ${written}`;
        },
      ),
  );
}

/** Text values of a column the question writes as they are, capitalized, held by two rows or more. */
function namedInCase(frame: Frame, name: string, question: string): { value: Cell; words: string[] }[] {
  if (isNumericColumn(frame, name)) return [];
  const counts = new Map<string, number>();
  for (const cell of cellsOf(frame, name))
    if (typeof cell === 'string' && cell.length >= 3 && /^[A-Z]/.test(cell))
      counts.set(cell, (counts.get(cell) ?? 0) + 1);
  return [...counts]
    .filter(([value, count]) => {
      if (count < 2) return false;
      const at = question.indexOf(value);
      return at >= 0 && !/\w/.test(question[at - 1] ?? '') && !/\w/.test(question[at + value.length] ?? '');
    })
    .map(([value]) => ({ value, words: wordsOf(value) }));
}

/** 'whose "Rank" is "1"' over a numeric Rank: the quoted number is the number 1. */
function bareQuotedNumbers(frame: Frame, text: string): string {
  let said = text;
  for (const name of columnNames(frame).filter((column) => isNumericColumn(frame, column)))
    said = said.replace(
      new RegExp(
        `(\\bwhose\\s+["“]?${escapeRegExp(name)}["”]?\\s+(?:is|equals|is equal to)\\s+)["“'‘](-?\\d+(?:\\.\\d+)?)["”'’]`,
        'gi',
      ),
      '$1$2',
    );
  return said;
}

/** Keeps the rows whose cell in the column equals the value, and says so. */
function keepRows(frame: Frame, name: string, value: Cell): void {
  const cells = cellsOf(frame, name);
  filterRows(frame, name, (row) => cells[row] === value, keptStep(name, value));
}

/** The step that says the rows of one value were kept. */
function keptStep(name: string, value: Cell): string {
  return `rows where ${name} is ${JSON.stringify(value)}`;
}

/** Words that make the quoted text after them an example of how cells are written, not a value to keep. */
const EXAMPLE_BEFORE =
  /\b(?:(?:written|formatted|given|shown)\s+(?:like|as)|e\.g\.|for (?:example|instance)),?\s*$/i;

/** Words that put the quoted value after them outside the rows kept: "is not 'Won'", "other than 'N/A'". */
const NEGATED_BEFORE =
  /\b(?:is not|isn't|are not|aren't|not equal to|other than|except|excluding|anything but|!=)\s*$/i;

/** "Remove the outlying expenses", "excluding outlying values": rows pruned as outliers, named by an adjective. */
const OUTLYING_REMOVED =
  /\b(?:remov|prun|exclud|drop|eliminat|filter(?:ing)? out|discard|without)\w*\s+(?:the\s+|any\s+|all\s+)?outlying\b/i;

/** The numeric columns a text quotes by their full names ('the mean of "Parcels"'), each once. */
function quotedNumericColumns(frame: Frame, text: string): string[] {
  const names = new Map(columnNames(frame).map((name) => [name.toLowerCase(), name] as const));
  const found = [...text.matchAll(/"([^"\n]{1,80})"/g)].flatMap((match) => {
    const name = names.get(match[1]!.trim().toLowerCase());
    return name !== undefined && isNumericColumn(frame, name) ? [name] : [];
  });
  return [...new Set(found)];
}

/** "the rows that are not outliers", "over the non-outliers": the figure is taken over the rows kept. */
const NOT_OUTLIERS = /\b(?:that|which)\s+(?:are|were)\s+not\s+outliers\b|\bnon-?outliers?\b/i;

/**
 * "passengers in first class", "events of the fourth quarter": the value of a few-valued integer
 * column whose name holds the word after the ordinal (TicketClass, Tclass, a Period of
 * quarters), when the question names one such value only ("the first heat, and the second" names two).
 */
function ordinalValue(frame: Frame, name: string, question: string): number | undefined {
  const key = name.toLowerCase().replace(/[^a-z]/g, '');
  const values = numberedValues(frame, name);
  const found = ordinalValuesNamed(question, key, values, true);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The values of a column that numbers periods or groups: a few values, or whole numbers that run
 * on with at most two gaps ("Week" 1 to 17 of a season).
 */
function numberedValues(frame: Frame, name: string): Set<Cell> {
  const few = categoryValues(frame, name, 12).map((item) => item.value);
  if (few.length > 0) return new Set(few);
  const many = categoryValues(frame, name, 60).map((item) => item.value);
  const whole = many.filter((value): value is number => typeof value === 'number' && Number.isInteger(value));
  if (whole.length === 0 || whole.length !== many.length) return new Set();
  const low = Math.min(...whole);
  const high = Math.max(...whole);
  return low >= 0 && high - low + 1 <= whole.length + 2 ? new Set(whole) : new Set();
}

/**
 * "runners in heat 2", "passengers of class 3": the value of a few-valued integer column
 * written right after the column's name, when the question names one such value only.
 */
/** Words that bound the number after a column's name from one side ("up to and including Week 4"). */
const BOUND_BEFORE =
  /\b(?:up to(?: and including)?|to and including|through|thru|until|till|before|after|since)\s+(?:the\s+)?$/i;

/** The bound words before a column's name and number, as a comparison ("up to and including" as ≤). */
const BOUND_SIGNS: readonly {
  words: RegExp;
  sign: string;
  keeps: (cell: number, value: number) => boolean;
}[] = [
  {
    words: /\b(?:up to(?: and including)?|to and including|through|thru|until|till)\s+$/i,
    sign: '≤',
    keeps: (c, v) => c <= v,
  },
  { words: /\bbefore\s+$/i, sign: '<', keeps: (c, v) => c < v },
  { words: /\bafter\s+$/i, sign: '>', keeps: (c, v) => c > v },
  { words: /\bsince\s+$/i, sign: '≥', keeps: (c, v) => c >= v },
];

/**
 * "How many games were won up to and including Week 4?": one number of a column of integer codes
 * written after bound words, read as that bound.
 */
function codeBound(
  frame: Frame,
  name: string,
  question: string,
): { sign: string; value: number; keeps: (cell: number) => boolean } | undefined {
  const values = numberedValues(frame, name);
  if (![...values].every((value) => typeof value === 'number' && Number.isInteger(value))) return undefined;
  const escaped = escapeRegExp(name);
  const found: { sign: string; value: number; keeps: (cell: number) => boolean }[] = [];
  for (const match of question.matchAll(new RegExp(`(?:^|[^\\w])${escaped}\\s+(\\d+)\\b`, 'gi'))) {
    const before = question.slice(0, match.index + (/^\w/.test(match[0]) ? 0 : 1)).replace(/\bthe\s+$/i, '');
    const bound = BOUND_SIGNS.find((item) => item.words.test(before));
    if (!bound || !values.has(Number(match[1]))) continue;
    const value = Number(match[1]);
    found.push({ sign: bound.sign, value, keeps: (cell) => bound.keeps(cell, value) });
  }
  return found.length === 1 ? found[0] : undefined;
}

function codeValue(frame: Frame, name: string, question: string): number | undefined {
  const values = numberedValues(frame, name);
  if (![...values].every((value) => typeof value === 'number' && Number.isInteger(value))) return undefined;
  const escaped = escapeRegExp(name);
  const found = new Set<number>();
  for (const match of question.matchAll(new RegExp(`(?:^|[^\\w])${escaped}\\s+(\\d+)\\b`, 'gi'))) {
    // "won 3 rounds or more" bounds the column; it names no one value.
    if (boundFollows(question.slice(match.index + match[0].length))) continue;
    // Nor does "up to and including Week 4", "before round 3".
    if (BOUND_BEFORE.test(question.slice(0, match.index + (/^\w/.test(match[0]) ? 0 : 1)))) continue;
    if (values.has(Number(match[1]))) found.add(Number(match[1]));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const YES = /^(yes|y|true)$/i;
const NO = /^(no|n|false)$/i;

/** The cell a yes/no column's rows keep when the question says "who are <name>" or "who are not <name>". */
function yesNoAnswer(
  values: readonly { value: Cell; words: string[] }[],
  nameWords: readonly string[],
  words: readonly string[],
): Cell | undefined {
  if (values.length !== 2 || nameWords.length === 0 || nameWords.length > 3) return undefined;
  const yes = values.find((item) => YES.test(String(item.value)));
  const no = values.find((item) => NO.test(String(item.value)));
  if (!yes || !no) return undefined;
  // "who are self employed": the column's words in a row.
  const at = words.findIndex((_, index) => nameWords.every((word, k) => words[index + k] === word));
  if (at <= 0) return undefined;
  // "did not say whether they are self employed" asks about the column, it keeps no rows.
  if (words.slice(Math.max(0, at - 4), at).includes('whether')) return undefined;
  const before = words[at - 1]!;
  if (before === 'not' && at >= 2 && /^(who|that|which|were|was|are|is|be)$/.test(words[at - 2]!))
    return no.value;
  if (/^(who|that|which|were|was|are|is|be)$/.test(before)) return yes.value;
  // "of married applicants", "the self-employed applicants", "how many self-employed applicants":
  // the name before a plural noun.
  const after = words[at + nameWords.length];
  return /^(of|the|for|among|all|many)$/.test(before) &&
    after !== undefined &&
    /^[a-z]{4,}$/.test(after) &&
    !/^(?:column|field|variable|value|status|flag|indicator|rate|share|count|number)$/.test(after)
    ? yes.value
    : undefined;
}

/** A comparison with a bare statistic: "above the mean", "higher than the column's average". */
const BARE_STATISTIC =
  /\b(greater than or equal to|less than or equal to|greater than|more than|higher than|larger than|bigger than|taller than|longer than|older than|above|over|less than|lower than|smaller than|shorter than|younger than|below|under|at least|at most)\s+(?:the\s+|its\s+|their\s+)?(?:(?:column|column's|columns'|overall|whole|sample|group)\s+)?(average|mean|median)\b(?:\s+(?:value|values|figure|level))?/gi;

/**
 * "How many stalls have Takings above the mean?": the statistic is of the column named last
 * before the comparison, written out ("above the mean Takings") for the comparison rules; left
 * as it is when a column follows the statistic ("above the mean Visitors") or none comes before.
 */
function statisticOfComparedColumn(frame: Frame, text: string): string {
  return text.replace(BARE_STATISTIC, (whole, word: string, statistic: string, at: number, all: string) => {
    const after = all.slice(at + whole.length, at + whole.length + 60);
    if (
      findMentions(frame, after.replace(/^\s*(?:of|for|in)\s+/i, '')).some(
        (mention) => mention.position === 0,
      )
    )
      return whole;
    const sentence =
      all
        .slice(0, at)
        .split(/[.;?!\n]\s/)
        .at(-1) ?? '';
    // "How many passengers are above the mean": the rows' identifier (TicketId) has no mean to compare with.
    const column =
      numericMentions(frame, sentence.slice(-80))
        .filter((name) => frame.table.columns.find((item) => item.name === name)?.type !== 'identifier')
        .at(-1) ?? soleMeasure(frame, sentence);
    if (!column) return whole;
    // "the average Rating is higher than the overall average" compares a group's statistic, not rows.
    const named = sentence.toLowerCase().lastIndexOf(column.toLowerCase());
    if (
      named >= 0 &&
      /\b(?:average|mean|median|total|sum)\s+(?:of\s+)?(?:the\s+)?$/i.test(sentence.slice(0, named))
    )
      return whole;
    return `${word} the ${statistic.toLowerCase()} ${column}`;
  });
}

/**
 * "the mean fare", "the median age", "the mean fare plus two standard deviations": the bar a
 * comparison names, over the rows in play. Undefined when a part of the phrase is not read.
 */
function statisticBar(
  frame: Frame,
  phrase: string,
): { value: number; label: string; bar?: ConditionBar } | undefined {
  const spread =
    /^(average|mean)\s+(.+?)\s+(plus|minus|\+|-)\s+(\w+(?:\.\d+)?)\s+(?:times\s+(?:the\s+)?)?(?:standard deviations?|std|sd)\b/i.exec(
      phrase.trim(),
    );
  if (!spread && /standard deviation|\bstd\b|\bsd\b/i.test(phrase)) return undefined;
  const head = spread ? spread[2]! : phrase.replace(/^(average|mean|median)\s+/i, '');
  const other = findMentions(frame, head)
    .map((mention) => mention.column)
    .find((name) => isNumericColumn(frame, name));
  if (!other) return undefined;
  const { values } = numbersOf(frame, other);
  if (spread) {
    const k = Number(spread[4]) || numberWord(spread[4]!.toLowerCase());
    if (!k) return undefined;
    const sign = /plus|\+/i.test(spread[3]!) ? 1 : -1;
    const m = mean(values);
    const sd = Math.sqrt(variance(values));
    return {
      value: m + sign * k * sd,
      label: `the mean ${other} ${sign > 0 ? '+' : '−'} ${k} standard deviations`,
    };
  }
  const isMedian = /^median/i.test(phrase.trim());
  return {
    value: isMedian ? median(values) : mean(values),
    label: `the ${isMedian ? 'median' : 'mean'} ${other}`,
    bar: { statistic: isMedian ? 'median' : 'mean', column: other },
  };
}

/**
 * 'whose "Close" is greater than "Open"': quotation marks around a column's whole name are no part
 * of the phrase that names it; other quoted text (a value, a word) keeps its marks.
 */
function unquotedColumnNames(frame: Frame, text: string): string {
  const names = new Set(columnNames(frame).map((name) => name.trim().toLowerCase()));
  return text.replace(/["“]([^"“”\n]{1,60})["”]/g, (quoted, name: string) =>
    names.has(name.trim().toLowerCase()) ? name.trim() : quoted,
  );
}

/** Keeps the rows whose numbers in columns `a` and `b` compare as `word` says ("a greater than b"). */
function keepRowsComparing(frame: Frame, a: string, word: string, b: string): void {
  const left = cellsOf(frame, a);
  const right = cellsOf(frame, b);
  const test = comparison(word);
  filterRows(
    frame,
    a,
    (row) => {
      const x = left[row];
      const y = right[row];
      return typeof x === 'number' && typeof y === 'number' && test(x, y);
    },
    `rows where ${a} ${word} ${b}`,
  );
}

/** How a comparison word compares a value with its bar; a word of no bound ("equal to", "of") tests equality. */
function comparison(word: string): Compare {
  return comparisonTest(word) ?? ((value, bar) => value === bar);
}

const OWN_GROUP =
  /^(average|mean|median)\s+(.+?)\s+(?:of|in|within|for|among|across)\s+(?:their|its|his|her|the same|each|the respective|respective|the corresponding|the row's)\s+(?:own\s+)?(.+)$/i;

/**
 * "higher than the mean fare of their own class": each row's bar is the statistic of the
 * measure over its own group. Undefined when the phrase names no group; null when it names
 * one the table does not have (the comparison is then left undone, never made overall).
 */
function groupStatistic(
  frame: Frame,
  phrase: string,
): { byRow: (row: number) => number | undefined; label: string } | undefined | null {
  const match = OWN_GROUP.exec(phrase.trim());
  if (!match) return undefined;
  const measure = numericMentions(frame, match[2]!)[0];
  const group = findMentions(frame, match[3]!)
    .map((mention) => mention.column)
    .find((name) => name !== measure && categoryValues(frame, name, 50).length >= 2);
  if (!measure || !group) return null;
  const fn = match[1]!.toLowerCase() === 'median' ? median : mean;
  const labels = cellsOf(frame, group);
  const values = cellsOf(frame, measure);
  const lists = new Map<Cell, number[]>();
  for (const row of frame.rows) {
    const value = values[row];
    const label = labels[row] ?? null;
    if (label === null || typeof value !== 'number') continue;
    const list = lists.get(label) ?? [];
    list.push(value);
    lists.set(label, list);
  }
  const bars = new Map([...lists].map(([label, list]) => [label, fn(list)] as const));
  return {
    byRow: (row) => bars.get(labels[row] ?? null),
    label: `${fn === median ? 'median' : 'mean'} ${measure} of its ${group} group`,
  };
}

/** "Mark each season as a winning record when Wins is greater than Losses": a label's definition, which keeps every row. */
const MARKED =
  /\b(?:mark|flag|label|tag)\s+(?:each|every|all|the)\s+(?:[\w-]+\s+){1,3}?as\s+(?:a\s+|an\s+)?[^.;\n]{1,40}?\s+(?:when|if|where|whenever)\s+[^.;\n]{2,100}/gi;

/**
 * "the gap between the Peak and the Floor reading was more than 2.5": the comparison is of the
 * difference, not of the column named last, so the pair is left out of what a row condition reads.
 */
const PAIR_GAP =
  /\b(differences?|gaps?|spreads?|distances?)\s+between\s+[^,;?\n]{1,60}?(?=\s+(?:is|was|are|were|exceeds?|exceeded|exceeding|greater|more|higher|larger|above|over|less|lower|smaller|below|under|at least|at most)\b)/gi;

/**
 * The column of "the gap between the Peak and the Floor": the first column less the second, made
 * once, when each side names one numeric column and the first is never below the second (a
 * "gap" that could run either way is no plain difference); undefined otherwise.
 */
function pairGapColumn(frame: Frame, phrase: string): string | undefined {
  const parts = /\bbetween\s+(?:the\s+)?(.{1,40}?)\s+and\s+(?:the\s+)?(.{1,40})$/i.exec(phrase.trim());
  if (!parts) return undefined;
  const [a] = numericMentions(frame, parts[1]!);
  const [b] = numericMentions(frame, parts[2]!);
  if (!a || !b || a === b) return undefined;
  const name = `${a} − ${b}`;
  if (frame.derived.has(name)) return name;
  const left = cellsOf(frame, a);
  const right = cellsOf(frame, b);
  const cells = left.map((cell, row) => {
    const other = right[row];
    return typeof cell === 'number' && typeof other === 'number' ? cell - other : null;
  });
  if (cells.some((cell) => cell !== null && cell < 0)) return undefined;
  setColumn(frame, name, cells, `${name} = ${a} less ${b} on each row`);
  return name;
}

const INDICATOR =
  /\b(?:is|equals?|=|takes? (?:the )?value|set to|of|as|being)\s*["'`]?(?:1|true)["'`]?\s+(?:when|if|where|for)\s+(?:the\s+)?(.{2,80}?)\s*,?\s+(?:(?:and|or|but)\s+)?(?:(?:0|false)\s+(?:otherwise|else|if not|for (?:all )?(?:the )?other(?:s| rows)?)|(?:otherwise|else)\s*,?\s*["'`]?(?:0|false)["'`]?)(?=[\s.,;)]|$)/gi;

/** '"SizeBand" is "Small" if Weight is less than 10, and "Large" otherwise': the name, the two labels and the condition. */
const LABELLED =
  /["'“‘`]([^"'”’`\n]{1,40})["'”’`]\s+(?:is|=|equals)\s+["'“‘`]([^"'”’`\n]{1,30})["'”’`]\s+(?:if|when|where|for)\s+(?:the\s+)?(.{2,80}?)\s*,?\s+(?:and\s+)?["'“‘`]([^"'”’`\n]{1,30})["'”’`]\s+(?:otherwise|else|if not)\b/gi;

/**
 * "Crowd is above 20000", "Venue is 'H'": one column tested against a number or a quoted
 * value. Undefined unless the phrase reads cleanly.
 */
function readCondition(
  frame: Frame,
  phrase: string,
): { cells: Cell[]; test: (cell: Cell) => boolean; words: string } | undefined {
  const plain = phrase.trim().replace(/["'`]/g, '');
  const compared =
    /^(.{1,60}?)(?:\s+(?:is|are|was))?\s*(greater than or equal to|less than or equal to|greater than|more than|higher than|above|over|exceeds?|less than|lower than|below|under|at least|at most|equal to|equals?|>=|<=|==|=|>|<|≥|≤)\s*(-?\d+(?:\.\d+)?)$/i.exec(
      plain,
    ) ??
    // "FamilySize is 1": a bare "is" before a number is equality.
    /^(.{1,60}?)\s+(?:is|are|was)\s+()(-?\d+(?:\.\d+)?)$/i.exec(plain);
  if (compared) {
    // "Friends + Kin equals 0": the expression's value, not its last column's.
    const expression = readExpression(frame, compared[1]!);
    const column = expression ? undefined : numericMentions(frame, compared[1]!).at(-1);
    if (!column && !expression) return undefined;
    const symbols: Record<string, string> = {
      '>': 'greater than',
      '<': 'less than',
      '>=': 'at least',
      '≥': 'at least',
      '<=': 'at most',
      '≤': 'at most',
      '==': 'equal to',
      '=': 'equal to',
    };
    const spoken = (compared[2] || 'equal to').toLowerCase().replace(/^exceeds?$/, 'greater than');
    const word = symbols[spoken] ?? spoken;
    const bar = Number(compared[3]);
    const test = comparison(word);
    return {
      cells: expression ? expressionCells(frame, expression) : cellsOf(frame, column!),
      test: (cell) => typeof cell === 'number' && test(cell, bar),
      words: `${expression ? `(${expression.words})` : column} ${word} ${bar}`,
    };
  }
  const valued = /^(.{1,60}?)\s+(?:is|equals?|=)\s+["'‘“]([^"'’”]{1,40})["'’”]$/i.exec(phrase.trim());
  if (!valued) return undefined;
  const column = findMentions(frame, valued[1]!)
    .map((mention) => mention.column)
    .at(-1);
  if (!column) return undefined;
  const cells = cellsOf(frame, column);
  const value = cells.find((cell) => cell !== null && String(cell) === valued[2]);
  if (value === undefined) return undefined;
  return { cells, test: (cell) => cell === value, words: `${column} is ${JSON.stringify(value)}` };
}

type Operator = '+' | '−' | '×' | '/';

const OPERATORS: readonly [RegExp, Operator][] = [
  [/^(?:plus|\+|added to)$/i, '+'],
  [/^(?:minus|-|−|less)$/i, '−'],
  [/^(?:times|\*|×|multiplied by)$/i, '×'],
  [/^(?:divided by|\/|over)$/i, '/'],
];

/**
 * "Guests plus Staff plus 1", "Peak - Base", "Price / 2": terms that are each one numeric column
 * or a number, joined by operators. Undefined unless every term reads cleanly.
 */
function readExpression(
  frame: Frame,
  phrase: string,
): { terms: (string | number)[]; operators: Operator[]; words: string } | undefined {
  const pieces = phrase
    .trim()
    .split(/\s+(plus|minus|times|multiplied by|divided by|added to|\+|-|−|\*|×|\/)\s+/i)
    .map((piece) =>
      piece
        .trim()
        .replace(/^(?:the|a|an)\s+/i, '')
        .replace(/["'`“”‘’]/g, ''),
    );
  if (pieces.length < 3 || pieces.length % 2 === 0) return undefined;
  const terms: (string | number)[] = [];
  const operators: Operator[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (index % 2 === 1) {
      const operator = OPERATORS.find(([pattern]) => pattern.test(piece))?.[1];
      if (!operator) return undefined;
      operators.push(operator);
      continue;
    }
    const number = /^-?\d+(?:\.\d+)?$/.test(piece) ? Number(piece) : Number.NaN;
    if (Number.isFinite(number)) {
      terms.push(number);
      continue;
    }
    const found = numericMentions(frame, piece);
    const exact = columnNames(frame).find((name) => name.toLowerCase() === piece.toLowerCase());
    const column = exact ?? (found.length === 1 ? found[0] : undefined);
    if (!column || !isNumericColumn(frame, column)) return undefined;
    terms.push(column);
  }
  if (!terms.some((term) => typeof term === 'string')) return undefined;
  const words = terms.map((term, index) => `${index > 0 ? ` ${operators[index - 1]} ` : ''}${term}`).join('');
  return { terms, operators, words };
}

/** Each row's value of an expression: missing where a term's cell is no number. */
function expressionCells(
  frame: Frame,
  expression: { terms: (string | number)[]; operators: Operator[] },
): Cell[] {
  const columns = expression.terms.map((term) => (typeof term === 'string' ? cellsOf(frame, term) : null));
  const cells: Cell[] = [];
  for (let row = 0; row < frame.table.rowNumbers.length; row++) {
    const values = expression.terms.map((term, k) => (typeof term === 'number' ? term : columns[k]![row]));
    cells.push(
      values.every((value) => typeof value === 'number')
        ? evaluate(values as number[], expression.operators)
        : null,
    );
  }
  return cells;
}

/** Evaluates terms joined by operators, × and / before + and −. */
function evaluate(values: number[], operators: readonly Operator[]): number {
  const sums: number[] = [values[0]!];
  const signs: Operator[] = [];
  for (const [index, operator] of operators.entries()) {
    const value = values[index + 1]!;
    if (operator === '×') sums[sums.length - 1]! *= value;
    else if (operator === '/') sums[sums.length - 1]! /= value;
    else {
      sums.push(value);
      signs.push(operator);
    }
  }
  return sums
    .slice(1)
    .reduce((total, value, index) => (signs[index] === '+' ? total + value : total - value), sums[0]!);
}

/** "The margin is the (absolute) difference between A and B": the quantity's name, "absolute", then A and B. */
const DEFINED_DIFFERENCE =
  /\b(?:the|a|an)\s+([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)\s+(?:is|=|is defined as|is computed as)\s+(?:the\s+)?(absolute\s+)?difference between (?:the )?["'`]?([\w .-]+?)["'`]? and (?:the )?["'`]?([\w .-]+?)["'`]?(?=[,.;?]|\s+(?:columns?|values?)\b|$)/im;

/**
 * Keeps the rows whose year compares with a stated one, over the column of years or dates the
 * sentence names ("whose Season is 1980 or later"), else one named for years or dates, else the
 * table's only column of dates.
 */
function filterByYear(
  frame: Frame,
  text: string,
  phrase: string,
  year: number,
  op: '≥' | '>' | '≤' | '<',
): void {
  const dates = frame.table.columns.filter((item) => item.type === 'date').map((item) => item.name);
  const sentence = sentencesOf(text).find((item) => item.includes(phrase.trim())) ?? '';
  const column =
    findMentions(frame, sentence)
      .filter((mention) => mention.strength >= 1)
      .map((mention) => mention.column)
      .find((name) => dates.includes(name)) ??
    columnNames(frame).find((name) => /year|date/i.test(name)) ??
    (dates.length === 1 ? dates[0] : undefined);
  if (!column) return;
  const cells = cellsOf(frame, column);
  const yearOf = (cell: Cell) =>
    typeof cell === 'number'
      ? cell
      : typeof cell === 'string'
        ? (cellDate(cell)?.year ?? Number(cell.slice(0, 4)))
        : Number.NaN;
  const keep: Record<typeof op, (value: number) => boolean> = {
    '≥': (value) => value >= year,
    '>': (value) => value > year,
    '≤': (value) => value <= year,
    '<': (value) => value < year,
  };
  filterRows(
    frame,
    column,
    (row) => keep[op](yearOf(cells[row] ?? null)),
    `rows where ${column} ${op} ${year}`,
  );
}

/**
 * Years written right after the name of a column that holds years ("for data_year 2008",
 * "whose Season is 1999"), with that column; a bound ("2008 or later") or a text naming two of its
 * years is no such year.
 */
function namedYears(frame: Frame, text: string): { column: string; year: string }[] {
  const found: { column: string; year: string }[] = [];
  for (const name of columnNames(frame)) {
    if (!/year|season|date/i.test(name) || !isNumericColumn(frame, name)) continue;
    // "data_year 2000 and 2013" compares two years: no one year keeps the rows.
    const cells = cellsOf(frame, name);
    const held = new Set(
      [...text.matchAll(/\b(?:19|20)\d\d\b/g)]
        .map((match) => Number(match[0]))
        .filter((y) => cells.includes(y)),
    );
    if (held.size > 1) continue;
    const pattern = new RegExp(
      String.raw`(?<![\w])${escapeRegExp(name)}\s*(?:is|equals|==?)?\s*((?:19|20)\d\d)\b(?![-–/.]\d)(?!\s*(?:and|or)\s+(?:beyond|after|later|onwards?|before|earlier|earliest|latest))`,
      'gi',
    );
    for (const match of text.matchAll(pattern)) found.push({ column: name, year: match[1]! });
  }
  return found;
}

/**
 * Each row's previous row for a change of `values`: the row just before in table order, or, once a
 * step dropped the rows missing `source`, the last row before it with a `source` value.
 */
function previousRows(frame: Frame, source: string, values: readonly Cell[]): (number | undefined)[] {
  const dropped = rowsBeforeDrop(frame, source) !== undefined;
  let last: number | undefined;
  return values.map((value, row) => {
    const previous = dropped ? last : row > 0 ? row - 1 : undefined;
    if (value !== null) last = row;
    return previous;
  });
}

/** Each row's figure of its value and the previous row's value, missing where either is no number. */
function fromPrevious(
  frame: Frame,
  source: string,
  values: readonly Cell[],
  figure: (value: number, previous: number) => number | null,
): Cell[] {
  const previousRow = previousRows(frame, source, values);
  return values.map((value, row) => {
    const before = previousRow[row];
    const previous = before === undefined ? undefined : values[before];
    return typeof value === 'number' && typeof previous === 'number' ? figure(value, previous) : null;
  });
}

/** Positions of `words` inside a column's full name of two words or more. */
function namedSpans(words: readonly string[], names: readonly string[]): Set<number> {
  const covered = new Set<number>();
  for (const name of names) {
    const target = wordsOf(name);
    if (target.length < 2) continue;
    words.forEach((_, start) => {
      if (target.every((word, k) => words[start + k] === word))
        for (let k = 0; k < target.length; k++) covered.add(start + k);
    });
  }
  return covered;
}

/**
 * "the closing rate", "the opening level": the one numeric column of one word that an -ing word
 * of the phrase names by its stem (Close, Open).
 */
function participleColumn(frame: Frame, phrase: string): string | undefined {
  const stems = wordsOf(phrase)
    .filter((word) => /^[a-z]{3,}ing$/.test(word))
    .map((word) => porterStem(word));
  if (stems.length !== 1) return undefined;
  const named = columnNames(frame).filter(
    (name) =>
      wordsOf(name).length === 1 &&
      porterStem(wordsOf(name)[0]!) === stems[0] &&
      isNumericColumn(frame, name),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** Makes the column a stated name is followed by the formula of ("Size as A + B", "Spread (Top minus Floor)"). */
function makeStatedColumn(frame: Frame, text: string, stated: StatedName): void {
  const { name } = stated;
  const after = text.slice(stated.index);
  const following = after.slice(after.indexOf(name) + name.length);
  // "a new column for the daily spread (Top minus Floor)": the formula in brackets after the name.
  const bracketed = stated.bracketed ? /^\s*\(([^()]{3,160})\)/.exec(following) : null;
  const match =
    bracketed ??
    /(?:\b(?:as|is|equal to|equals|calculated as|computed as|defined as)|=)\s+(?:the\s+)?(.{3,160}?)(?=[,;:\n]|\.\s|\.$|\s+(?:and )?then\b|\s+and (?:calculate|find|compute|report|take)\b|$)/i.exec(
      following,
    );
  if (!match) return;
  // "PricePerHead by dividing Price by the family size, where the family size is Adults + Kids + 1":
  // the formula after "where …" defines that other quantity, not the new column.
  if (/\bwhere\b|\bin which\b/i.test(following.slice(0, match.index))) return;
  // "((Peak - Base) / Start) * 100": brackets group the terms, so the formula is read in full or not at all.
  if (/[()[\]]/.test(match[1]!)) {
    const formula = formulaCells(frame, match[1]!.replace(/["'`“”‘’]/g, ''));
    if (!formula) return;
    frame.derived.set(name, formula.cells);
    frame.steps.push(`${name} = ${formula.words}`);
    return;
  }
  // "'IsAlone' that is 1 when A + B equals 0 and 0 otherwise": a condition, the indicator rule's.
  if (/\b(?:when|whenever|if|otherwise)\b/i.test(match[1]!)) return;
  const expression = readExpression(frame, match[1]!);
  if (!expression) return;
  frame.derived.set(name, expressionCells(frame, expression));
  frame.steps.push(`${name} = ${expression.words}`);
}

export const PREPARATION_RULES: readonly PreparationRule[] = [
  {
    // 'Divide each nation's "Total" by the sum of "Total" and multiply by 100': each row's share.
    name: 'share of a column total',
    apply: (frame, question, constraints) => {
      applyShareOfTotal(frame, `${question}\n${constraints}`);
    },
  },
  {
    name: 'percentage change from the previous row',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      // "the month-over-month percentage change of the Takings": the same, the period named before it.
      const match =
        /percentage change (?:in|of) (?:the )?(.{1,60}?) (?:price |value |column )?from the previous/i.exec(
          text,
        ) ??
        /\b(?:day|week|month|quarter|year)[- ]over[- ](?:day|week|month|quarter|year) (?:percentage|percent|%) change (?:in|of) (?:the )?(.{1,60}?)(?=\s*(?:[?,;]|\.(?:\s|$)|$))/im.exec(
          text,
        ) ??
        // "the daily return as the percentage change of the Close price" with pandas' pct_change or a
        // daily return named: from one row to the next all the same.
        (/\bpct_change\b|\b(?:daily|weekly|monthly|day-to-day) (?:returns?|(?:percentage|percent|%) changes?)\b/i.test(
          text,
        )
          ? /(?:percentage|percent|%) change (?:in|of) (?:the )?(.{1,60}?)(?=\s*(?:[?,;]|\.(?:\s|$)|$|\s(?:price|value|column)\b))/im.exec(
              text,
            )
          : null);
      // "the standard deviation of the daily returns of Rate", "the largest daily percentage increase
      // in the Rate": the change and its column in one phrase, named by that phrase.
      const periodic = match ? null : PERIODIC_CHANGE.exec(text);
      if (!match && !periodic) return;
      const phrase = (match ?? periodic)![1]!;
      const source = numericMentions(frame, phrase)[0] ?? participleColumn(frame, phrase);
      if (!source) return;
      const values = cellsOf(frame, source);
      // "Daily return is the percentage change of Close from the previous day" names the column.
      const called =
        /\b([A-Za-z][\w ]{1,30}?)\s+(?:is|are|as|=)\s+(?:calculated as\s+|defined as\s+)?(?:the\s+)?percentage change\b/i
          .exec(text)?.[1]
          // "Calculate the daily return as …" names the daily return.
          ?.replace(/^(?:calculate|compute|find|create|define|derive|get|add)\s+(?:the\s+|a\s+|an\s+)?/i, '');
      const name = newName(
        text,
        called && wordsOf(called).length <= 3 && !/^(the|this|it|which|that)$/i.test(called)
          ? called
          : periodic
            ? `${source} ${periodic[0].split(/\s+(?:in|of|on|for)\s/i)[0]!.toLowerCase()}`
            : // "the weekly percentage change of the closing rate": named in the text's words for Close.
              `${phrase.toLowerCase().includes(source.toLowerCase()) ? source : phrase.trim()} percentage change`,
      );
      // pandas' pct_change named with no "× 100" or "in percent" gives fractions, as pandas does; so do
      // returns the text says no percent of, and changes it says are fractions.
      const fraction =
        /\bas (?:a )?fractions?\b|\bnot (?:times|multiplied by) 100\b/i.test(text) ||
        (/\bpct_change\b/i.test(text) && !/\b100\b|\bin percent\b|\bas a percentage\b/i.test(text)) ||
        (periodic !== null && /\breturns?\b/i.test(periodic[0]) && !/percent|%|\b100\b/i.test(text));
      const scale = fraction ? 1 : 100;
      // "Drop the rows with a missing Close, then the change from the previous row": once the rows
      // missing the source are dropped, the previous row is the previous one kept, as pandas has it.
      frame.derived.set(
        name,
        fromPrevious(frame, source, values, (value, previous) =>
          previous !== 0 ? ((value - previous) / previous) * scale : null,
        ),
      );
      frame.steps.push(
        `${name} = percentage change of ${source} from the previous row${fraction ? ' (a fraction, as pandas pct_change gives it)' : ''}`,
      );
    },
  },
  {
    // "In which year did Sales increase the most compared to the previous year?", "the year-over-year
    // difference of Sales": each row's value minus the previous row's (pandas diff()).
    name: 'change from the previous row',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      // A percentage change from the previous row is the rule above's.
      if (
        /\b(?:percentage|percent|%)\s+(?:change|increase|growth|rise|difference)s?\s+(?:in|of|from)\b|\bpct_change\b/i.test(
          text,
        )
      )
        return;
      const match = ROW_OVER_ROW.exec(text) ?? MOST_SINCE_PREVIOUS.exec(text);
      if (!match) return;
      const source = numericMentions(frame, match[1]!).at(-1);
      if (!source) return;
      const name = `${source} change from the previous row`;
      if (frame.derived.has(name)) return;
      const values = cellsOf(frame, source);
      frame.derived.set(
        name,
        fromPrevious(frame, source, values, (value, previous) => value - previous),
      );
      frame.steps.push(`${name} = ${source} − the previous row's ${source}`);
    },
  },
  {
    name: 'arithmetic over columns and numbers',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      // "a Size feature as A + B, and a PerHead feature as C / Size": each, the later over the earlier.
      for (const stated of statedNames(text))
        if (!frame.derived.has(stated.name)) makeStatedColumn(frame, text, stated);
    },
  },
  {
    // "the hit rate is hits / (hits + misses)": a formula with parentheses, read in full.
    name: 'quantity defined by a formula',
    apply: applyDefinedFormula,
  },
  // "The total goals of a match are goals for plus goals against": the same, in words.
  { name: 'quantity defined by a formula in words', apply: applyWordedFormula },
  // "how many gaps are longer than 7 days", once the gaps between consecutive dates were made.
  { name: 'condition on gaps between dates', apply: applyGapConditions },
  // "Keep the rows whose Name is missing".
  { name: 'rows kept by a missing cell', apply: applyMissingConditions },
  // "the monthly Takings" over a table of one month a row.
  { name: 'rows that are months', apply: applyMonthRows },
  {
    name: 'indicator column from a condition',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      // "'Big' that is 1 when Crowd is above 20000 and 0 otherwise": the name stated last before it.
      const stated = INDICATOR.exec(text);
      INDICATOR.lastIndex = 0;
      if (!stated) return;
      const name = [
        ...text
          .slice(0, stated.index)
          .matchAll(
            /\b(?:column|feature|variable|flag|indicator)\s+(?:(?:called|named|titled)\s+)?["'“‘`]([^"'”’`]+)["'”’`]/gi,
          ),
      ].at(-1)?.[1];
      if (!name || frame.derived.has(name)) return;
      // '… True for the rows where "Sold" is greater than "Made"': two columns compared row by row.
      const condition = readCondition(frame, stated[1]!) ?? readColumnPairCondition(frame, stated[1]!);
      if (!condition) return;
      const cells = condition.cells;
      // pandas: a missing cell fails the comparison, so it is 0 (np.where, astype(int), apply).
      frame.derived.set(
        name,
        cells.map((cell) => (condition.test(cell) ? 1 : 0)),
      );
      frame.steps.push(`${name} = 1 where ${condition.words}, else 0`);
    },
  },
  {
    name: 'two labels from a condition',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      // '"SizeBand" is "Small" if Weight is less than 10, and "Large" otherwise': a label for the rows
      // that meet the condition and another for the rest; a row whose tested cell is missing gets none.
      const stated = LABELLED.exec(text);
      LABELLED.lastIndex = 0;
      if (!stated) return;
      const [, name, yes, cond, no] = stated as unknown as [string, string, string, string, string];
      if (frame.derived.has(name) || columnNames(frame).includes(name) || yes === no) return;
      if (
        !new RegExp(
          `\\b(?:feature|column|variable)\\s+(?:(?:called|named)\\s+)?["'“‘\`]${escapeRegExp(name)}["'”’\`]`,
          'i',
        ).test(text)
      )
        return;
      const condition = readCondition(frame, cond);
      if (!condition) return;
      frame.derived.set(
        name,
        condition.cells.map((cell) => (cell === null ? null : condition.test(cell) ? yes : no)),
      );
      frame.steps.push(`${name} = "${yes}" where ${condition.words}, else "${no}"`);
    },
  },
  {
    name: 'change from one column to another',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      const match =
        /\b((?:(?:percentage|percent|%)\s+)?(?:increase|decrease|change|growth|rise|drop|decline|difference)s?\s+(?:in\s+(?:the\s+)?[\w .]{1,40}?\s+)?from\s+(?:the\s+)?([\w.\- ]{1,30}?)\s+to\s+(?:the\s+)?([\w.-]{1,30}?))(?=[\s,;?)]|\.(?:\s|$)|$)/i.exec(
          text,
        );
      if (!match) return;
      const only = (phrase: string) => {
        const found = numericMentions(frame, phrase);
        return found.length === 1 ? found[0] : undefined;
      };
      const from = only(match[2]!);
      const to = only(match[3]!);
      if (!from || !to || from === to) return;
      const name = describedName(text, match[1]!) ?? match[1]!.trim();
      if (frame.derived.has(name)) return;
      const percent =
        /percent|%/i.test(name) || /\bpercentage change\b|\bpercent change\b|\bgrowth rate\b/i.test(text);
      const falling = /decrease|drop|decline/i.test(name);
      combine(
        frame,
        name,
        [from, to],
        ([a, b]) => {
          const change = falling ? a! - b! : b! - a!;
          return percent ? (a === 0 ? Number.NaN : (change / a!) * 100) : change;
        },
        percent
          ? `(${falling ? `${from} − ${to}` : `${to} − ${from}`}) / ${from} × 100, the percentage change`
          : falling
            ? `${from} − ${to}`
            : `${to} − ${from}`,
      );
    },
  },
  {
    name: 'difference of two columns',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      const subtract =
        /subtract(?:ing)? (?:the )?["'`]?([\w .-]+?)["'`]? from (?:the )?["'`]?([\w .-]+?)["'`]?(?:[,.;]|$)/im.exec(
          text,
        );
      // "a new column 'Spread' as the difference between High and Low": High − Low.
      const between =
        subtract || !(NEW_NAME.test(text) || /new (?:feature|column|variable)/i.test(text))
          ? null
          : // "as the sum of A and B" is a sum, made by the rule for sums: no difference of "sum of A" and B.
            /\b(?:(?:difference|gap) between|(?:as|is|=)\s+(?!(?:the\s+)?(?:sum|total|product|ratio|quotient|average|mean)\s+of\b))(?:the )?["'`]?([\w .-]+?)["'`]? (?:and|minus|−|-) (?:the )?["'`]?([\w .-]+?)["'`]?(?=[,.;?]|\s+(?:columns?|values?|prices?)\b|$)/im.exec(
              // "the gap between the shift's peak and trough": the row's possessive is no part of a column's name.
              text.replace(
                /\b(?:the\s+)?(?:day|row|record|month|week|year|session|game|match)['’]s\s+/gi,
                '',
              ),
            );
      // "The margin is the absolute difference between A and B": a quantity the text names and defines.
      const defined = subtract || between ? null : DEFINED_DIFFERENCE.exec(text);
      const match =
        subtract ??
        (between
          ? [between[0], between[2]!, between[1]!]
          : defined
            ? [defined[0], defined[4]!, defined[3]!]
            : null);
      if (!match) return;
      const [minuend] = findMentions(frame, match[2]!).map((mention) => mention.column);
      const [subtrahend] = findMentions(frame, match[1]!).map((mention) => mention.column);
      if (!minuend || !subtrahend || minuend === subtrahend) return;
      const absolute = defined?.[2] !== undefined;
      if (defined && !(isNumericColumn(frame, minuend) && isNumericColumn(frame, subtrahend))) return;
      const a = cellsOf(frame, minuend);
      const b = cellsOf(frame, subtrahend);
      const name = defined ? defined[1]!.trim() : newName(text, `${minuend} − ${subtrahend}`);
      if (frame.derived.has(name) || columnNames(frame).includes(name)) return;
      frame.derived.set(
        name,
        a.map((value, row) => {
          const other = b[row] ?? null;
          if (typeof value === 'number' && typeof other === 'number')
            return absolute ? Math.abs(value - other) : value - other;
          const days = dayNumber(value);
          const otherDays = dayNumber(other);
          return days !== null && otherDays !== null ? Math.round(days - otherDays) : null;
        }),
      );
      frame.steps.push(
        absolute ? `${name} = |${minuend} − ${subtrahend}|` : `${name} = ${minuend} − ${subtrahend}`,
      );
    },
  },
  {
    name: 'ratio or product of two columns',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      if (!NEW_NAME.test(text) && !/new (?:feature|column|variable)/i.test(text)) return;
      const end = String.raw`(?=[,.;:)\n]|\s+(?:and then|then|to (?:create|get|form|calculate)|for each|as (?:a|the) new)\b|$)`;
      const patterns: [RegExp, 'ratio' | 'product'][] = [
        [
          new RegExp(String.raw`\bdivid(?:e|ing) (?:the )?(.{1,60}?) by (?:the )?(.{1,60}?)${end}`, 'i'),
          'ratio',
        ],
        [
          new RegExp(
            String.raw`\bratio (?:of|between) (?:the )?(.{1,60}?) (?:to|and|over) (?:the )?(.{1,60}?)${end}`,
            'i',
          ),
          'ratio',
        ],
        [
          new RegExp(
            String.raw`(?:^|\bas |\bis |=\s*)(?:the )?([\w."'\`’ -]{1,60}?) (?:divided by|/|over) (?:the )?(.{1,60}?)${end}`,
            'im',
          ),
          'ratio',
        ],
        [
          new RegExp(
            String.raw`\bmultiply(?:ing)? (?:the )?(.{1,60}?) (?:by|with|and) (?:the )?(.{1,60}?)${end}`,
            'i',
          ),
          'product',
        ],
        [
          new RegExp(String.raw`\bproduct of (?:the )?(.{1,60}?) and (?:the )?(.{1,60}?)${end}`, 'i'),
          'product',
        ],
      ];
      for (const [pattern, kind] of patterns) {
        const match = pattern.exec(text);
        if (!match) continue;
        const a = numericMentions(frame, match[1]!).pop();
        const b = numericMentions(frame, match[2]!)[0];
        if (!a || !b || a === b) continue;
        const name = newName(text, kind === 'ratio' ? `${a} / ${b}` : `${a} × ${b}`);
        if (frame.derived.has(name)) return;
        combine(
          frame,
          name,
          [a, b],
          ([x, y]) => (kind === 'ratio' ? (y === 0 ? Number.NaN : x! / y!) : x! * y!),
          kind === 'ratio' ? `${a} / ${b}` : `${a} × ${b}`,
        );
        return;
      }
    },
  },
  {
    name: 'sum or average of columns',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      const match =
        /(?:by (?:adding up|adding|summing|combining)|(?:the )?sum of|(?:the )?average [\w ]{0,30}?of|(?:the )?mean of)\s+(.{3,200}?)(?:[;:\n]|\.\s+[A-Z]|,? which\b|,? then\b|$)/.exec(
          text,
        );
      if (!match) return;
      // "Create a TotalPay feature as the sum of A and B": the bare name stated just before the sum.
      const named = NEW_NAME.test(text)
        ? undefined
        : statedNames(text)
            .filter((item) => item.index < match.index)
            .at(-1);
      if (!NEW_NAME.test(text) && !named && !/new feature|new column/i.test(text)) return;
      // "the mean of this ratio and its correlation with Volume": a statistic of a made column, no new sum.
      if (/^(?:this|that|these|those|it)\b/i.test(match[1]!)) return;
      const average = /average|mean/i.test(match[0]);
      const name = named?.name ?? newName(text, average ? 'average' : 'sum');
      // 'HomeIncome = "Paid" + "Bonus"' made it already: the words are that formula's, not a sum of it.
      if (frame.derived.has(name)) return;
      const sources = numericMentions(frame, match[1]!);
      if (sources.length < 2) return;
      combine(
        frame,
        name,
        sources,
        (values) => values.reduce((a, b) => a + b, 0) / (average ? values.length : 1),
        `${average ? 'average' : 'sum'} of ${sources.join(', ')}`,
      );
    },
  },
  {
    name: 'rows with a named value',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      // A part a cell contains ("whose Post contains 'Warden'") is no whole value.
      // 'written like "19-Jan-18"', "for example '4:05'": an example of how cells are written is no value kept.
      const matches = [...text.matchAll(/["'‘“]([^"'’”]{1,40})["'’”]/g)].filter(
        (match) => !quotedPart(text, match.index) && !EXAMPLE_BEFORE.test(text.slice(0, match.index)),
      );
      // "when Result is not 'Won'": a value said of the rows left out, kept apart.
      const isNegated = (match: RegExpExecArray) => NEGATED_BEFORE.test(text.slice(0, match.index));
      const quoted = matches.filter((match) => !isNegated(match)).map((match) => match[1]!.trim());
      const excluded = matches.filter(isNegated).map((match) => match[1]!.trim());
      for (const name of columnNames(frame)) {
        if (isNumericColumn(frame, name)) continue;
        const cells = cellsOf(frame, name);
        for (const word of new Set(excluded)) {
          // Said both ways ("is 'Won'" and "is not 'Won'"): neither is read, so the guard refuses.
          if (quoted.some((item) => item.toLowerCase() === word.toLowerCase())) continue;
          const value = cells.find((cell) => typeof cell === 'string' && cell.trim() === word);
          if (value === undefined) continue;
          filterRows(
            frame,
            name,
            (row) => cells[row] !== value,
            `rows where ${name} is not ${JSON.stringify(value)}`,
          );
        }
      }
      const names = new Set(columnNames(frame).map((name) => name.toLowerCase()));
      const pending: PendingValue[] = [];
      for (const name of columnNames(frame)) {
        // A mostly numeric column ("1:08.89" times) keeps a text cell as a value when the text
        // says it of the column ("when his Time is 'DQ'").
        if (
          isNumericColumn(frame, name) &&
          !cellsOf(frame, name).some(
            (cell) =>
              typeof cell === 'string' &&
              quoted.includes(cell.trim()) &&
              new RegExp(
                `${escapeRegExp(name)}\\s+(?:is|equals|==?)\\s+["'‘“]${escapeRegExp(cell.trim())}["'’”]`,
                'i',
              ).test(text),
          )
        )
          continue;
        const values = categoryValues(frame, name, 400);
        // A quoted word that is also a column's name is a value only when said of a column
        // ("when its Rush cell is 'Rush'", 'whose "Rush" is "Rush"').
        const saidOf = (word: string) =>
          new RegExp(
            `${escapeRegExp(name)}["'’”]?(?:\\s+cell)?\\s+(?:is|equals|==?)\\s+["'‘“]${escapeRegExp(word)}["'’”]`,
            'i',
          ).test(text);
        // 'whose "Region" is "Lakeside"': a value said of one column is no value of another holding it too.
        const saidOfColumn = (column: string, word: string) =>
          new RegExp(
            `(?<![\\w])${escapeRegExp(column)}["”]?(?:\\s+cell)?\\s+(?:is|equals|==?)\\s+["'‘“]${escapeRegExp(word)}["'’”]`,
            'i',
          ).test(text);
        const saidOfAnother = (word: string) =>
          !saidOfColumn(name, word) &&
          columnNames(frame).some((other) => other !== name && saidOfColumn(other, word));
        const loose = values.filter((item) =>
          quoted.some(
            (word) =>
              (!names.has(word.toLowerCase()) || saidOf(word)) &&
              !saidOfAnother(word) &&
              String(item.value).toLowerCase() === word.toLowerCase(),
          ),
        );
        // 'Q' and 'q' both in the column: the one written as quoted.
        const exact = loose.filter((item) => quoted.includes(String(item.value)));
        const hits = loose.length > 1 && exact.length === 1 ? exact : loose;
        // "whose Conference is 'North' or 'North East'": rows holding any of the values listed.
        if (hits.length > 1) {
          const listed = eitherValues(text, name);
          const values = hits.map((item) => item.value);
          if (
            listed &&
            listed.length === values.length &&
            values.every((value) => listed.includes(String(value)))
          ) {
            const cells = cellsOf(frame, name);
            filterRows(
              frame,
              name,
              (row) => values.includes(cells[row] ?? null),
              `rows where ${name} is ${values.map((value) => JSON.stringify(value)).join(' or ')}`,
            );
          }
          continue;
        }
        if (hits.length !== 1) continue;
        pending.push({ column: name, value: hits[0]!.value, key: hits[0]!.words.join(' ') });
      }
      keepValues(frame, pending, wordsOf(text));
    },
  },
  {
    name: 'rows in a stated year',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      const years = [
        ...text.matchAll(
          /\b(?:in|during|for|of)\s+(?:the\s+)?(?:(?:calendar|civil)\s+)?(?:year\s+)?((?:19|20)\d\d)\b(?![-–/]\d)(?!\s*(?:and|or)\s+(?:beyond|after|later|onwards?|before|earlier))/gi,
        ),
      ].map((match) => match[1]!);
      // "for data_year 2008", "the rows of Season 1999": a year written right after a column of years.
      const named = namedYears(frame, text);
      const distinct = [...new Set([...years, ...named.map((item) => item.year)])];
      if (distinct.length !== 1) return;
      const year = distinct[0]!;
      if (frame.steps.some((step) => step.includes(year))) return;
      const holdsYear = (name: string) =>
        isNumericColumn(frame, name) && cellsOf(frame, name).includes(Number(year));
      const yearColumn =
        named.map((item) => item.column).find(holdsYear) ??
        columnNames(frame).find((name) => /\byear\b/i.test(name) && holdsYear(name));
      if (yearColumn) {
        const cells = cellsOf(frame, yearColumn);
        filterRows(
          frame,
          yearColumn,
          (row) => cells[row] === Number(year),
          `rows where ${yearColumn} is ${year}`,
        );
        return;
      }
      const date = dateColumn(frame);
      if (!date) return;
      const cells = cellsOf(frame, date);
      // A date written as its year alone ("1995" among full dates) falls in that year.
      const inYear = (row: number) =>
        String(cells[row] ?? '').trim() === year ||
        (monthOf(cells[row] ?? null)?.startsWith(`${year}-`) ?? false);
      if (!frame.rows.some(inYear)) return;
      filterRows(frame, date, inYear, `rows where the year of ${date} is ${year}`);
    },
  },
  {
    name: 'years from a stated year on',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      // A span of years or dates ("from 2000 to 2009") is read with both its ends elsewhere.
      const spans = dateConditions(text).filter((condition) => condition.kind === 'span');
      const outside = (item: RegExpMatchArray) => !spans.some((span) => span.phrase.includes(item[0].trim()));
      const before = (item: RegExpMatchArray) => text.slice(Math.max(0, item.index! - 12), item.index);
      const matches = [
        ...text.matchAll(
          /\b(?:years? )?(?:beyond|after|from|since)\s+(?:the year\s+)?(\d{4})\b(\s+(?:and|or) (?:beyond|after|later|onwards?))?|\b(\d{4}) (?:and|or) (?:beyond|after|later|onwards?)/gi,
        ),
      ];
      // "in or after 2017", "from 2017", "2017 and later" include the year itself.
      const inclusive = (item: RegExpMatchArray) =>
        Boolean(item[2] ?? item[3]) ||
        /\b(from|since)\b/i.test(item[0]) ||
        /\b(?:in|on|during)\s+or\s+$/i.test(before(item));
      // A bound written twice ("after 2015" in the question, "2016 or later" in the constraints) is read
      // as the constraints, which come last, restate it, each with its own word; the question's words
      // name it when they give the same first year.
      const firstYear = (item: RegExpMatchArray) => Number(item[1] ?? item[3]) + (inclusive(item) ? 0 : 1);
      const stated = matches.filter(outside);
      const last = stated.at(-1);
      const match = last && stated.find((item) => firstYear(item) === firstYear(last));
      if (match)
        filterByYear(frame, text, match[0], Number(match[1] ?? match[3]), inclusive(match) ? '≥' : '>');
      // "before 2016", "in or before 2015", "2015 or earlier", "up to 2015".
      const upper = [
        ...text.matchAll(
          /\b(before|prior to|up to|until|through)\s+(?:the year\s+)?(\d{4})\b(?![-/:]\d)|\b(\d{4}) (?:and|or) (?:before|earlier|prior)\b/gi,
        ),
      ].find(outside);
      if (upper) {
        const inclusive =
          upper[3] !== undefined ||
          /^(?:up to|until|through)$/i.test(upper[1] ?? '') ||
          /\b(?:in|on|during)\s+or\s+$/i.test(before(upper));
        filterByYear(frame, text, upper[0], Number(upper[2] ?? upper[3]), inclusive ? '≤' : '<');
      }
    },
  },
  {
    name: 'rows by a comparison',
    apply: (frame, question, constraints) => {
      // The condition of an indicator column ("1 when X is above 5 and 0 otherwise") keeps every row,
      // and so does a test's hypothesis ("Is the mean X greater than 5?").
      const text = withSignsAsBounds(
        frame,
        statedNumbers(
          frame,
          currencyBoundsAsColumns(
            frame,
            synonymBoundsAsColumns(
              frame,
              paceBoundsAsColumns(
                frame,
                withoutTestedHypothesis(
                  // "(for example "1,200 m" has a height of 1200)": an example's number picks no rows.
                  withoutExamples(`${question}\n${constraints}`)
                    .replace(INDICATOR, ' ')
                    .replace(LABELLED, ' '),
                ).replace(PAIR_GAP, (phrase: string, word: string) => pairGapColumn(frame, phrase) ?? word),
              ),
            ),
          ),
        ),
      );
      const pattern =
        /\b(?:with|have|has|had|having|where|whose|paid|and|use|using|keep|keeping|select)\s+(?:a |an |the |rows where |rows with )?([\w .]{2,40}?)\s+(exactly equal to|equal to|equals?|of|greater than or equal to|less than or equal to|greater than|more than|higher than|above|over|less than|lower than|below|under|at least|at most)\s+(?:the )?((?:average|mean|median) [\w .]{2,60}|-?\d+(?:\.\d+)?(?!\.?\d|\s*(?:times|x|×|%|percent|standard deviations?|std|sds?|sigmas?)\b))(?=[\s,.;?)]|$)/gi;
      const done = new Set<string>();
      // "older than 60" and "younger than 18" compare an age column.
      const age = columnNames(frame).find(
        (name) => wordsOf(name).includes('age') && isNumericColumn(frame, name),
      );
      // "members under 18", "aged 18 or over": an age with no column word, when the table has one age column.
      const spoken = age
        ? text
            .replace(
              /\b(?:who (?:were|are|was|is) )?(older|younger) than (\d+(?:\.\d+)?)/gi,
              (_, word: string, number: string) =>
                ` with ${age} ${word.toLowerCase() === 'older' ? 'greater than' : 'less than'} ${number}`,
            )
            .replace(
              /\baged (\d+(?:\.\d+)?) or (?:(over|older|more|above)|(under|younger|less|below))\b/gi,
              (_, number: string, up?: string) => ` with ${age} ${up ? 'at least' : 'at most'} ${number}`,
            )
            .replace(
              /\b(?:who (?:were|are|was|is)|([\w-]+) (?:were|are|was|is|aged)|(?:was|were|is|are) (?:he|she|they)) (under|below|over|above) (\d+(?:\.\d+)?)\b(?!\s*(?:%|percent|[a-z]))/gi,
              (whole: string, subject: string | undefined, word: string, number: string) =>
                // "the z-score is above 2": a figure is the subject, not a person's age.
                subject !== undefined && FIGURE_SUBJECT.test(subject)
                  ? whole
                  : `${subject === undefined ? '' : `${subject} `}with ${age} ${/under|below/i.test(word) ? 'less than' : 'greater than'} ${number}`,
            )
            // "passengers under 18": a plural noun that names no column.
            .replace(
              /\b([A-Za-z]{3,}s) (under|below|over|above) (\d+(?:\.\d+)?)\b(?!\s*(?:%|percent|[a-z]))/g,
              (whole: string, noun: string, word: string, number: string) =>
                findMentions(frame, noun).length > 0
                  ? whole
                  : `${noun} with ${age} ${/under|below/i.test(word) ? 'less than' : 'greater than'} ${number}`,
            )
        : text;
      // "a height of 20 or lower": the bound written after its number; "3 rounds or more", "no
      // more than 2", "won between 2 and 4 races": bounds in words, as "at least" and "at most".
      // "who were never a soloist" over a count column: at most 0.
      const bounded = boundsAsAtLeastAtMost(
        neverAsNone(spoken, (phrase) => countColumnNamed(frame, phrase)),
      ).replace(
        /\b(?:of\s+)?(-?\d+(?:\.\d+)?)\s+or\s+(?:(lower|less|fewer|under|below|smaller|shorter|younger)|(higher|more|greater|over|above|larger|taller|older))\b/gi,
        (_, number: string, low?: string) => `${low ? 'at most' : 'at least'} ${number}`,
      );
      // "Takings above the mean", "a Score below the column average": a statistic that names no
      // column is of the column compared.
      const ownStatistic = statisticOfComparedColumn(frame, withDeviationBounds(bounded));
      // "taller than the mean height": a comparative before a statistic of the column it compares.
      const comparedToStatistic = ownStatistic.replace(
        /\b(taller|higher|larger|bigger|heavier|longer|older|greater|shorter|lower|smaller|lighter|younger)\s+than\s+(?:the\s+)?((?:average|mean|median)\s+([\w .]{2,60}))/gi,
        (whole, word: string, statistic: string, rest: string) => {
          const column = numericMentions(frame, rest)[0];
          if (!column) return whole;
          const more = /^(taller|higher|larger|bigger|heavier|longer|older|greater)$/i.test(word);
          return ` with ${column} ${more ? 'greater than' : 'less than'} the ${statistic}`;
        },
      );
      // "with at least 100 reviews", "completed fewer than 40 laps" put the number before the
      // column it counts.
      // "scored at least one goal in Friendlies": a count of units in the column named after "in".
      const unitIn = comparedToStatistic.replace(
        /\b(at least|at most|more than|fewer than|less than)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+\s+in\s+(?:the\s+)?([A-Za-z][\w.]*(?: [A-Za-z][\w.]*){0,4}?)(?=[,;?)]|\.(?:\s|$)|\s+(?:and|or|while|during|for)\b|$)/gi,
        (whole, word: string, number: string, phrase: string) => {
          const column = findMentions(frame, phrase).find(
            (mention) =>
              mention.strength >= 1 && mention.position === 0 && isNumericColumn(frame, mention.column),
          )?.column;
          const value = /^\d+$/.test(number) ? Number(number) : numberWord(number.toLowerCase());
          if (!column || !value) return whole;
          return ` with ${column} ${word.toLowerCase() === 'fewer than' ? 'less than' : word} ${value}`;
        },
      );
      // "In how many weeks did the bakery sell over 400 seed loaves?": after "did", "does"
      // or "do" and its subject, any verb is in its bare form.
      const nounBounds = unitIn.replace(
        /\b(with|having|has|have|had|[a-z]{3,}ed|made|make|makes|won|win|wins|got|get|gets|ran|run|runs|drew|draw|draws|take|takes|took|play|plays|(?<=\b(?:did|does|do)\s+(?:[a-z][\w'’-]*\s+){1,4})[a-z]{3,})\s+(at least|at most|more than|fewer than|less than|over|under)\s+(\d+(?:\.\d+)?)\s+([a-z][\w]*(?: [a-z][\w]*)?)(?=[\s,.;?)]|$)/gi,
        (whole, lead: string, word: string, number: string, noun: string, at: number, all: string) =>
          findMentions(frame, noun).some(
            (mention) =>
              isNumericColumn(frame, mention.column) &&
              frame.table.columns.find((column) => column.name === mention.column)?.type !== 'identifier' &&
              // The noun is no unit of a column named next ("at least 1 goal in Friendlies"), and
              // after a verb it names the column in full.
              !/^\s+(?:in|of|for|from|at|on)\s+(?!the dataset\b|total\b|all\b)/i.test(
                all.slice(at + whole.length),
              ) &&
              (/^(with|having|has|have)$/i.test(lead) || mention.strength >= 1),
          )
            ? ` with ${noun} ${word.toLowerCase() === 'fewer than' ? 'less than' : word} ${number}`
            : whole,
      );
      // "riders who won more than 2 races" over a Wins column: the verb names the column.
      const counted = bareQuotedNumbers(frame, verbBoundsAsColumns(frame, nounBounds));
      // "customers spent more than the mean spend of their tier": no lead word, the statistic names the column.
      const bare = [
        ...counted.matchAll(
          /\b(greater than or equal to|less than or equal to|greater than|more than|higher than|above|over|less than|lower than|below|under|at least|at most)\s+(?:the )?((?:average|mean|median) [\p{L}\p{N}_ .]{2,60})(?=[\s,.;?)]|$)/giu,
        ),
      ].map((match) => ['', '', match[1]!, match[2]!] as const);
      // "ran a time under 11": a column's full name right before the comparison, whatever the verb
      // (a rank or position too: "Pos less than or equal to 10"), or with "is" between ("whose
      // Weight (kg) is at least 80") or "of" ("a Stay (Days) of more than 30"); "whose Heat is 1"
      // keeps that number.
      // "How many gross incomes are 50000 or more?" over GROSS INCOME: the name with its last word in
      // the plural, before "are" or "were", unless that plural is another column's name.
      const names = columnNames(frame).map((name) => name.toLowerCase());
      const plural = (name: string) =>
        /[a-z]$/i.test(name) && !names.includes(`${name.toLowerCase()}s`)
          ? `(?:s(?=\\s+(?:are|were)\\b))?`
          : '';
      const direct = columnNames(frame)
        .filter((name) => isNumericColumn(frame, name))
        .flatMap((name) => [
          ...counted.matchAll(
            new RegExp(
              `(?<![\\w−])(?<!−\\s)(${escapeRegExp(name)})${plural(name)}\\s+(?:(?:is|are|was|were|of)\\s+)?(greater than or equal to|less than or equal to|greater than|more than|higher than|above|over|less than|lower than|below|under|at least|at most)\\s+(-?\\d+(?:\\.\\d+)?)(?!\\.?\\d|\\s*(?:times|x|×|%|percent|standard deviations?|std|sds?|sigmas?)\\b)(?=[\\s,.;?)]|$)`,
              'gi',
            ),
          ),
          ...[
            ...counted.matchAll(
              new RegExp(
                `\\bwhose\\s+(${escapeRegExp(name)})\\s+(?:is|equals|is equal to)\\s+(-?\\d+(?:\\.\\d+)?)(?!\\.?\\d|[\\w'’-]|\\s*(?:%|percent|times)\\b)(?=\\s*(?:[,.;?)]|$|(?:and|but)\\b))`,
                'gi',
              ),
            ),
          ].map((match) =>
            Object.assign([match[0], match[1]!, 'equal to', match[2]!], { index: match.index }),
          ),
        ])
        .map((match) => ['', match[1]!, match[2]!, match[3]!] as const);
      // 'Keep the rows where "Goats" is 0 and Kids is at least 2': a quoted name, several joined by "and".
      const conditions = statedRowConditions(frame, counted);
      const stated = conditions.map(
        (condition) => ['', condition.column, condition.word, condition.number] as const,
      );
      // "A family is idle when Goats is 0": the step names the word the rows are kept for.
      const definedBy = (column: string, word: string, number: string) =>
        conditions.find(
          (condition) =>
            condition.defines &&
            condition.column === column &&
            condition.word === word &&
            condition.number === number,
        )?.defines;
      for (const found of [...counted.matchAll(pattern), ...bare, ...direct, ...stated]) {
        // A statistic's phrase ends with its sentence ("the mean fare. Then …").
        const match = [found[0], found[1], found[2], found[3]!.split(/\.\s|\.$/)[0]!.trim()] as const;
        // "who spent more than the mean spend": the column is the one the statistic reads.
        // "a window of 3" is no condition: "of" and "equals" need the column's full name.
        const loose = !/^(of|equals?|equal to|exactly equal to)$/i.test(match[2]!);
        const statistic = /^(?:average|mean|median)\s/i.test(match[3]!);
        const column = [...(statistic ? [match[3]!] : []), match[1]!]
          .map((phrase, index) =>
            findMentions(frame, phrase)
              .filter((mention) => loose || mention.strength >= 1)
              // A rank or position compares when named in full ("Pos less than or equal to 10").
              .filter(
                (mention) =>
                  mention.strength >= 1 ||
                  frame.table.columns.find((item) => item.name === mention.column)?.type !== 'identifier',
              )
              .map((mention) => mention.column)
              .filter((name) => isNumericColumn(frame, name))
              // "the seasons with Games greater than 10": the column nearest the comparison;
              // "the mean spend of their tier": the column the statistic reads.
              .at(statistic && index === 0 ? 0 : -1),
          )
          .find(Boolean);
        if (!column) continue;
        // "Keep the depots whose count is 5 or more": a bound on each group's count of rows, no row's.
        if (boundsRowCount(match[1]!, column)) {
          frame.unread.push(`"${found[0].trim()}" (a bound on each group's count of rows, not on each row)`);
          continue;
        }
        // "How many regions have a mean yield above 150?": a bound on a statistic of groups, no row's.
        const ofStatistic = STATISTIC_LEAD.exec(match[1]!.trim());
        if (ofStatistic && !wordsOf(column).includes(ofStatistic[1]!.toLowerCase())) {
          frame.unread.push(`"${found[0].trim()}" (a bound on a statistic, not on each row)`);
          continue;
        }
        const word = match[2]!.toLowerCase();
        // "the mean height of all contestants" and "the mean Height" are one bar.
        // "above the average month" in the question and "above the mean" in the constraints, each
        // plus one standard deviation, are one bar too (read twice, the second would be taken over
        // the rows the first kept).
        const spread =
          /\b(plus|minus|\+|-)\s+(\w+(?:\.\d+)?)\s+(?:times\s+(?:the\s+)?)?(?:standard deviations?|std|sd)\b/i.exec(
            match[3]!,
          );
        const compared = statistic
          ? `${match[3]!
              .split(/\s/)[0]!
              .toLowerCase()
              .replace(
                /^average$/,
                'mean',
              )} ${column}${spread ? ` ${spread[1]!.toLowerCase()} ${numberWord(spread[2]!.toLowerCase()) ?? spread[2]}` : ''}`
          : wordsOf(match[3]!).join(' ');
        const key = `${column} ${/^(of|equals?|equal to|exactly equal to)$/.test(word) ? '=' : word} ${compared}`;
        if (done.has(key)) continue;
        done.add(key);
        let target = Number(match[3]);
        let label = '';
        let statisticOf: ConditionBar | undefined;
        if (!Number.isFinite(target)) {
          const relative = groupStatistic(frame, match[3]!);
          if (relative === null) continue;
          if (relative) {
            const test = comparison(word);
            filterNumbers(
              frame,
              column,
              (value, row) => {
                const bar = relative.byRow(row);
                return bar !== undefined && test(value, bar);
              },
              `rows where ${column} ${word} the ${relative.label}`,
            );
            continue;
          }
          const bar = statisticBar(frame, match[3]!);
          if (!bar) continue;
          target = bar.value;
          label = ` ${bar.label}`;
          statisticOf = bar.bar;
        }
        if (!Number.isFinite(target)) continue;
        // "whose Fare is not equal to 0", "is not greater than 5": the comparison turned round.
        const negated = /(?:\bnot|n't)$/i.test(match[1]!.trim());
        const compare = comparison(word);
        const test = (value: number) => compare(value, target) !== negated;
        filterNumbers(
          frame,
          column,
          test,
          `rows where ${column} ${negated ? 'not ' : ''}${word}${label} ${Number(target.toFixed(4))}${definedRows(definedBy(column, word, match[3]!))}`,
          statisticOf,
        );
      }
    },
  },
  {
    name: 'rows where one column exceeds another',
    apply: (frame, question, constraints) => {
      // A test's hypothesis ("Is After greater than Before?") is no condition on the rows.
      const text = unquotedColumnNames(
        frame,
        withoutTestedHypothesis(`${question}\n${constraints}`.replace(INDICATOR, ' ')),
      );
      const pattern =
        /\b(?:the\s+)?([A-Za-z][\w .]{0,40}?)\s+(?:is\s+|was\s+|were\s+|are\s+)?(greater than or equal to|less than or equal to|greater than|higher than|more than|above|less than|lower than|below)\s+(?:the\s+|its\s+|their\s+)?([A-Za-z][\w .]{0,40}?(?:\s*\([^()\n]{1,30}\))?)(?=[?,;)]|\.(?:\s|$)|\s+(?:and|or|in|on|for|of|during|by)\b|$)/gi;
      for (const match of text.matchAll(pattern)) {
        // "more than the Low by 5%", "twice the Open": a margin or a multiple this rule does not read.
        const after = text.slice(match.index + match[0].length);
        // A digit is a number compared with, unless it is part of a column's name ("Jun.2021").
        const said = wordsOf(match[3]!);
        const numbered = columnNames(frame).some(
          (name) => /\d/.test(name) && wordsOf(name).every((word) => said.includes(word)),
        );
        if (
          /^\s+by\b/i.test(after) ||
          /\b(?:twice|double|triple|half|times|percent)\b|%/i.test(match[3]!) ||
          (/\d/.test(match[3]!) && !numbered)
        )
          continue;
        const one = (phrase: string, last: boolean) => {
          const found = numericMentions(frame, phrase).filter(
            (name) => frame.table.columns.find((item) => item.name === name)?.type !== 'identifier',
          );
          return last ? found.at(-1) : found[0];
        };
        const a = one(match[1]!, true);
        const b = one(match[3]!, false);
        if (!a || !b || a === b || /^(?:average|mean|median)\b/i.test(match[3]!)) continue;
        keepRowsComparing(frame, a, match[2]!.toLowerCase(), b);
      }
      // "months with more Apples than Pears": the comparative before the first column.
      for (const match of text.matchAll(MORE_THAN)) {
        // Each side is a column's name and nothing more: "pear crates sold abroad" is left to the guard.
        const whole = (phrase: string) => {
          const said = wordsOf(phrase.replace(/^(?:the\s+)?(?:number\s+of\s+)?/i, '')).join(' ');
          return columnNames(frame).filter(
            (name) => isNumericColumn(frame, name) && wordsOf(name).join(' ') === said,
          );
        };
        const [a] = whole(match[2]!);
        const [b] = whole(match[3]!);
        if (!a || !b || a === b || /^(?:average|mean|median)\b/i.test(match[3]!)) continue;
        const word = /^(?:fewer|less|lower|smaller)$/i.test(match[1]!) ? 'less than' : 'greater than';
        keepRowsComparing(frame, a, word, b);
      }
    },
  },
  { name: 'rows of a result said in words', apply: (frame, question) => applyResultWords(frame, question) },
  {
    name: 'rows with a value or flag the question names',
    apply: (frame, asked) => {
      // A part a cell contains ("whose Post contains "Head Cook"") names no whole value.
      const question = asked.replace(/["'‘“]([^"'’”]{1,40})["'’”]/g, (quote, _part, index: number) =>
        quotedPart(asked, index) ? ' ' : quote,
      );
      const words = wordsOf(question);
      const columnPhrases = new Set(columnNames(frame).map((name) => wordsOf(name).join(' ')));
      // "the sum of Total Sold, Total Returned and Total Damaged": words inside a column's full name
      // of two words or more name the column, not a value ("Totals" in a label column).
      const covered = namedSpans(words, columnNames(frame));
      const pending: PendingValue[] = [];
      const compared = new Set<string>();
      for (const name of columnNames(frame)) {
        // Rows the text already kept by a part of this column's cells ("whose Post contains 'X'")
        // or by a value it leaves out ("when Result is not 'Won'").
        if (
          frame.steps.some((step) =>
            new RegExp(
              `^rows where ${escapeRegExp(name)} (?:(?:does not )?(?:contains?|starts?) |is not ")`,
            ).test(step),
          )
        )
          continue;
        const few = categoryValues(frame, name, 12);
        // A column of many values: a value the question writes in its own case, held by two rows
        // or more ("the skaters from Canada"), is a value too.
        const values = few.length >= 2 ? few : namedInCase(frame, name, question);
        // "the Russian skaters": the nation a demonym names, held by some rows of a text column.
        const nation = isNumericColumn(frame, name) ? undefined : demonymValue(frame, name, words);
        if (nation) {
          pending.push({ column: name, value: nation.value, key: nation.key });
          continue;
        }
        if (values.length < 1 || (values === few && values.length < 2)) {
          // "the ninth round" of a Round column numbering more periods than a few.
          const period = isNumericColumn(frame, name)
            ? (ordinalValue(frame, name, question) ?? codeValue(frame, name, question))
            : undefined;
          if (period !== undefined) keepRows(frame, name, period);
          continue;
        }
        const numeric = values.every((item) => typeof item.value === 'number');
        const nameWords = wordsOf(name);
        if (numeric || isNumericColumn(frame, name)) {
          // A 0/1 flag named after what it marks: "who churned" keeps Churned = 1, "who did not
          // visit" keeps Visited = 0.
          const flag = values.every((item) => item.value === 0 || item.value === 1);
          // "IsAlone", "HasCabin": the word after the verb names what the flag marks ("who are alone").
          const marked = nameWords.length === 2 && /^(?:is|has|was|had)$/.test(nameWords[0]!);
          const flagWords = marked ? nameWords.slice(1) : nameWords;
          const head = flagWords.length === 1 ? porterStem(flagWords[0]!) : undefined;
          // "guests who are alone" beside the name 'IsAlone' itself: the "are" one.
          const said =
            marked && head
              ? words.findIndex((word, index) => porterStem(word) === head && words[index - 1] === 'are')
              : -1;
          const at =
            said >= 0
              ? said
              : head && head.length >= 4
                ? words.findIndex((word) => porterStem(word) === head)
                : -1;
          const before = at > 0 ? words[at - 1]! : '';
          const negated = /^(not|never|didn|didnt|t)$/.test(before) && at >= 2;
          const lead = negated ? words[at - 2]! : before;
          // "how many shoppers visited": the counted noun right before the flag's verb.
          const counted = !negated && at >= 3 && words[at - 3] === 'how' && words[at - 2] === 'many';
          // "paid a Price above 100 and visited": a second condition joined to a first, not a
          // column named beside another ("between Tclass and Visited").
          const before6 = words.slice(Math.max(0, at - 8), at - 1);
          const joined =
            lead === 'and' &&
            before6.some((word) => word === 'who' || /^\d/.test(word)) &&
            !before6.some((word) => /^(between|of|and|column|columns|variable|variables)$/.test(word)) &&
            !/^(column|columns|variable|variables|flag)$/.test(words[at + 1] ?? '');
          if (
            flag &&
            at > 0 &&
            (counted ||
              joined ||
              /^(who|that|which|were|was|had|have|did|do|does|not|never|didn|didnt|t)$/.test(lead) ||
              (marked && lead === 'are')) &&
            (negated || before !== 'not')
          ) {
            const cells = cellsOf(frame, name);
            const kept = negated ? 0 : 1;
            filterRows(frame, name, (row) => cells[row] === kept, `rows where ${name} is ${kept}`);
            continue;
          }
          // "up to and including Week 4": the rows on that side of the number.
          const bound = codeBound(frame, name, question);
          if (bound) {
            filterNumbers(
              frame,
              name,
              (value) => bound.keeps(value),
              `rows where ${name} ${bound.sign} ${bound.value}`,
            );
            continue;
          }
          const ordinal = ordinalValue(frame, name, question) ?? codeValue(frame, name, question);
          if (ordinal !== undefined) {
            const cells = cellsOf(frame, name);
            filterRows(frame, name, (row) => cells[row] === ordinal, `rows where ${name} is ${ordinal}`);
          }
          continue;
        }
        // A yes/no column named after what it marks: "applicants who are married" keeps Married = Yes.
        const answer = yesNoAnswer(values, nameWords, words);
        if (answer !== undefined) {
          const cells = cellsOf(frame, name);
          filterRows(
            frame,
            name,
            (row) => cells[row] === answer,
            `rows where ${name} is ${JSON.stringify(answer)}`,
          );
          continue;
        }
        const hits = values.filter(
          (item) =>
            item.words.length > 0 &&
            item.words.join('').length >= 3 &&
            // A cell that reads as a column's name ("Total") names the column, not a row.
            !columnPhrases.has(item.words.join(' ')) &&
            !repeatsOwnHeader(frame, name, item.words) &&
            // A year a step already read off this column ("the year of Date is 2021") is done.
            !frame.steps.some((step) => step.includes(` ${name} `) && step.includes(` ${item.value} `)) &&
            words.some((_, start) =>
              item.words.every((word, k) => words[start + k] === word && !covered.has(start + k)),
            ),
        );
        // "the Lakeside parishes than the Hilltop parishes": both values of one column are the groups compared.
        if (hits.length === 2) for (const hit of hits) compared.add(hit.words.join(' '));
        if (hits.length !== 1) continue;
        pending.push({ column: name, value: hits[0]!.value, key: hits[0]!.words.join(' ') });
      }
      // A compared group's value two other columns hold too ("Hilltop" as a parish's name and as a
      // seat), which would be refused as unclear, is no row condition.
      const unclear = (key: string) => pending.filter((item) => item.key === key).length >= 2;
      keepValues(
        frame,
        pending.filter((item) => !(compared.has(item.key) && unclear(item.key))),
        words,
      );
    },
  },
  {
    name: 'outliers pruned first',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`;
      const stated =
        /outliers?\b[^.]{0,40}\b(pruned|removed|excluded|dropped|eliminated)\b[^.]{0,60}(interquartile|iqr|z-?\s?scores?)|(remov|prun|exclud|drop|eliminat|filter(?:ing)? out)\w* (?:the |any |all )?outliers[^.]{0,60}(interquartile|iqr|z-?\s?scores?)/i.exec(
          text,
        );
      // "Identify outliers … by z-score. After removing them, …", "Remove the outlying rows …
      // An outlier is … Q3 + 1.5 * IQR": the method named in another sentence. "Remove the passengers
      // whose absolute z-score exceeds 3": the rows removed named by their z-score.
      const later =
        stated ??
        ROWS_REMOVED_BY_Z.exec(text) ??
        ((/\b(?:remov|prun|exclud|drop|eliminat|filter(?:ing)? out|discard)\w*\s+(?:them|these|those|such (?:values|rows))\b|\b(?:they|these|those)\s+(?:are|were|have been|get)\s+(?:removed|dropped|excluded|discarded)\b/i.test(
          text,
        ) &&
          /\boutliers?\b/i.test(text)) ||
        OUTLYING_REMOVED.test(text) ||
        NOT_OUTLIERS.test(text)
          ? /interquartile|\biqr\b|z-?\s?scores?/i.exec(text)
          : null);
      if (!later) return;
      // Only the usual 1.5·IQR fences are pruned; another multiplier leaves the step undone.
      const multiplier = /(\d+(?:\.\d+)?)\s*(?:\*|×|·|times)\s*(?:the\s+)?(?:iqr|interquartile)/i.exec(
        text,
      )?.[1];
      if (!/z-?\s?score/i.test(later[0]) && multiplier !== undefined && Number(multiplier) !== 1.5) return;
      // "how many hours are outliers in Parcels" beside 'the Z-score of "Parcels"': the one numeric
      // column the text quotes, before the first one the question names ("hours" for Hour).
      const quoted = quotedNumericColumns(frame, text);
      const target = quoted.length === 1 ? quoted[0] : numericMentions(frame, question)[0];
      if (!target) return;
      const { rows, values } = numbersOf(frame, target);
      if (/z-?\s?score/i.test(later[0])) {
        // pandas/scipy: z from the mean and the population standard deviation (scipy.stats.zscore).
        const threshold = Number(
          (/\|?z\|?(?:-?\s?score)?\s*(?:>|>=|≥|above|greater than|exceeds?|exceeding|beyond|over|of more than)\s*(\d+(?:\.\d+)?)/i.exec(
            text,
          ) ?? /\bthreshold (?:of |at |=\s*)?(\d+(?:\.\d+)?)/i.exec(text))?.[1] ?? 3,
        );
        const center = values.reduce((a, b) => a + b, 0) / values.length;
        // "with the sample standard deviation": n − 1, as the outlier count reads it.
        const sample = /sample standard deviation|ddof\s*=\s*1/i.test(text);
        const spread = Math.sqrt(
          values.reduce((a, b) => a + (b - center) ** 2, 0) / (values.length - (sample ? 1 : 0)),
        );
        const kept = new Set(
          rows.filter((_, index) => Math.abs((values[index]! - center) / spread) <= threshold),
        );
        filterRows(
          frame,
          target,
          (row) => kept.has(row),
          `rows with ${target} inside |z| ≤ ${threshold}, outliers removed`,
        );
        return;
      }
      const { low, high } = iqrFences(values);
      const kept = new Set(rows.filter((_, index) => values[index]! >= low && values[index]! <= high));
      filterRows(
        frame,
        target,
        (row) => kept.has(row),
        `rows with ${target} inside Q1 − 1.5·IQR … Q3 + 1.5·IQR, outliers removed`,
      );
    },
  },
  {
    name: 'rows in a stated bin',
    apply: (frame, question, constraints) => {
      const text = `${question}\n${constraints}`
        .replace(/(\d),(\d{3})\b/g, '$1$2')
        .replace(/(\d),(\d{3})\b/g, '$1$2');
      const asked = [
        ...text.matchAll(
          /\b(?:bin|interval|range|group|bucket|category)\s+(?:from\s+|between\s+|of\s+)?(-?\d+(?:\.\d+)?)\s*(?:to|and|-|–)\s*(-?\d+(?:\.\d+)?)|[([]\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*[\])]/gi,
        ),
      ].map((match) => [Number(match[1] ?? match[3]), Number(match[2] ?? match[4])] as const);
      if (asked.length !== 1) return;
      const [low, high] = asked[0]!;
      for (const [name, cells] of frame.derived) {
        const labels = [...new Set(cells.filter((cell): cell is string => typeof cell === 'string'))];
        const intervals = labels.map((label) => ({
          label,
          bounds: /^[([]\s*(-?[\d.e+]+),\s*(-?[\d.e+]+)\s*[\])]$/.exec(label),
        }));
        if (intervals.length < 2 || intervals.some((item) => !item.bounds)) continue;
        const hit = intervals.filter(
          (item) => Number(item.bounds![1]) === low && Number(item.bounds![2]) === high,
        );
        if (hit.length !== 1) continue;
        const label = hit[0]!.label;
        filterRows(frame, name, (row) => cells[row] === label, `rows in the bin ${label} of ${name}`);
        return;
      }
    },
  },
  { name: 'rows in the top places', apply: applyTopPlaces },
  {
    name: 'rows within a stated range',
    apply: (frame, question, constraints) => {
      // "between $49,000 and $130,000": amounts as the plain numbers the column holds.
      const text = verbRangesAsColumns(frame, amountsAsNumbers(`${question}\n${constraints}`));
      const done = new Set<string>();
      for (const { phrase, low: from, high: to } of statedRanges(text)) {
        // The column named nearest the word "between".
        const column = numericMentions(frame, phrase).at(-1);
        if (!column) continue;
        const [low, high] = [from, to].sort((a, b) => a - b) as [number, number];
        // The question's range restated by the constraints is one step.
        if (done.has(`${column}\n${low}\n${high}`)) continue;
        done.add(`${column}\n${low}\n${high}`);
        // pandas Series.between: both ends included.
        filterNumbers(
          frame,
          column,
          (value) => value >= low && value <= high,
          `rows where ${column} between ${low} and ${high}`,
        );
      }
    },
  },
  {
    // "nations that did not win any Gold medal", "players without any goals": a count column at 0.
    name: 'rows with none of a counted column',
    apply: (frame, question, constraints) => {
      const pattern =
        /\b(?:(?:did|do|does|have|has|had)\s*(?:not|n't)\s+(?:\w+\s+)?|never\s+(?:\w+\s+)?|without\s+|with\s+no\s+)any\s+([\w .]{2,40}?)(?=[,;?)\n]|\.(?:\s|$)|\s+(?:and|or|in|on|for|during|by|with|than)\b|$)|\b(?:without|with no)\s+(?:a\s+|an\s+)?([\w .]{2,40}?)(?=[,;?)\n]|\.(?:\s|$)|\s+(?:and|or|in|on|for|during|by|with|than)\b|$)/gi;
      const done = new Set<string>();
      const text = `${question}\n${constraints}`;
      for (const match of text.matchAll(pattern)) {
        // "ignore the week with no attendance" leaves out the rows the phrase names.
        const before = text.slice(Math.max(0, text.lastIndexOf('\n', match.index) + 1), match.index);
        if (
          /\b(ignor\w*|exclud\w*|drop\w*|skip\w*|remov\w*|leave out|leaving out|omit\w*|discard\w*)\b[^.;]*$/i.test(
            before,
          )
        )
          continue;
        const phrase = match[1] ?? match[2]!;
        const column = findMentions(frame, phrase)
          .filter((mention) => mention.strength >= 1 && mention.position === 0)
          .map((mention) => mention.column)
          .find(
            (name) =>
              isNumericColumn(frame, name) &&
              frame.table.columns.find((item) => item.name === name)?.type !== 'identifier',
          );
        if (!column || done.has(column)) continue;
        const cells = cellsOf(frame, column);
        // Counts only: whole numbers, none below zero.
        if (
          !cells.every(
            (cell) => cell === null || typeof cell !== 'number' || (Number.isInteger(cell) && cell >= 0),
          )
        )
          continue;
        // A column with no zero: "with no X" speaks of a missing cell, not a count of none.
        if (!frame.rows.some((row) => cells[row] === 0)) continue;
        done.add(column);
        filterRows(frame, column, (row) => cells[row] === 0, `rows where ${column} is 0 (none)`);
      }
    },
  },
  // "What is the mean Depth, and on how many days was it above 40?": a bound on the one figure named before.
  { name: 'rows kept by a bound on "it"', apply: (frame, question) => applyPronounBounds(frame, question) },
  // "between 9:00 AM and 11:45 AM": the time of day of the one clock-time column.
  { name: 'rows in a span of times of day', apply: applyTimeOfDayRows },
  // "keep the three schools with the most teams": after every other row condition.
  { name: 'the groups with the most rows', apply: applyTopGroups },
  // 'Take the three rows with the largest "Volume"': after every other row condition.
  { name: 'the top rows by a column', apply: applyTopRows },
];

/** Rules that only add a column the text defines ("total_points as A plus B", "the margin is the difference between A and B"). */
const DEFINING_RULES: ReadonlySet<string> = new Set([
  'arithmetic over columns and numbers',
  'quantity defined by a formula',
  'quantity defined by a formula in words',
  'difference of two columns',
]);

/** Applies every preparation the question and constraints state, in rule order. */
export function applyPreparation(frame: Frame, question: string, constraints: string): void {
  // Columns the text defines by arithmetic come first, so that a later step can bin or clean
  // them, and once more after the cleaning and feature steps, for a column defined over one
  // those made ("the win rate is won / (won + lost)" after a split); each is made once.
  const defining = PREPARATION_RULES.filter((rule) => DEFINING_RULES.has(rule.name));
  for (const rule of defining) rule.apply(frame, question, constraints);
  const used = applyTransforms(frame, question, constraints);
  const rest = (text: string) =>
    sentencesOf(text, frame)
      .map((sentence) => used.get(sentence) ?? sentence)
      .filter(Boolean)
      .join('\n');
  let [q, c] = used.size ? [rest(question), rest(constraints)] : [question, constraints];
  // "how many days have a scaled value above 0.5" once Level alone was scaled: a condition on Level.
  [q, c] = [withScaledColumnNamed(frame, q), withScaledColumnNamed(frame, c)];
  // "Drop the rows whose Kind is 'B'", "whose Kind is not B": read here, then out of the text the row rules read.
  [q, c] = applyLeftOutValues(frame, q, c);
  // An indicator's condition ("1 if Size == 1, otherwise 0") defines a column; it keeps every row.
  // So does the clause that says when a created column is True ('a column "up" that is True when …').
  const strip = (text: string) =>
    text.replace(INDICATOR, ' ').replace(MARKED, ' ').replace(CREATED_TRUE_WHEN, '$1');
  for (const rule of defining) rule.apply(frame, strip(q), strip(c));
  // No step makes such a label yet: an answer would be over other columns.
  for (const marked of `${question}\n${constraints}`.matchAll(MARKED))
    frame.unread.push(`"${marked[0].trim()}" (a label defined by a condition, which no step makes)`);
  applyNonNumberExclusions(frame, c);
  // "A Rank that is not a number is a missing value": read, then out of the text (its example picks no rows).
  for (const clause of applyNonNumbersMissing(frame, q, c))
    [q, c] = [q.replace(clause, ' '), c.replace(clause, ' ')];
  // 'Keep the rows whose "Balls" is a number. "rate" = Score / "Balls" * 100': a formula over a
  // column read as numbers only once those rows were kept is made now.
  for (const rule of defining) rule.apply(frame, strip(q), strip(c));
  // Later rules read the constraints without those clauses: their quoted examples pick no rows.
  for (const clause of nonNumberClauses(c, columnNames(frame))) c = c.replace(clause, ' ');
  applyTextConditions(frame, strip(q), strip(c));
  // "Count the rows with a number in both Cup and League".
  applyNumberInColumns(frame, strip(q), strip(c));
  applyDateDifference(frame, q, c);
  applyDateConditions(frame, strip(q), strip(c));
  for (const rule of PREPARATION_RULES)
    if (DEFINING_RULES.has(rule.name)) continue;
    else if (rule.name === 'indicator column from a condition') rule.apply(frame, q, c);
    else rule.apply(frame, strip(q), strip(c));
}

/** A compared phrase that opens with a statistic ("mean yield", "average score"). */
const STATISTIC_LEAD = /^(mean|average|median|total)\s+\S/i;

/** The note's ending that names the word a definition keeps the rows for (" (idle)"), or nothing. */
function definedRows(word: string | undefined): string {
  return word ? ` (${word})` : '';
}
