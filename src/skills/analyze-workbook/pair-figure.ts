/**
 * @module pair-figure
 * A column made as one figure over the two numbers of a cell written with a dash ("3–1"), named as
 * the text names it: 'create a new column "total_runs" as the sum of the two figures of Score',
 * '"margin" is the difference of the two numbers in Score'. The sum adds them; "the difference" is
 * the first minus the second. A note in parentheses after the pair is dropped ("2–2 (4–3 p)" is 2
 * and 2), as is a result code before it ("W 12–9" is 12 and 9); a cell without such a pair is missing.
 * Only when most filled cells of the column hold one.
 */
import { cellsOf, type Frame, findMentions } from './analysis-frame.ts';

/** The name made, the figure and the column its cells come from. */
const MADE = [
  /\b(?:create|make|add|build|derive)\w*\s+(?:a\s+|an\s+)?(?:new\s+)?(?:column|feature|variable)\s+(?:called\s+|named\s+)?["'“‘`]?([A-Za-z_][\w ]{0,30}?)["'”’`]?\s+(?:as|equal to|that is)\s+the\s+(sum|total|difference)\s+of\s+the\s+two\s+(?:figures|numbers|parts|scores|values)\s+(?:of|in)\s+(?:the\s+)?(?:column\s+)?["'“‘`]?([^"'”’`,.;?\n]{1,40})/i,
  /(?:^|[.;]\s*)["'“‘`]([A-Za-z_][\w ]{0,30}?)["'”’`]\s+(?:is|=)\s+the\s+(sum|total|difference)\s+of\s+the\s+two\s+(?:figures|numbers|parts|scores|values)\s+(?:of|in)\s+(?:the\s+)?(?:column\s+)?["'“‘`]?([^"'”’`,.;?\n]{1,40})/i,
  // "The total goals of a game are the sum of the two numbers in Score": a figure of each row, named unquoted.
  /(?:^|[.;]\s*)(?:the\s+)?([A-Za-z][\w ]{0,30}?)\s+of\s+(?:a|an|each|every)\s+[A-Za-z]+\s+(?:is|are)\s+the\s+(sum|total|difference)\s+of\s+the\s+two\s+(?:figures|numbers|parts|scores|values)\s+(?:of|in)\s+(?:the\s+)?(?:column\s+)?["'“‘`]?([^"'”’`,.;?\n]{1,40})/i,
];

/**
 * A dashed pair, or one after a single-letter result code ("W 12–9", "L 3–5"), a note in
 * parentheses after it dropped.
 */
const CODED_PAIR = /^\s*(?:[WLTD]\s+)?(\d+(?:\.\d+)?)\s*[-–—]\s*(\d+(?:\.\d+)?)\s*(?:\([^()]*\))?\s*$/;

/** Makes the column a sentence defines over a dashed pair; returns the clause read, or undefined. */
export function applyPairFigure(frame: Frame, sentence: string): string | undefined {
  for (const pattern of MADE) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const name = match[1]!.trim();
    if (frame.derived.has(name)) return match[0];
    const source = findMentions(frame, match[3]!)
      .filter((mention) => mention.strength >= 1 && mention.position === 0)
      .map((mention) => mention.column)[0];
    if (!source) continue;
    const cells = cellsOf(frame, source);
    const pairs = cells.map((cell) => (typeof cell === 'string' ? CODED_PAIR.exec(cell) : null));
    const present = cells.filter((cell) => cell !== null).length;
    if (present === 0 || pairs.filter(Boolean).length < present / 2) continue;
    const sum = !/^difference$/i.test(match[2]!);
    frame.derived.set(
      name,
      pairs.map((pair) =>
        pair ? (sum ? Number(pair[1]) + Number(pair[2]) : Number(pair[1]) - Number(pair[2])) : null,
      ),
    );
    frame.steps.push(
      `${name} = ${sum ? 'first + second' : 'first − second'} of the two numbers of ${source}`,
    );
    return match[0];
  }
  return undefined;
}
