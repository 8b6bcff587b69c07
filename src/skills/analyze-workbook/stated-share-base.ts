/**
 * @module stated-share-base
 * A share whose text says its base is every row: 'Count the rows whose "Breed" is "Collie" and
 * whose "Colour" is "Sable", divide by the number of rows', 'Divide the number of rows whose "A" is
 * x and whose "B" is y by the number of rows'. Every condition on a column the counting clause
 * names in full is counted; the base is the rows that meet the other conditions. A base followed
 * by a clause of its own ("by the number of rows whose …") is no base of this kind.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import type { Frame } from './analysis-frame.ts';

/** The counting clause, then "by the number of rows" with nothing that narrows those rows. */
const COUNTED_OVER_EVERY_ROW =
  /\b(?:(?:divide|dividing)\s+the\s+(?:number|count)\s+of\s+rows|count\s+the\s+rows)\s+((?:whose|where|with)\b[^.;\n]{1,300}?)(?:,\s*(?:then\s+)?divided?|\s+divided)?\s+by\s+the\s+(?:total\s+)?number\s+of\s+(?:all\s+)?rows(?=\s*(?:[,.;\n)]|and\b|times\b|multipl|expressed\b|$))/i;

/** The rows a share stated over every row is taken of, and the columns it counts; undefined when not stated so. */
export function statedShareBase(
  frame: Frame,
  text: string,
): { readonly counted: readonly string[]; readonly base: readonly number[] } | undefined {
  const clause = COUNTED_OVER_EVERY_ROW.exec(text)?.[1];
  if (!clause || !frame.start) return undefined;
  const columns = [...new Set(frame.conditions.map((condition) => condition.column))];
  const counted = columns.filter((name) =>
    new RegExp(String.raw`(?<![\w])["“']?${escapeRegExp(name)}["”']?(?![\w])`, 'i').test(clause),
  );
  if (counted.length === 0) return undefined;
  const base = frame.start.filter((row) =>
    frame.conditions.every((condition) => counted.includes(condition.column) || condition.test(row)),
  );
  return { counted, base };
}
