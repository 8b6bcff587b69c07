/**
 * @module answer-analysis
 * Answers analysis questions in the DABench form (a question, constraints and an answer
 * format with `@name[value]` slots) with the builtin engine: the prose is read into steps
 * (filters, computed columns, outlier pruning) and each slot into a measure over named
 * columns (summary statistics, correlation with its p-value, normality, outliers, tests,
 * superlatives with ties). A question that needs what the engine cannot do, training a
 * model say, fails with `unsupported`, never a guess.
 */

import { fail, toAppError } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { stem as porterStem } from '../../lib/text/stem.ts';
import {
  columnNames,
  createFrame,
  type Frame,
  findMentions,
  isNumberingColumn,
  isNumericColumn,
  wordsOf,
} from './analysis-frame.ts';
import { parseSlots, type Slot } from './answer-format.ts';
import { askedKindMissed } from './asked-kind.ts';
import { withBarRows } from './bar-statistic.ts';
import { withBestGroupSizes } from './best-group-size.ts';
import { withCellUnitBounds } from './cell-unit-bounds.ts';
import {
  clauseScope,
  nestedScope,
  nestedSlotClause,
  questionClauses,
  rowsOfSlotClause,
} from './clause-conditions.ts';
import { unreadColumnComparisons } from './column-comparisons.ts';
import { columnGlosses, glossedColumns, glossWords, withGlossedColumns } from './column-glosses.ts';
import {
  withoutColumnWords,
  withoutNamedColumnWords,
  withoutRollingWords,
} from './column-statistic-words.ts';
import { withComparedRowsSplit } from './compared-rows-sentence.ts';
import { countClauseScope } from './count-clause-scope.ts';
import { columnReadForGroupCount } from './counted-per-group.ts';
import { citeCells, type DataTable } from './data-table.ts';
import { withoutDescribedBins } from './described-bins.ts';
import { unappliedSpreadBounds } from './deviation-coverage.ts';
import { withElidedStatistic } from './elided-superlative.ts';
import { statesLogisticRegression } from './fitted-classifier.ts';
import { unreadFlagOfSlot } from './flag-coverage.ts';
import { comparedSpansOf } from './frame-date-filters.ts';
import { rankedGroupCount, withFrequentGroupCounts } from './frequent-group-count.ts';
import {
  groupSuperlative,
  perGroupColumn,
  rankedResult,
  rankRole,
  superlativeLabel,
} from './group-answers.ts';
import { groupCountTable } from './group-count-table.ts';
import { oneFigureForGroupDifference, withGroupBoundRead } from './group-figures.ts';
import { withJoinedBoundsSplit } from './joined-bounds.ts';
import { madeFeatureOfSlot } from './made-feature-slot.ts';
import { monthRowColumn } from './month-rows.ts';
import { unreadNamedDays } from './named-day.ts';
import { readAsNamedGroup, withNamedGroupFigures, wordsOfNamedAfter } from './named-group-figure.ts';
import { unreadNegations } from './negated-columns.ts';
import {
  withDecadesAsSpans,
  withPartitiveAsNoun,
  withPeriodCompoundsAsAdjectives,
  withPickingComparative,
  withZeroAsDigit,
} from './normalize-text.ts';
import { numberCellNotes } from './number-cell-notes.ts';
import { ordinalColumnGlosses, withOrdinalColumnNames } from './ordinal-column-names.ts';
import { ambiguousPairSide } from './pair-parts.ts';
import { withTableNames } from './pandas-names.ts';
import { peakRowFigure } from './peak-row-figure.ts';
import { withPeakRowFigures } from './peak-row-pointer.ts';
import { withPickedGroupRows } from './picked-group-rows.ts';
import {
  unappliedConditions,
  unappliedDateBounds,
  unappliedExclusions,
  unappliedRankings,
  uncoveredSlotWords,
} from './plan-coverage.ts';
import { applyPreparation } from './prepare-frame.ts';
import { bestGroupFigure, withRankedGroupFigures } from './ranked-group-figure.ts';
import { columnsReadAsNumbers } from './read-as-number.ts';
import { runningTotalAtYear } from './running-total-at.ts';
import {
  answeredElsewhere,
  formatWithSlots,
  groupConstraints,
  missingCountSentenceColumn,
  type SentenceScope,
  sentenceScope,
} from './sentence-conditions.ts';
import { readShownPercents } from './shown-percents.ts';
import { withSignedSuperlatives } from './signed-superlatives.ts';
import {
  asksForList,
  asksForName,
  declaredNumber,
  declaredString,
  labelAnswer,
  ownColumns,
  slotColumns,
  slotGroup,
  slotParts,
  statedStatisticObject,
  statedStatisticObjects,
  statisticObject,
} from './slot-columns.ts';
import { containsPhrase, has, type SlotContext, type SlotResult, slotWords } from './slot-context.ts';
import { rankingPair, writersOwnWord } from './slot-elimination.ts';
import { labelWordsOnly } from './slot-label-words.ts';
import { slotMeasures } from './slot-measures.ts';
import { SLOT_RULES } from './slot-rules.ts';
import { refuseCountClauseValueForAll } from './slot-rules-frequency.ts';
import { isStatisticWord, readSlotName, statisticWord, withoutBoundUnits } from './slot-words.ts';
import { listedFigureOf } from './stated-figure-list.ts';
import { withNamedHeaderRow, withStatedHeaderRow } from './stated-header-row.ts';
import { PRESENT_COUNT_RULE, statedMissingCount } from './stated-missing-count.ts';
import {
  unappliedNumberConditions,
  unreadEqualities,
  unreadFlagColumns,
  unreadFormulaColumns,
  unshownBinLabels,
  unusedMadeColumns,
  unusedStatedSums,
} from './stated-number-conditions.ts';
import { pairedStatisticOf } from './stated-statistic-pair.ts';
import { isDatePart, monthNameOf, unusedDateGroupings, withScaledColumnNamed } from './transform-frame.ts';
import { undefinedFigure } from './undefined-figure.ts';
import { withStatedUnit } from './unit-answers.ts';
import { rowClause } from './unread-row-clause.ts';
import { writtenAsCell, writtenAsColumn } from './written-as-cell.ts';

export type AnalysisRequest = {
  readonly question: string;
  readonly constraints?: string;
  readonly format: string;
};

export type AnalysisAnswer = {
  readonly question: string;
  /** Slot values as the format writes them, by slot name. */
  readonly slots: Readonly<Record<string, string>>;
  /** The slot values in format order. */
  readonly answer: readonly string[];
  readonly planText: string;
  readonly cells: string;
  readonly engine: 'builtin';
};

/** A new column the text says to create, and its name. */
const STATED_NEW_COLUMN =
  /\bcreate (?:a |an )?(?:new )?(?:column|feature|variable)\s+(?:called |named )?["'“‘`]?([A-Za-z_][\w]*(?: [A-Za-z_]\w*){0,3}?)["'”’`]?\s+(?:as|that|which|equal|equals|with|by|from)\b/i;

/**
 * A feature the text says to make ("create a feature representing …", 'engineer a "Relatives"
 * feature', "derive a new variable") and defines by arithmetic ("per", "ratio", "adds", "minus"):
 * when no step made a column, any answer would be over one of the columns it is made from.
 */
const FEATURE_TO_MAKE =
  /\b(?:create|creating|engineer|engineering|derive|deriving|construct|constructing|compute|computing)\s+(?:a|an|the)?\s*(?:new\s+)?(?:["'“‘`][^"'”’`]{1,40}["'”’`]\s+|[A-Za-z]*(?:[a-z][A-Z]|_)\w*\s+)?(?:feature|column|variable)\b/i;
/**
 * "Create a keep rate feature: Kept as a share of all fish caught": a feature named and then defined after
 * a colon. When no step made a column, any answer would be over a column other than the feature.
 */
const FEATURE_DEFINED_AFTER_COLON =
  /\b(?:create|make|add|build|engineer|derive|construct)\s+(?:a|an|the)\s+(?:new\s+)?(?:(?!(?:of|the|each|every)\b)[A-Za-z][\w-]*\s+){1,4}?(?:feature|column|variable)\s*:/i;
const ARITHMETIC_WORDS =
  /\b(?:divid\w*|per|ratio|times|multipl\w*|plus|minus|adds|adding|sum of|difference|gap|product)\b/i;

/** A random split stated with its seed: scikit-learn's train_test_split with random_state. */
const SEEDED_SPLIT = /\brandom[ _]state\b|\brandom seed\b|\bseed\b/i;

const UNSUPPORTED = [
  /\b(train|training)\b[^.]*\b(model|classifier|regressor|set)\b/i,
  /\b(random forest|logistic regression|decision tree|k-?means|cluster|svm|neural|classifier|machine learning|train[- ]test|testing set|test set|cross[- ]validation)\b/i,
  /\bscatter plot\b[^.]*\bonly\b/i,
];

/** Slot rules a ranking of groups answers instead, when the question ranks groups. */
/** "how many days", "on how many of the nights": the plural noun a "how many" counts. */
const HOW_MANY_NOUN = /\bhow many\s+(?:of\s+(?:the|these|those)\s+)?(?:[a-z]+\s+)?([a-z]{3,}s)\b/gi;

/**
 * The count rule for a slot that names no statistic but writes the noun a "how many" of the
 * question counts ("@up_days" beside "on how many days"), when its placeholder is declared an
 * integer, a condition kept rows, and the question's words would otherwise give a share.
 */
function countedRowsRule(slot: Slot, question: string, context: SlotContext) {
  // Only rows a stated condition or the slot's own group kept ("@north[n]" of "how many North
  // orchards"): a count of every row answers no "how many … did".
  if (context.frame.conditions.length === 0 && !context.group) return undefined;
  if (
    !new RegExp(
      `["'“]${escapeRegExp(slot.placeholder.trim())}["'”]\\s+(?:is|are)\\s+(?:an?\\s+)?integers?\\b`,
      'i',
    ).test(context.text)
  )
    return undefined;
  const words = new Set(slotWords(slot).map((word) => porterStem(word)));
  const counted = [...question.matchAll(HOW_MANY_NOUN)].some((match) =>
    words.has(porterStem(match[1]!.toLowerCase())),
  );
  // "Keep the rows whose … Count them and take the mean …": the kept rows counted, for a slot naming no statistic.
  const countsKept =
    COUNTS_KEPT.test(context.text) && !readSlotName(slot.name).some((word) => isStatisticWord(word));
  return counted || countsKept || namesCountedClause(slot, question)
    ? SLOT_RULES.find((item) => item.name === 'count')
    : undefined;
}

/** Constraints that count the rows kept before ("Count them", "count the remaining rows"). */
const COUNTS_KEPT = /\bcount\s+(?:them|those|these|the\s+(?:kept|remaining|filtered)\s+rows)\b/i;

/** Statistic words by which a clause asks for more than a count of rows. */
const CLAUSE_STATISTIC = /\b(?:average|mean|median|share|percent(?:age)?|proportion|total|sum|ratio|rate)\b/i;

/**
 * "How many applicants are self-employed, and what share is that?", "How many five-star hotels
 * are there, and what is their mean score?": a slot whose every word sits in the one clause that
 * asks "how many", a clause naming no other statistic, names the rows that clause counts.
 */
function namesCountedClause(slot: Slot, question: string): boolean {
  const own = readSlotName(slot.name).map((word) => porterStem(word));
  if (own.length === 0) return false;
  const counting = questionClauses(question).filter((clause) => /\bhow many\b/i.test(clause));
  if (counting.length !== 1 || CLAUSE_STATISTIC.test(counting[0]!)) return false;
  const words = new Set(wordsOf(counting[0]!).map((word) => porterStem(word)));
  return own.every((word) => words.has(word));
}

/** Words by which a slot's own name speaks of missing cells ("@missing_ducks"). */
const SLOT_MISSING_WORDS = ['missing', 'null', 'nan'];

/** Words of a missing cell, which a step that dropped the rows missing them has used up. */
const MISSING_WORDS = new Set(wordsOf('missing null nan na unknown empty blank'));

/**
 * The question's words a slot that names no statistic is read by. Once a step dropped the rows
 * with missing cells ("Discard the runners whose age is missing, then …"), "missing" names that
 * step, not a count of missing cells asked for.
 */
function questionRuleWords(frame: Frame, question: string): string[] {
  const words = wordsOf(question);
  if (!frame.steps.some((step) => /^rows with a missing .+ dropped\b/.test(step))) return words;
  return words.filter((word) => !MISSING_WORDS.has(word));
}

/** The outlier count rule, when the question's own words ask for it ("how many weights are outliers"). */
function questionOutlierCount(frame: Frame, question: string, context: SlotContext) {
  const rule = SLOT_RULES.find((item) => item.applies(questionRuleWords(frame, question), context));
  return rule?.name === 'outlier count' ? rule : undefined;
}

const GROUP_RULES = /^(maximum|minimum|mean|total|rate of a flag|median|count|standard deviation)$/;

/** Rules that give one figure, never a list. */
const SCALAR_RULES =
  /^(count|count of compared rows|mean|total|median|minimum|maximum|standard deviation|variance|range|interquartile range|percentile|skewness|kurtosis|distinct count|rate of a flag|share of rows meeting a condition|coefficient of variation)$/;

/** Plain statistics the constraints may name for a slot that names none ("Take the maximum of San."). */
const STATED_RULES = /^(maximum|minimum|mean|median|total|standard deviation)$/;

/**
 * The rule for "the best score in the San. round" when the constraints say "take the maximum":
 * only for a slot whose name says no statistic of its own ("@gold_share_pct" does) and names
 * measures only, and only a plain statistic, since constraints often spell out several steps.
 */
function statedInConstraints(slot: Slot, constraints: string, context: SlotContext) {
  if (readSlotName(slot.name).some((word) => statisticWord(word) !== undefined)) return undefined;
  // "@sanDriver" names a label column beside the measure: a statistic of the measure is not it.
  const own = context.ownColumns;
  // "@sale_weekday" after "take the weekday of each date; give the most frequent one".
  const datePart = own.length === 1 && isDatePart(context.frame, own[0]!);
  if (own.length === 0 || (!datePart && !own.every((name) => context.measures.includes(name))))
    return undefined;
  const rule = SLOT_RULES.find((item) => item.applies(wordsOf(constraints), context));
  return rule && (datePart ? rule.name === 'most frequent value' : STATED_RULES.test(rule.name))
    ? rule
    : undefined;
}

/**
 * A column named by one statistic word ("Total") that the slot's name starts with ("@total_bronze"),
 * when the slot also names another numeric column: the word is the slot's statistic there.
 */
function leadingStatisticColumn(frame: Frame, slot: Slot, own: readonly string[]): string | undefined {
  const first = readSlotName(slot.name)[0];
  if (first === undefined || !isStatisticWord(first)) return undefined;
  const named = own.find((name) => {
    const words = wordsOf(name);
    return words.length === 1 && words[0] === first;
  });
  if (!named) return undefined;
  return own.some((name) => name !== named && isNumericColumn(frame, name)) ? named : undefined;
}

/** The format says a slot takes yes or no (true or false), in the words after the slot up to the next one. */
function answersYesNo(slot: Slot, format: string): boolean {
  const at = format.indexOf(`@${slot.name}[`);
  if (at < 0) return false;
  const next = format.indexOf('@', at + 1);
  const own = format.slice(at, next < 0 ? undefined : next);
  const placeholder = escapeRegExp(slot.placeholder.trim());
  const said = /\b(?:yes|true)\b["'’”]?\s+or\s+["'‘“]?(?:no|false)\b/i;
  if (said.test(own)) return true;
  // '... where "answer" is "yes" or "no"' written after all the slots; the placeholder a whole
  // word, so "r" is not read at the end of "answer".
  return (
    placeholder !== '' &&
    new RegExp(
      `(?:["'“]${placeholder}["'”]|(?<![\\w"'“])${placeholder}(?![\\w"'”]))\\s+(?:is|are)\\s+(?:either\\s+)?["'‘“]?(?:yes|true)["'’”]?\\s+or\\s+["'‘“]?(?:no|false)\\b`,
      'i',
    ).test(format)
  );
}

/** A result value that is one plain number ("12", "-0.5"), not a label or a list. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** How a question is answered when it stands for one sentence of its constraints. */
type SentenceWithin = {
  /** The sentence whose conditions and statistic the slots take. */
  readonly sentence?: string;
  /** The other sentences. */
  readonly elsewhere?: string;
};

/**
 * "@high_quarter_count" over the rows a condition on Quarter kept: the words of a column ("High") right
 * before the conditioned column's words say which of its values were counted, no measure of their own.
 */
function describesConditioned(frame: Frame, slotName: string, name: string): boolean {
  const words = wordsOf(slotName);
  const own = wordsOf(name);
  return frame.conditions.some((condition) => {
    const next = wordsOf(condition.column);
    if (condition.column === name || next.length === 0) return false;
    return words.some(
      (_, start) =>
        own.every((word, k) => words[start + k] === word) &&
        next.every((word, k) => words[start + own.length + k] === word),
    );
  });
}

/** Words by which a slot's name counts past a bound ("@days_above_2pct", "@sites_over_half"). */
const SLOT_BOUND_WORDS = ['above', 'over', 'below', 'under', 'exceeding', 'beyond'];

/** Answers one DABench-form question over a table. */
export function answerAnalysis(
  given: DataTable,
  stated: AnalysisRequest,
  within: SentenceWithin = {},
): AnalysisAnswer {
  try {
    return answerOverTable(given, stated, within);
  } catch (thrown) {
    // "Count the rows of each ranger; take the mean of those counts": a question the rows could
    // not answer is asked again of the table of groups and their counts (group-count-table.ts).
    const groups =
      within.sentence === undefined && toAppError(thrown).code === 'unsupported'
        ? groupCountTable(given, [stated.question, stated.constraints ?? ''])
        : undefined;
    if (!groups) throw thrown;
    let answer: AnalysisAnswer;
    try {
      answer = answerOverTable(groups.table, stated, within, groups.check);
    } catch {
      throw thrown;
    }
    return { ...answer, planText: [groups.step, answer.planText].filter(Boolean).join('; ') };
  }
}

/** A check of each slot's result before it is taken, which refuses (`fail`) a result it cannot vouch for. */
type ResultCheck = (frame: Frame, slot: Slot, result: SlotResult) => void;

function answerOverTable(
  given: DataTable,
  stated: AnalysisRequest,
  within: SentenceWithin,
  check?: ResultCheck,
): AnalysisAnswer {
  // "The column names are on the second line": the table read with that header.
  // So is a table whose first line is a title when the text quotes the names on its second line.
  const table = withNamedHeaderRow(
    withStatedHeaderRow(given, stated.constraints ?? ''),
    `${stated.question}\n${stated.constraints ?? ''}`,
  );
  // 'the mean of "Pay" over the rows whose "Senior" is 1, and over the rows whose "Senior" is 0': two sentences.
  const asked =
    stated.constraints === undefined
      ? stated
      : { ...stated, constraints: withComparedRowsSplit(stated.constraints) };
  const columnNamesOfTable = table.columns.map((column) => column.name);
  const wholeText = `${asked.question}\n${asked.constraints ?? ''}`;
  const glosses = columnGlosses(columnNamesOfTable, wholeText);
  const ordinalGlosses = ordinalColumnGlosses(wholeText, columnNamesOfTable);
  // The readings every text of the question goes through, in order.
  const named = (text: string) => {
    let read = withTableNames(text, table);
    // 'the second "Home side" column' over a header that repeats the name: that column, "Home side (2)".
    read = withOrdinalColumnNames(read, columnNamesOfTable, ordinalGlosses);
    // 'whose "Score" is at least 24 and at most 60': both bounds read on Score.
    read = withJoinedBoundsSplit(read, columnNamesOfTable);
    // "the day-to-day change" is read as "the daily change", never as a mention of a Day column.
    read = withPeriodCompoundsAsAdjectives(read, columnNamesOfTable);
    read = withSignedSuperlatives(read, table);
    read = withGlossedColumns(read, glosses);
    read = withZeroAsDigit(read);
    read = withDecadesAsSpans(read, wholeText);
    // "bans that lasted 6 matches or more" over cells written "6 matches (…)": a bound on that column.
    return withCellUnitBounds(read, table);
  };
  const request = {
    ...asked,
    question: withElidedStatistic(withPickingComparative(withPartitiveAsNoun(named(asked.question)))),
    ...(asked.constraints !== undefined ? { constraints: named(asked.constraints) } : {}),
  };
  const constraints = request.constraints ?? '';
  const all = `${request.question}\n${constraints}\n${request.format}`;
  // The RMSE of a linear regression over a split stated in full is worked out, not refused as
  // model training (regression-error.ts refuses a random split).
  const prose = `${request.question}\n${constraints}`;
  // So is a simple linear regression scored by its mean squared or absolute error, and one over a
  // random split stated with its seed; "machine learning" then names that fit, not another model.
  const statedFit =
    /\blinear regression\b|least squares/i.test(prose) &&
    (/\brmse\b|\bmse\b|\bmae\b|root mean squared? error|mean squared? error|mean absolute error/i.test(all) ||
      // R² on the test rows of a split stated with its seed (a split the engine cannot repeat is refused there).
      (/\br²|\br-?squared|\br2\b|coefficient of determination/i.test(all) && SEEDED_SPLIT.test(prose))) &&
    !/\b(?:multiple|polynomial|logistic|ridge|lasso)\b/i.test(prose);
  // A logistic regression stated in full is fitted as scikit-learn fits it (fitted-classifier.ts),
  // every slot taken by its rule or refused; another model, folds or a shuffle are still refused.
  const screened = statesLogisticRegression(prose)
    ? ''
    : statedFit
      ? prose
          .replace(/\b(?:train(?:ing|ed)?|test(?:ing)?)\b(?:[- ](?:set|sets|model|data|rows))?/gi, ' ')
          .replace(/\bmachine learning\b(?: (?:techniques?|methods?|models?))?/gi, ' ')
      : prose;
  for (const pattern of UNSUPPORTED)
    if (pattern.test(screened))
      fail(
        'unsupported',
        'This question needs a trained model or a chart, which the builtin engine does not do.',
        {
          hint: 'Ask for the statistics directly (mean, correlation, outliers, a test), or use a language model with code execution.',
        },
      );
  const slots = parseSlots(request.format, constraints);
  if (slots.length === 0)
    fail('bad_usage', 'The answer format has no @name[value] slots.', {
      hint: 'Write the format as "@mean_fare[mean]".',
    });
  // "For the mean, keep the Urban rows … For the count, count the Rural rows.": each sentence's
  // condition is answered for its own slots.
  const bySentence =
    within.sentence !== undefined
      ? undefined
      : sentenceScope(table, asked.question, asked.constraints ?? '', slots, named);
  if (bySentence?.kind === 'unclear')
    fail(
      'unsupported',
      `The constraints state conditions sentence by sentence (${bySentence.sentences.map((item) => `"${item.replace(/"/g, '')}"`).join(', ')}), but the builtin engine cannot tell which slot each serves.`,
      {
        hint: 'Name the condition in each slot ("@mean_urban", "@count_rural"), or list the slots in the order of the sentences.',
      },
    );
  if (bySentence) return answerBySentence(table, asked, slots, bySentence);
  const frame = createFrame(table);
  readShownPercents(frame, all);
  // Under one sentence of the constraints the rows are that sentence's (and the shared ones'):
  // the question's other clauses state the other sentences' conditions.
  applyPreparation(frame, within.sentence !== undefined ? '' : request.question, constraints);
  withGroupBoundRead(frame, request.question);
  if (frame.unread.length > 0)
    fail(
      'unsupported',
      `The builtin engine could not tell which column the question means for ${frame.unread.join(', ')}.`,
      { hint: 'Name the column with the value, e.g. "rows where Team is India".' },
    );
  if (
    frame.derived.size === 0 &&
    ((FEATURE_TO_MAKE.test(prose) && ARITHMETIC_WORDS.test(prose)) || FEATURE_DEFINED_AFTER_COLON.test(prose))
  )
    fail('unsupported', 'The builtin engine did not make the feature the question derives.', {
      hint: 'Say how the feature is computed in words the engine reads ("A / B", "the ratio of A to B").',
    });
  // "The gap is the hosts' share minus the guests'" that no step made: any answer would be over another column.
  const undefinedNoun = undefinedFigure(frame, slots, prose);
  if (undefinedNoun !== undefined)
    fail('unsupported', `The builtin engine did not make the figure "${undefinedNoun}" the text defines.`, {
      hint: 'Say how the figure is computed from columns by name ("gap = Home − Away").',
    });
  // "Create a column total as A plus B" that no step made: any answer would be over other columns.
  const created = STATED_NEW_COLUMN.exec(prose);
  if (created && frame.derived.size === 0 && !columnNames(frame).includes(created[1]!))
    fail('unsupported', `The builtin engine did not make the column ${created[1]} the question creates.`, {
      hint: 'Say how the new column is computed in words the engine reads ("A + B", "the ratio of A to B").',
    });
  const values: Record<string, string> = {};
  const notes: string[] = [...frame.steps];
  const preparedSteps = notes.length;
  const cited: string[] = [];
  const slotCount = slots.reduce((total, slot) => total + slotParts(slot, request.format).length, 0);
  // "and on how many days is it above 0.5": the clause that states a condition on a scaled column in other words.
  // Under one sentence of the constraints the conditions are that sentence's, for its own slots.
  // 'Count the rows whose "Change" is above 0, and take the mean of "Change"': the count's own condition.
  const scope =
    within.sentence !== undefined
      ? undefined
      : (clauseScope(frame, withScaledColumnNamed(frame, request.question)) ??
        countClauseScope(frame, table, request.question, constraints));
  const nested =
    slotCount > 1 && within.sentence === undefined ? nestedScope(frame, request.question) : undefined;
  const statisticOf = statisticObject(frame, request.question);
  const statedOf = slotCount === 1 ? statedStatisticObject(frame, constraints) : undefined;
  const quotedStatisticObjects = statedStatisticObjects(frame, constraints);
  const madeColumns = [...frame.derived.keys()].filter(
    (name) => !table.columns.some((column) => column.name === name),
  );
  // `pickedRows`: the rows to work the slot out over, in place of every row in play (picked-group-rows.ts).
  const solve = (slot: Slot, pickedRows?: readonly number[]): SlotResult => {
    const group = slotGroup(frame, slot, frame.rows, all);
    // "the means of the 1970s and of the 1990s": each slot takes the span it names, or none is read.
    const spans = comparedSpansOf(frame);
    if (spans && !spans.some((span) => span.column === group?.column && span.from === group?.value))
      fail(
        'unsupported',
        `The question compares ${spans.map((span) => span.said.replace(/^.*? is /, '')).join(' and ')}, but @${slot.name} names none of them.`,
        { hint: 'Name the span in the slot ("@mean_1980s").' },
      );
    const glossed = glossedColumns(glosses, slot, columnNames(frame), request.format);
    // "@total_bronze" of "the total number of bronze medals" beside a Total column: the slot's
    // leading statistic word is the statistic, not that column, when the slot names another measure.
    const statisticColumn = leadingStatisticColumn(frame, slot, ownColumns(frame, slot));
    const slotNamed = [...new Set([...ownColumns(frame, slot), ...glossed])].filter(
      (name) => name !== statisticColumn,
    );
    // "@mean_fare_per_member" of the feature made as Fare / family size: the feature, not Fare.
    const feature = madeFeatureOfSlot(frame, slot.name, slotNamed);
    const columns = [
      ...new Set([
        ...(feature ? [feature] : []),
        ...glossed,
        ...slotColumns(frame, slot, request.question, `${constraints}\n${request.format}`),
      ]),
    ].filter((name) => name !== statisticColumn && (!feature || !slotNamed.includes(name)));
    const own = feature ? [feature] : slotNamed;
    // "What is the median Stay (Days)?": a column of figures with units ("1,240 days"), typed as an
    // identifier since each cell differs, is a measure when the question writes its whole name.
    const writtenWithUnits = (name: string) => {
      const values = table.columns.find((item) => item.name === name)?.values ?? [];
      const present = values.filter((value) => value !== null);
      return (
        present.length > 0 &&
        present.filter((value) => typeof value === 'string').length >= present.length / 2
      );
    };
    const namedInFull = new Set([
      ...findMentions(frame, request.question)
        .filter(
          (mention) => mention.strength >= wordsOf(mention.column).length && writtenWithUnits(mention.column),
        )
        .map((mention) => mention.column),
      // 'Read "Stay (Days)" as a number of days': the constraints name it as a measure outright.
      ...[...columnsReadAsNumbers(frame, constraints)].filter(writtenWithUnits),
    ]);
    let context: SlotContext = {
      frame,
      slot,
      text: all,
      question: request.question,
      columns,
      ownColumns: own,
      // The slot's measures, most likely first (slot-measures.ts).
      measures: slotMeasures(columns, {
        frame,
        slot,
        text: all,
        question: request.question,
        own,
        oneSlot: slotCount === 1,
        namedInFull,
        quoted: quotedStatisticObjects,
        made: madeColumns,
        // 'Take the mean of "No. of Concerts"': the one column the constraints take a statistic of, for
        // the one slot, when neither the question nor the slot names one.
        statisticOf: statisticOf ?? (own.length === 0 ? statedOf : undefined),
        groupColumn: group?.column,
        sentenceColumns: within.sentence === undefined ? [] : sentenceMeasureColumns(frame, within.sentence),
      }),
      rows: pickedRows ?? group?.rows ?? frame.rows,
      ...(group ? { groupNote: group.note, group: { column: group.column, value: group.value } } : {}),
    };
    // A column named like a statistic ("Range", "Count") is not the statistic asked for.
    // So is a column the question's own steps made and the slot names in part ("@mean_range_pct" of
    // the "daily spread as a percentage of the morning reading").
    const made = context.columns[0];
    const madeWords =
      made !== undefined &&
      frame.derived.has(made) &&
      !isDatePart(frame, made) &&
      !table.columns.some((column) => column.name === made)
        ? wordsOf(made)
        : [];
    const columnWords = new Set([
      ...context.ownColumns.filter((name) => !isDatePart(frame, name)).flatMap((name) => wordsOf(name)),
      ...madeWords,
    ]);
    const tableWords = new Set(columnNames(frame).flatMap((name) => wordsOf(name)));
    // "lowest quartile" that picked a bin names the group, not a minimum.
    const groupWords = new Set(group?.words ? readSlotName(group.words.join('_')) : []);
    const groupWord = (word: string) => groupWords.has(word);
    const nameWords = withoutBoundUnits(readSlotName(slot.name, (word) => tableWords.has(word))).filter(
      (word) => !groupWord(word),
    );
    const statWords = withoutColumnWords(
      withoutNamedColumnWords(withoutRollingWords(nameWords, frame), columnWords).filter(
        (word) => !madeWords.includes(statisticWord(word) ?? ''),
      ),
      frame,
      request.question,
    );
    const byName = SLOT_RULES.find((item) =>
      item.applies(statWords.length > 0 ? statWords : nameWords, context),
    );
    // "@highest_bin_weeks": the words naming the slot's bin are no statistic (no maximum); nor are the
    // words of a column the text made ("@long_spread_days[count]" beside a made "DaySpread": a count).
    const slotRule =
      byName ??
      SLOT_RULES.find((item) =>
        item.applies(
          withoutBoundUnits(slotWords(slot)).filter((word) => !groupWord(word) && !madeWords.includes(word)),
          context,
        ),
      );
    // "@answer[count]" of "how many weights are outliers": a count read off the placeholder alone is
    // the count of outliers the question asks for, not of every row.
    const bySlot =
      !byName && slotRule?.name === 'count'
        ? (questionOutlierCount(frame, request.question, context) ?? slotRule)
        : slotRule;
    // "On how many days did it close up, and what share is that?": "@up_days[n]" names the rows
    // "how many" counts, which a count answers, not the share the rest of the question asks.
    const byQuestion = bySlot
      ? undefined
      : SLOT_RULES.find((item) =>
          // Under one sentence of the constraints, that sentence says the statistic its slots take.
          item.applies(questionRuleWords(frame, within.sentence ?? request.question), context),
        );
    const countedRows =
      byQuestion && byQuestion.name !== 'count'
        ? countedRowsRule(slot, request.question, context)
        : undefined;
    // "…, and count the rows whose "Floor" is missing" for "@riverside_unlisted[n]": that clause's count.
    const stated =
      !bySlot || bySlot.name === 'count'
        ? statedMissingCount(frame, slot, slots, constraints, request.format)
        : undefined;
    const missingColumn = stated?.column;
    if (missingColumn) context = { ...context, ownColumns: [missingColumn], columns: [missingColumn] };
    // 'Take the maximum and the sum of "Orders"' beside "@total_orders": "@busiest_orders" takes the maximum.
    const paired = !bySlot && !missingColumn ? pairedStatisticOf(slot, slots, constraints) : undefined;
    if (paired && columnNames(frame).includes(paired.column))
      context = { ...context, ownColumns: [paired.column], columns: [paired.column] };
    // 'Take the sum of "Calls taken" and the sum of "Calls dropped"': each slot its listed figure.
    const listed =
      !missingColumn && !paired && within.sentence === undefined
        ? listedFigureOf(frame, slot, slots, constraints)
        : undefined;
    if (listed)
      context = {
        ...context,
        ownColumns: [listed.column],
        columns: [listed.column],
        measures: [listed.column],
      };
    const rule =
      (stated?.present ? PRESENT_COUNT_RULE : undefined) ??
      (missingColumn ? SLOT_RULES.find((item) => item.name === 'missing count') : undefined) ??
      (paired && columnNames(frame).includes(paired.column)
        ? SLOT_RULES.find((item) => item.name === paired.rule)
        : undefined) ??
      (listed ? SLOT_RULES.find((item) => item.name === listed.rule) : undefined) ??
      bySlot ??
      countedRows ??
      byQuestion ??
      statedInConstraints(slot, constraints, context);
    // "@missing_ducks" read by the question's "average": the slot asks about missing cells, which
    // a statistic the question names for another slot does not answer.
    if (
      !bySlot &&
      rule &&
      !/missing/.test(rule.name) &&
      SLOT_MISSING_WORDS.some((word) => slotWords(slot).includes(word))
    )
      fail(
        'unsupported',
        `@${slot.name} speaks of missing cells, but the builtin engine could only read the question's ${rule.name} for it.`,
        { hint: 'Say what to count: "the number of rows where Score is missing".' },
      );
    // "the mean Mark, and how many have a Mark of at least 80": the condition is the count's own.
    // A slot narrowed to a group ("label 1") takes its group among those rows too.
    const unconditioned = rowsOfSlotClause(
      scope,
      slot.name,
      rule?.name,
      slots.map((item) => item.name),
    );
    const regrouped = unconditioned && group ? slotGroup(frame, slot, unconditioned, all) : undefined;
    if (unconditioned && (!group || regrouped))
      context = { ...context, rows: regrouped?.rows ?? unconditioned };
    // "How many nominations did she get, and how many of those were won?": the first count is
    // over the rows before the second clause's own condition.
    if (nested && !group) {
      const place = nestedSlotClause(nested, slot.name);
      if (place === undefined)
        fail(
          'unsupported',
          `The question counts within an earlier count ("of those"), but @${slot.name} does not say which count it is.`,
          { hint: 'Name each count in its slot ("@titles", "@titles_won").' },
        );
      if (place === 0) context = { ...context, rows: nested.outer };
    }
    // A figure the constraints list for the slot is neither a group ranking nor a row's label.
    const ranking =
      !listed && (!byName || GROUP_RULES.test(byName.name)) ? groupSuperlative(context) : undefined;
    const role = ranking ? rankRole(context, ranking, slotCount) : undefined;
    const rank = role ? ranking : undefined;
    // "@sites_above_half[count]": a count of the rows past a bound the slot names is no row's label.
    const countsPastBound =
      declaredNumber(slot, request.format) && has(readSlotName(slot.name), ...SLOT_BOUND_WORDS);
    const labelled =
      !rank &&
      !listed &&
      !countsPastBound &&
      (!byName || /^(maximum|minimum|mean|total|rate of a flag)$/.test(byName.name))
        ? superlativeLabel(context)
        : undefined;
    const picked = rank ? rankedResult(context, rank, role === 'group') : labelled;
    contexts.set(slot.name, context);
    const found =
      (picked &&
      !numericLabelUnasked(
        frame,
        slot,
        picked,
        rank !== undefined && role !== 'group',
        // "Which lodge tier …" beside "@best_tier": the question's word for the groups names them too.
        rank && role === 'group' ? `${rank.label} ${rank.phrase}` : undefined,
      )
        ? picked
        : undefined) ?? rule?.compute(withBarRows(context, rule.name));
    // "@school_total_wins[n]" beside the best School by total Wins: that group's total.
    let result =
      (labelled && found && byName ? bestGroupFigure(context, found, byName.name, slotCount) : undefined) ??
      found;
    // "Who shows up most often, and how many times?": the count of the group the ranking put first.
    // So for a ranking of groups ("Which month has the most rows, and how many shows were in it?").
    const timesCounted =
      result &&
      (labelled || (rank && role !== 'group' && result === picked)) &&
      declaredNumber(slot, request.format)
        ? rankedGroupCount(request.question, result, slot.name)
        : undefined;
    if (timesCounted) result = timesCounted;
    // "Who sold the most wool, and how much was it?": the figure of the row the first slot named.
    const peakFigure = peakRowFigure(frame, request.question, context, result, peaks);
    if (peakFigure) result = peakFigure;
    if (result?.peak) peaks.set(slot.name, result);
    // "@avg_sales[mean]" answered by "West": a slot naming a statistic and no label column asks
    // for the figure, not the group or row that has it; so does one the format declares a figure.
    if (
      result &&
      labelled &&
      !PLAIN_NUMBER.test(result.value) &&
      (declaredNumber(slot, request.format) ||
        (byName &&
          !own.some((name) => !isNumericColumn(frame, name)) &&
          !asksForName(slot) &&
          !declaredString(slot, request.format) &&
          // '"ward" is written as in the "ward_name" column': the format says the slot is a label.
          !writtenAsColumn(
            slot,
            request.format,
            columnNames(frame).filter((name) => !isNumericColumn(frame, name)),
          )))
    )
      fail(
        'unsupported',
        `@${slot.name} asks for a ${byName?.name ?? 'figure'}, but the builtin engine could only work out a label (${result.note}).`,
        { hint: 'Ask for the figure and the label in two slots.' },
      );
    if (!result)
      fail('unsupported', `The builtin engine cannot tell what @${slot.name} asks for.`, {
        hint: 'Name the statistic in the slot or the question (mean, median, correlation, outliers, p-value).',
      });
    // "the median number of sightings per ranger" read as the median of a "Sighting score" column:
    // a count of rows per group is no column's figure.
    const countMisread = context.group
      ? undefined
      : columnReadForGroupCount(
          frame,
          [request.question, constraints, readSlotName(slot.name).join(' ')],
          result.columns,
          result.note,
        );
    if (countMisread)
      fail(
        'unsupported',
        `The question counts rows per group, but the builtin engine could only work out ${result.note}, a figure of ${countMisread}.`,
        { hint: 'Name the column the figure is of, or ask for the group with the most rows.' },
      );
    // "How big is the gap between the two medians?" answered by one median of every row.
    if (oneFigureForGroupDifference(request.question, result.note))
      fail(
        'unsupported',
        `The question asks for a difference of groups' figures, but @${slot.name} got ${result.note}.`,
        {
          hint: 'Name the two groups in the slot ("@median_fee_senior", "@median_fee_junior").',
        },
      );
    // "1:09.76" for the fastest "Time" when the format asks it written as in the column.
    result = writtenAsCell(frame, slot, request.format, result);
    // "Average Crates over the rows whose Variety is Pear": under one sentence, a figure of a
    // column the sentence does not name (one the question names for another sentence) is not its.
    const sentenceMeasures =
      within.sentence === undefined ? [] : sentenceMeasureColumns(frame, within.sentence);
    if (
      sentenceMeasures.length > 0 &&
      result.columns.length > 0 &&
      !result.columns.some((name) => sentenceMeasures.includes(name))
    )
      fail(
        'unsupported',
        `@${slot.name} belongs to "${within.sentence?.replace(/"/g, '')}", but the builtin engine worked out ${result.note}.`,
        { hint: 'Name the column in the slot ("@mean_crates").' },
      );
    if (
      (asksForName(slot) || declaredString(slot, request.format)) &&
      PLAIN_NUMBER.test(result.value) &&
      !labelAnswer(frame, slot, result)
    )
      fail(
        'unsupported',
        `@${slot.name} asks for a name, but the builtin engine could only work out a number (${result.note}).`,
        { hint: 'Name the column whose value is the answer, e.g. "which Region has the highest Sales".' },
      );
    // "@best_month" over a table of one month a row asks for a month, which a figure is not.
    const months = /(?:^|_)month$|[a-z]Month$/.test(slot.name) ? monthRowColumn(frame) : undefined;
    if (
      months &&
      PLAIN_NUMBER.test(result.value) &&
      !result.columns.includes(months) &&
      !/^count\b/.test(result.note)
    )
      fail(
        'unsupported',
        `@${slot.name} asks for a month, but the builtin engine could only work out a number (${result.note}).`,
        { hint: 'Name the month column in the question ("which month of the year has the highest X").' },
      );
    // "@significant[answer] where answer is yes or no": a figure is no yes or no.
    if (answersYesNo(slot, request.format) && PLAIN_NUMBER.test(result.value))
      fail(
        'unsupported',
        `@${slot.name} asks for yes or no, but the builtin engine could only work out a number (${result.note}).`,
        { hint: 'Quote the words the answer may take ("yes" or "no").' },
      );
    // "@kurtosis_type[type] where type is 'leptokurtic' or 'platykurtic'": a figure is none of the words.
    const words = slot.options.filter((option) => /[a-z]/i.test(option) && !PLAIN_NUMBER.test(option));
    if (words.length >= 2 && words.length === slot.options.length && PLAIN_NUMBER.test(result.value))
      fail(
        'unsupported',
        `@${slot.name} takes one of ${words.map((word) => `"${word}"`).join(', ')}, but the builtin engine could only work out a number (${result.note}).`,
        { hint: 'Ask for the figure, or state the rule that turns it into one of the words.' },
      );
    // "@hotel_class[class] where class is one of 'budget', 'mid-range' and 'luxury'": another word is none of them.
    const said = (text: string) =>
      text
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, ' ');
    if (
      words.length >= 2 &&
      words.length === slot.options.length &&
      !PLAIN_NUMBER.test(result.value) &&
      !words.some((word) => said(word) === said(result.value))
    )
      fail(
        'unsupported',
        `@${slot.name} takes one of ${words.map((word) => `"${word}"`).join(', ')}, but the builtin engine worked out "${result.value}" (${result.note}).`,
        { hint: 'State the rule that gives each row one of the words.' },
      );
    // "@bin_counts[list]": one figure is no list.
    if (asksForList(slot) && !rank && !labelled && rule && SCALAR_RULES.test(rule.name))
      fail(
        'unsupported',
        `@${slot.name} asks for a list, but the builtin engine could only work out one figure (${result.note}).`,
        {
          hint: 'Ask for each value in its own slot.',
        },
      );
    const grouping = perGroupColumn(frame, request.question) ?? perGroupColumn(frame, constraints);
    if (
      grouping &&
      !context.group &&
      !result.columns.includes(grouping) &&
      !result.note.includes(grouping) &&
      !frame.steps.some((step) => step.includes(grouping))
    )
      fail(
        'unsupported',
        `The question asks for a value for each ${grouping}, but the builtin engine could only work out one over all rows (${result.note}).`,
        {
          hint: `Ask for one group at a time ("the mean for ${grouping} 'X'"), or for the group that ranks highest.`,
        },
      );
    // "@mean_goals_per_cap": a slot naming two measures asks for something of both; an answer
    // read off one of them is not it.
    const measuresNamed = own.filter(
      (name) =>
        isNumericColumn(frame, name) &&
        !['identifier', 'category', 'date'].includes(
          table.columns.find((item) => item.name === name)?.type ?? '',
        ),
    );
    const unused = measuresNamed.filter(
      (name) =>
        !result.columns.includes(name) &&
        !result.note.includes(name) &&
        !frame.steps.some((step) => step.includes(name)) &&
        !describesConditioned(frame, slot.name, name),
    );
    if (measuresNamed.length >= 2 && unused.length > 0)
      fail(
        'unsupported',
        `@${slot.name} names ${measuresNamed.join(' and ')}, but the builtin engine could only work out ${result.note}.`,
        { hint: 'Ask for the statistic of both columns in words (a ratio, a correlation, a difference).' },
      );
    // "@wool" of "Who sold the most wool, and how much was it?": a count of rows is no figure of
    // the amount column the slot names, when no step read that column.
    if (
      measuresNamed.length === 1 &&
      unused.length === 1 &&
      result.note === 'count of rows' &&
      !isNumberingColumn(frame, measuresNamed[0]!)
    )
      fail(
        'unsupported',
        `@${slot.name} names ${measuresNamed[0]}, but the builtin engine could only work out ${result.note}.`,
        { hint: 'Say the statistic of that column in words ("the highest Wool").' },
      );
    // "@s5_rank": a rank is no value of the measure; only a plan that ranked answers it.
    if (readSlotName(slot.name).includes('rank') && !/\brank/i.test(result.note))
      fail(
        'unsupported',
        `@${slot.name} asks for a rank, but the builtin engine could only work out ${result.note}.`,
        { hint: 'Ask for the value, or for the rows with the highest values ("the top 3 ...").' },
      );
    // "the cumulative total at 1990" over the rows up to 1990: a running total is read on one row;
    // adding up several of its values counts each early row again.
    // Read on the row of the year the question names ("at the year 1985") when one row holds it.
    const summedRuns = /\bsum of ((?:cumulative|running) (?:sum|total)) over (\d+) values\b/.exec(
      result.note,
    );
    const readAt =
      summedRuns && Number(summedRuns[2]) > 1
        ? runningTotalAtYear(frame, request.question, summedRuns[1]!, context.rows, slot.decimals)
        : undefined;
    if (summedRuns && Number(summedRuns[2]) > 1 && !readAt)
      fail(
        'unsupported',
        `@${slot.name}: the builtin engine could only add up a running total over several rows (${result.note}).`,
        {
          hint: 'Name the one row the running total is read on ("in 1990", "on the last row").',
        },
      );
    const answered = readAt ?? result;
    const side = ambiguousPairSide(frame, readSlotName(slot.name), answered.columns, request.question);
    if (side)
      fail('unsupported', `@${slot.name} does not say which part of the split it means (it read ${side}).`, {
        hint: 'Name the part in the slot, or define the figure over both parts ("the total is their sum").',
      });
    // "At which income was the 2001 rate highest?": the income of the row where another measure
    // peaks, not the highest income.
    const peakOfOther = extremeOfAnotherMeasure(frame, request.question, answered.note);
    if (peakOfOther)
      fail(
        'unsupported',
        `The question asks where ${peakOfOther} is extreme, but the builtin engine could only work out ${answered.note}.`,
        {
          hint: 'Ask for the row with the highest value ("the row with the highest X"), then read its cells.',
        },
      );
    // "@flow_ratio" answered by one maximum: a ratio is of two figures, which no step divided.
    const madeSteps = frame.steps.filter((step) => / = /.test(step)).join(' ');
    if (
      readSlotName(slot.name).includes('ratio') &&
      !/\bratio\b|\s\/\s|\bdivided\b|\bper\b|\bshare\b|\bproportion\b/i.test(`${answered.note} ${madeSteps}`)
    )
      fail(
        'unsupported',
        `@${slot.name} asks for a ratio, but the builtin engine could only work out ${answered.note}.`,
        {
          hint: 'Say which two figures to divide ("the largest Flow divided by the Flow of the normal row").',
        },
      );
    const unexplained = uncoveredSlotWords(
      frame,
      slot,
      `${answered.note} ${frame.steps.join(' ')} ${glossWords(glosses, answered.note).join(' ')}`,
      all,
    );
    // "@crossing_mean_minutes" answered by the mean Minutes Late: words that only label the figure.
    const uncovered = labelWordsOnly(slot, unexplained, answered.note, all, answered.columns)
      ? []
      : unexplained;
    const unread = () =>
      fail(
        'unsupported',
        `The builtin engine did not understand "${uncovered.join('", "')}" in @${slot.name} (it could only work out ${answered.note}).`,
        {
          hint: 'Ask for that step or statistic in words the engine reads (mean, count, correlation, a filter on a value).',
        },
      );
    // Words of the slot's writer alone may be matched by elimination once every slot is solved.
    if (
      uncovered.length > 0 &&
      slots.length === 2 &&
      slotCount === 2 &&
      uncovered.every((word) => writersOwnWord(word, prose, columnNames(frame)))
    )
      unreadSlots.set(slot.name, { words: uncovered.join(' '), refuse: unread });
    // "@cheapest_gate_mean_toll": words of the slot it is named after name that slot's group,
    // read only when the figure is that group's, once every slot is solved.
    else if (uncovered.length > 0 && wordsOfNamedAfter(slot.name, slots, uncovered))
      namedAfterSlots.set(slot.name, unread);
    else if (uncovered.length > 0) unread();
    // "Among the singers who had never been given a solo": rows kept by a clause the plan did
    // not read; a figure over every row is not the one asked for. Two groups compared read theirs.
    const clause = rowClause(request.question, answered.columns);
    if (
      clause &&
      !context.group &&
      frame.conditions.length === 0 &&
      !frame.steps.some((step) => /^rows\b/.test(step)) &&
      !/^(?:absolute )?(?:difference|ratio)\b/.test(answered.note) &&
      // A number or value the plan never used is refused after every slot, in its own words.
      unappliedConditions(frame, request.question, `${answered.note} ${frame.steps.join(' ')}`).length === 0
    )
      fail(
        'unsupported',
        `The question keeps only some rows ("${clause}"), but the builtin engine read no condition from it (it could only work out ${answered.note} over every row).`,
        { hint: 'State the condition on a column ("rows whose Soloist is 0").' },
      );
    // "@month[name] where "name" is a full month name": a month of the year by its name.
    const monthName = monthNameOf(frame, answered.columns, answered.value, slot.placeholder, all);
    // "@fare_p90[percentile]" answered by a group's highest figure: the slot was read wrong.
    const missed = askedKindMissed(slot, request.format, answered.note, monthName ?? answered.value);
    if (missed) fail('unsupported', `${missed}.`, { hint: 'Ask for each figure in its own question.' });
    return withStatedUnit(
      frame,
      slot,
      request.format,
      monthName ? { ...answered, value: monthName } : answered,
    );
  };
  const unreadSlots = new Map<string, { words: string; refuse: () => never }>();
  const namedAfterSlots = new Map<string, () => never>();
  // Each slot's context, for a figure pointing back to the best group another slot named.
  const contexts = new Map<string, SlotContext>();
  // The slot that first took each computation: two slots asking different things ("@fenced",
  // "@fenced_percent"; "@prize_plots", "@gold_plots") answered by one and the same computation
  // mean the plan read at most one of them.
  const takenBy = new Map<string, string>();
  // The slots answered by the one row where a measure peaks, for a later "how much" of that row.
  const peaks = new Map<string, SlotResult>();
  const solved = slots.map((slot) => {
    const parts = slotParts(slot, request.format);
    return { slot, parts, results: parts.map((part) => solve(part)) };
  });
  refuseCountClauseValueForAll(
    request.question,
    frame.steps,
    solved.flatMap((item) => item.results),
  );
  // "Which area has the most applicants, and how many are from there?": the count is the area's.
  const single = new Map(
    solved
      .filter((item) => item.parts.length === 1)
      .map((item) => [item.slot.name, item.results[0]!] as const),
  );
  // "Which weekday has the highest average Volume, and what is that average?": the best group's figure.
  // "@cheapest_gate" beside "@cheapest_gate_mean_toll": the figure of the group the first picked.
  const figured = withNamedGroupFigures(
    withPeakRowFigures(
      `${request.question}\n${request.constraints ?? ''}`,
      withBestGroupSizes(
        `${request.question}\n${request.constraints ?? ''}`,
        withRankedGroupFigures(
          `${request.question}\n${request.constraints ?? ''}`,
          withFrequentGroupCounts(request.question, single),
          contexts,
        ),
        contexts,
      ),
      contexts,
    ),
    contexts,
  );
  // "Which year has the largest total Volume, and what is the mean Close in that year?": that year's rows.
  const reread =
    solved.length >= 2 && solved.every((item) => item.parts.length === 1)
      ? withPickedGroupRows(
          `${request.question}\n${request.constraints ?? ''}`,
          figured,
          contexts,
          (name, rows) => solve(solved.find((item) => item.slot.name === name)!.parts[0]!, rows),
        )
      : figured;
  for (const [name, refuse] of namedAfterSlots) if (!readAsNamedGroup(reread.get(name))) refuse();
  // "@most_met_opponent" beside "@most_met_matches": matched by elimination, or refused as before.
  // Both slots may share the writer's word ("@most_met_opponent", "@most_met_matches"), nothing more.
  for (const [name, { words, refuse }] of unreadSlots) {
    const other = [...reread.keys()].find((key) => key !== name);
    const mine = reread.get(name);
    const theirs = other === undefined ? undefined : reread.get(other);
    const otherWords = other === undefined ? undefined : unreadSlots.get(other)?.words;
    if (
      other === undefined ||
      (otherWords !== undefined && otherWords !== words) ||
      !mine ||
      !theirs ||
      !rankingPair(mine, theirs)
    )
      refuse();
  }
  for (const { slot, parts, results: solvedResults } of solved) {
    const results = parts.length === 1 ? [reread.get(slot.name) ?? solvedResults[0]!] : solvedResults;
    for (const [index, result] of results.entries()) {
      const name = parts[index]!.name;
      const key = `${result.note}\u0000${result.value}`;
      const other = takenBy.get(key);
      if (other !== undefined && other !== name)
        fail(
          'unsupported',
          `@${other} and @${name} ask for different things, but the builtin engine worked out the same ${result.note} for both.`,
          {
            hint: 'Ask for each value in its own question, with its condition stated ("rows where X is Y").',
          },
        );
      takenBy.set(key, name);
      // A figure over no rows ("share … over 0 values") is no answer.
      if (result.value === 'NaN')
        fail('unsupported', `@${name} came out as no number (${result.note}): no rows were left for it.`, {
          hint: 'Check the conditions the question states; one of them may keep no rows.',
        });
      // "How many had a prize, and how many of those 'Gold'": a slot counting one value of a column
      // the rows were already kept by shows that condition was its own, not every slot's.
      const counted = /^count of rows with /.test(result.note) ? result.columns[0] : undefined;
      if (
        counted &&
        slotCount > 1 &&
        !scope &&
        frame.conditions.some((condition) => condition.column === counted)
      )
        fail(
          'unsupported',
          `@${name} counts values of ${counted}, but the rows of every slot were kept by a condition on ${counted}: that condition was one slot's own.`,
          {
            hint: 'Ask for each count in its own question, with its condition stated ("rows where X is Y").',
          },
        );
    }
    for (const result of results) check?.(frame, slot, result);
    values[slot.name] = results.map((result) => result.value).join(', ');
    for (const [index, result] of results.entries()) {
      notes.push(`@${slot.name}${parts.length > 1 ? `[${index}]` : ''}: ${result.note}`);
      for (const name of result.columns) {
        const column = table.columns.find((item) => item.name === name);
        if (column) cited.push(citeCells(table, column, [...result.rows]));
      }
    }
  }
  const planText = `${notes.join(' ')} ${frame.steps.join(' ')}`;
  // "A 'none' Hedge means no hedge was cut": values mapped that no answer or condition then read
  // leave the question's point undone.
  const answerNotes = notes.slice(preparedSteps).join(' ');
  const unreadMappings = frame.steps
    .map((step) => /^(.+?) mapped: /.exec(step)?.[1])
    .filter(
      (name): name is string =>
        name !== undefined &&
        !answerNotes.includes(name) &&
        !frame.conditions.some((condition) => condition.column === name),
    );
  // "the mean month-over-month percentage change": a change column made that no answer then read
  // leaves the answers over the column it was made from.
  const unreadChanges = frame.steps
    .map((step) => /^(.+?) = percentage change of /.exec(step)?.[1])
    .filter(
      (name): name is string =>
        name !== undefined &&
        !answerNotes.includes(name) &&
        !frame.conditions.some((condition) => condition.column === name),
    );
  const found = [
    ...unreadMappings.map((name) => `the values of ${name} the text maps`),
    ...unreadChanges.map((name) => `the ${name} the text makes`),
    ...unreadColumnComparisons(frame, prose, planText),
    // The question with its words for a scaled column written as that column, as the conditions read it.
    ...unappliedConditions(
      frame,
      withoutDescribedBins(withScaledColumnNamed(frame, request.question)),
      notes.join(' '),
    ),
    ...unreadNegations(frame, request.question, planText),
    // "the moving average on 2031-03-14": a day a date column holds, which no step picked.
    ...unreadNamedDays(frame, request.question, planText),
    ...unappliedExclusions(frame, constraints, planText),
    // "Use the rows dated 2031-06-02 to 2031-06-18": a span the constraints state, unread.
    ...unappliedDateBounds(constraints, notes.join(' ')),
    ...unusedDateGroupings(frame, prose, notes),
    ...unappliedNumberConditions(frame, constraints, planText),
    ...unreadEqualities(frame, prose, planText),
    // Under one sentence, a yes/no column another sentence quotes is that sentence's.
    ...unreadFlagColumns(frame, request.question, `${planText}\n${within.elsewhere ?? ''}`).map(
      (name) => `the ${name} the question names`,
    ),
    ...unshownBinLabels(request.question, planText),
    ...unappliedRankings(request.question, planText),
    ...unusedMadeColumns(frame, request.question, notes.slice(preparedSteps).join(' ')).map(
      (name) => `the ${name} the question names`,
    ),
    ...unreadFormulaColumns(frame, answerNotes).map((name) => `the ${name} the text defines`),
    // A column a step made by adding columns up ("extra = adding up A, B and C") used them.
    ...unusedStatedSums(frame, constraints, notes.join(' ')).map(
      (name) => `the sum of ${name} the text asks for`,
    ),
    ...unappliedSpreadBounds(prose, frame.steps, planText),
    ...slots.flatMap((slot) => {
      // A flag another slot read ("@result", a test between the flag's groups) leaves this slot's rows all.
      const ownNotes = notes.filter(
        (note, index) =>
          index < preparedSteps || note.startsWith(`@${slot.name}:`) || note.startsWith(`@${slot.name}[`),
      );
      const flag = unreadFlagOfSlot(frame, slot.name, `${ownNotes.join(' ')} ${frame.steps.join(' ')}`);
      return flag ? [`the rows ${flag} marks, which @${slot.name} names`] : [];
    }),
  ];
  // Under one sentence of the constraints, what the other sentences state is their slots' own.
  const unapplied = found.filter(
    (item) =>
      within.sentence === undefined || !answeredElsewhere(item, within.sentence, within.elsewhere ?? ''),
  );

  if (unapplied.length > 0)
    fail(
      'unsupported',
      `The builtin engine did not carry out ${unapplied.map((item) => `"${item.replace(/"/g, '')}"`).join(', ')} from the question, so its answer would ignore that condition.`,
      {
        hint: 'Restate the condition as a filter on a column ("rows where Category is Assault", "Year ≥ 2000").',
      },
    );
  return {
    question: request.question,
    slots: values,
    answer: slots.map((slot) => values[slot.name]!),
    // "Attendance: 1 cell with no figure left out ("tba")": how text cells were read as numbers.
    planText: [...numberCellNotes(frame, notes.join(' ')), ...notes].join('; '),
    cells: [...new Set(cited)].join(', ') || citeCells(table, undefined, []),
    engine: 'builtin',
  };
}

/**
 * "Which year had the highest value in Engineering, and what was that value? @max_engineering":
 * a year (or another number that labels rows) where a measure peaks answers only a slot that names
 * that label column; a slot naming the measure or a statistic asks for the figure.
 */
function numericLabelUnasked(
  frame: Frame,
  slot: Slot,
  result: SlotResult,
  score: boolean,
  groupLabel?: string,
): boolean {
  if (score) return false;
  const named = new Set([...slotWords(slot), ...wordsOf(slot.placeholder)]);
  // A group picked by a ranking ("year of Date" groups): its key is the label, which the slot names
  // ("@best_year"), not the measure the groups were ranked by.
  if (groupLabel !== undefined)
    // "Ltier" beside "@best_tier": a word the label's own word ends with names it too.
    return (
      PLAIN_NUMBER.test(result.value) &&
      !wordsOf(groupLabel).some(
        (word) => named.has(word) || [...named].some((other) => other.length >= 4 && word.endsWith(other)),
      )
    );
  const label = result.columns[0];
  if (label === undefined || !isNumericColumn(frame, label)) return false;
  return !wordsOf(label).some((word) => named.has(word));
}

const WHICH_EXTREME =
  /\bwhich\s+(?<asked>[^,?]{1,60}?)\s+(?:was|is|were|are|has|had|did|does)\b(?<middle>[^,?]{1,80}?)\b(?:highest|lowest|largest|smallest|greatest|biggest)\b/di;

/**
 * The other measure a "which X was the Y highest" question peaks on, when the plan took the
 * extreme of X itself (its note reads "maximum of X …"); undefined otherwise.
 */
function extremeOfAnotherMeasure(frame: Frame, question: string, note: string): string | undefined {
  const extreme = /\b(?:maximum|minimum) of (.+?) over \d/.exec(note)?.[1];
  const match = WHICH_EXTREME.exec(question);
  if (!extreme || !match?.groups) return undefined;
  // "its value on 8 May 1990": a condition kept one row, whose cell is read, no extreme taken.
  if (/\bover 1 values?\b/.test(note)) return undefined;
  const before = question.slice(0, match.indices?.groups?.middle?.[0] ?? 0);
  const from = wordsOf(before).length;
  // "Which year had the highest share of trainees in Welding": the measure may follow the
  // superlative, up to the clause's end.
  const rest = question.slice(match.index + match[0].length).split(/[,;?]|\band\b/)[0] ?? '';
  const to = from + wordsOf(match.groups.middle!).length + 1 + wordsOf(rest).length;
  return findMentions(frame, question).find(
    (mention) =>
      mention.column !== extreme &&
      mention.position >= from &&
      mention.position < to &&
      isNumericColumn(frame, mention.column),
  )?.column;
}

/** How many times a phrase's words stand in a text's words. */
function phraseCount(words: readonly string[], phrase: readonly string[]): number {
  let count = 0;
  for (let start = 0; start + phrase.length <= words.length; start++)
    if (phrase.every((word, k) => words[start + k] === word)) count++;
  return count;
}

/**
 * The numeric columns a sentence names that none of the frame's conditions is on: the measures it
 * takes a figure of. A column whose name stands only inside a longer one the sentence names
 * ("Jun.2022" in "Adults Jun.2022") is not named.
 */
function sentenceMeasureColumns(frame: Frame, sentence: string): string[] {
  const words = wordsOf(sentence);
  const conditioned = new Set(frame.conditions.map((condition) => condition.column));
  const named = columnNames(frame).filter(
    (name) => wordsOf(name).length > 0 && containsPhrase(words, wordsOf(name)),
  );
  const inside = (name: string) =>
    named.some(
      (longer) =>
        longer !== name &&
        wordsOf(longer).length > wordsOf(name).length &&
        containsPhrase(wordsOf(longer), wordsOf(name)) &&
        phraseCount(words, wordsOf(name)) <= phraseCount(words, wordsOf(longer)),
    );
  return named.filter((name) => isNumericColumn(frame, name) && !conditioned.has(name) && !inside(name));
}

/** Answers each sentence's slots under that sentence's conditions, and puts the answers together in the format's order. */
function answerBySentence(
  table: DataTable,
  asked: AnalysisRequest,
  slots: readonly Slot[],
  scope: SentenceScope,
): AnalysisAnswer {
  const answers = scope.groups.map((group) =>
    answerAnalysis(
      table,
      {
        ...asked,
        constraints: groupConstraints(scope, group, asked.constraints ?? ''),
        format: formatWithSlots(asked.format, group.slots),
      },
      { sentence: group.sentence, elsewhere: group.elsewhere },
    ),
  );
  // A sentence counting one column's missing cells is answered on that column or not at all.
  scope.groups.forEach((group, index) => {
    const column = missingCountSentenceColumn(group.sentence);
    if (
      column &&
      !answers[index]!.planText.toLowerCase().includes(`missing cells in ${column.toLowerCase()}`)
    )
      fail(
        'unsupported',
        `The builtin engine did not count the missing cells of ${column} for ${group.slots.map((name) => `@${name}`).join(', ')}.`,
        { hint: 'Name the column in the slot ("@missing_notes").' },
      );
  });
  const values: Record<string, string> = Object.assign({}, ...answers.map((answer) => answer.slots));
  return {
    question: answers[0]!.question,
    slots: values,
    answer: slots.map((slot) => values[slot.name]!),
    planText: answers
      .map(
        (answer, index) =>
          `for ${scope.groups[index]!.slots.map((name) => `@${name}`).join(', ')}: ${answer.planText}`,
      )
      .join('; '),
    cells: [...new Set(answers.flatMap((answer) => answer.cells.split(', ')))].join(', '),
    engine: 'builtin',
  };
}
