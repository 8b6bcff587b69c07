/**
 * @module other-alternative
 * Alternatives of one thing told apart by a word before it: a full or a modified rate, a gross or
 * a net sum, an existing or a proposed liability, a minimum or a maximum charge. A question that
 * names one ("on modified rate PRSI") is not answered by a line that names the other before the
 * same word ("FULL RATE PRSI SINGLE, 25,000, 1999: 29.3%") and never the one asked.
 */
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
];

/** The words that follow a modifier in a text: "modified rate" → "rate"; a hyphen joins as a space. */
function nounsAfter(text: string, modifier: string): Set<string> {
  const after = new RegExp(`(?<![\\p{L}])${modifier}[\\s-]+(\\p{L}{2,})`, 'giu');
  return new Set([...text.matchAll(after)].map((match) => (match[1] ?? '').toLowerCase()));
}

/**
 * The question names one alternative of a thing ("modified rate") and the answer names only
 * the other before the same word ("full rate").
 */
export function otherAlternative(question: string, answer: string): boolean {
  const said = withoutMarks(answer);
  for (const [one, other] of ALTERNATIVES)
    for (const [asked, instead] of [
      [one, other],
      [other, one],
    ] as const) {
      const nouns = nounsAfter(question, asked);
      if (nouns.size === 0 || nounsAfter(question, instead).size > 0) continue;
      const given = nounsAfter(said, asked);
      const others = nounsAfter(said, instead);
      if ([...nouns].some((noun) => others.has(noun) && !given.has(noun))) return true;
    }
  return false;
}
