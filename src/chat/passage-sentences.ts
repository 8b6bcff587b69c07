/**
 * @module passage-sentences
 * A passage read as the sentences a person would quote from it (see passage-text), with what
 * a mail keeps outside its text when the question wants it: a subject line that holds the
 * fact itself, the lines of its signature. A lead-in ("Here are the numbers:") is read with
 * the lines it announces.
 */

import type { SearchHit } from '../index/types.ts';
import { type AnswerType, carriesType } from './answer-type.ts';
import { passageUnits, type TextUnit } from './passage-text.ts';

export type PassageSentence = TextUnit & {
  readonly hit: SearchHit;
  readonly rank: number;
  readonly position: number;
  /** A lead-in followed only by a section heading and the next lead-in: it announces, it does not answer. */
  readonly announces?: boolean;
  /** A lead-in read with the lines it announces: the lead-in's own words ("The plan contained these points:"). */
  readonly lead?: string;
};

/**
 * A sentence that only introduces what comes after it ("Your user name and password are:",
 * "Here are Dana's numbers.", "Per Ana, I am giving you the details on the boat hire."):
 * what it announces is in the lines that follow.
 */
const LEAD_IN =
  /:\s*$|^(?:here|below|attached|enclosed)\s+(?:is|are)\b|\b(?:as follows|the following)\s*[.:]?\s*$|\b(?:send|sending|give|giving|forward|forwarding)\s+you\s+(?:the\s+)?(?:information|info|details|particulars|contact\s+(?:information|info|details))\s+(?:for|on|about|of|re)\b/i;
/** A table cell read as a sentence: "Row, Column: value". */
const TABLE_CELL = /^[^,:]{1,40}, [^,:]{1,30}: \S/;
/** How much of what follows a lead-in is quoted with it. */
const FOLLOW_UNITS = 2;
const FOLLOW_CHARS = 160;

/** A mail's subject with its reply and forward marks taken off. */
function subjectOf(hit: SearchHit): string | undefined {
  if (hit.type !== 'email' || !hit.title) return undefined;
  const subject = hit.title.replace(/^(?:\s*(?:re|fw|fwd|aw|wg)\s*:\s*)+/i, '').trim();
  return subject.length >= 6 ? subject : undefined;
}

/** Kinds of fact a mail's signature is quoted for: its phone and fax lines, its address. */
const SIGNATURE_TYPES: ReadonlySet<AnswerType> = new Set(['phone', 'email', 'place']);

/**
 * The lines of the signature the reader kept apart from a mail's text ("Liz Ode / Tel.
 * 713.555.0101 / Fax 713.555.0102"), for a question that asks for a number or an address.
 */
function signatureUnits(hit: SearchHit, type: AnswerType | undefined, after: number): TextUnit[] {
  if (hit.type !== 'email' || !type || !SIGNATURE_TYPES.has(type)) return [];
  const signature = (hit.data as { signature?: unknown } | undefined)?.signature;
  if (typeof signature !== 'string') return [];
  return signature
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 1)
    .map((text, i) => ({ text, role: 'body' as const, line: after + i }));
}

/** Kinds of fact a subject line may answer by itself: a number, a code, an amount, a place. */
const SUBJECT_TYPES: ReadonlySet<AnswerType> = new Set(['phone', 'code', 'amount', 'rate', 'place']);
/** A subject that says where its meeting is ("… tomorrow 10.15 am @ the Grand Lodge"), not one that names a room as its topic. */
const SUBJECT_PLACE = /(?:\bat|(?<![\w.])@)\s+(?:the\s+)?[A-Z\d]/;
export function sentencesOf(hit: SearchHit, rank: number, type: AnswerType | undefined): PassageSentence[] {
  const body = passageUnits(hit);
  // A subject line can hold the fact itself ("Bart Bently - Real Estate Lawyer 713/840-7710");
  // one that only names the topic ("Room for Tomorrow's Meeting") is left to the body.
  const subject = type && SUBJECT_TYPES.has(type) ? subjectOf(hit) : undefined;
  const read = [
    ...(subject &&
    carriesType(subject, type as AnswerType) &&
    (type !== 'place' || SUBJECT_PLACE.test(subject)) &&
    !body.some((unit) => unit.text.includes(subject))
      ? [{ text: subject, role: 'body' as const, line: -1 }]
      : []),
    ...body,
    ...signatureUnits(hit, type, body.length),
  ];
  const units = type === 'date' ? withDatedHeadings(read) : read;
  return units.map((unit, position) => {
    const follow: string[] = [];
    if (!unit.speaker && LEAD_IN.test(unit.text))
      for (const next of units.slice(position + 1, position + 1 + FOLLOW_UNITS)) {
        // A cell of a table ("Debt, Minimum: 9 MM") answers by itself.
        if (next.role !== unit.role || LEAD_IN.test(next.text) || TABLE_CELL.test(next.text)) break;
        if ([...follow, next.text].join(' ').length > FOLLOW_CHARS) break;
        follow.push(next.text);
      }
    // Only headings after it ("Here are our picks: Gas", then "Analysts: …"): the lead-in
    // announces sections below, and says nothing by itself.
    const after = units[position + 1 + follow.length];
    const headings =
      follow.length > 0 &&
      // A heading closes with no stop: "private List<Row> rows;" is a line of code the lead-in quotes.
      follow.every((line) => !/\d/.test(line) && line.split(/\s+/).length <= 3 && !/[;.,!?)]$/.test(line)) &&
      after !== undefined &&
      LEAD_IN.test(after.text);
    if (headings) return { ...unit, hit, rank, position, announces: true };
    const text = follow.length > 0 ? `${unit.text.replace(/[.]\s*$/, ':')} ${follow.join(' ')}` : unit.text;
    return follow.length > 0
      ? { ...unit, text, hit, rank, position, lead: unit.text }
      : { ...unit, text, hit, rank, position };
  });
}

/** A short heading line that closes with no stop: "Key Date #2 - Thursday, March 6th". */
const HEADING_WORDS = 8;
function isHeading(unit: TextUnit): boolean {
  return (
    !unit.speaker &&
    // Words are counted by spaces: Chinese or Japanese writing runs on without them.
    !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(unit.text) &&
    unit.text.split(/\s+/).length <= HEADING_WORDS &&
    !/[.!;,:]\s*$/.test(unit.text)
  );
}

/**
 * A date heading and the sentence right below it in the same paragraph, which gives no date of
 * its own ("Key Date #2 - Thursday, March 6th" over "The new booking tool is switched on"): the
 * sentence is read with its heading, whose date is the one it tells of.
 */
export function withDatedHeadings(units: readonly TextUnit[]): TextUnit[] {
  return units.map((unit, i) => {
    const above = units[i - 1];
    if (
      above === undefined ||
      above.line !== unit.line ||
      above.role !== unit.role ||
      unit.speaker ||
      !isHeading(above) ||
      !carriesType(above.text, 'date') ||
      carriesType(unit.text, 'date')
    )
      return unit;
    return { ...unit, text: `${above.text}: ${unit.text}` };
  });
}

/** A transcript chunk holds one turn per line: cite the turn itself, not the chunk's first turn. */
export function citedPassage(sentence: PassageSentence): SearchHit {
  const { hit } = sentence;
  if (hit.type !== 'transcript' || hit.locator.turn === undefined) return hit;
  const turn = hit.locator.turn + sentence.line;
  return { ...hit, locator: { turn }, uri: hit.uri.replace(/#.*$/, `#turn=${turn}`) };
}
