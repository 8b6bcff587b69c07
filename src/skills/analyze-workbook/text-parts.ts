/**
 * @module text-parts
 * A new column taken from one side of a mark in a text column, the way `str.split(', ').str[-1]`
 * does: "The venue is the word after the comma in Leg ('Leg 1, Home' is Home)", "the country is the
 * text after the last comma in Tournament, with a trailing ' (2)' removed", "the hull number is the
 * integer after the last dash in Hull No.". After the last mark, a cell without it is kept whole
 * (pandas' last part); after the first, before a mark, or as a number that is not one, it is missing.
 */
import { type Cell, cellsOf, columnNames, type Frame, findMentions } from './analysis-frame.ts';
import { numberWord } from './normalize-text.ts';
import { mostlyPairs, PAIR, pairFigures } from './pair-parts.ts';

const MARKS: Record<string, RegExp> = {
  comma: /,\s*/,
  dash: /\s*[-–—]\s*/,
  hyphen: /\s*[-–—]\s*/,
  slash: /\s*\/\s*/,
  colon: /:\s*/,
  semicolon: /;\s*/,
  space: /\s+/,
};

const STATED =
  /\b(?:the\s+)?([A-Za-z][\w' ]{0,30}?)\s+(?:is|are)\s+the\s+(word|words|text|part|name|integer|number)\s+(after|before)\s+the\s+(?:(first|last)\s+)?(comma|dash|hyphen|slash|colon|semicolon|space)(?:\s+and\s+(?:the\s+)?space)?\s+(?:in|of)\s+(?:the\s+)?(.{1,40}?)(?=\s*\(|[.;,](?:\s|$)|$)/i;
/** ", with a trailing ' (2)' removed". */
const TRAILING =
  /^\s*(?:\([^()]*\)\s*)?,?\s*with\s+(?:a|any|the)\s+trailing\s+["'‘“]([^"'’”]+)["'’”]\s+removed/i;

/** Splits a text at every mark, the way str.split does. */
function partsOf(text: string, mark: RegExp): string[] {
  return text.split(new RegExp(mark.source, 'g'));
}

/** "The first year is the first four-digit number in Years Active" (`str.extract(r'(\d{4})')`). */
const DIGIT_NUMBER =
  /\b(?:the\s+)?([A-Za-z][\w' ]{0,30}?)\s+(?:is|are)\s+the\s+(first|last)\s+(\w+)-digit\s+(?:number|year)\s+(?:in|of)\s+(?:the\s+)?(.{1,40}?)(?=\s*\(|[.;,](?:\s|$)|$)/i;

/** Makes the column of the first or last number of so many digits a sentence names; returns the clause read. */
function applyDigitNumber(frame: Frame, sentence: string): string | undefined {
  const match = DIGIT_NUMBER.exec(sentence);
  if (!match) return undefined;
  const [, rawName, end, countWord, sourceText] = match;
  const name = rawName!.trim();
  const count = numberWord(countWord!.toLowerCase()) ?? Number(countWord);
  if (!Number.isInteger(count) || count < 1 || count > 9) return undefined;
  if (columnNames(frame).some((item) => item.toLowerCase() === name.toLowerCase())) return undefined;
  const source = findMentions(frame, sourceText!)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column)[0];
  if (!source) return undefined;
  const column = frame.table.columns.find((item) => item.name === source);
  const digits = new RegExp(String.raw`(?<!\d)\d{${count}}(?!\d)`, 'g');
  const made: Cell[] = cellsOf(frame, source).map((cell, row) => {
    if (cell === null) return null;
    const text = String(frame.derived.has(source) ? cell : (column?.texts[row] ?? cell));
    const found = [...text.matchAll(digits)].map((item) => Number(item[0]));
    return (end!.toLowerCase() === 'last' ? found.at(-1) : found[0]) ?? null;
  });
  const present = cellsOf(frame, source).filter((cell) => cell !== null).length;
  if (present === 0 || made.filter((cell) => cell !== null).length < present / 2) return undefined;
  frame.derived.set(name, made);
  frame.steps.push(`${name} = the ${end!.toLowerCase()} ${count}-digit number in ${source}`);
  return match[0];
}

/** Words of arithmetic after the column named: the part is one term of a figure, not the figure. */
const ARITHMETIC = /\b(?:minus|plus|times|divided|multiplied)\b/i;
/** "minus the number after it": the other side of the same dash. */
const BOTH_SIDES =
  /^\s*["'’”]?\s*(minus|plus)\s+the\s+(?:number|integer|figure|value)\s+(after|before)\s+(?:it|the\s+(?:dash|hyphen))\s*$/i;

/** The text after the column's name in the words that named it ("" when the name ends them). */
function restAfterColumn(text: string, column: string): string {
  const at = text.toLowerCase().indexOf(column.toLowerCase());
  return at < 0 ? '' : text.slice(at + column.length);
}

/** Makes a column from the two numbers either side of a dash, added or the one stated first less the other. */
function applySidesCombined(
  frame: Frame,
  match: RegExpExecArray,
  made: { name: string; source: string; first: boolean; op: string },
): string | undefined {
  const column = frame.table.columns.find((item) => item.name === made.source);
  const cells = cellsOf(frame, made.source);
  const minus = made.op.toLowerCase() === 'minus';
  const values: Cell[] = cells.map((cell, row) => {
    if (cell === null) return null;
    const text = String(frame.derived.has(made.source) ? cell : (column?.texts[row] ?? cell));
    const pair = PAIR.exec(text);
    if (!pair) return null;
    const [a, b] = made.first ? [Number(pair[1]), Number(pair[2])] : [Number(pair[2]), Number(pair[1])];
    return minus ? a - b : a + b;
  });
  const present = cells.filter((cell) => cell !== null).length;
  if (present === 0 || values.filter((cell) => cell !== null).length < present / 2) return undefined;
  frame.derived.set(made.name, values);
  const order = made.first ? ['before', 'after'] : ['after', 'before'];
  frame.steps.push(
    `${made.name} = the number ${order[0]} the dash in ${made.source} ${minus ? '−' : '+'} the number ${order[1]} it`,
  );
  return match[0];
}

/** "home_goals is the number before the dash." with no column named after it. */
const BARE_SIDE =
  /\b(?:the\s+)?([A-Za-z][\w' ]{0,30}?)["'’”]?\s+(?:is|are)\s+the\s+(?:number|integer)\s+(after|before)\s+the\s+(?:dash|hyphen)\b(?!\s+(?:in|of)\b)(?!\s+(?:minus|plus|times)\b)/i;

/** One side of "the dash" when the table has one column of dashed pairs alone, which the dash is in. */
function applyDashSideOfOnlyPairColumn(frame: Frame, sentence: string): string | undefined {
  const match = BARE_SIDE.exec(sentence);
  if (!match) return undefined;
  const name = match[1]!.trim();
  if (/^(?:it|this|that|which|each)$/i.test(name)) return undefined;
  if (columnNames(frame).some((item) => item.toLowerCase() === name.toLowerCase())) return undefined;
  const pairs = columnNames(frame).filter((column) => mostlyPairs(frame, column));
  if (pairs.length !== 1) return undefined;
  const source = pairs[0]!;
  const before = match[2]!.toLowerCase() === 'before';
  frame.derived.set(
    name,
    pairFigures(frame, source, (first, second) => (before ? first : second)),
  );
  frame.steps.push(`${name} = the number ${before ? 'before' : 'after'} the dash in ${source}`);
  return match[0];
}

/** Makes the column a sentence takes from one side of a mark; returns the clause read, or undefined. */
export function applyTextPart(frame: Frame, sentence: string): string | undefined {
  const digitNumber = applyDigitNumber(frame, sentence);
  if (digitNumber !== undefined) return digitNumber;
  const match = STATED.exec(sentence);
  if (!match) return applyDashSideOfOnlyPairColumn(frame, sentence);
  const [, rawName, kind, side, end, markWord, sourceText] = match;
  const name = rawName!.trim();
  if (/^(?:it|this|that|which|each)$/i.test(name)) return undefined;
  if (columnNames(frame).some((item) => item.toLowerCase() === name.toLowerCase())) return undefined;
  const source = findMentions(frame, sourceText!)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column)[0];
  if (!source) return undefined;
  // "… the number before the dash in Score minus the number after it": a figure over both sides.
  const rest = restAfterColumn(sourceText!, source);
  if (ARITHMETIC.test(rest)) {
    const both = BOTH_SIDES.exec(rest);
    if (!both || !/^(?:integer|number)$/i.test(kind!) || end || !/^(?:dash|hyphen)$/i.test(markWord!))
      return undefined;
    if (both[2]!.toLowerCase() === side!.toLowerCase()) return undefined;
    return applySidesCombined(frame, match, {
      name,
      source,
      first: side!.toLowerCase() === 'before',
      op: both[1]!,
    });
  }
  const mark = MARKS[markWord!.toLowerCase()]!;
  // "('Leg 1, Home' is Home)" is an example of the step, not a value to keep rows by; so is one after a
  // column name that ends in a period ("in Hull No. ('A-12' is 12)").
  const example = /^\.?\s*\((?:[^()]|\([^()]*\))*\)/.exec(sentence.slice(match.index + match[0].length));
  const trailing = TRAILING.exec(sentence.slice(match.index + match[0].length));
  const numeric = /^(?:integer|number)$/i.test(kind!);
  const after = side!.toLowerCase() === 'after';
  const last = end?.toLowerCase() === 'last';
  const column = frame.table.columns.find((item) => item.name === source);
  const cells = cellsOf(frame, source);
  const made: Cell[] = cells.map((cell, row) => {
    if (cell === null) return null;
    const text = String(frame.derived.has(source) ? cell : (column?.texts[row] ?? cell)).trim();
    const parts = partsOf(text, mark);
    let part: string | undefined;
    if (parts.length === 1) part = after && last ? text : undefined;
    else if (after)
      part = last ? parts.at(-1) : parts.slice(1).join(mark === MARKS.space ? ' ' : text.match(mark)![0]);
    else part = last ? parts.slice(0, -1).join(text.match(mark)![0]) : parts[0];
    if (part === undefined) return null;
    part = part.trim();
    if (trailing && part.endsWith(trailing[1]!)) part = part.slice(0, -trailing[1]!.length).trim();
    if (part === '') return null;
    if (!numeric) return part;
    return /^[-+]?\d+(?:\.\d+)?$/.test(part) ? Number(part) : null;
  });
  const present = cells.filter((cell) => cell !== null).length;
  if (present === 0 || made.filter((cell) => cell !== null).length < present / 2) return undefined;
  frame.derived.set(name, made);
  frame.steps.push(
    `${name} = the ${kind!.toLowerCase()} ${side!.toLowerCase()} the ${end ? `${end.toLowerCase()} ` : ''}${markWord!.toLowerCase()} in ${source}${trailing ? `, '${trailing[1]}' removed from its end` : ''}`,
  );
  const clauseEnd =
    match.index + match[0].length + Math.max(trailing?.[0].length ?? 0, example?.[0].length ?? 0);
  return sentence.slice(match.index, clauseEnd);
}
