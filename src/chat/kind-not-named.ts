/**
 * @module kind-not-named
 * A "which X" question asks one X by its name. A line that writes the kind only as "none of the
 * other X" or "no X" denies rather than names ("Which loom does Orla use?" → "None of the other
 * looms work with linux."), and one that writes it only after a name the question itself gives
 * ("Which module parses a Ledger?" → "You could wrap the Ledger module.") names back the thing
 * the question starts from. Neither says which X.
 */
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { withoutMarks } from './citations.ts';

/** "Which loom …?", "In which module …?": the word after "which", not "which is / of / one". */
const KIND_ASKED =
  /^\s*(?:(?:in|for|from|to|with|at|on|by)\s+)?which\s+(?!(?:is|are|was|were|of|one|ones|do|does|did)\s)(\p{L}[\p{L}\d-]+)/iu;

/** What stands before a kind that denies it names one: "none of the other", "no", "not any". */
const DENIED_BEFORE =
  /\b(?:none\s+of\s+(?:the|my|these|those|our|your)\s+(?:other\s+)?|no\s+(?:other\s+)?|not\s+(?:a|an|any)\s+|neither\s+)$/i;

/** A name or a figure right after a mention: " 3.5", " LedgerSet", " #4". */
const NAME_AFTER = /^[\s:]+(?:["'(]?[\p{Lu}\d#]|[\p{L}_-]*\d)/u;

/** The word right before a mention, with what joins it: "the Ledger " → "Ledger". */
const WORD_BEFORE = /([\p{L}\d_]+)[\s'’]*$/u;

/**
 * True when the answer writes the kind asked by a "which" question, and every time it does, the
 * kind is denied ("none of the other X") or follows a capitalised name the question writes ("the
 * Ledger module"), and no name or figure follows it ("Firefox version 3.5" names a version): no
 * X of its own is named there.
 */
export function kindNotNamed(question: string, answer: string): boolean {
  const kind = KIND_ASKED.exec(question)?.[1]?.toLowerCase();
  if (kind === undefined || kind.length < 3) return false;
  const base = kind.endsWith('ss') ? kind : kind.replace(/s$/, '');
  const said = withoutMarks(answer);
  const mention = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(base)}(?:s|es)?(?![\\p{L}\\d])`, 'giu');
  const mentions = [...said.matchAll(mention)];
  if (mentions.length === 0) return false;
  const asked = new Set(question.split(/[^\p{L}\d_]+/u).filter((word) => /\p{Lu}/u.test(word)));
  return mentions.every((found) => {
    // "Firefox version 3.5", "the class LedgerSet": the kind is followed by the one it names.
    const after = said.slice(found.index + found[0].length);
    if (NAME_AFTER.test(after)) return false;
    const before = said.slice(0, found.index);
    if (DENIED_BEFORE.test(before)) return true;
    const word = WORD_BEFORE.exec(before)?.[1];
    return word !== undefined && asked.has(word) && word.toLowerCase() !== kind;
  });
}
