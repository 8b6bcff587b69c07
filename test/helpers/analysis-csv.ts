import { csvToWorkbook } from '../../src/formats/csv/read-csv.ts';
import { toAppError } from '../../src/lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from '../../src/skills/analyze-workbook/answer-analysis.ts';
import { headerRowTable } from '../../src/skills/analyze-workbook/detect-tables.ts';

/** The one table of a CSV text, read as the engine reads a sheet whose first row is its header. */
export const csvTable = (csv: string) => headerRowTable(csvToWorkbook(csv, 'data').sheets[0]!)!;

/** An analysis question asked of a CSV text. */
export const askCsv = (csv: string, request: AnalysisRequest) => answerAnalysis(csvTable(csv), request);

/** The error code an analysis question gets from a CSV text, or 'answered'. */
export function refusalCode(csv: string, request: AnalysisRequest): string {
  try {
    askCsv(csv, request);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).code;
  }
}
