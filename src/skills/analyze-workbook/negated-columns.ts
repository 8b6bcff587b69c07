/**
 * @module negated-columns
 * "the mean rent of unheated garages", "members who are not eligible for a refund": a word
 * the question negates ("not", "non-", "un-") that names a column is a condition on that column's
 * other side. A plan that never read the column, or read it with no negation in sight, answered
 * over the wrong rows ("unheated" over every row, "not eligible" over the eligible ones).
 */
import { stem as porterStem } from '../../lib/text/stem.ts';
import { columnNames, type Frame, wordsOf } from './analysis-frame.ts';

const NEGATED_WORD = /\b(?:not|non)[\s-]+([a-z]{4,})\b|\b(?:un|non-?)([a-z]{4,})\b/gi;
/** Signs in a plan that a condition took a column's other side, or its blank cells ("unnamed"). */
const NEGATION_SHOWN =
  /\bnot\b|≠|!=|"(?:no|false|n)"|\bis (?:0|false|no)\b|equal to 0\b|\b(?:missing|blank|empty|null)\b/i;

/** The columns a word names by its stem. */
function columnsOfWord(frame: Frame, word: string): string[] {
  const stem = porterStem(word.toLowerCase());
  if (stem.length < 4) return [];
  return columnNames(frame).filter((name) =>
    wordsOf(name).some((own) => own.length >= 4 && porterStem(own) === stem),
  );
}

/**
 * The negated phrases of a question naming a column the plan shows no negated condition on. A
 * question naming both sides ("eligible and non-eligible applicants") compares them and is left
 * to the rules that read groups.
 */
export function unreadNegations(frame: Frame, question: string, planText: string): string[] {
  const left: string[] = [];
  for (const match of question.matchAll(NEGATED_WORD)) {
    const word = match[1] ?? match[2]!;
    const columns = columnsOfWord(frame, word);
    if (columns.length === 0) continue;
    const bare = new RegExp(`(?<![a-z-])${word}\\b`, 'gi');
    const plain = [...question.matchAll(bare)].some((found) => {
      const before = question.slice(Math.max(0, found.index - 5), found.index).toLowerCase();
      return !/(?:not |non |non-|un)$/.test(before);
    });
    if (plain) continue;
    if (columns.some((name) => planText.includes(name)) && NEGATION_SHOWN.test(planText)) continue;
    left.push(match[0]);
  }
  return left;
}
