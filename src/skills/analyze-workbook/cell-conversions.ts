/**
 * @module cell-conversions
 * Type conversions a sentence states for text cells that hold numbers, done the way pandas code
 * does them: "Convert Rank to a number ('3rd' is 3)" or "by taking its leading number" keeps
 * each cell's leading number (`str.extract(r'^(\d+)')`); "Convert Reach from feet and inches to
 * inches (5'9\" is 69)" reads feet and inches; "Split Result on the dash into home and away"
 * makes one number column per part, and "into two numbers and add them to get the total runs"
 * (or "Total runs is the sum of the two numbers in Result") their sum. A cell the conversion
 * cannot read is missing, as `errors='coerce'` makes it.
 */
import { type Cell, cellsOf, columnNames, type Frame, namedColumns } from './analysis-frame.ts';
import { applyCodedScoreSides } from './coded-score-sides.ts';
import { applyConditionalLabels } from './conditional-labels.ts';
import { numberWord } from './normalize-text.ts';
import { applyPairFigure } from './pair-figure.ts';
import { applyPairParts } from './pair-parts.ts';
import { applyStatedNumber } from './stated-numbers.ts';
import { applyStatedUnits } from './stated-units.ts';
import { applyTextPart } from './text-parts.ts';

/**
 * "The start year (of a term) is the last four digits of Opened", "… the four digits before the dash
 * in Term", "take the start year as the first four digits of 'Opened'".
 */
const DIGITS_OF =
  /\b(?:(?:take|taking|use|using)\s+)?(?:the\s+)?([A-Za-z][A-Za-z ]{1,30}?)(?:\s+of\s+(?:a|an|each|the)\s+[A-Za-z]+)?\s+(?:is|as|to be)\s+the\s+(?:(first|last)\s+)?(\w+)\s+digits\s+(?:(before|after)\s+the\s+(dash|hyphen|slash)\s+)?(?:of|in)\s+(.{1,40}?)(?=\s*\(|[.;,]|$)/i;

/** A conversion rule: does its step when the sentence states it; returns the clause that stated it. */
type ConversionRule = (frame: Frame, sentence: string) => string | undefined;

/**
 * An example or a "by …" phrase right after a conversion ("by taking its leading number ('7th (t)' is 7)"),
 * also after a column name that ends in a period ("of Reg. No. ('R-2041' is 2041)").
 */
const TRAILING_EXAMPLE = /^\.?(?:\s+by\s+[^(.;,]*?)?\s*\((?:[^()]|\([^()]*\))*\)/;

/** The clause a match states, with the example in parentheses that follows it. */
function clauseOf(sentence: string, match: RegExpExecArray): string {
  const end = match.index + match[0].length;
  return sentence.slice(match.index, end) + (TRAILING_EXAMPLE.exec(sentence.slice(end))?.[0] ?? '');
}

const LEADING_NUMBER = /^\s*([-+]?\d+(?:\.\d+)?)/;
const FEET_INCHES = /^\s*(\d+)\s*(?:['′’]|ft\.?|feet)\s*(\d+(?:\.\d+)?)?\s*(?:["″”]|''|in\.?|inches)?\s*$/i;
/** Two numbers joined by a hyphen, en or em dash ("68-86", "2–1"). */
const DASHED_PAIR = /^\s*(\d+(?:\.\d+)?)\s*[-–—]\s*(\d+(?:\.\d+)?)\s*$/;

/** Text cells (not yet numbers) of a column, or undefined when most of its cells are numbers already. */
function textCells(frame: Frame, name: string): Cell[] | undefined {
  const cells = cellsOf(frame, name);
  const present = cells.filter((cell) => cell !== null);
  const texts = present.filter((cell) => typeof cell === 'string').length;
  return texts > 0 && texts >= present.length / 2 ? cells : undefined;
}

/** Converts a column cell by cell; kept only when most present cells convert. */
function convert(
  frame: Frame,
  name: string,
  cells: Cell[],
  read: (text: string) => number | undefined,
  step: string,
): boolean {
  const converted = cells.map((cell) =>
    typeof cell === 'number' ? cell : typeof cell === 'string' ? (read(cell) ?? null) : null,
  );
  const present = cells.filter((cell) => cell !== null).length;
  if (converted.filter((cell) => cell !== null).length < present / 2) return false;
  frame.derived.set(name, converted);
  frame.steps.push(step);
  return true;
}

const TO_NUMBER =
  /\b(?:convert\w*|turn\w*|cast\w*|chang\w*|read\w*)\b[^.;]{0,60}?\b(?:to|into|as)\s+(?:an?\s+)?(?:numbers?|numeric|integers?|floats?|ints?)\b|\b(?:taking|take|keep\w*|extract\w*|using)\s+(?:its|their|the)\s+(?:leading|first)\s+(?:number|integer|digits?)\b(?:\s+(?:written\s+|shown\s+)?(?:in|of)\s+(?:each\s+|every\s+|the\s+)?["'“]?[A-Za-z][^.;,()"'”?]{0,40}["'”]?)?|\b(?:the\s+)?(?:first|leading)\s+(?:number|integer|figure)\s+(?:written\s+|shown\s+)?(?:in|of)\s+(?:each\s+|every\s+|the\s+)?["'“]?[A-Za-z][^.;,()"'”?]{0,40}["'”]?|\b(?:number|figure)(?:\s+of\s+[a-z]+)?\s+at\s+the\s+(?:start|beginning)\s+of\s+(?:each\s+|every\s+|the\s+)?["'“]?[A-Za-z][^.;,()"'”?]{0,40}["'”]?/i;
const TO_INCHES = /\bfeet and inches\b[^.;]{0,30}?\binches\b|\bto inches\b/i;

/** One or more quoted tokens: "'?'", "'tbc' and 'n/k'", "'n.a.', 'unknown' or '?'". */
const QUOTED_LIST = String.raw`((?:["'‘“][^"'’”\n]{1,20}["'’”](?:\s*(?:,|and|or)\s*)?)+)`;
const MISSING_WORD = String.raw`(?:missing|unknown|nan|null|na|none|no value|not known|empty|not (?:recorded|given|reported|available)|no (?:figure|data|record))\b`;
/** "Treat '?' as missing (in Level)", "replace 'tbc' with NaN", "a Coach 'n/k' is missing", "'n/k' means unknown". */
const PLACEHOLDER_FORMS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:treat|consider|regard|read|count|mark|code)\w*\s+(?:the\s+|any\s+|every\s+)?(?:values?\s+|cells?\s+|entries\s+|strings?\s+)?${QUOTED_LIST}\s+(?:in\s+(?:the\s+)?(.{1,40}?)\s+)?as\s+(?:a\s+|an\s+)?(?:missing\s+values?|${MISSING_WORD})`,
    'i',
  ),
  new RegExp(
    String.raw`\breplac\w*\s+(?:the\s+|any\s+|every\s+)?(?:values?\s+|cells?\s+|entries\s+)?${QUOTED_LIST}\s+(?:in\s+(?:the\s+)?(.{1,40}?)\s+)?(?:with|by)\s+(?:np\.)?(?:nan|null|none|missing values?|na)\b`,
    'i',
  ),
  new RegExp(
    String.raw`${QUOTED_LIST}\s+(?:in\s+(?:the\s+)?(.{1,40}?)\s+)?(?:means?|marks?|stands? for|denotes?|indicates?|is|are)\s+(?:a\s+|an\s+)?(?:missing\s+values?|${MISSING_WORD})`,
    'i',
  ),
];

/** "'T' and 'ok' mean paid", "map 'F' and 'x' to 'open'": the quoted texts, then the word they become. */
const MAPPED = new RegExp(
  String.raw`${QUOTED_LIST}\s+(?:\((?:in\s+)?any case\)\s+)?(?:mean|means|stand for|stands for|become|becomes|map to|maps to|are read as|is read as)\s+["'‘“]?([A-Za-z][\w ]{0,20}?)["'’”]?(?=\s*(?:[,.;]|$|and\b|or\b))|\b(?:map|recode|replace|rename|normali[sz]e)\w*\s+${QUOTED_LIST}\s+(?:\((?:in\s+)?any case\)\s+)?(?:to|with|as|into|by)\s+["'‘“]?([A-Za-z][\w ]{0,20}?)["'’”]?(?=\s*(?:[,.;]|$|and\b|or\b))`,
  'gi',
);
const NO_VALUE = /^(?:nan|null|none|na|missing|a missing value|missing values?|unknown|no value)$/i;

/** Rules in the order they are tried on a sentence; the first that converts ends it. */
export const CONVERSION_RULES: readonly ConversionRule[] = [
  applyConditionalLabels,
  applyPairParts,
  applyPairFigure,
  applyCodedScoreSides,
  applyTextPart,
  applyStatedNumber,
  applyStatedUnits,
  // "Treat 'n/k' as missing", "a Coach 'n/k' is missing": the quoted text is no value (and picks no rows).
  (frame, sentence) => {
    for (const form of PLACEHOLDER_FORMS) {
      const match = form.exec(sentence);
      if (!match) continue;
      const tokens = [...match[1]!.matchAll(/["'‘“]([^"'’”\n]{1,20})["'’”]/g)].map((item) => item[1]!.trim());
      // The column named in the clause ("in Score"), else right before the quotes ("a Name '-'"), else any holding the text.
      const before = sentence.slice(Math.max(0, match.index - 40), match.index);
      const named = namedColumns(frame, match[2] ?? '').concat(
        match[2] ? [] : namedColumns(frame, before).slice(-1),
      );
      const columns = named.length > 0 ? named : columnNames(frame);
      let changed = 0;
      const touched: string[] = [];
      for (const name of columns) {
        const column = frame.table.columns.find((item) => item.name === name);
        const cells = cellsOf(frame, name);
        const texts = column ? column.texts.map((text) => String(text ?? '').trim()) : cells.map(String);
        const hits = texts.map((text, row) => tokens.includes(text) && cells[row] !== null);
        const count = hits.filter(Boolean).length;
        if (count === 0) continue;
        frame.derived.set(
          name,
          cells.map((cell, row) => (hits[row] ? null : cell)),
        );
        changed += count;
        touched.push(name);
      }
      if (changed === 0) return undefined;
      frame.steps.push(
        `${tokens.map((token) => `'${token}'`).join(', ')} read as missing in ${touched.join(', ')} (${changed} cells)`,
      );
      return match[0];
    }
    return undefined;
  },
  // "In Paid?, 'T', 'true' and 'ok' (any case) mean paid; map 'F' and 'x' to 'open'".
  (frame, sentence) => {
    const pairs = [...sentence.matchAll(MAPPED)]
      .map((match) => ({ list: match[1] ?? match[3]!, to: (match[2] ?? match[4]!).trim() }))
      .filter((pair) => !NO_VALUE.test(pair.to));
    if (pairs.length === 0) return undefined;
    const anyCase = /\bany case\b|\bcase[- ]insensitive\w*|\bignoring case\b/i.test(sentence);
    const key = (text: string) => (anyCase ? text.trim().toLowerCase() : text.trim());
    const mapping = new Map<string, string>();
    for (const pair of pairs)
      for (const token of pair.list.matchAll(/["'‘“]([^"'’”\n]{1,20})["'’”]/g))
        mapping.set(key(token[1]!), pair.to);
    const first = sentence.search(/["'‘“]/);
    const name = namedColumns(frame, sentence.slice(0, first < 0 ? sentence.length : first)).at(-1);
    if (!name) return undefined;
    const column = frame.table.columns.find((item) => item.name === name);
    const cells = cellsOf(frame, name);
    const texts = column
      ? column.texts.map((text) => String(text ?? ''))
      : cells.map((cell) => String(cell ?? ''));
    let mapped = 0;
    const next = cells.map((cell, row) => {
      // A spreadsheet's TRUE and FALSE are 1 and 0 as numbers: "'1' and 'Y' mean yes" takes them too.
      const to =
        cell === null && texts[row]!.trim() === ''
          ? undefined
          : (mapping.get(key(texts[row]!)) ??
            (typeof column?.values[row] === 'boolean' ? mapping.get(key(cell ? '1' : '0')) : undefined));
      if (to === undefined) return cell;
      mapped++;
      return to;
    });
    if (mapped === 0) return undefined;
    frame.derived.set(name, next);
    frame.steps.push(
      `${name} mapped: ${pairs.map((pair) => `${pair.list.trim()} → ${pair.to}`).join('; ')} (${mapped} cells)`,
    );
    return sentence.slice(Math.max(0, first));
  },
  // "Split Result on the dash into home and away", "into won and lost", "into two numbers and add them".
  (frame, sentence) => {
    const split =
      /\bsplit\w*\s+(?:the\s+)?(.{1,40}?)(?:\s+(?:column\s+)?(?:on|at|by)\s+(?:the\s+)?(?:dash|hyphen|["'`]?[-–—]["'`]?))?\s+into\s+(.{2,60}?)(?=\s*\(|[.;:]|,|\s+and\s+(?:add|sum|take|then|keep|count|find)\b|$)/i.exec(
        sentence,
      );
    if (!split) return undefined;
    const source = namedColumns(frame, split[1]!)[0];
    const cells = source ? textCells(frame, source) : undefined;
    if (!source || !cells) return undefined;
    const pairs = cells.map((cell) => (typeof cell === 'string' ? DASHED_PAIR.exec(cell) : null));
    if (pairs.filter(Boolean).length < cells.filter((cell) => cell !== null).length / 2) return undefined;
    const parts = /^(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)$/i.exec(split[2]!.trim());
    const generic = !parts || /^(?:two|2)\s+(?:numbers|parts|values|integers)$/i.test(split[2]!.trim());
    const names = generic ? [`${source} first number`, `${source} second number`] : [parts[1]!, parts[2]!];
    for (const [index, name] of names.entries())
      frame.derived.set(
        name,
        pairs.map((pair) => (pair ? Number(pair[index + 1]) : null)),
      );
    frame.steps.push(`${names.join(' and ')} = the two numbers of ${source} either side of the dash`);
    const sum =
      /\b(?:add|sum)\w*\s+(?:them|the two|both)\b[^.;]*?\b(?:to get|to give|as|giving|for)\s+(?:the\s+)?(.{2,40}?)(?:\s+(?:of|for|in|per)\s+(?:each|every)\s+(\w+)|(?=\s+(?:of|for|in|per)\s+(?:a|the)\b|[.;,]|$))/i.exec(
        sentence,
      );
    if (!sum) return clauseOf(sentence, split);
    addSum(frame, sum[1]!.trim(), source, pairs, sum[2]);
    return sentence.slice(split.index, sum.index + sum[0].length);
  },
  // "Total runs is the sum of the two numbers in Result".
  (frame, sentence) => {
    const defined =
      /\b(?:the\s+)?([A-Za-z][\w ]{1,30}?)\s+(?:is|=|are)\s+(?:the\s+)?(?:sum|total)\s+of\s+the\s+two\s+(?:numbers|parts|values)\s+(?:in|of)\s+(?:the\s+)?(.{1,40}?)(?=[.;,]|$)/i.exec(
        sentence,
      );
    if (!defined) return undefined;
    const source = namedColumns(frame, defined[2]!)[0];
    const cells = source ? textCells(frame, source) : undefined;
    if (!source || !cells) return undefined;
    const pairs = cells.map((cell) => (typeof cell === 'string' ? DASHED_PAIR.exec(cell) : null));
    if (pairs.filter(Boolean).length < cells.filter((cell) => cell !== null).length / 2) return undefined;
    addSum(frame, defined[1]!.trim(), source, pairs);
    return clauseOf(sentence, defined);
  },
  // "The start year is the last four digits of Opened", "the year is the four digits before the dash in Term".
  (frame, sentence) => {
    const stated = DIGITS_OF.exec(sentence);
    if (!stated) return undefined;
    const [, name, end, count, side, mark, rest] = stated;
    const source = namedColumns(frame, rest!)[0];
    const cells = source ? cellsOf(frame, source) : undefined;
    if (!source || !cells) return undefined;
    const n = numberWord(count!.toLowerCase()) ?? Number(count);
    if (!Number.isInteger(n) || n < 1 || n > 9) return undefined;
    // "The joining year is the first four digits of Joining year ('2008 1' is 2008)": the column read anew.
    const said = name!.trim();
    const same = said.toLowerCase() === source.toLowerCase();
    if (!same && columnNames(frame).some((item) => item.toLowerCase() === said.toLowerCase()))
      return undefined;
    const target = same ? source : said;
    const digits = new RegExp(String.raw`(?<!\d)\d{${n}}(?!\d)`, 'g');
    const read = (cell: Cell): number | null => {
      let text = String(cell ?? '');
      if (cell === null || text.trim() === '') return null;
      if (side) {
        const at = text.search(mark === 'slash' ? /\// : /[-–—]/);
        if (at < 0) return null;
        text = side.toLowerCase() === 'before' ? text.slice(0, at) : text.slice(at + 1);
      }
      const found = [...text.matchAll(digits)].map((match) => Number(match[0]));
      // "the four digits before the dash": one run of them, or the end the text names.
      const pick =
        end?.toLowerCase() === 'last'
          ? found.at(-1)
          : end
            ? found[0]
            : found.length === 1
              ? found[0]
              : undefined;
      return pick ?? null;
    };
    const made = cells.map(read);
    const present = cells.filter((cell) => cell !== null).length;
    if (made.filter((cell) => cell !== null).length < present / 2) return undefined;
    frame.derived.set(target, made);
    frame.steps.push(
      `${target} = the ${end ? `${end.toLowerCase()} ` : ''}${n} digits ${side ? `${side.toLowerCase()} the ${mark} ` : ''}of ${source}`,
    );
    return clauseOf(sentence, stated);
  },
  // "Convert Height from feet and inches to inches (6'1\" is 73)".
  (frame, sentence) => {
    const stated = TO_INCHES.exec(sentence);
    if (!stated) return undefined;
    const done = namedColumns(frame, sentence).some((name) => {
      const cells = textCells(frame, name);
      if (!cells) return false;
      return convert(
        frame,
        name,
        cells,
        (text) => {
          const match = FEET_INCHES.exec(text);
          return match ? Number(match[1]) * 12 + Number(match[2] ?? 0) : undefined;
        },
        `${name} converted from feet and inches to inches`,
      );
    });
    if (!done) return undefined;
    // "Convert Reach from feet and inches to inches (5'9\" is 69)": the clause from the verb on.
    const verb = /\b(?:convert|turn|chang|express|read)\w*\b/i.exec(sentence.slice(0, stated.index));
    const start = verb ? verb.index : stated.index;
    const end = stated.index + stated[0].length;
    return sentence.slice(start, end) + (TRAILING_EXAMPLE.exec(sentence.slice(end))?.[0] ?? '');
  },
  // "Convert Rank to a number ('3rd' is 3)", "by taking its leading number ('7th (t)' is 7)", "the
  // first number written in Term", "the number of laps at the start of each Result".
  (frame, sentence) => {
    const stated = TO_NUMBER.exec(sentence);
    if (!stated) return undefined;
    const own = namedColumns(frame, clauseOf(sentence, stated).split(/\(/)[0]!);
    // "Convert Reg. Season to a number by keeping its leading digits": the column named before
    // "its" (a period in the name ends the first form's reach).
    const names = own.length > 0 ? own : namedColumns(frame, sentence.slice(0, stated.index)).slice(-1);
    let done = false;
    for (const name of names) {
      const cells = textCells(frame, name);
      if (!cells) continue;
      done =
        convert(
          frame,
          name,
          cells,
          (text) => {
            const match = LEADING_NUMBER.exec(text.replace(/(?<=\d),(?=\d{3}\b)/g, ''));
            return match ? Number(match[1]) : undefined;
          },
          `${name} converted to numbers (the leading number of each cell)`,
        ) || done;
    }
    return done ? clauseOf(sentence, stated) : undefined;
  },
];

/** A sum column of the two dashed numbers, under the name the text gives it (not a table column's). */
function addSum(
  frame: Frame,
  name: string,
  source: string,
  pairs: (RegExpExecArray | null)[],
  rowNoun?: string,
): void {
  const taken = columnNames(frame).some((item) => item.toLowerCase() === name.toLowerCase());
  const target = taken ? `${name} (sum of ${source})` : name;
  frame.derived.set(
    target,
    pairs.map((pair) => (pair ? Number(pair[1]) + Number(pair[2]) : null)),
  );
  // "the total points of each round": the text's word for a row goes with the step.
  frame.steps.push(
    `${target} = the sum of the two numbers of ${source}${rowNoun ? ` for each ${rowNoun}` : ''}`,
  );
}

/**
 * Does the first conversion a sentence states; returns the rest of the sentence (its other
 * clauses, for later rules: a filter after "and keep the rows whose …"), or undefined when none was done.
 */
export function applyConversion(frame: Frame, sentence: string): string | undefined {
  // "Convert Place to a number by its leading digits; a '?' is missing": each clause in turn,
  // the first rule that reads one first, until none reads what is left.
  let rest: string | undefined;
  for (let round = 0; round < 4; round++) {
    const text = rest ?? sentence;
    let next: string | undefined;
    for (const rule of CONVERSION_RULES) {
      const clause = rule(frame, text);
      if (clause === undefined) continue;
      next = text.replace(clause, ' ').replace(/\s+/g, ' ').trim();
      break;
    }
    if (next === undefined || next === text) return next ?? rest;
    rest = next;
  }
  return rest;
}
