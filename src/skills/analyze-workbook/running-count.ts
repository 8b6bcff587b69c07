/**
 * @module running-count
 * "a running count of the weeks whose Outcome is "Won"", "the cumulative number of rows where
 * Kind is 'B'": how many rows up to and including each one, in table order, hold one value of a
 * column, as a column of its own. The column must be named in full and the value written as a
 * cell of it holds; otherwise nothing is made and the question stays refused.
 */
import { type Cell, cellsOf, columnNames, type Frame, totalsRows } from './analysis-frame.ts';

/** "running count of the seasons whose Result is "Won"": the column and the quoted value. */
const RUNNING_COUNT =
  /\b(?:running|cumulative)\s+(?:count|number|tally)(?:,\s*in\s+[\w ]{1,20}?\s+order,)?\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?)?(?:whose|where|with|in\s+which)\s+["“]?([^"”]{1,60}?)["”]?\s+(?:is|was|equals|is\s+equal\s+to)\s+["“']([^"”']{1,60})["”']/i;

/** A new column the text names in quotes ('a new column "wins_so_far"'). */
const NEW_NAME =
  /(?:new (?:column|feature|variable)\s+(?:(?:called|named|titled)\s+)?|(?:feature|column|variable)\s+(?:called|named|titled)\s+)["'“‘`]([^"'”’`]+)["'”’`]/i;

export type RunningCount = { name: string; cells: Cell[]; step: string };

/** The running counts steps made, by frame. */
const madeCounts = new WeakMap<Frame, Set<string>>();

/** A sentence that restates a running count already made ('"wins_so_far" is the cumulative count of …'). */
export function restatesRunningCount(frame: Frame, sentence: string): boolean {
  return RUNNING_COUNT.test(sentence) && madeCounts.has(frame);
}

/**
 * "@wins_so_far[count]" over the one row a condition kept ("its value in week 9"): the running
 * count's cell on that row, not the number of rows; undefined for any other slot or rows.
 */
export function runningCountOnRow(
  frame: Frame,
  slot: string,
  rows: readonly number[],
): { value: number; name: string } | undefined {
  if (rows.length !== 1) return undefined;
  const name = [...(madeCounts.get(frame) ?? [])].find(
    (made) =>
      made.toLowerCase() === slot.toLowerCase() || slot.toLowerCase().startsWith(`${made.toLowerCase()}_`),
  );
  const value = name === undefined ? undefined : cellsOf(frame, name)[rows[0]!];
  return typeof value === 'number' && name !== undefined ? { value, name } : undefined;
}

/** The running count a sentence asks for, or undefined when it asks for none or names no column and value. */
export function runningCount(frame: Frame, sentence: string, text: string): RunningCount | undefined {
  const match = RUNNING_COUNT.exec(sentence);
  if (!match) return undefined;
  const said = match[1]!.trim().toLowerCase();
  const column = columnNames(frame).find((name) => name.trim().toLowerCase() === said);
  if (!column) return undefined;
  const value = match[2]!.trim();
  const cells = cellsOf(frame, column);
  const holds = (row: number) => {
    const cell = cells[row];
    return cell !== null && cell !== undefined && String(cell).trim() === value;
  };
  if (!frame.rows.some(holds)) return undefined;
  const name = NEW_NAME.exec(sentence)?.[1] ?? NEW_NAME.exec(text)?.[1] ?? 'running count';
  if (frame.derived.has(name)) return undefined;
  // A totals row at the foot is no row of the series.
  const totals = totalsRows(frame);
  const counted: Cell[] = cells.map(() => null);
  let running = 0;
  for (const row of frame.rows.filter((item) => !totals.has(item))) {
    if (holds(row)) running += 1;
    counted[row] = running;
  }
  madeCounts.set(frame, (madeCounts.get(frame) ?? new Set()).add(name));
  return {
    name,
    cells: counted,
    step: `${name} = the number of rows up to and including each one, in table order, whose ${column} is "${value}"${totals.size ? ' (the totals row left out)' : ''}`,
  };
}
