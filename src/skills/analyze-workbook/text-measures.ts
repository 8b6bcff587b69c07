/**
 * @module text-measures
 * Text cells cleaned of a stated mark and measured, the way pandas string methods do:
 * "Remove every double quote from Title", "remove the indoor mark ' (i)' from Surface"
 * (`str.replace(mark, '')`, every occurrence); "the mean length of the titles in characters"
 * (`str.len()`, every character counted, spaces too; "count the characters of each Title" too); "the number of sets is the number of parts
 * of Score separated by ', '" (`str.split(', ').str.len()`). A missing cell stays missing.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import {
  type Cell,
  cellsOf,
  columnNames,
  type Frame,
  filterRows,
  findMentions,
  isNumericColumn,
} from './analysis-frame.ts';
import { numberWord } from './normalize-text.ts';

/** A quoted mark, straight or curly quotes, spaces inside kept (' (i)'). */
const QUOTED = String.raw`(?:'([^'\n]{1,20})'|‘([^’\n]{1,20})’|"([^"\n]{1,20})"|“([^”\n]{1,20})”)`;
const REMOVE = new RegExp(
  String.raw`\b(?:remov|strip|delet|drop)\w*\s+(?:every|all|any|each|the)?\s*(?:(?:(single|double)\s+)?(quot)(?:e|es|ation marks?)\b(?:\s+marks?)?|[a-z ]{0,30}?${QUOTED})\s+(?:characters?\s+)?from\s+(?:the\s+)?(?:cells?\s+(?:of|in)\s+)?(.{1,40}?)(?=\s*[(,.;:]|\s+(?:so|and|then|before)\b|$)`,
  'i',
);

/** The text column a phrase names plainly, first. */
function textColumn(frame: Frame, phrase: string): string | undefined {
  return findMentions(frame, phrase)
    .filter((mention) => mention.strength >= 1)
    .sort((a, b) => a.position - b.position)
    .map((mention) => mention.column)
    .find((name) => !isNumericColumn(frame, name));
}

/** The cell as written (a cleaned copy's text when a step made one). */
function textsOf(frame: Frame, name: string): (string | null)[] {
  const column = frame.table.columns.find((item) => item.name === name);
  return cellsOf(frame, name).map((cell, row) =>
    cell === null ? null : String(frame.derived.has(name) ? cell : (column?.texts[row] ?? cell)),
  );
}

/** Removes the mark a sentence names from a text column; returns the clause read, or undefined. */
export function applyTextRemoval(frame: Frame, sentence: string): string | undefined {
  const match = REMOVE.exec(sentence);
  if (!match) return undefined;
  const [, kind, quoteWord, single, curlySingle, double, curlyDouble, columnText] = match;
  const marks = quoteWord
    ? kind?.toLowerCase() === 'single'
      ? ["'", '‘', '’']
      : kind?.toLowerCase() === 'double'
        ? ['"', '“', '”']
        : ['"', '“', '”', "'", '‘', '’']
    : [(single ?? curlySingle ?? double ?? curlyDouble)!];
  const name = textColumn(frame, columnText!);
  if (!name) return undefined;
  const texts = textsOf(frame, name);
  let changed = 0;
  const cleaned: Cell[] = texts.map((text) => {
    if (text === null) return null;
    const next = marks.reduce((value, mark) => value.split(mark).join(''), text);
    if (next !== text) changed++;
    return next;
  });
  if (changed === 0) return undefined;
  frame.derived.set(name, cleaned);
  frame.steps.push(
    `${marks.map((mark) => `'${mark}'`).join(', ')} removed from ${name} (${changed} cells changed)`,
  );
  // "…, so 'Hard (i)' becomes 'Hard'" or "('Hard (i)' is 'Hard')": an example, not a value to keep rows by.
  const example =
    /^\s*(?:\((?:[^()]|\([^()]*\))*\)|,?\s*so\s+(?:that\s+)?["'‘“][^"'’”]*(?:\([^()]*\))?[^"'’”]*["'’”]\s+becomes\s+["'‘“][^"'’”]*["'’”])/i.exec(
      sentence.slice(match.index + match[0].length),
    );
  return match[0] + (example?.[0] ?? '');
}

const LENGTH =
  /\blength(?:,?\s+in\s+characters,?)?\s+of\s+(?:the\s+|each\s+|every\s+)?(?:(?:names?|values?|entries|cells?|texts?|strings?|labels?)\s+(?:in|of)\s+(?:the\s+)?)?(.{1,60}?)(?:\s+in\s+characters\b|(?=\s*[,.;?]|\s+(?:once|after|when|with|where|whose|before)\b|$))|\b(?:number\s+of|count(?:s|ing)?(?:\s+the)?)\s+characters\s+(?:in|of)\s+(?:the\s+|each\s+|every\s+)?(.{1,40}?)(?=\s*[,.;?]|\s+(?:once|after|when|with|where|whose)\b|$)/i;
const PARTS = new RegExp(
  String.raw`\b(?:the\s+)?(number\s+of\s+[a-z]+(?:\s+[a-z]+)?)\s+is\s+the\s+number\s+of\s+(?:parts|pieces|items|entries)\s+(?:of|in)\s+(?:the\s+)?(.{1,40}?)\s+(?:separated|split|divided)\s+by\s+${QUOTED}`,
  'i',
);

/**
 * "How many finals went to three sets?" once "the number of sets" was made: the rows whose count is
 * the number the text puts before the counted noun. A bound ("three sets or more") is not read:
 * the question is refused rather than answered over every row.
 */
function keepStatedCount(frame: Frame, target: string, sentence: string, text: string): void {
  const noun = target.split(/\s+/).at(-1)!;
  const rest = text.replace(sentence, ' ');
  const stated = [
    ...rest.matchAll(
      new RegExp(String.raw`\b(\d+|[a-z]+)\s+${escapeRegExp(noun)}\b(\s+or\s+(?:more|fewer|less))?`, 'gi'),
    ),
  ].find((match) => numberWord(match[1]!) !== undefined);
  const count = stated ? numberWord(stated[1]!) : undefined;
  if (!stated || count === undefined) return;
  if (
    stated[2] ||
    new RegExp(
      String.raw`\b(?:at least|at most|more than|fewer than|less than)\s+${escapeRegExp(stated[0])}`,
      'i',
    ).test(rest)
  ) {
    frame.unread.push(`"${stated[0]}" (a bound on ${target})`);
    return;
  }
  const cells = cellsOf(frame, target);
  filterRows(frame, target, (row) => cells[row] === count, `rows where ${target} is ${count}`);
}

/** Makes the length or part-count column a sentence asks for; returns what it read, or undefined. */
export function applyTextMeasures(frame: Frame, sentence: string, text = sentence): string | undefined {
  const parts = PARTS.exec(sentence);
  if (parts) {
    const target = parts[1]!.trim();
    const name = textColumn(frame, parts[2]!);
    const mark = (parts[3] ?? parts[4] ?? parts[5] ?? parts[6])!;
    if (name && !columnNames(frame).some((item) => item.toLowerCase() === target.toLowerCase())) {
      frame.derived.set(
        target,
        textsOf(frame, name).map((text) => (text === null ? null : text.split(mark).length)),
      );
      frame.steps.push(`${target} = the number of parts of ${name} separated by '${mark}'`);
      keepStatedCount(frame, target, sentence, text);
      return parts[0];
    }
  }
  const length = LENGTH.exec(sentence);
  if (!length) return undefined;
  // A table with a column of lengths means that column, not a count of characters.
  if (columnNames(frame).some((item) => /\blength\b/i.test(item))) return undefined;
  const name = textColumn(frame, (length[1] ?? length[2])!);
  if (!name) return undefined;
  const target = `${name} length in characters`;
  if (frame.derived.has(target)) return undefined;
  frame.derived.set(
    target,
    textsOf(frame, name).map((text) => (text === null ? null : [...text].length)),
  );
  frame.steps.push(`${target} = the characters of each ${name}, spaces included`);
  return length[0];
}
