/**
 * @module stated-number-conditions
 * Number conditions on a column the constraints state ("keep the rows whose Rank is 2 or
 * less", "whose Grade is 1") that the plan shows no sign of: no step used that number as a
 * number of its own ("2nd" is not 2). A number with a unit after it or a time ("below 4
 * minutes", "under 3:30") is left to the unit readers. An answer over the other rows would
 * ignore the condition.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { cellsOf, columnNames, type Frame, findMentions, isNumericColumn } from './analysis-frame.ts';
import { formulaColumns } from './defined-formula.ts';

const BOUND = String.raw`(?:\s+or\s+(?:less|more|fewer|greater|higher|lower|above|below|over|under|better|worse|earlier|later))?`;

/** The clauses of `constraints` with a number condition on a column that `planText` never used. */
export function unappliedNumberConditions(frame: Frame, constraints: string, planText: string): string[] {
  const names = columnNames(frame)
    .filter((name) => name.trim().length >= 2)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const plan = planText.replace(/@[A-Za-z0-9_]+/g, ' ');
  const pattern = new RegExp(
    String.raw`\bwhose\s+(?:${names.map(escapeRegExp).join('|')})\s+(?:is|are|equals?)\s+(?:(?:at least|at most|more than|less than|above|below|over|under|greater than|smaller than)\s+)?(-?\d+(?:\.\d+)?)(?![\w'’-]|[.:/]\d)${BOUND}(?=\s*(?:[.,;:)]|$|(?:and|or|but)\b))`,
    'gi',
  );
  const left: string[] = [];
  for (const match of constraints.matchAll(pattern)) {
    const number = match[1]!;
    const used = new RegExp(String.raw`(?<![\w.])${escapeRegExp(number)}(?![\w])`).test(plan);
    if (!used) left.push(match[0].trim());
  }
  return left;
}

/**
 * Columns the text sets equal to a value ("Not insured means cover equals 0", "Lisbon is
 * Depot = L") that no step, note or answer of the plan names at all: the rows it meant were
 * never picked out.
 */
export function unreadEqualities(frame: Frame, text: string, planText: string): string[] {
  const names = columnNames(frame)
    .filter((name) => name.trim().length >= 2)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const pattern = new RegExp(
    String.raw`(?<![\w.])(${names.map(escapeRegExp).join('|')})\s*(?:equals|is equal to|==?|!=|≠)\s*["'‘“]?[\w.-]+`,
    'gi',
  );
  const left: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const name = names.find((item) => item.toLowerCase() === match[1]!.toLowerCase())!;
    if (!planText.includes(name)) left.push(match[0].trim().replace(/\.$/, ''));
  }
  return left;
}

/** The two values of a yes/no column, as cells write them. */
const FLAG_VALUES = /^(?:yes|no|y|n|true|false|0|1)$/i;

/**
 * Yes/no columns the question names in full ("night-shift workers who are part time" for
 * Part_Time) that no step, note or answer of the plan names: the rows they pick were never
 * picked out.
 */
export function unreadFlagColumns(frame: Frame, question: string, planText: string): string[] {
  const named = findMentions(frame, question).filter((mention) => mention.strength >= 1);
  const left: string[] = [];
  for (const { column } of named) {
    if (planText.includes(column) || left.includes(column)) continue;
    const values = new Set(
      cellsOf(frame, column)
        .filter((cell) => cell !== null)
        .map((cell) => String(cell).trim().toLowerCase()),
    );
    if (values.size === 2 && [...values].every((value) => FLAG_VALUES.test(value))) left.push(column);
  }
  return left;
}

const NAMED_BIN = /["'‘“]([^"'’”\n]{1,30})["'’”]\s+(?:bin|band|bucket|class|category|group|tier)\b/gi;

/**
 * Bins the question names by a quoted label ("the 'upper' band of prices") that no step of
 * the plan shows: a count over all rows would ignore the bin.
 */
export function unshownBinLabels(question: string, planText: string): string[] {
  const plan = planText.toLowerCase();
  return [...question.matchAll(NAMED_BIN)]
    .filter((match) => !plan.includes(JSON.stringify(match[1]!.trim().toLowerCase())))
    .map((match) => match[0]);
}

/**
 * Columns a formula in the text defined ("the hit rate is hits / (hits + misses)") that the
 * question then names in full, but that no answer, condition or later step used: an answer over
 * another column ("hits", named by a slot's "hit") would not be what was asked.
 */
export function unusedMadeColumns(frame: Frame, question: string, notes: string): string[] {
  const made = formulaColumns(frame);
  const named = findMentions(frame, question)
    .filter((mention) => mention.strength >= 1 && made.has(mention.column))
    .map((mention) => mention.column);
  return [...new Set(named)].filter((name) => {
    if (notes.includes(name) || frame.conditions.some((condition) => condition.column === name)) return false;
    const made = frame.steps.findIndex((step) => step.includes(name));
    // "PricePerHead = Price / ((Adults + Kids) + 1)" after "family size = (Adults + Kids) + 1":
    // a later formula that holds the whole of this one uses it.
    const formula = frame.steps[made]?.startsWith(`${name} = `)
      ? frame.steps[made]!.slice(name.length + 3)
      : undefined;
    return !frame.steps
      .slice(made + 1)
      .some(
        (step) =>
          step.includes(name) || (formula !== undefined && /[-+×/−]/.test(formula) && step.includes(formula)),
      );
  });
}

/**
 * Columns a formula in the text defined ("the gap is Started minus the graduation year") that no
 * answer, condition or later step used, while an answer read a column the formula is made of
 * (the mean of Started): the definition was the point of the question, and the answer ignores it.
 */
export function unreadFormulaColumns(frame: Frame, notes: string): string[] {
  return [...formulaColumns(frame)].filter((name) => {
    if (notes.includes(name) || frame.conditions.some((condition) => condition.column === name)) return false;
    const at = frame.steps.findIndex((step) => step.startsWith(`${name} = `));
    if (at < 0 || frame.steps.slice(at + 1).some((step) => step.includes(name))) return false;
    const formula = frame.steps[at]!.slice(name.length + 3);
    return columnNames(frame).some(
      (other) =>
        other !== name &&
        formula.includes(other) &&
        new RegExp(`(?:^|\\W)${escapeRegExp(other)}(?:$|\\W)`).test(notes),
    );
  });
}

/** 'sum "Calls taken"', 'add up the "Calls taken"', 'the total of "Calls taken"': a quoted column the text adds up. */
const STATED_SUM = /\b(?:sum|add(?:s|ing)?\s+up|total\s+of)\s+(?:of\s+)?(?:the\s+)?["“]([^"”\n]{1,60})["”]/gi;

/**
 * The numeric column the constraints say to add up ('sum "Calls taken"'), when they add up one, that no
 * step or answer read: an answer that counted the rows instead ignores what was to be summed.
 */
export function unusedStatedSums(frame: Frame, constraints: string, notes: string): string[] {
  const names = columnNames(frame);
  const summed = new Set(
    [...constraints.matchAll(STATED_SUM)].map((match) =>
      names.find((name) => name.trim().toLowerCase() === match[1]!.trim().toLowerCase()),
    ),
  );
  // Several columns added up "for the report" beside the answer's own figure: only one summed column is plain.
  if (summed.size !== 1) return [];
  return [...summed].filter(
    (name): name is string => name !== undefined && isNumericColumn(frame, name) && !notes.includes(name),
  );
}
