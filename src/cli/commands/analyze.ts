/**
 * @module analyze
 * `officemate analyze INPUT [--sheet NAME] [--ask Q] [--pivot "revenue by region and quarter"]
 * [--format] [-o OUT.xlsx] [--json] [--batch FILE.jsonl]`: spreadsheet insights and questions
 * over tables, written back as a real workbook with native charts and a PivotTable.
 * Large CSV files (over 16 MB) are analysed in one streaming pass through DuckDB, and their
 * questions run there as the same typed plans.
 */
import { basename } from 'node:path';
import type { Workbook } from '../../formats/model.ts';
import { fail, OfficemateError } from '../../lib/errors.ts';
import { counted } from '../../lib/text/counted.ts';
import type { LanguageModel } from '../../models/index.ts';
import type { LargeCsvReport } from '../../skills/analyze-workbook/analyze-large-csv.ts';
import type { AnalysisReport } from '../../skills/analyze-workbook/analyze-workbook.ts';
import { booleanFlag, integerFlag, requirePositional, stringFlag } from '../args.ts';
import type { Command, CommandContext } from '../command.ts';

type AnalysisData = AnalysisReport & { large?: true };

/** The process's model for batch questions, metered under the analyze skill; main releases it. */
async function batchModel(context: CommandContext): Promise<LanguageModel | undefined> {
  const { defaultOwner } = await import('../../index/index-paths.ts');
  await context.runtime.ready();
  // The configured engine, from flags, OFFICEMATE_* variables or the config file alike.
  if (context.runtime.model().engine === 'builtin') return undefined;
  return context.runtime.forSkill(defaultOwner(), 'analyze');
}

const USAGE =
  'analyze INPUT [--sheet NAME] [--ask QUESTION] [--pivot "MEASURE by ROWS [and COLUMNS]"] [--format] [-o OUT.xlsx] [--json] [--batch FILE.jsonl]';

async function loadWorkbook(path: string): Promise<Workbook> {
  const { readFile } = await import('../../formats/read-file.ts');
  const result = await readFile(path);
  if (!result.success) throw new OfficemateError(result.error);
  if (result.data.type !== 'workbook') {
    fail('format_unsupported', `${basename(path)} is a ${result.data.type}, not a spreadsheet.`, {
      hint: 'Give an .xlsx, .xlsm, .ods, .xls, .csv or .tsv file.',
      path,
    });
  }
  return result.data;
}

async function runBatchMode(context: CommandContext, batchPath: string): Promise<number> {
  const cache = new Map<string, Workbook>();
  const model = await batchModel(context);
  const { runBatch } = await import('../batch.ts');
  const { pickTable, workbookTables } = await import('../../skills/analyze-workbook/analyze-workbook.ts');
  const { answerQuestion } = await import('../../skills/analyze-workbook/answer-question.ts');
  const { answerQuestionWithModel } = await import('../../skills/analyze-workbook/answer-with-model.ts');
  return runBatch(context, batchPath, async (item) => {
    const table =
      typeof item.table === 'string' ? item.table : typeof item.input === 'string' ? item.input : undefined;
    const question = typeof item.question === 'string' ? item.question : undefined;
    if (!table || !question) fail('bad_usage', 'Each batch line needs "table" (a path) and "question".');
    let workbook = cache.get(table);
    if (!workbook) {
      workbook = await loadWorkbook(table);
      if (cache.size > 50) cache.clear();
      cache.set(table, workbook);
    }
    if (typeof item.format === 'string' && item.format.includes('@')) {
      // An analysis question in the DABench form: its slots come back by name.
      const { answerAnalysis } = await import('../../skills/analyze-workbook/answer-analysis.ts');
      const { headerRowTable } = await import('../../skills/analyze-workbook/detect-tables.ts');
      const sheet = workbook.sheets.find((candidate) => candidate.name === item.sheet) ?? workbook.sheets[0];
      const plain = /\.(csv|tsv)$/i.test(table) && sheet ? headerRowTable(sheet) : undefined;
      const analysisTable = plain ?? pickTable(workbookTables(workbook), question);
      if (!analysisTable) fail('bad_usage', `${basename(table)} has no table to answer from.`);
      const answer = answerAnalysis(analysisTable, {
        question,
        format: item.format,
        ...(typeof item.constraints === 'string' ? { constraints: item.constraints } : {}),
      });
      return {
        answer: answer.answer,
        slots: answer.slots,
        text: answer.answer.join('; '),
        plan: answer.planText,
        cells: answer.cells,
        engine: answer.engine,
      };
    }
    const tables = workbookTables(workbook, typeof item.sheet === 'string' ? item.sheet : undefined);
    const chosen = pickTable(tables, question);
    if (!chosen) fail('bad_usage', `${basename(table)} has no table to answer from.`);
    const answer = model
      ? await answerQuestionWithModel(chosen, question, model)
      : { ...answerQuestion(chosen, question), warnings: [] };
    return {
      answer: answer.answer,
      text: answer.text,
      plan: answer.planText,
      cells: answer.cells,
      engine: answer.engine,
      ...(answer.warnings.length ? { warnings: answer.warnings } : {}),
    };
  });
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary:
    'Spreadsheet insights and plain-language questions over tables, written back as .xlsx with native charts and pivots.',
  usage: USAGE,
  options: {
    sheet: { type: 'string' },
    ask: { type: 'string' },
    pivot: { type: 'string' },
    format: { type: 'boolean', default: false },
    output: { type: 'string', short: 'o' },
    batch: { type: 'string' },
    limit: { type: 'string' },
  },
  help: [
    'Flags:',
    '  --sheet NAME     analyse one sheet (default: every visible sheet)',
    '  --ask Q          answer a question, e.g. "what were total sales by region in 2025?"',
    '  --pivot SPEC     add a native PivotTable, e.g. "revenue by region and quarter"',
    '  --format         format the data: header style, number formats, widths, frozen header, colour scale and data bars',
    '  --limit N        at most N insights (1 to 100, default 8)',
    '  -o OUT.xlsx      write the workbook back with an Insights sheet (native charts), suggested formulas and the pivot',
    '  --batch FILE     JSON lines {"id","table","question","constraints"?,"format"?} → one {"id","answer":[...]} line each;',
    '                   a DABench-style format ("@mean_fare[mean]") adds "slots": {"mean_fare": "32.20"}',
    '',
    'Examples:',
    '  officemate analyze sales.xlsx',
    '  officemate analyze sales.xlsx --ask "which region had the most revenue?"',
    '  officemate analyze sales.xlsx --pivot "revenue by region and quarter" --format -o report.xlsx',
  ].join('\n'),
  async run(context) {
    // Loaded here, not at the top, so `--help` starts without them.
    const { analyzeSkill } = await import('../../skills/analyze-workbook/analyze.skill.ts');
    const { runCliSkill, writeArtifact } = await import('../skill-context.ts');
    const batch = stringFlag(context, 'batch');
    if (batch) return runBatchMode(context, batch);
    const input = requirePositional(context, 0, 'INPUT', USAGE);
    const question = stringFlag(context, 'ask');
    const output = stringFlag(context, 'output');
    const pivotText = stringFlag(context, 'pivot');
    const limit = integerFlag(context, 'limit', { min: 1, max: 100 }) ?? 8;

    const analysis = await runCliSkill<AnalysisData>(context, analyzeSkill, {
      source: input,
      ...(stringFlag(context, 'sheet') ? { sheet: stringFlag(context, 'sheet') } : {}),
      ...(question ? { question } : {}),
      ...(pivotText ? { pivot: pivotText } : {}),
      format: booleanFlag(context, 'format'),
      limit,
      workbook: Boolean(output),
    });
    if (output) await writeArtifact(analysis, output);
    const written = output;
    const report = analysis.data;
    if (report.large) {
      const { large: _large, ...large } = report;
      if (context.json) context.outJson(large);
      else {
        const csv = report as unknown as LargeCsvReport;
        context.out(
          `${basename(input)}: ${csv.rows.toLocaleString('en-US')} rows, ${csv.columns.length} columns (streamed through DuckDB in ${csv.seconds.toFixed(2)} s)`,
        );
        for (const insight of csv.insights) context.out(`  • ${insight.sentence}`);
        if (csv.insights.length === 0) context.out('  Nothing stands out.');
      }
      return 0;
    }
    if (context.json) {
      context.outJson({ ...report, ...(written ? { path: written } : {}) });
      return 0;
    }
    for (const table of report.tables) {
      context.out(
        `${table.sheet}!${table.range} (${table.name}): ${counted(table.rows, 'row')}; ${table.columns.map((column) => `${column.name} [${column.type}${column.unit ? ` ${column.unit}` : ''}]`).join(', ')}${table.totalsRow ? `; totals in row ${table.totalsRow}` : ''}`,
      );
    }
    context.out('');
    if (report.insights.length === 0)
      context.out('Nothing stands out: no effect passed its significance test.');
    for (const [index, insight] of report.insights.entries()) {
      context.out(`${index + 1}. ${insight.sentence}\n   [${insight.cells}]`);
    }
    if (report.answer) {
      context.out('');
      context.out(`Q: ${report.answer.question}`);
      context.out(`A: ${report.answer.text}`);
      context.out(`   how: ${report.answer.planText}`);
      context.out(`   cells: ${report.answer.cells}`);
    }
    if (written) context.out(`\nWrote ${written}`);
    return 0;
  },
};
