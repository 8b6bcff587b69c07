/**
 * @module escape-regexp
 * Text to match literally inside a regular expression built from parts.
 */

/** `text` with every character a pattern gives a meaning escaped ("a.b" → "a\.b"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
