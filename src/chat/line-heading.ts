/**
 * @module line-heading
 * A report in mail sets its figures under short headings ("B list", then "11 of 12 signed";
 * "C list", then "68 of 105 signed"). The words around both figures are alike, so both rank
 * alike; the heading says whose each is. When the heading of the line picked names something
 * the question does not ask ("B list" for "… on the C list"), a line of the same passage under a
 * heading that names more of what is asked answers instead.
 */

import { foldedTerms } from './question-terms.ts';

/** What the rule needs of a ranked sentence. */
export type HeadedLine = {
  readonly text: string;
  readonly position: number;
  readonly typed: boolean;
  readonly score: number;
};

/** The most words a heading holds. */
const HEADING_WORDS = 4;
/** How many lines above a value its heading may stand. */
const HEADING_REACH = 2;
/** How far below the line picked a line under the heading asked may score and still answer. */
const HEADING_MARGIN = 0.75;

/** A short line that is no sentence: a few words, no figure, no closing stop, no label colon. */
export function isHeading(text: string): boolean {
  const line = text.trim();
  return (
    line.length > 0 &&
    line.split(/\s+/).length <= HEADING_WORDS &&
    !/\d/.test(line) &&
    !/[.!?,;:]$/.test(line) &&
    !line.includes(':')
  );
}

/** The heading a line stands under: the nearest heading of the two lines above it. */
function headingOf<T extends HeadedLine>(line: T, byPosition: ReadonlyMap<number, T>): T | undefined {
  for (let i = 1; i <= HEADING_REACH; i++) {
    const above = byPosition.get(line.position - i);
    if (above && isHeading(above.text)) return above;
  }
  return undefined;
}

/**
 * The line under a heading that names more of the question's words than the heading of
 * `first`, when that heading names a word the question does not ask; undefined otherwise.
 */
export function lineUnderAskedHeading<T extends HeadedLine>(
  wanted: ReadonlySet<string>,
  first: T,
  passage: readonly T[],
): T | undefined {
  const byPosition = new Map(passage.map((line) => [line.position, line]));
  const heading = headingOf(first, byPosition);
  if (!heading) return undefined;
  const terms = foldedTerms(heading.text);
  if (terms.every((term) => wanted.has(term))) return undefined;
  const asked = (head: T) => foldedTerms(head.text).filter((term) => wanted.has(term)).length;
  const own = asked(heading);
  // Headings of one kind, told apart by a word ("B list", "C list"): they share a word.
  const parallel = (head: T) => foldedTerms(head.text).some((term) => terms.includes(term));
  return passage
    .filter(
      (line) => line !== first && line.typed === first.typed && line.score >= first.score * HEADING_MARGIN,
    )
    .map((line) => ({ line, head: headingOf(line, byPosition) }))
    .filter(
      (other): other is { line: T; head: T } =>
        other.head !== undefined && other.head !== heading && parallel(other.head) && asked(other.head) > own,
    )
    .sort((a, b) => asked(b.head) - asked(a.head) || b.line.score - a.line.score)[0]?.line;
}
