/**
 * @module analyze-skill
 * `analyze`: insights and plain-language questions over the tables of a spreadsheet, and the
 * workbook written back with an Insights sheet, native charts and a PivotTable. CSV files
 * over 16 MB are analysed in one streaming pass through DuckDB, and questions over them run
 * there as the same typed plans.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { z } from 'zod';
import { XLSX_MEDIA_TYPE } from '../../formats/media-type.ts';
import { fail } from '../../lib/errors.ts';
import { readSourceOf, stemOf } from '../read-source.ts';
import { defineSkill, FileRef, generativeModel } from '../skill.ts';

/** CSV files larger than this are analysed through DuckDB. */
const LARGE_CSV_BYTES = 16 * 1024 * 1024;

export const analyzeSkill = defineSkill({
  id: 'analyze',
  description:
    'Spreadsheet insights and plain-language questions over tables, written back as .xlsx with native charts and pivots.',
  input: z.object({
    source: FileRef,
    sheet: z.string().max(200).optional(),
    question: z.string().max(2000).optional(),
    pivot: z.string().max(400).optional().describe('A PivotTable, e.g. "revenue by region and quarter".'),
    format: z.boolean().default(false).describe('Format the data in the written workbook.'),
    limit: z.number().int().min(1).max(100).default(8),
    workbook: z.boolean().default(true).describe('Also write the workbook back with an Insights sheet.'),
  }),
  output: z.looseObject({ insights: z.array(z.unknown()) }),
  async execute(input, context) {
    const file = await context.readSource(input.source);
    const extension = extname(file.name).toLowerCase();
    const size = await stat(file.path)
      .then((info) => info.size)
      .catch(() => 0);
    const large =
      (extension === '.csv' || extension === '.tsv') &&
      size > LARGE_CSV_BYTES &&
      !input.workbook &&
      !input.pivot;
    if (large && input.question) {
      // The same typed plan, run as SQL over the whole file.
      const { answerLargeCsv } = await import('./answer-large-csv.ts');
      const answer = await answerLargeCsv(file.path, input.question);
      // Said, not silent: a configured model does not plan questions over large files.
      const warnings = generativeModel(context)
        ? [
            {
              type: 'unsupported' as const,
              message: `${file.name} is answered by the builtin question parser over the whole file; the configured model was not used.`,
            },
          ]
        : [];
      return { data: { tables: [], insights: [], answer, engine: answer.engine, warnings }, warnings };
    }
    if (large) {
      const { analyzeLargeCsv } = await import('./analyze-large-csv.ts');
      return { data: { ...(await analyzeLargeCsv(file.path)), large: true } };
    }
    const { parsed: workbook } = await readSourceOf(
      context,
      input.source,
      'workbook',
      'Give an .xlsx, .xlsm, .ods, .xls, .csv or .tsv file.',
    );
    const model = input.question ? generativeModel(context) : undefined;
    const { analyzeWorkbook, pickTable } = await import('./analyze-workbook.ts');
    const { buildReportWorkbook, parsePivotRequest } = await import('./write-report.ts');
    const report = await analyzeWorkbook(workbook, {
      ...(input.sheet ? { sheet: input.sheet } : {}),
      ...(input.question ? { question: input.question } : {}),
      ...(model ? { model } : {}),
      signal: context.signal,
      now: context.clock.now(),
      ...(context.contextTokens ? { contextTokens: context.contextTokens } : {}),
      limit: input.limit,
    });
    const mainTable =
      (input.question ? pickTable(report.dataTables, input.question) : undefined) ??
      [...report.dataTables].sort(
        (a, b) => b.rowNumbers.length * b.columns.length - a.rowNumbers.length * a.columns.length,
      )[0];
    if (input.pivot && !mainTable) fail('bad_usage', `${file.name} has no table to pivot.`);
    const pivot = input.pivot && mainTable ? parsePivotRequest(input.pivot, mainTable) : undefined;
    const { dataTables: _tables, ...plain } = report;
    const data = { ...plain, ...(pivot ? { pivot } : {}) };
    if (!input.workbook) {
      if (pivot || input.format)
        context.log('--pivot and --format take effect in the written workbook: add -o OUT.xlsx.');
      return { data, warnings: report.warnings };
    }
    const spec = buildReportWorkbook(workbook, report, {
      format: input.format,
      ...(pivot ? { pivot } : {}),
      ...(mainTable ? { table: mainTable } : {}),
      title: `Insights: ${file.name}`,
    });
    const { writeXlsx } = await import('../../formats/xlsx/write-xlsx.ts');
    const bytes = await writeXlsx(spec, { clock: context.clock });
    return {
      data,
      artifacts: [{ name: `${stemOf(file.name)} insights.xlsx`, bytes, contentType: XLSX_MEDIA_TYPE }],
      warnings: report.warnings,
    };
  },
});
