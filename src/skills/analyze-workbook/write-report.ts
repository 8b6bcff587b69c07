/**
 * @module write-report
 * The analysis written back as a workbook spec: the original sheets (formatted on request:
 * header style, number formats, widths, frozen header, colour scale and data bars, filter),
 * suggested formula columns (Profit = Revenue - Cost, Quarter and Year from a date) as real
 * formulas with cached values, an Insights sheet with native charts, and a native PivotTable
 * for a requested breakdown ("revenue by region and quarter").
 */
import type { Cell, Workbook } from '../../formats/model.ts';
import { decimalPlaces } from '../../formats/xlsx/number-format.ts';
import type { PivotAggregation } from '../../formats/xlsx/pivot-table.ts';
import { columnLetter, rangeRef } from '../../formats/xlsx/write-cell-ref.ts';
import type { ChartSpec, XlsxCell, XlsxSheetSpec, XlsxWorkbookSpec } from '../../formats/xlsx/write-xlsx.ts';
import { fail } from '../../lib/errors.ts';
import type { FullAnalysis } from './analyze-workbook.ts';
import { type Column, type DataTable, isMeasure } from './data-table.ts';
import { normalizeText, stem } from './normalize-text.ts';

export type PivotRequest = {
  readonly values: string;
  readonly rows: string;
  readonly columns?: string;
  readonly aggregation: PivotAggregation;
  /** Time parts the pivot needs that the table lacks, made from its date column. */
  readonly derived: readonly ('Year' | 'Quarter' | 'Month')[];
};

const TIME_PARTS = { year: 'Year', quarter: 'Quarter', month: 'Month' } as const;

function findByWord(table: DataTable, phrase: string): Column | undefined {
  const wanted = normalizeText(phrase).split(' ').map(stem).join(' ');
  return (
    table.columns.find((column) => normalizeText(column.name).split(' ').map(stem).join(' ') === wanted) ??
    table.columns.find((column) => normalizeText(column.name).split(' ').map(stem).includes(wanted)) ??
    table.columns.find((column) => normalizeText(column.name).includes(normalizeText(phrase)))
  );
}

/** Parses "revenue by region and quarter", "average units by product", "sum of cost by region". */
export function parsePivotRequest(text: string, table: DataTable): PivotRequest {
  const cleaned = normalizeText(text).replace(/^pivot\s+/, '');
  const match =
    /^(?:(sum|total|average|avg|mean|count|number|max|maximum|min|minimum)\s+(?:of\s+)?)?(.+?)\s+by\s+(.+?)(?:\s+(?:and|by|across|per)\s+(.+))?$/.exec(
      cleaned,
    );
  if (!match)
    fail('bad_usage', `"${text}" is not a pivot request.`, {
      hint: 'Write it as "MEASURE by ROWS [and COLUMNS]", e.g. --pivot "revenue by region and quarter".',
    });
  const word = match[1] ?? 'sum';
  const aggregation: PivotAggregation = /avg|average|mean/.test(word)
    ? 'average'
    : /count|number/.test(word)
      ? 'count'
      : /max/.test(word)
        ? 'max'
        : /min/.test(word)
          ? 'min'
          : 'sum';
  const derived: PivotRequest['derived'][number][] = [];
  const field = (phrase: string): string => {
    const column = findByWord(table, phrase);
    if (column) return column.name;
    const part = TIME_PARTS[stem(phrase) as keyof typeof TIME_PARTS];
    if (part && table.columns.some((item) => item.type === 'date' && item.unit !== 'year')) {
      derived.push(part);
      return part;
    }
    return fail('bad_usage', `The table ${table.name} has no column like "${phrase}".`, {
      hint: `Columns: ${table.columns.map((item) => item.name).join(', ')}.`,
    });
  };
  const values = field(match[2]!);
  const rows = field(match[3]!);
  const columns = match[4] ? field(match[4]) : undefined;
  return { values, rows, ...(columns ? { columns } : {}), aggregation, derived };
}

function toXlsx(cell: Cell | null): XlsxCell {
  if (!cell || cell.type === 'empty') return null;
  let value: XlsxCell = cell.value;
  if (cell.type === 'date' && typeof cell.value === 'string') {
    const time = Date.parse(
      cell.value.length === 10
        ? `${cell.value}T00:00:00Z`
        : cell.value.endsWith('Z')
          ? cell.value
          : `${cell.value}Z`,
    );
    if (!Number.isNaN(time)) value = new Date(time);
  }
  if (cell.formula || cell.numberFormat) {
    return {
      value: value as Exclude<XlsxCell, object> | Date,
      ...(cell.formula ? { formula: cell.formula } : {}),
      ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
    };
  }
  return value;
}

/** The most decimals a column's values are written with (at most `cap`): "0.272" has 3. */
function decimalsOf(values: readonly (number | null)[], cap: number, scale = 1): number {
  let most = 0;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    const text = String(Number((value * scale).toPrecision(12)));
    const decimals = /e-/.test(text) ? cap : (text.split('.')[1]?.length ?? 0);
    most = Math.max(most, Math.min(cap, decimals));
  }
  return most;
}

/**
 * A display format that shows every column's figures as written: a pass rate of 0.847
 * keeps its third decimal and a price of $12.50 its cents (two decimals, then "0.85" and "$13",
 * were shown for them).
 */
function formatFor(column: Column): string | undefined {
  if (column.numberFormat && column.numberFormat !== 'General') return column.numberFormat;
  if (column.type === 'currency') {
    const decimals = decimalsOf(column.numbers, 4);
    return `"${column.unit ?? '$'}"#,##0${decimalPlaces(decimals > 0 ? Math.max(2, decimals) : 0)}`;
  }
  if (column.type === 'percent') return `0${decimalPlaces(Math.max(1, decimalsOf(column.numbers, 3, 100)))}%`;
  if (column.type === 'date' && column.unit !== 'year') return 'yyyy-mm-dd';
  if (column.type === 'number') {
    const decimals = decimalsOf(column.numbers, 4);
    return `#,##0${decimalPlaces(decimals === 0 ? 0 : Math.max(2, decimals))}`;
  }
  return undefined;
}

type Derived = {
  readonly name: string;
  readonly formula: (row: number) => string;
  readonly value: (row: number) => string | number | null;
  readonly numberFormat?: string;
};

function derivedColumns(table: DataTable, request: PivotRequest | undefined): Derived[] {
  const out: Derived[] = [];
  const revenue = table.columns.find(
    (column) => isMeasure(column) && /revenue|sales|income|turnover/i.test(column.name),
  );
  const cost = table.columns.find(
    (column) => isMeasure(column) && /\bcosts?\b|expenses?|cogs|spend/i.test(column.name),
  );
  const has = (name: string) =>
    table.columns.some((column) => column.name.toLowerCase() === name.toLowerCase());
  if (revenue && cost && !has('Profit')) {
    const r = columnLetter(revenue.sheetColumn);
    const c = columnLetter(cost.sheetColumn);
    out.push({
      name: 'Profit',
      formula: (row) => `${r}${table.rowNumbers[row]}-${c}${table.rowNumbers[row]}`,
      value: (row) => (revenue.numbers[row] ?? 0) - (cost.numbers[row] ?? 0),
      ...(formatFor(revenue) ? { numberFormat: formatFor(revenue)! } : {}),
    });
    out.push({
      name: 'Margin',
      formula: (row) =>
        `IF(${r}${table.rowNumbers[row]}=0,0,(${r}${table.rowNumbers[row]}-${c}${table.rowNumbers[row]})/${r}${table.rowNumbers[row]})`,
      value: (row) => {
        const rev = revenue.numbers[row] ?? 0;
        return rev === 0 ? 0 : Number(((rev - (cost.numbers[row] ?? 0)) / rev).toPrecision(15));
      },
      numberFormat: '0.0%',
    });
  }
  const date = table.columns.find((column) => column.type === 'date' && column.unit !== 'year');
  if (date && request) {
    const d = columnLetter(date.sheetColumn);
    const month = (row: number) => {
      const iso = date.dates?.[row];
      return iso ? Number(iso.slice(5, 7)) : null;
    };
    for (const part of request.derived) {
      if (part === 'Year')
        out.push({
          name: 'Year',
          formula: (row) => `YEAR(${d}${table.rowNumbers[row]})`,
          value: (row) => (date.dates?.[row] ? Number(date.dates[row]!.slice(0, 4)) : null),
        });
      if (part === 'Quarter')
        out.push({
          name: 'Quarter',
          formula: (row) => `"Q"&ROUNDUP(MONTH(${d}${table.rowNumbers[row]})/3,0)`,
          value: (row) => (month(row) ? `Q${Math.ceil(month(row)! / 3)}` : null),
        });
      if (part === 'Month')
        out.push({
          name: 'Month',
          formula: (row) => `MONTH(${d}${table.rowNumbers[row]})`,
          value: (row) => month(row),
        });
    }
  }
  return out;
}

function sheetName(name: string, used: Set<string>): string {
  let base = name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
  let n = 2;
  while (used.has(base.toLowerCase())) base = `${name.slice(0, 27)} (${n++})`;
  used.add(base.toLowerCase());
  return base;
}

export type ReportOptions = {
  readonly format: boolean;
  readonly pivot?: PivotRequest;
  /** The table the pivot and the suggested formulas belong to. */
  readonly table?: DataTable;
  readonly title: string;
};

/** Builds the workbook to write: original sheets, formulas, Insights sheet with charts, pivot. */
export function buildReportWorkbook(
  workbook: Workbook,
  report: FullAnalysis,
  options: ReportOptions,
): XlsxWorkbookSpec {
  const used = new Set<string>();
  const names = new Map(workbook.sheets.map((sheet) => [sheet.name, sheetName(sheet.name, used)]));
  const sheets: XlsxSheetSpec[] = [];
  let pivotSource: { sheet: string; range: string } | undefined;
  for (const sheet of workbook.sheets) {
    const rows: XlsxCell[][] = sheet.rows.map((row) => row.map(toXlsx));
    const tables = report.dataTables.filter((table) => table.sheet === sheet.name) ?? [];
    const main = options.table && options.table.sheet === sheet.name ? options.table : undefined;
    const headerRows: number[] = [];
    const columnFormats: Record<number, string> = {};
    const conditionalFormats: { range: string; kind: 'color-scale' | 'data-bar' }[] = [];
    let autoFilter: string | undefined;
    let freeze: { rows: number } | undefined;
    if (main) {
      const derived = derivedColumns(main, options.pivot);
      const headerRow = (main.headerRows[main.headerRows.length - 1] ?? main.rowNumbers[0]! - 1) - 1;
      const right = Math.max(...main.columns.map((column) => column.sheetColumn));
      derived.forEach((item, offset) => {
        const column = right + offset;
        while (rows.length <= headerRow) rows.push([]);
        const header = rows[headerRow]!;
        while (header.length <= column) header.push(null);
        header[column] = item.name;
        main.rowNumbers.forEach((sheetRow, row) => {
          const line = rows[sheetRow - 1] ?? [];
          rows[sheetRow - 1] = line;
          while (line.length <= column) line.push(null);
          line[column] = {
            formula: item.formula(row),
            value: item.value(row),
            ...(item.numberFormat ? { numberFormat: item.numberFormat } : {}),
          };
        });
      });
      const lastColumn = right + derived.length;
      const first = main.headerRows[0] ?? main.rowNumbers[0]!;
      const last = main.rowNumbers[main.rowNumbers.length - 1]!;
      pivotSource = {
        sheet: names.get(sheet.name)!,
        range: rangeRef(headerRow + 1, main.columns[0]!.sheetColumn, last, lastColumn),
      };
      if (options.format)
        autoFilter = rangeRef(headerRow + 1, main.columns[0]!.sheetColumn, last, lastColumn);
      void first;
    }
    if (options.format) {
      for (const table of tables) {
        headerRows.push(...table.headerRows);
        const measures = table.columns.filter(isMeasure);
        for (const column of table.columns) {
          const format = formatFor(column);
          if (format) columnFormats[column.sheetColumn - 1] = format;
        }
        const top = table.rowNumbers[0]!;
        const bottom = table.rowNumbers[table.rowNumbers.length - 1]!;
        if (measures[0])
          conditionalFormats.push({
            range: `${columnLetter(measures[0].sheetColumn)}${top}:${columnLetter(measures[0].sheetColumn)}${bottom}`,
            kind: 'color-scale',
          });
        if (measures[1])
          conditionalFormats.push({
            range: `${columnLetter(measures[1].sheetColumn)}${top}:${columnLetter(measures[1].sheetColumn)}${bottom}`,
            kind: 'data-bar',
          });
      }
      if (tables[0]?.headerRows.length && !freeze)
        freeze = { rows: tables[0].headerRows[tables[0].headerRows.length - 1]! };
    }
    sheets.push({
      name: names.get(sheet.name)!,
      rows,
      ...(options.format
        ? { columnWidths: 'auto' as const, headerRows, columnFormats, conditionalFormats }
        : {}),
      ...(freeze ? { freeze } : {}),
      ...(autoFilter ? { autoFilter } : {}),
      ...(sheet.hidden ? { hidden: true } : {}),
    });
  }

  // Insights sheet, with each chart's data in a block to the right and the chart beside the list.
  const insightsName = sheetName('Insights', used);
  const dataName = sheetName('Insight Data', used);
  const insightRows: XlsxCell[][] = [[{ value: options.title, bold: true }], []];
  insightRows.push(['#', 'Insight', 'Score', 'Source cells']);
  report.insights.forEach((insight, index) => {
    insightRows.push([
      index + 1,
      { value: insight.sentence, wrap: true },
      { value: Number(insight.score.toFixed(2)), numberFormat: '0.00' },
      insight.cells,
    ]);
  });
  if (report.insights.length === 0)
    insightRows.push([
      '',
      'Nothing stands out: no trend, outlier, correlation or concentration passed its significance test.',
    ]);
  if (report.answer) {
    insightRows.push(
      [],
      [{ value: 'Question', bold: true }, report.answer.question],
      [{ value: 'Answer', bold: true }, report.answer.text],
      [{ value: 'How', bold: true }, report.answer.planText],
      [{ value: 'Cells', bold: true }, report.answer.cells],
    );
  }
  const dataRows: XlsxCell[][] = [];
  const charts: ChartSpec[] = [];
  let dataColumn = 0;
  report.insights.slice(0, 6).forEach((insight, index) => {
    const chart = insight.chart;
    const width = 1 + chart.series.length;
    const put = (row: number, column: number, value: XlsxCell) => {
      while (dataRows.length <= row) dataRows.push([]);
      const line = dataRows[row]!;
      while (line.length <= column) line.push(null);
      line[column] = value;
    };
    put(0, dataColumn, { value: chart.categoryLabel, bold: true });
    for (const [s, series] of chart.series.entries())
      put(0, dataColumn + 1 + s, { value: series.name, bold: true });
    chart.categories.forEach((category, r) => {
      put(r + 1, dataColumn, category);
      for (const [s, series] of chart.series.entries())
        put(r + 1, dataColumn + 1 + s, series.values[r] ?? null);
    });
    const categoryLetter = columnLetter(dataColumn + 1);
    const last = chart.categories.length + 1;
    charts.push({
      kind: chart.kind,
      title: chart.title,
      dataSheet: dataName,
      categories: `${categoryLetter}2:${categoryLetter}${last}`,
      series: chart.series.map((_, s) => ({
        nameCell: `${columnLetter(dataColumn + 2 + s)}1`,
        values: `${columnLetter(dataColumn + 2 + s)}2:${columnLetter(dataColumn + 2 + s)}${last}`,
      })),
      at: `F${3 + index * 18}`,
      width: 8,
      height: 16,
    });
    dataColumn += width + 1;
  });
  sheets.push({
    name: insightsName,
    rows: insightRows,
    columnWidths: [4, 90, 7, 40],
    headerRows: [3],
    charts,
  });
  if (dataRows.length) sheets.push({ name: dataName, rows: dataRows, columnWidths: 'auto' });

  if (options.pivot && pivotSource) {
    const pivotName = sheetName('Pivot', used);
    const title = `${options.pivot.aggregation === 'sum' ? 'Total' : options.pivot.aggregation} ${options.pivot.values} by ${options.pivot.rows}${options.pivot.columns ? ` and ${options.pivot.columns}` : ''}`;
    const measure = options.table?.columns.find((column) => column.name === options.pivot!.values);
    const numberFormat = measure ? formatFor(measure) : undefined;
    sheets.push({
      name: pivotName,
      rows: [[{ value: title, bold: true }]],
      columnWidths: 'auto',
      pivots: [
        {
          name: 'OfficematePivot',
          source: pivotSource,
          rows: options.pivot.rows,
          ...(options.pivot.columns ? { columns: options.pivot.columns } : {}),
          values: options.pivot.values,
          aggregation: options.pivot.aggregation,
          at: 'A3',
          ...(numberFormat ? { numberFormat } : {}),
        },
      ],
    });
  }
  return { sheets, title: options.title };
}
