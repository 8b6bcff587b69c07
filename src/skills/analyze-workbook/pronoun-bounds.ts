/**
 * @module pronoun-bounds
 * "What is the mean Depth, and on how many days was it above 40?", "Make a column drift as …; what
 * is its median, and in how many rows did it rise above 2?": a bound stated on "it" in a later
 * clause of the question, where the question before it names one figure. The figure is a column
 * a step made when the text before names exactly one such column, else the one numeric column of
 * the table it names; with none or several the bound is left unread, for the coverage to refuse.
 */
import { cellsOf, type Frame, filterNumbers, findMentions, isNumericColumn } from './analysis-frame.ts';

/** "was it above 40", "did it close below 12.5", "was it more than zero". */
const PRONOUN_BOUND =
  /\b(?:did|does|do|was|is|were|has|had)\s+it\s+(?:([a-z]+)\s+)?(above|below|over|under|more than|less than|greater than|higher than|lower than|at least|at most)\s+(-?\d+(?:\.\d+)?|zero)\b(\s*(?:percent|per cent|%))?/gi;

/** Verbs that may stand between "it" and the comparison ("did it close above"); no other word. */
const LINKING =
  /^(?:close|closed|end|ended|finish|finished|rise|rose|climb|climbed|go|went|stay|stayed|trade|traded|come|came|fall|fell|drop|dropped|run|ran|score|scored|reach|reached|remain|remained|get|got|be)$/i;

type Test = (value: number, bound: number) => boolean;
const TESTS: Readonly<Record<string, Test>> = {
  above: (v, b) => v > b,
  over: (v, b) => v > b,
  'more than': (v, b) => v > b,
  'greater than': (v, b) => v > b,
  'higher than': (v, b) => v > b,
  below: (v, b) => v < b,
  under: (v, b) => v < b,
  'less than': (v, b) => v < b,
  'lower than': (v, b) => v < b,
  'at least': (v, b) => v >= b,
  'at most': (v, b) => v <= b,
};

/** The one figure the text before the pronoun names: a made column first, else a numeric column of the table. */
function referent(frame: Frame, before: string): string | undefined {
  const named = [...new Set(findMentions(frame, before).map((mention) => mention.column))].filter((name) =>
    isNumericColumn(frame, name),
  );
  // "Intraday return" and "intraday return" made by two readings of one definition, cell for cell alike: one figure.
  const alike = (a: string, b: string) => {
    const cells = cellsOf(frame, b);
    return a.toLowerCase() === b.toLowerCase() && cellsOf(frame, a).every((cell, row) => cell === cells[row]);
  };
  const made = named.filter(
    (name, index) => frame.derived.has(name) && !named.slice(0, index).some((other) => alike(other, name)),
  );
  if (made.length === 1) return made[0];
  if (made.length > 1) return undefined;
  return named.length === 1 ? named[0] : undefined;
}

/** Keeps the rows whose figure meets the bound the question states on "it"; one such bound, read once. */
export function applyPronounBounds(frame: Frame, question: string): void {
  const matches = [...question.matchAll(PRONOUN_BOUND)];
  if (matches.length !== 1) return;
  const match = matches[0]!;
  if (match[1] !== undefined && !LINKING.test(match[1])) return;
  const column = referent(frame, question.slice(0, match.index));
  if (!column) return;
  // "above 1 percent" reads the number as it stands only on a figure made in percent (× 100).
  if (
    match[4] !== undefined &&
    !frame.steps.some((step) => step.startsWith(`${column} = `) && /\b100\b|percent|%/i.test(step))
  )
    return;
  const bound = /^zero$/i.test(match[3]!) ? 0 : Number(match[3]);
  // "count the days whose spread is greater than 110" read already: the same bound, said again.
  const again = new RegExp(String.raw`^rows where .*(?<![\w.])${bound}(?![\w.])`);
  if (frame.steps.some((step) => again.test(step))) return;
  const comparison = match[2]!.toLowerCase();
  const test = TESTS[comparison]!;
  filterNumbers(frame, column, (value) => test(value, bound), `rows where ${column} ${comparison} ${bound}`);
}
