/**
 * @module shown-percents
 * A workbook cell shown as "5.1%" by its number format holds the fraction 0.051, which is what
 * the analysis reads. When the question asks for figures "in percent" ("a cell shown as 5.1% is
 * 5.1", "× 100") and says nothing of fractions, such a column is read as it is shown, so a mean
 * or a minimum of it comes out in percent, as asked. Percentages written as text in a CSV are
 * read as shown already; only number-formatted workbook columns change.
 */
import type { Frame } from './analysis-frame.ts';
import { FRACTION_FORMAT, PERCENT_FORMAT } from './slot-context.ts';

/** Reads the table's number-formatted percent columns in percent when the text asks for percent. */
export function readShownPercents(frame: Frame, text: string): void {
  if (!PERCENT_FORMAT.test(text) || FRACTION_FORMAT.test(text)) return;
  const shown = frame.table.columns.filter((column) => {
    if (column.type !== 'percent' || !column.formatted) return false;
    const filled = column.texts.filter((item) => item.trim() !== '');
    return filled.length > 0 && filled.filter((item) => /%\s*$/.test(item)).length >= filled.length / 2;
  });
  if (shown.length === 0) return;
  frame.shownPercent = new Set(shown.map((column) => column.name));
  // The step names no column and not the word "percent", so it covers no word of a slot.
  frame.steps.push('number-formatted cells read as they are shown (5.1% as 5.1)');
}
