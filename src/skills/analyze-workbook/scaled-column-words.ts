/**
 * @module scaled-column-words
 * The words a question uses for the one column a step scaled in place, written as that column so
 * the condition rules read them: "a normalized score above 0.5" (glow_score), "on how many days
 * is it above 0.5", "how many players are above 1", "how many farms land exactly on 0". Each
 * rewrite is a small function of the text and the column; none applies unless one column was scaled.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { type Frame, findMentions, wordsOf } from './analysis-frame.ts';
import { numberWord } from './normalize-text.ts';

const SCALED = String.raw`(?:scaled|rescaled|normali[sz]ed|standardi[sz]ed|squeezed|z-?scored)`;

const COMPARED = String.raw`(?:above|below|over|under|greater than|less than|more than|higher than|lower than|at least|at most)`;

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;

type Rewrite = (text: string, column: string, frame: Frame) => string;

const REWRITES: readonly Rewrite[] = [
  // "a scaled value above 0.5", "the normalized values", "a rescaled figure".
  (text, column) =>
    text.replace(
      new RegExp(String.raw`\b(?:the\s+|a\s+)?${SCALED}\s+(?:values?|figures?|numbers?)\b`, 'gi'),
      column,
    ),
  // "a normalized score above 0.5" for glow_score, "the scaled volume" for Volume: a word of the column.
  (text, column) => {
    const words = wordsOf(column).map(escapeRegExp).join('|');
    return text.replace(
      new RegExp(String.raw`\b(?:the\s+|a\s+|an\s+)?${SCALED}\s+(?:[a-z]+\s+)?(?:${words})s?\b`, 'gi'),
      column,
    );
  },
  // "a fare z-score above 2", "its z-score" once Fare was turned into z-scores in place.
  (text, column, frame) => {
    if (!frame.steps.some((step) => step.startsWith(`${column} = (${column} − mean) / `))) return text;
    const words = wordsOf(column).map(escapeRegExp).join('|');
    return text.replace(
      new RegExp(
        String.raw`\b(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:${words})\s+)?z-?scores?\b(?=\s+(?:is\s+|are\s+|was\s+|were\s+)?${COMPARED})`,
        'gi',
      ),
      column,
    );
  },
  // "end up more than two units above the mean" once the column was turned into z-scores in place:
  // its mean is 0 and a unit one standard deviation, so the bound is on the scaled value itself.
  (text, column, frame) => {
    if (!frame.steps.some((step) => step.startsWith(`${column} = (${column} − mean) / `))) return text;
    return text.replace(
      new RegExp(
        String.raw`\b(more than|over|at least|less than|under)\s+(${NUMBER}|one|two|three|four|five)\s+units?\s+(above|below)\s+(?:the|its|their)\s+mean\b`,
        'gi',
      ),
      (whole: string, word: string, amount: string, side: string) => {
        const n = numberWord(amount.toLowerCase()) ?? Number(amount);
        if (!Number.isFinite(n) || /^(?:less than|under)$/i.test(word)) return whole;
        const below = side.toLowerCase() === 'below';
        const bound = below ? -n : n;
        const compared = below
          ? /^at least$/i.test(word)
            ? 'at most'
            : 'less than'
          : /^at least$/i.test(word)
            ? 'at least'
            : 'greater than';
        return `with ${column} ${compared} ${bound}`;
      },
    );
  },
  // "on how many days is it above 0.5": the pronoun stands for the column scaled.
  (text, column) =>
    text.replace(
      new RegExp(String.raw`\b(?:is|are)\s+(?:it|they)\s+(${COMPARED})\s+(${NUMBER})\b`, 'gi'),
      (_, word: string, number: string) => `with ${column} ${word} ${number}`,
    ),
  // "how many farms land exactly on 0", "the values that fall exactly at 1".
  (text, column) =>
    text.replace(
      new RegExp(String.raw`\b(?:lands?|falls?|sits?|is|are)\s+exactly\s+(?:on|at)\s+(${NUMBER})\b`, 'gi'),
      (_, number: string) => `with ${column} equal to ${number}`,
    ),
  // "how many players are above 1": a plural noun that names no column stands for the rows.
  (text, column, frame) =>
    text.replace(
      new RegExp(
        String.raw`\b([A-Za-z]{3,}s)\s+(?:are|were|end up|lie)\s+(${COMPARED})\s+(${NUMBER})\b(?!\s*(?:%|percent|[a-z]))`,
        'g',
      ),
      (whole: string, noun: string, word: string, number: string) =>
        findMentions(frame, noun).length > 0 ? whole : `${noun} with ${column} ${word} ${number}`,
    ),
];

/** The text with the words for the one scaled column written as its name. */
export function withScaledColumnWords(frame: Frame, text: string, column: string): string {
  return REWRITES.reduce((current, rewrite) => rewrite(current, column, frame), text);
}
