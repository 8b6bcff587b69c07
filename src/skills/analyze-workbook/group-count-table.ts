/**
 * @module group-count-table
 * "Count the rows of each ranger, then take the mean and the median of those counts": when the
 * text counts rows per group and then works with those counts, the question is about a smaller
 * table of one row per group, its value and its count. This module builds that table (each
 * group's row cites the group's first row of the source) for the question to be answered over.
 */
import type { Cell } from '../../formats/model.ts';
import { fail } from '../../lib/errors.ts';
import { createFrame, type Frame, findMentions, wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { typeColumn } from './column-types.ts';
import { countedGroupColumns } from './counted-per-group.ts';
import type { Column, DataTable } from './data-table.ts';
import type { SlotResult } from './slot-context.ts';
import { readSlotName } from './slot-words.ts';

/** The name of the count column of the table of groups. */
export const GROUP_COUNT_COLUMN = 'count';

/** The table of groups, the plan step that made it, and the check each slot's result over it passes. */
export type GroupCountTable = {
  readonly table: DataTable;
  readonly step: string;
  readonly check: (frame: Frame, slot: Slot, result: SlotResult) => void;
};

/** Slot words that ask for the group at an end of the counts ("@top_ranger"), or for that end's count. */
const END_WORDS = new Set(
  wordsOf(
    'top most largest biggest highest max maximum least fewest smallest lowest min minimum best worst busiest',
  ),
);

/**
 * Why a slot's result over the table of groups is not the answer, else undefined. Over that
 * table only figures of the counts are vouched for: a statistic of them, their outliers, or their
 * correlation with the group's value. The group at an end of the counts and the count of a
 * condition's rows beside other slots are other plans, left to be refused.
 */
function countedSlotProblem(
  frame: Frame,
  slot: Slot,
  result: SlotResult,
  group: string,
  count: string,
): string | undefined {
  const words = readSlotName(slot.name);
  const groupWords = wordsOf(group);
  if (
    words.some((word) => END_WORDS.has(word)) &&
    (words.some((word) => groupWords.includes(word)) || !result.columns.includes(count))
  )
    return 'it asks for the group at an end of the counts, or that end of them';
  if (result.columns.includes(group) && !/correlation/i.test(result.note))
    return `it reads the groups of ${group} as figures`;
  if (/\bdistinct\b/.test(result.note)) return 'it counts distinct counts';
  if (frame.conditions.length > 0 && !/^count of rows remaining/.test(result.note))
    return 'a condition on the counts would apply to every slot';
  return undefined;
}

/** The one column the texts count rows of each group of, when they name no other column in full. */
function countedGroup(table: DataTable, texts: readonly string[]): string | undefined {
  const frame = createFrame(table);
  const columns = countedGroupColumns(frame, texts);
  if (columns.length !== 1) return undefined;
  const group = columns[0]!;
  // 'the mean "Score" of each team's rows': a figure of another column is no figure of the counts.
  const other = texts.some((text) =>
    findMentions(frame, text).some(
      (mention) => mention.column !== group && mention.strength >= wordsOf(mention.column).length,
    ),
  );
  return other ? undefined : group;
}

/**
 * The table of one row per group of the column the texts count rows of (first seen first), with
 * the group's value and its count of rows, else undefined when the texts count no such groups.
 */
export function groupCountTable(table: DataTable, texts: readonly string[]): GroupCountTable | undefined {
  const name = countedGroup(table, texts);
  const column = table.columns.find((item) => item.name === name);
  // A table with a column of that name already keeps its own reading.
  if (!column || table.columns.some((item) => item.name === GROUP_COUNT_COLUMN)) return undefined;
  const firstRow = new Map<string, number>();
  const counts = new Map<string, number>();
  column.values.forEach((value, row) => {
    if (value === null) return;
    const key = column.texts[row] ?? String(value);
    if (!firstRow.has(key)) firstRow.set(key, row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  if (counts.size < 2) return undefined;
  const rows = [...firstRow.values()];
  const pick = <T>(values: readonly T[]) => rows.map((row) => values[row]!);
  const countCells: Cell[] = [...counts.values()].map((count) => ({ type: 'number', value: count }));
  const countColumn = typeColumn(GROUP_COUNT_COLUMN, table.columns.length + 1, countCells);
  // Each group's value names its row now: a label written as the source writes it, not a measure
  // beside the count.
  const labels = pick(column.texts);
  const grouped: Column = {
    name: column.name,
    sheetColumn: column.sheetColumn,
    type: 'category',
    values: labels,
    texts: labels,
    numbers: labels.map(() => null),
    groupLabels: true,
  };
  return {
    table: {
      ...table,
      rowNumbers: pick(table.rowNumbers),
      columns: [grouped, { ...countColumn, type: 'number' }],
    },
    check: (frame, slot, result) => {
      const problem = countedSlotProblem(frame, slot, result, column.name, GROUP_COUNT_COLUMN);
      if (problem)
        fail(
          'unsupported',
          `Over the counts of each ${column.name}, @${slot.name} is not vouched for: ${problem}.`,
        );
    },
    step: `Counted the rows of each ${column.name} (${counts.size} groups) and worked over those counts as "${GROUP_COUNT_COLUMN}"`,
  };
}
