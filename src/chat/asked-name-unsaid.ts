/**
 * @module asked-name-unsaid
 * Answers that never write the thing the question names or asks by name. "Which class adjusts
 * the page masters?" is not answered by "It is this class which builds the PageMasters.": the line
 * points at a class it names elsewhere, and every name it writes is the question's own. "If the
 * keepTogether element is left out, what is assumed?" is not answered by a document's line that
 * never writes keepTogether: it tells of another element. "How many members resigned?" is not
 * answered by a line that never tells of resigning ("Members will be split into 2 groups of 40").
 */
import { partsBetweenMarks } from './citations.ts';
import { QUOTE_LEAD } from './quoted-source.ts';

/** The kind a "which" question asks by its noun: "Which docx4j class …" → "class". */
const WHICH_KIND = /^\s*(?:(?:in|for|from|to|with|at|on|by)\s+)?which\s+(?:[\p{L}\d-]+\s+)?(\p{L}+)\b/iu;

/** A word that names: an upper-case letter anywhere in it ("PageFrameSet", "Ana", "iOS"). */
const NAMING_WORD = /[\p{L}\d_.-]*\p{Lu}[\p{L}\d_.-]*/gu;

/**
 * A sentence without its first words, which are capitalised whatever they are; a word that is
 * capitalised inside too ("LayoutBuilder") stays, as does a short line that is only a name.
 */
function inner(sentence: string): string {
  if (sentence.split(/\s+/).length <= 3) return sentence;
  const plainFirst = /(^\s*|[.!?:;]\s+)["'(]*\p{Lu}?[^\s\p{Lu}]*(?=\s|$)/gu;
  return sentence.replace(plainFirst, '$1');
}

/**
 * A "which <kind>" question answered by lines that point at one with "this <kind>" or "that
 * <kind>" and write no name the question does not already hold: the one meant is named
 * elsewhere, not here.
 */
export function demonstrativeForWhich(question: string, answer: string): boolean {
  const kind = WHICH_KIND.exec(question)?.[1];
  if (!kind) return false;
  const parts = partsBetweenMarks(answer)
    .map((part) => part.replace(QUOTE_LEAD, '').trim())
    .filter(Boolean);
  if (!parts.some((part) => new RegExp(String.raw`\b(?:this|that)\s+${kind}\b`, 'iu').test(part)))
    return false;
  const asked = new Set((question.match(NAMING_WORD) ?? []).map((word) => word.toLowerCase()));
  return !parts.some((part) =>
    (inner(part).match(NAMING_WORD) ?? []).some(
      (word) => !asked.has(word.replace(/[.-]+$/, '').toLowerCase()),
    ),
  );
}

/** A name written in lower camel case, as code names elements and settings: "keepRowsTogether", "maxPoolSize". */
const LOWER_CAMEL = /(?<![\p{L}\d_.])\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}(?![\p{L}\d_])/gu;

/**
 * A question that names an element or setting in lower camel case with three or more parts
 * ("keepRowsTogether") answered by a line that never writes it: the line tells of another one.
 */
export function codeNameUnwritten(question: string, answer: string, title = ''): boolean {
  const names = question.match(LOWER_CAMEL) ?? [];
  const said = answer.toLowerCase();
  // A reference's section headed by the name ("keepLinesTogether (Keep Lines Together)") speaks
  // of it as "this element": the line writes it by pointing back, when it names no other.
  const heading = title.split(' › ').at(-1)?.trim() ?? '';
  const pointsBack = POINTS_TO_ELEMENT.test(answer) && (answer.match(LOWER_CAMEL) ?? []).length === 0;
  return names.some(
    (name) =>
      !said.includes(name.toLowerCase()) &&
      !(pointsBack && new RegExp(`^${name}(?![\\p{L}\\d_])`, 'u').test(heading)),
  );
}

/** "this element", "this setting": a reference's line pointing back at the element its section is about. */
const POINTS_TO_ELEMENT = /\bthis\s+(?:element|setting|property|attribute|option|parameter|field|tag)\b/i;

/** Past forms of acts a count may ask of that do not end in "-ed", each with the stems that tell it. */
const IRREGULAR_ACTS: Readonly<Record<string, readonly string[]>> = {
  withdrew: ['withdr'],
  left: ['left', 'leav'],
  quit: ['quit'],
  sold: ['sold', 'sell', 'sale'],
  bought: ['bought', 'buy', 'purchas'],
  came: ['came', 'come', 'arriv'],
  went: ['went', 'go'],
  took: ['took', 'take', 'taken'],
  won: ['won', 'win'],
  lost: ['lost', 'lose', 'loss'],
  paid: ['paid', 'pay'],
  gave: ['gave', 'give'],
  got: ['got', 'get'],
  ran: ['ran', 'run'],
  fell: ['fell', 'fall'],
  rose: ['rose', 'rise', 'risen'],
};

/** "How many participants withdrew …", "how many shares traded …": a counted plural noun and the act right after it. */
const COUNTED_ACT = /\bhow many\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+s\s+(\p{L}+)\b/iu;

/**
 * A count asked of an act done by what is counted ("How many participants withdrew from the
 * study?") answered by a line that never tells of that act ("Participants will be randomised …"):
 * the figures it gives count something else.
 */
export function countedActUnsaid(question: string, answer: string): boolean {
  const verb = COUNTED_ACT.exec(question)?.[1]?.toLowerCase();
  if (!verb) return false;
  const regular = /^\p{L}{3,}ed$/u.test(verb) ? [verb.replace(/(\p{L})\1?e?d$/u, '$1')] : undefined;
  const stems = IRREGULAR_ACTS[verb] ?? regular;
  if (!stems) return false;
  const words = answer.toLowerCase().split(/[^\p{L}]+/u);
  return !words.some((word) =>
    stems.some((stem) => word.startsWith(stem.slice(0, Math.max(4, stem.length - 1)))),
  );
}
