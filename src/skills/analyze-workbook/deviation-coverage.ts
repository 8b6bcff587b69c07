/**
 * @module deviation-coverage
 * Bounds by spread that a plan must show it carried out: "more than two standard deviations above
 * the first-class average", "a passenger counts when the z-score is above 2". A plan that kept no
 * rows by a standard deviation or a z-score answers over rows the bound would have left out; and a
 * bar of standard deviations worked out before a later step kept fewer rows was worked out over
 * other rows than those the question then counts ("Among the first-class passengers, …").
 */

/** A bound by standard deviations or by a z-score, in the question's or the constraints' words. */
const SPREAD_BOUND =
  /\b(?:\d+(?:\.\d+)?|one|two|three|four|five)\s+(?:standard deviations?|std(?:ev)?s?|sds?|sigmas?)\s+(?:above|below|from|away|over|under|beyond|outside)\b|\bz-?scores?\b[^.;\n]{0,40}?\b(?:above|below|exceeds?|exceeding|greater than|more than|less than|over|under|beyond)\s+-?\d|\|z\|\s*[><≥≤]/i;

/** What the plan says when it read a spread or a z-score. */
const SPREAD_READ = /standard deviations?|\|z\||z-?scores?/i;

/** A step that kept rows against a bar of standard deviations, and the text of a later step. */
const SPREAD_BAR_STEP = /^rows where .* standard deviations /;

/** The bounds by spread in the text that the plan's steps and answers leave out, in words. */
export function unappliedSpreadBounds(prose: string, steps: readonly string[], planText: string): string[] {
  const bound = SPREAD_BOUND.exec(prose);
  if (bound && !SPREAD_READ.test(planText)) return [bound[0]];
  const at = steps.findIndex((step) => SPREAD_BAR_STEP.test(step));
  if (at >= 0 && steps.slice(at + 1).some((step) => step.startsWith('rows where ')))
    return ['the standard deviations over the rows kept'];
  return [];
}
