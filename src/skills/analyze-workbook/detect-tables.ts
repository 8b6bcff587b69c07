/**
 * @module detect-tables
 * Finds the tables in a sheet: blocks of cells separated by blank rows and columns (a lone key
 * column one blank column left of a block joins it), a title line above a block skipped, one or
 * two header rows (a merged group header over its sub-headers becomes "Group Sub") or a header
 * written down three or four rows, a block title in the header's corner over a unit set apart,
 * and a totals row at the bottom set apart.
 */
import type { Cell, Sheet } from '../../formats/model.ts';
import { parseRange, rangeRef } from '../../formats/xlsx/write-cell-ref.ts';
import { typeColumn } from './column-types.ts';
import type { DataTable } from './data-table.ts';
import { isEmpty, outlineFilled } from './outline-labels.ts';

const TOTAL_LABEL = /^\s*(grand\s+)?(total|totals|sum|overall|all)\b/i;

function isLabel(cell: Cell | null | undefined): boolean {
  return !isEmpty(cell) && (cell!.type === 'text' || cell!.type === 'boolean');
}

/** `gap`: a blank column inside the block that is no column of the table (see findBlocks). */
type Block = { top: number; bottom: number; left: number; right: number; gap?: number };

/**
 * Splits the used area into blocks: row runs between blank rows, then column runs between blank
 * columns. A single column left of a run, one blank column away, is that run's first column: a key
 * column set apart by a spacer (incomes beside the rates they index), not a table of its own.
 */
function findBlocks(rows: readonly (readonly (Cell | null)[])[]): Block[] {
  const blocks: Block[] = [];
  let r = 0;
  while (r < rows.length) {
    while (r < rows.length && (rows[r] ?? []).every(isEmpty)) r++;
    if (r >= rows.length) break;
    const top = r;
    while (r < rows.length && !(rows[r] ?? []).every(isEmpty)) r++;
    const bottom = r - 1;
    let width = 0;
    for (let row = top; row <= bottom; row++) width = Math.max(width, rows[row]!.length);
    let c = 0;
    while (c < width) {
      const blankColumn = (column: number) =>
        rows.slice(top, bottom + 1).every((row) => isEmpty(row[column]));
      while (c < width && blankColumn(c)) c++;
      if (c >= width) break;
      const left = c;
      while (c < width && !blankColumn(c)) c++;
      const previous = blocks[blocks.length - 1];
      if (previous && previous.top === top && previous.left === previous.right && left === previous.right + 2)
        blocks[blocks.length - 1] = {
          top,
          bottom,
          left: previous.left,
          right: c - 1,
          gap: previous.right + 1,
        };
      else blocks.push({ top, bottom, left, right: c - 1 });
    }
  }
  return blocks;
}

/** Cells of a form sheet: at most this share of its filled cells are numbers. */
const FORM_NUMBER_SHARE = 0.1;

/**
 * Whether the blocks are a form's, not tables: four blocks or more, in three row bands or more
 * (sections down the page, not lists side by side), nearly all one or two columns wide (a label
 * column, a blank to fill in), and few numbers among their cells. Each label column read as a
 * table of its own names a dozen "tables" that are one sheet.
 */
function formLayout(rows: readonly (readonly (Cell | null)[])[], blocks: readonly Block[]): boolean {
  if (blocks.length < 4) return false;
  if (new Set(blocks.map((block) => block.top)).size < 3) return false;
  const narrow = blocks.filter((block) => block.right - block.left < 2).length;
  if (narrow < blocks.length * 0.75) return false;
  let filled = 0;
  let numbers = 0;
  for (const block of blocks)
    for (let row = block.top; row <= block.bottom; row++)
      for (let column = block.left; column <= block.right; column++) {
        const cell = rows[row]?.[column];
        if (isEmpty(cell)) continue;
        filled++;
        if (cell!.type === 'number') numbers++;
      }
  return filled > 0 && numbers <= filled * FORM_NUMBER_SHARE;
}

/** One block over all the given blocks. */
function boundingBlock(blocks: readonly Block[]): Block {
  return {
    top: Math.min(...blocks.map((block) => block.top)),
    bottom: Math.max(...blocks.map((block) => block.bottom)),
    left: Math.min(...blocks.map((block) => block.left)),
    right: Math.max(...blocks.map((block) => block.right)),
  };
}

/** A column name not yet used in its table (any case): a repeat becomes "Name (2)", "Name (3)"… */
function uniqueName(name: string, used: Set<string>): string {
  let unique = name;
  for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
  used.add(unique.toLowerCase());
  return unique;
}

/** Merged ranges as a lookup from a covered cell to the merge's top-left value. */
function mergeFill(sheet: Sheet): Map<string, Cell | null> {
  const fill = new Map<string, Cell | null>();
  for (const merge of sheet.merges) {
    try {
      const range = parseRange(merge);
      const origin = sheet.rows[range.top - 1]?.[range.left - 1] ?? null;
      for (let row = range.top; row <= range.bottom; row++) {
        for (let column = range.left; column <= range.right; column++)
          fill.set(`${row - 1}:${column - 1}`, origin);
      }
    } catch {
      // A merge we cannot parse changes no header.
    }
  }
  return fill;
}

function text(cell: Cell | null | undefined): string {
  return isEmpty(cell) ? '' : String(cell!.value).replace(/\s+/g, ' ').trim();
}

/** A year written as a number (1997), as the sub-header under a group ("SINGLE" over 1997 … 2007). */
function yearLike(cell: Cell | null | undefined): boolean {
  return (
    !isEmpty(cell) &&
    cell!.type === 'number' &&
    Number.isInteger(cell!.value) &&
    (cell!.value as number) >= 1800 &&
    (cell!.value as number) <= 2100
  );
}

/** A header cell that is a unit and nothing else: a currency sign or a percent sign, bracketed or not. */
const UNIT_ALONE = /^\(?\s*[£€¥$%]\s*\)?$/;

/** Header texts read top to bottom as one name, blanks and a merge's repeats left out. */
function joinHeaderTexts(texts: readonly string[]): string {
  const parts: string[] = [];
  for (const part of texts) if (part && part !== parts[parts.length - 1]) parts.push(part);
  return parts.join(' ');
}

/**
 * The number of rows of a header written over three or four rows (a pay header "NET", "MONTHLY",
 * "TAKE-HOME", "PAY" beside "ONE" over "ROOM"), or 0: rows of labels only
 * from the block's top, each with a label in its first column, the first with blank cells, then a row
 * with a number. The first of them is not a title line, though it may hold one cell alone.
 */
function stackedHeaderRows(
  rows: Sheet['rows'],
  top: number,
  bottom: number,
  left: number,
  right: number,
): number {
  let count = 0;
  while (count < 4 && top + count < bottom) {
    const cells = rows[top + count]!.slice(left, right + 1);
    const filled = cells.filter((cell) => !isEmpty(cell));
    if (!isLabel(cells[0]) || !filled.every(isLabel)) break;
    count++;
  }
  // A header's first row leaves cells blank (it names a group or a column's first word); a row of
  // labels filled across is a header over rows of text, not a stack.
  if (count < 3 || !rows[top]!.slice(left, right + 1).some(isEmpty)) return 0;
  const next = rows[top + count]?.slice(left, right + 1) ?? [];
  return next.some((cell) => !isEmpty(cell) && cell!.type === 'number') ? count : 0;
}

/** Whether a column's name is one the reader gave a blank header ("Unnamed: 4", "Column 2"), not the table's own. */
export function isPlaceholderName(name: string): boolean {
  return /^(?:Unnamed: |Column )\d+$/.test(name);
}

/** Detects every table of a sheet (at most `limit`). */
export function detectTables(sheet: Sheet, limit = 20): DataTable[] {
  // Excel's own tables come first, exactly as defined; the rest of the sheet is searched for more.
  const defined = definedTables(sheet);
  const rows = blankOut(sheet.rows, defined);
  const merged = mergeFill(sheet);
  const at = (row: number, column: number): Cell | null => {
    const cell = rows[row]?.[column] ?? null;
    return isEmpty(cell) ? (merged.get(`${row}:${column}`) ?? cell) : cell;
  };
  const tables: DataTable[] = defined.map((item) => item.table);
  const found = findBlocks(rows);
  for (const block of formLayout(rows, found) ? [boundingBlock(found)] : found) {
    if (tables.length >= limit) break;
    let { top } = block;
    const { bottom, left, right, gap } = block;
    const width = right - left + 1;
    const stacked = stackedHeaderRows(rows, top, bottom, left, right);
    // A title line (one filled cell over a wider block) is not the header.
    while (
      !stacked &&
      top < bottom &&
      width > 1 &&
      rows[top]!.slice(left, right + 1).filter((cell) => !isEmpty(cell)).length === 1
    )
      top++;
    if (bottom - top < 1) continue;
    const firstRow = rows[top]!.slice(left, right + 1);
    const labels = firstRow.filter(isLabel).length;
    const hasHeader =
      labels >= Math.max(1, Math.ceil(firstRow.filter((cell) => !isEmpty(cell)).length * 0.6));
    const headerRows: number[] = [];
    let names: string[];
    if (stacked) {
      for (let row = top; row < top + stacked; row++) headerRows.push(row + 1);
      names = Array.from({ length: width }, (_, offset) =>
        joinHeaderTexts(headerRows.map((row) => text(at(row - 1, left + offset)))),
      );
    } else if (hasHeader) {
      headerRows.push(top + 1);
      names = Array.from({ length: width }, (_, offset) => text(at(top, left + offset)));
      // A second header row: all labels, over data rows, and the first row has merges or gaps.
      const second = rows[top + 1]?.slice(left, right + 1) ?? [];
      const firstHasGaps =
        firstRow.some(isEmpty) || sheet.merges.some((merge) => merge.match(/\d+/)?.[0] === String(top + 1));
      const secondAllLabels =
        second.filter((cell) => !isEmpty(cell)).length > 0 &&
        second.every((cell) => isEmpty(cell) || isLabel(cell) || yearLike(cell)) &&
        second.some((cell) => isLabel(cell) || yearLike(cell));
      const dataBelow = rows
        .slice(top + 2, bottom + 1)
        .some((row) => row.slice(left, right + 1).some((cell) => !isEmpty(cell) && cell!.type === 'number'));
      if (firstHasGaps && secondAllLabels && dataBelow && bottom - top >= 2) {
        headerRows.push(top + 2);
        names = names.map((name, offset) => joinHeaderTexts([name, text(at(top + 1, left + offset))]));
      }
    } else {
      names = [];
    }
    // The corner cell of a header over several rows, above a unit alone ("STANDARD PLAN" over
    // "$"), is the block's title: the column is named by its unit, the title kept for the table.
    let title: string | undefined;
    const corner = headerRows.length >= 2 ? text(at(headerRows[0]! - 1, left)) : '';
    const cornerUnit = headerRows.length >= 2 ? text(at(headerRows[headerRows.length - 1]! - 1, left)) : '';
    if (corner && UNIT_ALONE.test(cornerUnit) && corner !== cornerUnit) {
      title = corner;
      names[0] = cornerUnit;
    }
    // Each column's header texts, top row first, when the header spans several rows.
    const headerOf = (offset: number): string[] | undefined => {
      if (headerRows.length < 2 || (title && offset === 0)) return undefined;
      const parts = headerRows.map((row) => text(at(row - 1, left + offset)));
      const kept = parts.filter((part, index) => part && part !== parts[index - 1]);
      return kept.length >= 2 ? kept : undefined;
    };
    const dataTop = top + headerRows.length;
    let dataBottom = bottom;
    let totalsRow: number | undefined;
    const last = rows[dataBottom]?.slice(left, right + 1) ?? [];
    const lastLabel = last.find((cell) => !isEmpty(cell));
    if (
      dataBottom > dataTop &&
      ((lastLabel && isLabel(lastLabel) && TOTAL_LABEL.test(String(lastLabel.value))) ||
        sumsRowsAbove(rows, dataTop, dataBottom, left, right))
    ) {
      totalsRow = dataBottom + 1;
      dataBottom--;
    }
    if (dataBottom < dataTop) continue;
    // A header repeated inside the data (a page break in the source) is not a data row.
    const headerTexts = headerRows.length
      ? rows[headerRows[headerRows.length - 1]! - 1]!.slice(left, right + 1).map(text)
      : [];
    const repeatsHeader = (row: number) => {
      const cells = rows[row]!.slice(left, right + 1).map(text);
      const filled = cells.filter(Boolean);
      return filled.length >= 2 && cells.every((value, offset) => !value || value === headerTexts[offset]);
    };
    const kept = Array.from({ length: dataBottom - dataTop + 1 }, (_, index) => dataTop + index).filter(
      (row) => !repeatsHeader(row),
    );
    const used = new Set<string>();
    const cellsOf = (offset: number) => kept.map((row) => rows[row]![left + offset] ?? null);
    const columns = Array.from({ length: width }, (_, offset) => offset)
      .filter((offset) => left + offset !== gap)
      .map((offset) => {
        const name = uniqueName(names[offset] || `Column ${offset + 1}`, used);
        // A pivot's outer labels in outline form are written once over their run of rows.
        const cells = offset === 0 && width > 2 ? outlineFilled(cellsOf(0), cellsOf(1)) : cellsOf(offset);
        const header = headerOf(offset);
        return { ...typeColumn(name, left + offset + 1, cells), ...(header ? { header } : {}) };
      });
    const rowNumbers = kept.map((row) => row + 1);
    const name = tables.length === 0 ? sheet.name : `${sheet.name} (${tables.length + 1})`;
    tables.push({
      name,
      sheet: sheet.name,
      headerRows: headerRows.length ? headerRows : [],
      rowNumbers,
      columns,
      ...(title ? { title } : {}),
      ...(totalsRow ? { totalsRow } : {}),
      range: rangeRef(top + 1, left + 1, totalsRow ?? dataBottom + 1, right + 1),
    });
  }
  return tables;
}

/**
 * Whether the last row holds the sums of the rows above it in two numeric columns or more
 * (within 2%: published totals often count a little more than the rows listed), as a totals
 * row under another name does (a region's row under its towns).
 */
function sumsRowsAbove(
  rows: Sheet['rows'],
  dataTop: number,
  dataBottom: number,
  left: number,
  right: number,
): boolean {
  if (dataBottom - dataTop < 3) return false;
  let sums = 0;
  for (let column = left; column <= right; column++) {
    const last = rows[dataBottom]?.[column];
    if (last?.type !== 'number' || typeof last.value !== 'number' || last.value === 0) continue;
    const above = rows
      .slice(dataTop, dataBottom)
      .map((row) => row[column])
      .filter((cell) => cell?.type === 'number' && typeof cell.value === 'number')
      .map((cell) => cell!.value as number);
    if (above.length < 3) continue;
    const total = above.reduce((a, b) => a + b, 0);
    if (Math.abs(total - last.value) <= Math.abs(last.value) * 0.02) sums++;
  }
  return sums >= 2;
}

type Grid = { top: number; bottom: number; left: number; right: number };

/**
 * A row of labels over the columns `left`..`right`: two filled cells or more, each text or a
 * year written as a number. A row holding any other number ("1", "1.1", "8") is data.
 */
function labelRow(row: readonly (Cell | null)[] | undefined, left: number, right: number): boolean {
  const filled = (row ?? []).slice(left, right + 1).filter((cell) => !isEmpty(cell));
  return filled.length >= 2 && filled.every((cell) => isLabel(cell) || yearLike(cell));
}

/**
 * Where a named range's header is: its first row when that row is labels; the row just above
 * when the range starts at its first data row under a row of labels (a form's "Nr. | Indicator |
 * Points" line left outside the name); none when neither is labels (columns named by position).
 */
function namedRangeHeader(rows: Sheet['rows'], grid: Grid): 'first' | 'above' | 'none' {
  if (labelRow(rows[grid.top], grid.left, grid.right)) return 'first';
  const first = (rows[grid.top] ?? []).slice(grid.left, grid.right + 1);
  const holdsNumber = first.some((cell) => !isEmpty(cell) && !isLabel(cell) && !yearLike(cell));
  if (!holdsNumber) return 'first';
  return grid.top > 0 && labelRow(rows[grid.top - 1], grid.left, grid.right) ? 'above' : 'none';
}

/**
 * A table over a known range (0-based, inclusive) whose first row is the header (unless
 * `headerless`: then every row is data and columns are named by position): no title search,
 * blank header cells named by position, a totals row at the bottom set apart when `totals` is
 * asked for.
 */
function gridTable(
  sheet: Sheet,
  grid: Grid,
  name: string,
  totals: boolean,
  headerless = false,
  merged?: Map<string, Cell | null>,
): DataTable | undefined {
  const rows = sheet.rows;
  const { left, right } = grid;
  // A headerless range reads as if a blank header row sat just above it.
  const top = headerless ? grid.top - 1 : grid.top;
  let bottom = Math.min(grid.bottom, rows.length - 1);
  let totalsRow: number | undefined;
  const lastLabel = (rows[bottom] ?? []).slice(left, right + 1).find((cell) => !isEmpty(cell));
  if (totals && bottom > top + 1 && isLabel(lastLabel) && TOTAL_LABEL.test(String(lastLabel!.value))) {
    totalsRow = bottom + 1;
    bottom--;
  }
  if (bottom <= top) return undefined;
  const used = new Set<string>();
  const columns = Array.from({ length: right - left + 1 }, (_, offset) => {
    const header = uniqueName(
      headerless
        ? `Column ${offset + 1}`
        : text(rows[top]?.[left + offset]) ||
            text(merged?.get(`${top}:${left + offset}`)) ||
            `Unnamed: ${offset}`,
      used,
    );
    const cells = rows.slice(top + 1, bottom + 1).map((row) => row[left + offset] ?? null);
    return typeColumn(header, left + offset + 1, cells);
  });
  return {
    name,
    sheet: sheet.name,
    headerRows: headerless ? [] : [top + 1],
    rowNumbers: Array.from({ length: bottom - top }, (_, index) => top + index + 2),
    columns,
    ...(totalsRow ? { totalsRow } : {}),
    range: rangeRef(grid.top + 1, left + 1, totalsRow ?? bottom + 1, right + 1),
  };
}

/**
 * The sheet's Excel tables (ListObjects), then its named ranges of at least two rows and two
 * columns that overlap no table, each read over its own range with its first row as header (a
 * named range's header may sit just above it, or be missing; see namedRangeHeader).
 */
function definedTables(sheet: Sheet): { grid: Grid; table: DataTable }[] {
  const out: { grid: Grid; table: DataTable }[] = [];
  const overlaps = (grid: Grid) =>
    out.some(
      (item) =>
        grid.top <= item.grid.bottom &&
        grid.bottom >= item.grid.top &&
        grid.left <= item.grid.right &&
        grid.right >= item.grid.left,
    );
  const named = (sheet.namedRanges ?? []).map((item) => ({ ...item, namedRange: true }));
  for (const defined of [...sheet.tables.map((item) => ({ ...item, namedRange: false })), ...named]) {
    try {
      const range = parseRange(defined.range);
      let grid = {
        top: range.top - 1,
        bottom: range.bottom - 1,
        left: range.left - 1,
        right: range.right - 1,
      };
      if (defined.namedRange && (grid.bottom <= grid.top || grid.right <= grid.left || overlaps(grid)))
        continue;
      const header = defined.namedRange ? namedRangeHeader(sheet.rows, grid) : 'first';
      if (header === 'above') grid = { ...grid, top: grid.top - 1 };
      if (header === 'above' && overlaps(grid)) continue;
      // A header cell merged across several columns names each column it spans.
      const table = gridTable(sheet, grid, defined.name, true, header === 'none', mergeFill(sheet));
      if (table) out.push({ grid, table });
    } catch {
      // A table whose range we cannot read is searched for like any other block.
    }
  }
  return out;
}

/** The rows with the cells of the given ranges emptied, so block search skips them. */
function blankOut(rows: Sheet['rows'], taken: readonly { grid: Grid }[]): Sheet['rows'] {
  if (taken.length === 0) return rows;
  return rows.map((row, r) =>
    row.map((cell, c) =>
      taken.some(({ grid }) => r >= grid.top && r <= grid.bottom && c >= grid.left && c <= grid.right)
        ? null
        : cell,
    ),
  );
}

/**
 * The whole sheet as one table with its first row as the header, the way data tools read a
 * CSV (pandas' read_csv): no title or totals detection, blank header cells named by position.
 */
export function headerRowTable(sheet: Sheet): DataTable | undefined {
  if (sheet.rows.length < 2) return undefined;
  const width = Math.max(...sheet.rows.map((row) => row.length));
  return gridTable(
    sheet,
    { top: 0, bottom: sheet.rows.length - 1, left: 0, right: width - 1 },
    sheet.name,
    false,
  );
}

/**
 * The whole sheet as one table with its header on a later row (0-based `top`), as a text says
 * ("the column names are on the second line"): the rows above it are left out.
 */
export function headerAtRowTable(sheet: Sheet, top: number): DataTable | undefined {
  if (sheet.rows.length < top + 2) return undefined;
  const width = Math.max(...sheet.rows.slice(top).map((row) => row.length));
  return gridTable(
    sheet,
    { top, bottom: sheet.rows.length - 1, left: 0, right: width - 1 },
    sheet.name,
    false,
  );
}
