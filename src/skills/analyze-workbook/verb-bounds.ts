/**
 * @module verb-bounds
 * A bound whose column the verb before it names: "riders who won more than 2 races" over a Wins
 * column, "teams that scored at least 30 points" over a Score column. The noun after the number
 * names no column, and exactly one numeric column (no numbering or identifier column) has the
 * verb's base among its words; otherwise the text is left as written and the bound stays unread.
 * "Over" and "under" after a verb in the past are strict bounds ("won over 3 races": Wins more than 3).
 */
import { irregularBase } from '../../lib/text/irregular-verbs.ts';
import {
  cellsOf,
  columnNames,
  type Frame,
  findMentions,
  isNumberingColumn,
  isNumericColumn,
  wordsOf,
} from './analysis-frame.ts';
import { boundOf } from './comparison-words.ts';

/** The forms a verb's base may take as a column's word: "won" → win, "scored" → score, "played" → play. */
function verbBases(verb: string): string[] {
  const lower = verb.toLowerCase();
  const forms = [lower, irregularBase(lower), lower.replace(/ed$/, ''), lower.replace(/d$/, '')];
  return [...new Set(forms.filter((form): form is string => Boolean(form)).flatMap((form) => wordsOf(form)))];
}

/** The one amount column a verb names by its base, else undefined. */
function verbColumn(frame: Frame, verb: string): string | undefined {
  const bases = verbBases(verb);
  const named = columnNames(frame).filter(
    (name) =>
      isNumericColumn(frame, name) &&
      !isNumberingColumn(frame, name) &&
      frame.table.columns.find((column) => column.name === name)?.type !== 'identifier' &&
      wordsOf(name).some((word) => bases.includes(word)),
  );
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Whether the noun after the number names a column of figures the rows hold: a column with a
 * number in fewer than half the rows (a note beside the first row, "NUM HEATS 5") counts nothing
 * of each row, so "won 4 rounds" is still read by the verb.
 */
function nounNamesMeasure(frame: Frame, noun: string): boolean {
  return findMentions(frame, noun).some((mention) => {
    if (!isNumericColumn(frame, mention.column)) return true;
    const cells = cellsOf(frame, mention.column);
    const filled = frame.rows.filter((row) => typeof cells[row] === 'number').length;
    return filled * 2 >= frame.rows.length;
  });
}

/**
 * Text with "won more than 2 races" written as "with Wins more than 2" where the verb names one
 * column. A trailing bound ("won 4 rounds or more") comes here already written as "won at least 4
 * rounds" (`boundsAsAtLeastAtMost`, worded-bounds.ts).
 */
export function verbBoundsAsColumns(frame: Frame, text: string): string {
  return text.replace(
    /\b([a-z]{3,})\s+(at least|at most|no more than|no fewer than|no less than|not more than|more than|fewer than|less than|over|under)\s+(\d+(?:\.\d+)?)\s+([a-z]{3,})\b/gi,
    (whole, verb: string, bound: string, number: string, noun: string) => {
      // A column's own name before the bound is read by the rules for columns, and "1.5
      // standard deviations", "2 times" bound no count of rows.
      if (
        nounNamesMeasure(frame, noun) ||
        columnNames(frame).some((name) => name.toLowerCase() === verb.toLowerCase())
      )
        return whole;
      if (/^(?:standard|std|sds?|sigmas?|times|percent|deviations?)$/i.test(noun)) return whole;
      const word = bound.toLowerCase();
      // "over" and "under" follow a verb in the past ("won over 3 races", "scored under 20
      // points"), not a plural noun ("Scores over 80 are …"), which other rules read.
      if ((word === 'over' || word === 'under') && !/ed$/i.test(verb) && irregularBase(verb) === undefined)
        return whole;
      const column = verbColumn(frame, verb);
      if (!column) return whole;
      return ` with ${column} ${boundOf(word) ?? word} ${number}`;
    },
  );
}

/**
 * Text with "the index closed between 30 and 40" written as "with Close between 30 and 40" where a
 * verb in the past names one amount column by its base.
 */
export function verbRangesAsColumns(frame: Frame, text: string): string {
  return text.replace(
    /\b([a-z]{3,})\s+between\s+(-?\d+(?:\.\d+)?)\s+and\s+(-?\d+(?:\.\d+)?)\b/gi,
    (whole, verb: string, low: string, high: string) => {
      if (!/ed$/i.test(verb) && irregularBase(verb) === undefined) return whole;
      const column = verbColumn(frame, verb);
      return column ? ` with ${column} between ${low} and ${high}` : whole;
    },
  );
}
