/**
 * @module bare-asked-noun
 * "What discount did Ana offer on the chairs?" asks which discount. A sentence that names one
 * only as "a discount" ("Ana would sell the chairs, surely at a discount.") says there is one,
 * not what it is: it does not answer.
 */

/** "What discount did …", "Which venue was …": the noun of the thing asked. */
const NOUN_ASKED =
  /^\s*(?:what|which)\s+(\p{L}{3,})\s+(?:did|does|do|will|would|should|can|could|is|was|are|were|has|have|had)\b/iu;

/** Nouns that ask a kind of answer other rules read (a time, a day, a way): left alone here. */
const OTHER_KINDS = new Set(['time', 'day', 'date', 'year', 'month', 'way', 'kind', 'sort', 'type', 'else']);

/**
 * True when the question asks "what <noun> …" and the answer writes that noun only bare after
 * "a", "an", "some" or "any", the phrase ending right there ("with a discount)", "some help."):
 * it tells that there is one, not which.
 */
export function onlyIndefiniteAskedNoun(question: string, answer: string): boolean {
  const noun = NOUN_ASKED.exec(question)?.[1]?.toLowerCase();
  if (!noun || OTHER_KINDS.has(noun)) return false;
  const text = answer.replace(/\s*\[\d+\]/g, '');
  const uses = [...text.matchAll(new RegExp(`(?<![\\p{L}])${noun}s?(?![\\p{L}])`, 'giu'))];
  if (uses.length === 0) return false;
  return uses.every((use) => {
    const before = text.slice(0, use.index);
    const after = text.slice((use.index ?? 0) + use[0].length);
    return /(?:^|\s)(?:a|an|some|any)\s+$/i.test(before) && /^\s*(?:[.,;:)!?]|$)/.test(after);
  });
}
