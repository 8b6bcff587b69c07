/**
 * @module quoted-words
 * Words a question quotes ("Who wrote the comment 'Ship it Friday'?", “the note saying “call
 * me back””) name the passage asked about: only a passage holding them, in that order, answers.
 * Quotes are read as a pair of quote marks around two words or more, the closing mark followed
 * by a space, punctuation or the end (an apostrophe inside a word, "Let's", closes nothing).
 */

const QUOTED = /(?:^|[\s(:])["“„‘'«]([^"“”„‘’«»]*?[^\s"“”„‘’«»])["”’'»](?=[\s?.,;:!)]|$)/u;

/** Lower case, one form of each quote mark and apostrophe, anything but letters and digits one space. */
function plain(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

/** The words a question quotes, two words or more; undefined when it quotes none. */
export function quotedWords(question: string): string | undefined {
  const inner = QUOTED.exec(question)?.[1]?.trim();
  if (!inner) return undefined;
  return plain(inner).trim().split(' ').length >= 2 ? inner : undefined;
}

/** The text holds the quoted words in order, whatever their case, quote marks and punctuation. */
export function holdsQuote(text: string, quote: string): boolean {
  return plain(text).includes(plain(quote));
}
