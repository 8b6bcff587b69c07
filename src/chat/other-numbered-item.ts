/**
 * @module other-numbered-item
 * "What does the lodger in #11 still owe?" is not answered by a line of a mail's list whose
 * item is another number ("#7 Late again. Per the ledger the balance is $65 …") when
 * the mail never writes "#11": the figure is that other item's.
 */
import { escapeRegExp } from '../lib/text/escape-regexp.ts';
import { answerWords } from './quoted-source.ts';

/** An item asked by its number: "#11", "# 7", "#4b". */
const ITEM_ASKED = /#\s?(\d+[a-z]?)\b/gi;

/** An item's mark opening a line of a list: "#7-Why …", "#11 Paid in full.", "  #4b Moved out?". */
const ITEM_MARK = /(?:^|\n)[ \t>]*#\s?(\d+[a-z]?)(?=[\s:.)–—-])/gi;

/** The words of an answer that find its place in the passage: its first words, spaces loose. */
function placeOf(answer: string, passage: string): number {
  const words = answerWords(answer).split(/\s+/).filter(Boolean).slice(0, 6);
  if (words.length < 3) return -1;
  const pattern = words.map(escapeRegExp).join(String.raw`\s+`);
  return new RegExp(pattern).exec(passage)?.index ?? -1;
}

/**
 * True when the question asks of a numbered item ("#11"), the passage never writes that number as
 * an item, and the answer's line sits under another item's mark ("#7").
 */
export function lineOfOtherNumberedItem(question: string, answer: string, passage: string): boolean {
  const asked = [...question.matchAll(ITEM_ASKED)].map((match) => (match[1] ?? '').toLowerCase());
  if (asked.length === 0) return false;
  const marks = [...passage.matchAll(ITEM_MARK)].map((match) => ({
    at: match.index ?? 0,
    item: (match[1] ?? '').toLowerCase(),
  }));
  if (marks.some((mark) => asked.includes(mark.item))) return false;
  const at = placeOf(answer, passage);
  if (at < 0) return false;
  const under = marks.filter((mark) => mark.at <= at).at(-1);
  return under !== undefined && !asked.includes(under.item);
}
