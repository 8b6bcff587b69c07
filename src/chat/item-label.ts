/**
 * @module item-label
 * A mail lists its points as labelled paragraphs ("Storage refund: the method is agreed. Payment
 * is due by May 3."): the label names what every sentence of the paragraph is about, though only
 * the first writes it. "When is the storage refund due?" is answered by the second sentence,
 * which carries the label's words through the paragraph it stands in.
 */

import { lineLabels } from './asked-field.ts';
import { foldedTerms } from './question-terms.ts';

/** What the rule needs of a passage's sentence. */
export type ParagraphSentence = {
  readonly text: string;
  readonly hit: unknown;
  readonly line: number;
  readonly role: string;
  readonly speaker?: string;
  /** A lead-in read with the lines it announces ("Leads:" over a list): those lines are its own. */
  readonly lead?: string;
};

/**
 * For each sentence, the terms of the label that opens its paragraph, when it is a later
 * sentence of a mail paragraph whose first sentence opens with a label; undefined otherwise.
 * A paragraph is the run of sentences of one passage read from the same line.
 */
export function itemLabelTerms(
  pool: readonly (ParagraphSentence & { readonly hit: { readonly type?: string } })[],
): (readonly string[] | undefined)[] {
  let opener: { terms: readonly string[]; index: number } | undefined;
  return pool.map((sentence, i) => {
    const before = pool[i - 1];
    const starts =
      !before ||
      before.hit !== sentence.hit ||
      before.line !== sentence.line ||
      before.role !== sentence.role;
    if (starts) {
      const label =
        sentence.speaker || sentence.lead !== undefined || sentence.hit.type !== 'email'
          ? undefined
          : lineLabels(sentence.text)[0];
      opener = label ? { terms: foldedTerms(label), index: i } : undefined;
      return undefined;
    }
    return opener && opener.terms.length > 0 ? opener.terms : undefined;
  });
}
