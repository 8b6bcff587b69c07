/**
 * @module chat-passage-lines
 * The lines of a chat passage as the index writes them ("nick: text"), and a line's words as an
 * answer quotes them, for the rules that read the lines after a picked one.
 */

/** One line of a chat passage: its speaker and what they wrote. */
export type PassageLine = { readonly speaker: string; readonly text: string };

/** The passage's lines that have a speaker, in order. */
export const passageLines = (text: string): PassageLine[] =>
  text.split('\n').flatMap((line) => {
    const match = /^([^\s:]+):\s(.*)$/.exec(line);
    return match ? [{ speaker: match[1] ?? '', text: match[2] ?? '' }] : [];
  });

/** What a line says with its trailing full stop and citation marks dropped, for matching. */
export const lineCore = (text: string) =>
  text
    .replace(/\s*\[\d+\]/g, '')
    .trim()
    .replace(/[.\s]+$/, '');
