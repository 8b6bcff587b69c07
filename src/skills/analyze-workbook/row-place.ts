/**
 * @module row-place
 * "What is the second highest Sales value?", "Which store has the third lowest Price?": the
 * rows in play sorted by one measure, and the value at the place asked, or the label of the row
 * holding it. A value tied with its neighbour at that place is refused, since "second highest"
 * then may mean the second row or the second distinct value. A phrase naming a statistic ("the
 * second highest average Sales") ranks groups, which this rule leaves alone.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, findMentions, isNumericColumn, numbersOf } from './analysis-frame.ts';
import { writeNumber } from './answer-format.ts';
import { numberWord } from './normalize-text.ts';
import { ordinalPlace } from './ordinal-words.ts';
import { asksForName } from './slot-columns.ts';
import type { SlotContext, SlotResult, SlotRule } from './slot-context.ts';

const PLACE =
  /\bthe\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[\s-]+(highest|largest|biggest|greatest|lowest|smallest)\s+([^,.;?\n]{1,60})/i;

/** A statistic or a grouping in the ranked phrase: groups are ranked, not rows. */
const GROUPED = /\b(?:average|mean|median|total|sum|combined|number of|count of|per|each|by)\b/i;

/** "Which store has …": the noun the question asks the row's label by. */
const WHICH =
  /\b(?:which|what)\s+([a-z][\w .-]{1,30}?)\s+(?:has|had|have|is|was|with|shows?|got|recorded|records)\b/i;

type RowPlace = {
  readonly measure: string;
  readonly place: number;
  readonly low: boolean;
  readonly row: number;
  readonly value: number;
  readonly count: number;
};

function rowPlace(context: SlotContext): RowPlace | undefined {
  const found = PLACE.exec(context.question);
  if (!found || GROUPED.test(found[3]!)) return undefined;
  const word = found[1]!.toLowerCase();
  // "the highest and the second highest Sales": another superlative is another slot's, so only a
  // slot naming the place takes this one.
  const rest = context.question.replace(found[0], ' ');
  if (
    /\b(?:highest|largest|biggest|greatest|lowest|smallest|maximum|minimum|most|least|top)\b/i.test(rest) &&
    !context.slot.name.toLowerCase().includes(word.replace(/\d+/, (digits) => digits))
  )
    return undefined;
  const place = ordinalPlace(word) ?? (Number.parseInt(word, 10) || numberWord(word));
  if (!place || place < 2) return undefined;
  const { frame } = context;
  const measure = findMentions(frame, found[3]!)
    .filter((mention) => mention.position === 0)
    .map((mention) => mention.column)
    .find(
      (name) =>
        isNumericColumn(frame, name) &&
        frame.table.columns.find((column) => column.name === name)?.type !== 'identifier',
    );
  if (!measure) return undefined;
  const low = /^(?:lowest|smallest)$/i.test(found[2]!);
  const { rows, values } = numbersOf(frame, measure, [...context.rows]);
  if (values.length < place) return undefined;
  const order = rows
    .map((row, index) => ({ row, value: values[index]! }))
    .sort((a, b) => (low ? a.value - b.value : b.value - a.value));
  const at = order[place - 1]!;
  const neighbours = [order[place - 2], order[place]].filter((item) => item !== undefined);
  if (neighbours.some((item) => item.value === at.value))
    fail(
      'unsupported',
      `The ${found[1]} ${found[2]} ${measure} is tied with its neighbour (${at.value}), so it may mean the row or the distinct value at that place.`,
      { hint: 'Say whether tied values count once ("the second highest distinct value") or per row.' },
    );
  return { measure, place, low, row: at.row, value: at.value, count: values.length };
}

/** The label column a slot asking for a name reads: its own, else the noun after "which". */
function labelColumn(context: SlotContext): string | undefined {
  const { frame } = context;
  const own = context.ownColumns.find((name) => !isNumericColumn(frame, name));
  if (own) return own;
  const which = WHICH.exec(context.question)?.[1];
  return which
    ? findMentions(frame, which)
        .map((mention) => mention.column)
        .find((name) => !isNumericColumn(frame, name))
    : undefined;
}

function placeResult(context: SlotContext): SlotResult | undefined {
  const place = rowPlace(context);
  if (!place) return undefined;
  const note = `rank ${place.place} (${place.low ? 'lowest' : 'highest'} first) of ${place.count} rows by ${place.measure}: ${place.value}`;
  const label = labelColumn(context);
  const wantsName = asksForName(context.slot) || (label !== undefined && context.ownColumns.includes(label));
  if (wantsName) {
    if (!label) return undefined;
    const cell = cellsOf(context.frame, label)[place.row];
    if (cell === null || cell === undefined) return undefined;
    return {
      value: String(cell),
      note: `${label} of the row at ${note}`,
      columns: [label, place.measure],
      rows: [place.row],
    };
  }
  return {
    value:
      context.slot.decimals === undefined
        ? String(place.value)
        : writeNumber(place.value, context.slot.decimals),
    note,
    columns: [place.measure],
    rows: [place.row],
  };
}

/** The slot rule: the value, or the row's label, at a stated place of the rows sorted by a measure. */
export const ROW_PLACE_RULE: SlotRule = {
  name: 'row at a ranked place',
  applies: (_words, context) => placeResult(context) !== undefined,
  compute: (context) => placeResult(context)!,
};
