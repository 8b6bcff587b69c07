/**
 * @module widest-row
 * The widest row of a table of any height. `Math.max(...rows.map(...))` passes every row as
 * an argument and overflows the stack near 100,000 rows (a sheet with a cell on its last row).
 */
export function widestRow(rows: readonly { readonly length: number }[], floor = 0): number {
  let width = floor;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}
