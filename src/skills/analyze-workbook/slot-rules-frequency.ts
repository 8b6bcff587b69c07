/**
 * @module slot-rules-frequency
 * Slot rules over how often a column's values occur: its most (or least) frequent value and the
 * count of its distinct values, with the count of a frequent value's rows the count rules share.
 */
import { fail } from '../../lib/errors.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import {
  amountColumnWords,
  type Cell,
  cellsOf,
  columnNames,
  findMentions,
  isNumericColumn,
  wordsOf,
} from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import { asksForName, declaredString } from './slot-columns.ts';
import {
  asksPercent,
  has,
  numberResult,
  type SlotContext,
  type SlotResult,
  type SlotRule,
  slotWords,
} from './slot-context.ts';
import { modeOf } from './transform-frame.ts';
import { frequencyEnd, leastFrequent, rowCountWording, valueCounts } from './value-frequency.ts';
import { writtenAsColumn } from './written-as-cell.ts';

/**
 * The question as the frequency rules read it: "the most <rows>" ("which Award gave the most
 * nominations", a noun naming no column) as "most often", the most frequent value, with that noun.
 */
export function frequencyReading(context: SlotContext): {
  readonly question: string;
  readonly noun?: string;
} {
  return rowCountWording(
    context.question,
    // "the most trips" beside a Trip column of names counts rows; "the most Miles" sums Miles;
    // "the most matches" beside a Match column numbering the rows counts rows.
    amountColumnWords(context.frame),
  );
}

/** The question as the frequency rules read it. */
export function frequencyQuestion(context: SlotContext): string {
  return frequencyReading(context).question;
}

/** 'Count the distinct values of "Owner"', 'the unique non-empty values in "Owner"'. */
const STATED_DISTINCT =
  /\b(?:distinct|unique|different)\s+(?:non-?empty\s+|non-?missing\s+|non-?null\s+)?values?\s+(?:of|in)\s+(?:the\s+)?(?:column\s+)?"([^"]+)"/gi;

/**
 * The one column whose distinct values the text counts by its quoted name, when the question
 * calls them by other words ("how many different parent companies" over parent_brand_name).
 */
export function statedDistinctColumn(context: SlotContext): string | undefined {
  const byText = new Map(columnNames(context.frame).map((name) => [name.trim().toLowerCase(), name]));
  const named = new Set(
    [...context.text.matchAll(STATED_DISTINCT)]
      .map((match) => byText.get(match[1]!.trim().toLowerCase()))
      .filter((name): name is string => name !== undefined),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

/** The count of a column's distinct values; the count rule also hands distinct questions to it. */
export const DISTINCT_COUNT_RULE: SlotRule = {
  name: 'distinct count',
  // "@mean_fare_unique" after duplicates were dropped asks for a mean over the unique rows.
  applies: (words, context) =>
    has(words, 'unique', 'distinct') &&
    !has(words, 'mean', 'avg', 'average', 'median', 'std', 'sum') &&
    context.columns.length > 0,
  compute: (context) => {
    const name = context.ownColumns[0] ?? context.columns[0]!;
    // "@lakeside_parks[n]" beside 'Count the distinct values of "park_group"': the slot's group fixes
    // the very column whose distinct values are counted, so it asks for the group's rows, not one value.
    if (context.group?.column === name)
      return {
        value: String(context.rows.length),
        note: `count of rows${context.groupNote ?? ''}`,
        columns: [name],
        rows: context.rows,
      };
    const cells = cellsOf(context.frame, name);
    const distinct = new Set(context.rows.map((row) => cells[row]).filter((cell) => cell !== null));
    return {
      value: String(distinct.size),
      note: `count of distinct ${name}${context.groupNote ?? ''}`,
      columns: [name],
      rows: context.rows,
    };
  },
};

/** Words of a slot that ask for a count, and the joining words between them ("@number_of_wards"). */
const COUNT_WORDS = new Set(['count', 'number', 'num', 'n', 'total', 'how', 'many', 'of', 'the']);

/**
 * "…, and how many distinct cities are there? @city_count": a count slot whose other words name a
 * column the question counts the distinct values of ("distinct", "unique" or "different" right
 * before the words), though another slot asks for the most frequent value of another column.
 */
const DISTINCT_ASKED_RULE: SlotRule = {
  name: 'distinct count the question asks',
  applies: (words, context) => distinctAsked(words, context) !== undefined,
  compute: (context) => {
    const name = distinctAsked(slotWords(context.slot), context)!;
    return DISTINCT_COUNT_RULE.compute({ ...context, ownColumns: [name], columns: [name] });
  },
};

/** The one text column named by a count slot's other words that the question counts distinct values of. */
function distinctAsked(words: readonly string[], context: SlotContext): string | undefined {
  const named = words.filter((word) => !COUNT_WORDS.has(word));
  if (named.length === 0 || named.length === words.length) return undefined;
  const stems = named.map((word) => porterStem(word));
  const asked = [
    ...context.question
      .toLowerCase()
      .matchAll(/\b(?:distinct|unique|different)\s+((?:[a-z]+\s+){0,2}[a-z]+)/g),
  ].map((match) => match[1]!.split(/\s+/).map((word) => porterStem(word)));
  if (!asked.some((phrase) => stems.every((stem) => phrase.includes(stem)))) return undefined;
  return slotTextColumn(words, context);
}

/**
 * The column whose distinct values the constraints count by its quoted name, when the count slot
 * names it ("@number_of_wards" beside 'Count the distinct values of "ward_name"').
 */
export function statedDistinctOwn(context: SlotContext): string | undefined {
  const stated = statedDistinctColumn(context);
  if (stated === undefined) return undefined;
  return context.ownColumns.includes(stated) || slotTextColumn(slotWords(context.slot), context) === stated
    ? stated
    : undefined;
}

/** The one text column whose name holds every word of a count slot but its count words ("@city_count": city_name). */
function slotTextColumn(words: readonly string[], context: SlotContext): string | undefined {
  const named = words.filter((word) => !COUNT_WORDS.has(word));
  if (named.length === 0 || named.length === words.length) return undefined;
  const stems = named.map((word) => porterStem(word));
  const columns = columnNames(context.frame).filter((name) => {
    if (isNumericColumn(context.frame, name)) return false;
    const own = wordsOf(name).map((word) => porterStem(word));
    return stems.every((stem) => own.includes(stem));
  });
  return columns.length === 1 ? columns[0] : undefined;
}

/** "which EVENTCODE is the most frequent", "what Colour occurs most often": the words naming the column asked about. */
const WHICH_IS_FREQUENT =
  /\b(?:which|what)\s+([^,;?.]{1,60}?)\s+(?:is|was|are|were|occurs?|occurred|appears?|appeared)\s+(?:the\s+)?(?:most|least)\s+(?:frequent(?:ly)?|common(?:ly)?|often)\b/gi;

/**
 * The one column the question names as the one whose most frequent value it asks ("which EVENTCODE is
 * the most frequent among them"), for a slot that names no column; undefined when none or several.
 */
function askedFrequentColumn(context: SlotContext): string | undefined {
  const found = new Set<string>();
  for (const match of context.question.matchAll(WHICH_IS_FREQUENT)) {
    const said = match[1]!;
    const mention = findMentions(context.frame, said).find(
      (item) => item.position === 0 && item.strength >= wordsOf(said).length,
    );
    if (mention) found.add(mention.column);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Rules over a column's values: its most frequent one and how many distinct ones, most specific first. */
export const VALUE_COUNT_RULES: readonly SlotRule[] = [
  {
    name: 'most frequent value',
    applies: (words) => has(words, 'mode', 'frequent', 'common', 'popular', 'rarest'),
    compute: (context) => {
      const name = context.ownColumns[0] ?? askedFrequentColumn(context) ?? context.columns[0];
      if (!name)
        fail('unsupported', `No column found for @${context.slot.name}.`, {
          hint: 'Name the column in the question.',
        });
      const cells = cellsOf(context.frame, name);
      if (frequencyEnd(frequencyQuestion(context), slotWords(context.slot)) === 'least')
        return leastFrequentValue(context, name);
      refuseAllOnce(context, name);
      return frequentValueAnswer(
        context,
        name,
        modeOf(context.rows.map((row) => cells[row] ?? null)),
        'most',
      );
    },
  },
  DISTINCT_COUNT_RULE,
  DISTINCT_ASKED_RULE,
];

/** "what percentage of all … belong to it", "what share of the rows is that": a share clause that points back. */
const SHARE_POINTS_BACK =
  /\b(?:percentage|percent|proportion|share|fraction)\b[^?.;]*?\b(?:it|that (?:one|group|value|category|class|type)|this (?:one|group|value|category|class|type)|there)\b/i;

/**
 * "Which department group holds the most departments, and what percentage of all departments belong to
 * it?": the rows of the most (or least) frequent value of the label column the question names, as a share
 * of every row in play. Only when the share's clause points back to that value and no condition kept rows.
 */
export const FREQUENT_VALUE_SHARE_RULE: SlotRule = {
  name: 'share of the most or least frequent value',
  applies: (words, context) =>
    has(words, 'proportion', 'percentage', 'percent', 'pct', 'fraction', 'share') &&
    context.frame.conditions.length === 0 &&
    SHARE_POINTS_BACK.test(context.question) &&
    frequencyCount(context) !== undefined,
  compute: (context) => {
    const counted = frequencyCount(context)!;
    const percent = asksPercent(context);
    return numberResult(
      context,
      (counted.rows.length / context.rows.length) * (percent ? 100 : 1),
      `${percent ? 'percentage' : 'share'} of ${context.rows.length} rows held by ${counted.note.replace(/^count of rows(?: \([^()]*\))? of /, '')}`,
      counted.columns,
      counted.rows,
    );
  },
};

/**
 * The number of rows the most or least frequent value of the label column the question names
 * holds ("how many times does the most frequent Club appear" → Club's mode's rows; "the least
 * common Venue" → the smallest count, however many values share it); undefined when the
 * question names no end or no named text column has repeated values.
 */
/** 'the mode of "Code"', 'the most frequent value of "Code"': the quoted columns the text takes a mode of. */
function modeQuotedColumns(context: SlotContext): string[] {
  const names = columnNames(context.frame);
  return [
    ...context.text.matchAll(
      /\b(?:mode|most (?:frequent|common) (?:value|code|entry))\s+(?:of|in)\s+(?:the\s+)?(?:column\s+)?"([^"]+)"/gi,
    ),
  ]
    .map((match) => names.find((name) => name.trim().toLowerCase() === match[1]!.trim().toLowerCase()))
    .filter((name): name is string => name !== undefined);
}

/** Words of a clause about how often values occur. */
const FREQUENCY_WORDS = /\b(?:most|least|mode|frequent(?:ly)?|common(?:ly)?|often|popular|rarest|times)\b/i;
/** Words by which a clause points back to something named before it. */
const POINTS_BACK_WORDS = /\b(?:it|its|that|this|those|these|them|they|there|such)\b/i;
/** Where a question's clauses part: a question mark, a semicolon, or "(, and) which / what / who / how". */
const CLAUSE_BREAK = /[?;]|,\s*(?:and\s+)?(?=(?:which|what|who|how)\b)|\band\s+(?=(?:which|what|who|how)\b)/i;

/**
 * "How many crossings had more than 8 trucks, and which lane is the most frequent among them?": of a
 * question with two slots, the one "how many" clause comes before the clause about how often values
 * occur and neither speaks of frequency nor points back to a value, so it counts the rows in play,
 * not one value's rows. `text` holds the format, whose slots are counted.
 */
export function countsBeforeFrequency(question: string, text: string): boolean {
  if ((text.match(/@\w+\[/g) ?? []).length !== 2) return false;
  const clauses = question.split(CLAUSE_BREAK);
  const counting = clauses.flatMap((clause, index) => (/\bhow many\b/i.test(clause) ? [index] : []));
  if (counting.length !== 1) return false;
  const clause = clauses[counting[0]!]!;
  if (FREQUENCY_WORDS.test(clause) || POINTS_BACK_WORDS.test(clause)) return false;
  return clauses.some((other, index) => index > counting[0]! && FREQUENCY_WORDS.test(other));
}

/** A result naming the most frequent value of a column, or groups ranked by their row counts. */
const FREQUENCY_RESULT =
  /^(?:most|least) frequent |\bof the (?:most|least) frequent |\bgroups ranked by count of /;

/**
 * "Which skipper made the most sailings, and how many sailings left from Northport?": a value the
 * steps kept rows by ('rows where Port is "Northport"') that the question writes only in a "how many"
 * clause speaking neither of frequency nor back to another clause is that count's own condition.
 * Kept for every slot, it decided the most frequent value too, so such a question is refused.
 */
export function refuseCountClauseValueForAll(
  question: string,
  steps: readonly string[],
  results: Iterable<SlotResult>,
): void {
  if (![...results].some((result) => FREQUENCY_RESULT.test(result.note))) return;
  const clauses = question.split(CLAUSE_BREAK).filter((clause) => clause.trim() !== '');
  if (clauses.some((clause) => POINTS_BACK_WORDS.test(clause))) return;
  for (const step of steps) {
    const kept = /^rows where (.+?) is "([^"]+)"/.exec(step);
    if (!kept) continue;
    const value = kept[2]!.toLowerCase();
    const holding = clauses.filter((clause) => clause.toLowerCase().includes(value));
    if (
      holding.length > 0 &&
      holding.every((clause) => /\bhow many\b/i.test(clause) && !FREQUENCY_WORDS.test(clause))
    )
      fail(
        'unsupported',
        `The rows where ${kept[1]} is "${kept[2]}" belong to the "how many" clause that names that value, but the builtin engine kept them for every slot, the most frequent value's too.`,
        { hint: 'Ask for the count and for the most frequent value in separate questions.' },
      );
  }
}

export function frequencyCount(context: SlotContext): SlotResult | undefined {
  const { question, noun } = frequencyReading(context);
  const end = frequencyEnd(question, slotWords(context.slot));
  if (!end || countsBeforeFrequency(context.question, context.text)) return undefined;
  const repeats = (column: string) => {
    const cells = cellsOf(context.frame, column);
    const present = context.rows.map((row) => cells[row]).filter((cell) => cell !== null);
    return new Set(present.map(String)).size < present.length;
  };
  // A text column first; else a column of whole-number codes the question names in full ("the most
  // frequent value of CREWCODE and how often it occurs").
  // 'Take the mode of "CREWCODE"': a column the constraints quote beside the mode is named too.
  const named = new Set([
    ...findMentions(context.frame, question)
      .filter((mention) => mention.strength >= 1)
      .map((mention) => mention.column),
    ...modeQuotedColumns(context),
  ]);
  // "@club_wins" beside the club that won most often: the text column the slot names comes first,
  // unless the question counts that column's own values ("how many cities are there").
  // "In which year were there the most nominations, and how many? @nominations[count]": a slot naming
  // the rows the question counts ("the most nominations") names no column, a "Nominated work" say.
  const own = namesCountedRows(context.slot.name, noun)
    ? undefined
    : slotTextColumn(slotWords(context.slot), context);
  const ownStems = new Set(wordsOf(own ?? '').map((word) => porterStem(word)));
  const countsOwn = [
    ...question.matchAll(/\bhow many\s+(?:(?:distinct|unique|different)\s+)?([a-z]+)/gi),
  ].some((match) => ownStems.has(porterStem(match[1]!.toLowerCase())));
  const name =
    (own !== undefined && !countsOwn && context.columns.includes(own) && repeats(own) ? own : undefined) ??
    context.columns.find((column) => !isNumericColumn(context.frame, column) && repeats(column)) ??
    context.columns.find(
      (column) =>
        named.has(column) &&
        isNumericColumn(context.frame, column) &&
        cellsOf(context.frame, column).every((cell) => cell === null || Number.isInteger(cell)) &&
        repeats(column),
    );
  if (!name) return undefined;
  // "@city_count" beside the most common hotel type: a slot naming another text column counts that column.
  // One that names each row once ("@stations" of a list of stations) counts the rows of the value found.
  if (own !== undefined && own !== name && repeats(own)) return undefined;
  // 'Count the distinct values of "section"' beside "@section_count": the slot counts the sections,
  // not the rows of the most frequent one.
  if (own !== undefined && statedDistinctColumn(context) === own) return undefined;
  const cells = cellsOf(context.frame, name);
  const column = context.rows.map((row) => cells[row] ?? null);
  const least = end === 'least' ? leastFrequent(column) : undefined;
  const value = least ? least.values[0]! : modeOf(column);
  const hits = context.rows.filter((row) => cells[row] === value);
  // "Who was named best baker most often, and how many times?": a slot asking for a name (or one the format
  // declares a string, '"team" is a string') takes the value itself, when no other value holds as many rows.
  // "Which county entered the most bands? @top_county[county] where "county" is written as in "County"": the
  // format names the very column whose most frequent value is counted, so the slot takes the value.
  // "@busiest_year[year]" beside the most frequent Year: a placeholder naming that very column asks
  // for its value, not for how many rows hold it.
  if (
    asksForName(context.slot) ||
    declaredString(context.slot, context.text) ||
    writtenAsColumn(context.slot, context.text, [name]) === name ||
    placeholderNamesColumn(context.slot.placeholder, name)
  ) {
    const tied = least
      ? least.values.length > 1
      : valueCounts(column).filter((entry) => entry.count === hits.length).length > 1;
    if (tied)
      fail(
        'unsupported',
        `Several values of ${name} hold ${hits.length} rows each, so @${context.slot.name} has no one answer.`,
        { hint: 'Ask for the count, or for the values as a list.' },
      );
    return {
      value: typeof value === 'number' ? writeNumber(value, 0) : String(value),
      note: `${end} frequent ${name} (${JSON.stringify(value)}, ${hits.length} rows)${context.groupNote ?? ''}`,
      columns: [name],
      rows: hits,
    };
  }
  const which = least
    ? `the least frequent ${name} (${least.values.length > 1 ? `${least.values.length} values tie` : JSON.stringify(value)}, ${hits.length} rows each)`
    : `the most frequent ${name} (${JSON.stringify(value)}, ${hits.length} rows)`;
  return {
    value: String(hits.length),
    note: `count of rows${noun ? ` (${noun})` : ''} of ${which}${context.groupNote ?? ''}`,
    columns: [name],
    rows: hits,
  };
}

/** A slot name of one word that is the noun a "the most <nouns>" counts ("@nominations" of "the most nominations"). */
function namesCountedRows(slotName: string, noun: string | undefined): boolean {
  const words = wordsOf(slotName);
  return noun !== undefined && words.length === 1 && porterStem(words[0]!) === porterStem(noun);
}

/** A placeholder of one word that is the whole name of a column ("[year]" of Year, "[month]" of Month). */
function placeholderNamesColumn(placeholder: string, column: string): boolean {
  const words = wordsOf(placeholder);
  const own = wordsOf(column);
  return words.length === 1 && own.length === 1 && porterStem(words[0]!) === porterStem(own[0]!);
}

/** The least frequent value of a column; refused when several values share the smallest count. */
function leastFrequentValue(context: SlotContext, name: string): SlotResult {
  const cells = cellsOf(context.frame, name);
  const least = leastFrequent(context.rows.map((row) => cells[row] ?? null));
  if (!least)
    fail('unsupported', `${name} holds no values for @${context.slot.name}.`, {
      hint: 'Name a column with values in the question.',
    });
  if (least.values.length > 1)
    fail(
      'unsupported',
      `${least.values.length} values of ${name} share the smallest count (${least.count} rows each), so @${context.slot.name} has no one answer.`,
      { hint: 'Ask for the smallest count, or for the values as a list.' },
    );
  return frequentValueAnswer(context, name, least.values[0]!, 'least');
}

/**
 * "Fill the gaps with the most common gate" read over an id column: when no value of the column
 * is held by two rows, no value is the most frequent one, and the first of the tie is no answer;
 * nor is the mode of no values at all.
 */
function refuseAllOnce(context: SlotContext, name: string): void {
  const cells = cellsOf(context.frame, name);
  const present = context.rows.map((row) => cells[row] ?? null).filter((cell) => cell !== null);
  if (present.length === 0)
    fail(
      'unsupported',
      `No values of ${name} are left to take the most frequent one for @${context.slot.name}.`,
      {
        hint: 'Check the conditions in the question.',
      },
    );
  if (present.length > 1 && new Set(present.map(String)).size === present.length)
    fail(
      'unsupported',
      `Every value of ${name} is held by one row, so it has no most frequent value for @${context.slot.name}.`,
      { hint: 'Name the column whose most frequent value is asked for.' },
    );
}

/** The most or least frequent value of a column, or how many rows hold it when the slot asks for a count. */
function frequentValueAnswer(
  context: SlotContext,
  name: string,
  value: Cell,
  end: 'most' | 'least',
): SlotResult {
  const cells = cellsOf(context.frame, name);
  const hits = context.rows.filter((row) => cells[row] === value);
  const counted = has(slotWords(context.slot), 'count', 'frequency', 'number', 'times', 'occurrence');
  return {
    value: counted
      ? String(hits.length)
      : typeof value === 'number'
        ? writeNumber(value, context.slot.decimals ?? (Number.isInteger(value) ? 0 : undefined))
        : String(value),
    note: `${end} frequent ${name} (${JSON.stringify(value)}, ${hits.length} rows)${context.groupNote ?? ''}`,
    columns: [name],
    rows: hits,
  };
}
