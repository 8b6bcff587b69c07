/**
 * @module demonym-values
 * A nation the question names by its people ("the Russian skaters", "a south korean skater"): the
 * one value of a text column that the word's country name or code spells ("Russia", "KOR").
 */
import { type Cell, categoryValues, columnNames, type Frame, wordsOf } from './analysis-frame.ts';
import { normalizeText } from './normalize-text.ts';
import { aliasesOf } from './value-aliases.ts';

/**
 * The value of column `name` that a demonym among the question's `words` stands for, with that
 * word. None when a column's own name holds the word ("Russian state"), when the words point at
 * two values, or when every row holds the value.
 */
export function demonymValue(
  frame: Frame,
  name: string,
  words: readonly string[],
): { value: Cell; key: string } | undefined {
  const headerWords = new Set(columnNames(frame).flatMap((column) => wordsOf(column)));
  const values = categoryValues(frame, name, 400).filter((item) => typeof item.value === 'string');
  if (values.length < 2) return undefined;
  const found = new Map<string, { value: Cell; key: string }>();
  for (const word of new Set(words)) {
    const alias = aliasesOf(word);
    if (!alias || alias.codes || headerWords.has(word)) continue;
    for (const item of values) {
      if (alias.spellings.includes(normalizeText(String(item.value))))
        found.set(String(item.value), { value: item.value, key: word });
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}
