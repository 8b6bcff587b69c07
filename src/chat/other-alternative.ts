/**
 * @module other-alternative
 * Alternatives of one thing told apart by a word before it: a full or a modified rate, a gross or
 * a net sum, an existing or a proposed liability, a minimum or a maximum charge. A question that
 * names one ("on the reduced rate levy") is not answered by a line that names the other before the
 * same word ("FULL RATE LEVY, COUPLE, 2031: 3.1%") and never the one asked.
 */
import { stem } from '../lib/text/stem.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { withoutMarks } from './citations.ts';

/** Words that name alternatives of the word after them; each pair is read both ways. */
const ALTERNATIVES: readonly (readonly [string, string])[] = [
  ['full', 'modified'],
  ['full', 'reduced'],
  ['full', 'part'],
  ['gross', 'net'],
  ['existing', 'proposed'],
  ['minimum', 'maximum'],
  ['actual', 'budgeted'],
  ['actual', 'planned'],
  ['inbound', 'outbound'],
  ['import', 'export'],
  ['upper', 'lower'],
  ['gas', 'power'],
  ['east', 'west'],
  ['summer', 'winter'],
  ['bid', 'offer'],
  ['off-peak', 'peak'],
  ['buy', 'sell'],
  ['primary', 'secondary'],
  ['primer', 'sekunder'],
  ['primaire', 'secondaire'],
  ['primario', 'secundario'],
  ['primaria', 'secundaria'],
];

/** Nouns that name one thing in trading talk: a deal, a transaction and a trade are one; so are hours and a period. */
const SAME_THINGS: readonly (readonly string[])[] = [
  ['deal', 'transact', 'trade'],
  // "the off-peak hours", "the peak period": a span of the day.
  ['hour', 'period'],
];

/** The thing a noun names: its stem, or the first of the words that name the same thing. */
function thingOf(noun: string): string {
  const stemmed = stem(noun);
  return SAME_THINGS.find((words) => words.includes(stemmed))?.[0] ?? stemmed;
}

/**
 * The words a modifier stands beside in a text: the word after it ("modified rate" → "rate") or,
 * as French, Spanish or Indonesian put it, the word before it ("pertumbuhan sekunder" →
 * "pertumbuhan"); a hyphen joins as a space after it, and function words tell no thing. A
 * modifier joined by a hyphen to the word before it is another one: "off-peak" is not "peak".
 */
function nounsBeside(text: string, modifier: string): Set<string> {
  const after = new RegExp(`(?<![\\p{L}-])${modifier}[\\s-]+(\\p{L}{2,})`, 'giu');
  const before = new RegExp(`(?<![\\p{L}])(\\p{L}{2,})\\s+${modifier}(?![\\p{L}])`, 'giu');
  return new Set(
    [...text.matchAll(after), ...text.matchAll(before)]
      .map((match) => (match[1] ?? '').toLowerCase())
      .filter((word) => !FUNCTION_WORDS.has(word))
      .map(thingOf),
  );
}

/**
 * The question names one alternative of a thing ("modified rate") and the answer names only
 * the other before the same word ("full rate"), or before a word for the same thing ("power
 * deals" asked, "gas transactions" given).
 */
export function otherAlternative(question: string, answer: string): boolean {
  const said = withoutMarks(answer);
  for (const [one, other] of ALTERNATIVES)
    for (const [asked, instead] of [
      [one, other],
      [other, one],
    ] as const) {
      const nouns = nounsBeside(question, asked);
      if (nouns.size === 0 || nounsBeside(question, instead).size > 0) continue;
      // "58 gas and 31 power transactions": the alternative asked shares the noun after the other.
      if (new RegExp(`(?<![\\p{L}])${asked}\\s*(?:and|or|&|/)\\s`, 'iu').test(said)) continue;
      const given = nounsBeside(said, asked);
      const others = nounsBeside(said, instead);
      if ([...nouns].some((noun) => others.has(noun) && !given.has(noun))) return true;
    }
  return false;
}
