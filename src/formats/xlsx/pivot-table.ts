/**
 * @module pivot-table
 * A native PivotTable (ECMA-376 Part 1, §18.10 "PivotTable"): the pivot cache definition
 * (`CT_PivotCacheDefinition`, fields with shared items), its records (`CT_PivotCacheRecords`)
 * and the table definition (`CT_pivotTableDefinition`, with row/column items laid out as a
 * refreshed table would have them). The same layout also gives the cell values written
 * under the pivot, so readers that ignore pivots still see the numbers.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lib/text/calendar-names.ts';
import { escapeXml } from './chart-xml.ts';
import { cellRef } from './write-cell-ref.ts';

export type PivotAggregation = 'sum' | 'count' | 'average' | 'max' | 'min';
export type PivotValue = number | string | boolean | null;

export type PivotInput = {
  readonly name: string;
  readonly cacheId: number;
  readonly sourceSheet: string;
  /** Source range including the header row, e.g. "A1:D200". */
  readonly sourceRange: string;
  readonly headers: readonly string[];
  readonly records: readonly (readonly PivotValue[])[];
  readonly rowField: number;
  readonly columnField?: number;
  readonly dataField: number;
  readonly aggregation: PivotAggregation;
  /** 1-based top-left cell of the pivot on its sheet. */
  readonly top: number;
  readonly left: number;
};

export type PivotLayout = {
  readonly rowItems: readonly PivotValue[];
  readonly columnItems: readonly PivotValue[];
  /** The table as shown: header rows, one row per item, the grand total row. */
  readonly cells: readonly (readonly PivotValue[])[];
  /** A1 range the pivot covers. */
  readonly ref: string;
  readonly dataCaption: string;
};

export type PivotParts = {
  readonly layout: PivotLayout;
  readonly cacheDefinitionXml: string;
  readonly cacheRecordsXml: string;
  readonly tableXml: string;
};

const MAIN_NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const AGGREGATION_LABEL: Record<PivotAggregation, string> = {
  sum: 'Sum',
  count: 'Count',
  average: 'Average',
  max: 'Max',
  min: 'Min',
};

function compareItems(a: PivotValue, b: PivotValue): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

/** Where a month or weekday name ("March", "Mar", "tue") falls in its calendar, else undefined. */
function calendarPosition(value: PivotValue, names: readonly string[]): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase().replace(/\.$/, '');
  if (text.length < 3) return undefined;
  const index = names.findIndex(
    (name) => name.toLowerCase() === text || name.toLowerCase().slice(0, 3) === text,
  );
  return index >= 0 ? index : undefined;
}

/**
 * Distinct items in the order a reader expects: numbers, then text A to Z, blanks last; items
 * that are all month names (or all weekday names) in calendar order, not "Apr, Aug, Dec".
 */
function distinctSorted(values: readonly PivotValue[]): PivotValue[] {
  const seen = new Map<string, PivotValue>();
  for (const value of values) seen.set(keyOf(value), value);
  const items = [...seen.values()];
  const named = items.filter((item) => item !== null);
  for (const names of [MONTH_NAMES, MONDAY_FIRST]) {
    if (named.length < 2 || !named.every((item) => calendarPosition(item, names) !== undefined)) continue;
    const position = (item: PivotValue) => calendarPosition(item, names) ?? names.length;
    return items.sort((a, b) => position(a) - position(b));
  }
  return items.sort(compareItems);
}

const MONDAY_FIRST = [...WEEKDAY_NAMES.slice(1), WEEKDAY_NAMES[0]];

function keyOf(value: PivotValue): string {
  return value === null ? '\u0000' : `${typeof value}:${String(value)}`;
}

function aggregate(values: readonly PivotValue[], aggregation: PivotAggregation): number | null {
  if (aggregation === 'count') return values.filter((value) => value !== null && value !== '').length;
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (numbers.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return numbers.reduce((sum, value) => sum + value, 0);
    case 'average':
      return numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    case 'max':
      return numbers.reduce((high, value) => Math.max(high, value), Number.NEGATIVE_INFINITY);
    case 'min':
      return numbers.reduce((low, value) => Math.min(low, value), Number.POSITIVE_INFINITY);
  }
}

/** Groups the records the way a refreshed pivot shows them. */
export function layoutPivot(input: PivotInput): PivotLayout {
  const rowItems = distinctSorted(input.records.map((record) => record[input.rowField] ?? null));
  const columnItems =
    input.columnField === undefined
      ? []
      : distinctSorted(input.records.map((record) => record[input.columnField!] ?? null));
  const dataCaption = `${AGGREGATION_LABEL[input.aggregation]} of ${input.headers[input.dataField] ?? 'Value'}`;
  const groups = new Map<string, PivotValue[]>();
  const push = (key: string, value: PivotValue) => {
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  };
  for (const record of input.records) {
    const row = keyOf(record[input.rowField] ?? null);
    const column = input.columnField === undefined ? '' : keyOf(record[input.columnField] ?? null);
    const value = record[input.dataField] ?? null;
    push(`${row}|${column}`, value);
    push(`${row}|*`, value);
    push(`*|${column}`, value);
    push('*|*', value);
  }
  const value = (row: string, column: string) =>
    aggregate(groups.get(`${row}|${column}`) ?? [], input.aggregation);
  const label = (item: PivotValue) => (item === null ? '(blank)' : item);
  const cells: PivotValue[][] = [];
  if (input.columnField === undefined) {
    cells.push(['Row Labels', dataCaption]);
    for (const item of rowItems) cells.push([label(item), value(keyOf(item), '*')]);
    cells.push(['Grand Total', value('*', '*')]);
  } else {
    cells.push([dataCaption, 'Column Labels', ...columnItems.map(() => null)]);
    cells.push(['Row Labels', ...columnItems.map(label), 'Grand Total']);
    for (const item of rowItems) {
      cells.push([
        label(item),
        ...columnItems.map((column) => value(keyOf(item), keyOf(column))),
        value(keyOf(item), '*'),
      ]);
    }
    cells.push(['Grand Total', ...columnItems.map((column) => value('*', keyOf(column))), value('*', '*')]);
  }
  const width = cells[cells.length - 1]!.length;
  const ref = `${cellRef(input.top, input.left)}:${cellRef(input.top + cells.length - 1, input.left + width - 1)}`;
  return { rowItems, columnItems, cells, ref, dataCaption };
}

function numberAttr(value: number): string {
  return String(Number(value.toPrecision(15)));
}

type FieldCache = {
  readonly sharedXml: string;
  readonly items?: readonly PivotValue[];
  readonly index?: Map<string, number>;
};

function fieldCache(values: readonly PivotValue[], asItems: boolean): FieldCache {
  const present = values.filter((value) => value !== null && value !== '');
  const hasBlank = present.length < values.length;
  const numeric = present.length > 0 && present.every((value) => typeof value === 'number');
  const numbers = present.filter((value): value is number => typeof value === 'number');
  const numericAttrs = numeric
    ? ` containsSemiMixedTypes="0" containsString="0" containsNumber="1"${numbers.every(Number.isInteger) ? ' containsInteger="1"' : ''} minValue="${numberAttr(numbers.reduce((low, value) => Math.min(low, value)))}" maxValue="${numberAttr(numbers.reduce((high, value) => Math.max(high, value)))}"`
    : '';
  const blankAttr = hasBlank ? ' containsBlank="1"' : '';
  if (numeric && !asItems) return { sharedXml: `<sharedItems${numericAttrs}${blankAttr}/>` };
  const items = distinctSorted(
    values.map((value) =>
      value === '' ? null : typeof value === 'boolean' ? String(value).toUpperCase() : value,
    ),
  );
  const index = new Map(items.map((item, position) => [keyOf(item), position]));
  const itemXml = items
    .map((item) =>
      item === null
        ? '<m/>'
        : typeof item === 'number'
          ? `<n v="${numberAttr(item)}"/>`
          : `<s v="${escapeXml(String(item))}"/>`,
    )
    .join('');
  return {
    sharedXml: `<sharedItems${numericAttrs}${blankAttr} count="${items.length}">${itemXml}</sharedItems>`,
    items,
    index,
  };
}

/** All three parts of one pivot table. `cacheRelId` is the definition's relationship to its records. */
export function pivotParts(input: PivotInput, cacheRelId = 'rId1'): PivotParts {
  const layout = layoutPivot(input);
  const columns = input.headers.length;
  const caches = input.headers.map((_, field) => {
    const values = input.records.map((record) => record[field] ?? null);
    const axis = field === input.rowField || field === input.columnField;
    const numeric = values.every((value) => value === null || typeof value === 'number');
    return fieldCache(values, axis || !numeric);
  });
  const cacheFields = input.headers
    .map(
      (header, field) =>
        `<cacheField name="${escapeXml(header || `Column${field + 1}`)}" numFmtId="0">${caches[field]!.sharedXml}</cacheField>`,
    )
    .join('');
  const cacheDefinitionXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition ${MAIN_NS} r:id="${cacheRelId}" refreshOnLoad="1" refreshedBy="Officemate" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${input.records.length}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="${input.sourceRange}" sheet="${escapeXml(input.sourceSheet)}"/></cacheSource>` +
    `<cacheFields count="${columns}">${cacheFields}</cacheFields></pivotCacheDefinition>`;
  const records = input.records
    .map((record) => {
      const fields = input.headers
        .map((_, field) => {
          const value = record[field] ?? null;
          const cache = caches[field]!;
          if (cache.index) {
            const normalized =
              value === '' ? null : typeof value === 'boolean' ? String(value).toUpperCase() : value;
            return `<x v="${cache.index.get(keyOf(normalized)) ?? 0}"/>`;
          }
          return typeof value === 'number' ? `<n v="${numberAttr(value)}"/>` : '<m/>';
        })
        .join('');
      return `<r>${fields}</r>`;
    })
    .join('');
  const cacheRecordsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords ${MAIN_NS} count="${input.records.length}">${records}</pivotCacheRecords>`;

  const axisItems = (field: number) => {
    const items = caches[field]!.items ?? [];
    return `<items count="${items.length + 1}">${items.map((_, position) => `<item x="${position}"/>`).join('')}<item t="default"/></items>`;
  };
  const pivotFields = input.headers
    .map((_, field) => {
      if (field === input.rowField)
        return `<pivotField axis="axisRow" showAll="0">${axisItems(field)}</pivotField>`;
      if (field === input.columnField)
        return `<pivotField axis="axisCol" showAll="0">${axisItems(field)}</pivotField>`;
      if (field === input.dataField) return '<pivotField dataField="1" showAll="0"/>';
      return '<pivotField showAll="0"/>';
    })
    .join('');
  const itemsXml = (count: number) =>
    `${Array.from({ length: count }, (_, position) => (position === 0 ? '<i><x/></i>' : `<i><x v="${position}"/></i>`)).join('')}<i t="grand"><x/></i>`;
  const rowItemsXml = `<rowFields count="1"><field x="${input.rowField}"/></rowFields><rowItems count="${layout.rowItems.length + 1}">${itemsXml(layout.rowItems.length)}</rowItems>`;
  const columnXml =
    input.columnField === undefined
      ? '<colItems count="1"><i/></colItems>'
      : `<colFields count="1"><field x="${input.columnField}"/></colFields><colItems count="${layout.columnItems.length + 1}">${itemsXml(layout.columnItems.length)}</colItems>`;
  const location =
    input.columnField === undefined
      ? `<location ref="${layout.ref}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>`
      : `<location ref="${layout.ref}" firstHeaderRow="1" firstDataRow="2" firstDataCol="1"/>`;
  const tableXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition ${MAIN_NS} name="${escapeXml(input.name)}" cacheId="${input.cacheId}" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
    `${location}<pivotFields count="${columns}">${pivotFields}</pivotFields>${rowItemsXml}${columnXml}` +
    `<dataFields count="1"><dataField name="${escapeXml(layout.dataCaption)}" fld="${input.dataField}" subtotal="${input.aggregation}" baseField="0" baseItem="0"/></dataFields>` +
    '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>';
  return { layout, cacheDefinitionXml, cacheRecordsXml, tableXml };
}
