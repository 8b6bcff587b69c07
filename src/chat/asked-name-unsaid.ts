/**
 * @module asked-name-unsaid
 * Answers that never write the thing the question names or asks by name. "Which class adjusts
 * the page masters?" is not answered by "It is this class which builds the PageMasters.": the line
 * points at a class it names elsewhere, and every name it writes is the question's own. "If the
 * keepTogether element is left out, what is assumed?" is not answered by a document's line that
 * never writes keepTogether: it tells of another element.
 */
import { partsBetweenMarks } from './citations.ts';
import { QUOTE_LEAD } from './quoted-source.ts';

/** The kind a "which" question asks by its noun: "Which docx4j class …" → "class". */
const WHICH_KIND = /^\s*(?:(?:in|for|from|to|with|at|on|by)\s+)?which\s+(?:[\p{L}\d-]+\s+)?(\p{L}+)\b/iu;

/** A word that names: an upper-case letter anywhere in it ("LayoutMasterSet", "Ana", "iOS"). */
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

/** A name written in lower camel case, as code names elements and settings: "evenAndOddHeaders", "maxPoolSize". */
const LOWER_CAMEL = /(?<![\p{L}\d_.])\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}(?![\p{L}\d_])/gu;

/**
 * A question that names an element or setting in lower camel case with three or more parts
 * ("evenAndOddHeaders") answered by a line that never writes it: the line tells of another one.
 */
export function codeNameUnwritten(question: string, answer: string): boolean {
  const names = question.match(LOWER_CAMEL) ?? [];
  const said = answer.toLowerCase();
  return names.some((name) => !said.includes(name.toLowerCase()));
}
