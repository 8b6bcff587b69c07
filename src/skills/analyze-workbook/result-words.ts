/**
 * @module result-words
 * Results a question says in words over a column that writes them as codes: "the games the team
 * lost" keeps the rows whose Result starts with "L" ("L 38–10"), and "the drivers who did not
 * finish" keeps the rows marked DNF or Ret. The column is known by its cells, not its name.
 */
import { type Frame, filterRows, wordsOf } from './analysis-frame.ts';
import { questionClauses } from './clause-conditions.ts';
import { codedSidesSource } from './coded-score-sides.ts';
import { normalizeText } from './normalize-text.ts';
import { aliasesOf } from './value-aliases.ts';

/** Single-letter result codes a cell may start with, a score after them ("W 17–3"). */
const RESULT_CODES = new Set(['w', 'l', 't', 'd']);

/** Cells that mark a competitor who did not finish. */
const NOT_FINISHED = new Set(['dnf', 'ret', 'retired', 'did not finish']);

const NOT_FINISHED_SAID = /\b(?:did not|didn[’']?t|failed to|could not|couldn[’']?t) finish\b|\bDNF\b/i;

/** The cells of one column, as written and normalized. */
function textsOf(frame: Frame, name: string): string[] {
  const source = frame.table.columns.find((column) => column.name === name);
  return source ? source.texts.map((text) => normalizeText(String(text ?? ''))) : [];
}

/** The result code a cell starts with before a score ("w 17 3" → "w"), else none. */
function leadingCode(text: string): string | undefined {
  const code = /^([a-z]) \d/.exec(text)?.[1];
  return code && RESULT_CODES.has(code) ? code : undefined;
}

/** The result codes a text's words say ("won" is "w", "losses" "l"). */
function resultCodesSaid(text: string): Set<string> {
  const spellings = new Set<string>();
  for (const word of wordsOf(text)) {
    const alias = aliasesOf(word);
    if (alias?.codes && alias.spellings.some((spelling) => RESULT_CODES.has(spelling)))
      spellings.add(alias.spellings.find((spelling) => RESULT_CODES.has(spelling))!);
  }
  return spellings;
}

/**
 * Keeps the rows of the one result the question names ("won", "losses") when a column writes
 * results as a code before a score: four in five of its cells do, the rest blank or a word ("Bye").
 */
function keepCodedResult(frame: Frame, question: string): void {
  const spellings = resultCodesSaid(question);
  if (spellings.size !== 1) return;
  const code = [...spellings][0]!;
  const columns = frame.table.columns
    .map((column) => column.name)
    .filter((name) => {
      const texts = textsOf(frame, name).filter(Boolean);
      const coded = texts.filter((text) => leadingCode(text) !== undefined);
      return (
        texts.length >= 4 &&
        coded.length >= 0.8 * texts.length &&
        coded.some((text) => leadingCode(text) === code)
      );
    });
  if (columns.length !== 1) return;
  const name = columns[0]!;
  // "How many points did the team score, and what was its largest winning margin?" once the text
  // made the team's points by the result: the result word belongs to one clause, not to every figure.
  const clauses = questionClauses(question);
  if (
    codedSidesSource(frame) === name &&
    clauses.length > 1 &&
    clauses.some((clause) => !resultCodesSaid(clause).has(code))
  ) {
    frame.unread.push(`the result "${code.toUpperCase()}" said in one clause of several`);
    return;
  }
  const texts = textsOf(frame, name);
  filterRows(
    frame,
    name,
    (row) => leadingCode(texts[row] ?? '') === code,
    `rows where ${name} starts with "${code.toUpperCase()}"`,
  );
}

/** Keeps the rows marked as not finished ("DNF", "Ret") when the question asks for them and one column marks them. */
function keepNotFinished(frame: Frame, question: string): void {
  if (!NOT_FINISHED_SAID.test(question)) return;
  const columns = frame.table.columns
    .map((column) => column.name)
    .filter((name) => textsOf(frame, name).some((text) => NOT_FINISHED.has(text)));
  if (columns.length !== 1) return;
  const name = columns[0]!;
  const texts = textsOf(frame, name);
  const source = frame.table.columns.find((column) => column.name === name)!;
  const written = [
    ...new Set(source.texts.filter((text) => NOT_FINISHED.has(normalizeText(String(text ?? ''))))),
  ];
  filterRows(
    frame,
    name,
    (row) => NOT_FINISHED.has(texts[row] ?? ''),
    `rows where ${name} is ${written.map((text) => JSON.stringify(String(text))).join(' or ')} (did not finish)`,
  );
}

/** The rows of a result the question says in words, over a column that writes it as a code. */
export function applyResultWords(frame: Frame, question: string): void {
  keepCodedResult(frame, question);
  keepNotFinished(frame, question);
}
