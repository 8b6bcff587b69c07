import { askedMeasures } from './answer-type.ts';
import { fold, foldedTerms, namedTerms } from './question-terms.ts';

/** What the rule reads of a ranked sentence. */
type Line = { readonly text: string; readonly typed: boolean };

/**
 * A figure question whose measure is named whole, with the words that say which one ("the
 * night shift premium rate"), by a sentence that gives no figure for it ("… at the night shift premium
 * rate"), while the figure picked comes from a sentence naming none of those words ("… exceeds
 * $9,000.00 per month"): the measure asked is stated without its value, and the figure found
 * is another measure's. Not when the sentence naming the measure holds a value of the kind asked.
 * The passage is the picked line's own passage. Not when the picked line names a name the
 * question writes ("Northfield Depot 4.5% 6.0%" for "the adjusted fuel rate for Northfield
 * Depot"): a row keyed by the thing asked is its value, under a heading that names the measure.
 */
export function figureOfOtherMeasure(question: string, picked: Line, passage: readonly Line[]): boolean {
  const pickedTerms = new Set(foldedTerms(picked.text));
  if ([...namedTerms(question)].some((term) => pickedTerms.has(fold(term)))) return false;
  return askedMeasures(question).some((words) => {
    const terms = words.flatMap((word) => foldedTerms(word));
    if (terms.length < 2 || terms.some((term) => pickedTerms.has(term))) return false;
    return passage.some((line) => {
      if (line === picked || line.typed) return false;
      const lineTerms = new Set(foldedTerms(line.text));
      return terms.every((term) => lineTerms.has(term));
    });
  });
}
