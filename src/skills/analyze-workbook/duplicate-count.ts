/**
 * @module duplicate-count
 * "How many duplicate rows are there?", "@duplicate_ids[n]": the rows whose value (of the named
 * columns, or of every column) an earlier row already holds, as pandas' `duplicated().sum()` counts
 * them (the first of each set is kept); "keep=False" or "every occurrence" counts the whole set.
 * A question that dropped the duplicates first asks something else.
 */
import { cellsOf, columnNames, findMentions } from './analysis-frame.ts';
import { has, type SlotContext, type SlotResult, type SlotRule } from './slot-context.ts';

/** "duplicate rows", "duplicated records": a duplicate of the whole row. */
const WHOLE_ROWS = /\bduplicat\w*\s+(?:rows|records|entries|observations)\b/i;

/** "duplicate Code values", "duplicated values in the Code column": the words naming the column. */
const OF_COLUMN =
  /\bduplicat\w*\s+(?:values?\s+(?:in|of)\s+)?(?:the\s+)?(.{1,60}?)(?=[,;:?)\n]|\.(?:\s|$)|\s+(?:are|is|were|there|in|that|which)\b|$)/i;

/** The columns whose values together make a row a duplicate; undefined when the text says none. */
function keyColumns(context: SlotContext): string[] | undefined {
  if (context.ownColumns.length > 0) return [...context.ownColumns];
  if (WHOLE_ROWS.test(context.question)) return columnNames(context.frame);
  const phrase = OF_COLUMN.exec(context.question)?.[1];
  if (!phrase) return undefined;
  const named = findMentions(context.frame, phrase).filter(
    (mention) => mention.position === 0 && mention.end === phrase.split(/\s+/).length,
  );
  return named.length === 1 ? [named[0]!.column] : undefined;
}

function duplicateCount(context: SlotContext): SlotResult {
  const columns = keyColumns(context)!;
  const keys = columns.map((name) => cellsOf(context.frame, name));
  const keyOf = (row: number) => JSON.stringify(keys.map((cells) => cells[row] ?? null));
  const every = /\bkeep\s*=\s*false\b|\b(?:every|all)\s+occurrences?\b/i.test(context.text);
  const seen = new Map<string, number>();
  for (const row of context.rows) seen.set(keyOf(row), (seen.get(keyOf(row)) ?? 0) + 1);
  const first = new Set<string>();
  const rows = context.rows.filter((row) => {
    const key = keyOf(row);
    if (every) return seen.get(key)! > 1;
    if (first.has(key)) return true;
    first.add(key);
    return false;
  });
  const over = columns.length === columnNames(context.frame).length ? 'every column' : columns.join(', ');
  return {
    value: String(rows.length),
    note: `count of duplicate rows (whose ${over} ${every ? 'another row also holds' : 'an earlier row already holds'})`,
    columns,
    rows,
  };
}

export const DUPLICATE_COUNT_RULE: SlotRule = {
  name: 'count of duplicate rows',
  applies: (words, context) =>
    has(words, 'duplicate', 'duplicates', 'duplicated') &&
    !has(words, 'mean', 'avg', 'average', 'median', 'std', 'sum', 'share', 'percent', 'percentage') &&
    !context.frame.steps.some((step) => step.startsWith('duplicate rows dropped')) &&
    keyColumns(context) !== undefined,
  compute: duplicateCount,
};
