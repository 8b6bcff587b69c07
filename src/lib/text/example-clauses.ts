/**
 * @module example-clauses
 * Clauses that show an example rather than state something: "(for example "Mar 3" is March)",
 * "(e.g. 12 June 2001)", "for instance 4:05 is four minutes and five seconds;". A reader of
 * conditions skips them, since the dates and values in an example pick no rows.
 */

/** A parenthesis that opens with an example word, with one level of parentheses inside it. */
const PARENTHESISED = /\(\s*(?:for example|for instance|e\.\s?g\.?|such as)\b(?:[^()]|\([^()]*\))*\)/gi;

/** An example word outside parentheses: the clause runs to a semicolon, a line's end or a sentence's end. */
const OPENING = /\b(?:for example|for instance|e\.\s?g\.)(?=[\s,:])/gi;

/** The end of an example clause that opens at `from`: before ";", a newline, or ". " that ends a sentence. */
function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const end = /;|\n|\.(?=\s+[A-Z(]|\s*$)|\)/.exec(rest);
  return end ? from + end.index : text.length;
}

/** The [start, end) spans of the text's example clauses, in order, none overlapping. */
export function exampleSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(PARENTHESISED)) spans.push([match.index, match.index + match[0].length]);
  for (const match of text.matchAll(OPENING)) {
    const at = match.index;
    if (spans.some(([start, end]) => at >= start && at < end)) continue;
    spans.push([at, clauseEnd(text, at + match[0].length)]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The text with each example clause blanked out by spaces, so that every other index stays where it was. */
export function withoutExamples(text: string): string {
  let out = text;
  for (const [start, end] of exampleSpans(text))
    out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
  return out;
}
