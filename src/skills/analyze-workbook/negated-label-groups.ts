/**
 * @module negated-label-groups
 * Two groups a person names by a label and its negation: "certified" and "non-certified" over a
 * Certification column of Certified and Not Certified; "licensed" and "unlicensed workers", "the
 * insured" and "the non-insured" over a Licensed or Is_Insured column of Yes and No.
 * The label is read in any form of the same stem (plural, adjective), the negation as "not",
 * "non", "non-" or a glued "un"/"non". Exactly one two-valued column may fit, and both sides must
 * be said; the groups come in the order the question names them.
 */
import { stem as porterStem } from '../../lib/text/stem.ts';
import { type Cell, cellsOf, columnNames, type Frame, wordsOf } from './analysis-frame.ts';

/** Words that negate the label after them. */
const NEGATION = new Set(['not', 'non', 'un']);

/** Prefixes glued to a label that negate it ("unlicensed", "noncertified"). */
const GLUED = /^(non|un)([a-z]{4,})$/;

/** A cell that says yes or no. */
const YES = /^(?:yes|y|true)$/i;
const NO = /^(?:no|n|false)$/i;

/** The question's words, with a glued negation split off ("unlicensed" → "un", "licensed"). */
function questionWords(question: string): string[] {
  return question
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .flatMap((word) => {
      const glued = GLUED.exec(word);
      return glued ? [glued[1]!, glued[2]!] : [word];
    });
}

/** The two values of a column of exactly two texts, or undefined. */
function twoTexts(frame: Frame, name: string): [string, string] | undefined {
  const values = [
    ...new Set(cellsOf(frame, name).filter((cell): cell is string => typeof cell === 'string')),
  ];
  return values.length === 2 &&
    cellsOf(frame, name).every((cell) => cell === null || typeof cell === 'string')
    ? [values[0]!, values[1]!]
    : undefined;
}

/** The two values of a column of exactly two texts, or a flag of 1 and 0 (True and False read as numbers). */
function twoValues(frame: Frame, name: string): Map<string, Cell> | undefined {
  const cells = cellsOf(frame, name);
  const flags = new Set(cells.filter((cell) => cell !== null));
  if ([...flags].every((cell) => cell === 0 || cell === 1))
    return flags.size === 2
      ? new Map<string, Cell>([
          ['yes', 1],
          ['no', 0],
        ])
      : undefined;
  if (!cells.every((cell) => cell === null || typeof cell === 'string' || typeof cell === 'boolean'))
    return undefined;
  const values = new Map(cells.filter((cell) => cell !== null).map((cell) => [String(cell), cell] as const));
  return values.size === 2 ? values : undefined;
}

/**
 * "@mean_fee_not_insured" over an Insured column of True and False, "@mean_pay_not_self_employed"
 * over a Self_Employed column of Yes and No: a slot whose words say the column's label negated
 * keeps the rows of its negative value, when the question says both the label and its negation
 * ("the insured and the not insured members"). Exactly one column may fit.
 */
export function negatedSlotLabel(
  frame: Frame,
  slotWords: readonly string[],
  question: string,
): { column: string; value: Cell; label: string } | undefined {
  const words = questionWords(question);
  const found: { column: string; value: Cell; label: string }[] = [];
  for (const name of columnNames(frame)) {
    const values = twoValues(frame, name);
    const [a, b] = values ? [...values.keys()] : [];
    const label = a !== undefined && b !== undefined ? labelAndNegation(name, [a, b]) : undefined;
    if (!values || !label) continue;
    if (!placesOf(slotWords, label.stems).some((place) => place.negated)) continue;
    const said = placesOf(words, label.stems);
    if (!said.some((place) => place.negated) || !said.some((place) => !place.negated)) continue;
    // The note names the label: the column's own name for Yes and No ("self employed"), else the value ("graduate").
    const named = YES.test(label.positive.trim()) ? wordsOf(name).join(' ') : label.positive.toLowerCase();
    found.push({ column: name, value: values.get(label.negative)!, label: named });
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The label's stems and which value holds it and which its negation: "Certified" beside "Not
 * Certified"; the column's own name ("Is_Insured") beside values Yes and No.
 */
function labelAndNegation(
  name: string,
  values: [string, string],
): { stems: string[]; positive: string; negative: string } | undefined {
  const [a, b] = values;
  const negationOf = (plain: string, other: string) =>
    wordsOf(other).length === wordsOf(plain).length + 1 &&
    NEGATION.has(wordsOf(other)[0]!) &&
    wordsOf(other).slice(1).join(' ') === wordsOf(plain).join(' ');
  const stemsOf = (text: string) => wordsOf(text).map(porterStem);
  if (negationOf(a, b)) return { stems: stemsOf(a), positive: a, negative: b };
  if (negationOf(b, a)) return { stems: stemsOf(b), positive: b, negative: a };
  const yes = values.find((value) => YES.test(value.trim()));
  const no = values.find((value) => NO.test(value.trim()));
  if (yes === undefined || no === undefined) return undefined;
  const stems = stemsOf(name.replace(/_/g, ' '));
  return stems.length > 0 && stems.every((stem) => stem.length >= 4)
    ? { stems, positive: yes, negative: no }
    : undefined;
}

/** Where the stems stand in a row of the question's words, each start with whether a negation precedes it. */
function placesOf(words: readonly string[], stems: readonly string[]): { at: number; negated: boolean }[] {
  const wordStems = words.map(porterStem);
  const fits = (word: string, stem: string) => word === stem || (stem.length >= 5 && word.startsWith(stem));
  const places: { at: number; negated: boolean }[] = [];
  for (let start = 0; start + stems.length <= words.length; start++)
    if (stems.every((stem, k) => fits(wordStems[start + k]!, stem)))
      places.push({ at: start, negated: start > 0 && NEGATION.has(words[start - 1]!) });
  return places;
}

/** The two groups of the one column whose label the question says plainly and negated, in its order. */
export function negatedLabelGroups(
  frame: Frame,
  question: string,
): { column: string; values: [Cell, Cell] } | undefined {
  const words = questionWords(question);
  const found: { column: string; values: [Cell, Cell] }[] = [];
  for (const name of columnNames(frame)) {
    const values = twoTexts(frame, name);
    const label = values ? labelAndNegation(name, values) : undefined;
    if (!label) continue;
    const places = placesOf(words, label.stems);
    const plain = places.find((place) => !place.negated);
    const negated = places.find((place) => place.negated);
    if (!plain || !negated) continue;
    found.push({
      column: name,
      values: plain.at < negated.at ? [label.positive, label.negative] : [label.negative, label.positive],
    });
  }
  return found.length === 1 ? found[0] : undefined;
}
