/**
 * @module pair-parts
 * A text cell holding two numbers either side of a dash ("2–1", "76-66", "5–5 (3–4 p)"), split the
 * way `str.split('-', expand=True)` does, when the sentence names each part by its side ("into
 * goals for (the number before it) and goals against (the number after it)") or defines figures
 * over the two parts ("the total is their sum and the margin the first minus the second"). A note
 * in parentheses after the pair is dropped; a cell that holds no such pair is missing.
 */
import { type Cell, cellsOf, columnNames, type Frame, findMentions, wordsOf } from './analysis-frame.ts';

/** Two numbers joined by a hyphen, en or em dash, with an optional note in parentheses after them. */
export const PAIR = /^\s*(\d+(?:\.\d+)?)\s*[-–—]\s*(\d+(?:\.\d+)?)\s*(?:\([^()]*\))?\s*$/;

/** A column's filled cells as written (the table's own text where it has it), each with its row. */
function writtenCells(frame: Frame, name: string): { row: number; text: string }[] {
  const column = frame.table.columns.find((item) => item.name === name);
  return cellsOf(frame, name).flatMap((cell, row) =>
    cell === null ? [] : [{ row, text: String(column?.texts[row] ?? cell) }],
  );
}

/** Whether at least half of a column's filled cells, as written, are two numbers either side of a dash ("3–1"). */
export function mostlyPairs(frame: Frame, name: string): boolean {
  const texts = writtenCells(frame, name);
  return texts.length > 0 && texts.filter(({ text }) => PAIR.test(text)).length >= texts.length / 2;
}

/** A figure of each cell's two numbers as written (`of(first, second)`); missing where a cell holds no pair. */
export function pairFigures(
  frame: Frame,
  name: string,
  of: (first: number, second: number) => number,
): Cell[] {
  const made: Cell[] = cellsOf(frame, name).map(() => null);
  for (const { row, text } of writtenCells(frame, name)) {
    const pair = PAIR.exec(text);
    if (pair) made[row] = of(Number(pair[1]), Number(pair[2]));
  }
  return made;
}

const SPLIT =
  /\bsplit\w*\s+(?:the\s+)?(.{1,40}?)(?:\s+(?:column\s+)?(?:on|at|by)\s+(?:the\s+)?(?:dash|hyphen|["'`]?[-–—]["'`]?))?\s+into\s+/i;
/** "Split Final score on the dash; the margin is …": no parts named, the figures defined after the semicolon. */
const SPLIT_THEN =
  /\bsplit\w*\s+(?:the\s+)?(.{1,40}?)\s+(?:column\s+)?(?:on|at|by)\s+(?:the\s+)?(?:dash|hyphen|["'`]?[-–—]["'`]?)\s*;\s*/i;

const SIDE = String.raw`\(\s*(?:(?:the\s+)?(?:number|figure|value|part|one)\s+)?(before|after)\s+(?:it|the\s+(?:dash|hyphen))\s*\)`;
/** ", dropping any note in parentheses ('5–5 (3–4 p)' is 5 and 5)": what the split does with a note, and its example. */
const NOTE_DROPPED =
  /^\s*,?\s*(?:dropping|ignoring|removing|without)\s+(?:any|the|a)\s+notes?\s+in\s+(?:parentheses|brackets)(?:\s*\((?:[^()]|\([^()]*\))*\))?/i;
/** "A (the number before it) and B (the number after it)". */
const NAMED_SIDES = new RegExp(
  String.raw`^(?:the\s+)?([A-Za-z][\w'’ -]{0,30}?)\s*${SIDE}\s*,?\s+and\s+(?:the\s+)?([A-Za-z][\w'’ -]{0,30}?)\s*${SIDE}`,
  'i',
);
/** "two numbers", "two parts". */
const GENERIC =
  /^(?:the\s+)?(?:(?:two|2)\s+(?:numbers|parts|values|integers)\b|[A-Za-z][\w ]{0,30}?\s+(?:of|by|for)\s+each\s+(?:side|team|player|party|competitor)\b)/i;

type Combination = { readonly words: string; readonly of: (first: number, second: number) => number };
/** What a figure over the two parts is, as the text words it. */
const COMBINATIONS: readonly [RegExp, Combination][] = [
  [
    /^(?:their|the)\s+sum\b|^the\s+sum\s+of\s+the\s+two\b|^the\s+first\s+plus\s+the\s+second\b/i,
    { words: 'first + second', of: (a, b) => a + b },
  ],
  [/^the\s+first\s+minus\s+the\s+second\b/i, { words: 'first − second', of: (a, b) => a - b }],
  [/^the\s+second\s+minus\s+the\s+first\b/i, { words: 'second − first', of: (a, b) => b - a }],
  [
    /^(?:their|the)\s+(?:absolute\s+)?difference\b(?=\s*(?:$|[.;,]|\s+and\b))/i,
    { words: '|first − second|', of: (a, b) => Math.abs(a - b) },
  ],
  [
    /^the\s+number\s+before\s+(?:it|the\s+dash)\s+minus\s+the\s+number\s+after\s+(?:it|the\s+dash)\b/i,
    { words: 'first − second', of: (a, b) => a - b },
  ],
  [
    /^the\s+number\s+after\s+(?:it|the\s+dash)\s+minus\s+the\s+number\s+before\s+(?:it|the\s+dash)\b/i,
    { words: 'second − first', of: (a, b) => b - a },
  ],
  // "away goals are the number after it": one part, named.
  [
    /^the\s+(?:number|figure|value|part)\s+before\s+(?:it|the\s+dash)\b(?!\s+(?:minus|plus|and)\b)/i,
    { words: 'first', of: (a) => a },
  ],
  [
    /^the\s+(?:number|figure|value|part)\s+after\s+(?:it|the\s+dash)\b(?!\s+(?:minus|plus|and)\b)/i,
    { words: 'second', of: (_a, b) => b },
  ],
];

/** "the total is their sum and the margin the first minus the second": each name and its combination. */
function definitions(rest: string): { name: string; combination: Combination; text: string }[] {
  const found: { name: string; combination: Combination; text: string }[] = [];
  const clause =
    /(?:^|[;,]\s*|\s+and\s+)(?:the\s+)?([A-Za-z][\w'’ -]{0,30}?)\s+(?:is\s+|are\s+|=\s*)?(?=the\s|their\s)/gi;
  for (const match of rest.matchAll(clause)) {
    const after = rest.slice(match.index + match[0].length);
    const hit = COMBINATIONS.find(([pattern]) => pattern.test(after));
    if (!hit) continue;
    // One part alone is named only with "is" or "are" ("away goals are the number after it"),
    // not by a clause that compares it ("won when the number before the dash is greater").
    if (/^(?:first|second)$/.test(hit[1].words) && !/\b(?:is|are)\s+$|=\s*$/i.test(match[0])) continue;
    const name = match[1]!.trim();
    if (/^(?:it|this|that|which|them|each|and)$/i.test(name)) continue;
    found.push({ name, combination: hit[1], text: match[0] + hit[0].exec(after)![0] });
  }
  return found;
}

const lastPairs = new WeakMap<Frame, readonly [string, string]>();

/** The two columns the latest split made (first part, second part), for "the sum of the two" in a later sentence. */
export function splitPair(frame: Frame): readonly [string, string] | undefined {
  return lastPairs.get(frame);
}

function freeName(frame: Frame, name: string, source: string): string {
  return columnNames(frame).some((item) => item.toLowerCase() === name.toLowerCase())
    ? `${name} (of ${source})`
    : name;
}

/** Does the split a sentence states with named sides or figures over the parts; returns the clause read, or undefined. */
export function applyPairParts(frame: Frame, sentence: string): string | undefined {
  const split = SPLIT.exec(sentence) ?? SPLIT_THEN.exec(sentence);
  if (!split) return undefined;
  const bare = !/\binto\s+$/i.test(split[0]);
  const source = findMentions(frame, split[1]!)
    .filter((mention) => mention.strength >= 1)
    .map((mention) => mention.column)[0];
  if (!source) return undefined;
  const after = sentence.slice(split.index + split[0].length);
  const sides = bare ? null : NAMED_SIDES.exec(after);
  const generic = bare ? null : GENERIC.exec(after);
  const note = NOTE_DROPPED.exec(after.slice((sides ?? generic)?.[0].length ?? 0));
  const rest = after.slice(((sides ?? generic)?.[0].length ?? 0) + (note?.[0].length ?? 0));
  const defined = definitions(rest);
  if (!sides && !((generic || bare) && defined.length > 0)) return undefined;
  const cells = cellsOf(frame, source);
  const pairs = cells.map((cell) => (typeof cell === 'string' ? PAIR.exec(cell) : null));
  const present = cells.filter((cell) => cell !== null).length;
  if (present === 0 || pairs.filter(Boolean).length < present / 2) return undefined;
  const first = pairs.map((pair): number | null => (pair ? Number(pair[1]) : null));
  const second = pairs.map((pair): number | null => (pair ? Number(pair[2]) : null));
  const names: [string, Cell[]][] = [];
  if (bare) {
    // Only the figures the sentence defines are made: numbered parts would read as values ("Side 2").
  } else if (sides) {
    // "B (the number after it) and A (the number before it)" names them in the other order.
    const [a, b] = sides[2]!.toLowerCase() === 'before' ? [sides[1]!, sides[3]!] : [sides[3]!, sides[1]!];
    names.push([freeName(frame, a.trim(), source), first], [freeName(frame, b.trim(), source), second]);
  } else names.push([`${source} first number`, first], [`${source} second number`, second]);
  for (const [name, values] of names) frame.derived.set(name, values);
  if (names.length === 2) {
    lastPairs.set(frame, [names[0]![0], names[1]![0]]);
    frame.steps.push(
      `${names.map(([name]) => name).join(' and ')} = the numbers of ${source} before and after the dash`,
    );
  }
  for (const { name, combination } of defined) {
    const target = freeName(frame, name, source);
    frame.derived.set(
      target,
      first.map((a, row) => (a === null || second[row] === null ? null : combination.of(a, second[row]!))),
    );
    frame.steps.push(`${target} = ${combination.words} of the two numbers of ${source}`);
  }
  const end = defined.at(-1);
  const readTo = end ? rest.indexOf(end.text) + end.text.length : 0;
  return sentence.slice(split.index, split.index + split[0].length + (after.length - rest.length) + readTo);
}

/**
 * The side of the latest split an answer read when the slot names only what both sides share
 * ("@mean_aggregate_goals" over "Team 1's goals" and "Team 2's goals"): either side, or their
 * total, could be meant, so the answer is refused. Undefined when the slot tells the side.
 */
export function ambiguousPairSide(
  frame: Frame,
  slotWords: readonly string[],
  columns: readonly string[],
  question: string,
): string | undefined {
  const pair = lastPairs.get(frame);
  if (!pair) return undefined;
  const side = pair.find((name) => columns.includes(name));
  if (!side) return undefined;
  const other = pair.find((name) => name !== side)!;
  const own = wordsOf(side).filter((word) => !wordsOf(other).includes(word));
  if (own.some((word) => slotWords.includes(word))) return undefined;
  // "the mean number of goals scored in home matches": the question names this side and not the other.
  const asked = new Set(wordsOf(question));
  const others = wordsOf(other).filter((word) => !wordsOf(side).includes(word));
  return own.some((word) => asked.has(word)) && !others.some((word) => asked.has(word)) ? undefined : side;
}
