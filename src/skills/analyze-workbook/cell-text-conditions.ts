/**
 * @module cell-text-conditions
 * Row conditions a sentence states on the text of a cell rather than on a whole value: "an away
 * game is one whose Opponent starts with 'at'", "the Result begins with 'W'", "the When? value ends in 'B.C.'", "a driver took part
 * when the Round cell holds a number rather than '-'". Each keeps the rows that meet it and
 * records the step with the term the sentence defines ("away game"), so a slot named for that
 * term is accounted for.
 */
import { cellsOf, type Frame, filterRows, findMentions, isNumericColumn, wordsOf } from './analysis-frame.ts';
import { asksForComplement, complementTerm } from './complement-term.ts';
import { sentencesOf } from './transform-frame.ts';

type TextCondition = {
  readonly name: string;
  /** The condition in a sentence: where it starts, and the row test once the column is known. */
  readonly read: (
    sentence: string,
  ) =>
    | { at: number; text?: boolean; test: (cell: unknown) => boolean; says: (column: string) => string }
    | undefined;
};

const QUOTE = `["'‘“]([^"'’”]{1,30})["'’”]`;

/** A clause that leaves the rows out that meet its condition ("drop the rows whose …"). */
export const DROPS =
  /\b(?:drop|remov|exclud|discard|delet|omit|leave out|leaving out|filter out|filtering out)\w*\b/i;

/** The words before a quoted part a cell contains ("does not contain the word "). */
const CONTAINS_LEAD =
  /\b(?:(does not|doesn't|do not|don't|not)\s+)?(?:contains?|containing|includes?|including)\s+(?:the\s+(?:word|words|text|string|substring|phrase)\s+)?/;

/** Whether the quote at `index` of `text` is a part a cell contains or starts with, not a whole value. */
export function quotedPart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 50), index);
  return (
    new RegExp(`${CONTAINS_LEAD.source}$`, 'i').test(before) ||
    /\b(?:starts?|begins?|starting|beginning)\s+with\s+$/i.test(before) ||
    /\b(?:ends?|ending)\s+(?:with|in)\s+$/i.test(before)
  );
}

/** Rules, one kind of sentence each. */
const TEXT_CONDITIONS: readonly TextCondition[] = [
  {
    name: 'text starts with a quoted prefix',
    read: (sentence) => {
      const match = new RegExp(
        `\\b(?:(does not|doesn't|do not|don't|not)\\s+)?(?:starts?|begins?|starting|beginning)\\s+with\\s+${QUOTE}`,
        'i',
      ).exec(sentence);
      if (!match) return undefined;
      const prefix = match[2]!;
      const negated = match[1] !== undefined;
      return {
        at: match.index,
        text: true,
        // Case as written, as pandas' str.startswith reads it: 'at' is not "Atlanta".
        test: (cell) => typeof cell === 'string' && cell.trim().startsWith(prefix) !== negated,
        says: (column) =>
          `rows where ${column} ${negated ? 'does not start' : 'starts'} with ${JSON.stringify(prefix)}`,
      };
    },
  },
  {
    // "a year is before the era when its When? value ends in 'B.C.'".
    name: 'text ends with a quoted suffix',
    read: (sentence) => {
      const match = new RegExp(
        `\\b(?:(does not|doesn't|do not|don't|not)\\s+)?(?:ends?|ending)\\s+(?:with|in)\\s+${QUOTE}`,
        'i',
      ).exec(sentence);
      if (!match) return undefined;
      const suffix = match[2]!;
      const negated = match[1] !== undefined;
      return {
        at: match.index,
        text: true,
        // Case as written, as pandas' str.endswith reads it.
        test: (cell) => typeof cell === 'string' && cell.trim().endsWith(suffix) !== negated,
        says: (column) =>
          `rows where ${column} ${negated ? 'does not end' : 'ends'} with ${JSON.stringify(suffix)}`,
      };
    },
  },
  {
    // "whose Post contains 'Warden'", "contains the word \"Deputy\" anywhere in it".
    name: 'text contains a quoted part',
    read: (sentence) => {
      const match = new RegExp(`${CONTAINS_LEAD.source}${QUOTE}`, 'i').exec(sentence);
      if (!match) return undefined;
      const part = match[2]!;
      const negated = match[1] !== undefined;
      return {
        at: match.index,
        text: true,
        // Case as written, as pandas' str.contains reads it.
        test: (cell) => typeof cell === 'string' && cell.includes(part) !== negated,
        says: (column) =>
          `rows where ${column} ${negated ? 'does not contain' : 'contains'} ${JSON.stringify(part)}`,
      };
    },
  },
  {
    name: 'cell holds a number',
    read: (sentence) => {
      const match =
        /\b(?:(?:cell|value|entry)\s+is|holds?|has|have|contains?)\s+(?:a\s+)?(?:number|numeric value|numerical value)\b(?:\s+rather than\s+["'‘“]?[^"'’”\s.,;]{1,5}["'’”]?)?/i.exec(
          sentence,
        );
      if (!match) return undefined;
      return {
        at: match.index,
        test: (cell) => typeof cell === 'number',
        says: (column) => `rows where ${column} holds a number`,
      };
    },
  },
  {
    // "the riders that have a Points value", "guests with a Locker value": the column named
    // between "a" and "value".
    name: 'cell has a value',
    read: (sentence) => {
      const match =
        /\b(?:(?:that|who|which)\s+(?:have|has|had)|with)\s+an?\s+(?=\S[^.;,]{0,40}?\svalue\b)/i.exec(
          sentence,
        );
      if (!match) return undefined;
      const at = sentence.indexOf(' value', match.index + match[0].length);
      return {
        at,
        test: (cell) => cell !== null && cell !== undefined,
        says: (column) => `rows where ${column} has a value`,
      };
    },
  },
];

/**
 * The term a sentence defines before "when", "if" or "is one whose" ("A game is an away game
 * when …", "A home game is one whose …"), to name the step by.
 */
function definedTerm(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  const split =
    /^(.{3,80}?)\s+(?:when|if|whenever|(?:is|are) (?:one|ones|those|the ones) (?:whose|where|that|which)|means)\s/i.exec(
      head,
    );
  return split ? split[1]!.replace(/[^\w' -]/g, ' ').trim() : '';
}

/** A table column's cells as written (a made column has none). */
function writtenCells(frame: Frame, name: string): string[] {
  const column = frame.table.columns.find((item) => item.name === name);
  return column ? column.texts.map((text) => String(text ?? '').trim()) : [];
}

/** A condition read from one sentence, on its column. */
type Read = {
  readonly sentence: string;
  readonly condition: NonNullable<ReturnType<TextCondition['read']>>;
  readonly name: string | undefined;
  readonly before: string;
};

/** Every cell-text condition the sentences state, each with the column it is on (if any). */
function readConditions(frame: Frame, sentences: readonly string[]): Read[] {
  const found: Read[] = [];
  for (const sentence of sentences) {
    for (const rule of TEXT_CONDITIONS) {
      const condition = rule.read(sentence);
      if (!condition) continue;
      // The column is the one named last, close before the condition ("whose Opponent starts
      // with"); a prefix is read off the cells as written: text columns, or a column of amounts
      // with units some of whose cells hold it ("about 5 kg").
      const before = sentence.slice(0, condition.at);
      // The clause of the condition: a column named in an earlier clause is found there first.
      const clause = before.split(';').at(-1)!;
      const words = wordsOf(clause).length;
      const name = findMentions(frame, clause)
        .filter(
          (mention) =>
            mention.strength >= 1 &&
            mention.position >= words - 6 &&
            (!condition.text ||
              !isNumericColumn(frame, mention.column) ||
              writtenCells(frame, mention.column).some((text) => condition.test(text))),
        )
        .sort((a, b) => b.position - a.position)[0]?.column;
      found.push({ sentence, condition, name, before });
    }
  }
  return found;
}

/**
 * The conditions (by their words on the column) whose rows the text names by another term and
 * asks about by that term only ("the other games are home games … over the home games").
 */
function complementedConditions(reads: readonly Read[], sentences: readonly string[]): Map<string, string> {
  const rest = sentences.filter((sentence) => !reads.some((read) => read.sentence === sentence)).join(' ');
  const flipped = new Map<string, string>();
  for (const read of reads) {
    if (read.name === undefined) continue;
    const term = complementTerm(read.sentence, read.condition.at);
    if (term === undefined) continue;
    const defined = read.before.split(';').at(-1)!.replace(read.name, ' ');
    if (asksForComplement(rest, term, defined)) flipped.set(read.condition.says(read.name), term);
  }
  return flipped;
}

/** Applies each cell-text condition stated in the question or constraints. */
export function applyTextConditions(frame: Frame, question: string, constraints: string): void {
  const sentences = sentencesOf(`${question}\n${constraints}`, frame);
  const reads = readConditions(frame, sentences);
  const flipped = complementedConditions(reads, sentences);
  for (const { sentence, condition, name, before } of reads) {
    if (!name) {
      if (condition.text) frame.unread.push(`"${sentence.slice(condition.at, condition.at + 40)}"`);
      continue;
    }
    const cells =
      condition.text && isNumericColumn(frame, name) ? writtenCells(frame, name) : cellsOf(frame, name);
    // "…; the other games are home games", the text asking about home games: the rows that fail it.
    const other = flipped.get(condition.says(name));
    const term = other ?? definedTerm(sentence, condition.at);
    // "Drop the rows whose Weight begins with 'about'": the rows that meet it go.
    const dropped = other !== undefined || DROPS.test(before.split(/[;.]/).at(-1) ?? '');
    const test = dropped ? (cell: unknown) => !condition.test(cell) : condition.test;
    // The question and the constraints may both state it.
    const says =
      other !== undefined
        ? `rows where not (${condition.says(name).replace(/^rows where /, '')})`
        : condition.says(name);
    const step = `${dropped && other === undefined ? 'rows dropped: ' : ''}${says}${term ? ` (${term})` : ''}`;
    if (frame.steps.some((done) => done.startsWith(`${step} (`))) continue;
    filterRows(frame, name, (row) => test(cells[row]), step);
  }
}
