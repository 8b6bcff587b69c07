/**
 * @module coded-groups
 * Two groups of an integer-coded category the question names in words: "first class and third
 * class", "first- and third-class passengers", "class 1 and class 3" over a Tclass column of
 * 1, 2, 3. The column's name must hold the noun ("class" in Tclass), the codes must exist, and
 * exactly one column may fit; the groups come in the order the question names them.
 */
import { type Cell, categoryValues, columnNames, type Frame } from './analysis-frame.ts';

const SPOKEN = ['first', 'second', 'third', 'fourth', 'fifth'];
const ORDINAL = '(first|second|third|fourth|fifth|[1-5](?:st|nd|rd|th))';

function codeOf(spoken: string): number {
  const word = spoken.toLowerCase();
  return SPOKEN.includes(word) ? SPOKEN.indexOf(word) + 1 : Number(word[0]);
}

/** The codes the question names for one column, in the order it names them. */
function namedCodes(key: string, codes: ReadonlySet<Cell>, question: string): { code: number; at: number }[] {
  const found: { code: number; at: number }[] = [];
  const add = (code: number, at: number) => {
    if (codes.has(code) && !found.some((item) => item.code === code)) found.push({ code, at });
  };
  const nounFits = (noun: string) => noun.length >= 3 && key.includes(noun.toLowerCase().replace(/e?s$/, ''));
  // "first class", "third-class"
  for (const match of question.matchAll(new RegExp(`\\b${ORDINAL}[ -]([a-z]{3,})\\b`, 'gi')))
    if (nounFits(match[2]!)) add(codeOf(match[1]!), match.index);
  // "first- and third-class", "first and third class": the noun after the second ordinal only.
  for (const match of question.matchAll(
    new RegExp(`\\b${ORDINAL}-?\\s+(?:and|or|vs\\.?|versus)\\s+${ORDINAL}[ -]([a-z]{3,})\\b`, 'gi'),
  ))
    if (nounFits(match[3]!)) {
      add(codeOf(match[1]!), match.index);
      add(codeOf(match[2]!), match.index + 1);
    }
  // "class 1 and class 3"
  for (const match of question.matchAll(/\b([a-z]{3,})\s+([1-9])\b/gi))
    if (nounFits(match[1]!)) add(Number(match[2]), match.index);
  return found.sort((a, b) => a.at - b.at);
}

export type CodedGroups = {
  column: string;
  values: [Cell, Cell];
  /** Words the text may name each group by ("first", "1st", "class 1"). */
  spoken: [string[], string[]];
};

const SUFFIX = ['st', 'nd', 'rd', 'th', 'th'];

function spokenForms(code: number, column: string): string[] {
  return [SPOKEN[code - 1]!, `${code}${SUFFIX[code - 1]}`, `${column} ${code}`];
}

export function codedGroups(frame: Frame, question: string): CodedGroups | undefined {
  const fits: CodedGroups[] = [];
  for (const name of columnNames(frame)) {
    const values = categoryValues(frame, name, 12).map((item) => item.value);
    if (values.length < 2 || !values.every((value) => typeof value === 'number' && Number.isInteger(value)))
      continue;
    const key = name.toLowerCase().replace(/[^a-z]/g, '');
    const found = namedCodes(key, new Set(values), question);
    if (found.length === 2)
      fits.push({
        column: name,
        values: [found[0]!.code, found[1]!.code],
        spoken: [spokenForms(found[0]!.code, name), spokenForms(found[1]!.code, name)],
      });
  }
  return fits.length === 1 ? fits[0] : undefined;
}
