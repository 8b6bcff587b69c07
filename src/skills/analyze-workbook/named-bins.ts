/**
 * @module named-bins
 * The rows in one named bin of a binned column ("@small[count]" once Attendance was binned into
 * 'small', 'medium' and 'large' as the text states).
 */
import { wordsOf } from './analysis-frame.ts';
import { ordinalNumeralWords } from './ordinal-words.ts';
import { type SlotContext, slotWords } from './slot-context.ts';
import { binsOf } from './transform-frame.ts';

export type NamedBin = {
  readonly column: string;
  readonly label: string;
  readonly rows: number[];
  /** How the slot named a bin without its label ("the low bin"). */
  readonly said?: string;
};

/** The bin label of a derived column that the slot's words name; the longest when several fit. */
export function namedBin(context: SlotContext): NamedBin | undefined {
  const named = slotWords(context.slot);
  // "@nineteenth" for the bin '19th'.
  const words = [...named, ...ordinalNumeralWords(named)];
  const hits: { column: string; label: string; size: number }[] = [];
  for (const [column, cells] of context.frame.derived) {
    const labels = [...new Set(cells.filter((cell): cell is string => typeof cell === 'string'))];
    if (labels.length < 2) continue;
    for (const label of labels) {
      const labelWords = wordsOf(label);
      if (labelWords.length > 0 && labelWords.every((word) => words.includes(word)))
        hits.push({ column, label, size: labelWords.length });
    }
  }
  if (hits.length === 0) return orderedBin(context);
  const longest = Math.max(...hits.map((hit) => hit.size));
  const best = hits.filter((hit) => hit.size === longest);
  if (best.length !== 1) return undefined;
  const { column, label } = best[0]!;
  const cells = context.frame.derived.get(column)!;
  return { column, label, rows: context.rows.filter((row) => cells[row] === label) };
}

/** Slot words for the first, the middle (of three) and the last of bins in rising order. */
const LOW_WORDS = new Set([
  'low',
  'lower',
  'lowest',
  'small',
  'smaller',
  'short',
  'shorter',
  'bottom',
  'cheap',
]);
const MIDDLE_WORDS = new Set(['middle', 'medium', 'mid', 'moderate', 'intermediate']);
const HIGH_WORDS = new Set([
  'high',
  'higher',
  'highest',
  'large',
  'larger',
  'big',
  'long',
  'longer',
  'top',
  'expensive',
]);

/**
 * The bin a slot names without its label, among the bins of the one binned column a step made in
 * rising order: by the numbers its label writes ("@bin_10_19" for '10 to 19', "@count_1990s" for
 * '1990 to 1999'), or by its end ("@low", "@high"; "@medium" of three bins). None when the slot's
 * numbers fit no bin or several, or it names more than one end.
 */
function orderedBin(context: SlotContext): NamedBin | undefined {
  const made = [...context.frame.derived.keys()].filter((name) => binsOf(context.frame, name) !== undefined);
  if (made.length !== 1) return undefined;
  const column = made[0]!;
  const names = binsOf(context.frame, column)!.names;
  if (names.length < 2) return undefined;
  const words = slotWords(context.slot);
  const numbers = context.slot.name.match(/\d+(?:\.\d+)?/g) ?? [];
  const written = names.map((name) =>
    (name.replace(/(\d),(\d{3})/g, '$1$2').match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number),
  );
  let label: string | undefined;
  let said: string;
  if (numbers.length > 0) {
    // "@roles_1990s": the slot's own token ("1990s") says which bin.
    said = `the bin of ${(context.slot.name.match(/\d+(?:\.\d+)?[a-z]*/gi) ?? numbers).join(' to ')}`;
    const fits = names.filter((_, k) => numbers.every((number) => written[k]!.includes(Number(number))));
    if (fits.length !== 1) return undefined;
    label = fits[0];
  } else {
    const low = words.some((word) => LOW_WORDS.has(word));
    const middle = words.some((word) => MIDDLE_WORDS.has(word));
    const high = words.some((word) => HIGH_WORDS.has(word));
    if (Number(low) + Number(middle) + Number(high) !== 1) return undefined;
    if (middle && names.length !== 3) return undefined;
    // An end is the first or last bin only where the labels' numbers show the bins rise ("below 10",
    // "10 to 20", "20 or more": the mean of each label's numbers rises).
    const middles = written.map((numbers) =>
      numbers.length === 0 ? Number.NaN : numbers.reduce((sum, number) => sum + number, 0) / numbers.length,
    );
    if (middles.some((value, k) => Number.isNaN(value) || (k > 0 && value <= middles[k - 1]!)))
      return undefined;
    label = low ? names[0] : high ? names.at(-1) : names[1];
    const end = words.find((word) => LOW_WORDS.has(word) || MIDDLE_WORDS.has(word) || HIGH_WORDS.has(word));
    said = `the ${end} bin of ${names.length}`;
  }
  if (label === undefined) return undefined;
  const cells = context.frame.derived.get(column)!;
  return { column, label, rows: context.rows.filter((row) => cells[row] === label), said };
}
