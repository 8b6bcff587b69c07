/**
 * @module analyze-workbook
 * The analyze skill: tables detected in every sheet (or one), their insights ranked, and an
 * optional question answered over the best-matching table.
 */
import type { Workbook } from '../../formats/model.ts';
import { fail } from '../../lib/errors.ts';
import type { Warning } from '../../lib/result.ts';
import type { LanguageModel } from '../../models/index.ts';
import { type Answer, answerQuestion } from './answer-question.ts';
import { answerQuestionWithModel } from './answer-with-model.ts';
import type { ColumnType, DataTable } from './data-table.ts';
import { detectTables } from './detect-tables.ts';
import { findInsights, type Insight } from './find-insights.ts';
import { pickTable } from './pick-table.ts';

export type TableSummary = {
  readonly name: string;
  readonly sheet: string;
  readonly range: string;
  readonly rows: number;
  readonly headerRows: readonly number[];
  readonly totalsRow?: number;
  readonly columns: readonly {
    readonly name: string;
    readonly type: ColumnType;
    readonly unit?: string;
    readonly numberFormat?: string;
  }[];
};

export type AnalysisReport = {
  readonly tables: readonly TableSummary[];
  readonly insights: readonly Insight[];
  readonly answer?: Answer;
  readonly engine: string;
  /** Why a configured model's plan was not used. */
  readonly warnings: readonly Warning[];
};

/** The report plus the detected tables, for writing back. */
export type FullAnalysis = AnalysisReport & { readonly dataTables: readonly DataTable[] };

export type AnalyzeOptions = {
  readonly sheet?: string;
  readonly question?: string;
  readonly model?: LanguageModel;
  readonly signal?: AbortSignal;
  readonly now?: Date;
  /** The model's context window in tokens (default 4096). */
  readonly contextTokens?: number;
  /** Most insights reported (default 8). */
  readonly limit?: number;
};

export function summarizeTable(table: DataTable): TableSummary {
  return {
    name: table.name,
    sheet: table.sheet,
    range: table.range,
    rows: table.rowNumbers.length,
    headerRows: table.headerRows,
    ...(table.totalsRow ? { totalsRow: table.totalsRow } : {}),
    columns: table.columns.map((column) => ({
      name: column.name,
      type: column.type,
      ...(column.unit ? { unit: column.unit } : {}),
      ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
    })),
  };
}

/** All tables of the workbook (or of one sheet). */
export function workbookTables(workbook: Workbook, sheet?: string): DataTable[] {
  const sheets = sheet
    ? workbook.sheets.filter((item) => item.name.toLowerCase() === sheet.toLowerCase())
    : workbook.sheets.filter((item) => !item.hidden);
  if (sheet && sheets.length === 0) {
    fail('bad_usage', `The workbook has no sheet named "${sheet}".`, {
      hint: `Sheets: ${workbook.sheets.map((item) => item.name).join(', ')}.`,
    });
  }
  return sheets.flatMap((item) => detectTables(item));
}

export { pickTable };

/** Best first, but at most two insights of a kind, and one per kind and chart subject. */
function diverse(sorted: readonly Insight[], limit: number): Insight[] {
  const kinds = new Map<string, number>();
  const subjects = new Set<string>();
  const out: Insight[] = [];
  for (const insight of sorted) {
    const subject = `${insight.kind}|${insight.table}|${insight.chart.categoryLabel}`;
    if ((kinds.get(insight.kind) ?? 0) >= 2 || (insight.kind !== 'outlier' && subjects.has(subject)))
      continue;
    kinds.set(insight.kind, (kinds.get(insight.kind) ?? 0) + 1);
    subjects.add(subject);
    out.push(insight);
    if (out.length >= limit) break;
  }
  return out;
}

/** Runs the analysis. */
export async function analyzeWorkbook(
  workbook: Workbook,
  options: AnalyzeOptions = {},
): Promise<FullAnalysis> {
  const tables = workbookTables(workbook, options.sheet);
  const insights = diverse(
    tables.flatMap((table) => findInsights(table)),
    options.limit ?? 8,
  );
  let answer: Answer | undefined;
  let engine = 'builtin';
  const warnings: Warning[] = [];
  if (options.question) {
    const table = pickTable(tables, options.question);
    if (!table)
      fail('bad_usage', 'The workbook has no table to answer the question from.', {
        hint: 'Check that the sheet has a header row and data under it.',
      });
    if (options.model) {
      const modelAnswer = await answerQuestionWithModel(table, options.question, options.model, options);
      warnings.push(...modelAnswer.warnings);
      answer = modelAnswer;
    } else answer = answerQuestion(table, options.question);
    engine = answer.engine;
  }
  return {
    tables: tables.map(summarizeTable),
    insights,
    ...(answer ? { answer } : {}),
    engine,
    warnings,
    dataTables: tables,
  };
}
