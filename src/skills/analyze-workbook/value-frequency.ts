/**
 * @module value-frequency
 * How often each value of a column occurs, read from either end: the most frequent value (the
 * mode) or the least frequent one ("the least common Venue", "the rarest Result"), and the
 * number of rows the value at that end holds. Which end a question means is read from its
 * wording and the slot's name; a question naming both ends, or neither, names no end.
 */
import { type Cell, wordsOf } from './analysis-frame.ts';

export type FrequencyEnd = 'most' | 'least';

/** A question about the most or least frequent value of a column. */
export const FREQUENCY_ASKED =
  /\b(?:most|least)\s+(?:frequent(?:ly)?|common|often|popular)\b|\b(?:most|fewest|least)\s+(?:number\s+of\s+)?times\b|\brarest\b/i;

const LEAST_ASKED =
  /\bleast\s+(?:frequent(?:ly)?|common|often|popular)\b|\b(?:fewest|least)\s+(?:number\s+of\s+)?times\b|\brarest\b/i;
const MOST_ASKED = /\bmost\s+(?:frequent(?:ly)?|common|often|popular)\b|\bmost\s+(?:number\s+of\s+)?times\b/i;

/**
 * "Which Fair gave the most ribbons?": "the most" before a plural noun that names no measure
 * counts rows, so the question asks for the most frequent value; it reads as "most often" then. A noun that names a column of
 * numbers ("the most Miles") is a measure to sum, and is left as written; `columnWords` are the
 * words of those columns. "In the largest number of <nouns>" reads the same way (`spreadCountWording`).
 */
export function rowCountWording(
  question: string,
  columnWords: ReadonlySet<string>,
): { readonly question: string; readonly noun?: string } {
  const spread = spreadCountWording(question, columnWords);
  const shared = mostOfWording(spread.question, columnWords);
  let counted = spread.noun ?? shared.noun;
  const read = shared.question.replace(
    /\bthe\s+(most|fewest)\s+([a-z]{3,}s)\b(?!\s+(?:of|in)\b)/gi,
    (whole, end: string, noun: string) => {
      const word = wordsOf(noun)[0];
      if (word === undefined || columnWords.has(word) || columnWords.has(noun.toLowerCase())) return whole;
      counted ??= noun.toLowerCase();
      return end.toLowerCase() === 'most' ? 'most often' : 'least often';
    },
  );
  return counted ? { question: read, noun: counted } : { question };
}

/**
 * "Which Maker is listed in the largest number of rows?", "number one in the greatest number of
 * weeks": "in" (or "on", "across") before "the largest number of <nouns>" counts the rows a value
 * is in, so it reads as "most often" ("the smallest number" as "least often"); a noun that names a
 * column of numbers ("in the largest number of Games" beside a Games column) is left as written,
 * and so is "has the largest number of X", which may sum a column.
 */
export function spreadCountWording(
  question: string,
  columnWords: ReadonlySet<string>,
): { readonly question: string; readonly noun?: string } {
  let counted: string | undefined;
  const read = question.replace(
    /\b(?:in|on|across)\s+the\s+(largest|greatest|highest|biggest|smallest|lowest|fewest)\s+number\s+of\s+([a-z]{3,})\b/gi,
    (whole, end: string, noun: string) => {
      const word = wordsOf(noun)[0];
      if (word === undefined || columnWords.has(word) || columnWords.has(noun.toLowerCase())) return whole;
      counted ??= noun.toLowerCase();
      return /^(?:smallest|lowest|fewest)$/i.test(end) ? 'least often' : 'most often';
    },
  );
  return counted ? { question: read, noun: counted } : { question };
}

/**
 * "Where do most of the tenants work?", "which one runs the most of them?": a question
 * asking where, which, what or who, with "most of the <nouns>" (or "of these", "of those", "of
 * them"), asks for the value most rows share; it reads as "most often" then. A noun naming a
 * column of numbers ("most of the Sales") is an amount, and is left as written, and so is a
 * question that asks no such thing ("Did most of the teams win?").
 */
export function mostOfWording(
  question: string,
  columnWords: ReadonlySet<string>,
): { readonly question: string; readonly noun?: string } {
  let counted: string | undefined;
  const read = question.replace(
    /\b(where|which|what|who)\b([^?.;]*?)\b(?:the\s+)?most\s+of\s+(?:the|these|those|them)\b(?:\s+((?:[a-z]+\s+)?[a-z]{3,}s)\b)?/gi,
    (whole, asking: string, between: string, noun?: string) => {
      const words = wordsOf(noun ?? '');
      if (words.some((word) => columnWords.has(word)) || columnWords.has((noun ?? '').toLowerCase()))
        return whole;
      counted ??= noun?.toLowerCase().split(/\s+/).at(-1);
      return `${asking}${between}most often`;
    },
  );
  return counted ? { question: read, noun: counted } : { question: read };
}

/** Slot-name words (as the slot words read them) that pick an end. */
const LEAST_WORDS = ['least', 'min', 'fewest', 'rarest', 'rare', 'uncommon'];
const MOST_WORDS = ['most', 'max', 'mode', 'top'];

/**
 * The end a question asks for: the slot's own words decide when the question names both
 * ("the most and the least common Venue"); undefined when nothing decides.
 */
export function frequencyEnd(question: string, slotWords: readonly string[]): FrequencyEnd | undefined {
  const least = LEAST_ASKED.test(question);
  const most = MOST_ASKED.test(question);
  const slotLeast = slotWords.some((word) => LEAST_WORDS.includes(word));
  const slotMost = slotWords.some((word) => MOST_WORDS.includes(word));
  if (slotLeast !== slotMost) return slotLeast ? 'least' : 'most';
  if (least !== most) return least ? 'least' : 'most';
  return undefined;
}

/** The values of the cells (blanks left out) with how many rows hold each, in first-seen order. */
export function valueCounts(cells: readonly Cell[]): { value: Cell; count: number }[] {
  const counts = new Map<string, { value: Cell; count: number }>();
  for (const cell of cells) {
    if (cell === null) continue;
    const key = `${typeof cell}:${cell}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { value: cell, count: 1 });
  }
  return [...counts.values()];
}

/**
 * The values at the least frequent end with their shared count: several when tied, so a caller
 * asking for one value can tell the answer is not one.
 */
export function leastFrequent(cells: readonly Cell[]): { values: Cell[]; count: number } | undefined {
  const counts = valueCounts(cells);
  if (counts.length === 0) return undefined;
  const count = Math.min(...counts.map((entry) => entry.count));
  return { values: counts.filter((entry) => entry.count === count).map((entry) => entry.value), count };
}
