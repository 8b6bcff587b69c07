/**
 * @module repeated-header
 * A table whose header repeats a name has "Time" and "Time (2)". Words that say only "the time"
 * name either: the one of them the text quotes by name (alone) is meant, and with none or both
 * quoted the words are refused rather than read as the first.
 */
import { fail } from '../../lib/errors.ts';
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { columnNames, type Frame } from './analysis-frame.ts';

const baseName = (name: string) => name.replace(/ \(\d+\)$/, '');

/** Whether the text quotes the column by its whole name ('"Time (2)"'). */
function quoted(text: string, name: string): boolean {
  return new RegExp(`["“'‘\`]${escapeRegExp(name)}["”'’\`]`).test(text);
}

/**
 * The column a phrase means when it names `column` by words a repeated header shares: the
 * column itself when the phrase writes its whole name or the header is not repeated, else the one
 * sibling the text quotes; refused when that is not one.
 */
export function repeatedHeaderMeant(frame: Frame, column: string, phrase: string, text: string): string {
  const base = baseName(column);
  const family = columnNames(frame).filter((name) => baseName(name) === base);
  if (family.length < 2 || frame.derived.has(column)) return column;
  if (column !== base && phrase.includes(column)) return column;
  if (column === base && quoted(phrase, column)) return column;
  const named = family.filter((name) => quoted(text, name));
  if (named.length === 1) return named[0]!;
  fail(
    'unsupported',
    `"${phrase.trim()}" names ${family.join(' or ')}, which share a header, and the text does not say which.`,
    { hint: `Quote the column by its name ("${family[1]}").` },
  );
}
