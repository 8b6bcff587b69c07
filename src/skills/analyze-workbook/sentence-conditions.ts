/**
 * @module sentence-conditions
 * "For the mean, keep the rows whose Area is Urban and average Income. For the count, count the
 * rows whose Area is Rural.": constraints whose sentences each state a condition and the statistic
 * it serves give each condition to its own slots, not to every slot. A sentence serves the slots
 * whose names carry its own words (a value it keeps, its statistic, its year); failing words, slots
 * and sentences pair in order when there are as many of each. The reading is taken only when it
 * is plain: every condition sits in a sentence with a statistic of its own, and no sentence works
 * within an earlier one's rows. When the sentences do not say which slot is whose, the question
 * is refused.
 */

import { stem } from '../../lib/text/stem.ts';
import { cellsOf, columnNames, createFrame, isNumericColumn, wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { questionClauses } from './clause-conditions.ts';
import type { DataTable } from './data-table.ts';
import { ordinalsAsPlaces } from './ordinal-periods.ts';
import { applyPreparation } from './prepare-frame.ts';
import { readSlotName } from './slot-words.ts';

/** Words by which a sentence asks for a figure of its own, outside the quoted column names. */
const STATISTIC =
  /\b(?:count|counts|number of|how many|mean|average|median|sum|total|maximum|minimum|standard deviation|variance|share|percent(?:age)?|proportion|correlation)\b/i;

/**
 * Words by which a sentence takes its figure over every row ("the mean of Crates over all rows",
 * "across all orchards"): a sentence of its own with no condition, beside conditioned ones.
 */
const ALL_ROWS =
  /\b(?:over|across|of|for|on) (?:all|every)(?: the)? (?:rows?|records?|entries|[a-z]+s)\b|\bover the whole (?:table|data ?set|data)\b/i;

/**
 * A sentence that counts the rows whose column is missing ("Count the rows whose "Notes" is
 * missing"): a figure over every row with a measure of its own, not a condition on the others.
 */
const COUNTS_MISSING =
  /^\s*(?:count|find|give|report)\b.{0,20}?\b(?:rows?|entries|records)\s+(?:whose|where|with)\s+"([^"]{1,60})"\s+(?:is|are)\s+(?:missing|blank|empty)\s*\.?\s*$/i;

/** A sentence that counts the rows whose column is present ('Count the rows whose "Notes" is present'). */
const COUNTS_PRESENT =
  /^\s*(?:count|find|give|report)\b.{0,20}?\b(?:rows?|entries|records)\s+(?:whose|where|with)\s+"([^"]{1,60})"\s+(?:is|are)\s+(?:present|not missing|non-missing|filled in)\s*\.?\s*$/i;

/** The column a sentence counts the missing cells of ("Count the rows whose "Notes" is missing": Notes). */
export function missingCountSentenceColumn(sentence: string): string | undefined {
  return COUNTS_MISSING.exec(sentence)?.[1];
}

/** Words of a sentence that prepares the data rather than asking a figure (filling, dropping, scaling). */
const PREPARING =
  /\b(?:fill|impute|replace|drop|remove|delete|normali[sz]e|scale|standardi[sz]e|convert|create|add)\w*\b/i;

/** Words by which a sentence works within the rows an earlier one kept. */
const BACK_REFERENCE = /\b(?:those|these|them|they|their|filtered|remaining|such|of which|among which)\b/i;

/** One sentence's condition and the slots it serves. */
export type SentenceGroup = {
  readonly sentence: string;
  readonly slots: readonly string[];
  /** The other sentences, whose words the question's other clauses may repeat. */
  readonly elsewhere: string;
};

/** How the constraints' conditions divide among the slots. */
export type SentenceScope = {
  readonly kind: 'scoped';
  /** Every sentence that states no condition (rounding, a definition), in order. */
  readonly shared: readonly string[];
  readonly groups: readonly SentenceGroup[];
};

/** The constraints state conditions sentence by sentence, but do not say which slot each serves. */
export type UnclearScope = { readonly kind: 'unclear'; readonly sentences: readonly string[] };

/** The sentences of a constraints text, braces dropped: one per line, lines split after a full stop. */
export function constraintSentences(constraints: string): string[] {
  return constraints
    .replace(/^\s*\{/, '')
    .replace(/\}\s*$/, '')
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The columns of the conditions the preparation reads from a question and constraints; undefined when it cannot read them. */
export function conditionColumns(
  table: DataTable,
  question: string,
  constraints: string,
): string[] | undefined {
  const frame = createFrame(table);
  try {
    applyPreparation(frame, question, constraints);
  } catch {
    return undefined;
  }
  return frame.conditions.map((condition) => condition.column);
}

/** The stemmed words of the text cells of the columns a sentence's conditions are on: the values they may keep. */
function valueWords(table: DataTable, conditioned: readonly string[]): Set<string> {
  const frame = createFrame(table);
  return stems(
    columnNames(frame)
      .filter((name) => conditioned.includes(name) && !isNumericColumn(frame, name))
      .flatMap((name) => cellsOf(frame, name))
      .flatMap((cell) => (typeof cell === 'string' ? wordsOf(cell) : [])),
  );
}

const stems = (words: readonly string[]) => new Set(words.map((word) => stem(word.toLowerCase())));

/** The words of a sentence, quotation marks dropped, stemmed. */
const sentenceWords = (sentence: string) => stems(wordsOf(sentence.replace(/["“”]/g, ' ')));

/**
 * Which of the scoped sentences a slot names by words no other scoped sentence has: first by the
 * words that name no column (a value kept, a statistic, a year), then by the columns' words;
 * undefined when it names none, -1 when it names several alike.
 */
function slotSentenceByWords(
  slot: Slot,
  own: readonly Set<string>[],
  columnWords: ReadonlySet<string>,
): number | undefined {
  const words = [...stems(readSlotName(slot.name))];
  for (const pick of [(word: string) => !columnWords.has(word), (word: string) => columnWords.has(word)]) {
    const scores = own.map((sentence) => words.filter((word) => pick(word) && sentence.has(word)).length);
    const best = Math.max(...scores);
    if (best === 0) continue;
    return scores.filter((score) => score === best).length === 1 ? scores.indexOf(best) : -1;
  }
  return undefined;
}

/**
 * The scope of the constraints' conditions: undefined when they do not state conditions in two or
 * more sentences of their own (the plan then keeps every condition for every slot).
 * `named` turns a text into the one the preparation reads (column names written as the table's).
 */
export function sentenceScope(
  table: DataTable,
  question: string,
  constraints: string,
  slots: readonly Slot[],
  named: (text: string) => string,
): SentenceScope | UnclearScope | undefined {
  const sentences = constraintSentences(constraints);
  if (sentences.length < 2 || slots.length < 2) return undefined;
  const columns = sentences.map((sentence) => conditionColumns(table, '', named(sentence)) ?? []);
  const conditioned = columns.map((found) => found.length > 0);
  const unquoted = sentences.map((sentence) => sentence.replace(/"[^"]*"|“[^”]*”/g, ' '));
  const everyRow = unquoted.map(
    (sentence, index) =>
      !conditioned[index] &&
      STATISTIC.test(sentence) &&
      (ALL_ROWS.test(sentence) ||
        COUNTS_MISSING.test(sentences[index]!) ||
        COUNTS_PRESENT.test(sentences[index]!)) &&
      !PREPARING.test(sentence) &&
      // "Divide that count by the number of all rows": a sentence pointing back is the earlier one's.
      !BACK_REFERENCE.test(sentence) &&
      !/\b(?:that|this)\b/i.test(sentence),
  );
  const own = unquoted.map(
    (sentence, index) => (conditioned[index]! && STATISTIC.test(sentence)) || everyRow[index]!,
  );
  const scoped = sentences.flatMap((_, index) => (own[index] ? [index] : []));
  // Sentences that each take their figure over every row scope nothing unless each quotes a measure of
  // its own ("the median of "A" over all rows", "the maximum of "B" over all rows").
  if (
    scoped.length < 2 ||
    (scoped.every((index) => everyRow[index]) && !ownMeasures(scoped.map((index) => sentences[index]!)))
  )
    return undefined;
  // A condition with no statistic of its own may be every slot's or one's: the reading is not plain.
  if (conditioned.some((flag, index) => flag && !own[index])) return undefined;
  // "Count those …", "among the remaining rows": a sentence working within an earlier one's rows.
  if (scoped.slice(1).some((index) => BACK_REFERENCE.test(sentences[index]!))) return undefined;
  const shared = sentences.filter((_, index) => !own[index]);
  // A condition the question states on a column no sentence conditions is every slot's: the
  // reading is not plain. The question's other clauses may repeat the sentences' own.
  const stated = new Set(columns.flat());
  const asked = conditionColumns(table, named(question), named(shared.join('\n')));
  if (!asked || asked.some((column) => !stated.has(column))) return undefined;
  const ownWords = scoped.map((index) => sentenceWords(sentences[index]!));
  const distinct = ownWords.map(
    (words, index) =>
      new Set([...words].filter((word) => ownWords.every((other, at) => at === index || !other.has(word)))),
  );
  const columnWords = stems(table.columns.flatMap((column) => wordsOf(column.name)));
  // "For North orchards picked in 2019, what is the mean and the maximum?": a clause of the
  // question that states the values of two sentences asks under both for its slots.
  const marks = distinct.map((words, at) => {
    const values = valueWords(table, columns[scoped[at]!]!);
    return new Set([...words].filter((word) => /^\d/.test(word) || values.has(word)));
  });
  // "Do Gunn teams win more than Leland teams?": sentences keeping other values of one and the same
  // column keep rows no row is in both of, so a clause naming both compares them.
  const oneColumn = scoped.every(
    (index) => columns[index]!.length === 1 && columns[index]![0] === columns[scoped[0]!]![0],
  );
  const together =
    !oneColumn &&
    questionClauses(question).some(
      (clause) =>
        marks.filter((mark) => [...sentenceWords(clause)].some((word) => mark.has(word))).length > 1,
    );
  if (together) return undefined;
  const byWords = slots.map((slot) => slotSentenceByWords(slot, distinct, columnWords));
  const inOrder = slots.length === scoped.length;
  const unclear: UnclearScope = { kind: 'unclear', sentences: scoped.map((index) => sentences[index]!) };
  // Every slot named by words takes its sentence; otherwise, as many slots as sentences pair in
  // order, where no slot's words point elsewhere.
  const place = byWords.every((found) => found !== undefined && found >= 0)
    ? byWords
    : byWords.map((found, index) =>
        inOrder && (found === undefined || found === index) ? index : undefined,
      );
  if (place.some((found) => found === undefined)) return unclear;
  const groups = scoped.map((index, at) => ({
    sentence: sentences[index]!,
    slots: slots.filter((_, slot) => place[slot] === at).map((slot) => slot.name),
    elsewhere: scoped
      .filter((other) => other !== index)
      .map((other) => sentences[other]!)
      .join('\n'),
  }));
  // A sentence that serves no slot may be a condition on them all: the plain reading is not this one.
  if (groups.some((group) => group.slots.length === 0)) return undefined;
  return { kind: 'scoped', shared, groups };
}

/** The quoted names of a sentence, lower-cased and trimmed. */
const quotedNames = (sentence: string) =>
  [...sentence.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((match) => (match[1] ?? match[2]!).trim().toLowerCase());

/** Every sentence quotes a name, and no two sentences quote one alike: each states its own measure. */
function ownMeasures(sentences: readonly string[]): boolean {
  const names = sentences.map(quotedNames);
  return (
    names.every((found) => found.length > 0) &&
    names.every((found, index) =>
      names.every((other, at) => at === index || !other.some((name) => found.includes(name))),
    )
  );
}

/** The constraints one group of slots is answered under: the shared sentences and its own, in their order. */
export function groupConstraints(scope: SentenceScope, group: SentenceGroup, constraints: string): string {
  const kept = constraintSentences(constraints).filter(
    (sentence) => sentence === group.sentence || scope.shared.includes(sentence),
  );
  return `{\n${kept.join('\n')}\n}`;
}

/** The answer format with only the given slots left. */
export function formatWithSlots(format: string, names: readonly string[]): string {
  return format.replace(/@([A-Za-z0-9_]+)\[[^\]]*\]\s*/g, (slot, name: string) =>
    names.includes(name) ? slot : '',
  );
}

const NUMBER = /\d+(?:\.\d+)?/g;

/**
 * Whether a guard's finding is another sentence's, whose own slots answer it: its numbers all
 * stated there and none in this sentence ("fewer than 10" of "less than 10"), or, with no number,
 * its words all there ("Port Alder").
 */
export function answeredElsewhere(finding: string, sentence: string, elsewhere: string): boolean {
  // "fourth quarter" is the 4 of 'whose "PERIOD" is 4'.
  const numbers = ordinalsAsPlaces(finding).match(NUMBER) ?? [];
  if (numbers.length > 0) {
    const other = new Set(elsewhere.match(NUMBER) ?? []);
    const own = new Set(sentence.match(NUMBER) ?? []);
    return numbers.every((number) => other.has(number) && !own.has(number));
  }
  const words = wordsOf(finding);
  const other = new Set(wordsOf(elsewhere));
  return words.length > 0 && words.every((word) => other.has(word));
}
