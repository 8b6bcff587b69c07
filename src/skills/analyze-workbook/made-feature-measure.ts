/**
 * @module made-feature-measure
 * "Calculate mugs sold per visitor for every stop. Which town had the highest ratio?": when the
 * text made one feature by a formula over other columns and the superlative names no column, the
 * feature is what is ranked, not the first column the question happened to name.
 */
import type { Frame } from './analysis-frame.ts';

const OPERATOR = /[-+×/−*]/;

/**
 * The one measure in play that a formula step made from other columns ("Mugs per visitor = Mugs
 * Sold / Visitors"); a column rescaled from itself ("Level = (Level − mean) / std") is none.
 * Undefined when there is none, or more than one.
 */
export function soleMadeFeature(frame: Frame, measures: readonly string[]): string | undefined {
  const made = measures.filter((name) => {
    if (!frame.derived.has(name)) return false;
    return frame.steps.some((step) => {
      if (!step.startsWith(`${name} = `)) return false;
      const formula = step.slice(name.length + 3);
      return OPERATOR.test(formula) && !formula.includes(name);
    });
  });
  return made.length === 1 ? made[0] : undefined;
}
