/**
 * @module synonym-bounds
 * A bound after a noun a person uses for a column's header word ("fixtures that pulled in a crowd
 * under 7,500" over Attendance, "a turnover above 2000" over Revenue), a determiner before it: the noun is read as that column,
 * written out as "crowd Attendance under 45,000" for the rules that read a column's name before its
 * comparison. Only nouns count (not "where", "long" or "won"); a noun that names a column itself, or
 * that could be two numeric columns, is left as written.
 */
import {
  columnNames,
  type Frame,
  findMentions,
  isNumberingColumn,
  isNumericColumn,
  wordsOf,
} from './analysis-frame.ts';
import { COLUMN_SYNONYMS } from './column-synonyms.ts';
import { stem } from './normalize-text.ts';

/** Synonyms that are no noun for an amount: places, times, verbs, ranks. */
const NOT_AN_AMOUNT =
  /^(?:where|when|long|tall|against|opposing|versus|vs|played|held|won|win|lost|lose|outcome|scored|sang|performed|singer|directed|attend|attended|name|finish|place|rank|pos|position|result|club|team|country|nation|nationality|location|venue|stadium)$/i;

/** A determiner, the noun after it, and the bound: "a crowd under", "their turnover above" ("score more than" is a verb). */
const BOUND =
  /\b(?<=\b(?:a|an|the|its|their|his|her|each)\s+)([a-z]{3,})\s+(at least|at most|more than|less than|fewer than|over|under|above|below)\s+(?=[$€£]?\d)/gi;

/** The one numeric column (no numbering or identifier) with a header word the noun is a synonym of. */
function synonymColumn(frame: Frame, noun: string): string | undefined {
  const said = noun.toLowerCase();
  if (NOT_AN_AMOUNT.test(said)) return undefined;
  const named = columnNames(frame).filter((name) => {
    if (!isNumericColumn(frame, name) || isNumberingColumn(frame, name)) return false;
    if (frame.table.columns.find((column) => column.name === name)?.type === 'identifier') return false;
    return wordsOf(name).some((word) => {
      const others = COLUMN_SYNONYMS[stem(word)] ?? COLUMN_SYNONYMS[word] ?? [];
      return others.some((other) => other === said || stem(other) === stem(said));
    });
  });
  return named.length === 1 ? named[0] : undefined;
}

/** The text with each bound after a synonym noun written with the column it names. */
export function synonymBoundsAsColumns(frame: Frame, text: string): string {
  return text.replace(BOUND, (whole, noun: string, bound: string) => {
    if (findMentions(frame, noun).length > 0) return whole;
    const column = synonymColumn(frame, noun);
    return column === undefined ? whole : `${noun} ${column} ${bound} `;
  });
}
