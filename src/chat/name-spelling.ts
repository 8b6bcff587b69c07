/**
 * @module name-spelling
 * People misspell the names they ask about ("Sandra Brauer" for Sandra Brawner). A
 * capitalised word of the question that no indexed passage holds, and that lies within a
 * small edit distance of a word of a known person's name, is read as that name: one edit for
 * words of up to six letters, two for longer ones, the first letter kept, and among equally
 * near names the one most mentioned. Words the index knows are never changed. The other way
 * round, a passage that misspells a name the question asks about (one edit) still names it.
 */
import { analyze } from '../index/analyze.ts';
import type { SearchIndex } from '../index/open-index.ts';
import type { Person } from '../index/types.ts';

/** Edits (insert, delete, substitute, swap two neighbours) from a to b, or bound + 1 past the bound. */
export function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > bound) return bound + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? bound + 1;
}

/** Every word of the people's names and aliases (lower case), with how often its people are mentioned. */
function nameWords(people: readonly Person[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const person of people)
    for (const name of [person.name, ...person.aliases])
      for (const word of name.toLowerCase().split(/[^\p{L}]+/u))
        if (word.length >= 3) words.set(word, (words.get(word) ?? 0) + person.mentions);
  return words;
}

/** The known name word nearest to a misspelt one, or undefined when none is near or two tie. */
export function nearestName(word: string, names: ReadonlyMap<string, number>): string | undefined {
  const lower = word.toLowerCase();
  const bound = lower.length <= 6 ? 1 : 2;
  let best: { name: string; distance: number; mentions: number } | undefined;
  for (const [name, mentions] of names) {
    if (name[0] !== lower[0]) continue;
    const distance = editDistance(lower, name, bound);
    if (distance > bound) continue;
    if (!best || distance < best.distance || (distance === best.distance && mentions > best.mentions))
      best = { name, distance, mentions };
  }
  return best?.name;
}

const CAPITALISED = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Ll}]{3,}(?![\p{L}\p{N}])/gu;

/** A language or a people's adjective ("Cornish", "Maltese", "Faroese"): a word of its own, no misspelt name. */
const LANGUAGE_WORD = /^[\p{Lu}][\p{Ll}]{3,}(?:ish|ese)$/u;

/** A capitalised word unknown to the index that may be a misspelt name: not a language's adjective. */
export function mayBeMisspeltName(word: string): boolean {
  return !LANGUAGE_WORD.test(word);
}

/**
 * The capitalised word a question opens with, a lower-case word after it: its question word or
 * its verb in any language ("Jaký je …", "Welche Farbe …", "Quelle est …"), not a name. A name
 * that opens a question is followed by another name or its possessive ("Ardith Vance's …").
 */
function opensQuestion(question: string, match: RegExpMatchArray): boolean {
  const before = question.slice(0, match.index);
  const after = question.slice((match.index ?? 0) + match[0].length);
  return /^[\s¿¡"'“„«(]*$/u.test(before) && /^\s+\p{Ll}/u.test(after);
}

/** The question with its misspelt names put right, and the words changed (empty when none). */
export async function respellNames(
  index: SearchIndex,
  question: string,
): Promise<{ readonly question: string; readonly changed: readonly (readonly [string, string])[] }> {
  const words = [
    ...new Set(
      [...question.matchAll(CAPITALISED)]
        .filter((match) => !opensQuestion(question, match))
        .map((match) => match[0]),
    ),
  ];
  if (words.length === 0) return { question, changed: [] };
  const terms = words.map((word) => analyze(word)[0]).filter((term): term is string => Boolean(term));
  const known = await index.store.documentFrequencies(terms);
  const unknown = words.filter((word) => {
    const term = analyze(word)[0];
    return term !== undefined && (known.get(term) ?? 0) === 0 && mayBeMisspeltName(word);
  });
  if (unknown.length === 0) return { question, changed: [] };
  const names = nameWords(await index.store.people());
  const changed: [string, string][] = [];
  let text = question;
  for (const word of unknown) {
    const name = nearestName(word, names);
    if (!name) continue;
    const spelt = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'), spelt);
    changed.push([word, spelt]);
  }
  return { question: text, changed };
}

/**
 * Words of the passages one edit from a name the question asks about that no passage spells
 * as asked (names of six letters or more, first letter kept): a typo in the source.
 */
export function sourceMisspellings(
  names: readonly string[],
  termsOf: readonly ReadonlySet<string>[],
): Map<string, string> {
  return nearMisses(names, termsOf, (name, term) => editDistance(name, term, 1) <= 1);
}

/**
 * Each word of five letters or more in `termsOf` that is `near` a name of six letters or more
 * with the same first letter, which no set of `termsOf` holds as asked → that name.
 */
function nearMisses(
  names: readonly string[],
  termsOf: readonly ReadonlySet<string>[],
  near: (name: string, term: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  const missing = names.filter((name) => name.length >= 6 && !termsOf.some((terms) => terms.has(name)));
  if (missing.length === 0) return out;
  const seen = new Set<string>();
  for (const terms of termsOf)
    for (const term of terms) {
      if (seen.has(term) || term.length < 5) continue;
      seen.add(term);
      const name = missing.find((candidate) => candidate[0] === term[0] && near(candidate, term));
      if (name) out.set(term, name);
    }
  return out;
}

/** One letter dropped, added, or two neighbours swapped ("holbrok", "holbroook", "holborok" for holbrook); not one changed. */
export function letterSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) === 1) return editDistance(a, b, 1) <= 1;
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  const [first, second] = differ;
  return (
    differ.length === 2 &&
    first !== undefined &&
    second === first + 1 &&
    a[first] === b[second] &&
    a[second] === b[first]
  );
}

/**
 * Words of one passage that slip a letter of a name the question asks about which that passage
 * never spells as asked (names of six letters or more, first letter kept): a typo in the source,
 * though other passages spell the name right ("Ada Holbrok" in one mail, "Holbrook" in the next).
 * A letter changed is left alone: "Larson" is no typo of "Larsen".
 */
export function passageMisspellings(
  names: readonly string[],
  termsOf: readonly ReadonlySet<string>[],
): Map<string, string> {
  return nearMisses(names, termsOf, letterSlip);
}
