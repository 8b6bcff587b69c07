/**
 * @module currency-bounds
 * A bound written as an amount of money with no column named: "growers who were paid over
 * $8,000" over a table with one numeric column of dollars ("Payout $", or cells written "$12,500")
 * is a bound on that column, written out as "Payout $ over $8,000" for the rules that read a
 * column's name before its comparison. A table with no such column, or with two, is left as written,
 * and so is an amount followed by a word that makes it a rate or names another thing ("$5 per
 * share", "$2 million of debt" keeps its scale word and is read by its column only).
 */
import { columnNames, type Frame, isNumericColumn } from './analysis-frame.ts';

/** "at least $7,500", "over €2.5 million", "under £90": a bound, its currency sign and the amount. */
const MONEY_BOUND =
  /\b(at least|at most|more than|less than|fewer than|over|under|above|below)\s+([$€£¥])\s?(\d[\d,]*(?:\.\d+)?(?:\s*(?:k|m|bn|thousand|million|billion)\b)?)(?!\s*(?:per|a|an|each|of)\b)/gi;

/** The one numeric column of a currency: its header or its cells' unit carries the sign. */
function currencyColumn(frame: Frame, sign: string): string | undefined {
  const named = columnNames(frame).filter((name) => {
    if (!isNumericColumn(frame, name)) return false;
    const column = frame.table.columns.find((item) => item.name === name);
    return name.includes(sign) || column?.unit === sign;
  });
  return named.length === 1 ? named[0] : undefined;
}

/** The text with each money bound that names no column written after the table's one column of that currency. */
export function currencyBoundsAsColumns(frame: Frame, text: string): string {
  return text.replace(MONEY_BOUND, (whole, bound: string, sign: string, amount: string, at: number) => {
    const column = currencyColumn(frame, sign);
    if (column === undefined) return whole;
    // "whose Payout $ is over $8,000": the column is named already.
    const before = text.slice(Math.max(0, at - column.length - 8), at);
    if (before.toLowerCase().includes(column.toLowerCase())) return whole;
    return `${column} ${bound} ${sign}${amount}`;
  });
}
