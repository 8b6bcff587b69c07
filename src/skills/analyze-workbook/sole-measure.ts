/**
 * @module sole-measure
 * "How many expenses are above the mean?" over a table with one column of amounts: a statistic
 * compared with, named after no column, is of the one column the table measures by. A table
 * with several such columns leaves it unread, and so does a sentence that names the rows by an
 * identifier column ("how many runners" beside RunnerId): the rows themselves are compared then.
 */
import {
  columnNames,
  type Frame,
  findMentions,
  isNumberingColumn,
  isNumericColumn,
} from './analysis-frame.ts';

/** The one numeric column of the frame that measures rows (no identifier, no row numbering), if only one and the sentence names no identifier. */
export function soleMeasure(frame: Frame, sentence: string): string | undefined {
  const typeOf = (name: string) => frame.table.columns.find((item) => item.name === name)?.type;
  if (findMentions(frame, sentence).some((mention) => typeOf(mention.column) === 'identifier'))
    return undefined;
  const measures = columnNames(frame).filter(
    (name) =>
      isNumericColumn(frame, name) &&
      !isNumberingColumn(frame, name) &&
      !['identifier', 'date'].includes(typeOf(name) ?? ''),
  );
  return measures.length === 1 ? measures[0] : undefined;
}
