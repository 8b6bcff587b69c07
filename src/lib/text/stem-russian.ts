/**
 * @module stem-russian
 * The Snowball Russian stemmer (snowballstem.org/algorithms/russian): a word's inflection
 * endings removed inside its RV region (after the first vowel), so "января" and "Январь",
 * "отмечается" and "отмечают" share a term. For lower-case Cyrillic words; "ё" is read as "е".
 */

const VOWELS = new Set('аеиоуыэюя');

/** Endings of each class, longest first; "after а/я" ones must follow а or я, which stays. */
type Endings = { readonly afterA: readonly string[]; readonly plain: readonly string[] };

const byLength = (list: string) => list.split(' ').sort((a, b) => b.length - a.length);

const PERFECTIVE_GERUND: Endings = {
  afterA: byLength('в вши вшись'),
  plain: byLength('ив ивши ившись ыв ывши ывшись'),
};
const ADJECTIVE = byLength(
  'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею',
);
const PARTICIPLE: Endings = { afterA: byLength('ем нн вш ющ щ'), plain: byLength('ивш ывш ующ') };
const REFLEXIVE = byLength('ся сь');
const VERB: Endings = {
  afterA: byLength('ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно'),
  plain: byLength(
    'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
  ),
};
const NOUN = byLength(
  'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я',
);
const SUPERLATIVE = byLength('ейш ейше');
const DERIVATIONAL = byLength('ост ость');

/** Index where the region after the first vowel starts (word length when there is none). */
function afterVowel(word: string, from: number): number {
  for (let i = from; i < word.length; i++) if (VOWELS.has(word[i] ?? '')) return i + 1;
  return word.length;
}

/** Index where R1 (or R2, from R1) starts: after the first non-vowel that follows a vowel. */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++)
    if (!VOWELS.has(word[i] ?? '') && VOWELS.has(word[i - 1] ?? '')) return i + 1;
  return word.length;
}

/** The word without the longest of the endings that lies inside the region; undefined when none does. */
function strip(word: string, region: number, endings: readonly string[]): string | undefined {
  for (const ending of endings)
    if (word.endsWith(ending) && word.length - ending.length >= region) return word.slice(0, -ending.length);
  return undefined;
}

/** As strip, for a class with endings that must follow а or я. */
function stripClass(word: string, region: number, endings: Endings): string | undefined {
  const candidates = [
    ...endings.afterA.map((ending) => ({ ending, afterA: true })),
    ...endings.plain.map((ending) => ({ ending, afterA: false })),
  ].sort((a, b) => b.ending.length - a.ending.length);
  for (const { ending, afterA } of candidates) {
    if (!word.endsWith(ending) || word.length - ending.length < region) continue;
    const before = word[word.length - ending.length - 1];
    if (afterA && before !== 'а' && before !== 'я') continue;
    if (afterA && word.length - ending.length - 1 < region) continue;
    return word.slice(0, -ending.length);
  }
  return undefined;
}

/** An adjectival ending: an adjective ending, with a participle ending before it when there is one. */
function stripAdjectival(word: string, rv: number): string | undefined {
  const adjective = strip(word, rv, ADJECTIVE);
  if (adjective === undefined) return undefined;
  return stripClass(adjective, rv, PARTICIPLE) ?? adjective;
}

export function stemRussian(input: string): string {
  let word = input.replace(/ё/g, 'е');
  const rv = afterVowel(word, 0);
  if (rv >= word.length) return word;
  const r2 = regionAfter(word, regionAfter(word, 0));
  // Step 1.
  const gerund = stripClass(word, rv, PERFECTIVE_GERUND);
  if (gerund !== undefined) word = gerund;
  else {
    word = strip(word, rv, REFLEXIVE) ?? word;
    word = stripAdjectival(word, rv) ?? stripClass(word, rv, VERB) ?? strip(word, rv, NOUN) ?? word;
  }
  // Step 2.
  if (word.endsWith('и') && word.length - 1 >= rv) word = word.slice(0, -1);
  // Step 3.
  word = strip(word, r2, DERIVATIONAL) ?? word;
  // Step 4.
  if (word.endsWith('нн') && word.length - 2 >= rv) return word.slice(0, -1);
  const superlative = strip(word, rv, SUPERLATIVE);
  if (superlative !== undefined) {
    word = superlative;
    return word.endsWith('нн') && word.length - 2 >= rv ? word.slice(0, -1) : word;
  }
  if (word.endsWith('ь') && word.length - 1 >= rv) return word.slice(0, -1);
  return word;
}
