/**
 * @module keyed-row
 * The line of a small table in a mail whose key the question names. A mail often lays values
 * out one to a line, each behind the words that key it ("Closing fee    2,400", "Jun 03 - Aug 05 :
 * $41/MWh") or after a code ("QX71B - Ida Brenner"). The row answers a question that writes its
 * whole key ("What closing fee …", "… for Jun 03 to Aug 05", "Ida Brenner's code"), however few
 * of the question's other words it shares, over a sentence beside it that only shares the topic
 * ("These figures use the low estimate") or over a row keyed by another term or person.
 */

import { analyze } from '../index/analyze.ts';

/**
 * The value at the end of a row: a figure, a sum or a rate ("2,400", "R$58/MWh", "12.5%", "$3.1MM"),
 * perhaps with a short note after it that says where it goes or its currency ("box 14", "CAD").
 */
const END_VALUE =
  /^(.*?[\p{L}\d].*?)(?:\s*[:=@|\-–]\s*@?\s*|\s+@?\s*)((?:[A-Z]{0,3}\$|[€£¥])?\s?-?\d[\d,]*(?:\.\d+)?\s?(?:%|[kK]|MM|[mM])?(?:\/[\p{L}]+)?)(?:\s+\p{L}{1,8}\.?\s?\d{1,3}|\s+[A-Z]{3})?\s*\.?$/u;
/** A code before a dash that keys its row by what follows ("QX71B - Ida Brenner"). */
const CODE_FIRST =
  /^([A-Z0-9]*\d[A-Z0-9]*[A-Z][A-Z0-9]*|[A-Z][A-Z0-9]*\d[A-Z0-9]*)\s+[-–:]\s+([\p{L}][\p{L}\s.'’-]*)$/u;
/** A row is short: a key of a few words and its value. */
const MAX_ROW = 60;
const MAX_KEY_WORDS = 6;
/** How far from the sentence picked a row of the same passage may stand. */
const ROW_REACH = 8;

/** The key words of a row and its value, or undefined when the line is no row. */
export function rowParts(text: string): { key: string; value: string } | undefined {
  const line = text.trim();
  if (line.length > MAX_ROW) return undefined;
  const code = CODE_FIRST.exec(line);
  if (code?.[1] && code[2]) return { key: code[2].trim(), value: code[1] };
  const end = END_VALUE.exec(line);
  if (!end?.[1] || !end[2]) return undefined;
  const key = end[1].trim();
  // The key is words ("Net margin", "Mar 05 - Nov 07"), not a sentence that ends in a figure.
  if (!/\p{L}/u.test(key) || key.split(/\s+/).length > MAX_KEY_WORDS) return undefined;
  return { key, value: end[2] };
}

/** Words as the index reads them, figures without their leading zeros ("04" is 4). */
function words(text: string): string[] {
  return analyze(text).map((word) => (/^\d+$/.test(word) ? String(Number(word)) : word));
}

/** The distinct words of a row's key, when it has at least two: one word keys too many lines. */
function keyWords(text: string): string[] | undefined {
  const parts = rowParts(text);
  if (!parts) return undefined;
  const keys = [...new Set(words(parts.key))];
  return keys.length >= 2 ? keys : undefined;
}

/** Every word of the row's key is written in the question ("Mar 05 to Nov 07" for "Mar 05 - Nov 07 : R$58/MWh"). */
export function keyNamed(question: string, text: string): boolean {
  const keys = keyWords(text);
  if (!keys) return false;
  const asked = new Set(words(question));
  return keys.every((word) => asked.has(word));
}

/**
 * A row keyed by a term with a figure in it, which the question writes whole: a period ("Jan 04
 * - Dec 06"), a term ("Cal 03"), a lot ("Lot 12"). Such a key names the row's value as surely as
 * the question's other words would.
 */
export function termKeyedRow(question: string, text: string): boolean {
  return keyNamed(question, text) && (keyWords(text) ?? []).some((word) => /\d/.test(word));
}

type Placed = { readonly text: string; readonly position: number };

/**
 * The row of the passage, near the sentence picked, whose whole key the question names and which
 * adds a word of it the sentence lacks: "Net margin 41,300" for "Which net margin
 * does the budget give?" over "These figures use the cautious forecast", "QX71B - Ida Brenner" for "Ida
 * Brenner's code" over the lead-in row of another person. Undefined when the sentence picked is
 * such a row itself, or when two rows fit alike.
 */
export function namedKeyRow<T extends Placed>(
  question: string,
  first: T,
  passage: readonly T[],
): T | undefined {
  if (keyNamed(question, first.text)) return undefined;
  const held = new Set(words(first.text));
  const rows = passage
    .filter(
      (line) =>
        line !== first &&
        Math.abs(line.position - first.position) <= ROW_REACH &&
        keyNamed(question, line.text) &&
        (keyWords(line.text) ?? []).some((word) => !held.has(word)),
    )
    .map((line) => ({ line, size: keyWords(line.text)?.length ?? 0 }));
  const most = Math.max(0, ...rows.map((row) => row.size));
  const best = rows.filter((row) => row.size === most);
  return best.length === 1 ? best[0]?.line : undefined;
}
