/**
 * @module write-xlsx
 * Writes a workbook spec to .xlsx: exceljs for cells, styles, number formats, widths, freeze
 * panes, conditional formats and formulas (with cached values), then the zip is
 * post-processed to add what exceljs cannot write: native DrawingML charts and PivotTables.
 * Output is deterministic for a fixed clock.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Clock } from '../../lib/clock.ts';
import { fail } from '../../lib/errors.ts';
import {
  type ChartKind,
  chartPartXml,
  drawingPartXml,
  type ResolvedChart,
  type ResolvedSeries,
} from './chart-xml.ts';
import { type PivotAggregation, type PivotValue, pivotParts } from './pivot-table.ts';
import { absoluteRef, type CellRange, columnLetter, parseRange } from './write-cell-ref.ts';
import {
  addContentType,
  addRelationship,
  CONTENT_TYPE,
  deterministicZip,
  insertInWorksheet,
  REL_TYPE,
  sheetParts,
} from './write-package.ts';

export type XlsxValue = number | string | boolean | Date | null;

export type XlsxCellSpec = {
  readonly value?: XlsxValue;
  /** A formula without the leading "=", e.g. "B2-C2". `value` is its cached result. */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Fill colour as RRGGBB. */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly wrap?: boolean;
};

export type XlsxCell = XlsxValue | XlsxCellSpec;

export type ConditionalFormatSpec = { readonly range: string; readonly kind: 'color-scale' | 'data-bar' };

export type ChartSpec = {
  readonly kind: ChartKind;
  readonly title: string;
  /** Sheet holding the data (default: the sheet the chart is on). */
  readonly dataSheet?: string;
  /** Category (or x) range, e.g. "A2:A13". */
  readonly categories: string;
  readonly series: readonly { readonly name?: string; readonly nameCell?: string; readonly values: string }[];
  readonly numberFormat?: string;
  /** Top-left cell of the chart, e.g. "H2". */
  readonly at: string;
  /** Size in columns and rows (default 8 × 16). */
  readonly width?: number;
  readonly height?: number;
};

export type PivotSpec = {
  readonly name?: string;
  readonly source: { readonly sheet: string; readonly range: string };
  /** Header names of the source fields. */
  readonly rows: string;
  readonly columns?: string;
  readonly values: string;
  readonly aggregation?: PivotAggregation;
  /** Top-left cell on this sheet. */
  readonly at: string;
  readonly numberFormat?: string;
};

export type XlsxSheetSpec = {
  readonly name: string;
  /** Dense rows from A1. */
  readonly rows: readonly (readonly XlsxCell[])[];
  /** Widths in characters, by 0-based column; `auto` fits the content. */
  readonly columnWidths?: readonly (number | undefined)[] | 'auto';
  readonly freeze?: { readonly rows?: number; readonly columns?: number };
  /** 1-based rows styled as headers (bold, fill, bottom border). */
  readonly headerRows?: readonly number[];
  /** Number formats for whole columns below the header, by 0-based column. */
  readonly columnFormats?: Readonly<Record<number, string>>;
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  readonly autoFilter?: string;
  readonly charts?: readonly ChartSpec[];
  readonly pivots?: readonly PivotSpec[];
  readonly hidden?: boolean;
};

export type XlsxWorkbookSpec = {
  readonly sheets: readonly XlsxSheetSpec[];
  readonly title?: string;
  readonly creator?: string;
};

export type WriteXlsxOptions = { readonly clock: Clock };

function isSpec(cell: XlsxCell): cell is XlsxCellSpec {
  return cell !== null && typeof cell === 'object' && !(cell instanceof Date);
}

function cellValueOf(cell: XlsxCell | undefined): XlsxValue {
  if (cell === undefined) return null;
  return isSpec(cell) ? (cell.value ?? null) : cell;
}

/** Character widths of a portrait A4/Letter page at 100%; a wider sheet prints in landscape. */
const PORTRAIT_WIDTH = 95;

/**
 * Prints a sheet one page wide (as many pages tall as it needs), in landscape when its columns
 * are wider than a portrait page: a wide sheet otherwise prints its first column alone on one
 * page ("Insig" of "Insights") and the rest on the next.
 */
function printOnePageWide(worksheet: ExcelJS.Worksheet, columns: number): void {
  let width = 0;
  for (let c = 1; c <= columns; c++) width += worksheet.getColumn(c).width ?? 9;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    orientation: width > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
  };
}

/** Cell grids, with pivot layouts written into their target sheets. */
type Grid = XlsxCell[][];

function setCell(grid: Grid, row: number, column: number, cell: XlsxCell): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row]!;
  while (line.length <= column) line.push(null);
  line[column] = cell;
}

function toPivotValue(value: XlsxValue): PivotValue {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

type PlannedPivot = { readonly sheet: string; readonly parts: ReturnType<typeof pivotParts> };

function planPivots(spec: XlsxWorkbookSpec, grids: Map<string, Grid>): PlannedPivot[] {
  const planned: PlannedPivot[] = [];
  for (const sheet of spec.sheets) {
    for (const pivot of sheet.pivots ?? []) {
      const source = grids.get(pivot.source.sheet);
      if (!source)
        fail('bad_usage', `The pivot's source sheet "${pivot.source.sheet}" is not in the workbook.`, {
          hint: 'Name a sheet of the workbook being written.',
        });
      const range = parseRange(pivot.source.range);
      const headers: string[] = [];
      for (let column = range.left; column <= range.right; column++)
        headers.push(String(cellValueOf(source[range.top - 1]?.[column - 1]) ?? ''));
      const field = (name: string) => {
        const index = headers.findIndex((header) => header.toLowerCase() === name.toLowerCase());
        if (index < 0)
          fail(
            'bad_usage',
            `The pivot field "${name}" is not a column of ${pivot.source.sheet}!${pivot.source.range}.`,
            { hint: `Columns: ${headers.join(', ')}.` },
          );
        return index;
      };
      const records: PivotValue[][] = [];
      for (let row = range.top + 1; row <= range.bottom; row++) {
        const record: PivotValue[] = [];
        for (let column = range.left; column <= range.right; column++)
          record.push(toPivotValue(cellValueOf(source[row - 1]?.[column - 1])));
        records.push(record);
      }
      const at = parseRange(pivot.at);
      const cacheId = planned.length + 1;
      const parts = pivotParts({
        name: pivot.name ?? `PivotTable${cacheId}`,
        cacheId,
        sourceSheet: pivot.source.sheet,
        sourceRange: pivot.source.range,
        headers,
        records,
        rowField: field(pivot.rows),
        ...(pivot.columns ? { columnField: field(pivot.columns) } : {}),
        dataField: field(pivot.values),
        aggregation: pivot.aggregation ?? 'sum',
        top: at.top,
        left: at.left,
      });
      const grid = grids.get(sheet.name)!;
      for (const [r, line] of parts.layout.cells.entries()) {
        for (const [c, value] of line.entries()) {
          const header =
            r === 0 ||
            (pivot.columns !== undefined && r === 1) ||
            r === parts.layout.cells.length - 1 ||
            c === 0;
          const isNumber = typeof value === 'number';
          setCell(grid, at.top - 1 + r, at.left - 1 + c, {
            value,
            ...(header && !isNumber ? { bold: true } : {}),
            ...(isNumber && pivot.numberFormat ? { numberFormat: pivot.numberFormat } : {}),
          });
        }
      }
      planned.push({ sheet: sheet.name, parts });
    }
  }
  return planned;
}

function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

function displayLength(value: XlsxValue, format?: string): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number')
    return Math.min(String(Number(value.toPrecision(10))).length + (format?.includes(',') ? 4 : 1), 18);
  return Math.max(
    ...String(value)
      .split('\n')
      .map((line) => line.length),
  );
}

/** Points per line of text at the default 11 pt font. */
const LINE_HEIGHT = 15;
/** The tallest row Excel allows, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * Rows holding wrapped text get the height of their longest cell's lines. A row written without
 * a height stays one line tall in LibreOffice and in Excel until edited, so a long wrapped
 * insight overprinted the rows below it.
 */
function fitWrappedRows(worksheet: ExcelJS.Worksheet, grid: Grid): void {
  grid.forEach((line, r) => {
    let lines = 1;
    line.forEach((cell, c) => {
      if (!isSpec(cell) || !cell.wrap || typeof cell.value !== 'string') return;
      // A character of text is narrower than the digit a column's width counts: one per unit is safe.
      const perLine = Math.max(1, Math.floor(worksheet.getColumn(c + 1).width ?? 9));
      const needed = cell.value
        .split('\n')
        .reduce((sum, text) => sum + Math.max(1, Math.ceil(text.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    if (lines === 1) return;
    const row = worksheet.getRow(r + 1);
    row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
    // The row's other cells line up with the top of its wrapped text, not with its last line.
    line.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      const target = row.getCell(c + 1);
      if (!target.alignment?.vertical) target.alignment = { ...target.alignment, vertical: 'top' };
    });
  });
}

function fillSheet(worksheet: ExcelJS.Worksheet, sheet: XlsxSheetSpec, grid: Grid): void {
  const headerRows = new Set(sheet.headerRows ?? []);
  grid.forEach((line, r) => {
    line.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      const target = worksheet.getCell(r + 1, c + 1);
      const value = cellValueOf(cell);
      if (isSpec(cell) && cell.formula) {
        target.value = {
          formula: cell.formula,
          result: value === null ? undefined : (value as number | string | boolean | Date),
        } as ExcelJS.CellFormulaValue;
      } else {
        target.value = value as ExcelJS.CellValue;
      }
      const columnFormat = headerRows.has(r + 1) ? undefined : sheet.columnFormats?.[c];
      const format =
        (isSpec(cell) ? cell.numberFormat : undefined) ??
        columnFormat ??
        (value instanceof Date ? 'yyyy-mm-dd' : undefined);
      if (format) target.numFmt = format;
      if (isSpec(cell) && (cell.bold || cell.italic || cell.fontColor)) {
        target.font = {
          ...(cell.bold ? { bold: true } : {}),
          ...(cell.italic ? { italic: true } : {}),
          ...(cell.fontColor ? { color: { argb: argb(cell.fontColor) } } : {}),
        };
      }
      if (isSpec(cell) && cell.fill)
        target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.fill) } };
      if (isSpec(cell) && cell.wrap) target.alignment = { wrapText: true, vertical: 'top' };
      if (headerRows.has(r + 1)) {
        target.font = { bold: true, color: { argb: 'FF1F2937' } };
        target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
        target.border = { bottom: { style: 'thin', color: { argb: 'FF5B7DB1' } } };
        target.alignment = { vertical: 'middle', wrapText: true };
      }
    });
  });
  const columns = grid.reduce((widest, line) => Math.max(widest, line.length), 0);
  for (let c = 0; c < columns; c++) {
    let width: number | undefined;
    if (sheet.columnWidths === 'auto') {
      // The first 2,000 rows are enough to size a column (and spreading a million rows would overflow the stack).
      let longest = 0;
      for (const line of grid.slice(0, 2000))
        longest = Math.max(longest, displayLength(cellValueOf(line[c]), sheet.columnFormats?.[c]));
      width = Math.min(Math.max(longest + 2, 8), 60);
    } else {
      width = sheet.columnWidths?.[c];
    }
    if (width !== undefined) worksheet.getColumn(c + 1).width = width;
  }
  fitWrappedRows(worksheet, grid);
  printOnePageWide(worksheet, columns);
  if (sheet.freeze && ((sheet.freeze.rows ?? 0) > 0 || (sheet.freeze.columns ?? 0) > 0)) {
    const xSplit = sheet.freeze.columns ?? 0;
    const ySplit = sheet.freeze.rows ?? 0;
    worksheet.views = [
      {
        state: 'frozen',
        xSplit,
        ySplit,
        topLeftCell: `${columnLetter(xSplit + 1)}${ySplit + 1}`,
        activeCell: 'A1',
      },
    ];
  }
  for (const [index, format] of (sheet.conditionalFormats ?? []).entries()) {
    const priority = index + 1;
    if (format.kind === 'color-scale') {
      worksheet.addConditionalFormatting({
        ref: format.range,
        rules: [
          {
            type: 'colorScale',
            priority,
            cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
            color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
          } as ExcelJS.ColorScaleRuleType,
        ],
      });
    } else {
      worksheet.addConditionalFormatting({
        ref: format.range,
        rules: [
          {
            type: 'dataBar',
            priority,
            cfvo: [{ type: 'min' }, { type: 'max' }],
            color: { argb: 'FF638EC6' },
            gradient: true,
          } as unknown as ExcelJS.DataBarRuleType,
        ],
      });
    }
  }
  if (sheet.autoFilter) worksheet.autoFilter = sheet.autoFilter;
}

function rangeValues(grid: Grid, range: CellRange): XlsxValue[] {
  const values: XlsxValue[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++)
      values.push(cellValueOf(grid[row - 1]?.[column - 1]));
  }
  return values;
}

function resolveChart(chart: ChartSpec, sheetName: string, grids: Map<string, Grid>): ResolvedChart {
  const dataSheet = chart.dataSheet ?? sheetName;
  const grid = grids.get(dataSheet);
  if (!grid)
    fail(
      'bad_usage',
      `The chart "${chart.title}" reads from sheet "${dataSheet}", which is not in the workbook.`,
    );
  const categoryRange = parseRange(chart.categories);
  const categories = rangeValues(grid, categoryRange).map((value) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? value
        : String(value ?? ''),
  );
  const series: ResolvedSeries[] = chart.series.map((item, index) => {
    const valuesRange = parseRange(item.values);
    const nameRange = item.nameCell ? parseRange(item.nameCell) : undefined;
    const name =
      item.name ??
      (nameRange
        ? String(cellValueOf(grid[nameRange.top - 1]?.[nameRange.left - 1]) ?? '')
        : `Series ${index + 1}`);
    return {
      name,
      ...(nameRange ? { nameRef: absoluteRef(dataSheet, nameRange) } : {}),
      categoriesRef: absoluteRef(dataSheet, categoryRange),
      categories,
      valuesRef: absoluteRef(dataSheet, valuesRange),
      values: rangeValues(grid, valuesRange).map((value) => (typeof value === 'number' ? value : null)),
    };
  });
  const at = parseRange(chart.at);
  return {
    kind: chart.kind,
    title: chart.title,
    series,
    ...(chart.numberFormat ? { numberFormat: chart.numberFormat } : {}),
    from: { col: at.left - 1, row: at.top - 1 },
    to: { col: at.left - 1 + (chart.width ?? 8), row: at.top - 1 + (chart.height ?? 16) },
  };
}

const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

async function addCharts(
  zip: JSZip,
  parts: Map<string, string>,
  spec: XlsxWorkbookSpec,
  grids: Map<string, Grid>,
): Promise<void> {
  let chartNumber = 0;
  let drawingNumber = 0;
  for (const sheet of spec.sheets) {
    if (!sheet.charts?.length) continue;
    const sheetPath = parts.get(sheet.name);
    if (!sheetPath) continue;
    const drawingPath = `xl/drawings/drawing${++drawingNumber}.xml`;
    const anchored: { chart: ResolvedChart; relId: string }[] = [];
    for (const chart of sheet.charts) {
      const resolved = resolveChart(chart, sheet.name, grids);
      const chartPath = `xl/charts/chart${++chartNumber}.xml`;
      zip.file(chartPath, chartPartXml(resolved));
      await addContentType(zip, chartPath, CONTENT_TYPE.chart);
      const relId = await addRelationship(
        zip,
        drawingPath,
        REL_TYPE.chart,
        `../charts/chart${chartNumber}.xml`,
      );
      anchored.push({ chart: resolved, relId });
    }
    zip.file(drawingPath, drawingPartXml(anchored));
    await addContentType(zip, drawingPath, CONTENT_TYPE.drawing);
    const relId = await addRelationship(
      zip,
      sheetPath,
      REL_TYPE.drawing,
      `../drawings/drawing${drawingNumber}.xml`,
    );
    const xml = await zip.file(sheetPath)!.async('string');
    zip.file(sheetPath, insertInWorksheet(xml, `<drawing r:id="${relId}"/>`, AFTER_DRAWING));
  }
}

async function addPivots(
  zip: JSZip,
  parts: Map<string, string>,
  pivots: readonly PlannedPivot[],
): Promise<void> {
  if (pivots.length === 0) return;
  const caches: string[] = [];
  for (const [index, pivot] of pivots.entries()) {
    const n = index + 1;
    const definitionPath = `xl/pivotCache/pivotCacheDefinition${n}.xml`;
    const recordsPath = `xl/pivotCache/pivotCacheRecords${n}.xml`;
    const tablePath = `xl/pivotTables/pivotTable${n}.xml`;
    const recordsRel = await addRelationship(
      zip,
      definitionPath,
      REL_TYPE.pivotCacheRecords,
      `pivotCacheRecords${n}.xml`,
    );
    zip.file(definitionPath, pivot.parts.cacheDefinitionXml.replace(/r:id="rId1"/, `r:id="${recordsRel}"`));
    zip.file(recordsPath, pivot.parts.cacheRecordsXml);
    zip.file(tablePath, pivot.parts.tableXml);
    await addRelationship(
      zip,
      tablePath,
      REL_TYPE.pivotCacheDefinition,
      `../pivotCache/pivotCacheDefinition${n}.xml`,
    );
    await addContentType(zip, definitionPath, CONTENT_TYPE.pivotCacheDefinition);
    await addContentType(zip, recordsPath, CONTENT_TYPE.pivotCacheRecords);
    await addContentType(zip, tablePath, CONTENT_TYPE.pivotTable);
    const sheetPath = parts.get(pivot.sheet);
    if (sheetPath)
      await addRelationship(zip, sheetPath, REL_TYPE.pivotTable, `../pivotTables/pivotTable${n}.xml`);
    const workbookRel = await addRelationship(
      zip,
      'xl/workbook.xml',
      REL_TYPE.pivotCacheDefinition,
      `pivotCache/pivotCacheDefinition${n}.xml`,
    );
    caches.push(`<pivotCache cacheId="${n}" r:id="${workbookRel}"/>`);
  }
  let workbook = await zip.file('xl/workbook.xml')!.async('string');
  const element = `<pivotCaches>${caches.join('')}</pivotCaches>`;
  const before = [
    '<smartTagPr',
    '<smartTagTypes',
    '<webPublishing',
    '<fileRecoveryPr',
    '<webPublishObjects',
    '<extLst',
    '</workbook>',
  ]
    .map((tag) => workbook.indexOf(tag))
    .filter((index) => index >= 0);
  const at = Math.min(...before);
  workbook = workbook.slice(0, at) + element + workbook.slice(at);
  zip.file('xl/workbook.xml', workbook);
}

/** Writes the spec to .xlsx bytes. */
export async function writeXlsx(spec: XlsxWorkbookSpec, options: WriteXlsxOptions): Promise<Buffer> {
  if (spec.sheets.length === 0) fail('bad_usage', 'A workbook needs at least one sheet.');
  const names = new Set<string>();
  for (const sheet of spec.sheets) {
    if (!sheet.name || sheet.name.length > 31 || /[\\/?*[\]:]/.test(sheet.name)) {
      fail('bad_usage', `"${sheet.name}" is not a valid sheet name.`, {
        hint: 'Use 1 to 31 characters, none of \\ / ? * [ ] :.',
      });
    }
    if (names.has(sheet.name.toLowerCase()))
      fail('bad_usage', `Two sheets are named "${sheet.name}".`, { hint: 'Sheet names must be unique.' });
    names.add(sheet.name.toLowerCase());
  }
  const now = options.clock.now();
  const grids = new Map<string, Grid>(
    spec.sheets.map((sheet) => [sheet.name, sheet.rows.map((row) => [...row])]),
  );
  const pivots = planPivots(spec, grids);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.creator ?? 'Officemate';
  workbook.lastModifiedBy = spec.creator ?? 'Officemate';
  workbook.created = now;
  workbook.modified = now;
  if (spec.title) workbook.title = spec.title;
  for (const sheet of spec.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, sheet.hidden ? { state: 'hidden' } : {});
    fillSheet(worksheet, sheet, grids.get(sheet.name)!);
  }
  const raw = await workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  const parts = await sheetParts(zip);
  for (const path of parts.values()) {
    // exceljs adds an x14 extension with an empty id to each data bar; Excel repairs such files.
    const xml = await zip.file(path)?.async('string');
    if (xml?.includes('<x14:id/>'))
      zip.file(
        path,
        xml.replace(
          /<extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*><x14:id\/><\/ext><\/extLst>/g,
          '',
        ),
      );
  }
  await addCharts(zip, parts, spec, grids);
  await addPivots(zip, parts, pivots);
  return deterministicZip(zip, now);
}
