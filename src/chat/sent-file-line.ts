/**
 * @module sent-file-line
 * A mail that sends files lists them by name ("Brochure: <<Roadster brochure.pdf>>"). Asked which
 * file, catalogue or brochure someone sent, the line that names the file by the question's word
 * ("brochure") answers it, over a sentence of the same mail that ranks alike only because it
 * speaks of sending ("I will send them all to you"). Asked the name of the file sent along, the
 * only file a mail names answers it, whatever words its name is made of.
 */

import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';
import { sentFileNameAsked } from './attachment-line.ts';
import { foldedTerms } from './question-terms.ts';

/** What the rule needs of a ranked sentence. */
export type FileLine = {
  readonly text: string;
  readonly position: number;
  readonly score: number;
  readonly relevance: number;
  readonly own: number;
  readonly terms: ReadonlySet<string>;
};

/** A question about something sent along: "Which brochure did Ana send me?", "What did Bo attach?". */
const SENT_ASKED = /\b(?:send|sent|attach\w*|enclos\w*|forward\w*)\b/i;

/** A file's name with its type: "Roadster brochure.pdf", "rota_2031.xls". */
const FILE_NAME =
  /[\p{L}\d][^\s<>]*\.(?:pdf|docx?|xlsx?|pptx?|txt|csv|rtf|zip|jpe?g|png|gif|tiff?|mp3|wav|avi|mpe?g|m3u|html?)\b/iu;

/** How close to the first line's score the file's line must rank. */
const TIE = 0.85;

/**
 * The line of the first one's passage that names a file by a word of the question the first
 * line lacks, when the question asks what was sent and the first line names no file; else undefined.
 */
export function sentFileLine<T extends FileLine>(
  question: string,
  first: T,
  passage: readonly T[],
): T | undefined {
  if (!SENT_ASKED.test(question) || FILE_NAME.test(first.text)) return undefined;
  const asked = foldedTerms(question).filter((term) => !FUNCTION_WORDS.has(term) && !SENT_ASKED.test(term));
  const lacking = asked.filter((term) => !first.terms.has(term));
  const named = (line: T) =>
    FILE_NAME.test(line.text) &&
    foldedTerms(line.text.replace(/\.\w+\b/g, ' ')).some((term) => lacking.includes(term));
  const byWord = passage
    .filter((line) => line !== first && line.score >= first.score * TIE && named(line))
    .sort((a, b) => b.score - a.score || a.position - b.position)[0];
  if (byWord || !sentFileNameAsked(question)) return byWord;
  // "Which file did Ana attach with the rota?" and the mail names one file only ("Attached is
  // the rota. << File: wk12_v2.xls >>"): that is the file, though its name shares no word with
  // the question and a notice line ranks low.
  // The notice is read with the sentence that sends it: that sentence's support is the notice's.
  const files = passage.filter((line) => line !== first && FILE_NAME.test(line.text));
  const file = files[0];
  if (!file || new Set(files.map((line) => FILE_NAME.exec(line.text)?.[0].toLowerCase())).size > 1)
    return undefined;
  return {
    ...file,
    relevance: Math.max(file.relevance, first.relevance),
    own: Math.max(file.own, first.own),
  };
}
