/**
 * @module clip-text
 * Cutting a text to a length for prompts, quotes and citations: at a word boundary when the
 * cut falls inside a word, with an ellipsis that says something was left out.
 */

/** The text, or its first `max` characters (ellipsis included) cut back to the last whole word. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const atWord = cut.replace(/\s+\S*$/, '');
  // A text without spaces (Chinese, a long URL) is cut where it is.
  return `${atWord.length > 0 && atWord.length >= cut.length / 2 ? atWord : cut}…`;
}
