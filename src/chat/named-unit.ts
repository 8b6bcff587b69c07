/**
 * @module named-unit
 * "Which department does Ana work in?" is answered by the line that names one: the noun asked,
 * capitalised, inside a name ("Regional Planning Department", "Department of Parks", "the Harbour
 * Office"). A slide or a signature gives a person's title and name on one line and the unit they
 * belong to a line or two below; the line with the name is about the person, the one with the
 * unit answers.
 */
import { escapeRegExp } from '../lib/text/escape-regexp.ts';

/** A capitalised word of a name; not an article or a possessive that opens a sentence ("The department …"). */
const NAME_WORD = String.raw`(?!(?:The|THE|A|An|This|That|Our|My|Your|His|Her|Their|Its)[ \t])\p{Lu}[\p{L}\p{N}&.'-]*`;

/**
 * True when the text names a unit of the kind asked: the noun capitalised ("Department",
 * "DEPARTMENT") with a capitalised word before it, or "of"/"for" and a capitalised word after it.
 * The noun alone at a sentence's start ("Department heads met") names none.
 */
export function namesUnit(text: string, noun: string): boolean {
  const lower = noun.toLowerCase();
  if (lower.length < 3) return false;
  const kind = `(?:${escapeRegExp(lower[0].toUpperCase() + lower.slice(1))}|${escapeRegExp(lower.toUpperCase())})s?`;
  // The noun ends the name: a capitalised word after it makes the line a row of headings
  // ("Name Office Start Date"), not a name.
  const before = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${NAME_WORD}[ \t]+${kind}(?![\p{L}\p{N}])(?![ \t]+\p{Lu})`,
    'u',
  );
  const after = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${kind}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?${NAME_WORD}`,
    'u',
  );
  return before.test(text) || after.test(text);
}
