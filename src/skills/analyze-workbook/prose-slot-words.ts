/**
 * @module prose-slot-words
 * Words the question itself gives to what a plan read, so that a slot naming it by them is
 * accounted for: the noun a row count counts ("how many book tour stops" → stop for
 * `@march_stops`) and the noun the question writes right after a column the plan read ("the
 * mean Class 2 toll" → toll for `@mean_toll`) or between a statistic and the column ("the mean
 * shuttle Buses" → shuttle for `@shuttle_mean`). Words are returned as `wordsOf` writes them.
 */
import { irregularBase } from '../../lib/text/irregular-verbs.ts';
import { FUNCTION_WORDS } from '../../lib/text/stop-words.ts';
import { columnNames, type Frame, wordsOf } from './analysis-frame.ts';

/** Words of at least three letters, as they follow one another up to a mark or a line's end. */
function wordsAfter(text: string, at: number, most: number): string[] {
  const run = /^\s*((?:[A-Za-z][A-Za-z-]*\s*){1,8})/.exec(text.slice(at))?.[1] ?? '';
  return run.split(/\s+/).filter(Boolean).slice(0, most);
}

/** A word that ends a noun phrase: a function word, or a verb ("took", "happened"). */
function endsPhrase(word: string): boolean {
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) || irregularBase(lower) !== undefined || /.{3}ed$/.test(lower);
}

/**
 * The nouns a question counts rows by: the plural that ends the phrase after "how many" or
 * "number of" ("how many book tour stops took place" → stop; "how many players taller than"
 * → player). Only for a plan that counts rows (or the values outside the IQR fences, a row each,
 * or the rows meeting a condition a share is taken of), or that adds up a column for "how many
 * arrests in total" (the column counts the arrests each row holds).
 */
export function countedNouns(text: string, planText: string): string[] {
  // A count of the values outside the IQR fences counts rows too, one value a row.
  if (
    !/\bcount of rows\b|\bcount of [^;]* outside Q1 − |\bcount of [^;]* \|z\| [>≥]|\brows meeting the condition\b/.test(
      planText,
    ) &&
    !(/\btotal of [^;]* over \d+ values\b/.test(planText) && /\bhow many\b[^?.;]*\bin total\b/i.test(text))
  )
    return [];
  const nouns: string[] = [];
  // "how many of the concerts were held …" and "how many such concerts" count the concerts as much as "how many concerts";
  // "count the shifts lying over 2 standard deviations from the mean" and "mark the market days
  // with an outlying footfall" name the rows counted too.
  for (const match of text.matchAll(
    /\b(?:how many(?:\s+of\s+(?:the|these|those|its|their)|\s+such)?|number of|(?:count|flag|mark|identify|find)\s+(?:the|all|any))\s/gi,
  )) {
    const phrase: string[] = [];
    for (const word of wordsAfter(text, match.index + match[0].length, 4)) {
      if (endsPhrase(word)) break;
      phrase.push(word);
    }
    const head = phrase.filter((word) => /^[a-z]{2,}[^s]s$/.test(word)).pop();
    if (head) nouns.push(...wordsOf(head));
  }
  return nouns;
}

/** "the mean shuttle Buses": a statistic, then one lower-case word, right before a column's name. */
const STATISTIC_THEN_NOUN = /\b(?:mean|average|median|total|standard deviation)\s+([a-z]{3,})\s+$/;

/**
 * Words before a column that narrow its rows rather than name them ("the mean winning Time",
 * "the total early Points"): adjectives of size, time, order and rank, and -ing or -er forms.
 */
const QUALIFYING =
  /^(?:low|high|big|small|long|short|early|late|new|old|young|first|last|top|bottom|best|worst|fast|slow|other|same|overall|\w+ing|\w+er|\w+est)$/;

/**
 * The word the question writes right after the name of a column the plan read ("the mean
 * Class 2 (e.g. Car) toll", "the Attendance figures"): what the column's values are called.
 * Function words and verbs are no such word.
 */
export function columnNouns(frame: Frame, text: string, planText: string): string[] {
  const nouns: string[] = [];
  for (const { at, end } of columnMentions(frame, text, planText)) {
    const next = wordsAfter(text, end, 1)[0];
    if (/^\s/.test(text.slice(end)) && next && /^[a-z]/.test(next) && !endsPhrase(next))
      nouns.push(...wordsOf(next));
    const modifier = STATISTIC_THEN_NOUN.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    if (modifier && !endsPhrase(modifier) && !QUALIFYING.test(modifier)) nouns.push(...wordsOf(modifier));
  }
  return nouns;
}

/**
 * Where the question writes the name of a column the plan read, as a word of its own (not the
 * end of a longer word): the start and end of each mention.
 */
function columnMentions(frame: Frame, text: string, planText: string): { at: number; end: number }[] {
  const mentions: { at: number; end: number }[] = [];
  const lower = text.toLowerCase();
  for (const name of columnNames(frame)) {
    if (name.length < 2 || !planText.includes(name)) continue;
    // "Purse ($)" is said "purse": a unit in brackets at the end of a name is seldom written.
    const said = name.replace(/\s*\([^()]{1,6}\)$/, '');
    for (const spoken of new Set([name, ...(said.length >= 3 ? [said] : [])]))
      for (
        let at = lower.indexOf(spoken.toLowerCase());
        at >= 0;
        at = lower.indexOf(spoken.toLowerCase(), at + spoken.length)
      )
        if (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[at + spoken.length] ?? ''))
          mentions.push({ at, end: at + spoken.length });
  }
  return mentions;
}

/** "over the whole season", "across all bakers", "over all the seasons": every row, by the question's noun. */
const ALL_ROWS =
  /\b(?:over|across|for|among)\s+(?:all\s+(?:the\s+)?|the\s+(?:whole|entire|full)\s+)([a-z]{3,})\b/g;

/**
 * The noun a question calls all the rows by when the plan takes a statistic over every row
 * ("the total number of Saves over the whole season" → season for `@seasonSaves`).
 */
export function allRowNouns(text: string, planText: string): string[] {
  if (/\brows (?:where|with)\b|\brows meeting\b|\bdropped\b|\bremoved\b/.test(planText)) return [];
  if (!/\bover \d+ values\b/.test(planText)) return [];
  return [...text.matchAll(ALL_ROWS)]
    .map((match) => match[1]!)
    .filter((word) => !FUNCTION_WORDS.has(word))
    .flatMap((word) => wordsOf(word));
}

/** "the days on which …", "of trading days where …": a plural noun, then the clause that keeps some of them. */
const KEPT_ROWS =
  /\b(?:the|of|all|those|only)\s+(?:[a-z]+\s+)?([a-z]{3,}s)\s+(?:on which|in which|at which|during which|for which|where|when|that|which|whose|with)\b/g;

/**
 * The noun the question calls the rows a condition keeps by ("the days on which the stock closed
 * above its opening price" → day for `@avg_volume_up_days`). Only for a plan that kept rows by
 * a condition, so the noun names the rows the answer was taken over.
 */
export function keptRowNouns(text: string, planText: string): string[] {
  if (!/\brows (?:where|with)\b|\brows meeting\b/.test(planText)) return [];
  return [...text.matchAll(KEPT_ROWS)]
    .map((match) => match[1]!)
    .filter((word) => !FUNCTION_WORDS.has(word))
    .flatMap((word) => wordsOf(word));
}

/** "the lamp price LMP=", "the wick index .WCK": one or two lower-case words between "the" and a column's name. */
const APPOSITION = /\bthe\s+([a-z]{3,})(?:\s+([a-z]{3,}))?\s+$/;

/**
 * The words a question puts before the name of a column the plan read, as what the column is
 * ("the lamp price LMP=" → lamp, price for `@spearman_lamp`). Function words, statistic words and
 * words that narrow the rows ("the winning Time") are left out.
 */
export function appositionNouns(frame: Frame, text: string, planText: string): string[] {
  const nouns: string[] = [];
  for (const { at } of columnMentions(frame, text, planText)) {
    const found = APPOSITION.exec(text.slice(Math.max(0, at - 40), at));
    for (const word of [found?.[1], found?.[2]])
      if (
        word &&
        !endsPhrase(word) &&
        !QUALIFYING.test(word) &&
        !/^(?:mean|average|median|total|sum|number|count|maximum|minimum|column|value|values)$/.test(word)
      )
        nouns.push(...wordsOf(word));
  }
  return nouns;
}

/** "how many different holding firms": the words after the distinct word, up to a verb or a mark. */
const DISTINCT_PHRASE =
  /\bhow many\s+(?:distinct|unique|different)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+?)(?=\s+(?:are|were|is|was|in|of|there|does|do|did|have|has|own|owns|run|runs|appear|exist)\b|[?.,;]|$)/gi;

/**
 * The words a question calls the values by whose distinct count the plan took ("how many
 * different holding firms run the shops" → holding, firm for `@holding_firms`).
 */
export function distinctNouns(text: string, planText: string): string[] {
  if (!/\bcount of distinct\b/.test(planText)) return [];
  return [...text.matchAll(DISTINCT_PHRASE)].flatMap((match) =>
    match[1]!
      .split(/\s+/)
      .filter((word) => !FUNCTION_WORDS.has(word))
      .flatMap((word) => wordsOf(word)),
  );
}
