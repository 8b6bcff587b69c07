/**
 * @module share-of-total
 * Each row's share of a column's total, as the text states it: 'Divide each nation's "Total" by
 * the sum of "Total" over the nations and multiply by 100'. The share is taken over the rows in
 * play once the other steps ran (a totals line left out is no part of the sum); it is a column
 * of its own, named after the quoted column, in percent when the text multiplies by 100.
 */
import { cellsOf, columnNames, type Frame, isNumericColumn, wordsOf } from './analysis-frame.ts';

/** "Divide each X's "A" by the sum of "A" (over …) (and multiply by 100)". */
const SHARE_OF_SUM =
  /\bdivid(?:e|ing)\s+(?:each\s+|every\s+|the\s+)?(?:[a-z]+['’]s?\s+)?["“]([^"”]{1,60})["”]\s+by\s+the\s+(?:sum|total)\s+of\s+["“]([^"”]{1,60})["”]([^.;\n]{0,60})/i;

/** Makes the share column a sentence of the text states; the note of the step, or undefined. */
export function applyShareOfTotal(frame: Frame, text: string): string | undefined {
  const found = SHARE_OF_SUM.exec(text);
  if (!found || found[1]!.trim().toLowerCase() !== found[2]!.trim().toLowerCase()) return undefined;
  const source = columnNames(frame).find(
    (name) => name.trim().toLowerCase() === found[1]!.trim().toLowerCase(),
  );
  if (!source || !isNumericColumn(frame, source)) return undefined;
  const percent = /\bmultipl\w*\s+(?:it\s+|that\s+|them\s+)?by\s+100\b/i.test(found[3]!);
  const cells = cellsOf(frame, source);
  const total = frame.rows.reduce(
    (sum, row) => sum + (typeof cells[row] === 'number' ? (cells[row] as number) : 0),
    0,
  );
  if (total === 0) return undefined;
  const name = `share of all ${source}${percent ? ' in percent' : ''}`;
  if (frame.derived.has(name)) return undefined;
  frame.derived.set(
    name,
    cells.map((cell) => (typeof cell === 'number' ? (cell / total) * (percent ? 100 : 1) : null)),
  );
  const note = `${name} = ${source} / the sum of ${source} over ${frame.rows.length} rows${percent ? ' × 100' : ''}`;
  frame.steps.push(note);
  return note;
}

/** "the largest share of all the medals", "what percentage of the medals": the noun the whole is of. */
const SHARE_NOUN = /\b(?:share|percentage|proportion|fraction)\s+of\s+(?:all\s+)?(?:the\s+)?([a-z]{3,})\b/gi;

/**
 * "@medal_share" once each row's share of the Total column was made: the question's own noun for
 * what the shares are of.
 */
export function shareNouns(text: string, planText: string): string[] {
  if (!/\bshare of all \S/.test(planText)) return [];
  return [...text.matchAll(SHARE_NOUN)].flatMap((match) => wordsOf(match[1]!));
}
