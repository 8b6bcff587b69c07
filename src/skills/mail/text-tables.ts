/**
 * @module text-tables
 * Tables typed into a mail body as plain lines ("  Minimum  Market  Maximum" over "Cash  2 MM  4 MM
 * 6 MM"), read back as facts a summary can quote: a row keeps its column names ("Cash: minimum 2
 * MM, market 4 MM, maximum 6 MM") and a total keeps what it totals ("Quarterly Sales: total 520
 * (J. Reyes 200, …)"). Works on a message's sentences, where each table line is one sentence.
 */
import { MONTH_NAME_PATTERN, WEEKDAY_NAMES } from '../../lib/text/calendar-names.ts';

/** One figure of a row: "2 MM", "$1,204.50", "(35)", "12%", "4.5bn". */
const FIGURE = /(?:[-+]?[$€£]\s?)?[-+(]?\d[\d,.]*\)?(?:\s?(?:%|MM|mm|[kKmM]|bn))?/gu;

/** A row: a label of a few words (initials allowed: "J. Reyes") and one or more figures after it. */
const ROW = new RegExp(String.raw`^(\p{L}[^?!\d:]{0,50}?)\s+((?:${FIGURE.source}\s*)+)$`, 'u');

/** A row's label and its figures, or undefined when the line is no table row (a sentence in words). */
export function tableRow(line: string): { label: string; figures: string[] } | undefined {
  const match = ROW.exec(line.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const label = match[1].trim();
  // A label is a name, not a clause: few words in lower case.
  if (label.split(/\s+/).filter((word) => /^\p{Ll}{2,}$/u.test(word)).length >= 2) return undefined;
  if (label.split(/\s+/).length > 6) return undefined;
  const figures = [...match[2].matchAll(FIGURE)].map((figure) => figure[0].trim());
  return { label, figures };
}

/** A header line: two to six capitalised words and nothing else ("Minimum Market Maximum"). */
export function columnNames(line: string): string[] | undefined {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return undefined;
  return words.every((word) => /^\p{Lu}[\p{L}'-]*$/u.test(word)) ? words : undefined;
}

/** A title over a table: a short line of words with no figure and no sentence end ("Quarterly Sales"). */
const isTitle = (line: string) => {
  const text = line.trim();
  const words = text.split(/\s+/);
  return words.length <= 5 && /^\p{Lu}/u.test(text) && !/[\d.?!:;,]$/u.test(text) && !/\d/.test(text);
};

const TOTAL_LABEL = /^(?:grand |net |sub-?)?total$|^sum$/i;

/** "Here are Dana's numbers.", "Below is the split:": a sentence that introduces what follows. */
const INTRODUCES = /^(?:here (?:are|is)|below (?:are|is)|these are|the following)\b/i;

/** How far back a table's introducing sentence may stand. */
const INTRO_REACH = 2;

const CALENDAR_NAME = new RegExp(
  `^(?:${MONTH_NAME_PATTERN}|${WEEKDAY_NAMES.map((day) => `${day}|${day.slice(0, 3)}`).join('|')})\\.?$`,
  'i',
);

/** "Minimum" → "minimum"; an acronym ("MTM") and a month or a weekday ("June", "Mon") stay as they are. */
const columnWord = (name: string) =>
  /^\p{Lu}{2,}$/u.test(name) || CALENDAR_NAME.test(name) ? name : name.toLowerCase();

/**
 * Rows under a header line of as many column names as they have figures, written with the names
 * ("Cash: minimum 2 MM, market 4 MM, maximum 6 MM"), one table one sentence; a sentence just
 * before that introduces it ("Here are Dana's numbers.") leads it. Other sentences pass unchanged.
 */
export function withColumnNames(sentences: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const names = columnNames(sentences[i] ?? '');
    const rows: string[] = [];
    let end = i + 1;
    for (; names && end < sentences.length; end++) {
      const row = tableRow(sentences[end] ?? '');
      if (!row || row.figures.length !== names.length) break;
      rows.push(
        `${row.label}: ${row.figures.map((figure, k) => `${columnWord(names[k] ?? '')} ${figure}`).join(', ')}`,
      );
    }
    if (!names || rows.length === 0) {
      out.push(sentences[i] ?? '');
      continue;
    }
    const back = out.slice(-INTRO_REACH).findLastIndex((sentence) => INTRODUCES.test(sentence.trim()));
    const at = back < 0 ? -1 : out.length - Math.min(INTRO_REACH, out.length) + back;
    const intro = at >= 0 ? out.splice(at, 1)[0]?.trim().replace(/[.:]$/, '') : undefined;
    out.push(intro ? `${intro} \u2014 ${rows.join('; ')}` : rows.join('; '));
    i = end - 1;
  }
  return out;
}

/**
 * A total row ("Total 945") after the rows it adds up and under a title ("Quarterly Sales") is one
 * fact: "Quarterly Sales: total 520 (J. Reyes 200, K. Olsen 250, Rest of Team 70)".
 */
export function withTotals(sentences: readonly string[]): string[] {
  const out = [...sentences];
  for (let i = 0; i < out.length; i++) {
    const total = tableRow(out[i] ?? '');
    if (!total || total.figures.length !== 1 || !TOTAL_LABEL.test(total.label)) continue;
    let start = i;
    while (start > 0 && tableRow(out[start - 1] ?? '')?.figures.length === 1) start--;
    const parts = out.slice(start, i);
    if (parts.length < 2) continue;
    const title = start > 0 && isTitle(out[start - 1] ?? '') ? out[start - 1]?.trim() : undefined;
    const sum = `${total.figures[0]} (${parts.map((part) => part.trim()).join(', ')})`;
    const fact = title ? `${title}: ${total.label.toLowerCase()} ${sum}` : `${total.label} ${sum}`;
    const from = title ? start - 1 : start;
    out.splice(from, i - from + 1, fact);
    i = from;
  }
  return out;
}
