/**
 * @module trouble-reply
 * A chat line that puts its speaker's trouble to the channel ("since the move I keep getting a
 * 502 error from the sync job") carries the question's words best when the question asks what
 * the error means or why it came ("What does the 502 from tavish's sync job mean?"), but it
 * states the trouble, not the answer. The answer is a reply a few lines later, by someone else,
 * that takes up the very thing the trouble line names beyond the question's common words ("a
 * 502 there means the proxy got nothing back"): a figure, a code or a rare name the two lines
 * share with the question.
 */
import { foldedTerms } from './question-terms.ts';

/** What a reply is read by (sentence-rank.ts's Candidate). */
type ReplyLine = {
  readonly hit: { readonly uri: string };
  readonly line: number;
  readonly speaker?: string;
  readonly text: string;
  readonly score: number;
};

/** How many lines after the trouble a reply may stand. */
const REPLY_REACH = 10;

/**
 * A term that marks the thing the trouble is about: it holds a digit or an underscore ("502",
 * "e_spool", "tok_4"), or is long enough to be a name of its own ("quellixd").
 */
const markingTerm = (term: string): boolean => /[\d_]/.test(term) || term.length >= 8;

/**
 * The best-scoring line after the trouble line, within a few lines of the same log and by
 * another speaker, that shares with both the trouble line and the question a term marking the
 * thing asked about; undefined when none does.
 */
export function troubleReply<T extends ReplyLine>(
  question: string,
  trouble: T,
  lines: readonly T[],
  /** Whether a line asks something itself: a question put back is no reply. */
  asks: (text: string) => boolean,
): T | undefined {
  if (!trouble.speaker) return undefined;
  const asked = new Set(foldedTerms(question));
  const marks = new Set(foldedTerms(trouble.text).filter((term) => asked.has(term) && markingTerm(term)));
  if (marks.size === 0) return undefined;
  return lines
    .filter(
      (line) =>
        line.hit.uri === trouble.hit.uri &&
        line.line > trouble.line &&
        line.line - trouble.line <= REPLY_REACH &&
        line.speaker !== undefined &&
        line.speaker !== trouble.speaker &&
        line.score > 0 &&
        !asks(line.text) &&
        foldedTerms(line.text).some((term) => marks.has(term)),
    )
    .sort((a, b) => b.score - a.score)[0];
}
