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
  /** The line of the passage its paragraph starts on. */
  readonly line?: number;
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
      // The label that opens the paragraph of the sentence picked names its item ("Storage
      // refund: … . Payment is due by May 3."): the sentence already stands under it.
      !(line.line !== undefined && line.line === first.line && line.position < first.position) &&
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

/** How many lines above a labelled line the name of its item may stand. */
const BLOCK_REACH = 4;

/**
 * The line that names the item a labelled line belongs to: the nearest line above it with no
 * label, through the item's other labelled lines ("Odds: 70%" under "Rough size: $30k" under
 * "(a) Broker fees").
 */
function itemOf<T extends FieldLine>(line: T, byPosition: ReadonlyMap<number, T>): T | undefined {
  for (let i = 1; i <= BLOCK_REACH; i++) {
    const above = byPosition.get(line.position - i);
    if (!above || above.speaker) return undefined;
    if (lineLabels(above.text).length === 0) return above;
  }
  return undefined;
}

/**
 * A mail's list gives each item's facts as labelled lines under the item's name ("(a) Broker
 * fees", then "Rough size: $30k", "Odds: 70%"; "(b) Lease refund", then its own "Odds: 40%").
 * When the question names the label and an item ("What odds did Ana give the lease refund?"),
 * the labelled line of that item answers: not the item's name line (it holds no value), nor the
 * same label of another item that ranks alike. Undefined when no item's name carries the
 * question's words, or two items name them alike with different values.
 */
export function fieldOfAskedItem<T extends FieldLine>(
  asked: ReadonlySet<string>,
  first: T,
  passage: readonly T[],
): T | undefined {
  if (first.speaker) return undefined;
  const byPosition = new Map(passage.map((line) => [line.position, line]));
  const named = (item: T) => foldedTerms(item.text).filter((term) => asked.has(term)).length;
  const fields = passage
    .filter((line) => {
      const terms = valueLabelTerms(line.text);
      return !line.speaker && line.typed && terms.length > 0 && terms.every((term) => asked.has(term));
    })
    .map((line) => ({ line, item: itemOf(line, byPosition) }))
    // A line that holds a value of the kind asked is a fact of its own, not an item's name.
    .filter((field): field is { line: T; item: T } => field.item !== undefined && !field.item.typed)
    .map((field) => ({ ...field, named: named(field.item) }))
    .filter((field) => field.named > 0)
    .sort((a, b) => b.named - a.named);
  const best = fields[0];
  if (!best || best.line === first) return undefined;
  const value = (line: T) => line.text.replace(LEADING_LABEL, '').trim().toLowerCase();
  if (fields.some((field) => field.named === best.named && value(field.line) !== value(best.line)))
    return undefined;
  // The name line of the item picked, or a labelled line of an item the question names less.
  if (first === best.item) return best.line;
  const ownItem = valueLabelTerms(first.text).length > 0 ? itemOf(first, byPosition) : undefined;
  return ownItem && named(ownItem) < best.named ? best.line : undefined;
}
