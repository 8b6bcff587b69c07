/**
 * @module spaced-name
 * A name a question writes closed up at its capitals ("QuillDesk", "OpenZZT") that a chat line
 * writes spaced or hyphenated ("Quill Desk", "open-zzt"): the line names it.
 */
import { escapeRegExp } from '../lib/text/escape-regexp.ts';

/** The closed-up names of a question, each with a pattern for its parts written apart. */
export function spacedNames(question: string): { readonly closed: string; readonly apart: RegExp }[] {
  return [...question.matchAll(/(?<![\p{L}\p{N}])\p{L}*\p{Ll}\p{Lu}[\p{L}\p{N}]*/gu)].flatMap((match) => {
    // "QuillDesk" → Quill, Desk; "OpenZZT" → Open, ZZT; "iPlayer" has no part before its capital worth a word.
    const parts = match[0].match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu) ?? [];
    if (parts.length < 2 || parts.some((part) => part.length < 2)) return [];
    const apart = new RegExp(
      `(?<![\\p{L}\\p{N}])${parts.map(escapeRegExp).join('[\\s-]+')}(?![\\p{L}\\p{N}])`,
      'iu',
    );
    return [{ closed: match[0], apart }];
  });
}
