import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../lib/clock.ts';
import { convertWithLibreOffice, pdfPageCount } from '../../lib/libreoffice.ts';
import { readFile } from '../read-file.ts';
import { layoutPivot } from './pivot-table.ts';
import { writeXlsx, type XlsxWorkbookSpec } from './write-xlsx.ts';

const clock = fixedClock('2026-03-12T09:00:00Z');
const regions = ['East', 'West', 'North'];
const quarters = ['Q1', 'Q2', 'Q3', 'Q4'];
const data = regions.flatMap((region, r) =>
  quarters.map((quarter, q) => [region, quarter, 100 + r * 50 + q * 10, 60 + r * 20 + q * 5]),
);

function sampleSpec(): XlsxWorkbookSpec {
  return {
    title: 'Sales',
    sheets: [
      {
        name: 'Sales Data',
        rows: [
          ['Region', 'Quarter', 'Revenue', 'Cost', 'Profit'],
          ...data.map((row, i) => [
            ...row,
            { formula: `C${i + 2}-D${i + 2}`, value: (row[2] as number) - (row[3] as number) },
          ]),
        ],
        headerRows: [1],
        freeze: { rows: 1 },
        columnWidths: 'auto',
        columnFormats: { 2: '#,##0', 3: '#,##0', 4: '#,##0' },
        conditionalFormats: [
          { range: `C2:C${data.length + 1}`, kind: 'color-scale' },
          { range: `E2:E${data.length + 1}`, kind: 'data-bar' },
        ],
        autoFilter: `A1:E${data.length + 1}`,
        charts: [
          {
            kind: 'column',
            title: 'Revenue by row',
            categories: `A2:A${data.length + 1}`,
            series: [{ nameCell: 'C1', values: `C2:C${data.length + 1}` }],
            at: 'G2',
          },
          {
            kind: 'line',
            title: 'Cost',
            categories: `B2:B${data.length + 1}`,
            series: [{ nameCell: 'D1', values: `D2:D${data.length + 1}` }],
            at: 'G20',
          },
        ],
      },
      {
        name: 'Pivot',
        rows: [],
        pivots: [
          {
            source: { sheet: 'Sales Data', range: `A1:E${data.length + 1}` },
            rows: 'Region',
            columns: 'Quarter',
            values: 'Revenue',
            at: 'A3',
          },
        ],
        charts: [
          {
            kind: 'pie',
            title: 'Share',
            dataSheet: 'Sales Data',
            categories: 'A2:A4',
            series: [{ name: 'Revenue', values: 'C2:C4' }],
            at: 'H3',
          },
        ],
      },
    ],
  };
}

describe('layoutPivot', () => {
  it('groups, totals and lays out rows and columns', () => {
    const layout = layoutPivot({
      name: 'P',
      cacheId: 1,
      sourceSheet: 'S',
      sourceRange: 'A1:C5',
      headers: ['Region', 'Quarter', 'Revenue'],
      records: [
        ['West', 'Q1', 5],
        ['East', 'Q1', 2],
        ['East', 'Q2', 3],
        ['West', 'Q2', 1],
      ],
      rowField: 0,
      columnField: 1,
      dataField: 2,
      aggregation: 'sum',
      top: 3,
      left: 1,
    });
    expect(layout.cells).toEqual([
      ['Sum of Revenue', 'Column Labels', null, null],
      ['Row Labels', 'Q1', 'Q2', 'Grand Total'],
      ['East', 2, 3, 5],
      ['West', 5, 1, 6],
      ['Grand Total', 7, 4, 11],
    ]);
    expect(layout.ref).toBe('A3:D7');
  });
});

describe('writeXlsx', () => {
  it('is deterministic and writes native chart, drawing and pivot parts', async () => {
    const first = await writeXlsx(sampleSpec(), { clock });
    const second = await writeXlsx(sampleSpec(), { clock });
    expect(first.equals(second)).toBe(true);
    const zip = await JSZip.loadAsync(first);
    const names = Object.keys(zip.files);
    expect(names).toEqual(
      expect.arrayContaining([
        'xl/charts/chart1.xml',
        'xl/charts/chart3.xml',
        'xl/drawings/drawing1.xml',
        'xl/pivotTables/pivotTable1.xml',
        'xl/pivotCache/pivotCacheRecords1.xml',
      ]),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('/xl/charts/chart1.xml');
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(sheet).toContain('<f>C2-D2</f><v>40</v>');
    expect(sheet).toContain('colorScale');
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toMatch(/<pivotCaches><pivotCache cacheId="1" r:id="rId\d+"\/><\/pivotCaches>/);
  });

  it('gives a row of wrapped text the height of its lines, its other cells aligned to the top', async () => {
    const long =
      'Net sales of 60.7k in row 19 are far from the typical 3,960 (15.3×); the cost of the same row also stands out, as does its margin, which is the lowest of the year.';
    const bytes = await writeXlsx(
      {
        sheets: [
          {
            name: 'Notes',
            rows: [
              ['#', 'Note'],
              [1, { value: long, wrap: true }],
              [2, { value: 'Short.', wrap: true }],
            ],
            columnWidths: [4, 60],
          },
        ],
      },
      { clock },
    );
    const sheet = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    // 160 characters in a column 60 wide: three lines of 15 points; the one-line row keeps its default.
    expect(sheet).toMatch(/<row r="2"[^>]* ht="45" customHeight="1"/);
    expect(sheet).not.toMatch(/<row r="3"[^>]* ht=/);
  });

  it('reads back through readFile: formulas with cached values, charts and the pivot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-xlsx-'));
    const path = join(dir, 'readback.xlsx');
    writeFileSync(path, await writeXlsx(sampleSpec(), { clock }));
    const result = await readFile(path);
    expect(result.success).toBe(true);
    if (!result.success || result.data.type !== 'workbook') return;
    const [data, pivot] = result.data.sheets;
    expect(data!.rows[1]![4]).toMatchObject({ type: 'number', value: 40, formula: 'C2-D2' });
    expect(data!.charts?.map((chart) => chart.title)).toEqual(['Revenue by row', 'Cost']);
    expect(data!.charts![0]!.series[0]!.values.slice(0, 2)).toEqual([100, 110]);
    expect(pivot!.pivots?.[0]).toMatchObject({ name: 'PivotTable1', range: 'A3:F8' });
    expect(pivot!.rows[3]![0]).toMatchObject({ value: 'Row Labels' });
    expect(pivot!.charts![0]!.chartType).toMatch(/pie/i);
  });

  it('opens in LibreOffice: renders to PDF, and a LibreOffice re-save keeps the charts and the pivot table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-xlsx-'));
    const path = join(dir, 'sales.xlsx');
    writeFileSync(path, await writeXlsx(sampleSpec(), { clock }));
    const pdf = await convertWithLibreOffice(path, { to: 'pdf', outDir: join(dir, 'pdf') });
    expect(await pdfPageCount(pdf)).toBeGreaterThan(0);
    const resaved = await convertWithLibreOffice(path, { to: 'xlsx', outDir: join(dir, 'lo') });
    const zip = await JSZip.loadAsync(await import('node:fs/promises').then((fs) => fs.readFile(resaved)));
    const names = Object.keys(zip.files);
    expect(names.filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name)).length).toBe(3);
    expect(names.some((name) => name.startsWith('xl/pivotTables/'))).toBe(true);
    const pivot = await zip
      .file(names.find((name) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(name))!)!
      .async('string');
    expect(pivot).toContain('Sum of Revenue');
  }, 300_000);

  it('prints a wide sheet one page wide, in landscape, as LibreOffice renders it', async () => {
    const spec: XlsxWorkbookSpec = {
      title: 'Notes',
      sheets: [
        {
          name: 'Notes',
          rows: [
            ['#', 'Note', 'Score', 'Source'],
            [1, 'The morning ferry ran late on four days of the week, mostly in fog.', 0.9, 'Log!A2:A9'],
          ],
          columnWidths: [4, 90, 7, 40],
        },
      ],
    };
    const dir = mkdtempSync(join(tmpdir(), 'om-xlsx-'));
    const path = join(dir, 'notes.xlsx');
    writeFileSync(path, await writeXlsx(spec, { clock }));
    const zip = await JSZip.loadAsync(await import('node:fs/promises').then((fs) => fs.readFile(path)));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheet).toMatch(/orientation="landscape"/);
    const pdf = await convertWithLibreOffice(path, { to: 'pdf', outDir: join(dir, 'pdf') });
    expect(await pdfPageCount(pdf)).toBe(1);
  }, 120_000);
});
