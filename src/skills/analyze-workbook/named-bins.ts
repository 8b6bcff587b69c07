/**
 * @module named-bins
 * The rows in one named bin of a binned column ("@small[count]" once Attendance was binned into
 * 'small', 'medium' and 'large' as the text states).
 */
import { wordsOf } from './analysis-frame.ts';
import { ordinalNumeralWords } from './ordinal-words.ts';
import { type SlotContext, slotWords } from './slot-context.ts';

export type NamedBin = { readonly column: string; readonly label: string; readonly rows: number[] };

/** The bin label of a derived column that the slot's words name; the longest when several fit. */
export function namedBin(context: SlotContext): NamedBin | undefined {
  const named = slotWords(context.slot);
  // "@nineteenth" for the bin '19th'.
  const words = [...named, ...ordinalNumeralWords(named)];
  const hits: { column: string; label: string; size: number }[] = [];
  for (const [column, cells] of context.frame.derived) {
    const labels = [...new Set(cells.filter((cell): cell is string => typeof cell === 'string'))];
    if (labels.length < 2) continue;
    for (const label of labels) {
      const labelWords = wordsOf(label);
      if (labelWords.length > 0 && labelWords.every((word) => words.includes(word)))
        hits.push({ column, label, size: labelWords.length });
    }
  }
  const longest = Math.max(...hits.map((hit) => hit.size));
  const best = hits.filter((hit) => hit.size === longest);
  if (best.length !== 1) return undefined;
  const { column, label } = best[0]!;
  const cells = context.frame.derived.get(column)!;
  return { column, label, rows: context.rows.filter((row) => cells[row] === label) };
}
