/**
 * @module peak-row-figure
 * "Who sold the most wool, and how much was it?": beside the slot answered by the one
 * row where a measure peaks, a figure slot that the question asks with "how much" or "how many"
 * after the superlative is that row's figure of the measure, not a count of every row.
 */
import { stem as porterStem } from '../../lib/text/stem.ts';
import { cellsOf, type Frame, wordsOf } from './analysis-frame.ts';
import { asksForName } from './slot-columns.ts';
import { numberResult, type SlotContext, type SlotResult } from './slot-context.ts';

/** A later clause asking for the figure of the row named first ("…, and how many has she won?"). */
const ASKS_FIGURE_AFTER =
  /\b(?:highest|lowest|largest|smallest|biggest|most|least|fewest|top)\b.*?(?:,\s*|\band\s+)(?:how\s+(?:many|much)|what\s+(?:was|is)\s+(?:it|that|the\s+(?:amount|figure|number|total)))\b/i;

/**
 * "In which year did Sales peak, and what was the peak value?", "…, and what was it?": the measure
 * named before "peak", then a clause asking for its figure.
 */
const PEAK_THEN_FIGURE =
  /\b(?:did|does|do)\s+(.{2,80}?)\s+peak\b[^?.;]*?(?:,\s*|\band\s+)what\s+(?:was|is|were)\s+(?:it|that|(?:that|the|its)\s+(?:peak|value|figure|level|maximum|percentage|share|amount|number))\b/i;

/** The note of a count of every row in play, which answers no "how much" of one row. */
const BARE_COUNT = /^count of rows(?: \([^)]*\))?$/;

/**
 * The figure of the row the one peak result named, for a slot that is not asking for a name and
 * was answered by no more than a bare count of every row, or by that row's label again; undefined otherwise.
 */
export function peakRowFigure(
  frame: Frame,
  question: string,
  context: SlotContext,
  result: SlotResult | undefined,
  peaks: ReadonlyMap<string, SlotResult>,
): SlotResult | undefined {
  const peaked = PEAK_THEN_FIGURE.exec(question);
  if (peaks.size !== 1 || asksForName(context.slot) || (!ASKS_FIGURE_AFTER.test(question) && !peaked))
    return undefined;
  if (frame.conditions.length > 0 || context.group) return undefined;
  const [name, named] = [...peaks][0]!;
  if (!named.peak) return undefined;
  // "Which kennel bred the most pups, and how many? @kennel_pups[n]": the same row's
  // label again, for a slot asking for no name, asks for its figure.
  const sameRow = result?.peak?.measure === named.peak.measure && result.value === named.value;
  if (result && !BARE_COUNT.test(result.note) && !sameRow) return undefined;
  const { measure, best } = named.peak;
  if (!namedAfterSuperlative(question, measure) && !(peaked && namesMeasure(peaked[1]!, measure)))
    return undefined;
  // "Which kennel bred the most pups" where a kennel has several rows may mean the kennels'
  // totals: the row's figure answers only when no label has two rows with a figure.
  const label = named.columns.find((name) => name !== measure);
  if (label === undefined || repeatsWithFigure(frame, label, measure)) return undefined;
  return numberResult(
    context,
    best,
    `${measure} on the row of @${name} (${named.note})`,
    [measure],
    named.rows,
  );
}

/** The superlative word and the few words after it ("the most wool sold"). */
const SUPERLATIVE_PHRASE =
  /\b(?:highest|lowest|largest|smallest|biggest|most|least|fewest|top)\b((?:\s+[\w$()-]+){1,4})/gi;

/**
 * Whether the words just after a superlative name the measure in the same form as its column
 * ("the most concerts" for No. of Concerts): "the most placers" over a Place $ column counts
 * placers and is no figure of Place $.
 */
function namedAfterSuperlative(question: string, measure: string): boolean {
  return [...question.matchAll(SUPERLATIVE_PHRASE)].some((match) => namesMeasure(match[1]!, measure));
}

/** Whether a phrase holds a word of the measure's name (of three letters or more), by stem. */
function namesMeasure(phrase: string, measure: string): boolean {
  const own = new Set(
    wordsOf(measure)
      .filter((word) => word.length >= 3)
      .map(porterStem),
  );
  return wordsOf(phrase).some((word) => own.has(porterStem(word)));
}

/** Whether a label stands on two or more rows that have a figure of the measure. */
function repeatsWithFigure(frame: Frame, label: string, measure: string): boolean {
  const labels = cellsOf(frame, label);
  const figures = cellsOf(frame, measure);
  const seen = new Set<unknown>();
  for (const row of frame.rows) {
    if (typeof figures[row] !== 'number') continue;
    if (seen.has(labels[row])) return true;
    seen.add(labels[row]);
  }
  return false;
}
