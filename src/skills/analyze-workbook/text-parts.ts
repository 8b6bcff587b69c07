/**
 * @module text-parts
 * A new column taken from one side of a mark in a text column, the way `str.split(', ').str[-1]`
 * does: "The venue is the word after the comma in Leg ('Leg 1, Home' is Home)", "the country is the
 * text after the last comma in Tournament, with a trailing ' (2)' removed", "the hull number is the
 * integer after the last dash in Hull No.". After the last mark, a cell without it is kept whole
 * (pandas' last part); after the first, before a mark, or as a number that is not one, it is missing.
 */
import { type Cell, cellsOf, columnNames, type Frame, findMentions } from './analysis-frame.ts';

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

/** Makes the column a sentence takes from one side of a mark; returns the clause read, or undefined. */
export function applyTextPart(frame: Frame, sentence: string): string | undefined {
  const match = STATED.exec(sentence);
  if (!match) return undefined;
  const [, rawName, kind, side, end, markWord, sourceText] = match;
  const name = rawName!.trim();
  if (/^(?:it|this|that|which|each)$/i.test(name)) return undefined;
  if (columnNames(frame).some((item) => item.toLowerCase() === name.toLowerCase())) return undefined;
  const source = findMentions(frame, sourceText!)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column)[0];
  if (!source) return undefined;
  const mark = MARKS[markWord!.toLowerCase()]!;
  // "('Leg 1, Home' is Home)" is an example of the step, not a value to keep rows by.
  const example = /^\s*\((?:[^()]|\([^()]*\))*\)/.exec(sentence.slice(match.index + match[0].length));
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
