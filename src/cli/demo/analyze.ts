/**
 * @module analyze-demo
 * The spreadsheet section of the demo: insights on the sample sales workbook, two questions
 * answered with the plan and the cells behind them, and the workbook written back with native
 * charts, a PivotTable (revenue by region and quarter) and formatting.
 */
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workbook } from '../../formats/model.ts';
import { readFile } from '../../formats/read-file.ts';
import { writeXlsx } from '../../formats/xlsx/write-xlsx.ts';
import { OfficemateError } from '../../lib/errors.ts';
import { analyzeWorkbook, pickTable } from '../../skills/analyze-workbook/analyze-workbook.ts';
import { answerQuestion } from '../../skills/analyze-workbook/answer-question.ts';
import { buildReportWorkbook, parsePivotRequest } from '../../skills/analyze-workbook/write-report.ts';
import type { DemoContext, DemoSection } from './demo-context.ts';

const QUESTIONS = ['What were total sales by region in 2025?', 'Which product had the highest revenue?'];

function findSalesWorkbook(workspace: string): string | undefined {
  const names = existsSync(workspace) ? readdirSync(workspace) : [];
  const name =
    names.find((item) => /sales/i.test(item) && /\.xlsx$/i.test(item)) ??
    names.find((item) => /\.xlsx$/i.test(item));
  return name ? join(workspace, name) : undefined;
}

export const analyzeDemo: DemoSection = {
  title: 'Spreadsheet insights and questions',
  async run(context: DemoContext) {
    context.heading(this.title);
    const path = findSalesWorkbook(context.workspace);
    if (!path) throw new Error('The sample workspace has no .xlsx workbook to analyse.');
    const result = await readFile(path);
    if (!result.success) throw new OfficemateError(result.error);
    if (result.data.type !== 'workbook') throw new Error(`${path} is not a workbook.`);
    const workbook: Workbook = result.data;
    const report = await analyzeWorkbook(workbook, { limit: 6 });
    for (const table of report.tables)
      context.out(
        `  ${table.sheet}!${table.range}: ${table.rows} rows, columns ${table.columns.map((column) => `${column.name} (${column.type})`).join(', ')}`,
      );
    context.out('  What stands out:');
    for (const insight of report.insights) context.out(`  • ${insight.sentence}`);
    const table = [...report.dataTables].sort((a, b) => b.rowNumbers.length - a.rowNumbers.length)[0];
    if (!table) throw new Error('No table found in the sample workbook.');
    for (const question of QUESTIONS) {
      const answer = answerQuestion(pickTable(report.dataTables, question) ?? table, question);
      context.out(`  Q: ${question}`);
      context.out(`     ${answer.text}`);
      context.out(`     (${answer.planText}; cells ${answer.cells})`);
    }
    const measure = table.columns.find((column) => /revenue|sales/i.test(column.name));
    const region = table.columns.find((column) => /region/i.test(column.name));
    const pivot =
      measure && region
        ? parsePivotRequest(`${measure.name} by ${region.name} and quarter`, table)
        : undefined;
    const spec = buildReportWorkbook(workbook, report, {
      format: true,
      ...(pivot ? { pivot } : {}),
      table,
      title: 'Insights: sample sales',
    });
    const out = join(context.outDir, 'sales-insights.xlsx');
    await writeFile(out, await writeXlsx(spec, { clock: context.clock }));
    context.out(
      `  Wrote ${out}: Insights sheet with native charts${pivot ? ', a PivotTable of revenue by region and quarter' : ''}, formatted data and Profit/Margin formulas.`,
    );
  },
};
