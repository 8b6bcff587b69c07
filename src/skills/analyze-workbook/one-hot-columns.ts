/**
 * @module one-hot-columns
 * "How many columns does one-hot encoding of Region create?": the number of indicator columns
 * `pandas.get_dummies` makes for a column, one per distinct value present (a missing cell gets
 * none, unless `dummy_na=True` says so; `drop_first=True` leaves the first out). A condition the
 * question puts on the encoded column itself ("rows with a 1 in the North column") picks rows
 * for another slot, not the columns: they are counted over the rows without it.
 */
import { fail } from '../../lib/errors.ts';
import { cellsOf, findMentions, isNumericColumn, rowsWithout } from './analysis-frame.ts';
import type { SlotContext, SlotResult, SlotRule } from './slot-context.ts';
import { readSlotName } from './slot-words.ts';
import { valueCounts } from './value-frequency.ts';

const ONE_HOT = /\bone[- ]?hot\b|\bget_dummies\b|\bdumm(?:y|ies)\b/i;
/** Slot words for the columns made, as opposed to rows or values. */
const COLUMN_WORDS = new Set(['column', 'col', 'dummy', 'dummies', 'indicator', 'feature']);

/** The one column a clause names, a text column before a numeric one; undefined for none or several. */
function namedIn(context: SlotContext, clause: string): string | undefined {
  const mentions = findMentions(context.frame, clause)
    .filter((mention) => mention.strength >= 1)
    .sort((a, b) => a.position - b.position);
  const named = [...new Set(mentions.map((mention) => mention.column))];
  // "of Competition" names one column; two text columns named are two encodings, not read here.
  const texts = named.filter((name) => !isNumericColumn(context.frame, name));
  return texts.length === 1 ? texts[0] : named.length === 1 ? named[0] : undefined;
}

/**
 * The column the text one-hot encodes: the one named right after the words that ask for it, else
 * the one the whole sentence names ("Encode the boarding gate as dummy variables"), at the
 * first mention of an encoding that names one.
 */
function encodedColumn(context: SlotContext): string | undefined {
  const text = context.text;
  for (const match of text.matchAll(new RegExp(ONE_HOT.source, 'gi'))) {
    const at = match.index;
    const sentenceEnd = text.slice(at).search(/[.?!;\n](?:\s|$)/);
    const end = sentenceEnd < 0 ? text.length : at + sentenceEnd;
    const start = Math.max(
      0,
      ...[...text.slice(0, at).matchAll(/[.?!;\n](?:\s|$)/g)].map((item) => item.index + 1),
    );
    const column = namedIn(context, text.slice(at, end)) ?? namedIn(context, text.slice(start, end));
    if (column) return column;
  }
  return undefined;
}

function asksColumnCount(context: SlotContext): boolean {
  if (!ONE_HOT.test(context.text)) return false;
  const words = readSlotName(context.slot.name);
  return words.some((word) => COLUMN_WORDS.has(word)) && !words.includes('row');
}

function oneHotColumns(context: SlotContext): SlotResult | undefined {
  const column = encodedColumn(context);
  if (!column) return undefined;
  const rows = rowsWithout(context.frame, column) ?? context.frame.rows;
  const cells = cellsOf(context.frame, column);
  const present = rows.map((row) => cells[row] ?? null);
  let count = valueCounts(present).length;
  const notes: string[] = [];
  if (/dummy_na\s*=\s*true/i.test(context.text) && present.includes(null)) {
    count++;
    notes.push('one more for missing cells');
  }
  if (/drop_first\s*=\s*true|\bdrop(?:ping)? the first\b/i.test(context.text)) {
    count--;
    notes.push('the first left out');
  }
  return {
    value: String(count),
    note: `count of one-hot indicator columns (onehot dummy columns) of ${column}: one per distinct value${notes.length ? `, ${notes.join(', ')}` : ''}`,
    columns: [column],
    rows,
  };
}

export const ONE_HOT_COLUMNS_RULE: SlotRule = {
  name: 'one-hot indicator columns',
  // "How many indicator columns result": a count of columns, never of rows, even when the column
  // encoded is not found (then refused).
  applies: (_words, context) => asksColumnCount(context),
  compute: (context) =>
    oneHotColumns(context) ??
    fail(
      'unsupported',
      `@${context.slot.name} counts the columns an encoding makes, but the text names no one column it encodes.`,
      {
        hint: 'Name the column: "one-hot encode Region".',
      },
    ),
};
