/**
 * @module read-xlsx
 * Excel (.xlsx, .xlsm, Strict OOXML too) into a Workbook: sheets in workbook order with typed
 * cells (numbers, shared/inline/formula strings, booleans, errors, and dates recognised from
 * built-in or custom number formats in the 1900 or 1904 system), formulas with their cached
 * values (shared formulas expanded per cell), merged ranges, number formats, hidden sheets,
 * defined tables and names, charts from each sheet's drawing, pivot tables, and cell comments
 * (notes) with their author.
 */

import { budgetOf, tooComplex } from '../budget.ts';
import type { Cell, Sheet, Workbook } from '../model.ts';
import { readChart } from '../ooxml/chart.ts';
import { readCoreProperties } from '../ooxml/core-properties.ts';
import { missingPart, type OoxmlPackage, openPackage, optionalPart } from '../ooxml/package.ts';
import { attr, child, descendants, elements, relAttr, textOf, type XmlNode } from '../ooxml/xml.ts';
import type { ReaderInput } from '../reader.ts';
import { columnIndex, shiftFormula } from './cell-ref.ts';
import { formatCellValue } from './format-cell-value.ts';
import { BUILTIN_FORMATS, dateKind, serialToIso } from './number-format.ts';

/** Above this many cells in a sheet's bounding box, rows stay ragged instead of padded. */
const MAX_DENSE_CELLS = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

type Styles = { formats: (string | undefined)[]; ids: number[] };

function readStyles(root: XmlNode | undefined): Styles {
  const custom = new Map<number, string>();
  for (const numFmt of elements(child(root, 'numFmts'), 'numFmt')) {
    const id = Number(attr(numFmt, 'numFmtId'));
    const code = attr(numFmt, 'formatCode');
    if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
  }
  const formats: (string | undefined)[] = [];
  const ids: number[] = [];
  for (const xf of elements(child(root, 'cellXfs'), 'xf')) {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    ids.push(id);
    formats.push(custom.get(id) ?? BUILTIN_FORMATS[id]);
  }
  return { formats, ids };
}

/** Plain text of a string item (si or is): its t, or the t of each rich run, without phonetics. */
function stringItem(node: XmlNode | undefined): string {
  if (!node) return '';
  let out = '';
  for (const item of node.children) {
    if (item.name === 't') out += textOf(item);
    else if (item.name === 'r') out += textOf(child(item, 't'));
  }
  return out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

function readSharedStrings(root: XmlNode | undefined): string[] {
  return elements(root, 'si').map(stringItem);
}

type SheetRef = { name: string; part: string; hidden: boolean; chartsheet: boolean };

type SheetContext = {
  readonly pkg: OoxmlPackage;
  readonly styles: Styles;
  readonly strings: readonly string[];
  readonly date1904: boolean;
  /** Cells the workbook may still hold before it is too complex (counted down across sheets). */
  readonly cells: { left: number; readonly limit: number; readonly path: string };
};

const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

function parseCellRef(ref: string | undefined): { row: number; col: number } | undefined {
  if (!ref) return undefined;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!match) return undefined;
  return { col: columnIndex(match[1]!), row: Number(match[2]) - 1 };
}

function typedCell(ctx: SheetContext, c: XmlNode, formula: string | undefined): Cell | null {
  const type = attr(c, 't') ?? 'n';
  const styleIndex = Number(attr(c, 's') ?? 0);
  const code = ctx.styles.formats[styleIndex];
  const numFmtId = ctx.styles.ids[styleIndex] ?? 0;
  const raw = child(c, 'v');
  const v = raw ? textOf(raw) : undefined;
  const extra = {
    ...(formula !== undefined ? { formula } : {}),
    ...(code && code !== 'General' ? { numberFormat: code } : {}),
  };
  switch (type) {
    case 's': {
      if (v === undefined) return formula !== undefined ? { type: 'empty', value: null, ...extra } : null;
      return textCell(ctx.strings[Number(v)] ?? '', code, extra);
    }
    case 'inlineStr':
      return textCell(stringItem(child(c, 'is')), code, extra);
    case 'str':
      return textCell(v ?? '', code, extra);
    case 'b':
      if (v === undefined) return formula !== undefined ? { type: 'empty', value: null, ...extra } : null;
      return { type: 'boolean', value: v === '1' || v === 'true', ...extra };
    case 'e':
      return { type: 'error', value: v ?? '#VALUE!', ...extra };
    case 'd':
      if (v === undefined) return null;
      return { type: 'date', value: v.replace(/Z$/, ''), ...extra };
    default: {
      if (v === undefined || v.trim() === '')
        return formula !== undefined ? { type: 'empty', value: null, ...extra } : null;
      const number = Number(v);
      if (!Number.isFinite(number)) {
        if (ERROR_VALUES.has(v)) return { type: 'error', value: v, ...extra };
        return { type: 'text', value: v, ...extra };
      }
      const kind = dateKind(numFmtId, code);
      if (kind) {
        const iso = serialToIso(number, ctx.date1904, kind);
        if (iso) return { type: 'date', value: iso, ...extra };
      }
      const shown = formatCellValue(number, code);
      return {
        type: 'number',
        value: number,
        ...extra,
        ...(shown !== String(number) ? { text: shown, formatted: true } : {}),
      };
    }
  }
}

/** A text cell, with the text its format's text section shows ('"Ref: "@') when that differs. */
function textCell(value: string, code: string | undefined, extra: Partial<Cell>): Cell {
  const shown = code ? formatCellValue(value, code) : value;
  return { type: 'text', value, ...extra, ...(shown !== value ? { text: shown } : {}) };
}

type SharedFormula = { text: string; row: number; col: number };

function readRows(ctx: SheetContext, sheetData: XmlNode | undefined): (Cell | null)[][] {
  const sparse = new Map<number, Map<number, Cell>>();
  const shared = new Map<string, SharedFormula>();
  let maxRow = -1;
  let maxCol = -1;
  let rowIndex = -1;
  for (const row of elements(sheetData, 'row')) {
    const r = Number(attr(row, 'r'));
    rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
    if (rowIndex >= MAX_ROWS) break;
    let colIndex = -1;
    for (const c of elements(row, 'c')) {
      const ref = parseCellRef(attr(c, 'r'));
      colIndex = ref ? ref.col : colIndex + 1;
      const at = ref ? ref.row : rowIndex;
      if (colIndex >= MAX_COLUMNS || at >= MAX_ROWS) continue;
      const f = child(c, 'f');
      let formula: string | undefined;
      if (f) {
        const text = textOf(f);
        const si = attr(f, 'si');
        if (attr(f, 't') === 'shared' && si !== undefined) {
          if (text) {
            shared.set(si, { text, row: at, col: colIndex });
            formula = text;
          } else {
            const base = shared.get(si);
            if (base) formula = shiftFormula(base.text, at - base.row, colIndex - base.col);
          }
        } else if (text) {
          formula = text;
        }
      }
      const cell = typedCell(ctx, c, formula);
      if (!cell) continue;
      if (--ctx.cells.left < 0)
        tooComplex(ctx.cells.path, `it has over ${ctx.cells.limit} cells`, `${ctx.cells.limit} cells`);
      let cells = sparse.get(at);
      if (!cells) {
        cells = new Map();
        sparse.set(at, cells);
      }
      cells.set(colIndex, cell);
      if (at > maxRow) maxRow = at;
      if (colIndex > maxCol) maxCol = colIndex;
    }
  }
  const dense = (maxRow + 1) * (maxCol + 1) <= MAX_DENSE_CELLS;
  const rows: (Cell | null)[][] = [];
  // Empty rows share one frozen row: a lone cell at A1048576 costs a million pointers, not a million arrays.
  const empty = Object.freeze(dense ? new Array<Cell | null>(maxCol + 1).fill(null) : []) as (Cell | null)[];
  for (let r = 0; r <= maxRow; r++) {
    const cells = sparse.get(r);
    if (!cells) {
      rows.push(empty);
      continue;
    }
    const width = dense ? maxCol + 1 : Math.max(...cells.keys()) + 1;
    const out: (Cell | null)[] = new Array(width).fill(null);
    for (const [col, cell] of cells) out[col] = cell;
    rows.push(out);
  }
  return rows;
}

function sheetCharts(
  ctx: SheetContext,
  sheetPart: string,
  root: XmlNode | undefined,
  name: string,
): Sheet['charts'] {
  const out: NonNullable<Sheet['charts']>[number][] = [];
  const rels = ctx.pkg.rels(sheetPart);
  for (const drawing of elements(root, 'drawing')) {
    const rel = rels.get(relAttr(drawing, 'id') ?? '');
    if (!rel || rel.external) continue;
    const drawingRoot = optionalPart(() => ctx.pkg.xml(rel.target));
    const drawingRels = ctx.pkg.rels(rel.target);
    for (const chartRef of descendants(drawingRoot, 'chart')) {
      const chartRel = drawingRels.get(relAttr(chartRef, 'id') ?? '');
      if (!chartRel || chartRel.external) continue;
      const chart = optionalPart(() => readChart(ctx.pkg.xml(chartRel.target), { sheet: name }));
      if (chart) out.push(chart);
    }
  }
  return out;
}

function sheetTables(ctx: SheetContext, sheetPart: string, root: XmlNode | undefined): Sheet['tables'] {
  const rels = ctx.pkg.rels(sheetPart);
  const out: { name: string; range: string }[] = [];
  for (const part of elements(child(root, 'tableParts'), 'tablePart')) {
    const rel = rels.get(relAttr(part, 'id') ?? '');
    if (!rel || rel.external) continue;
    const table = optionalPart(() => ctx.pkg.xml(rel.target));
    const name = attr(table, 'displayName') ?? attr(table, 'name');
    const range = attr(table, 'ref');
    if (name && range) out.push({ name, range });
  }
  return out;
}

function sheetPivots(ctx: SheetContext, sheetPart: string): Sheet['pivots'] {
  const out: { name: string; range?: string }[] = [];
  for (const rel of ctx.pkg.rels(sheetPart).values()) {
    if (!rel.type.endsWith('/pivotTable') || rel.external) continue;
    const pivot = optionalPart(() => ctx.pkg.xml(rel.target));
    if (!pivot) continue;
    const range = attr(child(pivot, 'location'), 'ref');
    out.push({
      name: attr(pivot, 'name') ?? rel.target.split('/').pop() ?? rel.target,
      ...(range ? { range } : {}),
    });
  }
  return out;
}

/** Cell comments (notes) of a sheet: the cell, its author, and the text of every run. */
function sheetComments(ctx: SheetContext, sheetPart: string): Sheet['comments'] {
  const out: NonNullable<Sheet['comments']>[number][] = [];
  for (const rel of ctx.pkg.rels(sheetPart).values()) {
    if (!rel.type.endsWith('/comments') || rel.external) continue;
    const root = optionalPart(() => ctx.pkg.xml(rel.target));
    if (!root) continue;
    const authors = elements(child(root, 'authors'), 'author').map((node) => textOf(node).trim());
    for (const comment of elements(child(root, 'commentList'), 'comment')) {
      const ref = attr(comment, 'ref');
      const text = stringItem(child(comment, 'text')).replace(/\r\n?/g, '\n').trim();
      if (!ref || !text) continue;
      const author = authors[Number(attr(comment, 'authorId') ?? -1)];
      out.push({ ref, text, ...(author ? { author } : {}) });
    }
  }
  return out;
}

function readSheet(ctx: SheetContext, ref: SheetRef): Sheet {
  const root = ctx.pkg.xml(ref.part);
  if (!root) missingPart(ctx.pkg.path, `worksheet part ${ref.part}`);
  const rows = ref.chartsheet ? [] : readRows(ctx, child(root, 'sheetData'));
  const merges = elements(child(root, 'mergeCells'), 'mergeCell')
    .map((node) => attr(node, 'ref'))
    .filter((value): value is string => Boolean(value));
  const charts = sheetCharts(ctx, ref.part, root, ref.name);
  const pivots = sheetPivots(ctx, ref.part);
  const comments = ref.chartsheet ? [] : sheetComments(ctx, ref.part);
  return {
    name: ref.name,
    hidden: ref.hidden,
    rows,
    merges,
    tables: sheetTables(ctx, ref.part, root),
    ...(charts?.length ? { charts } : {}),
    ...(pivots?.length ? { pivots } : {}),
    ...(comments?.length ? { comments } : {}),
  };
}

/**
 * A defined name that refers to one rectangular block of a sheet ("'Sales 2024'!$A$1:$D$20"),
 * kept on that sheet; Excel's own names (print areas, filters) and formulas are left out.
 */
function withNamedRanges(sheet: Sheet, names: readonly { name: string; ref: string }[]): Sheet {
  const ranges: { name: string; range: string }[] = [];
  for (const entry of names) {
    const short = entry.name.includes('!') ? entry.name.slice(entry.name.lastIndexOf('!') + 1) : entry.name;
    if (/^_xlnm\./i.test(short)) continue;
    const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(
      entry.ref.trim(),
    );
    if (!match) continue;
    const target = (match[1] ?? match[2] ?? '').replace(/''/g, "'");
    if (target !== sheet.name) continue;
    ranges.push({ name: short, range: `${match[3]}${match[4]}:${match[5]}${match[6]}` });
  }
  return ranges.length ? { ...sheet, namedRanges: ranges } : sheet;
}

export async function readXlsx(input: ReaderInput): Promise<Workbook> {
  const pkg = openPackage(input);
  const main = pkg.mainPart() ?? (pkg.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined);
  if (!main || !pkg.has(main)) missingPart(input.path, 'workbook part (xl/workbook.xml)');
  const root = pkg.xml(main);
  const rels = pkg.rels(main);
  const date1904Attr = attr(child(root, 'workbookPr'), 'date1904');
  const date1904 = date1904Attr === '1' || date1904Attr === 'true';
  const partOf = (suffix: string) => {
    const rel = pkg.relOfType(main, suffix);
    return rel && !rel.external && pkg.has(rel.target) ? rel.target : undefined;
  };
  const stylesPart = partOf('styles');
  const stringsPart = partOf('sharedStrings');
  const maxCells = budgetOf(input.options.budget).cells;
  const ctx: SheetContext = {
    pkg,
    date1904,
    cells: { left: maxCells, limit: maxCells, path: input.path },
    styles: readStyles(stylesPart ? optionalPart(() => pkg.xml(stylesPart)) : undefined),
    strings: stringsPart ? readSharedStrings(pkg.xml(stringsPart)) : [],
  };
  const refs: SheetRef[] = [];
  for (const sheet of elements(child(root, 'sheets'), 'sheet')) {
    const rel = rels.get(relAttr(sheet, 'id') ?? '');
    if (!rel || rel.external || !pkg.has(rel.target)) continue;
    const state = attr(sheet, 'state');
    refs.push({
      name: attr(sheet, 'name') ?? `Sheet${refs.length + 1}`,
      part: rel.target,
      hidden: state === 'hidden' || state === 'veryHidden',
      chartsheet: rel.type.endsWith('/chartsheet'),
    });
  }
  const sheetNames = refs.map((ref) => ref.name);
  const definedNames = elements(child(root, 'definedNames'), 'definedName')
    .map((node) => {
      const local = attr(node, 'localSheetId');
      const scope = local !== undefined ? sheetNames[Number(local)] : undefined;
      const name = attr(node, 'name') ?? '';
      return { name: scope ? `${scope}!${name}` : name, ref: textOf(node) };
    })
    .filter((entry) => entry.name !== '');
  return {
    type: 'workbook',
    format: input.format === 'xlsx' ? 'xlsx' : input.format,
    metadata: readCoreProperties(pkg),
    date1904,
    sheets: refs.map((ref) => withNamedRanges(readSheet(ctx, ref), definedNames)),
    ...(definedNames.length ? { definedNames } : {}),
  };
}
