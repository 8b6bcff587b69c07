/**
 * @module peak-row-pointer
 * "Which club ends up on top, and with how many points?", "name the club, with its points":
 * beside the one slot answered by the row where a measure peaks, a slot answered by a plain
 * statistic of that measure over every row in play is the peak row's figure when the text
 * points back to it (the measure's own words after "its" or closing a "how many", or "that
 * total"). Without such a pointer the plain statistic stands.
 */
import { escapeRegExp } from '../../lib/text/escape-regexp.ts';
import { wordsOf } from './analysis-frame.ts';
import { POINTS_BACK } from './ranked-group-figure.ts';
import { numberResult, type SlotContext, type SlotResult } from './slot-context.ts';

/** How a plain statistic of every row in play writes its note. */
const PLAIN = '(?:mean|sum|total|median|(?:population )?standard deviation|maximum|minimum|count of values)';

/** Whether the text asks for the measure of the named row by the measure's own words. */
function pointsBackByMeasure(text: string, measure: string): boolean {
  const words = wordsOf(measure).filter((word) => word.length >= 3);
  if (words.length === 0) return false;
  const named = words.map((word) => `${escapeRegExp(word)}\\w*`).join('\\s+');
  return new RegExp(
    `\\b(?:its|their)\\s+${named}\\b|,\\s*and\\s+(?:with|by|at\\s+)?\\s*how\\s+many\\s+${named}\\s*[?.]?\\s*$`,
    'im',
  ).test(text);
}

/**
 * Words that ask for the row itself: "which club", "who", "name the town", "report the year". "Name" asks
 * only as a verb: in "Kiln Name" or "the name length" it is a column's word.
 */
const ROW_ASK =
  /\b(?:which|who|whose|when|where|report|identify)\b|\bname\s+(?:the|a|an|both|each|every|all|its|their)\b/i;

/**
 * What of each line comes after its first ask for the row: a pointer only points back to a row asked
 * for before it ("Give its average, and the season in which it topped out": "its average" is the column's).
 */
function afterRowAsks(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const ask = ROW_ASK.exec(line);
      return ask ? line.slice(ask.index) : '';
    })
    .join('\n');
}

/**
 * The results with a plain statistic of the peak measure read as the peak row's figure, when
 * exactly one result named the peak row and the text points back to its figure.
 */
export function withPeakRowFigures(
  /** The question and the constraints. */
  text: string,
  results: ReadonlyMap<string, SlotResult>,
  contexts: ReadonlyMap<string, SlotContext>,
): Map<string, SlotResult> {
  const out = new Map(results);
  const peaks = [...results].filter(([, result]) => result.peak !== undefined);
  if (peaks.length !== 1 || [...results.values()].some((result) => result.ranked !== undefined)) return out;
  const [peakName, peakResult] = peaks[0]!;
  const { measure, best } = peakResult.peak!;
  const asked = afterRowAsks(text);
  if (!POINTS_BACK.test(asked) && !pointsBackByMeasure(asked, measure)) return out;
  const plain = new RegExp(`^${PLAIN} of ${escapeRegExp(measure)} over \\d+ values$`);
  for (const [name, result] of results) {
    const context = contexts.get(name);
    if (name === peakName || !context || !plain.test(result.note)) continue;
    out.set(
      name,
      numberResult(
        context,
        best,
        `${measure} on the row of @${peakName} (${peakResult.value}), which the question points back to`,
        peakResult.columns,
        peakResult.rows,
      ),
    );
  }
  return out;
}
