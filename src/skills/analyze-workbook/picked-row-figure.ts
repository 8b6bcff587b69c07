/**
 * @module picked-row-figure
 * "What was the Close on the day with the highest Volume?", "the Price of the item with the
 * second lowest Weight", "Rank the days by Volume from highest to lowest. What was the Close on
 * the day ranked third?": one measure's figure on the row another measure picks by its place in
 * the rows in play. The figure read is the column named before the row's noun, the ranked one the
 * column after the superlative; a tie at that place, or a missing figure there, is refused rather
 * than one of the tied rows picked.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, numbersOf, numericMentions } from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import { numberWord } from './normalize-text.ts';
import { ordinalPlace } from './ordinal-words.ts';
import { asksForName } from './slot-columns.ts';
import type { SlotContext, SlotResult, SlotRule } from './slot-context.ts';

const ORDINAL = String.raw`first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)`;
const HIGH = 'highest|largest|biggest|greatest|maximum';
const LOW = 'lowest|smallest|minimum';

/** "the Close on the day with the (third) highest Volume". */
const WITH_EXTREME = new RegExp(
  String.raw`\bthe\s+([^,;?]{1,40}?)\s+(?:on|of|for|in|at)\s+the\s+([a-z]+)(?:\s+[a-z]+)?\s+(?:with|where|that had|having|when)\s+(?:the\s+)?(?:(${ORDINAL})[\s-]+)?(${HIGH}|${LOW})\s+([^,;?]{1,40}?)\s*(?=[,;?]|\.(?:\s|$)|$)`,
  'i',
);

/** "Rank the days by Volume from highest to lowest": the measure and the order. */
const RANKED_BY = new RegExp(
  String.raw`\b(?:rank|sort|order)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+by\s+(?:their\s+|its\s+|the\s+)?([^,;?]{1,40}?)\s+(?:from\s+(${HIGH}|${LOW})\s+to\s+(?:${HIGH}|${LOW})|in\s+(descending|ascending)\s+order)\b`,
  'i',
);
/** "What was the Close on the day ranked third?". */
const AT_RANK = new RegExp(
  String.raw`\bthe\s+([^,;?]{1,40}?)\s+(?:on|of|for|in|at)\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:ranked|at rank)\s+(?:number\s+)?(${ORDINAL}|\d{1,2})\b`,
  'i',
);

type Pick = { readonly read: string; readonly ranked: string; readonly place: number; readonly low: boolean };

function placeOf(word: string | undefined): number | undefined {
  if (word === undefined) return 1;
  const lower = word.toLowerCase();
  return ordinalPlace(lower) ?? (Number.parseInt(lower, 10) || numberWord(lower));
}

function pick(context: SlotContext): Pick | undefined {
  if (asksForName(context.slot)) return undefined;
  const { frame, question } = context;
  const measureOf = (phrase: string) => numericMentions(frame, phrase)[0];
  const found = WITH_EXTREME.exec(question);
  if (found) {
    // "the mean Weight of the three rows with the lowest Price": a figure over several rows, not one row's.
    if ((numberWord(found[2]!) ?? 1) > 1) return undefined;
    const read = measureOf(found[1]!);
    const ranked = measureOf(found[5]!);
    const place = placeOf(found[3]);
    if (!read || !ranked || read === ranked || !place) return undefined;
    return { read, ranked, place, low: new RegExp(`^(?:${LOW})$`, 'i').test(found[4]!) };
  }
  const order = RANKED_BY.exec(question);
  const at = AT_RANK.exec(question);
  if (!order || !at) return undefined;
  const read = measureOf(at[1]!);
  const ranked = measureOf(order[1]!);
  const place = placeOf(at[2]);
  if (!read || !ranked || read === ranked || !place) return undefined;
  const low = order[3]
    ? order[3].toLowerCase() === 'ascending'
    : new RegExp(`^(?:${LOW})$`, 'i').test(order[2]!);
  return { read, ranked, place, low };
}

function compute(context: SlotContext): SlotResult {
  const { read, ranked, place, low } = pick(context)!;
  const { rows, values } = numbersOf(context.frame, ranked, [...context.rows]);
  const order = rows
    .map((row, index) => ({ row, value: values[index]! }))
    .sort((a, b) => (low ? a.value - b.value : b.value - a.value));
  const at = order[place - 1];
  if (!at) fail('unsupported', `Fewer than ${place} rows have a ${ranked}.`);
  if ([order[place - 2], order[place]].some((item) => item !== undefined && item.value === at.value))
    fail('unsupported', `Rows tie at place ${place} of ${ranked} (${at.value}), so the row is not one.`, {
      hint: 'Say how to break the tie.',
    });
  const cell = cellsOf(context.frame, read)[at.row];
  if (typeof cell !== 'number')
    fail('unsupported', `${read} is missing on the row at place ${place} of ${ranked}.`);
  return {
    value: context.slot.decimals === undefined ? String(cell) : writeNumber(cell, context.slot.decimals),
    note: `${read} of the row at rank ${place} (${low ? 'lowest' : 'highest'} first) of ${values.length} rows by ${ranked}: ${cell}`,
    columns: [read, ranked],
    rows: [at.row],
  };
}

/** The slot rule: one measure's figure on the row another measure ranks at a stated place. */
export const PICKED_ROW_FIGURE_RULE: SlotRule = {
  name: 'figure of a ranked row',
  applies: (_words, context) => pick(context) !== undefined,
  compute,
};
