/**
 * @module stated-row-conditions
 * Number conditions a "where" or "whose" clause states on numeric columns named in full, quoted or
 * not, one or several joined by "and": 'Keep the rows where "Goats" is 0', "where Kids is at
 * least 2 and Goats is 0", "whose Level equals 3". Each condition ends its clause: a number with a
 * unit, a percent or an "or" after it ("is 0 or 1") is no condition read here, nor is a clause
 * whose sentence leaves those rows out ("Leave out the rows where Runs is 0"), which another step reads.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { cellsOf, columnNames, type Frame, isNumericColumn } from './analysis-frame.ts';
import { DROPS } from './cell-text-conditions.ts';

/** One stated condition: the column, the comparison word ("equal to" for "is"), and the number. */
export type StatedCondition = {
  readonly column: string;
  readonly word: string;
  readonly number: string;
  /** The word a definition names by the condition ("idle" in "A family is idle when …"). */
  readonly defines?: string;
};

const COMPARED =
  'greater than or equal to|less than or equal to|greater than|more than|higher than|above|over|less than|lower than|below|under|at least|at most';

/**
 * The number ends its condition: punctuation, the text's end, "and"/"but" next, or the divisor of a
 * share ("Divide the number of rows whose Kind is 1 by the number of rows").
 */
const CLAUSE_END = String.raw`(?!\.?\d|[\w'’%-])(?=\s*(?:[,.;:?)]|$|(?:and|but)\b|by (?:the |all )?(?:number|count|total)\b))`;

/** Other words by which a sentence sets rows aside rather than keeping them. */
const LEAVES_ASIDE = /\b(?:ignor\w*|skip\w*|except|without|other than|apart from|not counting)\b/i;

/**
 * The number a condition keeps: as written, or 1 and 0 for "True" and "False" on a column of flags
 * (its cells all 0 or 1); undefined for "True" on any other column.
 */
function flagNumber(frame: Frame, column: string, said: string): string | undefined {
  const truth = /^["“]?(true|false)["”]?$/i.exec(said)?.[1]?.toLowerCase();
  if (truth === undefined) return said;
  const flags = cellsOf(frame, column).every((cell) => cell === null || cell === 0 || cell === 1);
  return flags ? (truth === 'true' ? '1' : '0') : undefined;
}

/** The conditions the "where"/"whose" clauses of `text` state on the frame's numeric columns. */
export function statedRowConditions(frame: Frame, text: string): StatedCondition[] {
  const names = columnNames(frame)
    .filter((name) => name.trim().length >= 2 && isNumericColumn(frame, name))
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const one = String.raw`["“‘']?(${names.map(escapeRegExp).join('|')})["”’']?\s+(?:is|are|equals|is equal to)\s+(?:(${COMPARED})\s+)?(-?\d+(?:\.\d+)?|["“]?(?:true|false)["”]?)${CLAUSE_END}`;
  const first = new RegExp(String.raw`\b(where|whose|when)\s+(?:the\s+)?${one}`, 'gi');
  const next = new RegExp(String.raw`^\s+and\s+(?:(?:where|whose)\s+)?(?:the\s+)?${one}`, 'i');
  const found: StatedCondition[] = [];
  const read = (match: RegExpExecArray | RegExpMatchArray, from: number, defines: string | undefined) => {
    const column = names.find((name) => name.toLowerCase() === match[from]!.toLowerCase())!;
    const word = match[from + 1]?.toLowerCase() ?? 'equal to';
    const number = flagNumber(frame, column, match[from + 2]!);
    if (number === undefined || (word !== 'equal to' && number !== match[from + 2])) return;
    found.push({ column, word, number, ...(defines ? { defines } : {}) });
  };
  for (const match of text.matchAll(first)) {
    const sentence =
      text
        .slice(0, match.index)
        .split(/[.;:?!\n]\s/)
        .at(-1) ?? '';
    if (DROPS.test(sentence) || LEAVES_ASIDE.test(sentence)) continue;
    // "A member rides free when Fare is 0": a word defined by the conditions, read only where the text uses it.
    const defines = match[1]!.toLowerCase() === 'when' ? definedWord(text, sentence, match.index) : undefined;
    if (match[1]!.toLowerCase() === 'when' && !defines) continue;
    read(match, 2, defines);
    let at = match.index + match[0].length;
    for (let more = next.exec(text.slice(at)); more; more = next.exec(text.slice(at))) {
      read(more, 1, defines);
      at += more[0].length;
    }
  }
  return found;
}

/**
 * "A member rides free when …": the word defined, where the sentence starts with the thing defined and the words that
 * define it, and the last of those words comes up elsewhere in the text ("how many rode free").
 */
function definedWord(text: string, sentence: string, at: number): string | undefined {
  const defined = /^[\s{]*(?:an?|each|every)\s+[a-z]+\s+(?:[a-z]+\s+){1,3}$/i.exec(sentence);
  if (!defined) return undefined;
  const word = defined[0].trim().split(/\s+/).at(-1)!.toLowerCase();
  if (word.length < 4) return undefined;
  const elsewhere =
    text.slice(0, at - sentence.length) +
    text
      .slice(at)
      .split(/[.;?!\n]/)
      .slice(1)
      .join(' ');
  // "eligible" beside "not eligible" names two sets of rows, neither of which every slot keeps.
  const said = escapeRegExp(word);
  if (new RegExp(String.raw`\b(?:not|non|un)[\s_-]*${said}\b`, 'i').test(text)) return undefined;
  return new RegExp(String.raw`\b${said}\b`, 'i').test(elsewhere) ? word : undefined;
}

/** Whether the text states a number condition on the column in a "where"/"whose" clause. */
export function statesRowCondition(frame: Frame, text: string, column: string): boolean {
  return statedRowConditions(frame, text).some((condition) => condition.column === column);
}
