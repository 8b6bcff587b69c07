/**
 * @module gain-or-loss
 * A sum asked as a gain ("How much will the night desk make, as Ilse sees it?") answered by a
 * figure the sentence gives only as a loss ("the desk has lost about $12MM since January"), or a
 * loss asked answered only by a gain: the figure is of the other direction, not the one asked.
 */
import { withoutMarks } from './citations.ts';

/** "How much … make / earn / gain / profit …": a gain asked. */
const GAIN_ASKED =
  /\bhow much\b[^?]*?\b(?:make|makes|made|making|earn|earns|earned|earning|gain|gains|gained|profit|profits)\b/i;

/** "How much … lose / lost / loss …": a loss asked. */
const LOSS_ASKED = /\bhow much\b[^?]*?\b(?:lose|loses|lost|losing|loss|losses)\b/i;

/** Words that give a figure as a gain. */
const GAIN_SAID =
  /\b(?:make|makes|made|making|earn|earns|earned|earning|gain|gains|gained|profit|profits|profitable|up)\b/i;

/** Words that give a figure as a loss. */
const LOSS_SAID = /\b(?:lose|loses|lost|losing|loss|losses|down)\b/i;

/** True when the answer gives a figure only in the direction opposite to the one asked. */
export function otherDirectionSum(question: string, answer: string): boolean {
  const said = withoutMarks(answer);
  if (!/\d/.test(said)) return false;
  const gainAsked = GAIN_ASKED.test(question);
  const lossAsked = LOSS_ASKED.test(question);
  if (gainAsked === lossAsked) return false;
  if (gainAsked) return LOSS_SAID.test(said) && !GAIN_SAID.test(said);
  return GAIN_SAID.test(said) && !LOSS_SAID.test(said);
}
