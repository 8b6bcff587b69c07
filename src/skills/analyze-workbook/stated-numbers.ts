/**
 * @module stated-numbers
 * A number column the text defines by where the number sits in another column's cells, the way
 * `str.extract` does: "The distance is the number in Notes without its ' m'", "the place is the
 * number at the start of Position ('2nd' is 2)", "the rating is the first number in Ratings", "the
 * graduation year is the year in parentheses in School", "Viewers is the number before ' million'"
 * (the column named is read anew), "take the seed as the leading number of Seed". A cell without
 * such a number is missing (`errors='coerce'`); "the number in" a cell holding two numbers is no
 * one number, so the rule reads nothing there rather than guess which.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { type Cell, cellsOf, columnNames, type Frame, filterRows, findMentions } from './analysis-frame.ts';

/** "The X is the …" or "take the X as the …", then where the number sits, up to the column named. */
const STATED =
  /\b(?:(?:take|taking|use|using)\s+(?:the\s+)?([A-Za-z][\w' ]{0,30}?)\s+(?:as|to be)|(?:the\s+)?([A-Za-z][\w' ]{0,30}?)\s+(?:is|are))\s+the\s+(?:(first|last|leading|trailing|only)\s+)?(?:whole\s+|decimal\s+|four-digit\s+|4-digit\s+)?(number|integer|figure|year|value)s?\s+(at\s+the\s+(?:start|beginning|end)\s+(?:of|in)\b|in\s+(?:the\s+)?(?:parentheses|brackets)\s+(?:of|in)\b|before\s+["'‘“]([^"'’”]{1,20})["'’”](?:\s+(?:of|in)\b)?|in\b|of\b)/i;

/** The rows whose cell holds no such number are left out: "rows whose Notes do not give episodes are dropped". */
const OTHERS_DROPPED =
  /\b(?:rows?|cells?|entries|values?)\s+(?:whose|where|that|which|with|without)\b[^.;]{0,60}?\b(?:not|no|without)\b[^.;]{0,40}?\b(?:are|is)\s+(?:dropped|left out|excluded|ignored|removed|skipped|omitted)\b/i;

/** A number as a cell writes it: thousands commas allowed ("1,234"), a list's ", " not. */
const NUMBER = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;

type Place = 'start' | 'end' | 'first' | 'last' | 'only' | 'parentheses' | 'before';

function placeOf(end: string | undefined, where: string): Place {
  const said = where.toLowerCase();
  if (/^at the (?:start|beginning)/.test(said)) return 'start';
  if (/^at the end/.test(said)) return 'end';
  if (/^in (?:the )?(?:parentheses|brackets)/.test(said)) return 'parentheses';
  if (said.startsWith('before')) return 'before';
  const first = end?.toLowerCase();
  if (first === 'leading' || first === 'first') return first === 'leading' ? 'start' : 'first';
  if (first === 'trailing' || first === 'last') return first === 'trailing' ? 'end' : 'last';
  return 'only';
}

const asNumber = (text: string): number => Number(text.replace(/,/g, ''));

/** The number a cell holds at the stated place; undefined when it has none there, 'many' for two under "the number in". */
function readAt(text: string, place: Place, before: string | undefined): number | undefined | 'many' {
  const all = [...text.matchAll(NUMBER)].map((match) => match[0]);
  switch (place) {
    case 'start': {
      const lead = /^\s*[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(text);
      return lead ? asNumber(lead[0]) : undefined;
    }
    case 'end': {
      const trail = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*$/.exec(text);
      return trail ? asNumber(trail[0]) : undefined;
    }
    case 'first':
      return all[0] === undefined ? undefined : asNumber(all[0]);
    case 'last':
      return all.at(-1) === undefined ? undefined : asNumber(all.at(-1)!);
    case 'parentheses': {
      const inner = /\(([^()]*)\)/.exec(text)?.[1] ?? '';
      const found = [...inner.matchAll(NUMBER)].map((match) => match[0]);
      if (found.length > 1) return 'many';
      return found[0] === undefined ? undefined : asNumber(found[0]);
    }
    case 'before': {
      const pattern = new RegExp(
        String.raw`([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*${escapeRegExp(before!.trim())}`,
        'i',
      );
      const match = pattern.exec(text);
      return match ? asNumber(match[1]!) : undefined;
    }
    case 'only':
      if (all.length > 1) return 'many';
      return all[0] === undefined ? undefined : asNumber(all[0]);
  }
}

/** The column a text names at its very start, with the text it took. */
function columnAtStart(frame: Frame, text: string): string | undefined {
  const mention = findMentions(frame, text.replace(/^\s*["'‘“]/, '')).find(
    (item) => item.strength >= 1 && item.position === 0,
  );
  return mention?.column;
}

/** Makes the column a sentence defines by the place of a number in another; returns the clause read. */
export function applyStatedNumber(frame: Frame, sentence: string): string | undefined {
  const match = STATED.exec(sentence);
  if (!match) return undefined;
  const [whole, takenName, isName, end, kind, where, before] = match;
  const name = (takenName ?? isName)!.trim();
  if (/^(?:it|this|that|which|each|there|answer|result)$/i.test(name)) return undefined;
  const place = placeOf(end, where!);
  // "The count is the number of rows …" counts; only "the first number of X" reads one.
  if (/^of$/i.test(where!) && end === undefined) return undefined;
  const after = sentence.slice(match.index + whole.length);
  const endsWithPreposition = /\b(?:of|in)$/i.test(whole);
  const named = columnNames(frame).find((item) => item.toLowerCase() === name.toLowerCase());
  // "Viewers is the number before ' million'": the column named is the one read, anew.
  const source = endsWithPreposition ? columnAtStart(frame, after) : place === 'before' ? named : undefined;
  if (!source) return undefined;
  if (named && named !== source) return undefined;
  const column = frame.table.columns.find((item) => item.name === source);
  const cells = cellsOf(frame, source);
  let many = false;
  const made: Cell[] = cells.map((cell, row) => {
    if (cell === null) return null;
    const text = String(frame.derived.has(source) ? cell : (column?.texts[row] ?? cell)).trim();
    const value = readAt(text, place, before);
    if (value === 'many') many = true;
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  });
  if (many) return undefined;
  const present = cells.filter((cell) => cell !== null).length;
  // A few numbers among many other cells read as a column only when the text drops the others
  // ("rows whose Notes give no episodes are dropped").
  const found = made.filter((cell) => cell !== null).length;
  if (present === 0 || found === 0 || (found < present / 2 && !OTHERS_DROPPED.test(sentence)))
    return undefined;
  const target = named ?? name;
  frame.derived.set(target, made);
  const placeWords: Record<Place, string> = {
    start: 'at the start of',
    end: 'at the end of',
    first: 'first in',
    last: 'last in',
    only: 'in',
    parentheses: 'in parentheses in',
    before: `before '${before?.trim()}' in`,
  };
  frame.steps.push(`${target} = the ${kind!.toLowerCase()} ${placeWords[place]} ${source}`);
  if (OTHERS_DROPPED.test(sentence))
    filterRows(frame, target, (row) => made[row] !== null, `rows whose ${target} is a number`);
  // The clause read runs to the column's name, with an example or "without its ' m'" after it.
  let stop = match.index + whole.length;
  if (endsWithPreposition) {
    const at = after.toLowerCase().indexOf(source.toLowerCase());
    stop += at >= 0 ? at + source.length + (/^["'’”]/.test(after.slice(at + source.length)) ? 1 : 0) : 0;
  }
  const tail =
    /^\s*(?:without\s+(?:its|the|a)\s+["'‘“][^"'’”]{1,20}["'’”])?\s*(?:\((?:[^()]|\([^()]*\))*\))?/.exec(
      sentence.slice(stop),
    );
  return sentence.slice(match.index, stop + (tail?.[0].length ?? 0));
}
