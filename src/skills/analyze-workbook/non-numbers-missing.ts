/**
 * @module non-numbers-missing
 * "A Rank that is not a number is a missing value", "values that are not numbers (such as 'n/a')
 * are missing values; ignore them": the text says the other cells of a column of mostly numbers
 * are missing, the way `pd.to_numeric(errors='coerce')` reads them. The column is the one the
 * clause names, else the one column of mostly numbers the whole text names.
 */
import { type Cell, cellsOf, type Frame, namedColumns } from './analysis-frame.ts';

const NOT_NUMBER =
  /\b(?:is|are|was|were)\s+not\s+(?:a\s+)?(?:single\s+|plain\s+|valid\s+)?(?:numbers?|numeric)\b|\bnon-?numeric\b/i;
const AS_MISSING =
  /\b(?:is|are)\s+(?:(?:treated|counted|read|taken)\s+as\s+)?(?:a\s+)?missing(?:\s+values?)?\b|\bas\s+missing(?:\s+values?)?\b|\b(?:is|are)\s+(?:NaN|null)\b/i;

/** Clauses that say the cells that are not numbers are missing. */
export function nonNumbersMissingClauses(text: string): string[] {
  return text.split(/[.;\n]+(?:\s|$)/).filter((clause) => NOT_NUMBER.test(clause) && AS_MISSING.test(clause));
}

/** A cell's number: a number, or text that is one plain number ("12", "-3.5"). */
function numberOf(cell: Cell): number | null {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && /^\s*[-+]?\d+(?:\.\d+)?\s*$/.test(cell)) return Number(cell);
  return null;
}

/** Mostly numbers (two at least, and half the filled cells) with some other cells among them. */
function numbersWithOthers(frame: Frame, name: string): boolean {
  const filled = cellsOf(frame, name).filter((cell) => cell !== null);
  const numbers = filled.filter((cell) => numberOf(cell) !== null).length;
  return numbers >= 2 && numbers >= filled.length / 2 && numbers < filled.length;
}

/** Reads the cells that are not numbers as missing in each column such a clause means; returns the clauses read. */
export function applyNonNumbersMissing(frame: Frame, question: string, constraints: string): string[] {
  const read: string[] = [];
  for (const clause of nonNumbersMissingClauses(`${question}\n${constraints}`)) {
    const own = namedColumns(frame, clause).filter((name) => numbersWithOthers(frame, name));
    // Else the one such column the question names, or the whole text does.
    const asked = namedColumns(frame, question).filter((name) => numbersWithOthers(frame, name));
    const whole = namedColumns(frame, `${question}\n${constraints}`).filter((name) =>
      numbersWithOthers(frame, name),
    );
    const targets = own.length > 0 ? own : asked.length === 1 ? asked : whole.length === 1 ? whole : [];
    for (const name of targets) {
      const cells = cellsOf(frame, name);
      const others = cells.filter((cell) => cell !== null && numberOf(cell) === null).length;
      frame.derived.set(name, cells.map(numberOf));
      frame.steps.push(`${name} values that are not a number read as missing (${others})`);
    }
    if (targets.length > 0) read.push(clause);
  }
  return read;
}
