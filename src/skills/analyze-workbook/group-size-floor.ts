/**
 * @module group-size-floor
 * "the schools that have at least 3 teams", "Keep the stalls with 4 or more rows": the fewest rows a
 * group of a column must hold to take part, when the words before the bound name that column's groups.
 */
import { stem as porterStem } from '../../lib/text/stem.ts';
import { wordsOf } from './analysis-frame.ts';

const FLOOR =
  /\b([a-z]+)\s+(?:with|having|that\s+have|that\s+had)\s+(?:at\s+least\s+(\d+)|(\d+)\s+or\s+more)\s+[a-z]+/gi;

/** The least number of rows a group of `column` must hold, as the text states it for that column's groups. */
export function groupSizeFloor(text: string, column: string): number | undefined {
  const own = new Set(wordsOf(column).map((word) => porterStem(word)));
  const floors = new Set(
    [...text.matchAll(FLOOR)]
      .filter((match) => own.has(porterStem(match[1]!.toLowerCase())))
      .map((match) => Number(match[2] ?? match[3])),
  );
  return floors.size === 1 ? [...floors][0] : undefined;
}
