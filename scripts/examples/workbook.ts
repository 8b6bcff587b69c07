/**
 * @module workbook
 * The sample sales workbook, written with exceljs: a "Sales" sheet holding the weekly table
 * (an Excel table named SalesData), and a "Summary" sheet of SUMIFS formulas by fiscal
 * quarter and region, each with its cached result so readers see the values without Excel.
 */
import ExcelJS from 'exceljs';
import { fiscalQuarter, REGIONS, type SalesRow } from './sales-data.ts';

export async function salesWorkbook(rows: readonly SalesRow[], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tom Becker';
  workbook.lastModifiedBy = 'Tom Becker';
  workbook.title = 'Northwind Labs sales, March 2024 to February 2026';
  workbook.created = now;
  workbook.modified = now;

  const sales = workbook.addWorksheet('Sales', { views: [{ state: 'frozen', ySplit: 1 }] });
  sales.addTable({
    name: 'SalesData',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: ['Date', 'Region', 'Product', 'Units', 'Revenue', 'Cost'].map((name) => ({
      name,
      filterButton: true,
    })),
    rows: rows.map((row) => [
      new Date(`${row.date}T00:00:00Z`),
      row.region,
      row.product,
      row.units,
      row.revenue,
      row.cost,
    ]),
  });
  sales.getColumn(1).numFmt = 'yyyy-mm-dd';
  sales.getColumn(1).width = 12;
  sales.getColumn(2).width = 16;
  sales.getColumn(3).width = 17;
  for (const column of [5, 6]) {
    sales.getColumn(column).numFmt = '"$"#,##0';
    sales.getColumn(column).width = 12;
  }

  const summary = workbook.addWorksheet('Summary');
  const quarters = [...new Set(rows.map((row) => fiscalQuarter(row.date).label))];
  summary.addRow(['Fiscal quarter', 'First week', 'Last week', ...REGIONS, 'Total']);
  summary.getRow(1).font = { bold: true };
  const last = rows.length + 1;
  quarters.forEach((label, index) => {
    const inQuarter = rows.filter((row) => fiscalQuarter(row.date).label === label);
    const first = inQuarter[0]?.date ?? '';
    const end = inQuarter.at(-1)?.date ?? '';
    const rowNumber = index + 2;
    const regionCells = REGIONS.map((region, column) => {
      const result = inQuarter
        .filter((row) => row.region === region)
        .reduce((sum, row) => sum + row.revenue, 0);
      const regionRef = `${String.fromCharCode(68 + column)}$1`;
      return {
        formula: `SUMIFS(Sales!$E$2:$E$${last},Sales!$B$2:$B$${last},${regionRef},Sales!$A$2:$A$${last},">="&$B${rowNumber},Sales!$A$2:$A$${last},"<="&$C${rowNumber})`,
        result,
      };
    });
    const total = regionCells.reduce((sum, cell) => sum + cell.result, 0);
    summary.addRow([
      label,
      new Date(`${first}T00:00:00Z`),
      new Date(`${end}T00:00:00Z`),
      ...regionCells,
      { formula: `SUM(D${rowNumber}:G${rowNumber})`, result: total },
    ]);
  });
  summary.getColumn(1).width = 16;
  for (const column of [2, 3]) {
    summary.getColumn(column).numFmt = 'yyyy-mm-dd';
    summary.getColumn(column).width = 12;
  }
  for (let column = 4; column <= 8; column++) {
    summary.getColumn(column).numFmt = '"$"#,##0';
    summary.getColumn(column).width = 15;
  }
  summary.addRow([]);
  summary.addRow(['Fiscal year starts on 1 June. Weeks are dated by their Monday. Revenue in US dollars.']);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
