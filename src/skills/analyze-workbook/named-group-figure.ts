/**
 * @module named-group-figure
 * "@cheapest_gate[gate]" beside "@cheapest_gate_mean_toll[avg]": a slot whose name is another
 * slot's name with more words after it asks for a figure of the group that slot picked. When the
 * other slot ranked groups by a statistic of a measure ("Gate groups ranked by average Toll") and
 * the rest of the name names that statistic and that measure, the answer is the best group's
 * figure. A figure read off that ranking itself stands; any other figure there was taken over rows
 * the name does not mean, and is refused.
 */
import { fail } from '../../lib/errors.ts';
import { wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { numberResult, type RankedFigure, type SlotContext, type SlotResult } from './slot-context.ts';
import { isStatisticWord, readSlotName, statisticWord } from './slot-words.ts';

/** The ranking statistic each canonical statistic word of a slot's name stands for. */
const STATISTIC_FN: Readonly<Record<string, RankedFigure['fn']>> = {
  mean: 'mean',
  total: 'sum',
  median: 'median',
  std: 'std',
};

/**
 * What the rest of the name asks of the ranked group: "mean_toll" of a ranking by mean Toll is
 * its figure ("figure"); a statistic the ranking did not take ("max_toll"), or another measure,
 * is "other"; words with no statistic ("arrests") leave it "unsaid".
 */
function askedOfGroup(
  rest: string,
  ranked: RankedFigure,
  context: SlotContext,
): 'figure' | 'other' | 'unsaid' {
  const words = readSlotName(rest);
  const statistics = new Set(
    words
      .map((word) => statisticWord(word) ?? (isStatisticWord(word) ? word : undefined))
      .filter((word) => word !== undefined),
  );
  if (statistics.size === 0) return 'unsaid';
  const [only] = statistics;
  if (statistics.size > 1 || STATISTIC_FN[only!] !== ranked.fn) return 'other';
  // "total" alone is the ranking's own figure; other words must name its measure.
  const others = words.filter((word) => !isStatisticWord(word));
  const measureWords = wordsOf(ranked.measure);
  return others.length === 0 ||
    context.ownColumns.includes(ranked.measure) ||
    measureWords.some((word) => others.includes(word))
    ? 'figure'
    : 'other';
}

const POINTED_BACK = "which the slot's name points back to";

/** Whether every word is a word of the name of a slot this slot's name starts with ("cheapest", "gate" of "@cheapest_gate_mean_toll"). */
export function wordsOfNamedAfter(name: string, slots: readonly Slot[], words: readonly string[]): boolean {
  const after = slots.find((other) => other.name !== name && name.startsWith(`${other.name}_`));
  if (!after) return false;
  const own = readSlotName(after.name);
  return words.every((word) => own.includes(word));
}

/** Whether a result is the figure of the group a slot's name points back to. */
export function readAsNamedGroup(result: SlotResult | undefined): boolean {
  return result?.note.endsWith(POINTED_BACK) ?? false;
}

/**
 * The results with each slot named after a slot that ranked groups read as the best group's
 * figure, or refused when its name asks for another figure of that group.
 */
export function withNamedGroupFigures(
  results: ReadonlyMap<string, SlotResult>,
  contexts: ReadonlyMap<string, SlotContext>,
): Map<string, SlotResult> {
  const out = new Map(results);
  for (const [rankedName, rankedResult] of results) {
    const ranked = rankedResult.ranked;
    if (!ranked) continue;
    for (const [name, result] of results) {
      const context = contexts.get(name);
      if (!name.startsWith(`${rankedName}_`) || !context) continue;
      const asked = askedOfGroup(name.slice(rankedName.length + 1), ranked, context);
      // A figure already read off that ranking ("… groups ranked by total Toll: highest 90 in …") stands.
      if (asked !== 'other' && /\bin the best\b|\bgroups\b[^:]* ranked by\b/.test(result.note)) continue;
      if (asked === 'figure') {
        out.set(
          name,
          numberResult(
            context,
            ranked.best,
            `${ranked.fn} of ${ranked.measure} in the best group of @${rankedName} (${rankedResult.value}), ${POINTED_BACK}`,
            rankedResult.columns,
            rankedResult.rows,
          ),
        );
        continue;
      }
      fail(
        'unsupported',
        `@${name} asks for a figure of the group @${rankedName} picked, but the builtin engine worked out ${result.note}.`,
        {
          hint: `Ask for the figure of that group in words ("the ${ranked.fn} of ${ranked.measure} there").`,
        },
      );
    }
  }
  return out;
}
