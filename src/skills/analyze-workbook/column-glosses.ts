/**
 * @module column-glosses
 * "Which issuer (Code) has the highest …", "the average total for each state (Zone)": a noun
 * the text writes right before a column's name in brackets stands for that column. The text is
 * read with the column's name for the gloss and for the noun wherever else it stands ("Which
 * state has the highest average?"), a slot named with the noun ("@top_issuer", "@state") names
 * the column, and the noun counts as read once the plan read the column. The bracketed text must
 * be a column's whole name, and the noun no word of any column's name.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { FUNCTION_WORDS } from '../../lib/text/stop-words.ts';
import { wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { slotWords } from './slot-context.ts';
import { statisticWord } from './slot-words.ts';

export type ColumnGloss = {
  readonly noun: string;
  readonly word: string;
  readonly column: string;
  /** A word written before the glossed noun ("brackwater" of "Brackwater share price (BRQX.L)"). */
  readonly modifier?: true;
};

const GLOSSED =
  /\b((?:[A-Za-z][A-Za-z-]{2,}\s+){0,2})([A-Za-z][A-Za-z-]{2,})\s*[(（]\s*([^()（）\n]{1,40}?)\s*[)）]/g;

/** 'The points of a match are the number in "Score"', 'its weight is the figure written in "Mass"'. */
const DEFINED_AS_CELL =
  /\b(?:the|its|their|each)\s+([A-Za-z][A-Za-z-]{2,})(?:\s+of\s+(?:an?|each|the|one)\s+[A-Za-z-]+)?\s+(?:is|are)\s+the\s+(?:number|figure|value|amount)s?\s+(?:written\s+|given\s+|shown\s+)?in\s+"([^"\n]{1,40})"/gi;

/** The words before a glossed noun that belong to its phrase: those after the last function or statistic word. */
function modifiersOf(before: string): string[] {
  const words = before.toLowerCase().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const word of words.reverse()) {
    if (FUNCTION_WORDS.has(word) || statisticWord(word) !== undefined) break;
    kept.unshift(word);
  }
  return kept;
}

/** The nouns the text glosses with the name of one of `columns` in brackets. */
export function columnGlosses(columns: readonly string[], text: string): ColumnGloss[] {
  const columnWords = new Set(columns.flatMap((name) => wordsOf(name)));
  const glosses: ColumnGloss[] = [];
  for (const match of text.matchAll(GLOSSED)) {
    const column = columns.find((name) => name.toLowerCase() === match[3]!.toLowerCase());
    if (!column) continue;
    const noun = match[2]!.toLowerCase();
    const said: { written: string; modifier: boolean }[] = [
      { written: noun, modifier: false },
      ...modifiersOf(match[1]!).map((written) => ({ written, modifier: true })),
    ];
    for (const { written, modifier } of said) {
      const word = wordsOf(written)[0];
      if (!word || columnWords.has(word)) continue;
      if (!glosses.some((gloss) => gloss.word === word && gloss.column === column))
        glosses.push(
          modifier ? { noun: written, word, column, modifier: true } : { noun: written, word, column },
        );
    }
  }
  // 'The points of a match are the number in "Score"': the noun so defined stands for the column.
  for (const match of text.matchAll(DEFINED_AS_CELL)) {
    const column = columns.find((name) => name.toLowerCase() === match[2]!.toLowerCase());
    const noun = match[1]!.toLowerCase();
    const word = wordsOf(noun)[0];
    if (!column || !word || columnWords.has(word)) continue;
    if (!glosses.some((gloss) => gloss.word === word && gloss.column === column))
      glosses.push({ noun, word, column });
  }
  // A word glossed with two different columns names neither for sure.
  return glosses.filter((gloss) =>
    glosses.every((other) => other.word !== gloss.word || other.column === gloss.column),
  );
}

/** The text with each glossed noun, bracketed name included, written as its column's name. */
export function withGlossedColumns(text: string, glosses: readonly ColumnGloss[]): string {
  let result = text;
  for (const gloss of glosses) {
    if (gloss.modifier) continue;
    const noun = escapeRegExp(gloss.noun);
    result = result
      .replace(
        new RegExp(`\\b${noun}\\s*[(（]\\s*${escapeRegExp(gloss.column)}\\s*[)）]`, 'gi'),
        gloss.column,
      )
      .replace(new RegExp(`\\b${noun}(?:s|es)?\\b`, 'gi'), gloss.column);
  }
  return result;
}

/**
 * Columns a slot names through a glossed noun ("@top_issuer" after "issuer (Code)") or through
 * the format's words for its value ('"name" is the Code cell').
 */
export function glossedColumns(
  glosses: readonly ColumnGloss[],
  slot: Slot,
  columns: readonly string[],
  format: string,
): string[] {
  const words = slotWords(slot);
  return [
    ...new Set([
      ...glosses.filter((gloss) => words.includes(gloss.word)).map((gloss) => gloss.column),
      ...describedColumns(columns, format, slot),
    ]),
  ];
}

/** Glossed nouns whose column the plan read: words a slot may use for it. */
export function glossWords(glosses: readonly ColumnGloss[], planText: string): string[] {
  return glosses.filter((gloss) => planText.includes(gloss.column)).map((gloss) => gloss.word);
}

/**
 * Columns the format says a slot's value is taken from: '"name" is the Code cell', '"list" is
 * the three Code cells separated by commas', '"state" is a value of the Zone column'. The
 * column's whole name stands right before "cell", "value", "name", "entry" or "column".
 */
export function describedColumns(columns: readonly string[], format: string, slot: Slot): string[] {
  const placeholders = slot.placeholder
    .split(/\s*,\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  const found: string[] = [];
  for (const placeholder of placeholders) {
    const clause = new RegExp(`["“]${escapeRegExp(placeholder)}["”]\\s+(?:is|are)\\s+([^"“”;]{1,100})`, 'i')
      .exec(format)?.[1]
      // The clause ends where another subject starts ("… an integer and the names are …").
      ?.split(/\s+(?:and|while|whereas|but)\s+|[,.]/)[0];
    // "the number of Zone values" is a count, not a value of Zone.
    if (!clause || /\b(?:number|count|how many|total|sum|mean|average|share|percentage)\b/i.test(clause))
      continue;
    const named = columns
      .filter((name) =>
        new RegExp(
          `(?:^|[\\s(])${escapeRegExp(name)}\\s+(?:cells?|values?|names?|entries|entry|column)\\b`,
          'i',
        ).test(clause),
      )
      .sort((a, b) => b.length - a.length);
    if (named[0] && !found.includes(named[0])) found.push(named[0]);
  }
  return found;
}
