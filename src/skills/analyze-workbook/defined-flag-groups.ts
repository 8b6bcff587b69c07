/**
 * @module defined-flag-groups
 * Two groups of a 0/1 column that the text defines by name and compares by a stated subtraction:
 * 'Group by "has_pass" (1 = pass holder, 0 = not a pass holder) … Subtract the median of the
 * non-pass holders from that of the pass holders'. The column is the one 0/1 column quoted after "group(ed) by", or the
 * one whose name's words the text all holds; each value is spoken of by the words the text defines
 * it by ("pass holder"; "not a pass holder", "non-pass holder"). Without a definition of both values or a stated
 * subtraction, no groups are read, since which side comes first would be a guess.
 */
import { stem as porterStem } from '../../lib/text/stem.ts';
import { type Cell, columnNames, type Frame, isFlagColumn, wordsOf } from './analysis-frame.ts';

/** "(1 = insured, 0 = not insured)", "(0 = no, 1 = yes)": both values of a flag named in one bracket. */
const DEFINED =
  /\(\s*([01])\s*(?:=|means|is)\s*([a-z][a-z -]{0,40}?)\s*[,;]\s*(?:and\s+)?([01])\s*(?:=|means|is)\s*([a-z][a-z -]{0,40}?)\s*\)/i;

/** "Subtract … from …", "A minus B": the text says which side comes first. */
const STATED_ORDER = /\bsubtract(?:ing|ed)?\b[^.;\n]{1,160}\bfrom\b|\bminus\b/i;

/** Words of a flag column's name that say it is a flag, not what it flags. */
export const FLAG_NAME_WORDS: ReadonlySet<string> = new Set([
  'indicator',
  'flag',
  'of',
  'is',
  'has',
  'the',
  'a',
  'an',
  'for',
  'in',
  'was',
  'did',
]);

/** The forms a defined label is spoken in: "not insured" also as "non insured", "uninsured" left as said. */
function spokenForms(label: string): string[] {
  const words = label
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const forms = [words.join(' ')];
  if (words[0] === 'not' && words.length > 1) {
    const rest = words.slice(words[1] === 'a' || words[1] === 'an' ? 2 : 1).join(' ');
    forms.push(`non ${rest}`, `not ${rest}`);
  }
  return [...new Set(forms)];
}

/** The one flag column quoted after "group(ed) by", or else the one whose content words the text all holds. */
function groupedFlag(frame: Frame, text: string): string | undefined {
  const flags = columnNames(frame).filter((name) => isFlagColumn(frame, name));
  const quoted = /\bgroup(?:ed|ing)?\s+(?:the\s+\w+\s+)?by\s+["“']([^"”'\n]{1,60})["”']/i.exec(text)?.[1];
  if (quoted) {
    const found = flags.filter((name) => name.toLowerCase() === quoted.trim().toLowerCase());
    return found.length === 1 ? found[0] : undefined;
  }
  const stems = new Set(wordsOf(text).map((word) => porterStem(word)));
  const named = flags.filter((name) => {
    const content = wordsOf(name).filter((word) => !FLAG_NAME_WORDS.has(word) && /[a-z]/.test(word));
    return content.length >= 1 && content.every((word) => stems.has(porterStem(word)));
  });
  return named.length === 1 ? named[0] : undefined;
}

/** The two groups the text defines and orders by a subtraction, with the words each is spoken of by. */
export function definedFlagGroups(
  frame: Frame,
  text: string,
): { column: string; values: [Cell, Cell]; spoken: [string[], string[]] } | undefined {
  const defined = DEFINED.exec(text);
  if (!defined || defined[1] === defined[3] || !STATED_ORDER.test(text)) return undefined;
  const column = groupedFlag(frame, text);
  if (!column) return undefined;
  const label = (value: string) => (defined[1] === value ? defined[2]! : defined[4]!);
  return { column, values: [1, 0], spoken: [spokenForms(label('1')), spokenForms(label('0'))] };
}
