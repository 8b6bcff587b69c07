/**
 * @module pick-table
 * Which table of a workbook a question is about: the one whose name, title, column names and
 * label values share most words with the question. A value the question names ("Barley",
 * "2006") counts for the column that holds it, so a flat table holding each named value in a
 * column of its own beats a pivot or summary that holds them all in one column of labels; a
 * pivot's "Sum of Revenue" is matched by "Revenue" alone, since "sum of" names its aggregate.
 */
import { wordsOf } from './analysis-frame.ts';
import type { Column, DataTable } from './data-table.ts';
import { normalizeText, stem } from './normalize-text.ts';

/** A pivot's value field names its aggregate first ("Sum of Cost", "Average of Price"). */
const AGGREGATE_LABEL = /^(?:sum|count|average|avg|max|min|product|stddev|var)\s+of\s+/i;

/** What a word of the table's name or title, a column's name, and a column holding a named value add. */
const NAME_WORD = 3;
const COLUMN_WORD = 2;
const VALUE_COLUMN = 1.5;

/** Longest label, in words, that a question may name as a value. */
const LABEL_WORDS = 4;

const labelColumn = (column: Column) =>
  column.type === 'category' ||
  column.type === 'identifier' ||
  column.type === 'text' ||
  column.type === 'date';

/** True when one of the column's labels is said whole in the question (as stemmed words). */
function holdsNamedValue(column: Column, question: string): boolean {
  const seen = new Set<string>();
  for (const text of column.texts) {
    const label = wordsOf(text).join(' ');
    if (!label || seen.has(label) || label.split(' ').length > LABEL_WORDS) continue;
    seen.add(label);
    if (` ${question} `.includes(` ${label} `)) return true;
  }
  return false;
}

export function pickTable(tables: readonly DataTable[], question: string): DataTable | undefined {
  const words = new Set(normalizeText(question).split(' ').map(stem));
  const said = wordsOf(question).join(' ');
  let best: DataTable | undefined;
  let bestScore = -1;
  for (const table of tables) {
    let score = 0;
    // A table's own name ("tblSales") and its block title ("COUPLE TWO WAGES") say what it holds.
    for (const word of wordsOf(`${table.name} ${table.title ?? ''}`))
      if (word.length >= 3 && word !== 'tbl' && words.has(word)) score += NAME_WORD;
    for (const column of table.columns) {
      for (const word of normalizeText(column.name.replace(AGGREGATE_LABEL, '')).split(' '))
        if (words.has(stem(word))) score += COLUMN_WORD;
      if (labelColumn(column) && holdsNamedValue(column, said)) score += VALUE_COLUMN;
    }
    score += Math.log10(table.rowNumbers.length * table.columns.length + 1) / 10;
    if (score > bestScore) {
      best = table;
      bestScore = score;
    }
  }
  return best;
}
