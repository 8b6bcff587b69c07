/**
 * @module spelled-acronym
 * "What did I tell Ines about the letter of credit request?" over a reply titled "RE: Port
 * Authority L/C Request": the mail writes the phrase by its initials ("L/C", "P&L", "PO"),
 * so the question's words "letter" and "credit" are in it though no word of it spells them.
 */
import { analyze } from '../index/analyze.ts';
import { FUNCTION_WORDS } from '../lib/text/stop-words.ts';

/** Small words a phrase keeps between its initials: "letter of credit" is "L/C", "profit and loss" "P&L". */
const JOINERS = new Set(['of', 'and', 'for', 'to', 'the', 'on', 'in']);

/** Initials as mail writes them, in capitals: "L/C", "P&L", "A/R", "LC", "P.O.". */
const INITIALS = /(?<![\p{L}\p{N}&/.])(\p{Lu}(?:[/&.]?\p{Lu}){1,3})\.?(?![\p{L}\p{N}&/])/gu;

/** The most words a phrase spelled by initials has. */
const MOST_WORDS = 4;

/**
 * The question's terms (as `analyze` gives them) of each phrase of two to four words that the
 * text writes by its initials; empty when it writes none.
 */
export function spelledTerms(question: string, text: string): string[] {
  const spelled = new Set(
    [...text.matchAll(INITIALS)].map((match) => (match[1] ?? '').replace(/[/&.]/g, '').toLowerCase()),
  );
  if (spelled.size === 0) return [];
  const words = (question.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase());
  const out: string[] = [];
  for (let start = 0; start < words.length; start++) {
    const used: string[] = [];
    for (let at = start; at < words.length && used.length < MOST_WORDS; at++) {
      const word = words[at] ?? '';
      if (used.length > 0 && JOINERS.has(word)) continue;
      if (FUNCTION_WORDS.has(word)) break;
      used.push(word);
      const initials = used.map((each) => each.charAt(0)).join('');
      if (used.length >= 2 && spelled.has(initials)) out.push(...used.flatMap((each) => analyze(each)));
    }
  }
  return out;
}
