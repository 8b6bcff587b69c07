/**
 * @module stated-units
 * A conversion the text spells out by templates of a cell: "Convert Yield to kilotons: 'N kt' is
 * N and 'N t' is N / 1000", "'N min' is N * 60". Each cell written as a number and one of the
 * stated units becomes that number converted; any other cell is missing (`errors='coerce'`).
 */
import { type Cell, cellsOf, type Frame, findMentions } from './analysis-frame.ts';

/** "'N kt' is N", "'N t' is N / 1000", "'N h' is N times 60". */
const TEMPLATE =
  /["'‘“]N\s*([^"'’”\d\s][^"'’”\d]{0,11}?)["'’”]\s+(?:is|=|means)\s+N(?:\s*(\*|×|x|times|\/|÷|divided by)\s*(\d+(?:\.\d+)?))?(?!\w|\.\d)/gi;

type Unit = { readonly suffix: string; readonly factor: number; readonly words: string };

/** Converts the column a sentence states by unit templates; returns the clause read, or undefined. */
export function applyStatedUnits(frame: Frame, sentence: string): string | undefined {
  const templates = [...sentence.matchAll(TEMPLATE)];
  if (templates.length === 0) return undefined;
  // "'N kg' is N divided by one thousand": a factor not read would leave the number as it is.
  const unread = templates.some((match) =>
    /^\s*(?:[*×/÷+-]|times\b|divided\b|multiplied\b|over\b|plus\b|minus\b)/i.test(
      sentence.slice(match.index + match[0].length),
    ),
  );
  if (unread) return undefined;
  const units: Unit[] = templates.map((match) => {
    const operator = match[2]?.toLowerCase();
    const amount = match[3] ? Number(match[3]) : 1;
    const divide = operator !== undefined && /^(?:\/|÷|divided by)$/.test(operator);
    return {
      suffix: match[1]!.trim().toLowerCase(),
      factor: divide ? 1 / amount : amount,
      words: `'N ${match[1]!.trim()}' = N${operator ? ` ${divide ? '/' : '×'} ${amount}` : ''}`,
    };
  });
  // Longest unit first, so "kt" is not read as "t".
  units.sort((a, b) => b.suffix.length - a.suffix.length);
  const first = templates[0]!.index;
  const column = findMentions(frame, sentence.slice(0, first))
    .filter((mention) => mention.strength >= 1)
    .sort((a, b) => a.position - b.position)
    .map((mention) => mention.column)[0];
  if (!column) return undefined;
  const source = frame.table.columns.find((item) => item.name === column);
  const cells = cellsOf(frame, column);
  const made: Cell[] = cells.map((cell, row) => {
    if (cell === null) return null;
    const text = String(frame.derived.has(column) ? cell : (source?.texts[row] ?? cell)).trim();
    const number = /^(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$/.exec(text);
    if (!number) return null;
    const unit = units.find((item) => item.suffix === number[2]!.trim().toLowerCase());
    return unit ? Number(number[1]!.replace(/,/g, '')) * unit.factor : null;
  });
  const present = cells.filter((cell) => cell !== null).length;
  if (present === 0 || made.filter((cell) => cell !== null).length < present / 2) return undefined;
  frame.derived.set(column, made);
  frame.steps.push(`${column} converted by the stated units (${units.map((unit) => unit.words).join('; ')})`);
  const last = templates.at(-1)!;
  const start = sentence.slice(0, first).search(/\b(?:convert|express|turn|change|put)\w*\b[^.;]*$/i);
  return sentence.slice(start >= 0 ? start : first, last.index + last[0].length);
}
