/**
 * @module ordinal-column-names
 * 'the second "Home side" column', "the first Points column": a table whose header repeats a name
 * holds the repeats as "Home side (2)", "Home side (3)" (detect-tables.ts), so the text's ordinal
 * picks one of them. The phrase is rewritten as the quoted name of the column it picks, the way
 * the rest of the readings take a quoted column. Only when the name is repeated in the table and
 * the ordinal is one the table holds; otherwise the text is left as it is.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

const ORDINAL = String.raw`\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th)\s+`;
/** 'the second "Home side" column', 'the first "Points"', 'the second column named "Points"'. */
const QUOTED_ORDINAL = new RegExp(
  String.raw`${ORDINAL}(?:column\s+(?:named|called)\s+)?["“'‘]([^"”'’\n]{1,40})["”'’](?:\s+column\b)?`,
  'gi',
);
/** "the first Points column", "the second Home side column": a bare name needs "column" after it. */
const BARE_ORDINAL = new RegExp(
  String.raw`${ORDINAL}([A-Za-z][\w.%/-]*(?:\s+[A-Za-z][\w.%/-]*){0,3}?)\s+column\b`,
  'gi',
);

/** The columns that carry one header name, in the table's order: the name itself, then "name (2)", "name (3)". */
function repeatsOf(name: string, columns: readonly string[]): string[] {
  const own = new RegExp(String.raw`^${escapeRegExp(name)}(?: \((\d+)\))?$`, 'i');
  return columns.filter((column) => own.test(column));
}

/** The column an ordinal phrase picks, or undefined when the name is not repeated or has no such repeat. */
function picked(ordinal: string, name: string, columns: readonly string[]): string | undefined {
  const repeats = repeatsOf(name.trim(), columns);
  return repeats.length < 2 ? undefined : repeats[ORDINALS[ordinal.toLowerCase()]! - 1];
}

/** Words that end the noun phrase a bracketed gloss follows ("the margin is | the home side's goals (…)"). */
const PHRASE_BOUNDARY =
  /^(?:is|are|was|were|minus|plus|and|or|of|from|to|between|by|with|than|as|over|on|in|for|then|take|use|using|divide|divided)$/i;

/** A noun phrase of one to four words right before a bracketed ordinal phrase, and the column it picks. */
export type OrdinalGloss = { readonly phrase: string; readonly column: string };

/**
 * "the home side's goals (the second "Home side" column)": the phrase before the brackets stands
 * for the column the ordinal picks, here and wherever else the text writes it.
 */
export function ordinalColumnGlosses(text: string, columns: readonly string[]): OrdinalGloss[] {
  const glosses: OrdinalGloss[] = [];
  const bracketed = /([A-Za-z][\w'’ -]{0,60}?)\s*\(\s*([^()\n]{1,80})\s*\)/g;
  for (const match of text.matchAll(bracketed)) {
    const inner = match[2]!.trim();
    const whole = new RegExp(`^(?:${QUOTED_ORDINAL.source}|${BARE_ORDINAL.source})$`, 'i').exec(inner);
    if (!whole) continue;
    const column = picked(whole[1] ?? whole[3]!, whole[2] ?? whole[4]!, columns);
    if (!column) continue;
    const words = match[1]!.trim().split(/\s+/);
    const kept: string[] = [];
    for (const word of words.reverse()) {
      if (PHRASE_BOUNDARY.test(word) || kept.length === 4) break;
      kept.unshift(word);
    }
    while (kept.length > 0 && /^(?:the|a|an)$/i.test(kept[0]!)) kept.shift();
    if (kept.length < 2) continue;
    const phrase = kept.join(' ');
    if (!glosses.some((gloss) => gloss.phrase.toLowerCase() === phrase.toLowerCase()))
      glosses.push({ phrase, column });
  }
  // A phrase glossed with two different columns names neither.
  return glosses.filter((gloss) =>
    glosses.every(
      (other) => other.phrase.toLowerCase() !== gloss.phrase.toLowerCase() || other.column === gloss.column,
    ),
  );
}

/**
 * The text with each ordinal that picks one of a repeated header name written as that column's
 * quoted name, and each glossed phrase (brackets included) written as its column.
 */
export function withOrdinalColumnNames(
  text: string,
  columns: readonly string[],
  glosses: readonly OrdinalGloss[] = [],
): string {
  let read = text;
  for (const gloss of glosses) {
    const phrase = escapeRegExp(gloss.phrase).replace(/['’]/g, "['’]");
    read = read
      .replace(new RegExp(String.raw`\b${phrase}\s*\([^()\n]{1,80}\)`, 'gi'), `"${gloss.column}"`)
      .replace(new RegExp(String.raw`\b${phrase}\b`, 'gi'), `"${gloss.column}"`);
  }
  const pick = (whole: string, ordinal: string, name: string) => {
    const column = picked(ordinal, name, columns);
    return column === undefined ? whole : `"${column}"`;
  };
  return read.replace(QUOTED_ORDINAL, pick).replace(BARE_ORDINAL, pick);
}
