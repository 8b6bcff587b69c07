import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/helpers/paths.ts';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import type { Cell, Sheet } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import { writeXlsx } from '../../formats/xlsx/write-xlsx.ts';
import { fixedClock } from '../../lib/clock.ts';
import { convertWithLibreOffice, pdfPageCount } from '../../lib/libreoffice.ts';
import { seededRandom as seeded } from '../../lib/random.ts';
import { analyzeWorkbook } from './analyze-workbook.ts';
import { answerQuestion } from './answer-question.ts';
import { typeColumn } from './column-types.ts';
import { detectTables } from './detect-tables.ts';
import { findInsights } from './find-insights.ts';
import { buildReportWorkbook, parsePivotRequest } from './write-report.ts';

const MEDALS = `Rank,Nation,Gold,Silver,Bronze,Total
1,United States,10,8,5,23
2,China,8,9,4,21
3,Great Britain,6,3,7,16
4,Germany,4,6,6,16
5,France,2,2,9,13
6,Brazil,2,1,0,3`;

const SALES = `Date,Region,Product,Units,Revenue
2023-01-15,East,Widget,10,"$1,000"
2023-02-15,West,Widget,5,$500
2023-03-15,East,Gadget,3,$900
2024-01-15,West,Gadget,8,"$2,400"
2024-02-15,East,Widget,7,$700
2024-03-15,North,Gadget,2,$600`;

const GAMES = `Year,Opponent,Venue,Result,Attendance
2001,Lions,Home,W,"50,100"
2002,Bears,Away,L,"61,000"
2003,Packers,Home,W,"52,300"
2004,Lions,Away,W,"48,000"
2005,Vikings,Away,L,"55,500"`;

const ENGINES = `Locomotive,Name,Built,Miles
3001,Ajax,1921,"120,000"
3004,Comet,1923,"98,500"
3010,Hector,1925,"143,200"
3017,Iris,1926,"87,000"`;

function table(csv: string) {
  return detectTables(csvToWorkbook(csv, 'Data').sheets[0]!)[0]!;
}

describe('questions over hand-written tables', () => {
  const medals = table(MEDALS);
  const sales = table(SALES);
  const games = table(GAMES);
  const engines = table(ENGINES);
  const cases: [ReturnType<typeof table>, string, (string | number)[]][] = [
    [medals, 'how many nations won more than 5 gold medals?', [3]],
    [medals, 'which nation won the most gold medals?', ['United States']],
    [medals, 'which nation had the fewest bronze medals?', ['Brazil']],
    [medals, 'how many silver medals did china win?', ['9']],
    [medals, 'what is the total number of bronze medals?', [31]],
    [medals, 'how many more gold medals did china win than germany?', [4]],
    [medals, 'who ranked after great britain?', ['Germany']],
    [medals, 'which nation is listed first?', ['United States']],
    [medals, 'who had more total medals, france or germany?', ['Germany']],
    [medals, 'what is the average total?', [15.3333333333]],
    [medals, 'how many nations are there?', [6]],
    [sales, 'what were total sales by region in 2023?', ['East', 'West']],
    [sales, 'what was the total revenue in 2024?', [3700]],
    [sales, 'which product had the highest revenue?', ['Gadget']],
    [sales, 'how many orders were in the east?', [3]],
    [sales, 'what is the median units?', [6]],
    [medals, 'how many gold medals did china and germany win combined?', [12]],
    [games, 'how many more away games were there than home games?', [1]],
    [games, 'how many people attended the game against the packers?', ['52,300']],
    [games, 'who did they play after the packers?', ['Lions']],
    [games, 'how many games were played after 2002?', [3]],
    [games, 'what was the first result before 2003?', ['W']],
    [games, 'how many games were not against the lions?', [3]],
    [medals, 'besides the united states, which nation won the most gold medals?', ['China']],
    [medals, 'did china win more silver medals than germany?', ['yes']],
    [medals, 'did france win more bronze medals than great britain?', ['yes']],
    [medals, 'did brazil win more gold medals than germany?', ['no']],
    [medals, 'does france have the same number of gold medals as brazil?', ['yes']],
    [medals, 'is germany the same total as great britain?', ['yes']],
    [medals, 'did china have the same total as germany?', ['no']],
    [games, 'did they play the vikings in 2005?', ['yes']],
    [games, 'did they play the bears in 2004?', ['no']],
    [engines, 'what is the total number of locomotives?', [4]],
    [games, 'how many games were played after the packers?', [2]],
    [games, 'how many games were not attended by more than 52,000 people?', [2]],
    [engines, 'how many engines are listed before hector?', [2]],
    [engines, 'what were the total miles?', ['448,700']],
    [engines, 'who is at the top of the list?', ['Ajax']],
    [engines, 'which name is at the bottom of the list?', ['Iris']],
  ];
  for (const [data, question, expected] of cases) {
    it(question, () => {
      const answer = answerQuestion(data, question);
      expect(answer.answer).toEqual(expected);
      expect(answer.planText.length).toBeGreaterThan(3);
      expect(answer.cells).toMatch(/^Data!/);
    });
  }

  it('groups totals with their values and cites the cells', () => {
    const answer = answerQuestion(sales, 'what were total sales by region in 2023?');
    expect(answer.groups).toEqual([
      { key: 'East', value: 1900 },
      { key: 'West', value: 500 },
    ]);
    expect(answer.text).toBe('East: $1,900; West: $500');
    expect(answer.planText).toBe('sum of Revenue, where Date in year 2023, grouped by Region');
    expect(answer.cells).toBe('Data!B2:B4, Data!E2:E4');
  });
});

function sheetOf(rows: (string | number | null)[][], merges: string[] = []): Sheet {
  const cell = (value: string | number | null): Cell | null =>
    value === null ? null : { type: typeof value === 'number' ? 'number' : 'text', value };
  return { name: 'S', hidden: false, rows: rows.map((row) => row.map(cell)), merges, tables: [] };
}

describe('detectTables', () => {
  it('finds a title, a two-row merged header, a totals row and a second table', () => {
    const sheet = sheetOf(
      [
        ['Quarterly report'],
        ['Region', 'Sales', null, 'Cost', null],
        [null, '2023', '2024', '2023', '2024'],
        ['East', 10, 12, 5, 6],
        ['West', 8, 9, 4, 4],
        ['Total', 18, 21, 9, 10],
        [],
        ['Product', 'Units'],
        ['A', 3],
        ['B', 4],
      ],
      ['B2:C2', 'D2:E2'],
    );
    const tables = detectTables(sheet);
    expect(tables).toHaveLength(2);
    expect(tables[0]!.columns.map((column) => column.name)).toEqual([
      'Region',
      'Sales 2023',
      'Sales 2024',
      'Cost 2023',
      'Cost 2024',
    ]);
    expect(tables[0]!.headerRows).toEqual([2, 3]);
    expect(tables[0]!.totalsRow).toBe(6);
    expect(tables[0]!.rowNumbers).toEqual([4, 5]);
    expect(tables[1]!.range).toBe('A8:B10');
    expect(tables[1]!.columns[1]!.type).toBe('number');
  });

  it('reads an Excel named range as a table of its own, under its name', async () => {
    const result = await readFile(join(CORPUS, 'office', 'xlsx', 'poi_ExcelTables.xlsx'));
    if (!result.success || result.data.type !== 'workbook') throw new Error('poi_ExcelTables.xlsx unread');
    const tables = detectTables(result.data.sheets[0]!);
    // The sheet holds the table "TableName" (G1:I4) and the same rows again at A1:C4 named "NonTable".
    expect(tables.map((table) => [table.name, table.range])).toEqual([
      ['TableName', 'G1:I4'],
      ['NonTable', 'A1:C4'],
    ]);
    expect(tables[1]!.columns.map((column) => column.name)).toEqual(['Name', 'Age', 'AgeGroup']);
  });

  it('reads every corpus workbook without crashing, with sane column types', async () => {
    const folder = join(CORPUS, 'office', 'xlsx');
    let tablesFound = 0;
    for (const name of readdirSync(folder).filter((item) => /\.xls[xm]$/.test(item))) {
      const result = await readFile(join(folder, name));
      if (!result.success || result.data.type !== 'workbook') continue;
      const report = await analyzeWorkbook(result.data, { limit: 5 });
      for (const summary of report.tables) {
        tablesFound++;
        expect(summary.rows).toBeGreaterThan(0);
        for (const column of summary.columns)
          expect([
            'number',
            'currency',
            'percent',
            'date',
            'category',
            'identifier',
            'text',
            'boolean',
          ]).toContain(column.type);
      }
      for (const insight of report.insights) expect(insight.sentence.length).toBeGreaterThan(10);
    }
    expect(tablesFound).toBeGreaterThan(20);
  }, 120_000);

  it('reads a small integer priority, importance or severity scale as coded levels, never a measure to sum', () => {
    const column = (name: string) =>
      typeColumn(
        name,
        0,
        [1, 2, 2, 3, 4, 1, 3].map((value): Cell => ({ type: 'number', value, text: String(value) })),
      );
    for (const name of ['Importance', 'Priority', 'Severity', 'Rating'])
      expect(column(name).type).toBe('category');
    expect(column('Passengers').type).toBe('number');
  });

  it('reads rows numbered 1, 2, 3… as an order, also when the numbering restarts or stops part way', () => {
    const column = (values: number[]) =>
      typeColumn(
        'N',
        0,
        values.map((value): Cell => ({ type: 'number', value, text: String(value) })),
      ).type;
    const counted = Array.from({ length: 14 }, (_, index) => index + 1);
    expect(column([...counted, ...Array(30).fill(0)])).toBe('identifier');
    expect(column([...counted.slice(0, 6), ...counted.slice(0, 8), ...counted.slice(0, 5)])).toBe(
      'identifier',
    );
    expect(column([3, 8, 1, 12, 5, 9, 2, 14, 7, 6, 11, 4, 0, 0, 0])).toBe('number');
  });

  it('reads a year column named with underscores ("report_year") as years', () => {
    const cells = [2019, 2020, 2021, 2020].map(
      (value): Cell => ({ type: 'number', value, text: String(value) }),
    );
    expect(typeColumn('report_year', 0, cells)).toMatchObject({ type: 'date', unit: 'year' });
  });
});

function gaussian(next: () => number): number {
  return Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
}

describe('findInsights', () => {
  it('finds a planted trend and says nothing on noise', () => {
    const next = seeded(7);
    const lines = ['Date,Store,Sales,Visits'];
    for (let month = 0; month < 36; month++) {
      const date = `${2021 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
      lines.push(
        `${date},${['A', 'B', 'C'][month % 3]},${(100 + month * 3 + gaussian(next) * 5).toFixed(2)},${(50 + gaussian(next) * 5).toFixed(2)}`,
      );
    }
    const insights = findInsights(table(lines.join('\n')));
    expect(insights.map((insight) => insight.kind)).toContain('trend');
    expect(insights.find((insight) => insight.kind === 'trend')!.sentence).toMatch(/^Sales rises/);

    const noise = ['Date,Store,Sales,Visits'];
    for (let day = 0; day < 120; day++) {
      const date = new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10);
      noise.push(
        `${date},${['A', 'B', 'C'][day % 3]},${(100 + gaussian(next) * 10).toFixed(2)},${(50 + gaussian(next) * 5).toFixed(2)}`,
      );
    }
    expect(findInsights(table(noise.join('\n')))).toEqual([]);
  });

  it('says a trend over one row a year is by year, not by month', () => {
    const next = seeded(11);
    const lines = ['Year,Harvest'];
    for (let year = 2000; year < 2014; year++)
      lines.push(`${year},${(400 + (year - 2000) * 30 + gaussian(next) * 10).toFixed(1)}`);
    const trend = findInsights(table(lines.join('\n'))).find((insight) => insight.kind === 'trend');
    expect(trend?.sentence).toMatch(/per year .* over 14 years, from 2000 to 2013/);
  });
});

describe('writing the analysis back', () => {
  it('writes formulas, native charts and a pivot that LibreOffice opens and our reader reads back', async () => {
    const lines = ['Date,Region,Units,Revenue,Cost'];
    const next = seeded(3);
    for (let week = 0; week < 104; week++) {
      for (const region of ['East', 'West', 'North']) {
        const date = new Date(Date.UTC(2024, 0, 1 + week * 7)).toISOString().slice(0, 10);
        const revenue = Math.round(
          (region === 'East' ? 3000 : 1000) * (1 + week / 52) * (0.9 + 0.2 * next()),
        );
        lines.push(`${date},${region},${Math.round(revenue / 100)},${revenue},${Math.round(revenue * 0.4)}`);
      }
    }
    const workbook = csvToWorkbook(lines.join('\n'), 'Sales');
    const report = await analyzeWorkbook(workbook, { question: 'total revenue by region in 2025' });
    const data = report.dataTables[0]!;
    expect(report.insights.length).toBeGreaterThan(0);
    const pivot = parsePivotRequest('revenue by region and quarter', data);
    expect(pivot).toEqual({
      values: 'Revenue',
      rows: 'Region',
      columns: 'Quarter',
      aggregation: 'sum',
      derived: ['Quarter'],
    });
    const spec = buildReportWorkbook(workbook, report, {
      format: true,
      pivot,
      table: data,
      title: 'Insights',
    });
    const dir = mkdtempSync(join(tmpdir(), 'om-analyze-'));
    const path = join(dir, 'report.xlsx');
    writeFileSync(path, await writeXlsx(spec, { clock: fixedClock('2026-03-12T09:00:00Z') }));

    const read = await readFile(path);
    expect(read.success).toBe(true);
    if (!read.success || read.data.type !== 'workbook') return;
    const sheets = new Map(read.data.sheets.map((sheet) => [sheet.name, sheet]));
    const sales = sheets.get('Sales')!;
    expect(sales.rows[0]!.slice(5).map((cell) => cell?.value)).toEqual(['Profit', 'Margin', 'Quarter']);
    expect(sales.rows[1]![5]).toMatchObject({ formula: 'D2-E2', type: 'number' });
    expect(sales.rows[1]![5]!.value).toBe(
      (sales.rows[1]![3]!.value as number) - (sales.rows[1]![4]!.value as number),
    );
    expect(sales.rows[1]![7]).toMatchObject({ value: 'Q1' });
    expect(sheets.get('Insights')!.charts?.length).toBeGreaterThan(0);
    expect(sheets.get('Pivot')!.pivots?.[0]?.name).toBe('OfficematePivot');
    const pdf = await convertWithLibreOffice(path, { to: 'pdf', outDir: join(dir, 'pdf') });
    expect(await pdfPageCount(pdf)).toBeGreaterThan(0);
  }, 300_000);
});

describe('--format on a real table (DABench baseball)', () => {
  it('shows each column with the decimals its figures are written with', async () => {
    const result = await readFile(join(CORPUS, 'tables', 'dabench', 'tables', 'baseball_data.csv'));
    if (!result.success || result.data.type !== 'workbook') throw new Error('unreadable');
    const workbook = result.data;
    const report = await analyzeWorkbook(workbook, {});
    const spec = buildReportWorkbook(workbook, report, { format: true, title: 'Insights' });
    const formats = spec.sheets[0]!.columnFormats!;
    const header = spec.sheets[0]!.rows[0]!.map(String);
    // 0.272 was shown as 0.27; whole counts stay whole.
    expect(formats[header.indexOf('batting_average')]).toBe('#,##0.000');
    expect(formats[header.indexOf('number_of_runs')]).toBe('#,##0');
  });
});

describe('outliers a near-identical column accounts for (real workbooks)', () => {
  it('are not reported: the top band of a tax table, a total row', async () => {
    const tax = await readFile(join(CORPUS, 'office', 'xlsx', 'poi_Tables.xlsx'));
    if (!tax.success || tax.data.type !== 'workbook') throw new Error('unreadable');
    const sheet = tax.data.sheets.find((item) => item.name === 'Exp3 (2)')!;
    const insights = detectTables(sheet).flatMap((table) => findInsights(table));
    expect(insights.some((insight) => insight.kind === 'correlation')).toBe(true);
    expect(
      insights.filter((insight) => insight.kind === 'outlier').map((insight) => insight.sentence),
    ).toEqual([]);
    const jobs = await readFile(join(CORPUS, 'tables', 'dabench', 'tables', 'unemployement_industry.csv'));
    if (!jobs.success || jobs.data.type !== 'workbook') throw new Error('unreadable');
    const outliers = detectTables(jobs.data.sheets[0]!)
      .flatMap((table) => findInsights(table))
      .filter((insight) => insight.kind === 'outlier');
    // Rows 2 and 3 are "Total, 16 years and over" and all private workers: large in every column.
    expect(outliers.map((insight) => insight.numbers.row)).not.toContain(2);
    expect(outliers.map((insight) => insight.numbers.row)).not.toContain(3);
  });
});
