/**
 * @module asked-field
 * A notice or a record gives its facts as labelled lines ("Presenter: Ana Ruiz", "Issued:
 * 1,000", "Chair: Ben Ode"). When the question names a field by its label ("Who is presenting
 * …?", "How many shares were issued?"), the line of that label in the passage picked answers,
 * not a sentence around it that only shares the topic's words, nor the value of another label
 * on the same line ("SHARES: Authorized: 100,000"): a value belongs to the label right before it.
 */

import { foldedTerms } from './question-terms.ts';

/** One label at the head of a line: a few words, then a colon ("Dial In Number:", "p.v.:" is no label). */
const LEADING_LABEL = /^\s*[-*•>]?\s*(\p{L}[\p{L}'’&/()-]*(?:[ \t]+\p{L}[\p{L}'’&/()-]*){0,3})[ \t]*:[ \t]*/u;

/** The most labels one line is read as holding before its value. */
const MAX_LABELS = 3;

/**
 * The labels a line opens with, outermost first: "SHARES: Authorized: 100,000" → SHARES,
 * Authorized. The last one is the label of the value that follows.
 */
export function lineLabels(text: string): string[] {
  const labels: string[] = [];
  let rest = text;
  for (let i = 0; i < MAX_LABELS; i++) {
    const match = LEADING_LABEL.exec(rest);
    if (!match?.[1]) break;
    rest = rest.slice(match[0].length);
    // A label with nothing after it heads the lines below; it labels no value of this line.
    if (!/\S/.test(rest)) break;
    labels.push(match[1]);
  }
  return labels;
}

/** The label of a line's value (the last of its labels), as terms; none when the line has no label. */
export function valueLabelTerms(text: string): string[] {
  const label = lineLabels(text).at(-1);
  return label ? foldedTerms(label) : [];
}

/** A word the question writes as a verb of what is done: "presenting", "issued", "who chairs". */
const VERB_FORM = /^\p{L}{3,}(?:ing|ed)$/u;

/**
 * The words of a question that say what is done ("Who is presenting …?", "How many were
 * issued?", "Who chairs …?"), as terms: the field asked is named after the act ("Presenter:",
 * "Issued:", "Chair:"), not after the topic ("Outage:" in a notice asked about one outage).
 */
export function actTerms(question: string): Set<string> {
  const words = question.match(/[\p{L}'’-]+/gu) ?? [];
  const acts = words.filter(
    (word, i) => VERB_FORM.test(word) || (/^whom?$/i.test(words[i - 1] ?? '') && /^\p{Ll}+s$/u.test(word)),
  );
  return new Set(acts.flatMap((word) => foldedTerms(word)));
}

/**
 * Whether the label of a line's value is the field asked: every word of it is one the question
 * asks with, and one of them says the act the question asks about.
 */
export function labelAsked(text: string, asked: ReadonlySet<string>, acts: ReadonlySet<string>): boolean {
  const terms = valueLabelTerms(text);
  return terms.length > 0 && terms.every((term) => asked.has(term)) && terms.some((term) => acts.has(term));
}

/** What the field rule needs of a ranked sentence. */
export type FieldLine = {
  readonly text: string;
  /** A chat line's speaker: "ana: bo, …" addresses someone, it labels nothing. */
  readonly speaker?: string;
  readonly position: number;
  readonly typed: boolean;
  readonly relevance: number;
};

/**
 * The line of the first sentence's passage whose value's label the question names, when the
 * first sentence is not such a line itself: the nearest one that holds the kind of value asked.
 * None when two such lines give different values (a notice of several talks, each with its
 * "Speaker:"): which one is asked is not told by the label.
 */
export function askedFieldLine<T extends FieldLine>(
  asked: ReadonlySet<string>,
  acts: ReadonlySet<string>,
  first: T,
  passage: readonly T[],
  minRelevance: number,
): T | undefined {
  if (acts.size === 0 || first.speaker || labelAsked(first.text, asked, acts)) return undefined;
  const fields = passage.filter(
    (line) =>
      line !== first &&
      !line.speaker &&
      line.typed &&
      line.relevance >= minRelevance &&
      labelAsked(line.text, asked, acts),
  );
  const values = new Set(fields.map((line) => line.text.replace(LEADING_LABEL, '').trim().toLowerCase()));
  if (fields.length === 0 || values.size > 1) return undefined;
  return [...fields].sort(
    (a, b) => Math.abs(a.position - first.position) - Math.abs(b.position - first.position),
  )[0];
}
