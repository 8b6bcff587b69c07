/**
 * @module slot-context
 * What one slot of a DABench-form answer is worked out from (the frame, the slot, the
 * columns and rows it names) and the small readers every slot rule shares.
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import {
  type Cell,
  cellsOf,
  columnNames,
  type Frame,
  findMentions,
  isFlagColumn,
  isNumericColumn,
  numbersOf,
  wordsOf,
} from './analysis-frame.ts';
import { type Slot, writeNumber } from './answer-format.ts';
import { readSlotName } from './slot-words.ts';

/** What one slot is worked out from. */
export type SlotContext = {
  readonly frame: Frame;
  readonly slot: Slot;
  /** Question, constraints and format, lower case. */
  readonly text: string;
  readonly question: string;
  /** Columns the slot names (its own words first, then the question's). */
  readonly columns: readonly string[];
  /** Columns the slot's own name and placeholder name. */
  readonly ownColumns: readonly string[];
  /** Numeric columns among them. */
  readonly measures: readonly string[];
  /** Rows the slot is about (a slot like p_value_class_1 narrows to its group). */
  readonly rows: readonly number[];
  readonly groupNote?: string;
  /** The group the slot narrowed to, when it names one. */
  readonly group?: { readonly column: string; readonly value: Cell };
};

export type SlotResult = {
  value: string;
  note: string;
  columns: string[];
  rows: readonly number[];
  /** The best group's figure, when the result names the group a ranking put first. */
  ranked?: RankedFigure;
  /** The measure and its extreme figure, when the result names the one row where the measure peaks. */
  peak?: { readonly measure: string; readonly best: number };
  /** The rows of the one group the result names, when they are not `rows` ("2017-01" of a monthly peak). */
  picked?: readonly number[];
};

/** The statistic a ranking scored its groups by, of which measure, and the best group's figure. */
export type RankedFigure = {
  readonly fn: 'mean' | 'sum' | 'median' | 'std';
  readonly measure: string;
  readonly best: number;
};

export function slotWords(slot: Slot): string[] {
  return [...readSlotName(slot.name), ...wordsOf(slot.placeholder.replace(/_/g, ' '))];
}

export function has(words: readonly string[], ...wanted: string[]): boolean {
  return wanted.some((word) => words.includes(word));
}

export function alphaOf(text: string): number {
  const match = /(?:alpha|significance level)[^0-9]{0,20}(0?\.\d+)/i.exec(text);
  return match ? Number(match[1]) : 0.05;
}

const NEGATIVE_OPTION = /\b(non|not|no|false|none|un\w*|insignificant)\b|non-|not_|^no\b/i;

/** "independent" beside "dependent", "dissimilar" beside "similar": another option with a negating prefix. */
function prefixedNegative(option: string, options: readonly string[]): boolean {
  return options.some(
    (other) =>
      other !== option && new RegExp(`^(?:in|im|il|ir|dis)-?${escapeRegExp(other)}$`, 'i').test(option),
  );
}

export function pickOption(slot: Slot, positive: boolean, fallback: [string, string]): string {
  const options = slot.options.filter((option) => option.length > 0);
  const negative = (option: string) => NEGATIVE_OPTION.test(option) || prefixedNegative(option, options);
  const negatives = options.filter(negative);
  const positives = options.filter((option) => !negative(option));
  if (positive && positives[0]) return positives[0];
  if (!positive && negatives[0]) return negatives[0];
  return positive ? fallback[0] : fallback[1];
}

export function population(text: string): boolean {
  // "numpy's log1p … Use the sample standard deviation": the standard deviation stated wins.
  if (/\bsample standard deviation\b|ddof\s*=\s*1\b/i.test(text)) return false;
  return /population standard deviation|\(σ\)|ddof\s*=\s*0|np\.std|numpy|\/\s*n\b|divided by (?:the )?(?:count|n)\b/i.test(
    text,
  );
}

/** "with the bias-corrected formula", "corrected for bias": the sample (adjusted) skewness or kurtosis. */
const BIAS_CORRECTED =
  /\bbias[- ]?corrected\b|\bcorrected for (?:the )?bias\b|\bwith (?:a |the )?bias correction\b/i;
/** "not bias-corrected", "without bias correction", "uncorrected": the biased form after all. */
const NOT_BIAS_CORRECTED = /\b(?:not|no|without|un)[- ]?(?:\w+[- ])?bias[- ]?correct|\buncorrected\b/i;

export function adjustedMoments(text: string): boolean {
  // scipy's bias=False is the same correction pandas makes.
  if (/bias\s*=\s*false/i.test(text)) return true;
  if (BIAS_CORRECTED.test(text) && !NOT_BIAS_CORRECTED.test(text)) return true;
  // "Use the pandas methods skew() and kurt() … run scipy.stats.shapiro": scipy named for another
  // statistic leaves the moments to the method the text names for them.
  const pandasMoments = /\bskew\(\)|\bkurt\(\)|\.kurt\b|pandas\b[^.\n]{0,40}\b(?:skew|kurt)/i.test(text);
  const scipyMoments = /scipy(?:\.stats)?\.(?:skew|kurt)|scipy\b[^.\n]{0,40}\b(?:skew|kurt)/i.test(text);
  if (pandasMoments !== scipyMoments) return pandasMoments;
  return /pandas|\.skew\(\)|\.kurt/i.test(text) && !/scipy/i.test(text);
}

/**
 * A column the slot (or, when the slot names none, the question) names in full whose cells hold
 * figures the engine does not read as numbers ("12 450 (est.)"), unless `measure` is named too:
 * a statistic taken over another numeric column would answer a different question.
 */
function unreadNamedColumn(context: SlotContext, measure: string | undefined): string | undefined {
  const inFull = findMentions(context.frame, context.question)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column);
  // "@mean_landings" names "Aircraft Landings" in part; the question names it in full.
  const slotNameWords = wordsOf(context.slot.name.replace(/_/g, ' '));
  const inPart = inFull.filter((name) =>
    wordsOf(name).some((word) => word.length >= 3 && slotNameWords.includes(word)),
  );
  const slotNamed = [...new Set([...context.ownColumns, ...inPart])];
  const named = slotNamed.length > 0 ? slotNamed : inFull;
  if (measure !== undefined && named.includes(measure)) return undefined;
  return named.find((name) => {
    if (name === context.group?.column || isNumericColumn(context.frame, name)) return false;
    // A column the measure was computed from ("days from Date from to Date until") is read.
    if (measure !== undefined && context.frame.derived.has(measure) && measure.includes(name)) return false;
    if (context.frame.conditions.some((condition) => condition.column === name)) return false;
    const cells = cellsOf(context.frame, name).filter((cell) => cell !== null);
    const figures = cells.filter((cell) => typeof cell === 'number' || /\d/.test(cell));
    return cells.length > 0 && figures.length >= cells.length / 2;
  });
}

export function needMeasure(context: SlotContext, index = 0): string {
  const name = context.measures[index];
  if (!name)
    fail('unsupported', `No numeric column found for @${context.slot.name}.`, {
      hint: 'Name the column in the question, e.g. "the mean of the Fare column".',
    });
  return name;
}

/** The measure a one-column statistic is taken of; refused when the slot names a column of unread figures. */
function statisticMeasure(context: SlotContext): string {
  const name = context.measures[0];
  const unread = unreadNamedColumn(context, name);
  if (unread)
    fail(
      'unsupported',
      `@${context.slot.name} names ${unread}, but its cells are not numbers the builtin engine can read${name ? ` (it would have used ${name} instead)` : ''}.`,
      { hint: 'Say how to read those cells as numbers, or clean the column first.' },
    );
  return needMeasure(context);
}

export function numberResult(
  context: SlotContext,
  value: number,
  note: string,
  columns: string[],
  rows: readonly number[],
): SlotResult {
  return { value: writeNumber(value, context.slot.decimals), note, columns, rows };
}

/** A format or constraint asking for a share written as a fraction of one. */
export const FRACTION_FORMAT =
  /\bbetween 0(?:\.0+)? and 1(?:\.0+)?\b|\b(?:from|in) 0 to 1\b|\bas a (?:fraction|decimal|proportion)\b|\b(?:fraction|proportion|decimal) between\b|\bnot (?:as )?a percentage\b/i;

const PERCENT_WORDS = new Set(['pct', 'percent', 'percentage', 'percentages', 'perc', 'pcnt']);
const FRACTION_WORDS = new Set(['prop', 'proportion', 'share', 'fraction', 'frac', 'ratio', 'rate']);

/**
 * Whether a share is written as a percentage: the wording of the format and constraints first
 * ("a number between 0 and 1" no, "as a percentage" or "multiplied by 100" yes), then the slot's
 * own words as written ("pct" yes; "prop", "proportion", "share", "fraction" no), then the
 * question ("what percentage of").
 */
export function asksPercent(context: SlotContext): boolean {
  const { slot } = context;
  const format = context.text.slice(context.question.length);
  if (FRACTION_FORMAT.test(format)) return false;
  if (PERCENT_FORMAT.test(context.text)) return true;
  const own = `${slot.name} ${slot.placeholder}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/);
  if (own.some((word) => PERCENT_WORDS.has(word))) return true;
  if (own.some((word) => FRACTION_WORDS.has(word))) return false;
  return /\bpercent(?:age)?s?\b/i.test(context.question) || /\bpercent(?:age)?s?\b|%/i.test(format);
}

/** A format or constraint asking for a share written as a percentage. */
export const PERCENT_FORMAT =
  /\b(?:as|in|into) (?:a )?percent(?:age)?s?\b|\*\s*100\b|×\s*100\b|multipl\w* by 100\b/i;

/** A slot about the data once outliers are gone ("mean_no_outliers"), not about the outliers. */
export function afterRemoval(words: readonly string[]): boolean {
  return has(
    words,
    'no',
    'without',
    'excluding',
    'exclude',
    'removed',
    'remove',
    'after',
    'clean',
    'cleaned',
    'remaining',
  );
}

export const NEW_COLUMN = /\b(new(?:ly created)? (?:feature|column|variable)|this feature)\b/i;

export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return findPhrase(words, phrase) >= 0;
}

export function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let start = 0; start + phrase.length <= words.length; start++)
    if (phrase.every((word, k) => words[start + k] === word)) return start;
  return -1;
}

/** Words before "between A and B" that define a quantity of the pair ("the difference between High and Low"), not a pair compared. */
const DEFINED_BETWEEN =
  /\b(?:difference|differences|ratio|gap|spread|distance|sum|product|change|range|days|time)\s*$/i;

/** Words that make a quantity of a column rather than name it: "the percentage change in Close", "the log of Volume". */
const TRANSFORMED =
  /\b(?:absolute|percent(?:age)? change|change|changes|log|logarithm|ratio|difference|returns?|growth|square root|squared?|lag(?:ged)?|rank(?:s|ed)?|z-?scores?|normali[sz]ed|standardi[sz]ed|scaled)\b/i;

/** Quantities taken of a made column in turn: "the absolute … change", "the log of the ratio". */
const FURTHER_QUANTITY = /\b(?:absolute|log|logarithm|square root|squared?)\b/i;

/** Whether the made column's name or the step that made it says the quantity ("absolute"). */
function madeWith(context: SlotContext, column: string, quantity: string): boolean {
  const word = quantity.toLowerCase().split(/\s+/)[0]!;
  return (
    column.toLowerCase().includes(word) ||
    context.frame.steps.some((step) => step.startsWith(`${column} = `) && step.toLowerCase().includes(word))
  );
}

/** "its correlation with Tickets", "this feature's Pearson correlation with Weight". */
const ITS_CORRELATION =
  /\b(?:its|this feature's|the new (?:feature|column)'s) (?:pearson |spearman )?correlation(?: coefficient)? with (?<partner>.{1,80}?)(?:[.,;?\n]|$)/i;

/** "how does it correlate with wage", "whether the new feature correlates with Takings", "correlate it with Weight". */
const IT_CORRELATES =
  /\b(?:(?:it|this feature|the new (?:feature|column))\s+(?:correlates?|is correlated)|correlate\s+(?:it|this feature|the new (?:feature|column)))\s+with\s+(?<partner>.{1,80}?)(?:[.,;?\n]|$)/i;

/** "the total goals of a game": a quantity (1) taken of each row a noun (2) names. */
const OF_EACH_ROW = /^\s*(?:the\s+)?([a-z][\w\s'-]*?)\s+of\s+(?:a|an|each|every)\s+(.+)$/i;

/** The two columns of "between A and B", when the text says it that way. */
export function pairNamed(context: SlotContext): [string, string] | undefined {
  for (const text of [context.question, context.text]) {
    // A quoted name is one side whole ("Adults Jun.2022"); a stop ends a side only before a space.
    for (const match of text.matchAll(
      /\bbetween ("[^"\n]{1,120}"|.{1,120}?) and ("[^"\n]{1,120}"|.{1,120}?)(?:[.,;?](?=\s|$)|\n|$)/gi,
    )) {
      // "a new column as the difference between High and Low", then "the correlation between it and Volume".
      if (
        context.frame.derived.size > 0 &&
        DEFINED_BETWEEN.test(text.slice(Math.max(0, match.index - 30), match.index))
      )
        continue;
      const side = (phrase: string) => {
        if (NEW_COLUMN.test(phrase) && context.frame.derived.size)
          return [...context.frame.derived.keys()].pop();
        const column = findMentions(context.frame, phrase)
          .map((mention) => mention.column)
          .find((name) => isNumericColumn(context.frame, name));
        // "the total goals of a game" over a table with a Game column: a figure counted over each
        // row the column names, not the column itself.
        const unit = column ? OF_EACH_ROW.exec(phrase.replace(/["“”]/g, '')) : null;
        if (
          column &&
          unit &&
          !context.frame.derived.has(column) &&
          wordsOf(column).every((word) => wordsOf(unit[2]!).includes(word)) &&
          !findMentions(context.frame, unit[1]!).some((mention) =>
            isNumericColumn(context.frame, mention.column),
          )
        )
          fail(
            'unsupported',
            `The text correlates "${phrase.trim()}", a figure of each row no step made; the builtin engine would have used ${column} itself.`,
            { hint: `Create the column first ("a new column … as the ${unit[1]!.trim()}").` },
          );
        // "the absolute daily percentage change in the closing price": a quantity of the column no
        // step made is not the column itself.
        const transformed = TRANSFORMED.exec(phrase);
        // A word of the column's own name ("Returns", "Price change") names it.
        const ownWord =
          column !== undefined &&
          transformed !== null &&
          wordsOf(transformed[0]).every((word) => wordsOf(column).includes(word));
        if (column && transformed && !ownWord && !context.frame.derived.has(column))
          fail(
            'unsupported',
            `The text correlates "${phrase.trim()}", but no step made the '${transformed[0].toLowerCase()}' of ${column} it speaks of; the builtin engine would have used ${column} itself.`,
            {
              hint: `Create the column first ("a new column … as the ${transformed[0].toLowerCase()} of ${column}").`,
            },
          );
        // "the absolute daily percentage change in Close" over a made change that is not absolute.
        const further = column && context.frame.derived.has(column) ? FURTHER_QUANTITY.exec(phrase) : null;
        if (column && further && !madeWith(context, column, further[0]))
          fail(
            'unsupported',
            `The text correlates "${phrase.trim()}", but no step took the '${further[0].toLowerCase()}' of ${column}; the builtin engine would have used ${column} as made.`,
            {
              hint: `Create the column first ("a new column … as the ${further[0].toLowerCase()} of ${column}").`,
            },
          );
        return column;
      };
      const a = side(match[1]!);
      const b = side(match[2]!);
      if (a && b && a !== b) return [a, b];
    }
    // "the mean of this ratio and its correlation with Volume": the column a step made, with the one named.
    const withOne = ITS_CORRELATION.exec(text) ?? IT_CORRELATES.exec(text);
    // "this ratio": the made column the words before it name, else the last one made.
    const madeNames = [...context.frame.derived.keys()];
    const before = withOne ? text.slice(0, withOne.index).toLowerCase() : '';
    const made = madeNames.filter((name) => before.includes(name.toLowerCase())).pop() ?? madeNames.at(-1);
    if (withOne && made) {
      const partner = findMentions(context.frame, withOne.groups!.partner!)
        .map((mention) => mention.column)
        .find((name) => isNumericColumn(context.frame, name) && name !== made);
      if (partner) return [made, partner];
    }
  }
  return undefined;
}

/** A 0/1 column the slot or question names (churned, renewed, defaulted). */
export function flagColumn(context: SlotContext): string | undefined {
  const candidates = [...context.ownColumns, ...context.columns];
  return candidates.find((name) => isFlagColumn(context.frame, name));
}

/** The quantile a slot asks for: "p90", "90th percentile", "first quartile". */
export function quantileAsked(context: SlotContext): number | undefined {
  const own = `${context.slot.name} ${context.slot.placeholder}`.replace(/_/g, ' ');
  // "@levene_p[p2]": a p-value slot's numbered placeholder is no percentile.
  const pValueSlot = /(?:^|_)p(?:_?val(?:ue)?)?(?:_|$)|pvalue/i.test(context.slot.name);
  const percent =
    (pValueSlot ? null : /\bp(\d{1,2})\b/i.exec(own)) ??
    /\b(\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th)?\s*(?:percentile|pct|quantile)/i.exec(own) ??
    /\b(\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th)?\s*percentile/i.exec(context.question);
  if (percent) return Number(percent[1]) / 100;
  if (/\b(q1|first quartile|lower quartile)\b/i.test(own)) return 0.25;
  if (/\b(q3|third quartile|upper quartile)\b/i.test(own)) return 0.75;
  return undefined;
}

export type SlotRule = {
  readonly name: string;
  readonly applies: (words: readonly string[], context: SlotContext) => boolean;
  readonly compute: (context: SlotContext) => SlotResult;
};

export function statistic(
  label: string,
  fn: (values: number[], context: SlotContext) => number,
): SlotRule['compute'] {
  return (context) => {
    const name = statisticMeasure(context);
    const { rows, values } = numbersOf(context.frame, name, [...context.rows]);
    if (values.length === 0)
      fail(
        'unsupported',
        `No numbers are left in ${name} to take the ${label} of for @${context.slot.name}.`,
        {
          hint: 'Check the conditions in the question.',
        },
      );
    // "12 (est.)" or "3–4" among the numbers: a figure left out silently would skew the answer.
    const cells = cellsOf(context.frame, name);
    const unread = context.rows.filter(
      (row) => typeof cells[row] === 'string' && /\d/.test(cells[row] as string),
    );
    if (unread.length > 0)
      fail(
        'unsupported',
        `${unread.length} cell${unread.length > 1 ? 's' : ''} of ${name} hold${unread.length > 1 ? '' : 's'} a figure the builtin engine cannot read as a number (${JSON.stringify(cells[unread[0]!])}), so the ${label} would leave ${unread.length > 1 ? 'them' : 'it'} out.`,
        { hint: 'Say how to read those cells, or clean the column first.' },
      );
    return numberResult(
      context,
      fn(values, context),
      `${label} of ${name} over ${values.length} values${context.groupNote ?? ''}`,
      [name],
      rows,
    );
  };
}

/** The one numeric column the text adds up by its quoted name ('Sum "Count".'), or undefined when none or several. */
export function quotedSummedColumn(frame: Frame, text: string): string | undefined {
  const byText = new Map(columnNames(frame).map((name) => [name.trim().toLowerCase(), name]));
  const summed = new Set(
    [...text.matchAll(/\b(?:sum|add up|total)\s+(?:of\s+)?(?:the\s+)?(?:column\s+)?"([^"]+)"/gi)]
      .map((match) => byText.get(match[1]!.trim().toLowerCase()))
      .filter((name): name is string => name !== undefined && isNumericColumn(frame, name)),
  );
  return summed.size === 1 ? [...summed][0] : undefined;
}

export function isFlag(frame: Frame, name: string): boolean {
  const values = new Set(cellsOf(frame, name).filter((cell) => cell !== null));
  return values.size === 2 && values.has(0) && values.has(1);
}

/** Distinct non-missing values of a column over some rows, in order of appearance. */
export function distinctValues(frame: Frame, name: string, rows: readonly number[]): Cell[] {
  const cells = cellsOf(frame, name);
  return [...new Set(rows.map((row) => cells[row] ?? null).filter((cell) => cell !== null))];
}
