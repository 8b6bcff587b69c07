/**
 * @module zero-marks
 * A mark a table writes for "none" that the text says counts as zero ("A '–' means no medals and
 * counts as 0", "Replacing the dashes with zeros", "a '?' is 0"): the mark's cells become 0
 * in every numeric column that has it, or in the columns the text names ("the dashes in Cup"), as
 * pandas `replace(mark, 0)` does before the statistics.
 */
import { cellsOf, columnNames, type Frame, findMentions, isNumericColumn } from './analysis-frame.ts';

/** "'–' … counts as 0", "an 'x' is zero": the quoted mark, then the zero in the same sentence. */
const QUOTED_MARK =
  /["'‘“`]([^"'’”`\s\w]{1,3})["'’”`][^.;]{0,60}?\b(?:counts?|counted|is|are|means?|read|reads|taken|treated)\s+(?:as\s+)?(?:a\s+)?(?:0|zero)\b(?!\.\d)/i;
/** "Replacing the dashes with zeros", "treat every dash as 0", "dashes count as zero". */
const DASH_WORD =
  /\b(?:(?:replac\w*|fill\w*|treat\w*|read\w*|count\w*|tak\w*)\s+(?:the\s+|every\s+|each\s+|all\s+|a\s+|any\s+)?(?:dash|dashes|hyphens?)(?<scope>\s+in\s+[^.;]{1,60}?)?\s+(?:with|as)\s+(?:a\s+)?(?:0|zeros?|zeroes)|(?:the\s+)?(?:dash|dashes|hyphens?)\s+(?:counts?|count|are|is|mean|means)\s+(?:as\s+)?(?:0|zeros?|zeroes))\b/i;
/**
 * "Read "-" in "Cup" as 0", "replace every '?' with zero": the verb, then the quoted mark, any
 * columns it is in, and the zero.
 */
const LEADING_MARK =
  /\b(?:replac\w*|fill\w*|treat\w*|read\w*|count\w*|tak\w*)\s+(?:the\s+|every\s+|each\s+|any\s+|all\s+)?["'‘“`]([^"'’”`\s\w]{1,3})["'’”`](?:\s+(?:cells?|marks?|entries|signs?))?(?<scope>\s+in\s+[^.;]{1,60}?)?\s+(?:with|as|by)\s+(?:a\s+)?(?:0|zero)\b(?!\.\d)/i;
/** A lone hyphen, en or em dash. */
const LONE_DASH = /^[-–—]$/;

/** The stated mark: the words that state it and the test a cell's text passes when it is the mark. */
function statedMark(
  sentence: string,
): { words: string; isMark: (text: string) => boolean; scope?: string } | undefined {
  const dashes = DASH_WORD.exec(sentence);
  if (dashes)
    return { words: dashes[0], isMark: (text) => LONE_DASH.test(text), scope: dashes.groups?.scope };
  const quoted = QUOTED_MARK.exec(sentence) ?? LEADING_MARK.exec(sentence);
  if (!quoted) return undefined;
  const mark = quoted[1]!;
  // A quoted dash stands for every dash a table may write ("-", "–", "—").
  return {
    words: quoted[0],
    isMark: LONE_DASH.test(mark) ? (text) => LONE_DASH.test(text) : (text) => text === mark,
    scope: quoted.groups?.scope,
  };
}

/**
 * The columns "in Cup and League" names, or undefined when the words name none (every numeric
 * column with the mark is meant).
 */
function scopeColumns(frame: Frame, scope: string | undefined): Set<string> | undefined {
  if (scope === undefined) return undefined;
  const named = findMentions(frame, scope)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column);
  return named.length > 0 ? new Set(named) : undefined;
}

/**
 * Sets the stated mark's cells to 0 in each numeric column that has them; returns the words that
 * state it, or undefined when the sentence states no such mark or no numeric column has it.
 */
export function applyZeroMarks(frame: Frame, sentence: string): string | undefined {
  const stated = statedMark(sentence);
  if (!stated) return undefined;
  const done: string[] = [];
  const only = scopeColumns(frame, stated.scope);
  for (const name of columnNames(frame)) {
    const column = frame.table.columns.find((item) => item.name === name);
    if (!column || frame.derived.has(name) || !isNumericColumn(frame, name)) continue;
    if (only && !only.has(name)) continue;
    let marked = 0;
    const next = cellsOf(frame, name).map((cell, row) => {
      if (typeof cell === 'number' || !stated.isMark(String(column.texts[row] ?? '').trim())) return cell;
      marked++;
      return 0;
    });
    if (marked === 0) continue;
    frame.derived.set(name, next);
    done.push(`${marked} ${name}`);
  }
  if (done.length === 0) return undefined;
  frame.steps.push(`marked cells counted as 0 (${done.join(', ')})`);
  return stated.words;
}
