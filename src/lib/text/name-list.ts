/**
 * @module name-list
 * A line that is only a list of names ("Ann Lee, Raj Patel and Tom Berg."): an author line or a
 * roll of people or places, which states nothing a summary can take as a sentence.
 */

/** One name: one to four capitalised words, with initials, hyphens and apostrophes. */
const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;

/** Whether the text is three or more names parted by commas, "and" or "&", and nothing else. */
export function isNameList(text: string): boolean {
  const parts = text
    .trim()
    .replace(/[.;]$/, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .filter(Boolean);
  return parts.length >= 3 && parts.every((part) => NAME.test(part));
}
