/**
 * @module cells-before-fill
 * A column's cells as they were before a step filled its missing ones, so that "how many are
 * missing" asked beside "fill them with 0" counts the cells the data lacks, not the none left
 * after filling (the way an analyst counts with `isna().sum()` before `fillna`).
 */
import type { Cell, Frame } from './analysis-frame.ts';

const before = new WeakMap<Frame, Map<string, readonly Cell[]>>();

/** Keeps `cells` as the column's cells before its first fill. */
export function keepCellsBeforeFill(frame: Frame, name: string, cells: readonly Cell[]): void {
  const known = before.get(frame) ?? new Map<string, readonly Cell[]>();
  if (!known.has(name)) known.set(name, [...cells]);
  before.set(frame, known);
}

/** The column's cells before a step filled them; undefined when none did. */
export function cellsBeforeFill(frame: Frame, name: string): readonly Cell[] | undefined {
  return before.get(frame)?.get(name);
}

/** "@missing_left", "how many remain missing after filling": the count asked is of the filled column. */
export function asksAfterFill(slotWords: readonly string[], question: string): boolean {
  return (
    slotWords.some((word) => /^(?:remaining|remain|left|still|after|filled|imputed)$/.test(word)) ||
    /\b(?:remain(?:s|ing)?|still|left)\s+(?:missing|null|empty|blank)\b|\bmissing\s+(?:values?\s+)?(?:remain|are left)\b/i.test(
      question,
    )
  );
}
