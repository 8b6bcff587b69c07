/**
 * @module non-number-cells
 * "Leave out n values that are not a number", "Drop rows whose Arrival is not a single number":
 * the constraints say how to read a column whose cells are mostly numbers but some ranges or
 * lists ("1.35 - 1.38", "1.373/1.380"). Values said so become missing in that column (pandas
 * `to_numeric(errors='coerce')`); rows said so are left out (`dropna(subset=[...])`).
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { type Cell, cellsOf, columnNames, type Frame, filterRows } from './analysis-frame.ts';

const LEAVE = String.raw`(?:leave out|leaving out|drop|dropping|exclude|excluding|remove|removing|ignore|ignoring|skip|skipping|omit|omitting|discard|discarding|disregard|disregarding)`;
const NOT_NUMBER = String.raw`(?:(?:is|are)\s+not\s+(?:a\s+)?(?:single\s+|plain\s+|valid\s+)?(?:number|numeric|numbers)|(?:is|are)\s+non-?numeric|cannot be read as (?:a\s+)?numbers?)`;

/** Applies each stated leaving-out of non-numbers, on a column of mostly numbers. */
export function applyNonNumberExclusions(frame: Frame, constraints: string): void {
  const names = columnNames(frame)
    .filter((name) => name.trim().length >= 1)
    .sort((a, b) => b.length - a.length);
  for (const clause of constraints.split(/[.;\n]+(?:\s|$)/)) {
    if (!new RegExp(LEAVE, 'i').test(clause) || !new RegExp(NOT_NUMBER, 'i').test(clause)) continue;
    const name = names.find((item) =>
      new RegExp(
        String.raw`(?<![\w])${escapeRegExp(item)}\s+(?:(?:values?|cells?|entries|figures?)\s+)?(?:(?:that|which|whose|if|when)\s+)?${NOT_NUMBER}|\brows?\s+(?:whose|where|with)\s+(?:the\s+)?${escapeRegExp(item)}\s+(?:values?\s+|cells?\s+)?${NOT_NUMBER}`,
        'i',
      ).test(clause),
    );
    if (!name) continue;
    const cells = cellsOf(frame, name);
    const filled = cells.filter((cell) => cell !== null);
    const numbers = filled.filter((cell) => typeof cell === 'number').length;
    // Only a column of numbers with a few others: a text column "not a number" says nothing.
    if (numbers < 2 || numbers < filled.length / 2) continue;
    frame.derived.set(
      name,
      cells.map((cell): Cell => (typeof cell === 'number' ? cell : null)),
    );
    if (/\brows?\b/i.test(clause))
      filterRows(frame, name, (row) => typeof cells[row] === 'number', `rows whose ${name} is a number`);
    else frame.steps.push(`${name} values that are not a number left out (${filled.length - numbers})`);
  }
}
