/**
 * @module number-in-columns
 * "Count the rows with a number in both Cup and League", "The heats are "H1", "H2" and "H3". Count
 * the rows with a number in all three": rows kept when every one of several columns holds a
 * number there (a "-" or a blank is none), as pandas' `notna().all(axis=1)` keeps them.
 */
import { cellsOf, type Frame, filterRows, isNumericColumn, namedColumns } from './analysis-frame.ts';
import { numberWord } from './normalize-text.ts';
import { sentencesOf } from './transform-frame.ts';

/** "with a number in both", "that have a figure in all four of", "holding a number in each of the". */
const NUMBER_IN =
  /\b(?:with|having|that\s+(?:have|has)|which\s+(?:have|has)|who\s+(?:have|has)|holding)\s+(?:a\s+)?(?:number|figure|numeric\s+value)\s+in\s+(both|all|each|every\s+one)\b(?:\s+of)?(?:\s+the)?(?:\s+(two|three|four|five|six|seven|eight|nine|ten|\d+))?/i;

/** "that have both a "Pears" and a "Plums" price": one column named on each side of "and". */
const BOTH_A_AND_B =
  /\b(?:that|which|who)\s+(?:have|has|hold|holds)\s+both\s+an?\s+([^.;,]{1,60}?)\s+and\s+an?\s+([^.;,]{1,60})/i;

/** The numeric columns a span names, in order, each once. */
function numericNamed(frame: Frame, span: string): string[] {
  return namedColumns(frame, span).filter((name) => isNumericColumn(frame, name));
}

/**
 * The columns a sentence asks to hold a number: those named after "in both", or, for "in all four",
 * the four columns the sentence names (the count must agree). Undefined when they cannot be told.
 */
function columnsAsked(
  frame: Frame,
  sentence: string,
  earlier: readonly string[],
): { columns: string[]; said: string; noun?: string } | undefined {
  const both = BOTH_A_AND_B.exec(sentence);
  if (both) {
    const first = numericNamed(frame, both[1]!);
    const second = numericNamed(frame, both[2]!);
    if (first.length === 1 && second.length === 1 && first[0] !== second[0])
      return { columns: [first[0]!, second[0]!], said: both[0].trim() };
  }
  const match = NUMBER_IN.exec(sentence);
  if (!match) return undefined;
  const how = match[1]!.toLowerCase();
  const count = match[2] === undefined ? (how === 'both' ? 2 : undefined) : numberWord(match[2]);
  const after = numericNamed(frame, sentence.slice(match.index + match[0].length));
  if (after.length >= 2)
    return count === undefined || after.length === count
      ? { columns: after, said: match[0].trim() }
      : undefined;
  // "The heats are H1, H2 and H3. Count the rows with a number in all three.": the nearest
  // sentence, this one first, that names just that many columns.
  if (count === undefined) return undefined;
  const listing = [sentence.slice(0, match.index), ...[...earlier].reverse()].find(
    (text) => numericNamed(frame, text).length > 0,
  );
  const listed = listing === undefined ? [] : numericNamed(frame, listing);
  if (listed.length !== count) return undefined;
  // "The rounds are …": the noun the listing gives the columns, which the slot may use.
  const noun = listing === undefined ? undefined : LISTING_NOUN.exec(listing)?.[1];
  return { columns: listed, said: match[0].trim(), ...(noun ? { noun } : {}) };
}

/** "The rounds are …", "the heats were …": the noun a listing of columns opens with. */
const LISTING_NOUN = /^\s*(?:the\s+)?([a-z]+)\s+(?:are|were)\b/i;

/** Keeps the rows with a number in every column a sentence of the text names so; returns the words read. */
export function applyNumberInColumns(frame: Frame, question: string, constraints: string): string[] {
  const read: string[] = [];
  const sentences = sentencesOf(`${question}\n${constraints}`, frame);
  for (const [index, sentence] of sentences.entries()) {
    const asked = columnsAsked(frame, sentence, sentences.slice(0, index));
    if (!asked) {
      // Said, but of columns that cannot be told: any answer would ignore the condition.
      const said = NUMBER_IN.exec(sentence);
      if (said) frame.unread.push(`"${said[0].trim()}" (the columns it means are not clear)`);
      continue;
    }
    const { columns } = asked;
    const cells = columns.map((name) => cellsOf(frame, name));
    const step = `rows with a number in ${columns.length === 2 ? 'both' : `all ${columns.length}`} of ${asked.noun ? `the ${asked.noun.toLowerCase()} ` : ''}${columns.join(', ')}`;
    if (frame.steps.some((done) => done.startsWith(`${step} (`))) continue;
    filterRows(frame, columns[0]!, (row) => cells.every((column) => typeof column[row] === 'number'), step);
    read.push(asked.said);
  }
  return read;
}
