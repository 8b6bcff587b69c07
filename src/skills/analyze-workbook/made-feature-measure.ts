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

/** "moving average = mean of Price over a rolling window of 10 rows": the rolling column and its source. */
const ROLLING_STEP = /^((?:rolling|moving) [a-z ]+?) = [a-z ]+? of (.+?) over a rolling window of \d+ rows\b/;

/**
 * "Smooth Price with a 10-day moving average; on which day was the smoothed Price at its top?": the one
 * rolling column the text made from the measure is what peaks, not the measure itself. Undefined unless
 * exactly one rolling column was made, and from that measure.
 */
export function rollingOf(frame: Frame, measure: string): string | undefined {
  const rolled = rollingSteps(frame);
  return rolled.length === 1 && rolled[0]![2] === measure ? rolled[0]![1] : undefined;
}

/** The one rolling column the text made, whatever its source; undefined when none or several. */
export function soleRolling(frame: Frame): string | undefined {
  const rolled = rollingSteps(frame);
  return rolled.length === 1 ? rolled[0]![1] : undefined;
}

function rollingSteps(frame: Frame): RegExpExecArray[] {
  return frame.steps
    .map((step) => ROLLING_STEP.exec(step))
    .filter((match): match is RegExpExecArray => match !== null && frame.derived.has(match[1]!));
}
