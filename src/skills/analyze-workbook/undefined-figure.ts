/**
 * @module undefined-figure
 * "The gap is the hosts' share minus the guests'.", "@mean_gap": the text defines a figure a slot
 * names by arithmetic over other figures, and no step made a column of that name, nor does the
 * table hold one. Any answer would be a plain column standing in for the figure, so the figure
 * is named for a refusal.
 */
import { stem as porterStem } from '../../lib/text/stem.ts';
import { columnNames, type Frame, wordsOf } from './analysis-frame.ts';
import type { Slot } from './answer-format.ts';
import { isStatisticWord, readSlotName } from './slot-words.ts';

/**
 * "The gap is the hosts' share minus the guests'.": the defined noun, one or two words, over figures
 * named in words alone (a formula with numbers or brackets is read by the formula readers).
 */
const DEFINED_FIGURE =
  /(?:^|[.;:]\s+|\n\s*)(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:is|are|=)\s+(?!not\b)[A-Za-z'’\s-]{1,80}?\s(?:minus|plus|divided\s+by|times)\s+[A-Za-z'’\s-]{1,60}(?=[.;\n]|$)/gi;

/** A statistic named among the operands ("the median for A minus the median for B"). */
const STATISTIC_OPERAND =
  /\b(?:mean|means|median|medians|average|averages|sum|total|count|number|maximum|minimum|max|min|mode|deviation|variance)\b/i;

/** The figure a slot names that the text defines by arithmetic but no column holds, or undefined. */
export function undefinedFigure(frame: Frame, slots: readonly Slot[], text: string): string | undefined {
  const columnStems = new Set(columnNames(frame).flatMap((name) => wordsOf(name).map(porterStem)));
  const slotStems = new Set(slots.flatMap((slot) => readSlotName(slot.name).map(porterStem)));
  for (const match of text.matchAll(DEFINED_FIGURE)) {
    const noun = match[1]!.trim().split(/\s+/).at(-1)!.toLowerCase();
    const own = porterStem(noun);
    // "the range is the maximum minus the minimum": a statistic the slot rules work out themselves.
    if (own.length < 3 || isStatisticWord(noun) || !slotStems.has(own) || columnStems.has(own)) continue;
    // "Difference = median for A minus median for B": a figure of statistics, which the compare rules work out.
    if (STATISTIC_OPERAND.test(match[0])) continue;
    return noun;
  }
  return undefined;
}
